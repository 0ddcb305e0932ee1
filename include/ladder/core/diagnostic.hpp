// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/utf8.hpp>

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
    // people
    person_without_level = 130,
    wrong_attribute_type = 131,
    // reading a text
    syntax_error = 200,
    unterminated_string = 201,
    invalid_character = 202,
    invalid_utf8 = 203,
    nul_byte = 204,
    number_too_large = 205,
    input_too_large = 206,
    line_too_long = 207,
    too_many_items = 208,
    missing_ladder_declaration = 209,
    unknown_statement = 210,
    not_supported_yet = 211,
    unterminated_block = 212,
    duplicate_clause = 213,
    duplicate_ladder_declaration = 214,
    cannot_read_file = 215,
    // rules
    unknown_name = 300,
    type_mismatch = 301,
    rule_too_deep = 302,
    rule_too_long = 303,
    nested_quantifier = 304,
    division_by_zero = 305,
    evaluation_budget_exceeded = 306,
    rule_cycle = 307,
    no_expectation = 308,
    wrong_arity = 309,
    criterion_cycle = 310,
    // people from CSV
    csv_syntax = 400,
    ragged_row = 401,
    unknown_column = 402,
    missing_column = 403,
    duplicate_row = 404,
    conflicting_value = 405,
    bad_value = 406,
};

/// The kind of thing a diagnostic is about; it names the thing in messages.
enum class entity : std::uint8_t {
    ladder, scale, scale_point, category, competency, track, level, expectation,
    equivalence, archetype, transition, attribute, text, person, rule,
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
    std::string_view source;      ///< name of the text it was found in (a file name); empty if none
    std::string_view line_text;   ///< that text's line at `where`, to show the place

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
        case diagnostic_code::person_without_level: return "person-without-level";
        case diagnostic_code::wrong_attribute_type: return "wrong-attribute-type";
        case diagnostic_code::syntax_error: return "syntax-error";
        case diagnostic_code::unterminated_string: return "unterminated-string";
        case diagnostic_code::invalid_character: return "invalid-character";
        case diagnostic_code::invalid_utf8: return "invalid-utf8";
        case diagnostic_code::nul_byte: return "nul-byte";
        case diagnostic_code::number_too_large: return "number-too-large";
        case diagnostic_code::input_too_large: return "input-too-large";
        case diagnostic_code::line_too_long: return "line-too-long";
        case diagnostic_code::too_many_items: return "too-many-items";
        case diagnostic_code::missing_ladder_declaration: return "missing-ladder-declaration";
        case diagnostic_code::unknown_statement: return "unknown-statement";
        case diagnostic_code::not_supported_yet: return "not-supported-yet";
        case diagnostic_code::unterminated_block: return "unterminated-block";
        case diagnostic_code::duplicate_clause: return "duplicate-clause";
        case diagnostic_code::duplicate_ladder_declaration: return "duplicate-ladder-declaration";
        case diagnostic_code::cannot_read_file: return "cannot-read-file";
        case diagnostic_code::unknown_name: return "unknown-name";
        case diagnostic_code::type_mismatch: return "type-mismatch";
        case diagnostic_code::rule_too_deep: return "rule-too-deep";
        case diagnostic_code::rule_too_long: return "rule-too-long";
        case diagnostic_code::nested_quantifier: return "nested-quantifier";
        case diagnostic_code::division_by_zero: return "division-by-zero";
        case diagnostic_code::evaluation_budget_exceeded: return "evaluation-budget-exceeded";
        case diagnostic_code::rule_cycle: return "rule-cycle";
        case diagnostic_code::no_expectation: return "no-expectation";
        case diagnostic_code::wrong_arity: return "wrong-arity";
        case diagnostic_code::criterion_cycle: return "criterion-cycle";
        case diagnostic_code::csv_syntax: return "csv-syntax";
        case diagnostic_code::ragged_row: return "ragged-row";
        case diagnostic_code::unknown_column: return "unknown-column";
        case diagnostic_code::missing_column: return "missing-column";
        case diagnostic_code::duplicate_row: return "duplicate-row";
        case diagnostic_code::conflicting_value: return "conflicting-value";
        case diagnostic_code::bad_value: return "bad-value";
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
        case entity::attribute: return "attribute";
        case entity::text: return "text";
        case entity::person: return "person";
        case entity::rule: return "rule";
    }
    return "item";
}

namespace detail {
/// A diagnostic from its parts (designated initializers would make g++ 12 warn, under -Wextra,
/// about every member left to its default).
[[nodiscard]] constexpr diagnostic make_diagnostic(diagnostic_code code, severity sev, entity about,
                                                   std::string_view subject, std::string_view other = {},
                                                   source_position where = {}, std::int64_t actual = 0,
                                                   std::int64_t expected = 0, std::string_view suggestion = {}) {
    diagnostic d{};
    d.code = code;
    d.severity = sev;
    d.about = about;
    d.subject = subject;
    d.other = other;
    d.suggestion = suggestion;
    d.actual = actual;
    d.expected = expected;
    d.where = where;
    return d;
}

/// Calls f on every string a diagnostic views. (A namespace-scope template, not a member one:
/// clang 14 does not instantiate a member template of a non-template class in time for
/// constant evaluation.)
template <class F>
constexpr void for_each_string(diagnostic& d, F&& f) {
    f(d.subject), f(d.other), f(d.suggestion), f(d.source), f(d.line_text);
}

/// Line `number` (1-based) of a text, without its line break; empty past the end.
[[nodiscard]] constexpr std::string_view line_of_text(std::string_view text, std::uint32_t number) noexcept {
    std::size_t begin = utf8_bom_length(text);
    for (std::uint32_t line = 1; line < number; ++line) {
        const std::size_t newline = text.find('\n', begin);
        if (newline == std::string_view::npos) return {};
        begin = newline + 1;
    }
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin && text[end - 1] == '\r') --end;
    return text.substr(begin, end - begin);
}
}  // namespace detail

/// The findings of one check, in the order found. Usable in constant expressions, so
/// `static_assert(validate(l).ok())` works.
class diagnostic_list {
public:
    constexpr diagnostic_list() = default;
    constexpr diagnostic_list(const diagnostic_list& other)
        : items_(other.items_), text_(other.text_), owned_(other.owned_) {
        rebase(other.text_.data());
    }
    constexpr diagnostic_list(diagnostic_list&&) noexcept = default;  // the text buffer moves with its views
    constexpr diagnostic_list& operator=(const diagnostic_list& other) {
        if (this != &other) *this = diagnostic_list(other);
        return *this;
    }
    constexpr diagnostic_list& operator=(diagnostic_list&&) noexcept = default;
    constexpr ~diagnostic_list() = default;

    constexpr void add(const diagnostic& d) { items_.push_back(d); }
    constexpr void append(const diagnostic_list& other) {
        for (const auto& d : other.items_) items_.push_back(d);
        if (!other.text_.empty()) own_strings();  // the other list's text may not live long
    }

    /// Names the text the findings with a position were found in, and gives each its line,
    /// so that they print with a caret. Findings that already name a source keep it.
    constexpr void locate_in(std::string_view source_name, std::string_view text) {
        for (auto& d : items_) {
            if (d.where.line == 0 || !d.source.empty()) continue;
            d.source = source_name;
            d.line_text = detail::line_of_text(text, d.where.line);
        }
    }

    /// Copies every string the findings view (ids, names, source lines) into this list, so that
    /// it stays meaningful after the ladder or text it was found in is gone.
    constexpr void own_strings() {
        std::size_t total = 0;
        for (auto& d : items_) detail::for_each_string(d, [&](std::string_view& s) { total += s.size(); });
        constexpr_vector<char> text(total);
        std::size_t at = 0;
        for (auto& d : items_) {
            detail::for_each_string(d, [&](std::string_view& s) {
                for (std::size_t i = 0; i != s.size(); ++i) text[at + i] = s[i];
                s = std::string_view(text.data() + at, s.size());
                at += s.size();
            });
        }
        text_ = std::move(text);  // a move keeps the buffer, and so the views
        owned_ = items_.size();
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

    /// Every finding as `source:line:col: severity[code]: message`, then, for a finding in a
    /// text, its line and a caret under the column. `default_source` names findings that carry
    /// no source name of their own.
    [[nodiscard]] std::string to_string(std::string_view default_source = "<ladder>") const;

private:
    constexpr void rebase(const char* old_base) {
        for (std::size_t i = 0; i != owned_; ++i) {
            detail::for_each_string(items_[i], [&](std::string_view& s) {
                s = std::string_view(text_.data() + (s.data() - old_base), s.size());
            });
        }
    }

    constexpr_vector<diagnostic> items_;
    constexpr_vector<char> text_;  ///< strings of the first `owned_` items, after own_strings()
    std::size_t owned_ = 0;
};

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
        case diagnostic_code::person_without_level: return "{thing} has no level";
        case diagnostic_code::wrong_attribute_type: return "attribute {subject} takes {raw_other}";
        case diagnostic_code::syntax_error:
            return d.actual == 1 ? "expected {raw_other}, found the end of the text" : "expected {raw_other}, found {subject}";
        case diagnostic_code::unterminated_string: return "this string is not closed before the end of its line";
        case diagnostic_code::invalid_character:
            return d.actual >= 0x80 ? "non-ASCII character outside a string (byte {actual})" : "unexpected character {subject}";
        case diagnostic_code::invalid_utf8: return "invalid UTF-8 (byte {actual})";
        case diagnostic_code::nul_byte: return "NUL byte in the text";
        case diagnostic_code::number_too_large:
            return d.actual == 1 ? "number {subject} is too small: at least {expected}"
                                 : "number {subject} is too large: at most {expected}";
        case diagnostic_code::input_too_large: return "the text is {actual} bytes long, more than the limit of {expected}";
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
        case diagnostic_code::unknown_name:
            return "{subject} is not a competency, scale point, attribute or rule of this ladder";
        case diagnostic_code::type_mismatch: return "expected {raw_other} here, found {raw_subject}";
        case diagnostic_code::rule_too_deep: return "the rule nests deeper than {expected} levels";
        case diagnostic_code::rule_too_long: return "the rule has more than {expected} parts";
        case diagnostic_code::nested_quantifier: return "a count, all, any or sum cannot stand inside another";
        case diagnostic_code::division_by_zero: return "division by zero in {subject}";
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

inline std::string diagnostic_list::to_string(std::string_view default_source) const {
    std::string out;
    for (const auto& d : items_) {
        out += d.source.empty() ? default_source : d.source;
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
        if (d.where.line != 0 && !d.line_text.empty()) {
            const std::string number = std::to_string(d.where.line);
            out += ' ' + number + " | ";
            out += d.line_text;
            out += '\n';
            out += std::string(number.size() + 1, ' ') + " | ";
            // Columns count characters, not bytes; tabs stay tabs, so the caret lines up
            // however the terminal shows them.
            std::uint32_t column = 1;
            for (std::size_t i = 0; i < d.line_text.size() && column < d.where.column; ++i) {
                const auto byte = static_cast<unsigned char>(d.line_text[i]);
                if ((byte & 0xC0u) == 0x80u) continue;  // a UTF-8 continuation byte
                out += d.line_text[i] == '\t' ? '\t' : ' ';
                ++column;
            }
            out += "^\n";
        }
    }
    return out;
}

LADDER_END_NAMESPACE
