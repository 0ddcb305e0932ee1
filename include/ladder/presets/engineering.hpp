// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The embedded default ladder: a starting point a company can use as it is or adapt.
// docs/default-ladder.md says which public frameworks it follows and why.

#include <ladder/core/config.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/static_ladder.hpp>

LADDER_BEGIN_NAMESPACE
namespace presets {

/// The default ladder as a builder, to extend before freezing or building it.
[[nodiscard]] constexpr builder engineering_builder() {
    builder b("Engineering", "1.0");
    b.scale("proficiency", "Proficiency",
            {{1, "developing", "Developing"},
             {2, "proficient", "Proficient"},
             {3, "advanced", "Advanced"},
             {4, "expert", "Expert"},
             {5, "leading", "Leading"}});

    b.category("craft", "Craft", "Building software well");
    b.category("execution", "Execution", "Getting the right things done, safely");
    b.category("impact", "Impact", "Reach beyond one's own work");
    b.category("people", "People", "Growing others and working with them");

    b.competency("coding", "Technical skill", "craft", "Writes clear, tested, maintainable code");
    b.competency("design", "System design", "craft", "Shapes systems that meet today's needs and tomorrow's");
    b.competency("delivery", "Delivery", "execution", "Plans, scopes and ships work predictably");
    b.competency("operations", "Quality and operations", "execution", "Keeps what ships reliable and observable");
    b.competency("cross_team", "Cross-team impact", "impact", "Moves work forward across team boundaries");
    b.competency("strategy", "Technical direction", "impact", "Sets direction others follow");
    b.competency("mentorship", "Mentorship", "people", "Grows the people around them");
    b.competency("communication", "Communication", "people", "Makes hard things clear, in writing and aloud");

    b.track("ic", "Individual contributor", track_kind::individual_contributor);
    b.track("mgmt", "Engineering management", track_kind::management);

    // Expectations, in the order coding, design, delivery, operations, cross_team, strategy,
    // mentorship, communication.
    b.level("L1", "Associate Engineer", "ic").scope(scope::task).typical_months(12).band(60000, 85000, "USD")
        .expect({{"coding", 1}, {"design", 1}, {"delivery", 1}, {"operations", 1},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 1}});
    b.level("L2", "Software Engineer I", "ic").scope(scope::task).typical_months(18).band(75000, 105000, "USD")
        .expect({{"coding", 2}, {"design", 1}, {"delivery", 2}, {"operations", 1},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 1}});
    b.level("L3", "Software Engineer II", "ic").scope(scope::feature).typical_months(18).band(95000, 130000, "USD")
        .expect({{"coding", 2}, {"design", 2}, {"delivery", 2}, {"operations", 2},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 2}});
    b.level("L4", "Software Engineer III", "ic").scope(scope::feature).typical_months(24).band(115000, 160000, "USD")
        .expect({{"coding", 3}, {"design", 2}, {"delivery", 3}, {"operations", 2},
                 {"cross_team", 2}, {"strategy", 1}, {"mentorship", 2}, {"communication", 2}});
    b.level("L5", "Senior Software Engineer", "ic").scope(scope::team).career().band(150000, 210000, "USD")
        .expect({{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3},
                 {"cross_team", 2}, {"strategy", 2}, {"mentorship", 3}, {"communication", 3}});
    b.level("L6", "Staff Engineer", "ic").scope(scope::multi_team).band(190000, 260000, "USD")
        .expect({{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}});
    b.level("L7", "Senior Staff Engineer", "ic").scope(scope::org).band(240000, 320000, "USD")
        .expect({{"coding", 5}, {"design", 5}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 5}, {"strategy", 4}, {"mentorship", 4}, {"communication", 4}});
    b.level("L8", "Principal Engineer", "ic").scope(scope::company).band(300000, 400000, "USD")
        .expect({{"coding", 5}, {"design", 5}, {"delivery", 5}, {"operations", 5},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 4}, {"communication", 5}});

    b.level("M1", "Engineering Manager", "mgmt").scope(scope::team).career().band(180000, 240000, "USD")
        .expect({{"coding", 3}, {"design", 3}, {"delivery", 4}, {"operations", 3},
                 {"cross_team", 3}, {"strategy", 2}, {"mentorship", 4}, {"communication", 4}});
    b.level("M2", "Senior Engineering Manager", "mgmt").scope(scope::multi_team).band(220000, 300000, "USD")
        .expect({{"coding", 3}, {"design", 3}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}});
    b.level("M3", "Director of Engineering", "mgmt").scope(scope::org).band(270000, 360000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 4}, {"mentorship", 5}, {"communication", 5}});
    b.level("M4", "Senior Director of Engineering", "mgmt").scope(scope::org).band(330000, 430000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 5}, {"operations", 4},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 5}, {"communication", 5}});
    b.level("M5", "VP of Engineering", "mgmt").scope(scope::company).band(400000, 550000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 5}, {"operations", 5},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 5}, {"communication", 5}});

    // Overlapping ranges, not a one-to-one table.
    b.equivalent("M1", "L5", "L6");
    b.equivalent("M2", "L6", "L7");
    b.equivalent("M3", "L7");
    b.equivalent("M4", "L7", "L8");
    b.equivalent("M5", "L8");

    // Larson's staff+ archetypes, from Staff upward.
    b.archetype("tech_lead", "Tech Lead", "L6").expect({{"delivery", 5}, {"mentorship", 4}});
    b.archetype("architect", "Architect", "L6").expect({{"design", 5}, {"strategy", 4}});
    b.archetype("solver", "Solver", "L6").expect({{"coding", 5}, {"design", 5}});
    b.archetype("right_hand", "Right Hand", "L6").expect({{"cross_team", 5}, {"strategy", 4}, {"communication", 5}});

    // Evidence of sustained work at the next level, not a one-off; and someone they grew.
    b.rule("people_leader", "count(c in people where c >= expert) >= 1");
    b.promote("L1", "L2").promote("L2", "L3").promote("L3", "L4").promote("L4", "L5");
    b.promote("L5", "L6")
        .when("meets(L6) in at least 2 of last 3 cycles and people_leader")
        .warn("time_in_level >= 12 months", "usually a year or more at Senior");
    b.promote("L6", "L7").when("meets(L7) in at least 2 of last 3 cycles");
    b.promote("L7", "L8").when("meets(L8) in at least 2 of last 3 cycles");
    b.promote("M1", "M2").promote("M2", "M3").promote("M3", "M4").promote("M4", "M5");
    // Two-way doors between the tracks.
    b.switch_track("L5", "M1", direction::both_ways);
    b.switch_track("L6", "M1", direction::both_ways);
    b.switch_track("L7", "M2", direction::both_ways);
    // Stepping back is a normal move, not a demotion in disguise: pay lands at the top of the band.
    b.step_back("L6", "L5", pay_policy::top_of_band);
    b.step_back("M1", "L5", pay_policy::top_of_band);
    b.step_back("M2", "M1", pay_policy::top_of_band);
    return b;
}

namespace detail {
// A variable template, so that only translation units that use the default ladder pay for
// freezing it at compile time; including the umbrella header does not.
template <class = void>
inline constexpr auto engineering_ladder = freeze([] { return engineering_builder(); });
}  // namespace detail

/// The embedded default ladder: individual contributor L1–L8, management M1–M5, eight
/// competencies in four categories, Larson's four staff+ archetypes, and the moves between.
/// (A template only so that it is frozen where it is used; call it as `engineering()`.)
template <class T = void>
[[nodiscard]] constexpr const auto& engineering() noexcept {
    return detail::engineering_ladder<T>;
}

}  // namespace presets
LADDER_END_NAMESPACE
