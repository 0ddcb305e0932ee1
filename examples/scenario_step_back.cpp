// Scenario 3: a staff engineer steps back to senior, at the top of the senior band. The default
// ladder declares `step_back L6 -> L5 pay top_of_band`.
#include <ladder/ladder.hpp>

#include <iostream>

static constexpr auto acme = ladder::presets::engineering();

int main() {
    const auto cy = ladder::person_builder(acme, "cy", "Cy")
                        .level("L6").months_in_level(14)
                        .cycle("2026H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                          {"cross_team", 4}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
                        .build().value();
    std::cout << ladder::to_text(ladder::readiness(acme, cy, "L5").value(), cy);
    return 0;
}
