#include <ladder/ladder.hpp>
#include <ladder/revise/history.hpp>

#include "catch.hpp"
#include "read_ladder.hpp"

#include <cstdio>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

// Versions of a ladder in force by date (core/date.hpp, revise/history.hpp): days, the
// `effective` and `maps` lines, a history's checks, and ids followed through revisions.

namespace {

using test_support::read;

constexpr std::string_view body = R"(
scale p "Points" { 1 basic "Basic" 2 good "Good" 3 great "Great" 4 superb "Superb" }
category craft "Craft"
competency coding "Coding" in craft
competency design "Design" in craft
track ic "Individual contributor"
)";

ladder::runtime_ladder version(std::string_view head, std::string_view rest) {
    return read(std::string(head) + std::string(body) + std::string(rest));
}

std::vector<std::string> strings(const std::vector<std::string_view>& ids) { return {ids.begin(), ids.end()}; }

std::string codes_of(const ladder::diagnostic_list& found) {
    std::string out;
    for (const auto& d : found) out += std::string(ladder::name_of(d.code)) + " " + std::string(d.subject) + ";";
    return out;
}

}  // namespace

TEST_CASE("a day reads only as YYYY-MM-DD of a day the calendar has", "[versions][date]") {
    STATIC_REQUIRE(ladder::parse_day("2026-07-01") == 20260701);
    STATIC_REQUIRE(ladder::parse_day("2024-02-29") == 20240229);  // a leap year
    STATIC_REQUIRE(ladder::parse_day("2000-02-29") == 20000229);  // divisible by 400
    STATIC_REQUIRE(ladder::parse_day("1900-02-29") == 0);         // divisible by 100 only
    STATIC_REQUIRE(ladder::parse_day("2026-02-29") == 0);
    STATIC_REQUIRE(ladder::parse_day("2026-04-31") == 0);
    STATIC_REQUIRE(ladder::parse_day("2026-13-01") == 0);
    STATIC_REQUIRE(ladder::parse_day("2026-00-10") == 0);
    STATIC_REQUIRE(ladder::parse_day("0000-01-01") == 0);
    for (const std::string_view bad : {std::string_view(""), std::string_view("2026-7-01"), std::string_view("2026-07-1"), std::string_view("2026/07/01"), std::string_view("20260701"),
                                       std::string_view("2026-07-01 "), std::string_view("+026-07-01"), std::string_view("2026-0x-01"),
                                       std::string_view("2026-07-0\0", 10)}) {
        CAPTURE(std::string(bad));
        CHECK(ladder::parse_day(bad) == 0);
    }
}

TEST_CASE("every day of a year reads and prints back: 365 in 2026 and 366 in 2024", "[versions][date]") {
    for (const auto& [year, days] : {std::pair{2026, 365}, std::pair{2024, 366}, std::pair{1900, 365}, std::pair{2000, 366}}) {
        int valid = 0;
        ladder::day_number last = 0;
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= 31; ++day) {
                char text[16];
                std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
                const ladder::day_number d = ladder::parse_day(text);
                if (d == 0) continue;
                ++valid;
                CHECK(d > last);  // days compare as the calendar orders them
                last = d;
                CHECK(ladder::day_text(d) == text);
            }
        }
        CAPTURE(year);
        CHECK(valid == days);
    }
}

TEST_CASE("a ladder states the day it takes effect and prints it back", "[versions][format]") {
    const auto l = version(R"(ladder "Co" version "2026" effective 2026-07-01)", "");
    CHECK(l.view().effective() == 20260701);
    CHECK(ladder::to_text(l.view()).find(R"(ladder "Co" version "2026" effective 2026-07-01)") != std::string::npos);
    const auto bad = ladder::load(std::string(R"(ladder "Co" effective 2026-02-30)") + std::string(body));
    REQUIRE_FALSE(bad);
    CHECK(bad.diagnostics().to_string("co.ladder").find("co.ladder:1:24: error[syntax-error]") != std::string::npos);
}

TEST_CASE("a maps line names levels or competencies of its own version and prints as written", "[versions][format]") {
    const auto l = version(R"(ladder "Co" effective 2026-07-01)", R"(
level E5 "Senior" on ic
level E6 "Senior II" on ic
maps L5 -> E5, E6
maps mentoring -> design
)");
    const auto maps = l.view().maps();
    REQUIRE(maps.size() == 3);
    CHECK((maps[0].from == "L5" && maps[0].to.id == "E5" && !maps[0].competency));
    CHECK((maps[1].from == "L5" && maps[1].to.id == "E6" && !maps[1].competency));
    CHECK((maps[2].from == "mentoring" && maps[2].to.id == "design" && maps[2].competency));
    const std::string printed = ladder::to_text(l.view());
    CHECK(printed.find("maps L5 -> E5, E6\n") != std::string::npos);
    CHECK(printed.find("maps mentoring -> design\n") != std::string::npos);
    CHECK(read(printed).view().maps().size() == 3);

    const auto unknown = ladder::load(std::string(R"(ladder "Co")") + std::string(body) + "level E5 \"Senior\" on ic\nmaps L5 -> E55\n");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.diagnostics().to_string().find("did you mean 'E5'?") != std::string::npos);
    const auto twice = ladder::load(std::string(R"(ladder "Co")") + std::string(body) + "level E5 \"Senior\" on ic\nmaps L5 -> E5, E5\n");
    REQUIRE_FALSE(twice);
    CHECK(codes_of(twice.diagnostics()) == "bad-map L5;");
    const auto mixed = ladder::load(std::string(R"(ladder "Co")") + std::string(body) + "level E5 \"Senior\" on ic\nmaps L5 -> E5, coding\n");
    REQUIRE_FALSE(mixed);
    CHECK(codes_of(mixed.diagnostics()) == "bad-map L5;");
}

TEST_CASE("a history orders its versions by day and says which was in force on a day", "[versions][history]") {
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(version(R"(ladder "Co" version "3" effective 2027-01-01)", "level L5 \"Senior\" on ic\n"));
    versions.push_back(version(R"(ladder "Co" version "1" effective 2025-01-01)", "level L5 \"Senior\" on ic\n"));
    versions.push_back(version(R"(ladder "Co" version "2" effective 2026-01-01)", "level L5 \"Senior\" on ic\n"));
    const auto h = ladder::make_history(std::move(versions), {"c.ladder", "a.ladder", "b.ladder"});
    REQUIRE(h);
    REQUIRE(h->size() == 3);
    CHECK(h->source(0) == "a.ladder");
    CHECK(h->source(2) == "c.ladder");
    CHECK((*h)[1].view().version() == "2");
    CHECK(h->in_force(20241231) == ladder::ladder_history::none);
    CHECK(h->in_force(20250101) == 0);
    CHECK(h->in_force(20251231) == 0);
    CHECK(h->in_force(20260101) == 1);
    CHECK(h->in_force(20261231) == 1);
    CHECK(h->in_force(20270101) == 2);
    CHECK(h->in_force(99991231) == 2);
}

TEST_CASE("a history of several versions needs each one's day and no two on the same day", "[versions][history]") {
    std::vector<ladder::runtime_ladder> undated;
    undated.push_back(version(R"(ladder "Co" version "1")", "level L5 \"Senior\" on ic\n"));
    undated.push_back(version(R"(ladder "Co" version "2" effective 2026-01-01)", "level L5 \"Senior\" on ic\n"));
    const auto a = ladder::make_history(std::move(undated), {"one.ladder", "two.ladder"});
    REQUIRE_FALSE(a);
    CHECK(codes_of(a.diagnostics()) == "version-order ;");
    CHECK(a.diagnostics().to_string().find("one.ladder: error[version-order]: Co 1 states no day it takes effect") != std::string::npos);

    std::vector<ladder::runtime_ladder> same;
    same.push_back(version(R"(ladder "Co" version "1" effective 2026-01-01)", "level L5 \"Senior\" on ic\n"));
    same.push_back(version(R"(ladder "Co" version "2" effective 2026-01-01)", "level L5 \"Senior\" on ic\n"));
    const auto b = ladder::make_history(std::move(same), {"one.ladder", "two.ladder"});
    REQUIRE_FALSE(b);
    CHECK(b.diagnostics().to_string().find("two.ladder: error[version-order]: it takes effect on 2026-01-01, as one.ladder does") !=
          std::string::npos);

    std::vector<ladder::runtime_ladder> one;
    one.push_back(version(R"(ladder "Co")", "level L5 \"Senior\" on ic\n"));
    const auto c = ladder::make_history(std::move(one), {});
    REQUIRE(c);
    CHECK(c->in_force(0) == 0);  // one version is in force on every day, stated or not
    CHECK(c->in_force(20200101) == 0);
    CHECK_FALSE(ladder::make_history({}, {}));
}

TEST_CASE("a revision keeps or maps every level of the version before and maps only ids it had", "[versions][history]") {
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(version(R"(ladder "Co" version "1" effective 2025-01-01)",
                               "level L4 \"Engineer\" on ic\nlevel L5 \"Senior\" on ic\nlevel L6 \"Staff\" on ic\n"));
    versions.push_back(version(R"(ladder "Co" version "2" effective 2026-01-01)",
                               "level L4 \"Engineer\" on ic\nlevel E5 \"Senior\" on ic\nlevel E7 \"Staff\" on ic\n"
                               "maps L55 -> E5\nmaps L6 -> E7\nmaps mentoring -> coding\n"));
    const auto h = ladder::make_history(std::move(versions), {"v1.ladder", "v2.ladder"});
    REQUIRE_FALSE(h);
    const std::string text = h.diagnostics().to_string();
    CHECK(codes_of(h.diagnostics()) == "bad-map L55;bad-map mentoring;unmapped-level L5;");
    CHECK(text.find("(did you mean 'L5'?)") != std::string::npos);
    CHECK(text.find("v2.ladder:") != std::string::npos);
    CHECK(text.find("has no competency of that id") != std::string::npos);
}

TEST_CASE("an id is followed through each revision: kept, renamed, split or gone", "[versions][history]") {
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(version(R"(ladder "Co" version "1" effective 2024-01-01)",
                               "level L4 \"Engineer\" on ic\nlevel L5 \"Senior\" on ic\ncompetency mentoring \"Mentoring\" in craft\n"));
    versions.push_back(version(R"(ladder "Co" version "2" effective 2025-01-01)",
                               "level L4 \"Engineer\" on ic\nlevel E5 \"Senior\" on ic\nmaps L5 -> E5\n"
                               "competency mentorship \"Mentorship\" in craft\nmaps mentoring -> mentorship\n"));
    versions.push_back(version(R"(ladder "Co" version "3" effective 2026-01-01)",
                               "level L4 \"Engineer\" on ic\nlevel E5 \"Senior\" on ic\nlevel E6 \"Senior II\" on ic\n"
                               "maps E5 -> E5, E6\n"));
    const auto h = ladder::make_history(std::move(versions), {});
    REQUIRE(h);
    CHECK(strings(h->level_ids(0, 2, "L4")) == std::vector<std::string>{"L4"});
    CHECK(strings(h->level_ids(0, 1, "L5")) == std::vector<std::string>{"E5"});
    CHECK(strings(h->level_ids(0, 2, "L5")) == std::vector<std::string>{"E5", "E6"});
    CHECK(strings(h->level_ids(1, 2, "E5")) == std::vector<std::string>{"E5", "E6"});
    CHECK(strings(h->level_ids(2, 2, "E6")) == std::vector<std::string>{"E6"});
    CHECK(strings(h->competency_ids(0, 1, "mentoring")) == std::vector<std::string>{"mentorship"});
    CHECK(h->competency_ids(0, 2, "mentoring").empty());  // version 3 dropped mentorship
    CHECK(strings(h->competency_ids(0, 2, "coding")) == std::vector<std::string>{"coding"});
    CHECK(h->level_ids(0, 2, "L9").empty());
}

TEST_CASE("the shipped versions load from their directory as a history", "[versions][history]") {
    const std::vector<std::string> paths{std::string(LADDER_DATA_DIR) + "/versions"};
    const auto h = ladder::load_history(paths);
    if (!h) FAIL(h.diagnostics().to_string());
    REQUIRE(h->size() == 2);
    CHECK(h->source(0).ends_with("2025.ladder"));
    CHECK(h->in_force(20251231) == 0);
    CHECK(h->in_force(20260101) == 1);
    CHECK(strings(h->level_ids(0, 1, "L5")) == std::vector<std::string>{"E5", "E6"});
    CHECK(strings(h->competency_ids(0, 1, "mentoring")) == std::vector<std::string>{"mentorship"});

    const std::vector<std::string> missing{std::string(LADDER_DATA_DIR) + "/versions/none.ladder"};
    const auto nothing = ladder::load_history(missing);
    REQUIRE_FALSE(nothing);
    CHECK(codes_of(nothing.diagnostics()).find("cannot-read-file") != std::string::npos);
}
