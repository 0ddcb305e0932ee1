// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The sentence of each finding, and findings printed as `file:line:col: severity[code]:
// message`, the source line and a caret.

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The sentence for each code, with placeholders: {thing} is the kind and quoted subject,
/// {subject} and {other} quoted ids, {raw_subject} and {raw_other} unquoted text, {actual} and {expected}
/// numbers, {kind} the kind.
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
        case diagnostic_code::rating_off_scale:
            return d.about == entity::person ? "{thing} is rated {actual} on {other}, which is not a point on its scale"
                                             : "{thing} expects {actual} of {other}, which is not a point on its scale";
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
        case diagnostic_code::inconsistent_group:
            switch (d.actual) {
                case 0: return "{thing} runs from one track to another (to {other}): a group is a range of levels on one track";
                case 1: return "{thing} runs downwards: its lowest level {other} is above its highest";
                default: return "{thing} has the id of a level, so at({subject}) would name both";
            }
        case diagnostic_code::misplaced_title:
            return d.actual == 0 ? "{thing} gives a title for level {other}, where it does not apply"
                                 : "{thing} gives level {other} more than one title";
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
        case diagnostic_code::text_without_expectation:
            return d.actual == 1 ? "{thing} gives a signal or an example for {other} before saying what it means (`means {raw_other} \"…\"`)"
                                 : "{thing} says what {other} means but states no expectation for it before (`expect {raw_other} N`)";
        case diagnostic_code::duplicate_text: return "{thing} says more than once what {other} means";
        case diagnostic_code::partial_text:
            return "{thing} says in words what it expects of other competencies but not of {other}";
        case diagnostic_code::person_without_level: return "{thing} has no level";
        case diagnostic_code::wrong_attribute_type: return "attribute {subject} takes {raw_other}";
        case diagnostic_code::syntax_error:
            return d.actual == 1 ? "expected {raw_other}, found the end of the text" : "expected {raw_other}, found {subject}";
        case diagnostic_code::unterminated_string: return "this string is not closed before the end of its line";
        case diagnostic_code::invalid_character:
            if (d.expected == 1) return "control character {subject} in a string";
            return d.actual >= 0x80 ? "non-ASCII character outside a string (byte {actual})" : "unexpected character {subject}";
        case diagnostic_code::invalid_utf8: return "invalid UTF-8 (byte {actual})";
        case diagnostic_code::nul_byte: return "NUL byte in the text";
        case diagnostic_code::number_too_large:
            return d.actual == 1 ? "number {subject} is too small: at least {expected}"
                                 : "number {subject} is too large: at most {expected}";
        case diagnostic_code::input_too_large: return "the text is at least {actual} bytes long, more than the limit of {expected}";
        case diagnostic_code::line_too_long: return "this line is {actual} bytes long, more than the limit of {expected}";
        case diagnostic_code::too_many_items: return "more than {expected} rows of {kind}: the limit of one table";
        case diagnostic_code::missing_ladder_declaration:
            return "the text has no ladder declaration: start it with `ladder \"Name\"`";
        case diagnostic_code::unknown_statement: return "unknown statement {subject}";
        case diagnostic_code::not_supported_yet:
            return "{subject} is not supported yet: rules, guards and tests arrive with the rules language";
        case diagnostic_code::unterminated_block: return "the block opened here is not closed with `}`";
        case diagnostic_code::duplicate_clause: return "{subject} is given more than once for {other}";
        case diagnostic_code::duplicate_ladder_declaration: return "the ladder is declared more than once";
        case diagnostic_code::cannot_read_file: return "cannot read the file {subject}";
        case diagnostic_code::format_changed_meaning:
            return "formatting would change what the text says, so nothing is formatted (a bug in ladder: please report it)";
        case diagnostic_code::too_many_errors: return "reading stopped after {expected} errors; the rest of the text is not checked";
        case diagnostic_code::unknown_name:
            return "{subject} is not a competency, scale point, attribute or rule of this ladder";
        case diagnostic_code::type_mismatch: return "expected {raw_other} here, found {raw_subject}";
        case diagnostic_code::rule_too_deep: return "the rule nests deeper than {expected} levels";
        case diagnostic_code::rule_too_long: return "the rule has more than {expected} parts";
        case diagnostic_code::nested_quantifier: return "a count, all, any or sum cannot stand inside another";
        case diagnostic_code::division_by_zero: return "division by zero in {subject}";
        case diagnostic_code::arithmetic_overflow: return "the result of {subject} does not fit in 64 bits";
        case diagnostic_code::evaluation_budget_exceeded: return "evaluating the rule took more than {expected} steps";
        case diagnostic_code::rule_cycle: return "rule {subject} uses itself (through {other})";
        case diagnostic_code::no_expectation: return "level {other} expects nothing of competency {subject}";
        case diagnostic_code::wrong_arity: return "rule {subject}: expected {expected} argument(s), given {actual}";
        case diagnostic_code::criterion_cycle: return "what level {subject} means depends on itself (through {other})";
        case diagnostic_code::csv_syntax: return "{raw_other}";
        case diagnostic_code::ragged_row: return "the row has {actual} fields; the header has {expected}";
        case diagnostic_code::unknown_column:
            return "column {subject} is none of person, name, level, archetype, months_in_level, tenure_months, cycle, "
                   "note, a competency, an attribute or exempt:<competency>";
        case diagnostic_code::missing_column: return "the header has no {subject} column";
        case diagnostic_code::duplicate_row: return "person {subject} has cycle {other} twice (first on line {expected})";
        case diagnostic_code::conflicting_value:
            return "person {subject} is given another {raw_other} here than on line {expected}";
        case diagnostic_code::bad_value: return "{subject} is not {raw_other}";
        case diagnostic_code::matrix_shape: return "{raw_other}";
        case diagnostic_code::unmapped_level:
            return "level {subject} of {raw_other} is not in the next version, and no `maps` line there says what it became";
        case diagnostic_code::bad_map: return "the `maps` line of {subject}: {raw_other}";
        case diagnostic_code::version_order: return "{raw_other}";
        case diagnostic_code::not_in_version:
            return "{subject} is not a competency of the version in force on {raw_other}";
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
        } else if (field == "raw_subject") {
            m += subject;
        } else if (field == "raw_other") {
            m += other;
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

inline std::string diagnostic_list::to_string(std::string_view default_source, std::size_t max_shown) const {
    std::string out;
    std::size_t shown = 0;
    for (const auto& d : items_) {
        if (shown == max_shown) {
            const std::size_t more = items_.size() - shown;
            out += "... and " + std::to_string(more) + (more == 1 ? " more finding\n" : " more findings\n");
            break;
        }
        ++shown;
        // Everything from a file is shown with its control characters escaped (detail::
        // append_printable): a finding cannot colour the terminal or forge a line of output.
        detail::append_printable(out, d.source.empty() ? default_source : d.source);
        if (d.where.line != 0) {
            out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
        }
        out += ": ";
        out += name_of(d.severity);
        out += '[';
        out += name_of(d.code);
        out += "]: ";
        detail::append_printable(out, d.message());
        out += '\n';
        if (d.where.line != 0 && !d.line_text.empty()) {
            const std::string number = std::to_string(d.where.line);
            // A long line shows only the part around the place, after "...".
            const bool cut = d.line_text_column > 1;
            out += ' ' + number + " | " + (cut ? "..." : "");
            detail::append_printable(out, d.line_text);
            out += '\n';
            out += std::string(number.size() + 1, ' ') + " | " + (cut ? "   " : "");
            // Columns count characters, not bytes (an escaped one takes the width of its
            // escape); tabs stay tabs, so the caret lines up however the terminal shows them.
            std::uint32_t column = d.line_text_column;
            for (std::size_t i = 0; i < d.line_text.size() && column < d.where.column; ++column) {
                bool escaped = false;
                const std::size_t n = detail::shown_length(d.line_text, i, escaped);
                if (escaped) out.append(4 * n, ' ');
                else out += d.line_text[i] == '\t' ? '\t' : ' ';
                i += n;
            }
            out += "^\n";
        }
    }
    return out;
}

LADDER_END_NAMESPACE
