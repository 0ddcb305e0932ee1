#include <ladder/ladder.hpp>
#include <ladder/io/matrix_csv.hpp>
#include <ladder/render/all.hpp>

#include "catch.hpp"
#include "read_ladder.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

// A ladder from the spreadsheet it lives in: a competency x level matrix as CSV, read back from
// what `to_csv` writes and from the shapes HR exports; every cell that cannot be read reported
// at its line and column, and nothing built then.

namespace {

using test_support::read_file;

/// The problems an import reports, as the command prints them (empty when it builds).
std::string problems(std::string_view csv, ladder::matrix_options o = {}) {
    o.source = "matrix.csv";
    const auto r = ladder::import_matrix_csv(csv, o);
    return r.ok() ? std::string() : r.diagnostics().to_string();
}

/// The expectation of `level` for `competency` (0 when it has none), through the view.
ladder::rating expected(const ladder::ladder_view& l, std::string_view level, std::string_view competency) {
    const auto x = ladder::find_level(l, level);
    REQUIRE(x);
    for (const auto& e : l.expectations_of(l.levels()[x->index()])) {
        if (l.competencies()[e.competency.index].id == competency) return e.minimum;
    }
    return 0;
}

constexpr std::string_view scale_names[] = {"Developing", "Proficient", "Advanced", "Expert"};

}  // namespace

TEST_CASE("a matrix written by to_csv reads back as a ladder whose matrix is the same", "[import]") {
    const std::string dir = LADDER_DATA_DIR;
    std::size_t compared = 0;
    for (const char* file : {"/engineering.ladder", "/five_axes.ladder", "/product_company.ladder"}) {
        INFO(file);
        const auto l = read_file(dir + file);
        const std::string csv = ladder::to_csv(l);
        const auto imported = ladder::import_matrix_csv(csv);
        REQUIRE(imported);
        CHECK(ladder::to_csv(*imported) == csv);
        // The same levels, in the same order, with their titles and bands.
        const ladder::ladder_view a = l, b = *imported;
        REQUIRE(a.levels().size() == b.levels().size());
        for (std::size_t i = 0; i != a.levels().size(); ++i) {
            CHECK(a.levels()[i].id == b.levels()[i].id);
            CHECK(a.levels()[i].title == b.levels()[i].title);
            CHECK(a.levels()[i].band == b.levels()[i].band);
            CHECK(a.levels()[i].career == b.levels()[i].career);
        }
        ++compared;
    }
    CHECK(compared == 3);
}

TEST_CASE("a matrix without ratings imports with a scale given and keeps archetypes' titles", "[import]") {
    const auto l = read_file(std::string(LADDER_DATA_DIR) + "/snowflake.ladder");
    const std::string csv = ladder::to_csv(l);
    CHECK(problems(csv).find("no cell of the matrix holds a rating and no scale is given") != std::string::npos);
    ladder::matrix_options o;
    const std::string_view names[] = {"No milestone", "Milestone 1"};
    o.scale = names;
    const auto imported = ladder::import_matrix_csv(csv, o);
    REQUIRE(imported);
    CHECK(ladder::to_csv(*imported) == csv);
    const ladder::ladder_view v = *imported;
    REQUIRE(v.archetypes().size() == 1);
    CHECK(v.archetypes()[0].name == "Manager");
    CHECK(v.titles().size() == 9);
}

TEST_CASE("a spreadsheet's shape: titles for ids, merged category cells, names for ratings, separator rows", "[import]") {
    const std::string csv =
        "Category,Competency,Engineer I,Senior Engineer,Staff Engineer\r\n"
        "Craft,Technical skill,Developing,Advanced,Expert\r\n"
        ",System design,,Proficient,ADVANCED\r\n"
        ",,,,\r\n"
        "People,\"Mentoring, coaching\",1,3 Advanced,4\r\n"
        ",level scope,task,team,multi team\r\n"
        ",career level,no,yes,no\r\n";
    ladder::matrix_options o;
    o.scale = scale_names;
    o.name = "Acme";
    const auto imported = ladder::import_matrix_csv(csv, o);
    INFO(imported.diagnostics().to_string());
    REQUIRE(imported);
    const ladder::ladder_view v = *imported;
    CHECK(v.name() == "Acme");
    REQUIRE(v.levels().size() == 3);
    CHECK(v.levels()[0].id == "engineer_i");
    CHECK(v.levels()[0].title == "Engineer I");
    CHECK(v.levels()[1].career);
    CHECK(v.levels()[2].scope == ladder::scope::multi_team);
    REQUIRE(v.competencies().size() == 3);
    CHECK(v.competencies()[1].id == "system_design");
    CHECK(v.competencies()[2].id == "mentoring_coaching");
    CHECK(v.competencies()[2].name == "Mentoring, coaching");
    // The merged cell: System design is in Craft, as the row above.
    CHECK(v.categories()[v.competencies()[1].category.index].name == "Craft");
    CHECK(v.categories()[v.competencies()[2].category.index].name == "People");
    CHECK(expected(v, "engineer_i", "technical_skill") == 1);
    CHECK(expected(v, "engineer_i", "system_design") == 0);
    CHECK(expected(v, "senior_engineer", "system_design") == 2);
    CHECK(expected(v, "staff_engineer", "system_design") == 3);  // names match in any case
    CHECK(expected(v, "senior_engineer", "mentoring_coaching") == 3);
    CHECK(expected(v, "staff_engineer", "technical_skill") == 4);
    REQUIRE(v.tracks().size() == 1);
    CHECK(v.tracks()[0].id == "engineering");
    // The path the matrix implies: each level promoted to the next.
    std::vector<std::string> moves;
    for (const auto& t : v.transitions()) {
        moves.push_back(std::string(v.levels()[t.from.index].id) + " -> " + std::string(v.levels()[t.to.index].id));
    }
    CHECK(moves == std::vector<std::string>{"engineer_i -> senior_engineer", "senior_engineer -> staff_engineer"});
}

TEST_CASE("the scale comes from the cells that name their ratings and Rating N names the rest", "[import]") {
    const auto imported = ladder::import_matrix_csv("competency,A,B,C\ndesign,1 Aware,2,3 Fluent\ncoding,Aware,Fluent,7\n");
    INFO(imported.diagnostics().to_string());
    REQUIRE(imported);
    const ladder::ladder_view v = *imported;
    std::vector<std::string> points;
    for (const auto& p : v.scale_points()) points.push_back(std::to_string(p.value) + " " + std::string(p.name));
    CHECK(points == std::vector<std::string>{"1 Aware", "2 Rating 2", "3 Fluent", "7 Rating 7"});
    CHECK(expected(v, "B", "coding") == 3);
}

TEST_CASE("a track column gives each block of levels its track and the level rows their facts", "[import]") {
    const std::string csv =
        "track,competency,L1,L2\n"
        "ic,level title,Engineer,Senior Engineer\n"
        "ic,band minimum,100,150\n"
        "ic,band maximum,140,200\n"
        "ic,band currency,EUR,EUR\n"
        "ic,typical months,18,\n"
        "ic,level groups,Early,\n"
        "ic,design,1,2\n"
        "track,competency,M1\n"
        "mgmt,design,2\n"
        "mgmt,people,3\n";
    const auto imported = ladder::import_matrix_csv(csv);
    INFO(imported.diagnostics().to_string());
    REQUIRE(imported);
    const ladder::ladder_view v = *imported;
    REQUIRE(v.tracks().size() == 2);
    CHECK(v.tracks()[v.levels()[2].track.index].id == "mgmt");
    CHECK(v.levels()[1].title == "Senior Engineer");
    REQUIRE(v.levels()[0].band);
    CHECK(v.levels()[0].band->minimum == 100);
    CHECK(v.levels()[0].band->currency == "EUR");
    CHECK(v.levels()[0].typical_months == 18);
    CHECK(!v.levels()[1].typical_months);
    REQUIRE(v.groups().size() == 1);
    CHECK(v.groups()[0].name == "Early");
    CHECK(expected(v, "M1", "people") == 3);
    CHECK(expected(v, "L2", "people") == 0);
}

TEST_CASE("a descriptions sheet gives each cell its words and further lines become signals", "[import]") {
    const std::string matrix = "competency,L1,L2\ndesign,1,2\ncoding,1,2\n";
    const std::string words =
        "Competency,L1,L2\n"
        "design,Designs a module,\"Designs a service\n- Others ask for their review\n\xE2\x80\xA2 Writes the design doc first\"\n";
    ladder::matrix_options o;
    o.descriptions = words;
    const auto imported = ladder::import_matrix_csv(matrix, o);
    INFO(imported.diagnostics().to_string());
    REQUIRE(imported);
    const ladder::ladder_view v = *imported;
    const auto x = ladder::find_level(v, "L2");
    REQUIRE(x);
    const ladder::expectation* e = nullptr;
    for (const auto& one : v.expectations_of(v.levels()[x->index()])) {
        if (v.competencies()[one.competency.index].id == "design") e = &one;
    }
    REQUIRE(e != nullptr);
    CHECK(e->statement == "Designs a service");
    std::vector<std::string_view> notes;
    for (const auto& n : v.notes_of(*e)) notes.push_back(n.text);
    CHECK(notes == std::vector<std::string_view>{"Others ask for their review", "Writes the design doc first"});
}

TEST_CASE("every cell that cannot be read is reported at its line and column and nothing is built", "[import]") {
    ladder::matrix_options o;
    o.scale = scale_names;
    // A name the scale does not have, with the closest one.
    CHECK(problems("competency,L1\ndesign,Expret\n", o) ==
          "matrix.csv:2:8: error[matrix-shape]: 'Expret' is no rating of the scale (Developing, Proficient, Advanced, Expert) "
          "(did you mean 'Expert'?)\n 2 | design,Expret\n   |        ^\n");
    CHECK(problems("competency,L1\ndesign,99999\n").find("matrix.csv:2:8: error[bad-value]: '99999' is not a rating") != std::string::npos);
    CHECK(problems("competency,L1\ndesign,4Expert\n").find("matrix.csv:2:8: error[bad-value]") != std::string::npos);
    CHECK(problems("competency,L1,L2\ndesign,1\n").find("matrix.csv:2:1: error[ragged-row]: the row has 2 fields; the header has 3") !=
          std::string::npos);
    CHECK(problems("skill,L1\ndesign,1\n").find("error[missing-column]: the header has no 'competency' column") != std::string::npos);
    CHECK(problems("competency\ndesign\n").find("the header names no level") != std::string::npos);
    CHECK(problems("competency,L1,L1\ndesign,1,2\n").find("matrix.csv:1:15: error[matrix-shape]: level 'L1' has a column already") !=
          std::string::npos);
    CHECK(problems("competency,L1\ndesign,1\ndesign,2\n").find("matrix.csv:3:1: error[matrix-shape]: competency 'design' is given twice") !=
          std::string::npos);
    CHECK(problems("category,competency,L1\ncraft,design,1\ntrack,competency,L2\npeople,design,2\n")
              .find("matrix.csv:4:8: error[matrix-shape]: competency 'design' is in category 'people' here and in 'craft' on line 2") !=
          std::string::npos);
    CHECK(problems("competency,L1,L2\ndesign,1,2\nband minimum,10,20\nband maximum,15,\n")
              .find("level 'L1' has part of a band") != std::string::npos);
    CHECK(problems("competency,L1\ndesign,1\nlevel scope,galaxy\n").find("matrix.csv:3:13: error[bad-value]: 'galaxy' is not a scope") !=
          std::string::npos);
    CHECK(problems("competency,L1\ndesign,1\ncareer level,maybe\n").find("'maybe' is not yes or no") != std::string::npos);
    CHECK(problems("competency,L1,L2,L3\ndesign,1,2,3\nlevel groups,Senior,,Senior\n")
              .find("matrix.csv:3:21: error[matrix-shape]: group 'Senior' is a range of levels, but level 'L2' between its first and its last is not in it") !=
          std::string::npos);
    CHECK(problems("competency,L1\n\"line\nbreak\",1\n").find("matrix.csv:2:1: error[bad-value]") != std::string::npos);
    CHECK(problems("competency,L1\n\"say \"\"hi\"\" 'there'\",1\n").find("error[bad-value]") != std::string::npos);
    CHECK(problems("").find("the sheet has no header row") != std::string::npos);
    CHECK(problems("competency,L1,L2\ndesign,Good,Great\ncoding,Good,Good\n") ==
          "matrix.csv:2:8: error[matrix-shape]: 'Good' and 3 more cells name ratings, but no scale is given: name the scale's ratings in "
          "order (--scale) or write them as numbers (`4 Expert`)\n 2 | design,Good,Great\n   |        ^\n");
    CHECK(problems("competency,L1,L2\ndesign,1,2\nband currency,,EUR\n").find("matrix.csv:3:16: error[matrix-shape]: level 'L2' has part of a band") !=
          std::string::npos);
    CHECK(problems("competency,L1\ndesign,1\n\"unclosed,1\n").find("error[csv-syntax]") != std::string::npos);
    CHECK(!ladder::import_matrix_csv("competency,L1\ndesign,Nope\n"));
}

TEST_CASE("a descriptions sheet is checked against the matrix with its own file name", "[import]") {
    ladder::matrix_options o;
    o.descriptions_source = "words.csv";
    const std::string matrix = "competency,L1,L2\ndesign,1,\n";
    std::string words = "competency,L1,L3\ndesign,Fine,\n";
    o.descriptions = words;
    CHECK(problems(matrix, o).find("words.csv:1:15: error[matrix-shape]: column 'L3' is no level of the matrix (did you mean 'L1'?)") !=
          std::string::npos);
    words = "competency,L1,L2\ndesgn,Fine,\n";
    o.descriptions = words;
    CHECK(problems(matrix, o).find("words.csv:2:1: error[matrix-shape]: row 'desgn' is no competency of the matrix (did you mean 'design'?)") !=
          std::string::npos);
    words = "competency,L1,L2\ndesign,Fine,Words for nothing\n";
    o.descriptions = words;
    CHECK(problems(matrix, o).find("words.csv:2:13: error[no-expectation]") != std::string::npos);
}

TEST_CASE("errors stop at fifty with one finding that says how reading ended", "[import]") {
    std::string csv = "competency,L1\n";
    for (int i = 0; i != 80; ++i) csv += "c" + std::to_string(i) + ",-1\n";
    const auto r = ladder::import_matrix_csv(csv);
    REQUIRE(!r);
    CHECK(r.diagnostics().error_count() == 51);
    CHECK(r.diagnostics().count(ladder::diagnostic_code::too_many_errors) == 1);
}

TEST_CASE("hostile sheets: NUL bytes and a huge field are refused quickly and a wide one reads whole", "[import]") {
    const std::string nul(100 * 1024, '\0');
    CHECK(problems(nul).find("error[missing-column]") != std::string::npos);
    const std::string nul_cell = "competency,L1\ndesign," + std::string(1000, '\0') + "\n";
    CHECK(problems(nul_cell).find("error[") != std::string::npos);
    // A row of 200,000 fields is read in one pass (columns are counted on, not again from the
    // line's start for each field), and the error is placed past them.
    const std::string commas = "competency,L1\ndesign,1\n" + std::string(200000, ',') + "x\n";
    CHECK(problems(commas).find("matrix.csv:3:1: error[ragged-row]: the row has 200001 fields") != std::string::npos);
    // 2000 levels by 30 competencies: every rating read; 40 would pass the 65535 a ladder holds.
    const auto sheet = [](int competencies) {
        std::string wide = "competency";
        for (int x = 0; x != 2000; ++x) wide += ",L" + std::to_string(x);
        wide += '\n';
        for (int c = 0; c != competencies; ++c) {
            wide += "c" + std::to_string(c);
            for (int x = 0; x != 2000; ++x) wide += ",1";
            wide += '\n';
        }
        return wide;
    };
    const auto r = ladder::import_matrix_csv(sheet(30));
    INFO(r.diagnostics().to_string().substr(0, 500));
    REQUIRE(r);
    CHECK(ladder::ladder_view(*r).expectations().size() == 60000);
    CHECK(problems(sheet(40)).find("matrix.csv:1:1: error[matrix-shape]: the sheet holds 80000 ratings: a ladder holds at most 65535") !=
          std::string::npos);
}

TEST_CASE("texts the format cannot hold are refused at their cell and a long cell is quoted short", "[import]") {
    CHECK(problems("competency,L1\nCaf\xE9,1\n").find("matrix.csv:2:1: error[bad-value]: 'Caf\\xE9' is not a text of one line") != std::string::npos);
    CHECK(problems("competency,L1\nA\x1B[31m,1\n").find("matrix.csv:2:1: error[bad-value]") != std::string::npos);
    CHECK(problems("competency,L1\n1 Bon\xE9,1\n").find("matrix.csv:2:1: error[bad-value]") != std::string::npos);
    const std::string message = problems("competency,L1\ndesign,\"" + std::string(100000, 'x') + "\"\n");
    CHECK(message.find("'" + std::string(60, 'x') + "\u2026' is not a text of one line") != std::string::npos);
    CHECK(message.size() < 1000);
    ladder::matrix_options o;
    o.name = "two\nlines";
    CHECK(problems("competency,L1\ndesign,1\n", o).find("error[matrix-shape]: the ladder's name must be one line") != std::string::npos);
}

TEST_CASE("a scale given is the whole scale and names it once", "[import]") {
    ladder::matrix_options o;
    const std::string_view twice[] = {"Good", "good"};
    o.scale = twice;
    CHECK(problems("competency,L1\ndesign,1\n", o).find("the scale names ratings 1 and 2 alike ('good')") != std::string::npos);
    o.scale = scale_names;
    CHECK(problems("competency,L1,L2\ndesign,1,5\n", o).find("matrix.csv:2:10: error[matrix-shape]: rating 5 is not on the scale given (1 to 4)") !=
          std::string::npos);
    CHECK(problems("competency,L1\ndesign,-1\n", o).find("matrix.csv:2:8: error[bad-value]: '-1' is not a rating") != std::string::npos);
}

TEST_CASE("trailing empty columns are no levels and a bullet alone is no signal", "[import]") {
    ladder::matrix_options o;
    const std::string words = "competency,L1,L2,,\ndesign,\"Designs\n-\n- Reviews\",,\n";
    o.descriptions = words;
    const auto r = ladder::import_matrix_csv("competency,L1,L2,,\ndesign,1,2,,\n,,,,\n", o);
    INFO(r.diagnostics().to_string());
    REQUIRE(r);
    const ladder::ladder_view v = *r;
    CHECK(v.levels().size() == 2);
    REQUIRE(v.notes().size() == 1);
    CHECK(v.notes()[0].text == "Reviews");
}
