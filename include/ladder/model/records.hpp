// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The nouns of a career framework as plain rows of flat tables. Rows refer to each other
// by index (a `reference` keeps the id it was written with, for messages and lookups).

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// The common, ordered scale of a level's reach. It lets levels be compared across tracks
/// and across companies.
enum class scope : std::uint8_t { task, feature, team, multi_team, org, company, industry };

/// What kind of path a track is.
enum class track_kind : std::uint8_t { individual_contributor, management, other };

/// The ways a person moves between levels.
enum class transition_kind : std::uint8_t {
    promote,       ///< to a higher level of the same track
    switch_track,  ///< to an equivalent level of another track
    step_back,     ///< to a lower level
};

/// What happens to pay when a person steps back.
enum class pay_policy : std::uint8_t {
    keep,            ///< pay stays as it is
    top_of_band,     ///< the top of the target level's band
    midpoint,        ///< the middle of the target level's band
    bottom_of_band,  ///< the bottom of the target level's band
};

/// The type of a custom person attribute a ladder declares (e.g. `open_position : bool`).
enum class attribute_type : std::uint8_t { boolean, number, duration, text };

/// How loudly a ladder wants one of the optional checks reported.
enum class check_level : std::uint8_t { off, warning, error };

namespace detail {
// The words for each enumeration, in its order: the text format's keywords and names_of()'s.
inline constexpr std::string_view scope_names[] = {"task", "feature", "team", "multi_team", "org", "company", "industry"};
inline constexpr std::string_view track_kind_names[] = {"individual_contributor", "management", "other"};
inline constexpr std::string_view transition_kind_names[] = {"promote", "switch", "step_back"};
inline constexpr std::string_view pay_policy_names[] = {"keep", "top_of_band", "midpoint", "bottom_of_band"};
inline constexpr std::string_view check_level_names[] = {"off", "warning", "error"};
inline constexpr std::string_view attribute_type_names[] = {"bool", "number", "duration", "text"};
// A scope as a reader says it, for views and reports.
inline constexpr std::string_view scope_words[] = {"task", "feature", "team", "several teams", "organisation", "company", "industry"};
}  // namespace detail

/// A scope in words, for people rather than the format: "several teams", "organisation".
[[nodiscard]] constexpr std::string_view words_of(scope v) noexcept { return detail::scope_words[static_cast<int>(v)]; }

/// The word for a value, as the .ladder format writes it (e.g. "multi_team", "top_of_band").
[[nodiscard]] constexpr std::string_view name_of(scope v) noexcept { return detail::scope_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(track_kind v) noexcept { return detail::track_kind_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(transition_kind v) noexcept {
    return detail::transition_kind_names[static_cast<int>(v)];
}
[[nodiscard]] constexpr std::string_view name_of(pay_policy v) noexcept { return detail::pay_policy_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(check_level v) noexcept { return detail::check_level_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(attribute_type v) noexcept {
    return detail::attribute_type_names[static_cast<int>(v)];
}

/// A reference from one row to another: the id as written, and the row once resolved.
struct reference {
    std::string_view id;
    index_t index = no_index;
    [[nodiscard]] constexpr bool resolved() const noexcept { return index != no_index; }
    [[nodiscard]] constexpr bool empty() const noexcept { return id.empty(); }
    friend constexpr bool operator==(const reference&, const reference&) = default;
};

/// One point of a rating scale, e.g. `3 advanced "Advanced"`.
struct scale_point {
    rating value = 0;
    std::string_view id;
    std::string_view name;
    index_t scale = no_index;  ///< the scale this point belongs to
    source_position where{};
    friend constexpr bool operator==(const scale_point&, const scale_point&) = default;
};

/// An ordered rating scale; its points are rows [first_point, first_point + point_count).
struct scale {
    std::string_view id;
    std::string_view name;
    index_t first_point = 0;
    index_t point_count = 0;
    source_position where{};
    friend constexpr bool operator==(const scale&, const scale&) = default;
};

/// A group of competencies, e.g. craft, impact, people.
struct category {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    source_position where{};
    friend constexpr bool operator==(const category&, const category&) = default;
};

/// A skill or behaviour levels set expectations on.
struct competency {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    reference category;
    reference scale;  ///< empty id: the ladder's default scale
    source_position where{};
    friend constexpr bool operator==(const competency&, const competency&) = default;
};

/// A career path: individual contributor, management, tech lead, TPM …
struct track {
    std::string_view id;
    std::string_view name;
    track_kind kind = track_kind::individual_contributor;
    source_position where{};
    friend constexpr bool operator==(const track&, const track&) = default;
};

/// A pay range, in whole units of one currency.
struct pay_band {
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    std::string_view currency;
    friend constexpr bool operator==(const pay_band&, const pay_band&) = default;
};

/// What a note under an expectation's statement is.
enum class note_kind : std::uint8_t {
    signal,   ///< something one sees in a person who meets the expectation
    example,  ///< a piece of work that shows it
};

namespace detail {
inline constexpr std::string_view note_kind_names[] = {"signal", "example"};
}  // namespace detail

[[nodiscard]] constexpr std::string_view name_of(note_kind v) noexcept { return detail::note_kind_names[static_cast<int>(v)]; }

/// A minimum rating on one competency, and what it means in words at this level (`means design
/// "…" { signal "…" example "…" }`); its notes are rows [first_note, + note_count).
struct expectation {
    reference competency;
    rating minimum = 0;
    /// The scale point as written (`expect delivery expert`); empty when written as a number.
    /// Once resolved, `minimum` is that point's value.
    reference point;
    source_position where{};
    /// What is expected, in the level's (or the archetype's) own words; empty: none stated.
    std::string_view statement;
    index_t first_note = 0;
    index_t note_count = 0;
    source_position statement_at{};  ///< of the `means` statement
    friend constexpr bool operator==(const expectation&, const expectation&) = default;
};

/// A signal or an example under an expectation's statement.
struct expectation_note {
    note_kind kind = note_kind::signal;
    std::string_view text;
    source_position where{};
    friend constexpr bool operator==(const expectation_note&, const expectation_note&) = default;
};

/// A level on a track; its expectations are rows [first_expectation, + expectation_count).
struct level {
    std::string_view id;
    std::string_view title;
    reference track;
    std::int32_t rank = 0;  ///< position on its track; higher is more senior
    ladder::scope scope = scope::task;
    std::optional<pay_band> band;
    std::optional<std::int32_t> typical_months;  ///< usual time spent at this level
    bool career = false;  ///< staying at this level is a good outcome, not a failure
    index_t first_expectation = 0;
    index_t expectation_count = 0;
    source_position where{};
    /// `when …`: what being at this level means beyond its expectations (e.g. `points >= 43`);
    /// empty: the expectations alone. meets(this level) asks both.
    std::string_view criterion;
    source_position criterion_at{};
    friend constexpr bool operator==(const level&, const level&) = default;
};

/// `level ~ lowest..highest`: a level compares with a range of levels of another track.
struct equivalence {
    reference level;
    reference lowest;
    reference highest;
    source_position where{};
    friend constexpr bool operator==(const equivalence&, const equivalence&) = default;
};

/// `group senior "Senior and above" = L5..L8`: a named range of levels on one track, for rules
/// (`at(senior)`: the person's level is in it) and views.
struct level_group {
    std::string_view id;
    std::string_view name;
    reference lowest;
    reference highest;
    source_position where{};
    friend constexpr bool operator==(const level_group&, const level_group&) = default;
};

/// `title L6 "Group Lead"` in an archetype's block: what the level is called for a person of
/// that archetype (Snowflake's "Senior Engineer / Group Lead" on one points band).
struct level_title {
    index_t archetype = no_index;
    reference level;
    std::string_view title;
    source_position where{};
    friend constexpr bool operator==(const level_title&, const level_title&) = default;
};

/// A staff+ archetype (Tech Lead, Architect, Solver, Right Hand): from a level upward on its
/// track (up to `until` if given), with expectations overriding the level's.
struct archetype {
    std::string_view id;
    std::string_view name;
    reference from;
    reference until;  ///< empty id: up to the top of the track
    index_t first_expectation = 0;
    index_t expectation_count = 0;
    source_position where{};
    friend constexpr bool operator==(const archetype&, const archetype&) = default;
};

/// A move between two levels.
struct transition {
    transition_kind kind = transition_kind::promote;
    reference from;
    reference to;
    bool both_ways = false;  ///< a switch that also allows the way back
    pay_policy pay = pay_policy::keep;
    source_position where{};
    /// `when …`: the condition a person must meet to make the move; empty: meets(to).
    std::string_view guard;
    source_position guard_at{};
    friend constexpr bool operator==(const transition&, const transition&) = default;
};

/// `warn condition "message"` under a transition: an advisory clause. Its failure never changes
/// the verdict and always shows in the report (e.g. "usually a year or more at Senior").
struct advisory {
    index_t transition = no_index;
    std::string_view text;
    std::string_view message;
    source_position where{};
    source_position text_at{};
    friend constexpr bool operator==(const advisory&, const advisory&) = default;
};

/// What a line of a test's `person { … }` block states.
enum class fact_kind : std::uint8_t { level, archetype, time_in_level, tenure, attribute, exempt, rating };

/// How an attribute's value was written in a test, so it prints back the same.
enum class value_form : std::uint8_t { boolean, number, duration, text };

/// One fact about a test's person: `level L5`, `time_in_level 20 months`, `open_position true`,
/// `exempt mentorship "reason"`, or one rating `delivery 4` in cycle `cycle`.
struct test_fact {
    fact_kind kind = fact_kind::level;
    std::string_view id;     ///< level, archetype, attribute or competency id
    std::int64_t number = 0; ///< months, a number, a boolean (0/1), or a rating
    std::string_view text;   ///< a text value, an exemption's reason, or a rating's scale point id
    value_form form = value_form::number;
    std::string_view cycle;  ///< for a rating: the review cycle's id
    source_position where{};
    friend constexpr bool operator==(const test_fact&, const test_fact&) = default;
};

/// `expect promote L6 pass` (or `switch`, `step_back`), or `expect rule name fail`.
struct test_check {
    bool is_rule = false;
    transition_kind move = transition_kind::promote;
    std::string_view target;  ///< the level moved to, or the rule's name
    std::uint8_t expected = 0;  ///< a ladder::verdict: 0 pass, 1 fail, 2 unknown
    source_position where{};
    source_position target_at{};  ///< of the target's first character, to place a rule's errors
    friend constexpr bool operator==(const test_check&, const test_check&) = default;
};

/// `test "name" { person { … } expect … }`: a person and the outcomes the ladder must give.
/// Its facts and checks are rows [first_fact, + fact_count) and [first_check, + check_count).
struct ladder_test {
    std::string_view name;
    index_t first_fact = 0;
    index_t fact_count = 0;
    index_t first_check = 0;
    index_t check_count = 0;
    source_position where{};
    friend constexpr bool operator==(const ladder_test&, const ladder_test&) = default;
};

/// A fact about a person that the ladder declares and people's records supply, for rules to
/// use (e.g. `open_position : bool`).
struct attribute {
    std::string_view id;
    attribute_type type = attribute_type::boolean;
    source_position where{};
    friend constexpr bool operator==(const attribute&, const attribute&) = default;
};

/// `rule people_leader = count(c in people where c >= expert) >= 1`: a named condition that other
/// rules and guards use by name. The text is compiled against the ladder when it is built.
struct named_rule {
    std::string_view id;
    std::string_view text;
    std::string_view parameters;  ///< as written between the parentheses (`L, k`); empty: none
    source_position where{};  ///< of the statement
    source_position text_at{};  ///< of the text's first character, to place errors inside it
    friend constexpr bool operator==(const named_rule&, const named_rule&) = default;
};

/// `maps L5 -> E5` in a revision: what an id of the previous version is called now (docs/versions.md).
/// One row per new id: `maps L5 -> L5a, L5b` (a level split in two) is two rows, and two
/// statements mapping to one id (`maps L5 -> E5` and `maps L6 -> E5`) merge two levels. The
/// target is a level or a competency of this version; which, the ladder's build finds.
struct revision_map {
    std::string_view from;  ///< an id of the previous version
    reference to;           ///< a level's or a competency's id in this one
    bool competency = false;  ///< `to` names a competency (found when the ladder is built)
    source_position where{};
    friend constexpr bool operator==(const revision_map&, const revision_map&) = default;
};

/// Choices a ladder makes about how strictly it is checked.
struct ladder_policy {
    /// An expectation that is lower at a higher level of the same track.
    check_level decreasing_expectations = check_level::error;
    /// A level that states nothing about some competency.
    check_level missing_expectations = check_level::warning;
    /// Adjacent pay bands may overlap by this share of the lower band's width.
    std::int32_t max_band_overlap_percent = 50;
    friend constexpr bool operator==(const ladder_policy&, const ladder_policy&) = default;
};

/// What a ladder says about itself.
struct ladder_info {
    std::string_view name;
    std::string_view version;
    /// `effective 2026-07-01`: the day this version takes effect, as year * 10000 + month * 100 +
    /// day (20260701); 0 when the ladder does not say.
    std::int32_t effective = 0;
    reference default_scale;  ///< empty id: the first scale declared
    ladder_policy policy{};
    friend constexpr bool operator==(const ladder_info&, const ladder_info&) = default;
};

LADDER_END_NAMESPACE
