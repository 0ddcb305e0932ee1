// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

/// The umbrella header: everything but the optional integrations.

#include <ladder/version.hpp>
#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/fixed_string.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/suggest.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/person.hpp>
#include <ladder/validate/validate.hpp>
#include <ladder/model/static_ladder.hpp>
#include <ladder/model/runtime_ladder.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/lexer.hpp>
#include <ladder/text/parser.hpp>
#include <ladder/text/parse.hpp>
#include <ladder/text/load.hpp>
#include <ladder/text/printer.hpp>
#include <ladder/text/format.hpp>
#include <ladder/rules/ast.hpp>
#include <ladder/rules/compile.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/lowered.hpp>
#include <ladder/rules/dsl.hpp>
#include <ladder/rules/transition.hpp>
#include <ladder/rules/run_tests.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/calibrate/calibration.hpp>
#include <ladder/presets/engineering.hpp>
