#include <ladder/ladder.hpp>
#include <ladder/revise/history.hpp>
#include <ladder/io/people_csv.hpp>

#include "catch.hpp"
#include "read_ladder.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <random>
#include <fstream>
#include <sstream>
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

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// The shipped versions, the second with `edit` applied to its text (a line taken out, say).
ladder::ladder_history shipped_history(std::string_view drop_line = {}) {
    const std::string dir = std::string(LADDER_DATA_DIR) + "/versions/";
    std::string newer = file_text(dir + "2026.ladder");
    if (!drop_line.empty()) {
        const auto at = newer.find(drop_line);
        REQUIRE(at != std::string::npos);
        newer.erase(at, drop_line.size());
    }
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(test_support::read_file(dir + "2025.ladder"));
    versions.push_back(read(newer));
    auto h = ladder::make_history(std::move(versions), {"2025.ladder", "2026.ladder"});
    if (!h) FAIL(h.diagnostics().to_string());
    return std::move(*h);
}

/// Each person's verdict for their next move, `id:pass`, in the file's order.
std::string verdicts(const ladder::ladder_history& h, const ladder::people_list& people) {
    const ladder::ladder_view v = h[people.version()].view();
    std::string out;
    for (const auto& e : ladder::readiness_of(v, people.all(), std::nullopt, false)) {
        REQUIRE(e.report);
        out += std::string(e.who.id) + ":" + std::string(ladder::name_of(e.report->result())) + " ";
    }
    return out;
}

std::vector<std::string> strings(const std::vector<std::string_view>& ids) { return {ids.begin(), ids.end()}; }

std::string codes_of(const ladder::diagnostic_list& found) {
    std::string out;
    for (const auto& d : found) {
        if (d.severity == ladder::severity::error) out += std::string(ladder::name_of(d.code)) + " " + std::string(d.subject) + ";";
    }
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
    CHECK(bad.diagnostics().to_string().find(":1:23: error[syntax-error]: expected the day it takes effect, as YYYY-MM-DD") !=
          std::string::npos);
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

TEST_CASE("sustained work over three cycles straddling a revision counts the cycles rated under the old version", "[versions][csv]") {
    const std::string csv = file_text(std::string(LADDER_DATA_DIR) + "/versions/people.csv");
    const auto h = shipped_history();
    const auto people = ladder::read_people_csv(h, csv, "people.csv");
    if (!people) FAIL(people.diagnostics().to_string());
    CHECK(people->version() == 1);  // the latest cycle, 2026-06-30, falls under 2026
    REQUIRE(people->size() == 3);
    // ada: E7 asks coding 4, design 4, mentorship 3; 2025H2 (mentoring 3, under 2025) and
    // 2026H1 meet it. bo met 2025's Staff bar (design 3) twice but 2026's (design 4) once.
    CHECK(verdicts(h, *people) == "ada:pass bo:fail cy:pass ");
    const ladder::person_ref ada = (*people)[0];
    REQUIRE(ada.cycle_count() == 3);
    CHECK(ada.cycles()[0].date == 20250630);
    CHECK(ada.cycles()[2].date == 20260630);
    const ladder::ladder_view v = h[1].view();
    const auto mentorship = ladder::detail::find_row(v.competencies(), "mentorship");
    CHECK(ada.ratings_in(1)[mentorship] == 3);  // rated as `mentoring` in 2025
    CHECK(v.levels()[ada.level].id == "E6");
    CHECK(v.levels()[(*people)[2].level].id == "E4");  // L4 on 2025 rows, E4 on 2026's: the same level

    // Without the map, the 2025 ratings of mentoring count for nothing under 2026: ada's 2025H2
    // has no rating of mentorship, so whether it met E7 is unknown, and so is her verdict.
    const auto unmapped = shipped_history("maps mentoring -> mentorship\n");
    const auto again = ladder::read_people_csv(unmapped, csv, "people.csv");
    if (!again) FAIL(again.diagnostics().to_string());
    CHECK(verdicts(unmapped, *again) == "ada:unknown bo:fail cy:pass ");
}

TEST_CASE("judged as of a day before the revision the people stand on the old version", "[versions][csv]") {
    const auto h = shipped_history();
    const std::string csv = "person,level,cycle,date,coding,design,mentoring\n"
                            "ada,L5,2025H1,2025-06-30,4,3,3\n"
                            "ada,L5,2025H2,2025-12-15,4,3,3\n";
    const auto people = ladder::read_people_csv(h, csv, "people.csv");
    if (!people) FAIL(people.diagnostics().to_string());
    CHECK(people->version() == 0);
    CHECK(verdicts(h, *people) == "ada:pass ");  // 2025's Staff asks design 3
    const auto later = ladder::read_people_csv(h, csv, "people.csv", 20250701);
    REQUIRE_FALSE(later);
    CHECK(later.diagnostics().to_string("people.csv").find("people.csv:3:15: error[bad-value]: '2025-12-15' is not a day on or before 2025-07-01") !=
          std::string::npos);
}

TEST_CASE("a cycle's cells are read against the version in force on its day", "[versions][csv]") {
    const auto h = shipped_history();
    SECTION("a rating of a competency the version in force does not have") {
        const std::string csv = "person,level,cycle,date,coding,mentoring,mentorship\n"
                                "ada,L5,2025H2,2025-12-15,4,,3\n"
                                "ada,E6,2026H1,2026-06-30,4,3,3\n";
        const auto people = ladder::read_people_csv(h, csv, "people.csv");
        REQUIRE_FALSE(people);
        const std::string text = people.diagnostics().to_string("people.csv");
        CHECK(codes_of(people.diagnostics()) == "not-in-version mentorship;not-in-version mentoring;");
        CHECK(text.find("people.csv:2:29: error[not-in-version]: 'mentorship' is not a competency of the version in force on "
                        "2025-12-15 (Small Co 2025)") != std::string::npos);
        CHECK(text.find("people.csv:3:28: error[not-in-version]") != std::string::npos);
    }
    SECTION("days missing, malformed, out of order or before the first version") {
        const std::string csv = "person,level,cycle,date,coding\n"
                                "ada,E6,2026H1,,4\n"
                                "bo,E6,2026H1,2026-02-30,4\n"
                                "cy,E6,2026H2,2026-12-01,4\n"
                                "cy,E6,2026H1,2026-06-30,4\n"
                                "dee,L5,2024H2,2024-12-31,4\n";
        const auto people = ladder::read_people_csv(h, csv, "people.csv");
        REQUIRE_FALSE(people);
        const std::string text = people.diagnostics().to_string("people.csv");
        CHECK(codes_of(people.diagnostics()) == "bad-value ;bad-value 2026-02-30;bad-value 2026-06-30;bad-value 2024-12-31;");
        CHECK(text.find("on or after the day of the person's cycle before it, 2026-12-01 on line 4") != std::string::npos);
        CHECK(text.find("the first takes effect on 2025-01-01") != std::string::npos);
    }
    SECTION("a point's name read on the scale of the version in force, with its did-you-mean") {
        const std::string csv = "person,level,cycle,date,coding\n"
                                "ada,L5,2025H2,2025-12-15,strnog\n"
                                "ada,E6,2026H1,2026-06-30,4\n";
        const auto people = ladder::read_people_csv(h, csv, "people.csv");
        REQUIRE_FALSE(people);
        CHECK(codes_of(people.diagnostics()) == "unknown-id strnog;");
        CHECK(people.diagnostics().to_string("people.csv").find("people.csv:2:26: error[unknown-id]") != std::string::npos);
        CHECK(people.diagnostics().to_string().find("did you mean 'strong'?") != std::string::npos);
    }
    SECTION("no date column with several versions") {
        const auto people = ladder::read_people_csv(h, "person,level,cycle,coding\nada,E6,2026H1,4\n", "people.csv");
        REQUIRE_FALSE(people);
        CHECK(codes_of(people.diagnostics()) == "missing-column date;");
    }
    SECTION("a level split since, given on no row of the deciding version") {
        const std::string csv = "person,level,cycle,date,coding,mentorship\n"
                                "ada,L5,2025H2,2025-12-15,4,3\n"
                                "ada,,2026H1,2026-06-30,4,3\n";
        const auto people = ladder::read_people_csv(h, csv, "people.csv");
        REQUIRE_FALSE(people);
        // Her other problems are reported with it, and no "person without a level" besides.
        CHECK(codes_of(people.diagnostics()) == "bad-map L5;not-in-version mentorship;");
        CHECK(people.diagnostics().to_string("people.csv").find(
                  "people.csv:2:5: error[bad-map]: the `maps` line of 'L5': it is split into E5, E6: which of them ada is at is a decision to make") !=
              std::string::npos);
    }
}

TEST_CASE("a diff of two versions follows their maps: renamed split and merged", "[versions][changes]") {
    const auto h = shipped_history();
    const auto changes = ladder::compare(h[0].view(), h[1].view());
    std::vector<std::string> moved;
    for (const auto& c : changes.items) {
        const bool row = c.subject == ladder::change_subject::level || c.subject == ladder::change_subject::competency;
        if (row && (c.kind == ladder::change_kind::renamed || c.kind == ladder::change_kind::split || c.kind == ladder::change_kind::merged ||
                    c.kind == ladder::change_kind::added || c.kind == ladder::change_kind::removed)) {
            moved.push_back(std::string(ladder::name_of(c.subject)) + " " + c.id + " " + std::string(ladder::name_of(c.kind)) + " " + c.new_id);
        }
    }
    CHECK(moved == std::vector<std::string>{"competency mentoring renamed mentorship", "level L3 renamed E3", "level L4 renamed E4",
                                            "level L5 split E5, E6", "level L6 renamed E7"});

    constexpr std::string_view points = R"(scale p "Points" { 1 basic "Basic" 2 good "Good" }
category craft "Craft"
)";
    const auto older = read(std::string(R"(ladder "Co" version "1")") + "\n" + std::string(points) +
                            "competency coding \"Coding\" in craft\ncompetency design \"Design\" in craft\n");
    const auto merged_version = read(std::string(R"(ladder "Co" version "2")") + "\n" + std::string(points) +
                                     "competency craft_all \"Craft\" in craft\nmaps coding -> craft_all\nmaps design -> craft_all\n");
    const auto merged = ladder::compare(older.view(), merged_version.view());
    std::vector<std::string> seen;
    for (const auto& c : merged.items) seen.push_back(std::string(ladder::name_of(c.kind)) + " " + c.id + " " + c.new_id);
    // coding's row is craft_all's now, and its name changed with it; design was merged into it.
    CHECK(seen == std::vector<std::string>{"changed  ", "renamed coding craft_all", "changed coding ", "merged design craft_all"});
}

namespace {

/// `text` with every identifier token `from` (outside strings and comments) written `to`.
std::string renamed_tokens(std::string_view text, std::string_view from, std::string_view to) {
    std::string out;
    const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '"') {  // a string, kept whole (the format has no escapes but \" and \\)
            std::size_t j = i + 1;
            while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
            out.append(text.substr(i, j + 1 - i));
            i = j + 1;
        } else if (text[i] == '#') {
            const std::size_t j = text.find('\n', i);
            out.append(text.substr(i, j - i));
            i = j == std::string_view::npos ? text.size() : j;
        } else if (word(text[i])) {
            std::size_t j = i;
            while (j < text.size() && word(text[j])) ++j;
            const std::string_view token = text.substr(i, j - i);
            out.append(token == from ? to : token);
            i = j;
        } else {
            out += text[i++];
        }
    }
    return out;
}

/// Does any condition of the ladder (a rule, a guard, a level's criterion, an advisory) name `id`?
bool named_by_a_condition(const ladder::ladder_view& v, std::string_view id) {
    const auto names = [&](std::string_view text) { return renamed_tokens(text, id, "\x01") != text; };
    for (const auto& r : v.rules()) {
        if (names(r.text)) return true;
    }
    for (const auto& t : v.transitions()) {
        if (names(t.guard)) return true;
    }
    for (const auto& l : v.levels()) {
        if (names(l.criterion)) return true;
    }
    for (const auto& a : v.advisories()) {
        if (names(a.text)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a diff of a version with itself is empty and a diff of random revisions reports each revision and nothing else", "[versions][changes][property]") {
    const auto original = test_support::read_file(std::string(LADDER_DATA_DIR) + "/engineering.ladder");
    const ladder::ladder_view a = original.view();
    CHECK(ladder::compare(a, a).empty());
    // The ids a revision may rename: levels and competencies no condition names (a condition's
    // text is compared as written, so renaming an id it names is a second change, rightly).
    std::vector<std::string> levels, competencies;
    for (const auto& l : a.levels()) {
        if (!named_by_a_condition(a, l.id)) levels.emplace_back(l.id);
    }
    for (const auto& c : a.competencies()) {
        if (!named_by_a_condition(a, c.id)) competencies.emplace_back(c.id);
    }
    REQUIRE(levels.size() >= 3);
    REQUIRE(competencies.size() >= 3);
    const std::string printed = ladder::to_text(a);

    std::mt19937 random(20261204);
    std::size_t revisions_checked = 0;
    for (int round = 0; round != 60; ++round) {
        std::string text = printed;
        std::vector<std::string> expected{"ladder/changed//version"};
        const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
        std::string maps;
        std::vector<std::string> touched;
        const int revisions = 1 + static_cast<int>(random() % 3);
        for (int k = 0; k != revisions; ++k) {
            const auto kind = random() % 3;
            const std::string id = kind == 2 ? pick(competencies) : pick(levels);
            if (std::find(touched.begin(), touched.end(), id) != touched.end()) continue;
            touched.push_back(id);
            if (kind == 0) {  // a level retitled: `level L5 "Senior Engineer"` -> `"Senior Engineer (new)"`
                const std::string head = "level " + id + " \"";
                const auto at = text.find(head);
                REQUIRE(at != std::string::npos);
                text.insert(text.find('"', at + head.size()), " (new)");
                expected.push_back("level/changed/" + id + "/title");
            } else {  // a level or a competency renamed, with the `maps` line that says so
                const std::string now = id + "_new";
                text = renamed_tokens(text, id, now);
                maps += "maps " + id + " -> " + now + "\n";
                expected.push_back(std::string(kind == 2 ? "competency" : "level") + "/renamed/" + id);
            }
        }
        text += maps;
        const auto version = text.find("version \"");
        REQUIRE(version != std::string::npos);
        text.insert(version + 9, "next ");
        const auto b = ladder::load(text, "revised.ladder");
        if (!b) FAIL(b.diagnostics().to_string());
        std::vector<std::string> reported;
        for (const auto& c : ladder::compare(a, b->view()).items) {
            reported.push_back(std::string(ladder::name_of(c.subject)) + "/" + std::string(ladder::name_of(c.kind)) + "/" + c.id +
                               (c.kind == ladder::change_kind::changed ? "/" + c.field : ""));
        }
        std::sort(expected.begin(), expected.end());
        std::sort(reported.begin(), reported.end());
        CAPTURE(maps);
        CHECK(reported == expected);  // each revision reported, and every change reported is one of them
        ++revisions_checked;
    }
    CHECK(revisions_checked == 60);
}

TEST_CASE("a move whose target was split aims at the same level when it aims at one of its parts", "[versions][impact]") {
    const auto h = shipped_history();
    const ladder::ladder_view before = h[0].view(), after = h[1].view();
    const auto people = ladder::read_people_csv(before, file_text(std::string(LADDER_DATA_DIR) + "/versions/people_2025.csv"), "people.csv");
    if (!people) FAIL(people.diagnostics().to_string());
    const auto impact = ladder::impact_of(before, after, ladder::compare(before, after), people->all());
    REQUIRE(impact.people.size() == 4);
    const auto& ada = impact.people[0];
    const auto& cy = impact.people[1];
    REQUIRE(ada.who.id == "ada");
    REQUIRE(cy.who.id == "cy");
    // ada is at L5, split into E5 and E6: which she is at is a decision, not a guess.
    CHECK_FALSE(ada.carried);
    CHECK(ada.after.problem.find("it is split into E5, E6") != std::string::npos);
    // cy, at L4 (now E4), was ready for L5 and is ready for E5, one of L5's parts: the same move.
    CHECK(cy.before.target == "L5");
    CHECK(cy.after.target == "E5");
    CHECK(cy.same_target);
    CHECK_FALSE(cy.verdict_changed());
    CHECK(cy.band_moved());
}

TEST_CASE("ratings of merged competencies carry as the lowest and of a split one as a rating of each part", "[versions][csv]") {
    constexpr std::string_view points = R"(scale p "Points" { 1 basic "Basic" 2 good "Good" 3 great "Great" 4 superb "Superb" }
category craft "Craft"
track ic "Individual contributor"
)";
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(read(std::string(R"(ladder "Co" version "1" effective 2025-01-01)") + "\n" + std::string(points) +
                            "competency coding \"Coding\" in craft\ncompetency design \"Design\" in craft\n"
                            "competency ops \"Operations\" in craft\nlevel L5 \"Senior\" on ic\n"));
    versions.push_back(read(std::string(R"(ladder "Co" version "2" effective 2026-01-01)") + "\n" + std::string(points) +
                            "competency building \"Building\" in craft\ncompetency oncall \"On call\" in craft\n"
                            "competency tooling \"Tooling\" in craft\nlevel L5 \"Senior\" on ic\n"
                            "maps coding -> building\nmaps design -> building\nmaps ops -> oncall, tooling\n"));
    const auto h = ladder::make_history(std::move(versions), {});
    REQUIRE(h);
    const std::string csv = "person,level,cycle,date,coding,design,ops,building\n"
                            "ada,L5,2025H2,2025-12-15,2,4,great,\n"
                            "ada,L5,2026H1,2026-06-30,,,,3\n";
    const auto people = ladder::read_people_csv(*h, csv, "people.csv");
    if (!people) FAIL(people.diagnostics().to_string());
    const ladder::ladder_view v = (*h)[1].view();
    const auto rated = [&](std::size_t cycle, std::string_view id) {
        return (*people)[0].ratings_in(cycle)[ladder::detail::find_row(v.competencies(), id)];
    };
    CHECK(rated(0, "building") == 2);  // coding 2 and design 4, merged: the lowest, not the last
    CHECK(rated(0, "oncall") == 3);    // ops `great`, a point of the old scale, split: each part
    CHECK(rated(0, "tooling") == 3);
    CHECK(rated(1, "building") == 3);
    CHECK_FALSE(rated(1, "oncall").has_value());
}
