#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// One person's assessment as JSON (report/assessment.hpp): what the self-assessment page shows.

namespace {

static constexpr auto acme = ladder::presets::engineering();

/// A person at `level` rated `everywhere` in three cycles, but for the ratings `except` names.
ladder::person rated(std::string_view level, int everywhere, const std::map<std::string, int>& except = {},
                     std::string_view name = "Sam", std::string_view archetype = {}) {
    ladder::person_builder b(acme, "sam", name);
    b.level(level).months_in_level(24);
    if (!archetype.empty()) b.archetype(archetype);
    std::vector<ladder::rating_spec> ratings;
    for (const auto& c : acme.view().competencies()) {
        const auto other = except.find(std::string(c.id));
        ratings.emplace_back(c.id, static_cast<ladder::rating>(other == except.end() ? everywhere : other->second));
    }
    for (const char* cycle : {"c1", "c2", "c3"}) b.cycle(cycle, std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    return b.build().value();
}

std::size_t at(const std::string& json, std::string_view part) {
    const std::size_t found = json.find(part);
    INFO(json);
    INFO("looked for: " << part);
    REQUIRE(found != std::string::npos);
    return found;
}

}  // namespace

TEST_CASE("an assessment judges the next move with its clauses and its gaps largest first in the level's words", "[report][assess]") {
    const ladder::ladder_view v = acme;
    // L6 expects cross_team 4 and design 4: rated 1 and 3, the larger gap is cross_team's.
    const auto p = rated("L5", 4, {{"cross_team", 1}, {"design", 3}});
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p));
    at(json, "{\"person\": \"sam\", \"name\": \"Sam\", \"level\": \"L5\", \"title\": \"L5 Senior Software Engineer\", \"archetype\": null, "
             "\"career_level\": true,");
    at(json, "\"role\": \"next\", \"target\": \"L6\", \"title\": \"L6 Staff Engineer\", \"move\": \"promote\", \"declared\": true, "
             "\"verdict\": \"fail\"");
    at(json, "{\"depth\": 0, \"text\": \"sustained(L6)\", \"verdict\": \"fail\", \"actual\": null, \"required\": null, "
             "\"values\": \"met in 0 of the last 3 cycles; needs 2\"}");
    const std::size_t cross = at(json, "{\"competency\": \"cross_team\", \"name\": \"Cross-team impact\", \"required\": 4, "
                                       "\"required_words\": \"Expert (4)\", \"actual\": 1, \"actual_words\": \"Developing (1)\", \"shortfall\": 3, "
                                       "\"means\": \"Moves work forward across team boundaries\"");
    const std::size_t design = at(json, "{\"competency\": \"design\", \"name\": \"System design\", \"required\": 4");
    CHECK(cross < design);
    // The two gaps and no other.
    CHECK(json.find("\"shortfall\": ", design + 1) != std::string::npos);
    CHECK(json.find("\"shortfall\": ", json.find("\"shortfall\": ", design) + 1) == std::string::npos);
    at(json, "\"career_level_note\": \"Senior Software Engineer is a career level: staying there is a good outcome.\"");
    // The explanation is the readiness report in words, the one `ladder evaluate` prints.
    const auto report = ladder::readiness(v, ladder::person_ref(p), ladder::level_ref(ladder::find_level(v, "L6").value()));
    REQUIRE(report);
    at(json, "\"explanation\": " + ladder::quote_json(ladder::to_text(*report, ladder::person_ref(p))));
    // No chosen move: one move only.
    CHECK(json.find("\"role\": \"target\"") == std::string::npos);
}

TEST_CASE("an assessment judges a chosen move beside the next one and not twice when they are the same", "[report][assess]") {
    const ladder::ladder_view v = acme;
    const auto p = rated("L5", 5);
    const auto l7 = ladder::find_level(v, "L7").value();
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p), l7);
    CHECK(at(json, "\"role\": \"next\", \"target\": \"L6\"") < at(json, "\"role\": \"target\", \"target\": \"L7\""));
    const std::string same = ladder::assessment_json(v, ladder::person_ref(p), ladder::find_level(v, "L6").value());
    CHECK(same.find("\"role\": \"target\"") == std::string::npos);
    CHECK(same == ladder::assessment_json(v, ladder::person_ref(p)));
    // A step back to senior from staff: judged, and its pay in the explanation.
    const auto staff = rated("L6", 5);
    const std::string back = ladder::assessment_json(v, ladder::person_ref(staff), ladder::find_level(v, "L5").value());
    at(back, "\"role\": \"target\", \"target\": \"L5\", \"title\": \"L5 Senior Software Engineer\", \"move\": \"step_back\"");
    at(back, "pay: the top of L5's band");
}

TEST_CASE("at the top of their track an assessment says there is no next move and still judges a chosen one", "[report][assess]") {
    const ladder::ladder_view v = acme;
    const auto p = rated("L8", 5);
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p), ladder::find_level(v, "M5").value());
    at(json, "\"moves\": [{\"role\": \"next\", \"problem\": \"at the top of their track: no next level\"}");
    at(json, "\"role\": \"target\", \"target\": \"M5\"");
    // Rated 5 everywhere, the latest cycle meets every level of the track: the top one fits, nothing is above it.
    at(json, "\"best_fit\": {\"level\": \"L8\", \"margin\": 0, \"next\": null, \"gap_to_next\": 0}");
}

TEST_CASE("an assessment gives the best fit below the person's level and how far the level above it is", "[report][assess]") {
    const ladder::ladder_view v = acme;
    // Rated 2 everywhere: L3 expects nothing above 2; L4 expects coding 3 and delivery 3.
    const auto p = rated("L5", 2);
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p));
    at(json, "\"best_fit\": {\"level\": \"L3\", \"margin\": 0, \"next\": \"L4\", \"gap_to_next\": 2}");
    // Rated 1 in coding: not even L2.
    const std::string low = ladder::assessment_json(v, ladder::person_ref(rated("L5", 2, {{"coding", 1}})));
    at(low, "\"best_fit\": {\"level\": \"L1\"");
}

TEST_CASE("an assessment of a staff engineer ranks the archetypes open at their level and judges them as theirs", "[report][assess]") {
    const ladder::ladder_view v = acme;
    // The Tech Lead asks delivery 5 and mentorship 4: this profile is a Tech Lead's.
    const auto p = rated("L6", 4, {{"delivery", 5}}, "Tess", "architect");
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p));
    at(json, "\"archetype\": \"architect\"");
    at(json, "\"judged_as\": \"architect\"");
    const std::size_t lead = at(json, "{\"archetype\": \"tech_lead\", \"name\": \"Tech Lead\", \"score\": 100, \"meets\": true}");
    CHECK(lead < at(json, "{\"archetype\": \"architect\", \"name\": \"Architect\""));
    // Below Staff no archetype is open.
    CHECK(ladder::assessment_json(v, ladder::person_ref(rated("L5", 4))).find("\"archetypes\": []}") != std::string::npos);
}

TEST_CASE("an assessment's JSON escapes what a person's name holds", "[report][assess][hostile]") {
    const ladder::ladder_view v = acme;
    const auto p = rated("L5", 4, {}, "A \"quoted\"\nname</script><!--\x01");
    const std::string json = ladder::assessment_json(v, ladder::person_ref(p));
    at(json, "\"name\": \"A \\\"quoted\\\"\\nname</script><!--\\u0001\"");
    CHECK(json.find('\x01') == std::string::npos);
    // One line break per line of the object, none from the name.
    CHECK(json.find("name\n") == std::string::npos);
}
