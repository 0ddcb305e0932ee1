// Scenario 1: senior to staff needs mentorship and cross-team impact, sustained over cycles, not a
// checklist met once. The default ladder's guard: sustained(L6) and people_leader.
#include <ladder/ladder.hpp>

#include <iostream>

static constexpr auto acme = ladder::presets::engineering();

int main() {
    // Three review cycles at staff level, with mentorship at expert: sustained.
    const auto ada = ladder::person_builder(acme, "ada", "Ada")
                         .level("L5").months_in_level(20)
                         .cycle("2025H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                           {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
                         .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                           {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
                         .cycle("2026H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                           {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
                         .build().value();
    // Everything ticked in the latest cycle only: a one-off, and cross-team impact came late.
    const auto bo = ladder::person_builder(acme, "bo", "Bo")
                        .level("L5").months_in_level(30)
                        .cycle("2025H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                          {"cross_team", 2}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
                        .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                          {"cross_team", 2}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
                        .cycle("2026H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                          {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
                        .build().value();
    for (const ladder::person* p : {&ada, &bo}) std::cout << ladder::to_text(ladder::readiness(acme, *p, "L6").value(), *p) << '\n';
    return 0;
}
