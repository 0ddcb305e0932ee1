// What `ladder evaluate` does per person, on the default ladder: readiness() for the next level
// (the explained report a manager reads), and judge() (the verdict alone, from the move table,
// and from lowered_moves, the compile-time ladder's guards as generated code),
// against a hand-written check of the same guard over plain arrays (ratings as small integers).
// No condition is compiled per person: the ladder's own are evaluated.
// Build in Release (the `release` preset) and run: bench_evaluate_people [people] [repeats]
#include <ladder/ladder.hpp>

#include "median.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <span>
#include <vector>

namespace {

using bench::median_seconds;
static constexpr auto acme = ladder::presets::engineering();

constexpr const char* competencies[] = {"coding",     "design",   "delivery",   "operations",
                                        "cross_team", "strategy", "mentorship", "communication"};
constexpr int cycles = 3;

/// The plain data the hand-written check reads: level L5's people, ratings by cycle and competency.
struct plain_person {
    std::array<std::array<int, 8>, cycles> ratings;
};


}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    const ladder::ladder_view v = acme;
    std::mt19937 random(42);
    std::uniform_int_distribution<int> rating(2, 5);
    std::vector<ladder::person> people;
    std::vector<plain_person> plain(static_cast<std::size_t>(n));
    people.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i != n; ++i) {
        ladder::person_builder b(v, "p");
        b.level("L5").months_in_level(20);
        for (int c = 0; c != cycles; ++c) {
            std::array<ladder::rating_spec, 8> specs;
            for (int k = 0; k != 8; ++k) {
                const int r = rating(random);
                plain[static_cast<std::size_t>(i)].ratings[static_cast<std::size_t>(c)][static_cast<std::size_t>(k)] = r;
                specs[static_cast<std::size_t>(k)] = ladder::rating_spec(competencies[k], static_cast<ladder::rating>(r));
            }
            b.cycle("c", std::span<const ladder::rating_spec>(specs.data(), specs.size()));
        }
        people.push_back(b.build().value());
    }
    const ladder::level_ref l6 = *ladder::find_level(v, "L6");
    std::size_t sink = 0;

    // The L5 -> L6 guard by hand: meets(L6) in at least 2 of the last 3 cycles, and someone
    // rated expert (4) or more on a people competency (mentorship, communication) in the latest.
    std::array<int, 8> l6_expects{};
    for (int k = 0; k != 8; ++k) {
        l6_expects[static_cast<std::size_t>(k)] = *ladder::expected(v, l6, *ladder::find_competency(v, competencies[k]));
    }
    const double hand = median_seconds(repeats, [&] {
        for (const auto& p : plain) {
            int met = 0;
            for (const auto& cycle : p.ratings) {
                bool ok = true;
                for (std::size_t k = 0; k != 8; ++k) ok = ok && cycle[k] >= l6_expects[k];
                met += ok ? 1 : 0;
            }
            const auto& latest = p.ratings[cycles - 1];
            sink += met >= 2 && (latest[6] >= 4 || latest[7] >= 4) ? 1 : 0;
        }
    });
    const auto table = ladder::move_table::make(v).value();
    std::vector<std::optional<ladder::verdict>> verdicts(people.size());
    const double judged = median_seconds(repeats, [&] {
        ladder::judge(table, people, std::span<const ladder::level_ref>(&l6, 1), verdicts);
        sink += verdicts[0].has_value() ? 1 : 0;
    });
    static constexpr ladder::lowered_moves<acme> lowered;
    const double generated = median_seconds(repeats, [&] {
        ladder::judge(lowered, people, std::span<const ladder::level_ref>(&l6, 1), verdicts);
        sink += verdicts[0].has_value() ? 1 : 0;
    });
    const double explained = median_seconds(repeats, [&] {
        for (const auto& p : people) sink += ladder::readiness(v, p, l6)->gaps.size();
    });
    const double per = 1e9 / n;
    std::printf("%d people at L5 judged for L6 (median of %d runs)\n", n, repeats);
    std::printf("%-44s %10s %8s\n", "variant", "ns/person", "ratio");
    std::printf("%-44s %10.1f %8.2f\n", "hand-written over plain arrays", hand * per, 1.0);
    std::printf("%-44s %10.1f %8.2f\n", "judge() from the move table (verdict)", judged * per, judged / hand);
    std::printf("%-44s %10.1f %8.2f\n", "judge() from lowered_moves (generated code)", generated * per, generated / hand);
    std::printf("%-44s %10.1f %8.2f\n", "readiness() (the explained report)", explained * per, explained / hand);
    return sink == 0 ? 1 : 0;
}
