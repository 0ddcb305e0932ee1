// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What a finding is: its severity, its stable code (numbered by the layer that finds it: 1xx a
// ladder's validation and people, 2xx reading text, 3xx rules, 4xx people from CSV), the kind of
// thing it is about, and their names.

#include <ladder/core/config.hpp>

#include <cstdint>
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
    text_without_expectation = 123,
    duplicate_text = 124,
    partial_text = 125,
    inconsistent_group = 126,
    misplaced_title = 127,
    // people
    person_without_level = 130,
    wrong_attribute_type = 131,
    // versions of a ladder
    unmapped_level = 140,
    bad_map = 141,
    version_order = 142,
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
    too_many_errors = 216,
    format_changed_meaning = 217,
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
    arithmetic_overflow = 311,
    // people from CSV
    csv_syntax = 400,
    ragged_row = 401,
    unknown_column = 402,
    missing_column = 403,
    duplicate_row = 404,
    conflicting_value = 405,
    bad_value = 406,
    // competency x level matrices from CSV
    matrix_shape = 407,
    // people of a ladder's history
    not_in_version = 408,
};

/// The kind of thing a diagnostic is about; it names the thing in messages.
enum class entity : std::uint8_t {
    ladder, scale, scale_point, category, competency, track, level, expectation,
    equivalence, archetype, transition, attribute, text, person, rule, group,
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
        case diagnostic_code::text_without_expectation: return "text-without-expectation";
        case diagnostic_code::duplicate_text: return "duplicate-text";
        case diagnostic_code::partial_text: return "partial-text";
        case diagnostic_code::inconsistent_group: return "inconsistent-group";
        case diagnostic_code::misplaced_title: return "misplaced-title";
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
        case diagnostic_code::too_many_errors: return "too-many-errors";
        case diagnostic_code::format_changed_meaning: return "format-changed-meaning";
        case diagnostic_code::unknown_name: return "unknown-name";
        case diagnostic_code::type_mismatch: return "type-mismatch";
        case diagnostic_code::rule_too_deep: return "rule-too-deep";
        case diagnostic_code::rule_too_long: return "rule-too-long";
        case diagnostic_code::nested_quantifier: return "nested-quantifier";
        case diagnostic_code::division_by_zero: return "division-by-zero";
        case diagnostic_code::arithmetic_overflow: return "arithmetic-overflow";
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
        case diagnostic_code::matrix_shape: return "matrix-shape";
        case diagnostic_code::unmapped_level: return "unmapped-level";
        case diagnostic_code::bad_map: return "bad-map";
        case diagnostic_code::version_order: return "version-order";
        case diagnostic_code::not_in_version: return "not-in-version";
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
        case entity::group: return "group";
    }
    return "item";
}

LADDER_END_NAMESPACE
