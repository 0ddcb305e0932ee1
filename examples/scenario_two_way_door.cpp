// Scenario 4: an engineer switches from staff to engineering manager and back: a two-way door
// (`switch L6 <-> M1` on the default ladder), judged each way by the target's expectations.
#include <ladder/ladder.hpp>

#include <iostream>

static constexpr auto acme = ladder::presets::engineering();

int main() {
    const ladder::ladder_view v = acme;
    const auto as_staff = ladder::person_builder(acme, "dee", "Dee")
                              .level("L6").months_in_level(24)
                              .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                                {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
                              .build().value();
    std::cout << ladder::to_text(ladder::readiness(v, as_staff, "M1").value(), as_staff) << '\n';
    // A year later, managing, Dee wants to go back to the technical track.
    const auto as_manager = ladder::person_builder(acme, "dee", "Dee")
                                .level("M1").months_in_level(12)
                                .cycle("2027H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                                                  {"cross_team", 4}, {"strategy", 3}, {"mentorship", 5}, {"communication", 5}})
                                .build().value();
    std::cout << ladder::to_text(ladder::readiness(v, as_manager, "L6").value(), as_manager) << '\n';
    std::cout << ladder::to_text(v, ladder::diff(v, acme.level("L6"), acme.level("M1")));
    return 0;
}
