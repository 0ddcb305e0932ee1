#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>

// An archetype's own titles for levels (`title L6 "Group Lead"`), as Snowflake names one points
// band twice: read, printed, validated, asked for (title_of) and shown in the views.

namespace {
constexpr auto titled = ladder::parse<R"(ladder "Titled"
scale p "P" { 1 a "A" 2 b "B" }
category c "C"
competency code "Code" in c
track eng "Engineering"
level E1 "Engineer" on eng { expect code 1 }
level E2 "Senior Engineer" on eng { expect code 2 }
level E3 "Staff Engineer" on eng { expect code 2 }
archetype manager "Manager" from E2 {
  title E2 "Group Lead"
  title E3 "Senior Group Lead"
}
archetype builder "Builder" from E2 { expect code 2 }
promote E1 -> E2
promote E2 -> E3
)">();
}  // namespace

TEST_CASE("title_of gives the archetype's title where it applies and states one and the level's otherwise", "[titles]") {
    const ladder::ladder_view v = titled;
    const auto level = [&](std::string_view id) { return ladder::find_level(v, id)->index(); };
    const auto arch = [&](std::string_view id) { return ladder::find_archetype(v, id)->index(); };
    STATIC_REQUIRE(ladder::title_of(titled, titled.level("E2").index(), titled.archetype("manager").index()) == "Group Lead");
    CHECK(ladder::title_of(v, level("E3"), arch("manager")) == "Senior Group Lead");
    CHECK(ladder::title_of(v, level("E1"), arch("manager")) == "Engineer");         // the archetype starts at E2
    CHECK(ladder::title_of(v, level("E2"), arch("builder")) == "Senior Engineer");  // applies, states no title
    CHECK(ladder::title_of(v, level("E2"), ladder::no_index) == "Senior Engineer");
}

TEST_CASE("titles are printed in the archetype's block and read back to an equal ladder", "[titles][text]") {
    const ladder::ladder_view v = titled;
    REQUIRE(v.titles().size() == 2);
    const std::string text = ladder::to_text(v);
    CHECK(text.find("archetype manager \"Manager\" from E2 {\n  title E2 \"Group Lead\"\n  title E3 \"Senior Group Lead\"\n}\n") !=
          std::string::npos);
    const auto again = ladder::load(text);
    REQUIRE(again);
    CHECK(ladder::equal(v, *again));
    // Titles and expectations together: titles first.
    ladder::builder b;
    b.named("B").scale("p", "P", {{1, "a", "A"}}).category("c", "C").competency("code", "Code", "c").track("t", "T");
    b.level("L1", "One", "t").expect({{"code", 1}});
    b.archetype("x", "X", "L1").title("L1", "Lead one").expect({{"code", 1}});
    CHECK(ladder::to_text(b.view()).find("archetype x \"X\" from L1 {\n  title L1 \"Lead one\"\n  expect code 1\n}\n") != std::string::npos);
}

TEST_CASE("a title where the archetype does not apply or twice for one level or of an unknown level is an error", "[titles][validate]") {
    const auto problems = [](std::string_view block) {
        std::string text = R"(ladder "V"
scale p "P" { 1 a "A" }
category c "C"
competency code "Code" in c
track eng "E"
level E1 "One" on eng { expect code 1 }
level E2 "Two" on eng { expect code 1 }
)";
        text += block;
        text += '\n';
        const auto l = ladder::load(text);
        return l ? std::string() : l.diagnostics().to_string();
    };
    CHECK(problems("archetype m \"M\" from E2 {\n  title E2 \"Lead\"\n}").empty());
    CHECK(problems("archetype m \"M\" from E2 {\n  title E1 \"Lead\"\n}")
              .find("error[misplaced-title]: archetype 'm' gives a title for level 'E1', where it does not apply") != std::string::npos);
    CHECK(problems("archetype m \"M\" from E1 {\n  title E2 \"Lead\"\n  title E2 \"Boss\"\n}")
              .find("error[misplaced-title]: archetype 'm' gives level 'E2' more than one title") != std::string::npos);
    CHECK(problems("archetype m \"M\" from E1 {\n  title E9 \"Lead\"\n}").find("unknown level 'E9', referred to by 'm'") !=
          std::string::npos);
    CHECK(problems("archetype m \"M\" from E1 {\n  title E1 \"\"\n}").find("expected the title, in words") != std::string::npos);
    CHECK(problems("archetype m \"M\" from E1 {\n  title E1\n}").find("expected the level's title for this archetype, in quotes") !=
          std::string::npos);
    // A level's block has no titles: its title is its own.
    CHECK(problems("level E3 \"Three\" on eng {\n  title E3 \"Other\"\n}").find("expected `expect` and ratings, `means`, or `}`") !=
          std::string::npos);
}

TEST_CASE("the views give a level's other titles with the archetype that uses them", "[titles][render]") {
    const ladder::ladder_view v = titled;
    CHECK(ladder::to_markdown(v).find("| E2 | Senior Engineer / Group Lead (Manager) |") != std::string::npos);
    CHECK(ladder::to_markdown(v).find("| E1 | Engineer |") != std::string::npos);
    CHECK(ladder::to_html(v).find("<th>E3<br>Staff Engineer / Senior Group Lead (Manager)</th>") != std::string::npos);
    CHECK(ladder::to_level_html(v, titled.level("E2")).find("<tr class=\"fact\"><th>also called</th><td>Group Lead (Manager)</td></tr>") !=
          std::string::npos);
    CHECK(ladder::to_level_html(v, titled.level("E1")).find("also called") == std::string::npos);
    CHECK(ladder::to_json(v).find("\"titles\": [{\"level\": \"E2\", \"title\": \"Group Lead\"}, {\"level\": \"E3\", \"title\": \"Senior Group Lead\"}]}") !=
          std::string::npos);
    CHECK(ladder::to_json(v).find("\"id\": \"builder\", \"name\": \"Builder\", \"from\": \"E2\", \"until\": null, \"expectations\": "
                                  "[{\"competency\": \"code\", \"minimum\": 2, \"means\": null, \"notes\": []}], \"titles\": []}") !=
          std::string::npos);
}

TEST_CASE("a person of an archetype reads their levels by its titles and CSV and Graphviz carry the other titles", "[titles][render][report]") {
    const ladder::ladder_view v = titled;
    const auto lead = ladder::person_builder(titled, "ann", "Ann").level("E2").archetype("manager").cycle("c", {{"code", 2}}).build().value();
    const auto plain = ladder::person_builder(titled, "bo", "Bo").level("E2").cycle("c", {{"code", 2}}).build().value();
    CHECK(ladder::to_text(ladder::readiness(v, lead, "E3").value(), lead).find("Ann (ann): E2 Group Lead -> E3 Senior Group Lead, promote\n") ==
          0);
    CHECK(ladder::to_text(ladder::readiness(v, plain, "E3").value(), plain).find("Bo (bo): E2 Senior Engineer -> E3 Staff Engineer, promote\n") ==
          0);
    CHECK(ladder::to_csv(v).find("eng,other titles,,Group Lead (Manager),Senior Group Lead (Manager)\r\n") != std::string::npos);
    CHECK(ladder::to_csv(v).find("level groups") == std::string::npos);  // the ladder has none
    CHECK(ladder::to_dot(v).find("\"E2\" [label=\"E2\\nSenior Engineer / Group Lead (Manager)\\ntask\"]") != std::string::npos);
}
