#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>

// Rules written as C++ expressions over typed handles (ladder::dsl). Agreement with the text
// on 10,000 generated rules is in rules_differential.cpp; here, what a user writes.

namespace {

using namespace ladder::dsl;

static constexpr auto acme = ladder::presets::engineering();
constexpr auto L6 = acme.level("L6");
constexpr auto architect = acme.archetype("architect");
constexpr auto mentorship = acme.competency("mentorship");
constexpr auto design = acme.competency("design");
constexpr auto people = acme.category("people");

constexpr condition staff_ready() {
    return in_cycles(meets(L6), 2, 3) && count(people, [](const number& c) { return c >= 4; }) >= 1 &&
           time_in_level() >= years(1);
}

constexpr ladder::person senior() {
    return ladder::person_builder(acme, "ana")
        .level("L5")
        .months_in_level(14)
        .cycle("2025H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 4}, {"mentorship", 4}, {"communication", 4}})
        .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 4}, {"mentorship", 4}, {"communication", 4}})
        .build()
        .value();
}

constexpr std::string_view as_view(const ladder::constexpr_vector<char>& text) { return {text.data(), text.size()}; }

constexpr bool prints_as(const condition& c, std::string_view text) { return as_view(to_text(acme, c)) == text; }

}  // namespace

TEST_CASE("a rule written in C++ is checked and evaluated at compile time", "[rules][dsl]") {
    STATIC_REQUIRE(ladder::evaluate(make_rule(acme, staff_ready()).value(), senior()).value().passed());
    STATIC_REQUIRE(ladder::check(make_rule(acme, staff_ready() && rating(design) >= expected(L6, architect, design)).value(),
                                 senior())
                       .value() == ladder::verdict::fail);
    STATIC_REQUIRE(prints_as(staff_ready(),
                             "meets(L6) in at least 2 of last 3 cycles and count(each in people where each >= 4) >= 1 and "
                             "time_in_level >= 12 months"));
}

TEST_CASE("a rule written in C++ prints as the text it means, parenthesised only where needed", "[rules][dsl]") {
    CHECK(prints_as((rating(design) + 1) * 2 >= rating(mentorship) - (rating(design) - 1),
                    "(design + 1) * 2 >= mentorship - (design - 1)"));
    CHECK(prints_as(!(meets(L6) || meets(L6, architect)) && gap(L6) <= 2,
                    "not (meets(L6) or meets(L6 as architect)) and gap(L6) <= 2"));
    CHECK(prints_as(sustained(meets(L6) && rating(design) > 3, 2), "(meets(L6) and design > 3) in last 2 cycles"));
    CHECK(prints_as(trend(sum(people), 3) >= -1 && rating(design) - -2 > 0,
                    "trend(sum(each in people) over last 3 cycles) >= -1 and design - (-2) > 0"));
    CHECK(prints_as((rating(design) > 3) == (rating(mentorship) > 3), "(design > 3) == (mentorship > 3)"));
}

TEST_CASE("a rule written in C++ explains itself like its text", "[rules][dsl]") {
    const auto r = make_rule(acme, staff_ready()).value();
    const auto p = senior();
    const auto e = ladder::evaluate(r, p).value();
    const std::string text = ladder::to_text(e, r, p);
    CHECK(text.rfind("verdict: pass\n"
                     "  pass     meets(L6) in at least 2 of last 3 cycles  (met in 2 of the last 3 cycles; needs 2)\n"
                     "  pass     count(each in people where each >= 4) >= 1  (2 against 1)\n"
                     "  pass     time_in_level >= 12 months  (14 against 12)\n"
                     "missing:\n"
                     "  a review cycle 2 before the latest (the record has 2)\n",
                     0) == 0);
}

TEST_CASE("what C++ types cannot catch make_rule reports", "[rules][dsl]") {
    // An attribute the ladder does not declare, named by its id.
    const auto unknown = make_rule(acme, flag("open_positon"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.diagnostics().to_string().find("error[unknown-name]: 'open_positon'") != std::string::npos);
    // A handle of another ladder that is no row of this one.
    static constexpr auto tiny = ladder::parse<R"(ladder "Tiny"
scale p "P" { 1 one "One" }
category c "C"
competency x "X" in c
track t "T"
level T1 "One" on t { expect x 1 }
)">();
    const auto foreign = make_rule(tiny, meets(L6));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.diagnostics()[0].code == ladder::diagnostic_code::unknown_id);
    // A quantifier inside a quantifier, as the text would say.
    const auto nested = make_rule(acme, any(people, [](const number&) { return count([](const number& c) { return c > 1; }) > 2; }));
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.diagnostics()[0].code == ladder::diagnostic_code::nested_quantifier);
}
