// Scenario 2: a strong senior for whom staying senior is a good outcome. Senior is a career
// level on the default ladder: the report says so, and the profile fits Senior with room to spare.
#include <ladder/ladder.hpp>

#include <iostream>

static constexpr auto acme = ladder::presets::engineering();

int main() {
    const ladder::ladder_view v = acme;
    // A superb coder and deliverer who has chosen depth over reach.
    const auto bo = ladder::person_builder(acme, "bo", "Bo")
                        .level("L5").months_in_level(48)
                        .cycle("2025H2", {{"coding", 5}, {"design", 4}, {"delivery", 5}, {"operations", 4},
                                          {"cross_team", 2}, {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
                        .cycle("2026H1", {{"coding", 5}, {"design", 4}, {"delivery", 5}, {"operations", 4},
                                          {"cross_team", 2}, {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
                        .cycle("2026H2", {{"coding", 5}, {"design", 4}, {"delivery", 5}, {"operations", 4},
                                          {"cross_team", 2}, {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
                        .build().value();
    const auto fit = ladder::best_fit(v, bo);
    std::cout << "Bo fits " << v.levels()[fit.level].id << " " << v.levels()[fit.level].title;
    if (v.levels()[fit.level].career) std::cout << ", a career level: staying here is a good outcome";
    std::cout << ".\n\n" << ladder::to_text(ladder::readiness(v, bo, "L6").value(), bo);
    return 0;
}
