#include "catch.hpp"

#include <ladder/catch2.hpp>

#include <string>

// The matchers of <ladder/catch2.hpp>: they match what readiness() and evaluate() decide, and
// their description, which Catch prints when an assertion fails, is the explanation.

namespace {
static constexpr auto acme = ladder::presets::engineering();

ladder::person senior(int people) {  // mentorship and communication
    return ladder::person_builder(acme, "sam", "Sam")
        .level("L5")
        .months_in_level(20)
        .cycle("1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4}, {"strategy", 3},
                     {"mentorship", people}, {"communication", people}})
        .cycle("2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4}, {"strategy", 3},
                     {"mentorship", people}, {"communication", people}})
        .build()
        .value();
}
}  // namespace

TEST_CASE("is_ready_for matches readiness and describes itself with the report", "[catch2]") {
    const auto ready = senior(4);
    const auto matcher = ladder::is_ready_for(acme, "L6");
    CHECK(matcher.match(ready));
    REQUIRE_THAT(ready, ladder::is_ready_for(acme, "L6"));

    const auto not_yet = senior(3);
    const auto no = ladder::is_ready_for(acme, "L6");
    CHECK_FALSE(no.match(not_yet));
    const std::string message = no.describe();
    CHECK(message.rfind("is ready for L6\nSam (sam): L5 Senior Software Engineer -> L6 Staff Engineer, promote\n", 0) == 0);
    CHECK(message.find("fail     people_leader  (0 against 1)") != std::string::npos);
    REQUIRE_THAT(not_yet, !ladder::is_ready_for(acme, "L6"));
    // An unknown level is a failure that says why.
    const auto typo = ladder::is_ready_for(acme, "L66");
    CHECK_FALSE(typo.match(ready));
    CHECK(typo.describe().find("did you mean 'L6'?") != std::string::npos);
    CHECK(Catch::StringMaker<ladder::person>::convert(ready) == "person 'sam' (Sam)");
}

TEST_CASE("satisfies matches a rule and describes itself with the explanation", "[catch2]") {
    const auto rule = ladder::compile_rule(acme, "mentorship >= expert in last 2 cycles").value();
    CHECK(ladder::satisfies(rule).match(senior(4)));
    const auto m = ladder::satisfies(rule);
    CHECK_FALSE(m.match(senior(3)));
    CHECK(m.describe() == "satisfies mentorship >= expert in last 2 cycles\n"
                          "verdict: fail\n"
                          "  fail     mentorship >= expert in last 2 cycles  (met in 0 of the last 2 cycles; needs 2)\n");
}
