// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// How bad a finding is. Only errors make a ladder unusable.
enum class severity : std::uint8_t { note, warning, error };

/// Stable diagnostic codes. The numbers never change meaning; new codes get new numbers.
enum class diagnostic_code : std::uint16_t {
    // lookups
    unknown_id = 1,
    // validation of a ladder
    duplicate_id = 100,
    unknown_reference = 101,
    duplicate_rank = 102,
    decreasing_expectation = 103,
    rating_off_scale = 104,
    inverted_band = 105,
    decreasing_band = 106,
    overlapping_bands = 107,
    inconsistent_equivalence = 108,
    archetype_without_level = 109,
    one_way_switch = 110,
    missing_expectation = 111,
    empty_scale = 112,
    unordered_scale = 113,
    duplicate_expectation = 114,
    promotion_not_upward = 115,
    step_back_not_downward = 116,
    switch_within_track = 117,
    switch_without_equivalence = 118,
    pay_policy_without_band = 119,
    mixed_band_currencies = 120,
    no_levels = 121,
    no_default_scale = 122,
};

/// The kind of thing a diagnostic is about; it names the thing in messages.
enum class entity : std::uint8_t {
    ladder, scale, scale_point, category, competency, track, level, expectation,
    equivalence, archetype, transition,
};

/// A place in a source text; line 0 means "not from a text" (e.g. built in C++).
struct source_position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend constexpr bool operator==(const source_position&, const source_position&) = default;
};

/// One finding. Views point into the ladder (or text) it was found in: keep that alive, or
/// call message() while it is.
struct diagnostic {
    diagnostic_code code{};
    ladder::severity severity = severity::error;
    entity about = entity::ladder;
    std::string_view subject;     ///< id of the thing at fault (for unknown ids: the id)
    std::string_view other;       ///< a second id the finding involves (competency, level, referrer …)
    std::string_view suggestion;  ///< did-you-mean for an unknown id; empty if none
    std::int64_t actual = 0;      ///< a number the finding is about (meaning per code)
    std::int64_t expected = 0;    ///< the number it was checked against (meaning per code)
    source_position where{};

    /// A sentence a person can act on, e.g. "level 'L6' expects 'design' 3, less than 'L5' (4)".
    [[nodiscard]] std::string message() const;
};

/// Stable short name of a code, e.g. "duplicate-id".
[[nodiscard]] constexpr std::string_view name_of(diagnostic_code code) noexcept {
    switch (code) {
        case diagnostic_code::unknown_id: return "unknown-id";
        case diagnostic_code::duplicate_id: return "duplicate-id";
        case diagnostic_code::unknown_reference: return "unknown-reference";
        case diagnostic_code::duplicate_rank: return "duplicate-rank";
        case diagnostic_code::decreasing_expectation: return "decreasing-expectation";
        case diagnostic_code::rating_off_scale: return "rating-off-scale";
        case diagnostic_code::inverted_band: return "inverted-band";
        case diagnostic_code::decreasing_band: return "decreasing-band";
        case diagnostic_code::overlapping_bands: return "overlapping-bands";
        case diagnostic_code::inconsistent_equivalence: return "inconsistent-equivalence";
        case diagnostic_code::archetype_without_level: return "archetype-without-level";
        case diagnostic_code::one_way_switch: return "one-way-switch";
        case diagnostic_code::missing_expectation: return "missing-expectation";
        case diagnostic_code::empty_scale: return "empty-scale";
        case diagnostic_code::unordered_scale: return "unordered-scale";
        case diagnostic_code::duplicate_expectation: return "duplicate-expectation";
        case diagnostic_code::promotion_not_upward: return "promotion-not-upward";
        case diagnostic_code::step_back_not_downward: return "step-back-not-downward";
        case diagnostic_code::switch_within_track: return "switch-within-track";
        case diagnostic_code::switch_without_equivalence: return "switch-without-equivalence";
        case diagnostic_code::pay_policy_without_band: return "pay-policy-without-band";
        case diagnostic_code::mixed_band_currencies: return "mixed-band-currencies";
        case diagnostic_code::no_levels: return "no-levels";
        case diagnostic_code::no_default_scale: return "no-default-scale";
    }
    return "unknown-code";
}

[[nodiscard]] constexpr std::string_view name_of(ladder::severity s) noexcept {
    switch (s) {
        case severity::note: return "note";
        case severity::warning: return "warning";
        case severity::error: return "error";
    }
    return "error";
}

[[nodiscard]] constexpr std::string_view name_of(entity e) noexcept {
    switch (e) {
        case entity::ladder: return "ladder";
        case entity::scale: return "scale";
        case entity::scale_point: return "scale point";
        case entity::category: return "category";
        case entity::competency: return "competency";
        case entity::track: return "track";
        case entity::level: return "level";
        case entity::expectation: return "expectation";
        case entity::equivalence: return "equivalence";
        case entity::archetype: return "archetype";
        case entity::transition: return "transition";
    }
    return "item";
}

/// The findings of one check, in the order found. Usable in constant expressions, so
/// `static_assert(validate(l).ok())` works.
class diagnostic_list {
public:
    constexpr diagnostic_list() = default;

    constexpr void add(const diagnostic& d) { items_.push_back(d); }
    constexpr void append(const diagnostic_list& other) {
        for (const auto& d : other.items_) items_.push_back(d);
    }

    /// True when nothing is an error (warnings and notes allowed).
    [[nodiscard]] constexpr bool ok() const noexcept { return error_count() == 0; }
    [[nodiscard]] constexpr std::size_t error_count() const noexcept { return count(severity::error); }
    [[nodiscard]] constexpr std::size_t warning_count() const noexcept { return count(severity::warning); }
    [[nodiscard]] constexpr std::size_t count(ladder::severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.severity == s ? 1 : 0;
        return n;
    }
    /// Number of findings with this code.
    [[nodiscard]] constexpr std::size_t count(diagnostic_code c) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.code == c ? 1 : 0;
        return n;
    }
    [[nodiscard]] constexpr bool contains(diagnostic_code c) const noexcept { return count(c) != 0; }

    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] constexpr const diagnostic& operator[](std::size_t i) const { return items_[i]; }
    [[nodiscard]] constexpr auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return items_.end(); }

    /// Every finding as `name: severity[code]: message`, one per line.
    [[nodiscard]] std::string to_string(std::string_view source_name = "<ladder>") const;

private:
    constexpr_vector<diagnostic> items_;
};

namespace detail {
/// The sentence for each code, with placeholders: {thing} is the kind and quoted subject,
/// {subject} and {other} quoted ids, {actual} and {expected} numbers, {kind} the kind.
/// A did-you-mean is appended to any message whose diagnostic has a suggestion.
[[nodiscard]] constexpr std::string_view message_template(const diagnostic& d) noexcept {
    switch (d.code) {
        case diagnostic_code::unknown_id: return "no {kind} has the id {subject}";
        case diagnostic_code::unknown_reference:
            return d.other.empty() ? "unknown {kind} {subject}" : "unknown {kind} {subject}, referred to by {other}";
        case diagnostic_code::duplicate_id: return "{thing} is declared more than once";
        case diagnostic_code::duplicate_rank: return "{thing} has rank {actual}, the same as {other} on its track";
        case diagnostic_code::decreasing_expectation:
            return "{thing} expects {actual}, less than the level below it, {other} ({expected})";
        case diagnostic_code::rating_off_scale: return "{thing} expects {actual} of {other}, which is not a point on its scale";
        case diagnostic_code::inverted_band: return "{thing} has a pay band whose minimum {actual} is above its maximum {expected}";
        case diagnostic_code::decreasing_band: return "{thing} pays less than {other}, the level below it ({actual} < {expected})";
        case diagnostic_code::overlapping_bands:
            return "{thing} overlaps the band of {other} by {actual}% of the lower band, more than the {expected}% the ladder allows";
        case diagnostic_code::inconsistent_equivalence:
            switch (d.actual) {
                case 0: return "equivalence of level {subject} with {other} is inconsistent: the range's ends are on different tracks";
                case 1: return "equivalence of level {subject} with {other} is inconsistent: the range runs downwards";
                case 2: return "equivalence of level {subject} with {other} is inconsistent: the range is on the level's own track";
                default:
                    return "equivalence of level {subject} with {other} is inconsistent: a higher level maps to a lower range than a level below it";
            }
        case diagnostic_code::archetype_without_level: return "{thing} applies to no level";
        case diagnostic_code::one_way_switch: return "the switch from {subject} to {other} has no way back (a one-way door)";
        case diagnostic_code::missing_expectation: return "{thing} states no expectation for competency {other}";
        case diagnostic_code::empty_scale: return "{thing} has no points";
        case diagnostic_code::unordered_scale:
            return "point {other} ({actual}) of {thing} is not above the point before it ({expected})";
        case diagnostic_code::duplicate_expectation: return "{thing} states more than one expectation for {other}";
        case diagnostic_code::promotion_not_upward:
            return "the promotion from {subject} to {other} does not lead to a higher level of the same track";
        case diagnostic_code::step_back_not_downward: return "the step back from {subject} to {other} does not lead to a lower level";
        case diagnostic_code::switch_within_track:
            return "the switch from {subject} to {other} stays on one track (use a promotion or a step back)";
        case diagnostic_code::switch_without_equivalence:
            return "the switch from {subject} to {other} joins levels that no equivalence declares comparable";
        case diagnostic_code::pay_policy_without_band:
            return "the step back from {subject} to {other} sets pay by a band the target level does not have";
        case diagnostic_code::mixed_band_currencies:
            return "{thing} is paid in a different currency than {other}, so their bands cannot be compared";
        case diagnostic_code::no_levels: return "{thing} declares no level";
        case diagnostic_code::no_default_scale: return "competency {subject} names no scale and the ladder declares none";
    }
    return "unknown diagnostic";
}
}  // namespace detail

inline std::string diagnostic::message() const {
    const std::string_view pattern = detail::message_template(*this);
    std::string m;
    const auto quoted = [&m](std::string_view id) {
        m += '\'';
        m += id;
        m += '\'';
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            m += pattern[i];
            continue;
        }
        const std::string_view field = pattern.substr(i + 1, close - i - 1);
        if (field == "thing") {
            m += name_of(about);
            m += ' ';
            quoted(subject);
        } else if (field == "kind") {
            m += name_of(about);
        } else if (field == "subject") {
            quoted(subject);
        } else if (field == "other") {
            quoted(other);
        } else if (field == "actual") {
            m += std::to_string(actual);
        } else if (field == "expected") {
            m += std::to_string(expected);
        }
        i = close;
    }
    if (!suggestion.empty()) {
        m += " (did you mean ";
        quoted(suggestion);
        m += "?)";
    }
    return m;
}

inline std::string diagnostic_list::to_string(std::string_view source_name) const {
    std::string out;
    for (const auto& d : items_) {
        out += source_name;
        if (d.where.line != 0) {
            out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
        }
        out += ": ";
        out += name_of(d.severity);
        out += '[';
        out += name_of(d.code);
        out += "]: ";
        out += d.message();
        out += '\n';
    }
    return out;
}

LADDER_END_NAMESPACE
