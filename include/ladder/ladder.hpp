// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

/// The umbrella header: every layer, in the order data flows (docs/architecture.md), but not
/// the optional integrations: <ladder/io/people_csv.hpp>, <ladder/io/matrix_csv.hpp>,
/// <ladder/render/all.hpp>, <ladder/catch2.hpp>.

#include <ladder/version.hpp>
// core: the vocabulary
#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/fixed_string.hpp>
#include <ladder/core/diagnostic_code.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/diagnostic_text.hpp>
#include <ladder/core/owned_strings.hpp>
#include <ladder/core/utf8.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/suggest.hpp>
// model: the nouns
#include <ladder/model/records.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/specs.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/people_table.hpp>
#include <ladder/model/static_ladder.hpp>
#include <ladder/model/runtime_ladder.hpp>
// text: .ladder files into a builder, and back
#include <ladder/text/limits.hpp>
#include <ladder/text/lexer.hpp>
#include <ladder/text/token_cursor.hpp>
#include <ladder/text/parser.hpp>
#include <ladder/text/printer.hpp>
#include <ladder/text/format.hpp>
// rules: the rules language
#include <ladder/rules/rule.hpp>
#include <ladder/rules/rule_tokens.hpp>
#include <ladder/rules/compile.hpp>
#include <ladder/rules/static_rule.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/lowered.hpp>
#include <ladder/rules/dsl.hpp>
// validate: well-formedness
#include <ladder/validate/validate.hpp>
// build: builder -> compiled conditions -> validated ladder
#include <ladder/build/conditions.hpp>
#include <ladder/build/build.hpp>
#include <ladder/build/parse.hpp>
#include <ladder/build/load.hpp>
#include <ladder/presets/engineering.hpp>
#include <ladder/presets/engineering_text.hpp>
// decide: readiness, moves, test blocks, many people
#include <ladder/decide/transition.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/decide/lowered_moves.hpp>
#include <ladder/decide/run_tests.hpp>
// calibrate: levels across companies
#include <ladder/calibrate/calibration.hpp>

#include <ladder/revise/changes.hpp>
#include <ladder/revise/carry.hpp>
// report: decisions in words, JSON and CSV
#include <ladder/report/escape.hpp>
#include <ladder/report/explanation.hpp>
#include <ladder/report/readiness.hpp>
#include <ladder/report/assessment.hpp>
#include <ladder/report/test_run.hpp>
#include <ladder/report/mapping.hpp>
#include <ladder/report/changes.hpp>
#include <ladder/report/impact.hpp>
