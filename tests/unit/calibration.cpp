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

TEST_CASE("a level above the other ladder's top maps to its top with the confidence its evidence gives", "[calibrate]") {
    // B6 (org scope, the top of its track, impact 4 and design 4 of 4) against Small, worked by
    // hand from the weights in docs/calibration.md:
    //   S3: scope multi_team is one step from org (50); both at the top of their track (100);
    //       impact and design 3 of 4 against 4 of 4, 250 per mille apart (100 - 250/4 = 38 each);
    //       50% x 50 + 30% x 100 + 20% x 38 = 62.
    //   S2: scope team is two steps away (0); half-way up against the top (100 - 500/5 = 0);
    //       2 of 4 against 4 of 4 (100 - 500/4 < 0, so 0): 0. S1 likewise 0.
    const auto all = ladder::map_level(big, big.level("B6"), small);
    REQUIRE(all.size() == 3);
    CHECK(all[0].level == small.level("S3").index());
    CHECK(all[0].scope_distance == 1);
    CHECK(all[0].scope_score == 50);
    CHECK(all[0].position_score == 100);
    CHECK(all[0].shared == 2);
    CHECK(all[0].expectation_score == 38);
    CHECK(all[0].confidence == 62);
    CHECK(all[1].confidence == 0);
    CHECK(all[2].confidence == 0);
    // The likely range is S3 alone: nothing else is within 15 points or above the floor of 40.
    const auto top = ladder::likely_matches(all);
    REQUIRE(top.size() == 1);
    CHECK(top[0].level == small.level("S3").index());
    // With a floor above its confidence, nothing on the other ladder is likely.
    CHECK(ladder::likely_matches(all, 15, 63).empty());
}

TEST_CASE("a whole ladder maps level by level with the overlapping ranges in its text", "[calibrate]") {
    const auto table = ladder::map_ladder(big, small);
    REQUIRE(table.size() == big.view().levels().size());
    const std::string text = ladder::to_text(big, small, table);
    INFO(text);
    // B4 against S2, by hand: same scope (100); a third against half-way up (100 - 167/5 = 67);
    // expectations alike (100): 50 + 20.1 + 20 = 90.
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
    REQUIRE(below.size() == 3);
    const auto position_score = [&](ladder::level_ref on_small) {
        for (const auto& m : below) {
            if (m.level == on_small.index()) {
                CHECK(m.from_anchor);
                return m.position_score;
            }
        }
        FAIL("no candidate for that level");
        return -1;
    };
    // S1 is where the anchor puts B4 (100); S2 is one rank off (40); S3 two (0).
    CHECK(position_score(small.level("S1")) == 100);
    CHECK(position_score(small.level("S2")) == 40);
    CHECK(position_score(small.level("S3")) == 0);
}

TEST_CASE("a ladder maps onto itself level for level", "[calibrate]") {
    for (const auto& row : ladder::map_ladder(small, small)) {
        REQUIRE_FALSE(row.matches.empty());
        CHECK(row.matches[0].level == row.level);
    }
}
