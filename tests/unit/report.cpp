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
