#include <ladder/ladder.hpp>
#include <ladder_data/snowflake.hpp>

#include "catch.hpp"

#include <algorithm>
#include <random>
#include <span>
#include <string>
#include <vector>

// One compiled ladder: conditions compiled once when the ladder is built, levels that define
// themselves (`when …`), and a person's archetype counting wherever expectations are read.

namespace {

static constexpr auto acme = ladder::presets::engineering();

// Medium's Snowflake thresholds, written here from the scheme itself (not read from the file):
// the points a level asks for, 1.1 to 5.3.
constexpr int snowflake_thresholds[] = {0, 5, 11, 17, 23, 29, 36, 43, 50, 58, 66, 74, 90, 110, 135};
constexpr const char* snowflake_levels[] = {"S1_1", "S1_2", "S1_3", "S2_1", "S2_2", "S2_3", "S3_1", "S3_2",
                                            "S3_3", "S4_1", "S4_2", "S4_3", "S5_1", "S5_2", "S5_3"};

/// Someone at `level` whose milestones add up to `points` (largest milestones first).
ladder::person with_points(const ladder::ladder_view& v, std::string_view level, int points) {
    constexpr int worth[] = {0, 1, 3, 6, 12, 20};
    constexpr const char* milestone[] = {"m0", "m1", "m2", "m3", "m4", "m5"};
    std::vector<ladder::rating_spec> ratings;
    int left = points;
    for (const auto& c : v.competencies()) {
        int m = 5;
        while (worth[m] > left) --m;
        left -= worth[m];
        ratings.emplace_back(c.id, milestone[m]);
    }
    REQUIRE(left == 0);
    ladder::person_builder b(v, "sam");
    b.level(level).cycle("2026H1", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    return b.build().value();
}

/// A person at `level` rated the same on every competency but those given.
ladder::person rated(std::string_view level, int everywhere, std::vector<ladder::rating_spec> except,
                     std::string_view archetype = {}) {
    ladder::person_builder b(acme, "ari", "Ari");
    b.level(level).months_in_level(24);
    if (!archetype.empty()) b.archetype(archetype);
    std::vector<ladder::rating_spec> ratings;
    for (const auto& c : acme.view().competencies()) {
        ladder::rating_spec r(c.id, static_cast<ladder::rating>(everywhere));
        for (const auto& e : except) {
            if (e.competency == c.id) r = e;
        }
        ratings.push_back(r);
    }
    for (const char* cycle : {"c1", "c2", "c3"}) b.cycle(cycle, std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    return b.build().value();
}

}  // namespace

TEST_CASE("a ladder keeps every condition it states, compiled, in the order the view reads them", "[build]") {
    const ladder::ladder_view v = acme;
    const std::size_t expected =
        v.levels().size() + v.transitions().size() + v.advisories().size() + v.rules().size() + v.test_checks().size();
    CHECK(v.conditions().size() == expected);
    // Every level's meets(L), compiled: one node each on a ladder without criteria.
    for (std::size_t i = 0; i != v.levels().size(); ++i) {
        const auto r = ladder::rule_of(v, v.meets_condition(static_cast<ladder::index_t>(i)));
        CHECK(r.text() == "meets(" + std::string(v.levels()[i].id) + ")");
        CHECK(r.nodes().size() == 1);
    }
    // The guard a decision evaluates is the ladder's own nodes, not a fresh compilation.
    for (std::size_t row = 0; row != v.transitions().size(); ++row) {
        const auto guard = ladder::guard_rule(v, static_cast<ladder::index_t>(row));
        REQUIRE(!guard.nodes().empty());
        CHECK(guard.nodes().data() >= v.condition_nodes().data());
        CHECK(guard.nodes().data() + guard.nodes().size() <= v.condition_nodes().data() + v.condition_nodes().size());
    }
    // A named rule with parameters means nothing alone: it has no condition of its own.
    const auto sustained = ladder::detail::find_row(v.rules(), "sustained");
    REQUIRE(sustained != ladder::no_index);
    CHECK(v.rule_condition(sustained).empty());
    CHECK(!v.rule_condition(ladder::detail::find_row(v.rules(), "people_leader")).empty());
}

TEST_CASE("conditions are compiled while compiling, the same as at runtime", "[build][embed]") {
    STATIC_REQUIRE(ladder_data::snowflake.view().conditions().size() == 15 + 14 + 0 + 2 + 33);
    STATIC_REQUIRE(ladder_data::snowflake.view().levels()[7].criterion == "points >= 43");
    const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/snowflake.ladder");
    REQUIRE(loaded.ok());
    const ladder::ladder_view at_runtime = *loaded;
    const ladder::ladder_view at_compile_time = ladder_data::snowflake;
    REQUIRE(at_runtime.conditions().size() == at_compile_time.conditions().size());
    CHECK(std::equal(at_runtime.conditions().begin(), at_runtime.conditions().end(), at_compile_time.conditions().begin()));
    CHECK(at_runtime.condition_text() == at_compile_time.condition_text());
    REQUIRE(at_runtime.condition_nodes().size() == at_compile_time.condition_nodes().size());
    for (std::size_t i = 0; i != at_runtime.condition_nodes().size(); ++i) {
        const auto& a = at_runtime.condition_nodes()[i];
        const auto& b = at_compile_time.condition_nodes()[i];
        CHECK((a.kind == b.kind && a.a == b.a && a.left == b.left && a.value == b.value && a.begin == b.begin));
    }
}

TEST_CASE("a level's criterion is part of meets(level): Snowflake's thresholds, each exact", "[build][decide]") {
    const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/snowflake.ladder");
    REQUIRE(loaded.ok());
    const ladder::ladder_view v = *loaded;
    for (std::size_t k = 1; k != std::size(snowflake_levels); ++k) {
        const int threshold = snowflake_thresholds[k];
        INFO(snowflake_levels[k] << " at " << threshold << " points");
        // Judged from the lowest level, so every target but the next is a skip-level one.
        const auto below = with_points(v, "S1_1", threshold - 1);
        const auto at = with_points(v, "S1_1", threshold);
        CHECK(ladder::readiness(v, below, snowflake_levels[k])->result() == ladder::verdict::fail);
        CHECK(ladder::readiness(v, at, snowflake_levels[k])->result() == ladder::verdict::pass);
        // Best fit is the level whose threshold was reached, not the top of the track.
        CHECK(v.levels()[ladder::best_fit(v, at).level].id == snowflake_levels[k]);
        CHECK(v.levels()[ladder::best_fit(v, below).level].id == snowflake_levels[k - 1]);
    }
    // The issue as users met it: 4 or 16 points are not ready for 5.3.
    for (int points : {4, 16}) {
        const auto r = ladder::readiness(v, with_points(v, "S1_3", points), "S5_3").value();
        CHECK(!r.defined);
        CHECK(r.result() == ladder::verdict::fail);
    }
    CHECK(ladder::run_tests(v).failed() == 0);
    CHECK(ladder::run_tests(v).passed() == 33);
}

TEST_CASE("judge() and the move table read a level's criterion too", "[build][decide]") {
    const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/snowflake.ladder");
    REQUIRE(loaded.ok());
    const ladder::ladder_view v = *loaded;
    const auto table = ladder::move_table::make(v).value();
    const std::vector<ladder::person> people = {with_points(v, "S3_1", 42), with_points(v, "S3_1", 43),
                                                with_points(v, "S1_1", 43)};
    const ladder::level_ref target = *ladder::find_level(v, "S3_2");
    std::vector<std::optional<ladder::verdict>> out(people.size());
    ladder::judge(table, people, std::span<const ladder::level_ref>(&target, 1), out);
    CHECK(out[0] == ladder::verdict::fail);
    CHECK(out[1] == ladder::verdict::pass);
    CHECK(out[2] == ladder::verdict::pass);  // a skip-level target, judged by meets(S3_2)
}

TEST_CASE("a level criterion from the builder with its errors placed and a criterion cycle refused", "[build]") {
    auto b = ladder::builder("B");
    b.scale("p", "P", {{1, "low", "Low"}, {2, "mid", "Mid"}, {3, "high", "High"}}).category("c", "C");
    b.competency("x", "X", "c").competency("y", "Y", "c").track("t", "T");
    b.level("A", "A", "t").expect({{"x", 1}});
    b.level("B", "B", "t").expect({{"x", 2}}).when("y >= 2");
    b.promote("A", "B");
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const auto low = ladder::person_builder(*built, "p").level("A").cycle("c", {{"x", 3}, {"y", 1}}).build().value();
    const auto high = ladder::person_builder(*built, "q").level("A").cycle("c", {{"x", 3}, {"y", 2}}).build().value();
    CHECK(ladder::readiness(*built, low, "B")->result() == ladder::verdict::fail);
    CHECK(ladder::readiness(*built, high, "B")->result() == ladder::verdict::pass);
    // Any rule's meets(B) asks the criterion too.
    const auto r = ladder::compile_rule(*built, "meets(B)").value();
    CHECK(ladder::check(r, low).value() == ladder::verdict::fail);
    // The explanation shows the criterion as a clause of meets(B).
    CHECK(ladder::to_text(*ladder::evaluate(r, low), r, low).find("fail     y >= 2  (1 against 2)") != std::string::npos);

    const auto broken = ladder::load(R"(ladder "T"
scale p "P" {
  1 low "Low"
}
category c "C"
competency x "X" in c
track t "T"
level A "A" on t when meets(B)
level B "B" on t when meets(A) and x >= 1
level C "C" on t when xx >= 1 {
  expect x 1
}
)");
    REQUIRE(!broken.ok());
    CHECK(broken.diagnostics().contains(ladder::diagnostic_code::criterion_cycle));
    bool placed = false;
    for (const auto& d : broken.diagnostics()) {
        if (d.code == ladder::diagnostic_code::unknown_name) placed = d.where.line == 10 && d.where.column == 23 && d.suggestion == "x";
    }
    CHECK(placed);
}

TEST_CASE("a level criterion round-trips through the printer and the formatter", "[build][text]") {
    const char* text = R"(ladder "T"

scale p "P" {
  1 low "Low"
  2 high "High"
}

category c "C"

competency x "X" in c

track t "T"

level A "A" on t scope task {
  expect x 1
}
level B "B" on t scope task when x >= 2 and x >= 1 in last 1 cycles {
  expect x 1
}
)";
    const auto l = ladder::load(text);
    REQUIRE(l.ok());
    CHECK(l.diagnostics().empty());
    CHECK(l->view().levels()[1].criterion == "x >= 2 and x >= 1 in last 1 cycles");
    const auto again = ladder::load(ladder::to_text(*l));
    REQUIRE(again.ok());
    CHECK(ladder::equal(*l, *again));
    CHECK(ladder::format(text).value() == text);
}

TEST_CASE("a person's archetype counts: meets, gaps and readiness use its expectations", "[decide][archetype]") {
    const ladder::ladder_view v = acme;
    // Expert (4) everywhere: meets plain L6 (strategy 3) but not the Architect's design 5.
    const auto plain = rated("L6", 4, {});
    const auto architect = rated("L6", 4, {}, "architect");
    const auto meets_l6 = ladder::compile_rule(v, "meets(L6)").value();
    CHECK(ladder::check(meets_l6, plain).value() == ladder::verdict::pass);
    CHECK(ladder::check(meets_l6, architect).value() == ladder::verdict::fail);
    // The same through the code compile_rule<> lowers.
    static constexpr auto lowered = ladder::compile_rule<acme, "meets(L6)">();
    CHECK(ladder::check(lowered, plain).value() == ladder::verdict::pass);
    CHECK(ladder::check(lowered, architect).value() == ladder::verdict::fail);

    // Readiness for L7 from L6: the report says as what, and the gaps are the archetype's.
    const auto to_l7 = ladder::readiness(v, rated("L6", 5, {{"strategy", 4}, {"mentorship", 4}}, "tech_lead"), "L7").value();
    REQUIRE(to_l7.archetype != ladder::no_index);
    CHECK(v.archetypes()[to_l7.archetype].id == "tech_lead");
    CHECK(ladder::to_text(to_l7, rated("L6", 5, {}, "tech_lead")).find("judged as Tech Lead\n") != std::string::npos);
    const auto gaps = ladder::readiness(v, architect, "L6").value();
    REQUIRE(!gaps.gaps.empty());
    CHECK(v.competencies()[gaps.gaps[0].competency].id == "design");
    CHECK(gaps.gaps[0].required == 5);
    // Below where an archetype applies, the level's own expectations: no "judged as".
    const auto senior = ladder::readiness(v, rated("L4", 4, {}, "architect"), "L5").value();
    CHECK(senior.archetype == ladder::no_index);

    // Best fit reads the archetype: Expert everywhere is L6 plainly, but below L6 as Architect.
    CHECK(v.levels()[ladder::best_fit(v, plain).level].id == "L6");
    CHECK(v.levels()[ladder::best_fit(v, architect).level].id == "L5");

    // Archetype fit at the person's own level, ranked.
    const auto fits = ladder::archetype_fits(v, rated("L6", 4, {{"design", 5}, {"strategy", 5}}));
    REQUIRE(!fits.empty());
    CHECK(v.archetypes()[fits[0].archetype].id == "architect");
    CHECK(fits[0].meets);
}

TEST_CASE("a compile-time ladder's moves run as generated code and agree with the move table", "[build][decide][lowered]") {
    static constexpr ladder::lowered_moves<acme> acme_moves;
    static constexpr ladder::lowered_moves<ladder_data::snowflake> snowflake_moves;
    // While compiling, too: a senior who meets L6's expectations in every cycle but leads no one.
    STATIC_REQUIRE([] {
        auto p = ladder::person_builder(acme, "p")
                     .level("L5")
                     .cycle("c1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                                   {"strategy", 3}, {"mentorship", 3}, {"communication", 3}})
                     .build()
                     .value();
        return acme_moves.check(p, acme.level("L6")).value() == ladder::verdict::fail &&
               acme_moves.check(p, acme.level("L4")).value() == ladder::verdict::pass;
    }());
    std::mt19937 random(2026);
    const auto agree = [&](const auto& moves, const ladder::ladder_view& v, int lowest, int highest, int people) {
        const auto table = ladder::move_table::make(v).value();
        std::uniform_int_distribution<int> rating(lowest, highest), pick_level(0, static_cast<int>(v.levels().size()) - 1);
        std::uniform_int_distribution<int> pick_archetype(-1, static_cast<int>(v.archetypes().size()) - 1);
        std::size_t checked = 0, passed = 0;
        for (int i = 0; i != people; ++i) {
            ladder::person_builder b(v, "p");
            b.level(v.levels()[static_cast<std::size_t>(pick_level(random))].id).months_in_level(rating(random) * 6);
            if (const int a = pick_archetype(random); a >= 0) b.archetype(v.archetypes()[static_cast<std::size_t>(a)].id);
            for (const char* cycle : {"c1", "c2", "c3"}) {
                std::vector<ladder::rating_spec> ratings;
                for (const auto& c : v.competencies()) {
                    const int r = rating(random);
                    if (r != lowest) ratings.emplace_back(c.id, static_cast<ladder::rating>(r));  // the lowest: not rated
                }
                b.cycle(cycle, std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
            }
            const auto p = b.build().value();
            for (std::size_t t = 0; t != v.levels().size(); ++t) {
                const auto target = *ladder::find_level(v, v.levels()[t].id);
                const auto lowered = moves.check(p, target);
                const auto interpreted = table.check(p, target);
                REQUIRE(lowered.ok() == interpreted.ok());
                if (lowered.ok()) {
                    CHECK(*lowered == *interpreted);
                    passed += *lowered == ladder::verdict::pass ? 1 : 0;
                }
                ++checked;
            }
        }
        CHECK(checked == static_cast<std::size_t>(people) * v.levels().size());
        CHECK(passed > 0);
    };
    agree(acme_moves, acme, 2, 5, 400);  // 2 leaves a competency unrated; 3 to 5 meet L4 to L8 often enough
    // Snowflake's milestones are worth 0, 1, 3, 6, 12 and 20 points; -1 leaves a track unrated.
    const ladder::ladder_view sf = ladder_data::snowflake;
    const auto agree_points = [&](int people) {
        const auto table = ladder::move_table::make(sf).value();
        constexpr int worth[] = {0, 1, 3, 6, 12, 20};
        std::uniform_int_distribution<int> milestone(-1, 5), pick_level(0, 14);
        std::size_t passed = 0;
        for (int i = 0; i != people; ++i) {
            ladder::person_builder b(sf, "p");
            b.level(snowflake_levels[pick_level(random)]);
            std::vector<ladder::rating_spec> ratings;
            for (const auto& c : sf.competencies()) {
                const int m = i % 4 == 0 ? milestone(random) : std::max(0, milestone(random));
                if (m >= 0) ratings.emplace_back(c.id, static_cast<ladder::rating>(worth[m]));
            }
            b.cycle("2026H1", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
            const auto p = b.build().value();
            for (const char* level : snowflake_levels) {
                const auto target = *ladder::find_level(sf, level);
                const auto lowered = snowflake_moves.check(p, target);
                REQUIRE(lowered.ok());
                CHECK(*lowered == *table.check(p, target));
                passed += *lowered == ladder::verdict::pass ? 1 : 0;
            }
        }
        CHECK(passed > 0);
    };
    agree_points(300);
}

TEST_CASE("a builder's view holds no compiled condition: judging against it decides nothing and does not crash", "[build][decide]") {
    auto b = ladder::builder("B");
    b.scale("p", "P", {{1, "low", "Low"}, {2, "high", "High"}}).category("c", "C").competency("x", "X", "c").track("t", "T");
    b.level("A", "A", "t").expect({{"x", 1}});
    b.level("B", "B", "t").expect({{"x", "high"}}).when("x >= 2");
    b.promote("A", "B");
    const ladder::ladder_view raw = b.view();
    CHECK(raw.conditions().empty());
    const auto p = ladder::person_builder(raw, "p").level("A").cycle("c", {{"x", 2}}).build().value();
    const auto r = ladder::readiness(raw, p, "B");
    REQUIRE(r.ok());
    CHECK(r->result() == ladder::verdict::unknown);
    // Built, the same question has its answer.
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const auto q = ladder::person_builder(*built, "p").level("A").cycle("c", {{"x", 2}}).build().value();
    CHECK(ladder::readiness(*built, q, "B")->result() == ladder::verdict::pass);
    // The effective expectations keep the words they were written with.
    const auto effective = ladder::expectations(*built, *ladder::find_level(*built, "B"));
    REQUIRE(effective.size() == 1);
    CHECK(effective[0].point.id == "high");
    CHECK(effective[0].minimum == 2);
}

TEST_CASE("a criterion that is not a condition is reported once and placed in the criterion", "[build]") {
    const auto broken = ladder::load(R"(ladder "T"
scale p "P" {
  1 low "Low"
}
category c "C"
competency x "X" in c
track t "T"
rule points = sum(c in competencies)
level A "A" on t when points
level B "B" on t {
  expect x 1
}
promote A -> B when meets(A)
)");
    REQUIRE(!broken.ok());
    CHECK(broken.diagnostics().count(ladder::diagnostic_code::type_mismatch) == 1);
    for (const auto& d : broken.diagnostics()) {
        if (d.code != ladder::diagnostic_code::type_mismatch) continue;
        CHECK(d.where.line == 9);
        CHECK(d.where.column == 23);
    }
}

TEST_CASE("a condition too deep through other levels' criteria is an error at its statement, never dropped", "[build]") {
    // Each level means its expectations and the level below's: meets() reads forty criteria in
    // place, deeper than the nesting limit, though each criterion alone is short.
    std::string text = "ladder \"T\"\nscale p \"P\" {\n  1 low \"Low\"\n}\ncategory c \"C\"\ncompetency x \"X\" in c\ntrack t \"T\"\n";
    text += "level L0 \"L0\" on t {\n  expect x 1\n}\n";
    for (int i = 1; i != 40; ++i) {
        text += "level L" + std::to_string(i) + " \"L\" on t when x >= 1 and meets(L" + std::to_string(i - 1) + ") {\n  expect x 1\n}\n";
    }
    const auto l = ladder::load(text);
    REQUIRE(!l.ok());
    CHECK(l.diagnostics().contains(ladder::diagnostic_code::rule_too_deep));
    for (const auto& d : l.diagnostics()) {
        INFO(l.diagnostics().to_string());
        CHECK(d.where.line != 0);
        CHECK(d.line_text.rfind("level L", 0) == 0);  // placed at a level's statement
    }
}

TEST_CASE("a named rule that compiles alone but fails where it is used fails the ladder at the use", "[build]") {
    // `strong` counts competencies; used inside another count it nests a quantifier.
    const auto l = ladder::load(R"(ladder "T"
scale p "P" {
  1 low "Low"
}
category c "C"
competency x "X" in c
track t "T"
rule strong = count(c in competencies where c >= 1) >= 1
level A "A" on t {
  expect x 1
}
level B "B" on t {
  expect x 1
}
promote A -> B when count(k in competencies where strong) >= 1
)");
    REQUIRE(!l.ok());
    REQUIRE(l.diagnostics().error_count() == 1);
    CHECK(l.diagnostics()[0].code == ladder::diagnostic_code::nested_quantifier);
    CHECK(l.diagnostics()[0].where.line == 15);
}
