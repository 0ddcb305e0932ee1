// The people table: a row reads as the person it was made from, in constant expressions too,
// and judging a table (whole, by rows, from several threads) gives what readiness() gives.
#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <array>
#include <deque>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr auto acme = ladder::presets::engineering();

// A move whose guard divides by zero for anyone rated two on design.
constexpr auto guarded = ladder::parse<R"(ladder "Guarded"
scale p "P" {
  1 one "One"
  2 two "Two"
  3 three "Three"
}
category c "C"
competency code "Code" in c
competency design "Design" in c
track ic "IC"
level L1 "One" on ic { expect code 1, design 1 }
level L2 "Two" on ic { expect code 2, design 2 }
promote L1 -> L2 when code / (design - 2) >= 1
)">();

constexpr const char* competency_ids[] = {"coding",     "design",   "delivery",   "operations",
                                          "cross_team", "strategy", "mentorship", "communication"};

/// What a person is made of, as plain data: ratings by cycle (oldest first) and competency in
/// the order above, 0 where not rated.
struct plain {
    const char* level;
    std::vector<std::array<int, 8>> cycles;
    int months;
    bool exempt_from_strategy;
};

ladder::person make(const plain& x, std::size_t row) {
    static std::deque<std::string> ids;  // viewed by the people made here: a deque keeps them in place
    while (ids.size() <= row) ids.push_back("p" + std::to_string(ids.size()));
    ladder::person_builder b(acme, ids[row]);
    b.level(x.level).months_in_level(x.months).tenure_months(x.months + 6);
    static constexpr const char* cycle_ids[] = {"2025H1", "2025H2", "2026H1", "2026H2"};
    for (std::size_t k = 0; k != x.cycles.size(); ++k) {
        std::vector<ladder::rating_spec> given;
        for (std::size_t c = 0; c != 8; ++c) {
            if (x.cycles[k][c] != 0) given.emplace_back(competency_ids[c], static_cast<ladder::rating>(x.cycles[k][c]));
        }
        b.cycle(cycle_ids[k], std::span<const ladder::rating_spec>(given.data(), given.size()));
    }
    if (x.exempt_from_strategy) b.exempt("strategy", "on leave");
    return b.build().value();
}

std::vector<plain> random_people(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    const char* const levels[] = {"L4", "L5", "L6", "M1"};
    std::vector<plain> out;
    for (std::size_t i = 0; i != n; ++i) {
        plain x{levels[rng() % 4], {}, static_cast<int>(rng() % 30), rng() % 5 == 0};
        const std::size_t cycles = rng() % 5;  // none to four
        const int lowest = rng() % 2 == 0 ? 4 : 2;  // half of them strong: some pass
        for (std::size_t k = 0; k != cycles; ++k) {
            std::array<int, 8> r{};
            for (int& v : r) v = rng() % 12 == 0 ? 0 : lowest + static_cast<int>(rng() % static_cast<unsigned>(6 - lowest));
            x.cycles.push_back(r);
        }
        out.push_back(x);
    }
    return out;
}

}  // namespace

TEST_CASE("a people table row reads every rating fact and exemption its person was given", "[person][table]") {
    const ladder::ladder_view v = acme;
    const auto given = random_people(300, 11);
    std::vector<ladder::person> people;
    ladder::people_table team(v.competencies().size());
    for (std::size_t i = 0; i != given.size(); ++i) {
        people.push_back(make(given[i], i));
        REQUIRE(team.add(people.back()) == i);
    }
    REQUIRE(team.size() == given.size());
    std::size_t rated = 0, unrated = 0;
    for (std::size_t i = 0; i != given.size(); ++i) {
        const ladder::person_ref row = team[i];
        INFO("person " << i);
        CHECK(row.id == people[i].id);
        CHECK(row.level == ladder::find_level(v, given[i].level)->index());
        CHECK(row.months_in_level == given[i].months);
        CHECK(row.tenure_months == given[i].months + 6);
        REQUIRE(row.cycle_count() == given[i].cycles.size());
        for (std::size_t c = 0; c != 8; ++c) {
            const auto competency = ladder::find_competency(v, competency_ids[c])->index();
            // back runs past the cycles the person has: those are not rated.
            for (std::size_t back = 0; back != 6; ++back) {
                const std::size_t n = given[i].cycles.size();
                const int want = back < n ? given[i].cycles[n - 1 - back][c] : 0;
                const auto got = row.rating_of(competency, back);
                if (want == 0) {
                    CHECK_FALSE(got.has_value());
                    ++unrated;
                } else {
                    REQUIRE(got.has_value());
                    CHECK(*got == want);
                    ++rated;
                }
            }
        }
        const auto strategy = ladder::find_competency(v, "strategy")->index();
        CHECK((row.exemption_from(strategy) != nullptr) == given[i].exempt_from_strategy);
        CHECK(row.has_exemptions() == given[i].exempt_from_strategy);
    }
    CHECK(rated > 3000);
    CHECK(unrated > 3000);
}

TEST_CASE("a people table is built and read in a constant expression", "[person][table]") {
    constexpr auto read = [] {
        const ladder::ladder_view v = acme;
        const auto ada = ladder::person_builder(v, "ada")
                             .level("L5")
                             .cycle("2025H2", {{"coding", 3}})
                             .cycle("2026H1", {{"coding", 4}, {"design", 5}})
                             .build()
                             .value();
        const auto bo = ladder::person_builder(v, "bo").level("L6").cycle("2026H1", {{"design", 2}}).build().value();
        ladder::people_table t(v.competencies().size());
        t.add(ada);
        t.add(bo);
        const auto coding = ladder::find_competency(v, "coding")->index();
        const auto design = ladder::find_competency(v, "design")->index();
        // ada: coding 4 now, 3 a cycle before; design 5 now; bo: design 2, no coding.
        return t[0].rating_of(coding) == 4 && t[0].rating_of(coding, 1) == 3 && t[0].rating_of(design) == 5 &&
               !t[0].rating_of(design, 1) && t[1].rating_of(design) == 2 && !t[1].rating_of(coding) &&
               t[1].cycle_count() == 1 && t[1].cycles()[0].id == "2026H1" && t[0].id == "ada";
    };
    STATIC_REQUIRE(read());
}

TEST_CASE("a person of fewer competencies than the table reads as not rated past theirs", "[person][table]") {
    ladder::person few;
    few.id = "few";
    few.level = 0;
    few.cycles.push_back(ladder::review_cycle{"c", {}, 0});
    few.row_size = 2;
    few.ratings.push_back(3);
    few.ratings.push_back(std::nullopt);
    ladder::people_table t(5);
    t.add(few);
    CHECK(t[0].rating_of(0) == 3);
    CHECK_FALSE(t[0].rating_of(1).has_value());
    for (ladder::index_t c = 2; c != 5; ++c) CHECK_FALSE(t[0].rating_of(c).has_value());
    CHECK(t[0].ratings_in(0).size() == 5);
    CHECK(t[0].ratings_in(1).empty());
}

TEST_CASE("judging a people table gives readiness' verdicts whole by rows and from two threads", "[decide][table][batch]") {
    const ladder::ladder_view v = acme;
    const auto given = random_people(1000, 23);
    std::vector<ladder::person> people;
    ladder::people_table team(v.competencies().size());
    for (std::size_t i = 0; i != given.size(); ++i) {
        people.push_back(make(given[i], i));
        team.add(people.back());
    }
    const ladder::level_ref l6 = *ladder::find_level(v, "L6");
    const ladder::level_ref l5 = *ladder::find_level(v, "L5");
    std::vector<ladder::level_ref> targets;
    for (std::size_t i = 0; i != given.size(); ++i) targets.push_back(i % 3 == 0 ? l5 : l6);

    const auto table = ladder::move_table::make(v).value();
    std::vector<std::optional<ladder::verdict>> whole(team.size()), lowered(team.size()), threaded(team.size());
    ladder::judge(table, team, targets, whole);
    static constexpr ladder::lowered_moves<acme> moves;
    ladder::judge(moves, team, targets, lowered);
    int verdicts[3] = {0, 0, 0};
    for (std::size_t i = 0; i != people.size(); ++i) {
        INFO("person " << i);
        const auto explained = ladder::readiness(v, people[i], targets[i]);
        REQUIRE(explained.ok());
        REQUIRE(whole[i].has_value());
        CHECK(*whole[i] == explained->result());
        CHECK(lowered[i] == whole[i]);
        // The explained report of the row is the person's too.
        CHECK(ladder::readiness(v, team[i], targets[i])->gaps.size() == explained->gaps.size());
        ++verdicts[static_cast<int>(*whole[i])];
    }
    CHECK(verdicts[0] > 50);
    CHECK(verdicts[1] > 50);
    CHECK(verdicts[2] > 50);

    // Two threads, each its own rows of the table and of the storage.
    const std::size_t half = team.size() / 2;
    std::thread first([&] {
        ladder::judge(table, team.rows(0, half), std::span<const ladder::level_ref>(targets).subspan(0, half),
                      std::span<std::optional<ladder::verdict>>(threaded).subspan(0, half));
    });
    ladder::judge(table, team.rows(half, team.size()), std::span<const ladder::level_ref>(targets).subspan(half),
                  std::span<std::optional<ladder::verdict>>(threaded).subspan(half));
    first.join();
    CHECK(threaded == whole);
}

TEST_CASE("rows of a people table stop at its end and walk it in order", "[person][table]") {
    const ladder::ladder_view v = acme;
    const auto given = random_people(10, 3);
    std::vector<ladder::person> people;
    ladder::people_table team(v.competencies().size());
    for (std::size_t i = 0; i != given.size(); ++i) {
        people.push_back(make(given[i], i));
        team.add(people.back());
    }
    CHECK(team.rows(4, 100).size() == 6);
    CHECK(team.rows(7, 3).empty());
    std::vector<std::string_view> walked;
    for (const ladder::person_ref p : team.rows(2, 5)) walked.push_back(p.id);
    CHECK(walked == std::vector<std::string_view>{people[2].id, people[3].id, people[4].id});
    CHECK(team.end() - team.begin() == 10);
    CHECK(team.rows(2, 5)[1].id == people[3].id);
}

TEST_CASE("a rating cell is as small as a rating and a person rated the not-rated value is refused", "[person][table]") {
    // A million people's ratings are one block of integers: a cell costs what a rating does.
    STATIC_REQUIRE(sizeof(ladder::rating_cell) == sizeof(ladder::rating));
    STATIC_REQUIRE_FALSE(ladder::rating_cell().has_value());
    STATIC_REQUIRE(*ladder::rating_cell(ladder::not_rated + 1) == ladder::not_rated + 1);
    STATIC_REQUIRE(ladder::rating_cell(std::optional<ladder::rating>(4)) == 4);
    STATIC_REQUIRE(ladder::rating_cell(std::nullopt) == std::nullopt);

    // A ladder whose scale has every value the parser allows, the least one too.
    const auto wide = ladder::load(R"(ladder "Wide"
scale s "S" {
  -2147483647 least "Least"
  2147483647 most "Most"
}
category c "C"
competency code "Code" in c
track ic "IC"
level L1 "One" on ic { expect code least }
)");
    REQUIRE(wide.ok());
    const ladder::ladder_view v = *wide;
    const auto least = ladder::person_builder(v, "least").level("L1").cycle("c", {{"code", -2147483647}}).build();
    REQUIRE(least.ok());
    CHECK(least->rating_of(0) == -2147483647);
    const auto refused = ladder::person_builder(v, "nobody").level("L1").cycle("c", {{"code", ladder::not_rated}}).build();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.diagnostics()[0].code == ladder::diagnostic_code::rating_off_scale);

    // A scale built in C++ with that value as a point is refused by validation.
    auto b = ladder::builder("B");
    b.scale("s", "S", {{ladder::not_rated, "none", "None"}, {1, "one", "One"}}).category("c", "C");
    b.competency("code", "Code", "c").track("ic", "IC");
    b.level("L1", "One", "ic").expect({{"code", 1}});
    const auto built = ladder::build(b);
    REQUIRE_FALSE(built.ok());
    bool found = false;
    for (const auto& d : built.diagnostics()) found = found || (d.code == ladder::diagnostic_code::number_too_large && d.subject == "none");
    CHECK(found);
}

TEST_CASE("a table of fewer cells than the ladder's competencies is judged as not rated past them", "[decide][table][batch]") {
    const ladder::ladder_view v = acme;
    const ladder::level_ref l7 = *ladder::find_level(v, "L7");
    // Everyone at L6 rated leading (5) on all eight competencies, in three cycles: each passes the
    // move to L7, whose guard is sustained(L7): meets(L7) in at least 2 of the last 3 cycles.
    std::vector<ladder::person> people;
    for (std::size_t i = 0; i != 4; ++i) people.push_back(make(plain{"L6", {{5, 5, 5, 5, 5, 5, 5, 5}, {5, 5, 5, 5, 5, 5, 5, 5}, {5, 5, 5, 5, 5, 5, 5, 5}}, 20, false}, i));
    ladder::people_table whole(v.competencies().size()), short_rows(6);
    for (const auto& p : people) {
        whole.add(p);
        short_rows.add(p);
    }
    const auto table = ladder::move_table::make(v).value();
    static constexpr ladder::lowered_moves<acme> moves;
    std::vector<std::optional<ladder::verdict>> by_table(people.size()), by_code(people.size());
    const std::span<const ladder::level_ref> to_l7(&l7, 1);
    ladder::judge(table, whole, to_l7, by_table);
    ladder::judge(moves, whole, to_l7, by_code);
    for (std::size_t i = 0; i != people.size(); ++i) {
        CHECK(by_table[i] == ladder::verdict::pass);
        CHECK(by_code[i] == ladder::verdict::pass);
    }
    // Six cells a cycle: mentorship and communication read as not rated, so L7 cannot be told.
    ladder::judge(table, short_rows, to_l7, by_table);
    ladder::judge(moves, short_rows, to_l7, by_code);
    for (std::size_t i = 0; i != people.size(); ++i) {
        CHECK(by_table[i] == ladder::verdict::unknown);
        CHECK(by_code[i] == ladder::verdict::unknown);
        CHECK(ladder::readiness(v, short_rows[i], l7)->result() == ladder::verdict::unknown);
    }
}

TEST_CASE("judging a guard that breaks for a person leaves that person's verdict empty", "[decide][table][batch]") {
    const ladder::ladder_view v = guarded;
    const ladder::level_ref l2 = *ladder::find_level(v, "L2");
    // design 3: code / 1 >= 1 passes; design 2: a division by zero; design not rated: unknown.
    const ladder::rating_spec rated[][2] = {{{"code", 2}, {"design", 3}}, {{"code", 2}, {"design", 2}}, {{"code", 2}, {"code", 2}}};
    std::vector<ladder::person> people;
    ladder::people_table team(v.competencies().size());
    for (const auto& r : rated) {
        people.push_back(ladder::person_builder(v, "p").level("L1").cycle("c", std::span<const ladder::rating_spec>(r, 2)).build().value());
        team.add(people.back());
    }
    const auto table = ladder::move_table::make(v).value();
    static constexpr ladder::lowered_moves<guarded> moves;
    const std::optional<ladder::verdict> expected[] = {ladder::verdict::pass, std::nullopt, ladder::verdict::unknown};
    std::vector<std::optional<ladder::verdict>> by_table(3, ladder::verdict::fail), by_code(3, ladder::verdict::fail);
    ladder::judge(table, team, std::span<const ladder::level_ref>(&l2, 1), by_table);
    ladder::judge(moves, team, std::span<const ladder::level_ref>(&l2, 1), by_code);
    for (std::size_t i = 0; i != 3; ++i) {
        INFO("person " << i);
        CHECK(by_table[i] == expected[i]);
        CHECK(by_code[i] == expected[i]);
        // The guards say the same one person at a time, and check() says why where it breaks.
        CHECK(table.guard_for(team[i].level, l2).judge(team[i]) == expected[i]);
        CHECK(moves.guard_for(team[i].level, l2).judge(team[i]) == expected[i]);
        const auto checked = moves.guard_for(team[i].level, l2).check(team[i]);
        CHECK(checked.ok() == expected[i].has_value());
        if (!checked.ok()) CHECK(checked.diagnostics()[0].code == ladder::diagnostic_code::division_by_zero);
        CHECK(table.check(team[i], l2).ok() == expected[i].has_value());
    }
}

TEST_CASE("judge() gives each person of a long run on one move its own evaluation budget", "[decide][table][batch]") {
    // A guard of 601 nodes (past the 128 values kept inline) takes about 600 of the 1,000,000
    // steps an evaluation may take: 2,000 people on the same move are 1,200,000 steps in all.
    auto b = ladder::builder("Long");
    b.scale("p", "P", {{1, "low", "Low"}, {2, "mid", "Mid"}, {3, "high", "High"}}).category("c", "C");
    b.competency("x", "X", "c").track("t", "T");
    b.level("A", "A", "t").expect({{"x", 1}});
    b.level("B", "B", "t").expect({{"x", 2}});
    std::string guard = "x";
    for (int i = 1; i != 300; ++i) guard += " + x";
    guard += " >= 600";  // x rated 2 or more; the builder views the text, which must outlive it
    b.promote("A", "B").when(guard);
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const ladder::ladder_view v = *built;
    ladder::people_table team(v.competencies().size());
    for (int i = 0; i != 2000; ++i) {
        const ladder::rating x = i % 3 + 1;
        team.add(ladder::person_builder(v, "p").level("A").cycle("c", {{"x", x}}).build().value());
    }
    const auto table = ladder::move_table::make(v).value();
    const ladder::level_ref target = *ladder::find_level(v, "B");
    std::vector<std::optional<ladder::verdict>> out(team.size());
    ladder::judge(table, team, std::span<const ladder::level_ref>(&target, 1), out);
    std::size_t judged_as_alone = 0;
    for (std::size_t i = 0; i != out.size(); ++i) {
        judged_as_alone += out[i] == (i % 3 == 0 ? ladder::verdict::fail : ladder::verdict::pass) ? 1 : 0;
    }
    CHECK(judged_as_alone == 2000);
    CHECK(out.back() == table.guard_for(team[1999].level, target).judge(team[1999]));
}
