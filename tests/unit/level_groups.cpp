#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>

// Level groups (`group senior "Senior and above" = L5..L8`): read, printed, validated, named in
// rules by at(…) at compile time and at runtime, and shown in the views.

namespace {
constexpr auto grouped = ladder::parse<R"(ladder "Grouped"
scale p "P" { 1 a "A" 2 b "B" 3 c "C" }
category c "C"
competency code "Code" in c
competency lead "Lead" in c
track ic "IC"
track mg "Managers" management
level I1 "Engineer" on ic { expect code 1, lead 1 }
level I2 "Senior" on ic career { expect code 2, lead 1 }
level I3 "Staff" on ic { expect code 3, lead 2 }
level M1 "Manager" on mg { expect code 1, lead 3 }
group senior "Senior and above" = I2..I3
group managers "Managers" = M1
rule mentors = not at(senior) or lead >= 2
promote I1 -> I2
promote I2 -> I3 when meets(I3) and mentors
)">();

constexpr ladder::person at_level(std::string_view level, ladder::rating lead) {
    return ladder::person_builder(grouped, "p").level(level).cycle("c", {{"code", 3}, {"lead", lead}}).build().value();
}

constexpr auto in_senior = ladder::compile_rule<grouped, "at(senior)">();
constexpr auto at_staff_or_manager = ladder::compile_rule<grouped, "at(I3) or at(managers)">();
}  // namespace

TEST_CASE("at(group) holds for the levels of the group's range and no other at compile time", "[groups][rules]") {
    STATIC_REQUIRE(ladder::check(in_senior, at_level("I1", 1)).value() == ladder::verdict::fail);
    STATIC_REQUIRE(ladder::check(in_senior, at_level("I2", 1)).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(in_senior, at_level("I3", 1)).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(in_senior, at_level("M1", 1)).value() == ladder::verdict::fail);  // another track
    STATIC_REQUIRE(ladder::check(at_staff_or_manager, at_level("I2", 1)).value() == ladder::verdict::fail);
    STATIC_REQUIRE(ladder::check(at_staff_or_manager, at_level("I3", 1)).value() == ladder::verdict::pass);
    STATIC_REQUIRE(ladder::check(at_staff_or_manager, at_level("M1", 1)).value() == ladder::verdict::pass);
}

TEST_CASE("the interpreter the lowered code and the DSL agree on at() for every level", "[groups][rules]") {
    const ladder::ladder_view v = grouped;
    const auto dsl = ladder::dsl::make_rule(grouped, ladder::dsl::at(grouped.group("senior")) || ladder::dsl::at(grouped.level("M1")));
    REQUIRE(dsl.ok());
    CHECK(dsl->view().text() == "at(senior) or at(M1)");
    for (std::string_view level : {"I1", "I2", "I3", "M1"}) {
        const auto p = at_level(level, 1);
        const bool senior = level == "I2" || level == "I3";
        CHECK(ladder::check(in_senior, p).value() == (senior ? ladder::verdict::pass : ladder::verdict::fail));
        CHECK(ladder::check(in_senior.view(), p).value() == ladder::check(in_senior, p).value());
        CHECK(ladder::check(*dsl, p).value() == (senior || level == "M1" ? ladder::verdict::pass : ladder::verdict::fail));
        (void)v;
    }
}

TEST_CASE("a rule naming a group decides a promotion and its explanation says where the person is", "[groups][rules]") {
    const ladder::ladder_view v = grouped;
    // A senior who does not lead: the rule `mentors` asks lead >= 2 of seniors.
    const auto quiet = at_level("I2", 1);
    const auto loud = at_level("I2", 2);
    CHECK(ladder::readiness(v, quiet, "I3").value().result() == ladder::verdict::fail);
    CHECK(ladder::readiness(v, loud, "I3").value().result() == ladder::verdict::pass);
    const auto rule = ladder::compile_rule(v, "at(senior) and lead >= 2").value();
    const auto e = ladder::evaluate(rule, quiet).value();
    const std::string text = ladder::to_text(e, rule, quiet);
    CHECK(text.find("pass     at(senior)  (at I2)") != std::string::npos);
    CHECK(text.find("fail     lead >= 2  (1 against 2)") != std::string::npos);
}

TEST_CASE("at() of an unknown name suggests a level or a group and a group of a missing level is reported where it is used", "[groups][rules]") {
    const ladder::ladder_view v = grouped;
    const auto typo = ladder::compile_rule(v, "at(senor)");
    REQUIRE_FALSE(typo);
    CHECK(typo.diagnostics().to_string().find("did you mean 'senior'?") != std::string::npos);
    CHECK_FALSE(ladder::compile_rule(v, "at(I9)"));
    CHECK_FALSE(ladder::compile_rule(v, "at()"));
    CHECK_FALSE(ladder::compile_rule(v, "at(senior"));
    const auto broken = ladder::load(R"(ladder "B"
scale p "P" { 1 a "A" }
category c "C"
competency code "Code" in c
track ic "IC"
level I1 "One" on ic { expect code 1 }
group upper "Upper" = I1..I9
rule r = at(upper)
)");
    REQUIRE_FALSE(broken);
    const std::string problems = broken.diagnostics().to_string();
    // At the group, from validation; and where the rule names it, from the rule's compiler.
    CHECK(problems.find(":7:1: error[unknown-reference]: unknown level 'I9', referred to by 'upper'") != std::string::npos);
    CHECK(problems.find(":8:13: error[unknown-reference]: unknown level 'I9', referred to by 'upper'") != std::string::npos);
}

TEST_CASE("a group is read printed and read back and its faults are found by validation", "[groups][text][validate]") {
    const ladder::ladder_view v = grouped;
    REQUIRE(v.groups().size() == 2);
    CHECK(v.groups()[0].id == "senior");
    CHECK(v.groups()[0].name == "Senior and above");
    CHECK(v.groups()[1].lowest.id == v.groups()[1].highest.id);
    const std::string text = ladder::to_text(v);
    CHECK(text.find("\ngroup senior \"Senior and above\" = I2..I3\ngroup managers \"Managers\" = M1\n") != std::string::npos);
    const auto again = ladder::load(text);
    REQUIRE(again);
    CHECK(ladder::equal(v, *again));

    const auto problems = [](std::string_view group_line) {
        std::string text = R"(ladder "V"
scale p "P" { 1 a "A" }
category c "C"
competency code "Code" in c
track ic "IC"
track mg "M" management
level I1 "One" on ic { expect code 1 }
level I2 "Two" on ic { expect code 1 }
level M1 "Lead" on mg { expect code 1 }
)";
        text += group_line;
        text += '\n';
        const auto l = ladder::load(text);
        return l ? std::string() : l.diagnostics().to_string();
    };
    CHECK(problems("group ok \"Fine\" = I1..I2").empty());
    CHECK(problems("group across \"Across\" = I1..M1").find("error[inconsistent-group]: group 'across' runs from one track to another") !=
          std::string::npos);
    CHECK(problems("group down \"Down\" = I2..I1").find("error[inconsistent-group]: group 'down' runs downwards") != std::string::npos);
    CHECK(problems("group I1 \"Clash\" = I1").find("group 'I1' has the id of a level") != std::string::npos);
    CHECK(problems("group ok \"A\" = I1\ngroup ok \"B\" = I2").find("duplicate-id") != std::string::npos);
    CHECK(problems("group nameless = I1").find("expected the group's name in quotes") != std::string::npos);
    CHECK(problems("group g \"G\" I1").find("expected `=`") != std::string::npos);
    CHECK(problems("grup g \"G\" = I1").find("did you mean 'group'?") != std::string::npos);
}

TEST_CASE("the views show a level's groups: JSON lists them Markdown names them under their track and the level page says which", "[groups][render]") {
    const ladder::ladder_view v = grouped;
    CHECK(ladder::to_json(v).find("  \"groups\": [{\"id\": \"senior\", \"name\": \"Senior and above\", \"lowest\": \"I2\", \"highest\": \"I3\"}, "
                                  "{\"id\": \"managers\", \"name\": \"Managers\", \"lowest\": \"M1\", \"highest\": \"M1\"}],\n") !=
          std::string::npos);
    const std::string md = ladder::to_markdown(v);
    const auto ic = md.find("## IC"), mg = md.find("## Managers");
    const auto senior = md.find("Group **Senior and above** (`senior`): I2 to I3.");
    const auto managers = md.find("Group **Managers** (`managers`): M1.");
    REQUIRE(senior != std::string::npos);
    REQUIRE(managers != std::string::npos);
    CHECK((ic < senior && senior < mg && mg < managers));
    CHECK(ladder::to_level_html(v, grouped.level("I3")).find("<tr class=\"fact\"><th>in groups</th><td>Senior and above</td></tr>") !=
          std::string::npos);
    CHECK(ladder::to_level_html(v, grouped.level("I1")).find("in groups") == std::string::npos);
    CHECK(ladder::to_csv(v).find("ic,level groups,,Senior and above,Senior and above\r\n") != std::string::npos);
    CHECK(ladder::to_csv(v).find("mg,level groups,Managers\r\n") != std::string::npos);
    CHECK(ladder::to_csv(v).find("other titles") == std::string::npos);  // no archetype titles a level
}
