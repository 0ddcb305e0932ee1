#include <ladder/ladder.hpp>

#include "catch.hpp"
#include "read_ladder.hpp"

#include <algorithm>
#include <string>
#include <vector>

// What changed between two versions of a ladder (revise/changes.hpp, report/changes.hpp).

namespace {

ladder::runtime_ladder read(std::string_view text) { return test_support::read(text, "version.ladder"); }
using test_support::read_file;

constexpr std::string_view header = R"(scale p "Points" { 1 basic "Basic" 2 good "Good" 3 great "Great" 4 superb "Superb" }
category craft "Craft"
)";

/// A change as one line, independent of the report's words: subject/kind/id/new_id/field/before/after.
std::string line(const ladder::ladder_change& c) {
    return std::string(ladder::name_of(c.subject)) + "/" + std::string(ladder::name_of(c.kind)) + "/" + c.id + "/" + c.new_id +
           "/" + c.field + "/" + c.before + "/" + c.after;
}

std::vector<std::string> lines(const ladder::ladder_changes& changes) {
    std::vector<std::string> out;
    for (const auto& c : changes.items) out.push_back(line(c));
    return out;
}

}  // namespace

TEST_CASE("a ladder compared with itself and with its own printed text has no changes", "[changes]") {
    const std::string dir = LADDER_DATA_DIR;
    std::size_t compared = 0;
    for (const char* file : {"/engineering.ladder", "/five_axes.ladder", "/product_company.ladder", "/snowflake.ladder",
                             "/calibration/big_search.ladder", "/calibration/startup.ladder"}) {
        const auto l = read_file(dir + file);
        CHECK(ladder::compare(l, l).empty());
        const auto again = read(ladder::to_text(l));
        INFO(file);
        CHECK(lines(ladder::compare(l, again)) == std::vector<std::string>{});
        ++compared;
    }
    CHECK(compared == 6);
}

TEST_CASE("every kind of change between two versions is found with its values", "[changes]") {
    const auto v1 = read(std::string(R"(ladder "Small Co" version "2026.1"
)") + std::string(header) + R"(competency coding "Coding" in craft
competency desing "System design" in craft
competency ops "Operations" in craft
competency gone "Gone" in craft
track eng "Engineering"
track old "Old track" other
level E1 "Engineer" on eng scope feature band 90000..120000 EUR { expect coding 1, desing 1, ops 1 }
level E2 "Senior Engineer" on eng scope team career { expect coding 3, desing 2, ops 2 }
level E3 "Staff Engineer" on eng scope multi_team { expect coding 3, desing 3, ops 3 }
level O1 "Old" on old scope team { expect coding 1 }
archetype architect "Architect" from E3 { expect desing 4 }
rule strong = count(c in competencies where c >= great) >= 2
promote E1 -> E2
promote E2 -> E3 when meets(E3) in at least 2 of last 3 cycles
step_back E2 -> E1 pay keep
)");
    const auto v2 = read(std::string(R"(ladder "Small Co" version "2026.2"
)") + std::string(header) + R"(competency coding "Coding" in craft
competency design "System design" in craft
competency ops "Operations" in craft
track eng "Engineering"
level E1 "Engineer" on eng scope feature band 95000..125000 EUR { expect coding 1, design 1, ops 1 }
level E2 "Senior Software Engineer" on eng scope team { expect coding 2, design 2, ops 2 }
level E3 "Staff Engineer" on eng scope org { expect coding 3, design 4, ops 3 }
level E4 "Principal Engineer" on eng scope org { expect coding 4, design 4, ops 3 }
archetype architect "Architect" from E4 { expect design 4, coding 4 }
rule strong = count(c in competencies where c >= great) >= 3
promote E1 -> E2
promote E2 -> E3 when meets(E3) in at least 2 of last 3 cycles and strong
step_back E2 -> E1 pay top_of_band
promote E3 -> E4
)");
    const std::vector<std::string> expected = {
        "ladder/changed///version/2026.1/2026.2",
        "competency/renamed/desing/design///",
        "competency/removed/gone////",
        "track/removed/old////",
        "level/changed/E1//band/90000..120000 EUR/95000..125000 EUR",
        "level/changed/E2//title/Senior Engineer/Senior Software Engineer",
        "level/changed/E2//career/yes/no",
        "expectation/lowered/E2//coding/3/2",
        "level/changed/E3//scope/multi_team/org",
        "expectation/raised/E3//design/3/4",
        "level/removed/O1////",
        "level/added/E4////",
        "archetype/changed/architect//from/E3/E4",
        "archetype/changed/architect//expectations/design 4/design 4, coding 4",
        "move/changed/promote E2 -> E3//guard/meets(E3) in at least 2 of last 3 cycles/meets(E3) in at least 2 of last 3 cycles and strong",
        "move/changed/step_back E2 -> E1//pay/keep/top_of_band",
        "move/added/promote E3 -> E4////",
        "rule/changed/strong//text/count(c in competencies where c >= great) >= 2/count(c in competencies where c >= great) >= 3",
    };
    const auto found = ladder::compare(v1, v2);
    CHECK(lines(found) == expected);

    // The other way round, what was added is removed and a raise is a cut (named as the
    // version compared against names it).
    const auto back = lines(ladder::compare(v2, v1));
    CHECK(std::find(back.begin(), back.end(), "level/removed/E4////") != back.end());
    CHECK(std::find(back.begin(), back.end(), "competency/renamed/design/desing///") != back.end());
    CHECK(std::find(back.begin(), back.end(), "expectation/lowered/E3//desing/4/3") != back.end());
    CHECK(std::find(back.begin(), back.end(), "move/removed/promote E3 -> E4////") != back.end());
}

TEST_CASE("a level with a new id is a rename only when its title is unique on both sides", "[changes]") {
    const std::string base = std::string("ladder \"T\"\n") + std::string(header) + "competency coding \"Coding\" in craft\ntrack t \"T\"\n";
    const auto v1 = read(base + "level A1 \"One\" on t { expect coding 1 }\nlevel A2 \"Two\" on t { expect coding 2 }\n");
    const auto renamed = read(base + "level B1 \"One\" on t { expect coding 1 }\nlevel A2 \"Two\" on t { expect coding 2 }\n");
    CHECK(lines(ladder::compare(v1, renamed)) == std::vector<std::string>{"level/renamed/A1/B1///"});
    // Two new levels titled "One": which one A1 became cannot be told, so it is removed and both are added.
    const auto ambiguous = read(base + "level B1 \"One\" on t { expect coding 1 }\nlevel C1 \"One\" on t { expect coding 1 }\n"
                                       "level A2 \"Two\" on t { expect coding 2 }\n");
    CHECK(lines(ladder::compare(v1, ambiguous)) ==
          std::vector<std::string>{"level/removed/A1////", "level/added/B1////", "level/added/C1////"});
}

TEST_CASE("the changes as text as Markdown and as JSON say each change once and escape what they quote", "[changes][report]") {
    const std::string base = std::string(header) + "competency coding \"Coding\" in craft\ntrack t \"T\"\n";
    const auto v1 = read("ladder \"T\" version \"1\"\n" + base + "level A1 \"One | two\" on t { expect coding 1 }\n");
    const auto v2 = read("ladder \"T\" version \"2\"\n" + base + "level A1 \"One <b>\" on t { expect coding 2 }\n");
    const auto changes = ladder::compare(v1, v2);
    REQUIRE(changes.size() == 3);
    CHECK(ladder::to_text(v1, v2, changes) ==
          "T 1 -> 2: 3 changes\n"
          "  ladder: version \"1\" -> \"2\"\n"
          "  level A1: title \"One | two\" -> \"One <b>\"\n"
          "  level A1: expects coding 1 -> 2 (raised by 1)\n");
    const std::string md = ladder::to_markdown(v1, v2, changes);
    CHECK(md.find("| level A1, title | changed | One \\| two | One \\<b\\> |\n") != std::string::npos);
    CHECK(md.find("| level A1, expects coding | raised | 1 | 2 |\n") != std::string::npos);
    const std::string json = ladder::to_json(v1, v2, changes);
    CHECK(json.find("{\"subject\": \"expectation\", \"change\": \"raised\", \"id\": \"A1\", \"new_id\": \"\", \"field\": \"coding\", "
                    "\"before\": \"1\", \"after\": \"2\"}") != std::string::npos);
    CHECK(ladder::to_text(v1, v1, ladder::compare(v1, v1)) == "T 1 -> 1: no changes\n");
    CHECK(ladder::to_markdown(v1, v1, ladder::compare(v1, v1)).find("No changes.") != std::string::npos);
}

TEST_CASE("a group's range and name and an archetype's titles level by level are changes of their own", "[changes]") {
    const std::string base = std::string("ladder \"G\"\n") + std::string(header) + R"(competency code "Code" in craft
track ic "IC"
level L1 "One" on ic { expect code 1 }
level L2 "Two" on ic { expect code 2 }
level L3 "Three" on ic { expect code 3 }
)";
    const auto before = read(base + R"(group senior "Senior" = L2..L3
group old "Old" = L1
archetype lead "Lead" from L2 {
  title L2 "Lead Two"
  title L3 "Lead Three"
}
)");
    const auto after = read(base + R"(group senior "Seniors" = L3
group fresh "Fresh" = L1
archetype lead "Lead" from L2 {
  title L3 "Principal Lead"
  title L2 "Lead Two"
}
)");
    // "old" and "fresh" differ in id and name, so neither is a rename of the other.
    CHECK(lines(ladder::compare(before, after)) == std::vector<std::string>{
                                                       "archetype/changed/lead//title at L3/Lead Three/Principal Lead",
                                                       "group/changed/senior//name/Senior/Seniors",
                                                       "group/changed/senior//levels/L2..L3/L3",
                                                       "group/removed/old////",
                                                       "group/added/fresh////",
                                                   });
    // Titles moved around but unchanged are no change; a title dropped is one.
    const auto dropped = read(base + R"(group senior "Senior" = L2..L3
group old "Old" = L1
archetype lead "Lead" from L2 {
  title L3 "Lead Three"
}
)");
    CHECK(lines(ladder::compare(before, dropped)) == std::vector<std::string>{"archetype/changed/lead//title at L2/Lead Two/"});
    CHECK(ladder::compare(before, before).empty());
}
