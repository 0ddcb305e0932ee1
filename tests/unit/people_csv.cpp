#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>

#include "catch.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

// People from CSV: RFC 4180 text, one row per person per review cycle; every problem reported
// with its line and column, and a file with any problem gives no people.

namespace {

constexpr auto acme = ladder::parse<R"(ladder "Acme"
scale proficiency "Proficiency" {
  1 developing "Developing"
  2 proficient "Proficient"
  3 advanced "Advanced"
  4 expert "Expert"
}
category craft "Craft"
category people "People"
competency delivery "Delivery" in craft
competency design "Design" in craft
competency mentorship "Mentorship" in people
track ic "IC"
attribute open_position : bool
attribute headcount : number
attribute waited : duration
attribute team : text
level L5 "Senior" on ic { expect delivery 3, design 3, mentorship 2 }
level L6 "Staff" on ic { expect delivery 4, design 4, mentorship 3 }
archetype architect "Architect" from L6 { expect design 4 }
promote L5 -> L6
)">();

std::string problems(std::string_view csv) {
    const auto r = ladder::read_people_csv(acme, csv, "team.csv");
    return r.ok() ? std::string() : r.diagnostics().to_string();
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("people are read from one row per person per cycle", "[csv]") {
    const std::string csv =
        "\xEF\xBB\xBF"  // a byte order mark, as spreadsheets write
        "person,name,level,archetype,months_in_level,tenure_months,cycle,note,delivery,design,mentorship,"
        "open_position,headcount,waited,team,exempt:mentorship\r\n"
        "ada,\"Lovelace, Ada\",L6,architect,14,40,2025H2,\"said \"\"ship it\"\"\r\non two lines\",4,4,3,yes,5,"
        "1 year,Core,\r\n"
        "\r\n"
        "ada,,L6,,,,2026H1,,4,expert,,,,,,\r\n"
        "bo,Bo,L5,,30,,2026H1,,3,3,2,no,,6 months,,on leave\r\n";
    const auto r = ladder::read_people_csv(acme, csv, "team.csv");
    INFO(r.diagnostics().to_string());
    REQUIRE(r.ok());
    REQUIRE(r->size() == 2);
    const ladder::person_ref ada = (*r)[0];
    CHECK(ada.id == "ada");
    CHECK(ada.name == "Lovelace, Ada");
    CHECK(ada.level == acme.level("L6").index());
    CHECK(ada.archetype == acme.archetype("architect").index());
    CHECK(ada.months_in_level == 14);
    CHECK(ada.tenure_months == 40);
    REQUIRE(ada.cycle_count() == 2);  // in the order of their rows, oldest first
    CHECK(ada.cycles()[0].id == "2025H2");
    CHECK(ada.cycles()[0].note == "said \"ship it\"\non two lines");
    CHECK(ada.rating_of(acme.competency("design").index()) == 4);  // `expert`, by its point id
    CHECK_FALSE(ada.rating_of(acme.competency("mentorship").index()).has_value());  // left empty: not rated
    CHECK(ada.rating_of(acme.competency("mentorship").index(), 1) == 3);
    CHECK(ada.value_of(0)->number == 1);   // open_position
    CHECK(ada.value_of(2)->number == 12);  // waited: 1 year
    CHECK(ada.value_of(3)->text == "Core");
    const auto bo = r->find("bo");
    REQUIRE(bo.has_value());
    REQUIRE(bo->exemptions().size() == 1);
    CHECK(bo->exemptions()[0].reason == "on leave");
    CHECK(bo->value_of(2)->number == 6);

    // The people outlive the text they were read from, and move with their list.
    auto again = ladder::read_people_csv(acme, std::string(csv), "copy.csv");
    REQUIRE(again.ok());
    const ladder::people_list moved = std::move(*again);
    CHECK(moved[0].cycles()[0].note == "said \"ship it\"\non two lines");
    CHECK(ladder::readiness(acme, moved[1], "L6")->result() == ladder::verdict::fail);
}

TEST_CASE("each CSV problem is reported with its line and column", "[csv]") {
    const std::string header = "person,level,cycle,delivery,design,mentorship\n";
    CHECK(has(problems(header + "ada,L5,1,4,4\n"), "team.csv:2:1: error[ragged-row]: the row has 5 fields; the header has 6"));
    CHECK(has(problems("person,level,cycle,delivery,desing\nada,L5,1,3,3\n"),
              "team.csv:1:29: error[unknown-column]: column 'desing' is none of"));
    CHECK(has(problems("person,level,cycle,delivery,desing\nada,L5,1,3,3\n"), "(did you mean 'design'?)"));
    CHECK(has(problems("person,cycle,delivery\nada,1,3\n"), "error[missing-column]: the header has no 'level' column"));
    CHECK(has(problems(header + "ada,L5,1,3,3,2\nada,L5,1,3,3,3\n"),
              "team.csv:3:8: error[duplicate-row]: person 'ada' has cycle '1' twice (first on line 2)"));
    CHECK(has(problems(header + "ada,L5,1,3,3,2\nada,L6,2,3,3,3\n"),
              "team.csv:3:5: error[conflicting-value]: person 'ada' is given another level here than on line 2"));
    CHECK(has(problems(header + "ada,L5,1,3,9,2\n"),
              "team.csv:2:12: error[rating-off-scale]: person 'ada' is rated 9 on 'design'"));
    CHECK(has(problems(header + "ada,L5,1,3,exprt,2\n"), "team.csv:2:12: error[unknown-id]: no scale point has the id 'exprt'"));
    CHECK(has(problems(header + "ada,L55,1,3,3,2\n"), "team.csv:2:5: error[unknown-id]: no level has the id 'L55'"));
    CHECK(has(problems(header + "ada,,1,3,3,2\n"), "team.csv:2:1: error[person-without-level]: person 'ada' has no level"));
    CHECK(has(problems(header + ",L5,1,3,3,2\n"), "team.csv:2:1: error[bad-value]"));
    CHECK(has(problems("person,level,cycle,months_in_level\nada,L5,1,soon\n"),
              "team.csv:2:10: error[bad-value]: 'soon' is not a whole number of months"));
    CHECK(has(problems("person,level,cycle,open_position\nada,L5,1,maybe\n"),
              "team.csv:2:10: error[bad-value]: 'maybe' is not true or false"));
    CHECK(has(problems(header + "ada,L5,1,3,\"3\"x,2\n"), "team.csv:2:15: error[csv-syntax]: text after a closing quote"));
    CHECK(has(problems(header + "ada,L5,1,3,3\"x,2\n"), "team.csv:2:13: error[csv-syntax]: a quote inside an unquoted field"));
    CHECK(has(problems(header + "ada,L5,1,3,3,\"2\n"),
              "team.csv:2:14: error[csv-syntax]: the quoted field that starts here is not closed"));
    CHECK(has(problems(""), "error[csv-syntax]: the file has no header row"));
    // Found by the fuzzer once: each is reported, not a crash.
    CHECK(has(problems("person,level,cycle\nada,L5,\n"), "team.csv:2:8: error[bad-value]"));
    CHECK(has(problems("person,level,cycle,exempt:mentorshp\nada,L5,1,away\n"), "error[unknown-column]: column 'exempt:mentorshp'"));
    CHECK(has(problems("persn,level,cycle,delivery\nada,L5,1,3\n"), "error[missing-column]: the header has no 'person' column"));
}

TEST_CASE("a file with any problem gives no people, and every problem at once", "[csv]") {
    const auto r = ladder::read_people_csv(acme, "person,level,cycle,delivery\nada,L5,1,3\nbo,L5,1,9\ncy,L7,1,3\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics().error_count() == 2);  // bo's rating and cy's level; ada is fine but not returned alone
    const auto missing = ladder::load_people_csv(acme, "no/such/people.csv");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.diagnostics()[0].code == ladder::diagnostic_code::cannot_read_file);
}

TEST_CASE("a header of 10000 unknown columns gives 50 errors and stops", "[csv][hostile]") {
    std::string csv = "person,level,cycle";
    for (int i = 0; i != 10'000; ++i) csv += ",=SUM(A" + std::to_string(i) + ")";
    csv += "\nann,L5,2026H1\n";
    const auto r = ladder::read_people_csv(acme, csv, "wide.csv");
    REQUIRE_FALSE(r.ok());
    const auto& found = r.diagnostics();
    REQUIRE(found.size() == 51);
    CHECK(found[0].code == ladder::diagnostic_code::unknown_column);
    CHECK(found[0].where == ladder::source_position{1, 20});
    CHECK(found[49].code == ladder::diagnostic_code::unknown_column);
    CHECK(found[50].code == ladder::diagnostic_code::too_many_errors);
    CHECK(found[50].message() == "reading stopped after 50 errors; the rest of the text is not checked");
}

TEST_CASE("a column given twice is an error at its second place however wide the header", "[csv]") {
    const auto r = ladder::read_people_csv(acme, "person,level,design,cycle,design,exempt: design,exempt:design\n", "t.csv");
    REQUIRE_FALSE(r.ok());
    const auto& found = r.diagnostics();
    REQUIRE(found.count(ladder::diagnostic_code::duplicate_clause) == 2);
    CHECK(found[0].where == ladder::source_position{1, 27});
    CHECK(found[0].subject == "design");
    CHECK(found[1].where == ladder::source_position{1, 49});
}

TEST_CASE("20000 people on 40000 rows are read and each keeps both cycles", "[csv][scale]") {
    // Rows of one person are not adjacent: the second cycle of everyone follows the first.
    std::string csv = "person,level,cycle,delivery\n";
    for (const char* cycle : {"2025H2", "2026H1"}) {
        for (int i = 0; i != 20'000; ++i) csv += "p" + std::to_string(i) + ",L5," + cycle + "," + (i % 2 ? "3" : "4") + "\n";
    }
    const auto r = ladder::read_people_csv(acme, csv, "big.csv");
    INFO(r.diagnostics().to_string("big.csv", 5));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 20'000);
    for (const int i : {0, 1, 12'345, 19'999}) {
        const auto p = r->find("p" + std::to_string(i));
        REQUIRE(p.has_value());
        REQUIRE(p->cycle_count() == 2);
        CHECK(p->rating_of(acme.competency("delivery").index()) == (i % 2 ? 3 : 4));
    }
}

TEST_CASE("a million lines of broken quotes give 50 errors", "[csv][hostile]") {
    std::string csv = "person,level,cycle\n";
    for (int i = 0; i != 1'000'000; ++i) csv += "\"a\"b,L5,c\n";
    const auto r = ladder::read_people_csv(acme, csv, "quotes.csv");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics().size() == 51);
    CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::csv_syntax);
    CHECK(r.diagnostics()[0].where.line == 2);
    CHECK(r.diagnostics()[50].code == ladder::diagnostic_code::too_many_errors);
}

TEST_CASE("a people file past the 16 MB limit of a ladder file is read whole", "[csv]") {
    // Three cycles whose notes are 6 MB each: 18 MB, under people_csv_max_bytes (1 GiB).
    const auto path = std::filesystem::temp_directory_path() / "ladder_people_past_16_mb.csv";
    const std::string note(std::size_t{6} << 20, 'x');
    {
        std::ofstream out(path, std::ios::binary);
        out << "person,level,cycle,note,delivery\n";
        for (const char* cycle : {"c1", "c2", "c3"}) out << "ada,L5," << cycle << ',' << note << ",3\n";
    }
    REQUIRE(std::filesystem::file_size(path) > ladder::text_limits{}.max_input_bytes);
    REQUIRE(std::filesystem::file_size(path) < ladder::people_csv_max_bytes);
    const auto people = ladder::load_people_csv(acme, path.string());
    std::filesystem::remove(path);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 1);
    const ladder::person_ref ada = (*people)[0];
    REQUIRE(ada.cycle_count() == 3);
    CHECK(ada.cycles()[2].note == note);
}

TEST_CASE("reading a large people file reports progress that only grows and ends at its total", "[csv]") {
    for (const std::string_view line_end : {"\n", "\r\n", "\r"}) {  // LF, CRLF and a lone CR end a line alike
        std::string csv = "person,level,cycle,delivery" + std::string(line_end);
        constexpr std::size_t people = 25000;  // 75,000 steps: past the 65,536 between reports
        for (std::size_t i = 0; i != people; ++i) csv += "p" + std::to_string(i) + ",L5,c1,3" + std::string(line_end);
        std::vector<std::pair<std::size_t, std::size_t>> calls;
        const auto read = ladder::read_people_csv(acme, csv, "big.csv", [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
        REQUIRE(read.ok());
        CHECK(read->size() == people);
        REQUIRE(calls.size() >= 2);
        CHECK(calls.front().first < calls.front().second);  // a report before the end
        for (std::size_t i = 0; i != calls.size(); ++i) {
            CHECK(calls[i].second == calls.back().second);
            CHECK(calls[i].first <= calls[i].second);
            if (i != 0) CHECK(calls[i].first >= calls[i - 1].first);
        }
        CHECK(calls.back().first == calls.back().second);
        CHECK(calls.back().second >= 3 * people);  // three steps a row
        // Without a callback, the same people.
        CHECK(ladder::read_people_csv(acme, csv, "big.csv")->size() == people);
    }
}

TEST_CASE("a cycle given twice is found however many cycles the person has and names its first line", "[csv][hostile]") {
    // Past a few rows a person's cycles are found through an index, not a scan per row.
    for (const std::size_t cycles : {std::size_t{3}, std::size_t{15}, std::size_t{16}, std::size_t{17}, std::size_t{40}}) {
        INFO(cycles);
        std::string csv = "person,level,cycle,delivery\n";
        for (std::size_t i = 0; i != cycles; ++i) csv += "ada,L5,c" + std::to_string(i) + ",3\n";
        const auto whole = ladder::read_people_csv(acme, csv, "team.csv");
        REQUIRE(whole.ok());
        CHECK((*whole)[0].cycle_count() == cycles);
        const std::string last = "c" + std::to_string(cycles - 1);
        csv += "ada,L5,c0,3\nada,L5," + last + ",3\n";  // lines cycles + 2 and cycles + 3
        const std::string found = problems(csv);
        CHECK(has(found, "team.csv:" + std::to_string(cycles + 2) +
                             ":8: error[duplicate-row]: person 'ada' has cycle 'c0' twice (first on line 2)"));
        CHECK(has(found, "team.csv:" + std::to_string(cycles + 3) + ":8: error[duplicate-row]: person 'ada' has cycle '" + last +
                             "' twice (first on line " + std::to_string(cycles + 1) + ")"));
        CHECK(ladder::read_people_csv(acme, csv, "team.csv").diagnostics().error_count() == 2);
    }
}
