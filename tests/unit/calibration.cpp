#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>

// Calibration: where a level of one ladder stands on another, with a confidence and the reasons.

namespace {

constexpr auto big = ladder::parse<R"(ladder "Big"
policy { missing_expectations off }
scale reach "Reach" { 1 self "Self" 2 team "Team" 3 teams "Teams" 4 org "Org" }
category work "Work"
competency impact "Impact" in work
competency design "Design" in work
track ic "IC"
track mgr "Managers" management
level B3 "Engineer" on ic scope feature { expect impact 1, design 1 }
level B4 "Senior Engineer" on ic scope team { expect impact 2, design 2 }
level B5 "Staff Engineer" on ic scope multi_team { expect impact 3, design 3 }
level B6 "Principal Engineer" on ic scope org { expect impact 4, design 4 }
level BM "Manager" on mgr scope team { expect impact 2, design 1 }
)">();

constexpr auto small = ladder::parse<R"(ladder "Small"
policy { missing_expectations off }
scale reach "Reach" { 1 self "Self" 2 team "Team" 3 teams "Teams" 4 org "Org" }
category work "Work"
competency impact "Impact" in work
competency design "Design" in work
competency hiring "Hiring" in work
track ic "IC"
level S1 "Engineer" on ic scope feature { expect impact 1, design 1, hiring 1 }
level S2 "Staff Engineer" on ic scope team { expect impact 2, design 2, hiring 2 }
level S3 "Principal Engineer" on ic scope multi_team { expect impact 3, design 3, hiring 2 }
)">();

}  // namespace

TEST_CASE("a big company's senior is a smaller company's staff, and the reasons say why", "[calibrate]") {
    const auto matches = ladder::map_level(big, big.level("B4"), small);
    REQUIRE(matches.size() == 3);
    CHECK(matches[0].level == small.level("S2").index());
    CHECK(matches[0].scope_distance == 0);
    CHECK(matches[0].shared == 2);  // impact and design; hiring is the small company's own
    CHECK(matches[0].expectation_score == 100);
    for (std::size_t i = 1; i != matches.size(); ++i) CHECK(matches[i - 1].confidence >= matches[i].confidence);
    const std::string why = ladder::explain(big, big.level("B4"), small, matches[0]);
    CHECK(why.rfind("S2 Staff Engineer (Small), ", 0) == 0);
    CHECK(why.find("the same scope (team)") != std::string::npos);
    CHECK(why.find("expectations on 2 shared competencies 100% alike") != std::string::npos);
    // At compile time too.
    STATIC_REQUIRE(ladder::map_level(big, big.level("B4"), small)[0].level == small.level("S2").index());
}

TEST_CASE("levels map as overlapping ranges, and a level with no equal maps to none", "[calibrate]") {
    // The principal's org scope is two steps from anything the small company has.
    const auto top = ladder::likely_matches(ladder::map_level(big, big.level("B6"), small));
    for (const auto& m : top) CHECK(m.confidence >= 40);
    const auto table = ladder::map_ladder(big, small);
    REQUIRE(table.size() == big.view().levels().size());
    const std::string text = ladder::to_text(big, small, table);
    INFO(text);
    CHECK(text.find("  B4 Senior Engineer     [team]        -> S2 Staff Engineer 90%\n") != std::string::npos);
    // A manager maps onto the individual-contributor track when the other ladder has no other.
    CHECK(ladder::map_level(big, big.level("BM"), small).size() == 3);
}

TEST_CASE("anchors settle their pair and place the levels around it", "[calibrate]") {
    // Say the big company's Staff is the small company's Staff.
    const ladder::anchor pinned[] = {{"B5", "S2"}};
    const auto at = ladder::map_level(big, big.level("B5"), small, pinned);
    REQUIRE_FALSE(at.empty());
    CHECK(at[0].level == small.level("S2").index());
    CHECK(at[0].anchored);
    CHECK(at[0].confidence == 100);
    CHECK(ladder::explain(big, big.level("B5"), small, at[0]).find("anchored by you to B5") != std::string::npos);
    // One level down from the anchor is one level down on the other side, by position.
    const auto below = ladder::map_level(big, big.level("B4"), small, pinned);
    for (const auto& m : below) {
        if (m.level == small.level("S1").index()) CHECK(m.position_score == 100);
        CHECK(m.from_anchor);
    }
}

TEST_CASE("a ladder maps onto itself level for level", "[calibrate]") {
    for (const auto& row : ladder::map_ladder(small, small)) {
        REQUIRE_FALSE(row.matches.empty());
        CHECK(row.matches[0].level == row.level);
    }
}
