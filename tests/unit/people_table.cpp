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
