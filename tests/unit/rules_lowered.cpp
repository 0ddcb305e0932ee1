#include <ladder/ladder.hpp>

#include "catch.hpp"
#include "differential_ladder.hpp"

#include <random>
#include <string>

// A compile-time rule's check() runs code generated from its nodes (lowered.hpp); here a fixed
// set of rules, every kind of node among them, is judged that way and by the interpreter, for
// generated people, and must agree: the same verdict, or the same diagnostic.

namespace {

using differential::small;

template <class Rule>
void agrees_with_the_interpreter(const Rule& rule, std::mt19937& rng) {
    const ladder::rule_view view = rule;
    const auto at_runtime = ladder::compile_rule(small, view.text()).value();
    for (int i = 0; i != 2000; ++i) {
        const ladder::person p = differential::random_person(rng);
        const auto lowered = ladder::check(rule, p);
        const auto interpreted = ladder::check(at_runtime, p);
        const auto explained = ladder::evaluate(view, p);
        INFO(view.text() << " / person " << i);
        REQUIRE(lowered.ok() == interpreted.ok());
        REQUIRE(lowered.ok() == explained.ok());
        if (!lowered.ok()) {
            CHECK(lowered.diagnostics().to_string() == interpreted.diagnostics().to_string());
            continue;
        }
        REQUIRE(*lowered == *interpreted);
        REQUIRE(*lowered == explained->result());
    }
}

constexpr auto history = ladder::compile_rule<small,
    "meets(L2) in at least 2 of last 3 cycles and count(c in people where c >= three) >= 1 and open_position">();
constexpr auto archetypes = ladder::compile_rule<small, "meets(L3 as deep) or gap(L2 as deep) <= 1 or gap(L3) == 0">();
constexpr auto sums = ladder::compile_rule<small,
    "sum(c in craft) - sum(c in people) >= 2 or not any(c in competencies where c < 2)">();
constexpr auto expected_and_trend = ladder::compile_rule<small,
    "all(c in craft where c >= expected(L2, code)) and trend(code over last 3 cycles) >= 0">();
constexpr auto division = ladder::compile_rule<small, "(code + design) / (coach - speak) >= 1 or speak == 4">();
constexpr auto overflow = ladder::compile_rule<small, "code * 999999999999 * 999999999999 > 0 or speak == 4">();
constexpr auto comparisons = ladder::compile_rule<small,
    "(code * 2 > design * 3) == (speak != coach) and -code <= -1 and design < 4">();
constexpr auto durations = ladder::compile_rule<small,
    "time_in_level >= 12 months and tenure < 5 years or time_in_level * 2 > tenure - 1 year">();
constexpr auto nested_history = ladder::compile_rule<small,
    "count(c in competencies where trend(c over last 2 cycles) > 0) >= 1 in at least 1 of last 2 cycles">();
constexpr auto named = ladder::compile_rule<small, "sustained(L2, 2) and strong(code + 1) or strong(coach)">();
constexpr auto gaps_over_time = ladder::compile_rule<small, "gap(L3) < 3 in last 2 cycles and not (gap(L1) > 0)">();

// One generated-enough person, built in a constant expression.
constexpr ladder::person steady() {
    return ladder::person_builder(small, "sol")
        .level("L2")
        .months_in_level(18)
        .cycle("1", {{"code", 2}, {"design", 2}, {"coach", 3}, {"speak", 2}})
        .cycle("2", {{"code", 3}, {"design", 2}, {"coach", 4}, {"speak", 2}})
        .cycle("3", {{"code", 3}, {"design", 3}, {"coach", 4}, {"speak", 3}})
        .attribute("open_position", true)
        .build()
        .value();
}

}  // namespace

TEST_CASE("a lowered compile-time rule gives its verdict in constant expressions", "[rules][lowered]") {
    STATIC_REQUIRE(ladder::check(history, steady()).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(named, steady()).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(expected_and_trend, steady()).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(gaps_over_time, steady()).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(comparisons, steady()).value() == ladder::verdict::fail);
    // The same answers as the interpreter's, also at compile time.
    STATIC_REQUIRE(ladder::check(history, steady()).value() == ladder::check(history.view(), steady()).value());
    STATIC_REQUIRE(ladder::check(gaps_over_time, steady()).value() ==
                   ladder::check(gaps_over_time.view(), steady()).value());
}

TEST_CASE("a lowered compile-time rule agrees with the interpreter on generated people", "[rules][lowered]") {
    std::mt19937 rng(99);
    agrees_with_the_interpreter(history, rng);
    agrees_with_the_interpreter(archetypes, rng);
    agrees_with_the_interpreter(sums, rng);
    agrees_with_the_interpreter(expected_and_trend, rng);
    agrees_with_the_interpreter(division, rng);
    agrees_with_the_interpreter(comparisons, rng);
    agrees_with_the_interpreter(durations, rng);
    agrees_with_the_interpreter(nested_history, rng);
    agrees_with_the_interpreter(named, rng);
    agrees_with_the_interpreter(gaps_over_time, rng);
}

TEST_CASE("an overflow that decides is a diagnostic in the generated code as in the interpreter", "[rules][lowered][hostile]") {
    const auto p = ladder::person_builder(small, "ovi").level("L1").cycle("1", {{"code", 2}, {"speak", 1}}).build().value();
    const auto lowered = ladder::check(overflow, p);
    REQUIRE_FALSE(lowered.ok());
    CHECK(lowered.diagnostics()[0].code == ladder::diagnostic_code::arithmetic_overflow);
    CHECK(lowered.diagnostics()[0].message() == "the result of 'code * 999999999999 * 999999999999' does not fit in 64 bits");
    const ladder::rule_view view = overflow;
    CHECK(ladder::evaluate(view, p).diagnostics().to_string() == lowered.diagnostics().to_string());
    // speak 4 decides the `or`: the overflow does not matter.
    const auto decided = ladder::person_builder(small, "ovo").level("L1").cycle("1", {{"code", 2}, {"speak", 4}}).build().value();
    CHECK(ladder::check(overflow, decided).value() == ladder::verdict::pass);
}

TEST_CASE("division by zero that decides is a diagnostic naming that division", "[rules][lowered]") {
    const auto p = ladder::person_builder(small, "dee")
                       .level("L1")
                       .cycle("1", {{"code", 1}, {"design", 1}, {"coach", 2}, {"speak", 2}})
                       .build()
                       .value();
    const auto lowered = ladder::check(division, p);
    REQUIRE_FALSE(lowered.ok());
    CHECK(lowered.diagnostics()[0].message() == "division by zero in '(code + design) / (coach - speak)'");
    // An earlier division that does not matter is not the one named.
    const auto r = ladder::compile_rule(small, "(1 / (code - 1) == 1 or true) and 2 / (coach - speak) == 1").value();
    const auto found = ladder::check(r, p);
    REQUIRE_FALSE(found.ok());
    CHECK(found.diagnostics()[0].message() == "division by zero in '2 / (coach - speak)'");
    CHECK(ladder::evaluate(r, p).diagnostics()[0].message() == found.diagnostics()[0].message());
}
