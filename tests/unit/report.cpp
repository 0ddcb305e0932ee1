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
