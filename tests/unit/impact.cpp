#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>

#include "catch.hpp"
#include "read_ladder.hpp"

#include <string>
#include <string_view>
#include <vector>

// What a revision of a ladder does to the people on it: people carried to the new version
// through its renames, judged for their next move under both, and who is affected.

namespace {

using test_support::read;
using test_support::read_file;

constexpr std::string_view v1 = R"(ladder "Co" version "1"
scale p "Points" { 1 basic "Basic" 2 good "Good" 3 great "Great" 4 superb "Superb" }
category craft "Craft"
competency coding "Coding" in craft
competency desing "Design" in craft
competency legacy "Legacy systems" in craft
track eng "Engineering"
attribute team : text
level E1 "Engineer" on eng band 100..200 EUR { expect coding 1, desing 1 }
level E2 "Senior" on eng { expect coding 2, desing 2 }
level E3 "Staff" on eng { expect coding 3, desing 3 }
level X1 "Retired level" on eng rank 10 { expect coding 4 }
promote E1 -> E2
promote E2 -> E3
)";

// design renamed, legacy removed, X1 removed, E2 raised, E1's band moved.
constexpr std::string_view v2 = R"(ladder "Co" version "2"
scale p "Points" { 1 basic "Basic" 2 good "Good" 3 great "Great" 4 superb "Superb" }
category craft "Craft"
competency coding "Coding" in craft
competency design "Design" in craft
track eng "Engineering"
attribute team : text
level E1 "Engineer" on eng band 110..210 EUR { expect coding 1, design 1 }
level E2 "Senior" on eng { expect coding 2, design 3 }
level E3 "Staff" on eng { expect coding 3, design 3 }
promote E1 -> E2
promote E2 -> E3
)";

ladder::person someone(const ladder::ladder_view& l, std::string_view id, std::string_view level, ladder::rating coding, ladder::rating design) {
    return ladder::person_builder(l, id)
        .level(level)
        .attribute("team", "payments")
        .exempt("legacy", "joined after the rewrite")
        .cycle("2026H1", {{"coding", coding}, {"desing", design}, {"legacy", 2}})
        .build()
        .value();
}

}  // namespace

TEST_CASE("a person carried to the next version keeps their ratings under the renamed ids", "[impact]") {
    const auto before = read(v1), after = read(v2);
    const ladder::ladder_view x = before, y = after;
    const auto changes = ladder::compare(x, y);
    const ladder::person_carrier carrier(x, y, changes);
    const auto ada = someone(x, "ada", "E1", 2, 3);
    const auto moved = carrier.carry(ada);
    INFO(moved.diagnostics().to_string());
    REQUIRE(moved);
    const auto design = ladder::find_competency(y, "design");
    REQUIRE(design);
    CHECK(moved->rating_of(design->index()) == 3);
    CHECK(moved->rating_of(ladder::find_competency(y, "coding")->index()) == 2);
    CHECK(y.levels()[moved->level].id == "E1");
    CHECK(moved->cycles.size() == 1);
    CHECK(moved->cycles[0].id == "2026H1");
    // The removed competency's rating and exemption are left out; the attribute is kept.
    CHECK(moved->exemptions.empty());
    REQUIRE(moved->attributes.size() == 1);
    CHECK(moved->attributes[0].text == "payments");
}

TEST_CASE("a person whose level the new version removed cannot be carried and the reason names it", "[impact]") {
    const auto before = read(v1), after = read(v2);
    const ladder::ladder_view x = before, y = after;
    const ladder::person_carrier carrier(x, y, ladder::compare(x, y));
    const auto moved = carrier.carry(someone(x, "old", "X1", 4, 4));
    REQUIRE(!moved);
    CHECK(moved.diagnostics().to_string().find("'X1'") != std::string::npos);
}

TEST_CASE("the impact of a revision lists who changes verdict whose gaps move and whose band moved", "[impact]") {
    const auto before = read(v1), after = read(v2);
    const ladder::ladder_view x = before, y = after;
    const std::vector<ladder::person> people = {
        someone(x, "ada", "E1", 2, 2),  // ready for E2 under v1; v2 asks design 3 of E2: not yet, short by 1
        someone(x, "bo", "E1", 2, 3),   // ready under both; only E1's band moved
        someone(x, "cy", "E2", 3, 3),   // ready for E3 under both, nothing moved
        someone(x, "old", "X1", 4, 4),  // X1 is gone
    };
    const auto impact = ladder::impact_of(x, y, ladder::compare(x, y), people);
    REQUIRE(impact.people.size() == 4);
    const auto& ada = impact.people[0];
    CHECK(ada.before.where == ladder::standing::ready);
    CHECK(ada.before.target == "E2");
    CHECK(ada.after.where == ladder::standing::not_yet);
    CHECK(ada.after.shortfall == 1);
    CHECK(ada.verdict_changed());
    CHECK(ada.gaps_grew());
    CHECK(ada.band_moved());
    const auto& bo = impact.people[1];
    CHECK(!bo.verdict_changed());
    CHECK(!bo.gaps_grew());
    CHECK(bo.band_moved());
    CHECK(bo.affected());
    CHECK(!impact.people[2].affected());
    CHECK(!impact.people[3].carried);
    CHECK(impact.people[3].after.problem.find("X1") != std::string::npos);
    CHECK(impact.count(&ladder::person_impact::verdict_changed) == 1);
    CHECK(impact.count(&ladder::person_impact::band_moved) == 2);
    CHECK(impact.not_carried() == 1);
    const std::string text = ladder::to_text(impact);
    CHECK(text.find("4 people judged under both versions: 1 changes verdict, 1 sees gaps grow, 0 see gaps shrink, 2 are at a level whose band "
                    "moved, 1 cannot be judged under the new version\n") == 0);
    CHECK(text.find("  ada, E1: ready for E2 -> not yet for E2; short by 0 -> 1; band 100..200 EUR -> 110..210 EUR\n") != std::string::npos);
    CHECK(text.find("  cy") == std::string::npos);
    CHECK(text.find("  old, X1: cannot be judged under the new version: ") != std::string::npos);
    CHECK(ladder::to_json(impact).find("\"verdict_changed\": 1, \"gaps_grew\": 1, \"gaps_shrank\": 0, \"band_moved\": 2, \"not_carried\": 1") !=
          std::string::npos);
    CHECK(ladder::to_markdown(impact).find("| ada | E1 | ready for E2 | not yet for E2 | 0 → 1 |") != std::string::npos);
}

TEST_CASE("a ladder compared with itself affects no one of the shipped people", "[impact]") {
    const std::string dir = LADDER_DATA_DIR;
    const auto l = read_file(dir + "/engineering.ladder");
    const auto text = ladder::read_file(dir + "/people.csv");
    REQUIRE(text);
    const auto people = ladder::read_people_csv(l, *text, "people.csv");
    REQUIRE(people);
    REQUIRE(people->size() > 0);
    const auto impact = ladder::impact_of(l, l, ladder::compare(l, l), people->all());
    REQUIRE(impact.people.size() == people->size());
    std::size_t affected = 0;
    for (const auto& p : impact.people) {
        affected += p.affected() ? 1 : 0;
        CHECK(p.before == p.after);
    }
    CHECK(affected == 0);
}

TEST_CASE("a renamed target is the same move and a verdict lost is no gap shrinking", "[impact]") {
    const auto before = read(v1);
    std::string renamed(v1);
    for (std::size_t at = renamed.find("E2"); at != std::string::npos; at = renamed.find("E2", at)) renamed.replace(at, 2, "S2");
    const auto after = read(renamed);
    const ladder::ladder_view x = before, y = after;
    const std::vector<ladder::person> people = {someone(x, "ada", "E1", 1, 1), someone(x, "cy", "E2", 3, 3)};
    const auto same = ladder::impact_of(x, y, ladder::compare(x, y), people);
    CHECK(same.people[0].after.target == "S2");
    CHECK(!same.people[0].verdict_changed());
    CHECK(!same.people[1].affected());
    // Without E3 (and X1), cy (at E2) has no next move: a verdict lost, with its reason, and no gaps compared.
    std::string top(v1);
    top.erase(top.find("level E3"), top.find("promote E1") - top.find("level E3"));
    top.erase(top.find("promote E2 -> E3"));
    const auto shorter = read(top);
    const auto lost = ladder::impact_of(x, shorter, ladder::compare(x, shorter), people);
    const auto& cy = lost.people[1];
    CHECK(cy.verdict_changed());
    CHECK(!cy.gaps_shrank());
    CHECK(cy.after.where == ladder::standing::no_verdict);
    CHECK(!cy.after.problem.empty());
    CHECK(ladder::to_text(lost).find("  cy, E2: ready for E3 -> no verdict (" + cy.after.problem + ")\n") != std::string::npos);
}
