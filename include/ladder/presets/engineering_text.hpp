// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The embedded default ladder as .ladder text: the same bytes as examples/data/engineering.ladder
// (a test keeps the two identical), and as a builder to extend. The compile-time ladder made
// from this text is presets/engineering.hpp, which does not include the reader.

#include <ladder/core/config.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/text/parser.hpp>

#include <string_view>
#include <utility>

LADDER_BEGIN_NAMESPACE
namespace presets {

namespace detail {
// A variable template, reached through the function templates below, so that only translation
// units that use the text pay for evaluating it.
template <class = void>
inline constexpr char engineering_text[] = R"ladder(# The embedded default ladder, as text: ladder::presets::engineering() is this ladder.
# A test checks that the two stay equal. docs/default-ladder.md explains its shape.

ladder "Engineering" version "1.0"

scale proficiency "Proficiency" {
  1 developing "Developing"
  2 proficient "Proficient"
  3 advanced "Advanced"
  4 expert "Expert"
  5 leading "Leading"
}

category craft "Craft" about "Building software well"
category execution "Execution" about "Getting the right things done, safely"
category impact "Impact" about "Reach beyond one's own work"
category people "People" about "Growing others and working with them"

competency coding "Technical skill" in craft about "Writes clear, tested, maintainable code"
competency design "System design" in craft about "Shapes systems that meet today's needs and tomorrow's"
competency delivery "Delivery" in execution about "Plans, scopes and ships work predictably"
competency operations "Quality and operations" in execution about "Keeps what ships reliable and observable"
competency cross_team "Cross-team impact" in impact about "Moves work forward across team boundaries"
competency strategy "Technical direction" in impact about "Sets direction others follow"
competency mentorship "Mentorship" in people about "Grows the people around them"
competency communication "Communication" in people about "Makes hard things clear, in writing and aloud"

# Two tracks that meet as overlapping ranges (see the equivalences below).
track ic "Individual contributor"
track mgmt "Engineering management" management

level L1 "Associate Engineer" on ic scope task band 60000..85000 USD typical 1 year {
  expect coding 1, design 1, delivery 1, operations 1, cross_team 1, strategy 1, mentorship 1, communication 1
}

level L2 "Software Engineer I" on ic scope task band 75000..105000 USD typical 18 months {
  expect coding 2, design 1, delivery 2, operations 1, cross_team 1, strategy 1, mentorship 1, communication 1
}

level L3 "Software Engineer II" on ic scope feature band 95000..130000 USD typical 18 months {
  expect coding 2, design 2, delivery 2, operations 2, cross_team 1, strategy 1, mentorship 1, communication 2
}

level L4 "Software Engineer III" on ic scope feature band 115000..160000 USD typical 2 years {
  expect coding 3, design 2, delivery 3, operations 2, cross_team 2, strategy 1, mentorship 2, communication 2
}

# A career level: staying at Senior is a good outcome, not a failure.
level L5 "Senior Software Engineer" on ic scope team career band 150000..210000 USD {
  expect coding 4, design 3, delivery 4, operations 3, cross_team 2, strategy 2, mentorship 3, communication 3
}

level L6 "Staff Engineer" on ic scope multi_team band 190000..260000 USD {
  expect coding 4, design 4, delivery 4, operations 4, cross_team 4, strategy 3, mentorship 3, communication 4
}

level L7 "Senior Staff Engineer" on ic scope org band 240000..320000 USD {
  expect coding 5, design 5, delivery 4, operations 4, cross_team 5, strategy 4, mentorship 4, communication 4
}

level L8 "Principal Engineer" on ic scope company band 300000..400000 USD {
  expect coding 5, design 5, delivery 5, operations 5, cross_team 5, strategy 5, mentorship 4, communication 5
}

level M1 "Engineering Manager" on mgmt scope team career band 180000..240000 USD {
  expect coding 3, design 3, delivery 4, operations 3, cross_team 3, strategy 2, mentorship 4, communication 4
}

level M2 "Senior Engineering Manager" on mgmt scope multi_team band 220000..300000 USD {
  expect coding 3, design 3, delivery 4, operations 4, cross_team 4, strategy 3, mentorship 4, communication 4
}

level M3 "Director of Engineering" on mgmt scope org band 270000..360000 USD {
  expect coding 3, design 4, delivery 4, operations 4, cross_team 4, strategy 4, mentorship 5, communication 5
}

level M4 "Senior Director of Engineering" on mgmt scope org band 330000..430000 USD {
  expect coding 3, design 4, delivery 5, operations 4, cross_team 5, strategy 5, mentorship 5, communication 5
}

level M5 "VP of Engineering" on mgmt scope company band 400000..550000 USD {
  expect coding 3, design 4, delivery 5, operations 5, cross_team 5, strategy 5, mentorship 5, communication 5
}

# Overlapping ranges, not a one-to-one table.
equivalent M1 ~ L5..L6
equivalent M2 ~ L6..L7
equivalent M3 ~ L7
equivalent M4 ~ L7..L8
equivalent M5 ~ L8

# Sustained work at a level: two of the last three review cycles, not a one-off.
rule sustained(L) = meets(L) in at least 2 of last 3 cycles
rule people_leader = count(c in people where c >= expert) >= 1

# Larson's staff+ archetypes, from Staff upward.
archetype tech_lead "Tech Lead" from L6 {
  expect delivery 5, mentorship 4
}

archetype architect "Architect" from L6 {
  expect design 5, strategy 4
}

archetype solver "Solver" from L6 {
  expect coding 5, design 5
}

archetype right_hand "Right Hand" from L6 {
  expect cross_team 5, strategy 4, communication 5
}

promote L1 -> L2
promote L2 -> L3
promote L3 -> L4
promote L4 -> L5
# Evidence of sustained work at the next level, not a one-off; and someone they grew.
promote L5 -> L6 when sustained(L6) and people_leader
  warn time_in_level >= 12 months "usually a year or more at Senior"
promote L6 -> L7 when sustained(L7)
promote L7 -> L8 when sustained(L8)
promote M1 -> M2
promote M2 -> M3
promote M3 -> M4
promote M4 -> M5
# Two-way doors between the tracks.
switch L5 <-> M1
switch L6 <-> M1
switch L7 <-> M2
# Stepping back is a normal move: pay lands at the top of the lower band.
step_back L6 -> L5 pay top_of_band
step_back M1 -> L5 pay top_of_band
step_back M2 -> M1 pay top_of_band

test "a strong senior with sustained staff-level work is ready for staff" {
  person {
    level L5
    time_in_level 20 months
    cycle 2025H2 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
    cycle 2026H1 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 3 communication 4 }
    cycle 2026H2 { coding 5 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
  }
  expect promote L6 pass
}

test "one great half-year is not enough" {
  person {
    level L5
    time_in_level 30 months
    cycle 2025H2 { coding 4 design 3 delivery 4 operations 3 cross_team 2 strategy 2 mentorship 3 communication 3 }
    cycle 2026H1 { coding 4 design 3 delivery 4 operations 3 cross_team 3 strategy 2 mentorship 3 communication 3 }
    cycle 2026H2 { coding 5 design 5 delivery 5 operations 5 cross_team 5 strategy 5 mentorship 5 communication 5 }
  }
  expect promote L6 fail
}

test "staying at senior is a good outcome: the manager track is open both ways" {
  person {
    level L6
    cycle 2026H2 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
  }
  expect switch M1 pass
  expect step_back L5 pass
}

test "without ratings, the verdict is unknown, not no" {
  person {
    level L5
  }
  expect promote L6 unknown
}
)ladder";
}  // namespace detail

/// The default ladder's .ladder text.
template <class T = void>
[[nodiscard]] constexpr std::string_view engineering_source() noexcept {
    return {detail::engineering_text<T>, sizeof(detail::engineering_text<T>) - 1};
}

/// The default ladder as a builder, to extend before freezing or building it.
template <class T = void>
[[nodiscard]] constexpr builder engineering_builder() {
    return std::move(ladder::detail::read_text(engineering_source<T>(), "engineering.ladder").ladder);
}

}  // namespace presets
LADDER_END_NAMESPACE
