// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A run of a ladder's test blocks, in words.

#include <ladder/core/config.hpp>
#include <ladder/decide/run_tests.hpp>
#include <ladder/model/view.hpp>
#include <ladder/report/explanation.hpp>

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A test run as `ladder test` prints it: each failure with its place, its problems and the
/// explanation of the decision, then `N passed, N failed`. With `every_check`, each check that
/// passed is listed too, as `FILE:LINE:COL: test "name": expect promote L6 pass: passed`.
[[nodiscard]] inline std::string to_text(const ladder_view& l, const test_report& report, std::string_view source = "<ladder>",
                                         bool every_check = false) {
    std::string out;
    for (const auto& o : report.outcomes) {
        if (o.passed() && !every_check) continue;
        const ladder_test& t = l.tests()[o.test];
        const test_check& c = l.test_checks()[o.check];
        out += std::string(source) + ":" + std::to_string(c.where.line) + ":" + std::to_string(c.where.column) +
               ": test \"" + printable(t.name) + "\": ";
        if (o.passed()) {
            out += "expect ";
            out += c.is_rule ? std::string_view("rule") : name_of(c.move);
            out += " " + std::string(c.target) + " " + std::string(name_of(o.expected)) + ": passed\n";
            continue;
        }
        out += "expected " + std::string(name_of(o.expected));
        out += o.actual ? ", got " + std::string(name_of(*o.actual)) + "\n" : ", could not run\n";
        out += o.problems.to_string(source);
        if (o.decision && o.who) out += to_text(*o.decision, *o.who);
    }
    out += std::to_string(report.passed()) + " passed, " + std::to_string(report.failed()) + " failed\n";
    return out;
}

LADDER_END_NAMESPACE
