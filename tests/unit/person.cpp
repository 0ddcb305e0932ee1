#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>

namespace {

constexpr auto acme = ladder::parse<R"(
ladder "Acme"
scale p "Points" {
  1 low "Low"
  2 mid "Middle"
  3 high "High"
}
category craft "Craft"
competency coding "Coding" in craft
competency design "Design" in craft
track ic "IC"
attribute open_position : bool
attribute waited : duration
attribute team : text
level E1 "Engineer" on ic { expect coding 1, design 1 }
level E2 "Senior" on ic career { expect coding 2, design 2 }
archetype architect "Architect" from E2 { expect design 3 }
promote E1 -> E2
)">();

constexpr ladder::person make_alice() {
    return ladder::person_builder(acme, "alice", "Alice")
        .level("E1")
        .months_in_level(20)
        .tenure_months(44)
        .cycle("2025H2", {{"coding", 2}, {"design", "low"}})
        .cycle("2026H1", {{"coding", "high"}}, "strong half")
        .attribute("open_position", true)
        .attribute("waited", 14)
        .attribute("team", "payments")
        .exempt("design", "parental leave for most of the cycle")
        .build()
        .value();
}

}  // namespace

TEST_CASE("a person is built against a ladder at compile time too", "[person]") {
    STATIC_REQUIRE(make_alice().level == acme.level("E1").index());
    STATIC_REQUIRE(make_alice().cycles.size() == 2);
    STATIC_REQUIRE(*make_alice().rating_of(acme.competency("coding").index()) == 3);        // latest, by point id
    STATIC_REQUIRE(*make_alice().rating_of(acme.competency("coding").index(), 1) == 2);     // the cycle before
    STATIC_REQUIRE_FALSE(make_alice().rating_of(acme.competency("design").index()).has_value());  // unrated
    STATIC_REQUIRE_FALSE(make_alice().rating_of(acme.competency("coding").index(), 2).has_value());  // no such cycle
    STATIC_REQUIRE(make_alice().value_of(0)->number == 1);
    STATIC_REQUIRE(make_alice().value_of(1)->number == 14);
    STATIC_REQUIRE(make_alice().value_of(2)->text == "payments");
    STATIC_REQUIRE(make_alice().exemption_from(acme.competency("design").index()) != nullptr);
    STATIC_REQUIRE(make_alice().exemption_from(acme.competency("coding").index()) == nullptr);
}

TEST_CASE("a person's cycles keep their notes and order", "[person]") {
    const ladder::person alice = make_alice();
    CHECK(alice.id == "alice");
    CHECK(alice.name == "Alice");
    CHECK(alice.months_in_level == 20);
    CHECK(alice.tenure_months == 44);
    REQUIRE(alice.cycles.size() == 2);
    CHECK(alice.cycles[0].id == "2025H2");
    CHECK(alice.cycles[1].note == "strong half");
}

TEST_CASE("every unknown id and wrong value in a person is reported", "[person]") {
    const auto r = ladder::person_builder(acme, "bob")
                       .level("E3")
                       .archetype("architekt")
                       .cycle("2026H1", {{"codin", 2}, {"design", 7}, {"coding", "hgh"}})
                       .attribute("open_positon", true)
                       .attribute("open_position", 2)
                       .attribute("team", 5)
                       .exempt("desgn", "reason")
                       .build();
    REQUIRE_FALSE(r.ok());
    const auto& found = r.diagnostics();
    INFO(found.to_string());
    REQUIRE(found.size() == 9);
    CHECK(found[0].message() == "no level has the id 'E3' (did you mean 'E1'?)");
    CHECK(found[1].suggestion == "architect");
    CHECK(found[2].suggestion == "coding");
    CHECK(found[3].message() == "person 'bob' is rated 7 on 'design', which is not a point on its scale");
    CHECK(found[4].suggestion == "high");
    CHECK(found[5].suggestion == "open_position");
    CHECK(found[6].message() == "attribute 'open_position' takes a bool (0 or 1)");
    CHECK(found[7].message() == "attribute 'team' takes text");
    CHECK(found[8].suggestion == "design");
}

TEST_CASE("a person needs a level", "[person]") {
    const auto r = ladder::person_builder(acme, "carol").build();
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::person_without_level);
    CHECK(r.diagnostics()[0].message() == "person 'carol' has no level");
}
