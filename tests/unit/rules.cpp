#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <algorithm>
#include <span>
#include <limits>
#include <string>
#include <vector>

// Promotion criteria: compiled against a ladder, evaluated for a person, explained.

namespace {

constexpr auto acme = ladder::parse<R"(
ladder "Acme"
scale proficiency "Proficiency" {
  1 developing "Developing"
  2 proficient "Proficient"
  3 advanced "Advanced"
  4 expert "Expert"
  5 leading "Leading"
}
category craft "Craft"
category people "People"
competency delivery "Delivery" in craft
competency design "Design" in craft
competency mentorship "Mentorship" in people
competency communication "Communication" in people
track ic "IC"
attribute open_position : bool
attribute headcount : number
attribute waited : duration
attribute team : text
level L5 "Senior" on ic career { expect delivery 4, design 3, mentorship 3, communication 3 }
level L6 "Staff" on ic { expect delivery 4, design 4, mentorship 3, communication 4 }
archetype architect "Architect" from L6 { expect design 5 }
promote L5 -> L6
)">();

constexpr const char* staff_rule = "meets(L6) in at least 2 of last 3 cycles and open_position";

// A strong senior with sustained staff-level work.
constexpr ladder::person sustained() {
    return ladder::person_builder(acme, "ada")
        .level("L5")
        .months_in_level(20)
        .cycle("2025H2", {{"delivery", 4}, {"design", 4}, {"mentorship", 4}, {"communication", 4}})
        .cycle("2026H1", {{"delivery", 4}, {"design", 4}, {"mentorship", 3}, {"communication", 4}})
        .cycle("2026H2", {{"delivery", 5}, {"design", 4}, {"mentorship", 4}, {"communication", 4}})
        .attribute("open_position", true)
        .build()
        .value();
}

// One great half-year after two senior-level ones.
constexpr ladder::person one_great_half() {
    return ladder::person_builder(acme, "bo")
        .level("L5")
        .months_in_level(30)
        .cycle("2025H2", {{"delivery", 4}, {"design", 3}, {"mentorship", 3}, {"communication", 3}})
        .cycle("2026H1", {{"delivery", 4}, {"design", 3}, {"mentorship", 3}, {"communication", 3}})
        .cycle("2026H2", {{"delivery", 5}, {"design", 5}, {"mentorship", 5}, {"communication", 5}})
        .attribute("open_position", true)
        .build()
        .value();
}

constexpr ladder::verdict verdict_for(std::string_view text, const ladder::person& p) {
    const auto r = ladder::compile_rule(acme, text);
    if (!r) return ladder::verdict::unknown;
    const auto e = ladder::evaluate(*r, p);
    return e ? e->result() : ladder::verdict::unknown;
}

ladder::diagnostic_list problems_of(std::string_view text, const ladder::rule_limits& limits = {}) {
    return ladder::compile_rule(acme, text, "<rule>", limits).diagnostics();
}

}  // namespace

TEST_CASE("rules are checked and evaluated at compile time", "[rules]") {
    STATIC_REQUIRE(verdict_for(staff_rule, sustained()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for(staff_rule, one_great_half()) == ladder::verdict::fail);
    STATIC_REQUIRE(verdict_for("delivery >= expert and time_in_level >= 1 year + 6 months", sustained()) ==
                   ladder::verdict::pass);
}

// The compile-time entry point: the rule checked while compiling, evaluated in constant expressions.
constexpr auto staff_promotion = ladder::compile_rule<acme, "meets(L6) in at least 2 of last 3 cycles and open_position">();

TEST_CASE("a compile-time rule is checked while compiling and runs at compile time or runtime", "[rules]") {
    STATIC_REQUIRE(ladder::evaluate(staff_promotion, sustained()).value().passed());
    STATIC_REQUIRE(ladder::evaluate(staff_promotion, one_great_half()).value().failed());
    STATIC_REQUIRE(staff_promotion.view().text() == "meets(L6) in at least 2 of last 3 cycles and open_position");
    const auto p = one_great_half();
    const auto at_runtime = ladder::compile_rule(acme, staff_promotion.view().text()).value();
    CHECK(ladder::to_text(*ladder::evaluate(staff_promotion, p), staff_promotion, p) ==
          ladder::to_text(*ladder::evaluate(at_runtime, p), at_runtime, p));
}

// A compile-time rule is first compiled with room for ladder::detail::first_draft_nodes nodes
// (static_rule.hpp); this one needs more, so it is compiled again with the room it asks for.
constexpr auto long_rule = ladder::compile_rule<
    acme,
    "(delivery >= 1 or design >= 1) and (delivery >= 2 or design >= 2) and "
    "(delivery >= 3 or design >= 3) and (delivery >= 4 or design >= 0) and "
    "(delivery >= 0 or design >= 1) and (delivery >= 1 or design >= 2) and "
    "(delivery >= 2 or design >= 3) and (delivery >= 3 or design >= 0) and "
    "(delivery >= 4 or design >= 1) and (delivery >= 0 or design >= 2)">();

TEST_CASE("a compile-time rule is compiled to the nodes and text a runtime compilation makes", "[rules]") {
    STATIC_REQUIRE(staff_promotion.view().nodes().size() <= ladder::detail::first_draft_nodes);
    STATIC_REQUIRE(long_rule.view().nodes().size() > ladder::detail::first_draft_nodes);
    for (const ladder::rule_view& compiled : {staff_promotion.view(), long_rule.view()}) {
        const auto at_runtime = ladder::compile_rule(acme, compiled.text()).value();
        const auto runtime_nodes = at_runtime.view().nodes();
        REQUIRE(runtime_nodes.size() == compiled.nodes().size());
        CHECK(std::equal(runtime_nodes.begin(), runtime_nodes.end(), compiled.nodes().begin()));
        CHECK(at_runtime.view().full_text() == compiled.full_text());
        CHECK(at_runtime.view().root() == compiled.root());
    }
    STATIC_REQUIRE(ladder::evaluate(long_rule, sustained()).value().passed());
}

TEST_CASE("promotion needs sustained work at the next level and not a one-off", "[rules]") {
    const auto r = ladder::compile_rule(acme, staff_rule).value();
    const auto great_half = one_great_half();
    const auto e = ladder::evaluate(r, great_half).value();
    CHECK(e.failed());
    REQUIRE(e.clauses().size() == 2);
    CHECK(e.clauses()[0].result == ladder::verdict::fail);
    CHECK(e.clauses()[0].cycles_met == 1);
    CHECK(e.clauses()[1].result == ladder::verdict::pass);
    CHECK(ladder::to_text(e, r, great_half) ==
          "verdict: fail\n"
          "  fail     meets(L6) in at least 2 of last 3 cycles  (met in 1 of the last 3 cycles; needs 2)\n"
          "  pass     open_position\n");
}

TEST_CASE("comparisons show both sides and meets() shows the gaps", "[rules]") {
    const auto r = ladder::compile_rule(acme, "meets(L6 as architect) and delivery + design >= 9").value();
    const auto p = sustained();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.failed());
    REQUIRE(e.gaps().size() == 1);
    CHECK(e.gaps()[0].competency == acme.competency("design").index());
    CHECK(e.gaps()[0].required == 5);
    CHECK(e.gaps()[0].actual == 4);
    REQUIRE(e.clauses().size() == 2);
    CHECK(e.clauses()[1].left == 9);
    CHECK(e.clauses()[1].right == 9);
    CHECK(ladder::to_text(e, r, p) ==
          "verdict: fail\n"
          "  fail     meets(L6 as architect)\n"
          "  pass     delivery + design >= 9  (9 against 9)\n"
          "gaps in the latest cycle:\n"
          "  design: expects 5, rated 4 (short by 1)\n");
}

TEST_CASE("missing data makes a verdict unknown with what is missing", "[rules]") {
    const auto p = ladder::person_builder(acme, "cy")
                       .level("L5")
                       .cycle("2026H2", {{"delivery", 4}, {"design", 4}, {"communication", 4}})
                       .build()
                       .value();
    const auto r = ladder::compile_rule(acme, "meets(L6) and open_position").value();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.result() == ladder::verdict::unknown);
    REQUIRE(e.missing().size() == 2);
    CHECK(e.missing()[0].about == ladder::entity::competency);
    CHECK(e.missing()[0].row == acme.competency("mentorship").index());
    CHECK(e.missing()[1].about == ladder::entity::attribute);
    CHECK(ladder::to_text(e, r, p).find("missing:\n  a rating of mentorship in 2026H2\n  attribute open_position\n") !=
          std::string::npos);
}

TEST_CASE("three-valued logic: a decided side settles and/or", "[rules]") {
    const auto nothing = ladder::person_builder(acme, "di").level("L5").build().value();
    CHECK(verdict_for("open_position and false", nothing) == ladder::verdict::fail);
    CHECK(verdict_for("open_position or true", nothing) == ladder::verdict::pass);
    CHECK(verdict_for("open_position and true", nothing) == ladder::verdict::unknown);
    CHECK(verdict_for("not open_position", nothing) == ladder::verdict::unknown);
    CHECK(verdict_for("not (1 > 2)", nothing) == ladder::verdict::pass);
}

TEST_CASE("quantifiers over a category or every competency", "[rules]") {
    const auto p = sustained();
    CHECK(verdict_for("count(c in people where c >= expert) >= 2", p) == ladder::verdict::pass);
    CHECK(verdict_for("count(c in people where c >= expert) >= 3", p) == ladder::verdict::fail);
    CHECK(verdict_for("all(c in competencies where c >= 4)", p) == ladder::verdict::pass);
    CHECK(verdict_for("all(c in craft where c >= 5)", p) == ladder::verdict::fail);
    CHECK(verdict_for("any(c in craft where c >= 5)", p) == ladder::verdict::pass);
    CHECK(verdict_for("sum(c in competencies) == 17", p) == ladder::verdict::pass);
}

TEST_CASE("exemptions are skipped and reported", "[rules]") {
    const auto p = ladder::person_builder(acme, "ed")
                       .level("L5")
                       .cycle("2026H2", {{"delivery", 4}, {"design", 4}, {"communication", 4}})
                       .exempt("mentorship", "parental leave for most of the cycle")
                       .build()
                       .value();
    const auto r = ladder::compile_rule(acme, "meets(L6) and all(c in people where c >= 3)").value();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.passed());
    REQUIRE(e.exemptions_applied().size() == 1);
    CHECK(e.exemptions_applied()[0].reason == "parental leave for most of the cycle");
    CHECK(ladder::to_text(e, r, p).find("exemptions applied:\n  mentorship: parental leave for most of the cycle\n") !=
          std::string::npos);
}

TEST_CASE("attributes and durations", "[rules]") {
    const auto p = ladder::person_builder(acme, "fa")
                       .level("L5")
                       .months_in_level(14)
                       .tenure_months(50)
                       .attribute("headcount", 3)
                       .attribute("waited", 7)
                       .build()
                       .value();
    CHECK(verdict_for("headcount * 2 - 1 == 5", p) == ladder::verdict::pass);
    CHECK(verdict_for("waited + time_in_level >= 21 months", p) == ladder::verdict::pass);
    CHECK(verdict_for("tenure > 4 years", p) == ladder::verdict::pass);
    CHECK(verdict_for("time_in_level >= 6 months * 2", p) == ladder::verdict::pass);
    // A duration may be scaled by a number, not a number by a duration.
    CHECK(problems_of("time_in_level >= 2 * 6 months")[0].code == ladder::diagnostic_code::type_mismatch);
}

TEST_CASE("a broken rule is a diagnostic and never a no", "[rules]") {
    const auto p = ladder::person_builder(acme, "gu").level("L5").attribute("headcount", 0).build().value();
    const auto r = ladder::compile_rule(acme, "10 / headcount > 1").value();
    const auto e = ladder::evaluate(r, p);
    REQUIRE_FALSE(e.ok());
    CHECK(e.diagnostics()[0].code == ladder::diagnostic_code::division_by_zero);
    CHECK(e.diagnostics()[0].message() == "division by zero in '10 / headcount'");
    // Where the other side decides, the division is not needed and nothing is broken.
    CHECK(verdict_for("headcount > 0 and 10 / headcount > 1", p) == ladder::verdict::fail);
}

TEST_CASE("arithmetic that does not fit in 64 bits is a diagnostic and never a wrapped answer", "[rules][hostile]") {
    const auto with = [](std::int64_t headcount) {
        return ladder::person_builder(acme, "ov").level("L5").attribute("headcount", headcount).build().value();
    };
    // 3037000500 squared is 9223372037000250000, just past the largest 64-bit number.
    const auto product = ladder::compile_rule(acme, "headcount * 3037000500 * 3037000500 > 0").value();
    const auto e = ladder::evaluate(product, with(3037000500));
    REQUIRE_FALSE(e.ok());
    CHECK(e.diagnostics()[0].code == ladder::diagnostic_code::arithmetic_overflow);
    CHECK(e.diagnostics()[0].message() == "the result of 'headcount * 3037000500' does not fit in 64 bits");
    CHECK_FALSE(ladder::check(product, with(3037000500)).ok());
    // Just inside the range the answer is exact.
    CHECK(verdict_for("headcount * 3037000499 - headcount * 3037000498 == headcount", with(3037000499)) ==
          ladder::verdict::pass);
    // Sums, differences and negation at both ends.
    const std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    const auto broken = [&](std::string_view rule, std::int64_t headcount) {
        const auto r = ladder::evaluate(ladder::compile_rule(acme, rule).value(), with(headcount));
        return !r.ok() && r.diagnostics()[0].code == ladder::diagnostic_code::arithmetic_overflow;
    };
    CHECK(broken("headcount + 1 > 0", top));
    CHECK(broken("headcount - 1 < 0", bottom));
    CHECK(broken("-headcount > 0", bottom));
    CHECK(broken("headcount / -1 > 0", bottom));
    CHECK(broken("0 - headcount - 2 < 0", top));
    CHECK(verdict_for("headcount - 1 < headcount", with(top)) == ladder::verdict::pass);
    CHECK(verdict_for("-headcount < 0", with(top)) == ladder::verdict::pass);
    // An overflow the other side of an `or` decides is not needed: no diagnostic.
    CHECK(verdict_for("headcount > 0 or headcount + 1 > 0", with(top)) == ladder::verdict::pass);
}

TEST_CASE("a named rule that doubles at each level fails the ladder where the limit is reached", "[rules][hostile]") {
    std::string text = "ladder \"T\"\nscale s \"S\" { 1 a \"A\" }\ncategory c \"C\"\ncompetency x \"X\" in c\n"
                       "track t \"T\"\nlevel A \"A\" on t { expect x 1 }\nrule s0 = x >= 1\n";
    for (int i = 1; i <= 20; ++i) text += "rule s" + std::to_string(i) + " = s" + std::to_string(i - 1) + " and s" + std::to_string(i - 1) + "\n";
    const auto loaded = ladder::load(text, "doubling.ladder");
    INFO(loaded.diagnostics().to_string());
    REQUIRE_FALSE(loaded.ok());
    const auto& d = loaded.diagnostics()[0];
    CHECK(d.code == ladder::diagnostic_code::rule_too_long);
    CHECK(d.source == "doubling.ladder");
    CHECK(d.where.line >= 8);
}

TEST_CASE("rule errors name the problem and the place", "[rules]") {
    const auto unknown = problems_of("desgn >= 3");
    CHECK(unknown[0].code == ladder::diagnostic_code::unknown_name);
    CHECK(unknown[0].suggestion == "design");
    CHECK(problems_of("meets(L66)")[0].message() == "no level has the id 'L66' (did you mean 'L6'?)");
    CHECK(problems_of("meets(L6 as architekt)")[0].suggestion == "architect");
    const auto mismatch = problems_of("delivery >= 12 months");
    CHECK(mismatch[0].code == ladder::diagnostic_code::type_mismatch);
    CHECK(mismatch[0].message() == "expected a number here, found a duration");
    CHECK(mismatch[0].where == ladder::source_position{1, 13});
    CHECK(problems_of("delivery")[0].message() == "expected a condition here, found a number");
    CHECK(problems_of("team == 3")[0].code == ladder::diagnostic_code::type_mismatch);
    CHECK(problems_of("count(c in people where count(d in craft where d > 1) > 1) > 0")[0].code ==
          ladder::diagnostic_code::nested_quantifier);
    CHECK(problems_of("count(c in peple where c > 1) > 0")[0].suggestion == "people");
    CHECK(problems_of("delivery >= 3 or")[0].message() == "expected a rating, a number, a condition or `(`, found the end of the text");
    CHECK(problems_of("meets(L6) in at least 4 of last 3 cycles")[0].code == ladder::diagnostic_code::syntax_error);
}

TEST_CASE("limits on untrusted rules are clean errors", "[rules][limits]") {
    std::string deep(100, '(');
    deep += "true";
    deep += std::string(100, ')');
    CHECK(problems_of(deep)[0].code == ladder::diagnostic_code::rule_too_deep);

    ladder::rule_limits small;
    small.max_nodes = 10;
    CHECK(problems_of("delivery > 1 and design > 1 and mentorship > 1 and communication > 1", small)[0].code ==
          ladder::diagnostic_code::rule_too_long);

    small = {};
    small.max_steps = 5;
    const auto r = ladder::compile_rule(acme, "delivery > 1 and design > 1 and mentorship > 1", "<rule>", small).value();
    const auto p = sustained();
    CHECK(ladder::evaluate(r, p).diagnostics()[0].code == ladder::diagnostic_code::evaluation_budget_exceeded);
}

TEST_CASE("a long rule evaluates without deep recursion", "[rules][limits]") {
    std::string text = "delivery >= 1";
    for (int i = 0; i != 1000; ++i) text += " and design >= 1";
    const auto r = ladder::compile_rule(acme, text).value();
    const auto p = sustained();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.passed());
    CHECK(e.clauses().size() == 1001);
}

namespace {
constexpr auto with_rules = ladder::parse<R"(ladder "Rules"
scale p "P" {
  1 low "Low"
  2 mid "Mid"
  3 high "High"
}
category craft "Craft"
category people "People"
competency code "Code" in craft
competency coach "Coaching" in people
track ic "IC"
attribute open_position : bool
level E1 "One" on ic { expect code 1, coach 1 }
level E2 "Two" on ic { expect code 2, coach 2 }
rule people_leader = count(c in people where c >= high) >= 1
rule ready =
      meets(E2) in at least 2 of last 3 cycles   # sustained, not a one-off
  and people_leader
  and open_position
promote E1 -> E2
)">();
}  // namespace

TEST_CASE("named rules in a .ladder file are used by name", "[rules][text]") {
    constexpr ladder::ladder_view v = with_rules;
    STATIC_REQUIRE(v.rules().size() == 2);
    STATIC_REQUIRE(v.rules()[0].id == "people_leader");
    STATIC_REQUIRE(ladder::validate(with_rules).empty());

    const auto r = ladder::compile_rule(with_rules, "ready").value();
    const auto p = ladder::person_builder(with_rules, "ana")
                       .level("E1")
                       .cycle("1", {{"code", 2}, {"coach", 2}})
                       .cycle("2", {{"code", 2}, {"coach", 3}})
                       .attribute("open_position", true)
                       .build()
                       .value();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.passed());
    // The named rule's parts explain themselves; a single-clause rule reads under its name.
    REQUIRE(e.clauses().size() == 3);
    CHECK(r.view().text_of(r.view().nodes()[e.clauses()[0].node]) == "meets(E2) in at least 2 of last 3 cycles");
    CHECK(r.view().text_of(r.view().nodes()[e.clauses()[1].node]) == "people_leader");
    CHECK(r.view().text_of(r.view().nodes()[e.clauses()[2].node]) == "open_position");
    CHECK(r.view().text() == "ready");
    // The rule's parts are the named rule's: the history clause sees the cycles.
    const auto without_history = ladder::person_builder(with_rules, "bea")
                                     .level("E1")
                                     .cycle("1", {{"code", 1}, {"coach", 1}})
                                     .cycle("2", {{"code", 2}, {"coach", 3}})
                                     .attribute("open_position", true)
                                     .build()
                                     .value();
    CHECK(ladder::evaluate(r, without_history)->result() == ladder::verdict::unknown);  // a third cycle could decide
}

TEST_CASE("a named rule's errors point into the file and cycles are errors", "[rules][text]") {
    const std::string base = "ladder \"R\"\nscale p \"P\" { 1 low \"Low\" }\ncategory c \"C\"\ncompetency x \"X\" in c\ntrack t \"T\"\n";
    const auto typo = ladder::load(base + "rule good =\n  x >= 1 and  y >= 1\n", "r.ladder");
    REQUIRE_FALSE(typo.ok());
    const ladder::diagnostic* found = nullptr;
    for (const auto& k : typo.diagnostics()) {
        if (k.code == ladder::diagnostic_code::unknown_name) found = &k;
    }
    REQUIRE(found != nullptr);
    const auto& d = *found;
    CHECK(d.where == ladder::source_position{7, 15});
    CHECK(typo.diagnostics().to_string().find(" 7 |   x >= 1 and  y >= 1\n") != std::string::npos);

    const auto loop = ladder::load(base + "rule a = b and x >= 1\nrule b = x >= 1 or a\n", "r.ladder");
    REQUIRE_FALSE(loop.ok());
    CHECK(loop.diagnostics().contains(ladder::diagnostic_code::rule_cycle));
    CHECK(loop.diagnostics().to_string().find("uses itself") != std::string::npos);
}

TEST_CASE("rules print and format back with the comments inside them kept", "[rules][text]") {
    const std::string text = ladder::to_text(with_rules);
    CHECK(text.find("rule ready = meets(E2) in at least 2 of last 3 cycles   # sustained, not a one-off\n  and people_leader\n  and open_position\n") != std::string::npos);
    const auto back = ladder::load(text);
    REQUIRE(back.ok());
    CHECK(ladder::equal(*back, with_rules));
    const auto formatted = ladder::format(text).value();
    CHECK(ladder::format(formatted).value() == formatted);
    CHECK(formatted.find("# sustained, not a one-off") != std::string::npos);
    CHECK(formatted.find("# sustained, not a one-off") == formatted.rfind("# sustained, not a one-off"));
}

namespace {
// The row of the default ladder's transition from one level to another.
ladder::index_t transition_row(const ladder::ladder_view& v, std::string_view from, std::string_view to) {
    for (std::size_t i = 0; i != v.transitions().size(); ++i) {
        if (v.transitions()[i].from.id == from && v.transitions()[i].to.id == to) return static_cast<ladder::index_t>(i);
    }
    return ladder::no_index;
}

ladder::person senior_with(std::int32_t months_in_level, ladder::rating mentorship_now,
                           ladder::rating communication_now = 4) {
    static constexpr auto engineering = ladder::presets::engineering();
    return ladder::person_builder(engineering, "sam")
        .level("L5")
        .months_in_level(months_in_level)
        .cycle("2025H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
        .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
        .cycle("2026H2", {{"coding", 5}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", mentorship_now}, {"communication", communication_now}})
        .build()
        .value();
}
}  // namespace

TEST_CASE("a transition's guard decides and its advisories only inform", "[rules][transition]") {
    const ladder::ladder_view v = ladder::presets::engineering();
    const auto row = transition_row(v, "L5", "L6");
    REQUIRE(row != ladder::no_index);

    const auto ready = senior_with(20, 4);
    const auto outcome = ladder::evaluate_transition(v, row, ready).value();
    CHECK(outcome.result() == ladder::verdict::pass);
    REQUIRE(outcome.advisories.size() == 1);
    CHECK(outcome.advisories[0].result == ladder::verdict::pass);
    CHECK(ladder::to_text(outcome, ready).find("advisory") == std::string::npos);

    // Six months in: still ready by the guard; the advisory shows, and does not flip it.
    const auto early = senior_with(6, 4);
    const auto early_outcome = ladder::evaluate_transition(v, row, early).value();
    CHECK(early_outcome.result() == ladder::verdict::pass);
    CHECK(early_outcome.advisories[0].result == ladder::verdict::fail);
    CHECK(ladder::to_text(early_outcome, early).find(
              "advisory (fail): usually a year or more at Senior  [time_in_level >= 12 months]\n") != std::string::npos);

    // No people competency at expert in the latest cycle: the guard says no, though two
    // earlier cycles met L6.
    const auto no_leader = senior_with(20, 3, 3);
    CHECK(ladder::evaluate_transition(v, row, no_leader)->result() == ladder::verdict::fail);
}

TEST_CASE("a transition without a guard asks meets(target)", "[rules][transition]") {
    const ladder::ladder_view v = ladder::presets::engineering();
    const ladder::rule_view guard = ladder::guard_rule(v, transition_row(v, "L4", "L5"));
    CHECK(guard.text() == "meets(L5)");
    const auto sam = senior_with(20, 4);
    CHECK(ladder::evaluate(guard, sam)->passed());
}

TEST_CASE("run_tests reports each failing expectation with its explanation", "[rules][tests]") {
    const auto l = ladder::load(R"(ladder "T"
scale p "P" {
  1 low "Low"
  2 high "High"
}
category c "C"
competency x "X" in c
track t "T"
level A "A" on t { expect x 1 }
level B "B" on t { expect x 2 }
promote A -> B when x >= high in last 2 cycles
test "wrong on purpose" {
  person {
    level A
    cycle one { x 2 }
    cycle two { x 1 }
  }
  expect promote B pass
  expect step_back A pass
}
)",
                               "t.ladder")
                       .value();
    const auto report = ladder::run_tests(l);
    REQUIRE(report.outcomes.size() == 2);
    CHECK(report.failed() == 2);
    CHECK(report.outcomes[0].actual == ladder::verdict::fail);
    CHECK_FALSE(report.outcomes[1].actual.has_value());  // there is no step back from A
    const std::string text = ladder::to_text(l, report, "t.ladder");
    CHECK(text.find("t.ladder:18:3: test \"wrong on purpose\": expected pass, got fail\nverdict: fail\n") != std::string::npos);
    CHECK(text.find("x >= high in last 2 cycles  (met in 1 of the last 2 cycles; needs 2)") != std::string::npos);
    CHECK(text.find("unknown transition 'A', referred to by 'A'") != std::string::npos);
    CHECK(text.substr(text.size() - 19) == "0 passed, 2 failed\n");
}

TEST_CASE("gap() and expected() measure a person against a level", "[rules]") {
    // sustained(): delivery 5, design 4, mentorship 4, communication 4 in the latest cycle.
    STATIC_REQUIRE(verdict_for("gap(L6) == 0", sustained()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("gap(L6 as architect) == 1", sustained()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("design >= expected(L6 as architect, design)", sustained()) == ladder::verdict::fail);
    STATIC_REQUIRE(verdict_for("expected(L6, communication) - expected(L5, communication) == 1", sustained()) ==
                   ladder::verdict::pass);
    // In history: the first of one_great_half()'s cycles is short of L6 by two (design, communication).
    STATIC_REQUIRE(verdict_for("gap(L6) == 0 in last 3 cycles", sustained()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("gap(L6) <= 1 in last 3 cycles", one_great_half()) == ladder::verdict::fail);
    STATIC_REQUIRE(verdict_for("gap(L6) <= 2 in last 3 cycles", one_great_half()) == ladder::verdict::pass);

    const auto r = ladder::compile_rule(acme, "gap(L6 as architect) <= 0").value();
    const auto p = sustained();
    const auto e = ladder::evaluate(r, p).value();
    REQUIRE(e.clauses().size() == 1);
    CHECK(e.clauses()[0].left == 1);
    CHECK(e.clauses()[0].right == 0);
    REQUIRE(e.gaps().size() == 1);
    CHECK(e.gaps()[0].competency == acme.competency("design").index());

    // An unrated expectation leaves the gap unknown, and says what is missing.
    const auto unrated = ladder::person_builder(acme, "dee").level("L5").cycle("2026H2", {{"delivery", 4}}).build().value();
    const auto u = ladder::evaluate(ladder::compile_rule(acme, "gap(L6) < 3").value(), unrated).value();
    CHECK(u.result() == ladder::verdict::unknown);
    CHECK(u.missing().size() == 3);
}

TEST_CASE("trend() compares the latest cycle with an earlier one", "[rules]") {
    // one_great_half(): design 3, 3, 5.
    STATIC_REQUIRE(verdict_for("trend(design over last 3 cycles) == 2", one_great_half()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("trend(design over last 2 cycles) == 2", one_great_half()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("trend(mentorship over last 3 cycles) == 0", sustained()) == ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("count(c in craft where trend(c over last 3 cycles) > 0) == 2", one_great_half()) ==
                   ladder::verdict::pass);
    STATIC_REQUIRE(verdict_for("trend(delivery + design over last 3 cycles) >= 3", one_great_half()) ==
                   ladder::verdict::pass);

    // Four cycles asked of three: unknown, and the missing cycle is named.
    const auto p = one_great_half();
    const auto r = ladder::compile_rule(acme, "trend(design over last 4 cycles) > 0").value();
    const auto e = ladder::evaluate(r, p).value();
    CHECK(e.result() == ladder::verdict::unknown);
    CHECK(ladder::to_text(e, r, p).find("missing:\n  a review cycle 3 before the latest (the record has 3)\n") != std::string::npos);
}

TEST_CASE("gap, expected and trend are checked like every other part", "[rules]") {
    CHECK(problems_of("expected(L6, desing) > 1").to_string().find(
              "error[unknown-id]: no competency has the id 'desing' (did you mean 'design'?)") != std::string::npos);
    CHECK(problems_of("gap(L6) >= 1 months").to_string().find("error[type-mismatch]") != std::string::npos);
    CHECK(problems_of("trend(design over last 1 cycles) > 0").to_string().find("at least 2 cycles for a trend") !=
          std::string::npos);
    CHECK(problems_of("trend(meets(L6) over last 2 cycles) > 0").to_string().find(
              "expected a number here, found a condition") != std::string::npos);
    CHECK(problems_of("gap(L6").to_string().find("error[syntax-error]: expected `)`") != std::string::npos);

    // A level that states nothing for a competency: expected() of it is an error, not a zero.
    const auto sparse = ladder::load(R"(ladder "Sparse"
scale p "P" { 1 one "One" 2 two "Two" }
category craft "Craft"
competency code "Code" in craft
competency talk "Talk" in craft
track ic "IC"
level L1 "One" on ic { expect code 1 }
)");
    REQUIRE(sparse.ok());
    const auto found = ladder::compile_rule(*sparse, "expected(L1, talk) >= 1").diagnostics().to_string();
    CHECK(found.find("1:14: error[no-expectation]: level 'L1' expects nothing of competency 'talk'") != std::string::npos);
}

namespace {
constexpr auto with_parameters = ladder::parse<R"(ladder "Parameters"
scale p "P" { 1 one "One" 2 two "Two" 3 three "Three" 4 four "Four" }
category craft "Craft"
category people "People"
competency code "Code" in craft
competency talk "Talk" in people
track ic "IC"
level L1 "One" on ic { expect code 1, talk 1 }
level L2 "Two" on ic { expect code 2, talk 2 }
rule sustained(L, k) = meets(L) in at least k of last 3 cycles
rule double(x) = x * 2
rule leader(group) = count(c in group where c >= four) >= 1
rule ready(L) = sustained(L, 2) and leader(people)
rule twice_over(x) = double(double(x)) >= 12
)">();

// code 2, 3, 3; talk 2, 1, 4.
constexpr ladder::person growing() {
    return ladder::person_builder(with_parameters, "gus")
        .level("L1")
        .cycle("a", {{"code", 2}, {"talk", 2}})
        .cycle("b", {{"code", 3}, {"talk", 1}})
        .cycle("c", {{"code", 3}, {"talk", 4}})
        .build()
        .value();
}

constexpr ladder::verdict parameters_verdict(std::string_view text) {
    const auto r = ladder::compile_rule(with_parameters, text);
    if (!r) return ladder::verdict::unknown;
    const auto e = ladder::evaluate(*r, growing());
    return e ? e->result() : ladder::verdict::unknown;
}

std::string parameters_problems(std::string_view text) {
    return ladder::compile_rule(with_parameters, text).diagnostics().to_string();
}
}  // namespace

TEST_CASE("named rules take parameters: levels, numbers, categories and expressions", "[rules][parameters]") {
    STATIC_REQUIRE(parameters_verdict("sustained(L2, 2)") == ladder::verdict::pass);
    STATIC_REQUIRE(parameters_verdict("sustained(L2, 3)") == ladder::verdict::fail);
    // An argument of several tokens stands in parentheses: (code + 1) * 2, not code + 1 * 2.
    STATIC_REQUIRE(parameters_verdict("double(code + 1) == 8") == ladder::verdict::pass);
    STATIC_REQUIRE(parameters_verdict("leader(people) and not leader(craft)") == ladder::verdict::pass);
    // Rules using rules; an argument is read where it was written (`x` of twice_over, then code).
    STATIC_REQUIRE(parameters_verdict("ready(L2)") == ladder::verdict::pass);
    STATIC_REQUIRE(parameters_verdict("twice_over(code)") == ladder::verdict::pass);
    STATIC_REQUIRE(parameters_verdict("twice_over(double(1) + 1)") == ladder::verdict::pass);
    STATIC_REQUIRE(parameters_verdict("twice_over(talk - 2)") == ladder::verdict::fail);

    // A one-clause rule explains itself as its use.
    const auto r = ladder::compile_rule(with_parameters, "sustained(L2, 3) and double(code) >= 6").value();
    const auto p = growing();
    CHECK(ladder::to_text(*ladder::evaluate(r, p), r, p) ==
          "verdict: fail\n"
          "  fail     sustained(L2, 3)  (met in 2 of the last 3 cycles; needs 3)\n"
          "  pass     double(code) >= 6  (6 against 6)\n");
}

TEST_CASE("a rule's arguments are checked: their number, their ids and their types", "[rules][parameters]") {
    CHECK(parameters_problems("sustained(L2)").find(
              "1:1: error[wrong-arity]: rule 'sustained': expected 2 argument(s), given 1") != std::string::npos);
    CHECK(parameters_problems("double").find("error[syntax-error]: expected `(` and the rule's arguments") !=
          std::string::npos);
    CHECK(parameters_problems("sustained(L9, 2)").find("1:11: error[unknown-id]: no level has the id 'L9'") !=
          std::string::npos);
    CHECK(parameters_problems("double(meets(L1)) > 1").find("error[type-mismatch]") != std::string::npos);
    CHECK(parameters_problems("double(code").find("expected `)` closing the arguments") != std::string::npos);
    CHECK(parameters_problems("double(code,)").find("expected an argument") != std::string::npos);
    CHECK(parameters_problems("sustained(L2 + 1, 2)").find("error[syntax-error]: expected a level id") !=
          std::string::npos);
}

TEST_CASE("parameters in .ladder files: declared, checked where used and printed back", "[rules][parameters][text]") {
    const std::string base = "ladder \"R\"\nscale p \"P\" { 1 low \"Low\" }\ncategory c \"C\"\ncompetency x \"X\" in c\ntrack t \"T\"\n";
    CHECK(ladder::load(base + "rule r(a, a) = a >= 1\n").diagnostics().to_string().find(
              "6:11: error[duplicate-clause]") != std::string::npos);
    CHECK(ladder::load(base + "rule r(cycles) = x >= 1\n").diagnostics().to_string().find(
              "expected a parameter name (not a word of the rules language)") != std::string::npos);
    // An error inside a rule with parameters is found where it is used, placed in the rule's text.
    const auto used = ladder::load(base + "rule r(k) = x >= k and y >= 1\nrule s = r(1)\n", "r.ladder");
    REQUIRE_FALSE(used.ok());
    CHECK(used.diagnostics().to_string().find("r.ladder:6:24: error[unknown-name]") != std::string::npos);
    // Unused, it is not checked: its parameters mean nothing until it is used.
    CHECK(ladder::load(base + "rule r(k) = x >= k and y >= 1\n").ok());
    // A cycle through parameters is an error.
    CHECK(ladder::load(base + "rule r(k) = s(k)\nrule s(k) = r(k) or x >= k\nrule t = r(1)\n")
              .diagnostics()
              .contains(ladder::diagnostic_code::rule_cycle));

    const std::string text = ladder::to_text(with_parameters);
    CHECK(text.find("rule sustained(L, k) = meets(L) in at least k of last 3 cycles\n") != std::string::npos);
    const auto back = ladder::load(text);
    REQUIRE(back.ok());
    CHECK(ladder::equal(*back, with_parameters));

    // The builder takes parameters as written between the parentheses.
    auto b = ladder::builder("B");
    b.scale("p", "P", {{1, "low", "Low"}}).category("c", "C").competency("x", "X", "c").track("t", "T");
    b.level("L1", "One", "t");
    b.rule("at_least", "k", "x >= k");
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const auto r = ladder::compile_rule(*built, "at_least(1) and not at_least(2)").value();
    const auto p = ladder::person_builder(*built, "p").level("L1").cycle("c1", {{"x", 1}}).build().value();
    CHECK(ladder::check(r, p).value() == ladder::verdict::pass);
}

TEST_CASE("Medium's Snowflake scheme: milestones worth points, summed, thresholds to levels", "[rules][data]") {
    const auto snowflake = ladder::load_file(std::string(LADDER_DATA_DIR) + "/snowflake.ladder");
    REQUIRE(snowflake.ok());
    const ladder::ladder_view v = *snowflake;
    CHECK(v.competencies().size() == 16);
    CHECK(v.levels().size() == 15);
    // Milestone 5 on every track: 16 * 20 = 320 points, past the last threshold.
    ladder::person_builder top(v, "max");
    top.level("S5_2");
    std::vector<ladder::rating_spec> ratings;
    for (const auto& c : v.competencies()) ratings.emplace_back(c.id, "m5");
    top.cycle("2026H1", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    const auto p = top.build().value();
    const auto total = ladder::compile_rule(v, "sum(c in competencies) == 320 and points_at_least(135)").value();
    CHECK(ladder::check(total, p).value() == ladder::verdict::pass);
    CHECK(ladder::run_tests(v).failed() == 0);
}

TEST_CASE("the explanation is a tree: alternatives and negations under their clause", "[rules]") {
    const auto r = ladder::compile_rule(acme, "meets(L6 as architect) or (delivery >= 5 and not open_position)").value();
    const auto p = sustained();
    const auto e = ladder::evaluate(r, p).value();
    REQUIRE(e.clauses().size() == 6);
    CHECK(e.clauses()[0].depth == 0);
    CHECK(e.clauses()[1].depth == 1);
    CHECK(e.clauses()[3].depth == 2);
    CHECK(e.clauses()[5].depth == 3);
    CHECK(ladder::to_text(e, r, p) ==
          "verdict: fail\n"
          "  fail     meets(L6 as architect) or (delivery >= 5 and not open_position)\n"
          "    fail     meets(L6 as architect)\n"
          "    fail     (delivery >= 5 and not open_position)\n"
          "      pass     delivery >= 5  (5 against 5)\n"
          "      fail     not open_position\n"
          "        pass     open_position\n"
          "gaps in the latest cycle:\n"
          "  design: expects 5, rated 4 (short by 1)\n");
}

TEST_CASE("a missing review cycle is said once, not once per rating", "[rules]") {
    const auto none = ladder::person_builder(acme, "new").level("L5").build().value();
    const auto r = ladder::compile_rule(acme, "meets(L6)").value();
    const auto e = ladder::evaluate(r, none).value();
    CHECK(e.result() == ladder::verdict::unknown);
    CHECK(e.missing().size() == 4);  // as data: each rating the rule needed
    CHECK(ladder::to_text(e, r, none).find("missing:\n  a review cycle (the record has none)\n") != std::string::npos);
    CHECK(ladder::to_text(e, r, none).find("a review cycle (the record has none)\n  a review cycle") == std::string::npos);
}
