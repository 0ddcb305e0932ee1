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
inline void append_quoted(std::string& out, std::string_view id) {
    out += '\'';
    out += id;
    out += '\'';
}
}  // namespace detail

inline std::string diagnostic::message() const {
    std::string m;
    const auto quoted = [&m](std::string_view id) { detail::append_quoted(m, id); };
    const auto num = [&m](std::int64_t v) { m += std::to_string(v); };
    const auto thing = [&] {
        m += name_of(about);
        m += ' ';
        quoted(subject);
    };
    switch (code) {
        case diagnostic_code::unknown_id:
        case diagnostic_code::unknown_reference:
            if (code == diagnostic_code::unknown_reference) {
                m += "unknown ";
                m += name_of(about);
                m += ' ';
                quoted(subject);
                if (!other.empty()) {
                    m += ", referred to by ";
                    quoted(other);
                }
            } else {
                m += "no ";
                m += name_of(about);
                m += " has the id ";
                quoted(subject);
            }
            if (!suggestion.empty()) {
                m += " (did you mean ";
                quoted(suggestion);
                m += "?)";
            }
            break;
        case diagnostic_code::duplicate_id:
            thing();
            m += " is declared more than once";
            break;
        case diagnostic_code::duplicate_rank:
            thing();
            m += " has rank ";
            num(actual);
            m += ", the same as ";
            quoted(other);
            m += " on its track";
            break;
        case diagnostic_code::decreasing_expectation:
            thing();
            m += " expects ";
            num(actual);
            m += " less than the level below it, ";
            quoted(other);
            m += " (";
            num(expected);
            m += ")";
            break;
        case diagnostic_code::rating_off_scale:
            thing();
            m += " expects ";
            num(actual);
            m += " of ";
            quoted(other);
            m += ", which is not a point on its scale";
            break;
        case diagnostic_code::inverted_band:
            thing();
            m += " has a pay band whose minimum ";
            num(actual);
            m += " is above its maximum ";
            num(expected);
            break;
        case diagnostic_code::decreasing_band:
            thing();
            m += " pays less than ";
            quoted(other);
            m += ", the level below it (";
            num(actual);
            m += " < ";
            num(expected);
            m += ")";
            break;
        case diagnostic_code::overlapping_bands:
            thing();
            m += " overlaps the band of ";
            quoted(other);
            m += " by ";
            num(actual);
            m += "% of the lower band, more than the ";
            num(expected);
            m += "% the ladder allows";
            break;
        case diagnostic_code::inconsistent_equivalence:
            m += "equivalence of level ";
            quoted(subject);
            m += " with ";
            quoted(other);
            m += " is inconsistent: ";
            switch (actual) {
                case 0: m += "the range's ends are on different tracks"; break;
                case 1: m += "the range runs downwards"; break;
                case 2: m += "the range is on the level's own track"; break;
                default: m += "a higher level maps to a lower range than a level below it"; break;
            }
            break;
        case diagnostic_code::archetype_without_level:
            thing();
            m += " applies to no level";
            break;
        case diagnostic_code::one_way_switch:
            m += "the switch from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " has no way back (a one-way door)";
            break;
        case diagnostic_code::missing_expectation:
            thing();
            m += " states no expectation for competency ";
            quoted(other);
            break;
        case diagnostic_code::empty_scale:
            thing();
            m += " has no points";
            break;
        case diagnostic_code::unordered_scale:
            thing();
            m += "'s point ";
            quoted(other);
            m += " (";
            num(actual);
            m += ") is not above the point before it (";
            num(expected);
            m += ")";
            break;
        case diagnostic_code::duplicate_expectation:
            thing();
            m += " states more than one expectation for ";
            quoted(other);
            break;
        case diagnostic_code::promotion_not_upward:
            m += "the promotion from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " does not lead to a higher level of the same track";
            break;
        case diagnostic_code::step_back_not_downward:
            m += "the step back from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " does not lead to a lower level";
            break;
        case diagnostic_code::switch_within_track:
            m += "the switch from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " stays on one track (use a promotion or a step back)";
            break;
        case diagnostic_code::switch_without_equivalence:
            m += "the switch from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " joins levels that no equivalence declares comparable";
            break;
        case diagnostic_code::pay_policy_without_band:
            m += "the step back from ";
            quoted(subject);
            m += " to ";
            quoted(other);
            m += " sets pay by a band the target level does not have";
            break;
        case diagnostic_code::mixed_band_currencies:
            thing();
            m += " is paid in a different currency than ";
            quoted(other);
            m += ", so their bands cannot be compared";
            break;
        case diagnostic_code::no_levels:
            m += "the ladder declares no level";
            break;
        case diagnostic_code::no_default_scale:
            m += "competency ";
            quoted(subject);
            m += " names no scale and the ladder declares none";
            break;
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
