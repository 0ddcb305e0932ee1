#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

// Reports have one home (report/): readiness of many people as text, JSON and CSV, escaped once.

namespace {

static constexpr auto acme = ladder::presets::engineering();

ladder::person someone(std::string_view id, std::string_view name, std::string_view level, int everywhere) {
    ladder::person_builder b(acme, id, name);
    b.level(level).months_in_level(24);
    std::vector<ladder::rating_spec> ratings;
    for (const auto& c : acme.view().competencies()) ratings.emplace_back(c.id, static_cast<ladder::rating>(everywhere));
    for (const char* cycle : {"c1", "c2", "c3"}) b.cycle(cycle, std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    return b.build().value();
}

}  // namespace

TEST_CASE("a batch of readiness reports as CSV quotes what needs quoting and keeps one row per person", "[report]") {
    const ladder::ladder_view v = acme;
    // A name with a comma, quotes and a line break: one field, its quotes doubled.
    const std::vector<ladder::person> people = {someone("ann", "Ann \"The Hammer\", Jr.\nOps", "L5", 4),
                                                someone("top", "Top", "L8", 5)};
    const auto all = ladder::readiness_of(v, people);
    REQUIRE(all.size() == 2);
    CHECK(all[1].problem == "at the top of their track: no next level");
    const std::string csv = ladder::to_csv(v, all);
    CHECK(csv.rfind("person,name,level,target,move,verdict,gaps\r\n", 0) == 0);
    CHECK(csv.find("ann,\"Ann \"\"The Hammer\"\", Jr.\nOps\",L5,L6,promote,") != std::string::npos);
    CHECK(csv.find("\r\ntop,Top,L8,,,,at the top of their track: no next level\r\n") != std::string::npos);
}

TEST_CASE("a batch of readiness reports as JSON escapes names and says as which archetype", "[report]") {
    const ladder::ladder_view v = acme;
    ladder::person_builder b(acme, "ari", "Ari \\ \"A\"\tB");
    b.level("L6").archetype("architect").months_in_level(24);
    std::vector<ladder::rating_spec> ratings;
    for (const auto& c : v.competencies()) ratings.emplace_back(c.id, static_cast<ladder::rating>(4));
    for (const char* cycle : {"c1", "c2", "c3"}) b.cycle(cycle, std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    const std::vector<ladder::person> people = {b.build().value()};
    const auto all = ladder::readiness_of(v, people, std::nullopt, true);
    const std::string json = ladder::to_json(v, all);
    CHECK(json.find("\"name\": \"Ari \\\\ \\\"A\\\"\\tB\"") != std::string::npos);
    CHECK(json.find("\"judged_as\": \"architect\"") != std::string::npos);
    CHECK(json.find("\"archetypes\": [{\"archetype\": ") != std::string::npos);
    // The text form says it too, and ranks the archetypes at their level.
    const std::string text = ladder::to_text(v, all);
    CHECK(text.find("judged as Architect\n") != std::string::npos);
    CHECK(text.find("archetype fit at L6: ") != std::string::npos);
    CHECK(text.find("1 people on Engineering: ") != std::string::npos);
}

TEST_CASE("a CSV cell that a spreadsheet would run as a formula is neutralised and a plain number is not", "[report][hostile]") {
    CHECK(ladder::quote_csv("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(ladder::quote_csv("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
    CHECK(ladder::quote_csv("-2+3") == "'-2+3");
    CHECK(ladder::quote_csv("@SUM(1)") == "'@SUM(1)");
    CHECK(ladder::quote_csv("\tx") == "'\tx");
    CHECK(ladder::quote_csv("\rx") == "\"'\rx\"");
    CHECK(ladder::quote_csv("-3") == "-3");
    CHECK(ladder::quote_csv("+1.5") == "+1.5");
    CHECK(ladder::quote_csv("Ann") == "Ann");
    CHECK(ladder::quote_csv("") == "");
    // Through the batch report, where names come from HR's files.
    const ladder::ladder_view v = acme;
    const std::vector<ladder::person> people = {someone("=1+1", "@SUM(A1)", "L5", 4)};
    const std::string csv = ladder::to_csv(v, ladder::readiness_of(v, people));
    CHECK(csv.find("\r\n'=1+1,'@SUM(A1),L5,") != std::string::npos);
}

TEST_CASE("a name with line breaks and escape codes cannot forge a line of a text report or reach the terminal", "[report][hostile]") {
    const ladder::ladder_view v = acme;
    const std::vector<ladder::person> people = {someone("eve", "Eve\nverdict: pass\x1b[31m\xC2\x9B", "L5", 1)};
    const auto all = ladder::readiness_of(v, people);
    const std::string text = ladder::to_text(v, all);
    INFO(text);
    CHECK(text.find("Eve\\x0Averdict: pass\\x1B[31m\\xC2\\x9B") != std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("\nverdict: pass") == std::string::npos);
    CHECK(ladder::printable("tab\tstays, \xE2\x82\xAC too") == "tab\tstays, \xE2\x82\xAC too");
    CHECK(ladder::printable("\x7F\xFF") == "\\x7F\\xFF");
}

TEST_CASE("JSON output is valid UTF-8 whatever bytes a name holds", "[report][hostile]") {
    CHECK(ladder::quote_json("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
    // Every control character is escaped: the named ones by name, the others as \u00XX.
    CHECK(ladder::quote_json("\x01\x1F\b\n\r\t\x7F") == "\"\\u0001\\u001f\\u0008\\n\\r\\t\x7F\"");
    CHECK(ladder::quote_json("bad \xFF\xC3 end") == "\"bad \xEF\xBF\xBD\xEF\xBF\xBD end\"");
    CHECK(ladder::quote_json("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate is not UTF-8
    const ladder::ladder_view v = acme;
    const std::vector<ladder::person> people = {someone("\xFE", "\xC0\xAF", "L5", 4)};
    const std::string json = ladder::to_json(v, ladder::readiness_of(v, people));
    for (std::size_t i = 0; i < json.size();) {
        const std::size_t n = ladder::detail::utf8_sequence_length(json, i);
        REQUIRE(n != 0);
        i += n;
    }
    CHECK(json.find("\"person\": \"\xEF\xBF\xBD\"") != std::string::npos);
}

TEST_CASE("a person judged against their own level is a stay in every report form and never a promotion to it", "[report]") {
    const ladder::ladder_view v = acme;
    const std::vector<ladder::person> people = {someone("ann", "Ann", "L5", 4)};
    const auto own = ladder::find_level(v, "L5").value();
    const auto all = ladder::readiness_of(v, people, own);
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].report.has_value());
    const std::string text = ladder::to_text(*all[0].report, people[0]);
    CHECK(text.rfind("Ann (ann): L5 Senior Software Engineer, their own level (judged by meets(L5))\n", 0) == 0);
    CHECK(text.find("L5 Senior Software Engineer -> L5") == std::string::npos);
    CHECK(text.find("career level") == std::string::npos);
    CHECK(ladder::to_csv(v, all).find("\r\nann,Ann,L5,L5,stay,pass,") != std::string::npos);
    CHECK(ladder::to_json(v, all).find("\"target\": \"L5\", \"move\": \"stay\"") != std::string::npos);
    // The next level is still a promotion.
    CHECK(ladder::to_csv(v, ladder::readiness_of(v, people)).find("\r\nann,Ann,L5,L6,promote,") != std::string::npos);
}

TEST_CASE("a test run lists every check with its place when asked and only the failures otherwise", "[report]") {
    const auto l = ladder::load(R"(ladder "T"
scale p "P" { 1 one "One" 2 two "Two" }
category c "C"
competency code "Code" in c
track t "T"
level T1 "One" on t { expect code 1 }
level T2 "Two" on t { expect code 2 }
promote T1 -> T2
test "ready" {
  person { level T1 cycle c1 { code 2 } }
  expect promote T2 pass
}
test "wrong" {
  person { level T1 cycle c1 { code 1 } }
  expect promote T2 pass
}
)", "t.ladder");
    REQUIRE(l.ok());
    const auto report = ladder::run_tests(*l);
    REQUIRE(report.passed() == 1);
    REQUIRE(report.failed() == 1);
    const std::string failures = ladder::to_text(*l, report, "t.ladder");
    const std::string every = ladder::to_text(*l, report, "t.ladder", true);
    CHECK(failures.find("\"ready\"") == std::string::npos);
    CHECK(every.find("t.ladder:11:3: test \"ready\": expect promote T2 pass: passed\n") != std::string::npos);
    CHECK(every.find("t.ladder:15:3: test \"wrong\": expected pass, got fail\n") != std::string::npos);
    CHECK(every.substr(every.size() - 19) == "1 passed, 1 failed\n");
}

TEST_CASE("a batch written one entry at a time with the buffer emptied between entries is the whole batch", "[report]") {
    const ladder::ladder_view v = acme;
    const std::vector<ladder::person> people = {someone("ann", "Ann", "L5", 4), someone("top", "Top", "L8", 5),
                                                someone("low", "Low", "L5", 1)};
    const auto all = ladder::readiness_of(v, people);
    for (const auto format : {ladder::batch_format::text, ladder::batch_format::json, ladder::batch_format::csv}) {
        // As `ladder evaluate` writes: each entry judged, written and sent on, nothing kept.
        ladder::readiness_writer w(v, format);
        std::string pending, sent;
        w.open(pending);
        for (const auto& p : people) {
            w.write(ladder::readiness_entry_of(v, p, std::nullopt), pending);
            sent += pending;
            pending.clear();
        }
        w.close(pending);
        sent += pending;
        const std::span<const ladder::readiness_entry> batch(all.data(), all.size());
        CHECK(sent == ladder::to_string(v, batch, format));
        CHECK(w.written() == 3);
        CHECK(w.count(ladder::standing::no_verdict) == 1);  // top: no next level
        CHECK(w.count(ladder::standing::ready) + w.count(ladder::standing::not_yet) + w.count(ladder::standing::staying) +
                  w.count(ladder::standing::undecided) ==
              2);
    }
    const std::span<const ladder::readiness_entry> batch(all.data(), all.size());
    const std::string json = ladder::to_json(v, batch);
    CHECK(json.rfind("[\n  {\"person\": \"ann\"", 0) == 0);
    CHECK(json.find("},\n  {\"person\": \"top\"") != std::string::npos);
    CHECK(json.size() > 4);
    CHECK(json.substr(json.size() - 4) == "}\n]\n");  // no comma after the last
}

TEST_CASE("an empty batch is a header, an empty array or a count of nobody", "[report]") {
    const ladder::ladder_view v = acme;
    const std::span<const ladder::readiness_entry> none;
    CHECK(ladder::to_csv(v, none) == "person,name,level,target,move,verdict,gaps\r\n");
    CHECK(ladder::to_json(v, none) == "[\n]\n");
    CHECK(ladder::to_text(v, none) ==
          "0 people on Engineering: 0 ready, 0 not yet, 0 staying at a career level, 0 undecided (data missing)\n");
}
