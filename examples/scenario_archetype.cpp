// Scenario 6: a staff engineer's best archetype among Tech Lead, Architect, Solver and Right
// Hand, ranked by how the ratings reach what sets each apart.
#include <ladder/ladder.hpp>

#include <iostream>

static constexpr auto acme = ladder::presets::engineering();

int main() {
    const ladder::ladder_view v = acme;
    // Deep design and direction, less hands-on delivery: an architect's profile.
    const auto eve = ladder::person_builder(acme, "eve", "Eve")
                         .level("L6").months_in_level(18)
                         .cycle("2026H2", {{"coding", 4}, {"design", 5}, {"delivery", 4}, {"operations", 4},
                                           {"cross_team", 4}, {"strategy", 4}, {"mentorship", 3}, {"communication", 4}})
                         .build().value();
    std::cout << "Eve (L6 Staff Engineer), staff+ archetypes, best fit first:\n";
    for (const auto& f : ladder::archetype_fits(v, eve, acme.level("L6"))) {
        std::cout << "  " << v.archetypes()[f.archetype].name << ": " << f.score << "%"
                  << (f.meets ? ", meets every expectation at L6 as this archetype" : "") << '\n';
    }
    return 0;
}
