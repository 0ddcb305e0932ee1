#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

// What a level means in words: `means` statements with signals and examples, from the text
// and the builder, at compile time and at runtime, quoted by reports and shown by the views.

namespace {

constexpr auto worded = ladder::parse<R"(ladder "Worded"
scale s "Scale" { 1 basic "Basic" 2 solid "Solid" 3 strong "Strong" 4 expert "Expert" }
category craft "Craft"
competency design "Design" in craft about "Shapes systems"
competency code "Code" in craft about "Writes software"
track ic "Engineer"
level L1 "Engineer" on ic {
  expect design 1, code 2
}
level L2 "Senior" on ic {
  expect design 3, code 3
  means code "Writes code the team builds on"
  means design "Designs a feature end to end, with its failure modes" {
    signal "Others ask them how a feature should be built"
    example "The design of the search feature"
  }
}
archetype architect "Architect" from L2 {
  expect design 4
  means design "Designs systems that several teams build on" { example "The storage layer" }
}
promote L1 -> L2
)">();

ladder::person rated(const ladder::ladder_view& v, std::string_view archetype, int design, int code) {
    ladder::person_builder b(v, "ann", "Ann");
    b.level("L1").months_in_level(24);
    if (!archetype.empty()) b.archetype(archetype);
    const ladder::rating_spec ratings[] = {{"design", static_cast<ladder::rating>(design)}, {"code", static_cast<ladder::rating>(code)}};
    for (const char* cycle : {"c1", "c2", "c3"}) b.cycle(cycle, ratings);
    return b.build().value();
}

const ladder::diagnostic* find(const ladder::diagnostic_list& found, ladder::diagnostic_code code) {
    for (const auto& d : found) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a level's statement and its notes are read at compile time in the order written", "[text][words]") {
    constexpr ladder::ladder_view v = worded;
    STATIC_REQUIRE(v.expectations_of(v.levels()[1])[0].statement == "Designs a feature end to end, with its failure modes");
    STATIC_REQUIRE(v.expectations_of(v.levels()[1])[1].statement == "Writes code the team builds on");
    STATIC_REQUIRE(v.expectations_of(v.levels()[0])[0].statement.empty());
    STATIC_REQUIRE(v.notes_of(v.expectations_of(v.levels()[1])[0]).size() == 2);
    STATIC_REQUIRE(v.notes_of(v.expectations_of(v.levels()[1])[0])[0].kind == ladder::note_kind::signal);
    STATIC_REQUIRE(v.notes_of(v.expectations_of(v.levels()[1])[0])[1].text == "The design of the search feature");
    STATIC_REQUIRE(v.notes_of(v.expectations_of(v.levels()[1])[1]).empty());
    STATIC_REQUIRE(v.notes_of(v.expectations_of(v.archetypes()[0])[0])[0].text == "The storage layer");
    // Words are content: a ladder that says them differs from one that does not.
    STATIC_REQUIRE(ladder::validate(v).ok());
}

TEST_CASE("the builder takes statements and notes in any order and keeps each expectation's notes together", "[model][words]") {
    ladder::builder b("B");
    b.scale("s", "S", {{1, "one", "One"}, {2, "two", "Two"}});
    b.category("c", "C");
    b.competency("x", "X", "c").competency("y", "Y", "c");
    b.track("t", "T");
    b.level("L1", "One", "t")
        .expect({{"x", 1}, {"y", 2}})
        .means("y", "Y in words")
        .means("x", "X in words")
        .signal("y", "y first")
        .example("x", "x first")
        .signal("y", "y second")
        .example("x", "x second");
    const ladder::ladder_view v = b.view();
    REQUIRE(b.reported().ok());
    const auto list = v.expectations_of(v.levels()[0]);
    REQUIRE(list.size() == 2);
    CHECK(list[0].statement == "X in words");
    const auto x_notes = v.notes_of(list[0]);
    REQUIRE(x_notes.size() == 2);
    CHECK(x_notes[0].text == "x first");
    CHECK(x_notes[1].text == "x second");
    const auto y_notes = v.notes_of(list[1]);
    REQUIRE(y_notes.size() == 2);
    CHECK(y_notes[0].text == "y first");
    CHECK(y_notes[1].text == "y second");
    CHECK(y_notes[0].kind == ladder::note_kind::signal);
    // The runtime ladder owns its copies of the words.
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    CHECK(ladder::equal(built->view(), v));
}

TEST_CASE("words for a competency the level does not expect or given twice are errors with their place", "[model][words]") {
    const auto r = ladder::load(R"(ladder "T"
scale s "S" { 1 a "A" 2 b "B" }
category c "C"
competency x "X" in c
competency y "Y" in c
track t "T"
level L1 "One" on t {
  expect x 1
  means y "Y is not expected here"
  means x "X in words"
  means x "X again"
}
)", "t.ladder");
    REQUIRE_FALSE(r.ok());
    const auto& found = r.diagnostics();
    INFO(found.to_string());
    const auto* missing = find(found, ladder::diagnostic_code::text_without_expectation);
    REQUIRE(missing != nullptr);
    CHECK(missing->where.line == 9);
    CHECK(missing->message() == "level 'L1' says what 'y' means but states no expectation for it before (`expect y N`)");
    const auto* twice = find(found, ladder::diagnostic_code::duplicate_text);
    REQUIRE(twice != nullptr);
    CHECK(twice->where.line == 11);
    CHECK(found.error_count() == 2);
}

TEST_CASE("a note given before its statement is an error from the builder", "[model][words]") {
    ladder::builder b("B");
    b.scale("s", "S", {{1, "one", "One"}});
    b.category("c", "C");
    b.competency("x", "X", "c");
    b.track("t", "T");
    b.level("L1", "One", "t").expect({{"x", 1}}).signal("x", "seen before the statement");
    REQUIRE_FALSE(b.reported().ok());
    const auto* d = find(b.reported(), ladder::diagnostic_code::text_without_expectation);
    REQUIRE(d != nullptr);
    CHECK(d->actual == 1);
    CHECK(b.view().notes().empty());
}

TEST_CASE("a level with words for some expectations and not others is warned about for each one left out", "[validate][words]") {
    const auto r = ladder::load(R"(ladder "T"
scale s "S" { 1 a "A" 2 b "B" }
category c "C"
competency x "X" in c
competency y "Y" in c
competency z "Z" in c
track t "T"
level L1 "One" on t {
  expect x 1, y 1, z 1
}
level L2 "Two" on t {
  expect x 2, y 2,
         z 2
  means y "Y in words"
}
)", "t.ladder");
    REQUIRE(r.ok());
    const auto found = ladder::validate(*r);
    INFO(found.to_string());
    CHECK(found.error_count() == 0);
    std::vector<std::string> left_out;
    for (const auto& d : found) {
        if (d.code != ladder::diagnostic_code::partial_text) continue;
        CHECK(d.severity == ladder::severity::warning);
        CHECK(d.subject == "L2");
        left_out.emplace_back(d.other);
    }
    // L1 says nothing in words, which is fine; L2 leaves out x and z.
    CHECK(left_out == std::vector<std::string>{"x", "z"});
}

TEST_CASE("the reader reports empty words and unknown note kinds and recovers after the level", "[text][words][diagnostics]") {
    const std::string head = "ladder \"T\"\nscale s \"S\" { 1 a \"A\" }\ncategory c \"C\"\ncompetency x \"X\" in c\ntrack t \"T\"\n";
    {
        const auto r = ladder::load(head + "level L1 \"One\" on t {\n  expect x 1\n  means x \"\"\n}\n", "t.ladder");
        REQUIRE(r.diagnostics().size() == 1);
        CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::syntax_error);
        CHECK(r.diagnostics()[0].message().find("what the expectation means, in words") != std::string::npos);
    }
    {
        // A typo inside the notes: one error with a did-you-mean, and the next level still reads.
        const auto r = ladder::load(head + "level L1 \"One\" on t {\n  expect x 1\n  means x \"X\" {\n    sigal \"s\"\n    example \"e\"\n  }\n  expect x 1\n}\n"
                                           "level L2 \"Two\" on t { expect x }\n",
                                    "t.ladder");
        INFO(r.diagnostics().to_string());
        REQUIRE(r.diagnostics().error_count() == 2);
        CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::syntax_error);
        CHECK(r.diagnostics()[0].where.line == 9);
        CHECK(r.diagnostics()[0].suggestion == "signal");
        // The error in L2 after the broken block is found: reading went on after its `}`, and
        // nothing inside the block was read as a statement of its own.
        CHECK(r.diagnostics()[1].code == ladder::diagnostic_code::syntax_error);
        CHECK(r.diagnostics()[1].where.line == 14);
    }
}

TEST_CASE("a readiness report quotes the target level's words for each gap and the archetype's where it has its own", "[report][words]") {
    const ladder::ladder_view v = worded;
    const ladder::person plain = rated(v, {}, 1, 1);
    const auto report = ladder::readiness(v, plain, "L2");
    REQUIRE(report.ok());
    const std::string text = ladder::to_text(*report, plain);
    INFO(text);
    CHECK(text.find("Design: expects Strong (3), rated Basic (1) (short by 2): Designs a feature end to end, with its failure modes\n"
                    "    signal: Others ask them how a feature should be built\n"
                    "    example: The design of the search feature\n") != std::string::npos);
    CHECK(text.find("Code: expects Strong (3), rated Basic (1) (short by 2): Writes code the team builds on\n") != std::string::npos);
    CHECK(text.find("Shapes systems") == std::string::npos);  // the competency's general words give way to the level's

    const ladder::person architect = rated(v, "architect", 1, 3);
    const auto as_architect = ladder::readiness(v, architect, "L2");
    REQUIRE(as_architect.ok());
    const std::string words = ladder::to_text(*as_architect, architect);
    INFO(words);
    CHECK(words.find("Design: expects Expert (4), rated Basic (1) (short by 3): Designs systems that several teams build on\n"
                     "    example: The storage layer\n") != std::string::npos);
}

TEST_CASE("a competency without the level's words is explained by its general description", "[report][words]") {
    const ladder::ladder_view v = worded;
    // L1 has no words; a person at L1 judged at their own level falls back on the description.
    ladder::person_builder b(v, "bo", "Bo");
    b.level("L1");
    const ladder::rating_spec ratings[] = {{"design", 1}, {"code", 1}};
    b.cycle("c1", ratings);
    const auto p = b.build().value();
    const auto report = ladder::readiness(v, p, "L1");
    REQUIRE(report.ok());
    const std::string text = ladder::to_text(*report, p);
    INFO(text);
    CHECK(text.find("(short by 1): Writes software\n") != std::string::npos);
}

TEST_CASE("the effective expectations carry the archetype's words where it states them and the level's otherwise", "[model][words]") {
    const ladder::ladder_view v = worded;
    const auto as_architect = ladder::expectations(v, ladder::find_level(v, "L2").value(), ladder::find_archetype(v, "architect").value());
    REQUIRE(as_architect.size() == 2);
    CHECK(as_architect[0].minimum == 4);
    CHECK(as_architect[0].statement == "Designs systems that several teams build on");
    REQUIRE(v.notes_of(as_architect[0]).size() == 1);
    CHECK(v.notes_of(as_architect[0])[0].text == "The storage layer");
    CHECK(as_architect[1].statement == "Writes code the team builds on");
}

TEST_CASE("the Markdown and HTML and JSON views show each level's words escaped", "[render][words]") {
    ladder::builder b("Views");
    b.scale("s", "S", {{1, "one", "One"}, {2, "two", "Two"}});
    b.category("c", "C");
    b.competency("x", "X", "c");
    b.track("t", "T");
    b.level("L1", "One", "t").expect({{"x", 2}}).means("x", "Ships <b>|pipes|</b> & \"quotes\"").example("x", "A *starred* line");
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const std::string md = ladder::to_markdown(*built);
    INFO(md);
    CHECK(md.find("\n### L1 One\n\n- **X** (2 Two): Ships \\<b\\>\\|pipes\\|\\</b\\> & \"quotes\"\n  - example: A \\*starred\\* line\n") !=
          std::string::npos);
    const std::string html = ladder::to_html(*built);
    CHECK(html.find("<td title=\"Ships &lt;b&gt;|pipes|&lt;/b&gt; &amp; &quot;quotes&quot;\">2 Two</td>") != std::string::npos);
    CHECK(html.find("<dt>X (2 Two)</dt>\n<dd>Ships &lt;b&gt;|pipes|&lt;/b&gt; &amp; &quot;quotes&quot;<ul><li class=\"note\">example: A *starred* line</li></ul></dd>") !=
          std::string::npos);
    const std::string json = ladder::to_json(*built);
    CHECK(json.find("{\"competency\": \"x\", \"minimum\": 2, \"means\": \"Ships <b>|pipes|</b> & \\\"quotes\\\"\", \"notes\": [{\"kind\": \"example\", \"text\": \"A *starred* line\"}]}") !=
          std::string::npos);
}
