#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>

namespace {
constexpr auto acme = ladder::presets::engineering();

constexpr std::size_t levels_on(std::string_view track) {
    std::size_t n = 0;
    for (const auto& l : acme.view().levels()) n += l.track.id == track ? 1 : 0;
    return n;
}
}  // namespace

TEST_CASE("the default ladder validates clean with no warning either", "[presets]") {
    STATIC_REQUIRE(ladder::validate(acme).ok());
    STATIC_REQUIRE(ladder::validate(acme).empty());
}

TEST_CASE("the default ladder has IC L1-L8 and management M1-M5", "[presets]") {
    STATIC_REQUIRE(levels_on("ic") == 8);
    STATIC_REQUIRE(levels_on("mgmt") == 5);
    STATIC_REQUIRE(acme.view()[acme.track("mgmt")].kind == ladder::track_kind::management);
    STATIC_REQUIRE(acme.view()[acme.level("L5")].career);
    STATIC_REQUIRE(acme.view()[acme.level("L6")].scope == ladder::scope::multi_team);
    STATIC_REQUIRE(acme.view().competencies().size() == 8);
    STATIC_REQUIRE(acme.view().categories().size() == 4);
}

TEST_CASE("every default level states every competency and they rise up each track", "[presets]") {
    const ladder::ladder_view v = acme;
    for (const auto& l : v.levels()) {
        INFO(l.id);
        CHECK(v.expectations_of(l).size() == v.competencies().size());
    }
    constexpr auto design = acme.competency("design");
    STATIC_REQUIRE(*ladder::expected(acme, acme.level("L5"), design) < *ladder::expected(acme, acme.level("L6"), design));
}

TEST_CASE("the default archetypes apply from Staff and raise its expectations", "[presets]") {
    constexpr auto staff = acme.level("L6");
    for (std::string_view id : {"tech_lead", "architect", "solver", "right_hand"}) {
        INFO(id);
        const auto a = ladder::find_archetype(acme, id);
        REQUIRE(a.ok());
        CHECK(ladder::applies_to(acme, *a, staff));
        CHECK_FALSE(ladder::applies_to(acme, *a, *ladder::find_level(acme, "L5")));
        for (const auto& e : ladder::expectations(acme, staff, *a)) {
            const auto at_level = ladder::expected(acme, staff, *ladder::find_competency(acme, e.competency.id));
            CHECK(e.minimum >= *at_level);
        }
    }
    STATIC_REQUIRE(*ladder::expected(acme, staff, acme.archetype("architect"), acme.competency("design")) == 5);
}

TEST_CASE("the default moves include two-way doors and a paid step back", "[presets]") {
    bool staff_to_manager_both_ways = false;
    bool staff_back_to_senior_at_top = false;
    for (const auto& t : acme.view().transitions()) {
        if (t.kind == ladder::transition_kind::switch_track && t.from.id == "L6" && t.to.id == "M1") {
            staff_to_manager_both_ways = t.both_ways;
        }
        if (t.kind == ladder::transition_kind::step_back && t.from.id == "L6" && t.to.id == "L5") {
            staff_back_to_senior_at_top = t.pay == ladder::pay_policy::top_of_band;
        }
    }
    CHECK(staff_to_manager_both_ways);
    CHECK(staff_back_to_senior_at_top);
}

TEST_CASE("the default ladder can be extended before it is frozen", "[presets]") {
    constexpr auto extended = ladder::freeze([] {
        auto b = ladder::presets::engineering_builder();
        b.track("tpm", "Technical program management", ladder::track_kind::other);
        b.level("T5", "Senior TPM", "tpm").scope(ladder::scope::team)
            .expect({{"coding", 2}, {"design", 3}, {"delivery", 4}, {"operations", 3},
                     {"cross_team", 4}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}});
        b.equivalent("T5", "L5");
        b.switch_track("L5", "T5", ladder::direction::both_ways);
        return b;
    });
    STATIC_REQUIRE(ladder::validate(extended).empty());
    STATIC_REQUIRE(extended.view()[extended.level("T5")].track.index == extended.track("tpm").index());
}

TEST_CASE("the default ladder is the text of examples/data/engineering.ladder byte for byte", "[presets]") {
    const auto file = ladder::read_file(std::string(LADDER_DATA_DIR) + "/engineering.ladder");
    REQUIRE(file.ok());
    CHECK(*file == ladder::presets::engineering_source());
}

TEST_CASE("the default ladder's own tests pass", "[presets][rules]") {
    const auto report = ladder::run_tests(ladder::presets::engineering());
    INFO(ladder::to_text(ladder::presets::engineering(), report));
    CHECK(report.outcomes.size() == 5);
    CHECK(report.ok());
}
