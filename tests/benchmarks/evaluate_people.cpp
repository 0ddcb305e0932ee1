// What `ladder evaluate` does per person, on the default ladder, in one process: judge() of the
// verdict alone (from the move table, the runtime path; from lowered_moves, the compile-time
// ladder's guards as generated code), over a people_table and over person records, on one and
// two threads, and readiness() (the explained report a manager reads), each against the floor:
// a hand-written check of the same guard over plain structs of small integers, no library type.
// Beside the floor: the same check without a branch per rating, stopping once the count of
// cycles is decided, and on two threads; and, where muparser is installed, the guard as a
// muparser expression. No condition is compiled per person: the ladder's own are evaluated.
// Build in Release (the `release` preset) and run: bench_evaluate_people [people] [repeats]
#include <ladder/ladder.hpp>

#include "median.hpp"

#ifdef LADDER_BENCH_MUPARSER
#include <muParser.h>

#include <string>
#endif

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <span>
#include <thread>
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
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
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
    const auto hand_check = [&](const plain_person& p) {
        int met = 0;
        for (const auto& cycle : p.ratings) {
            bool ok = true;
            for (std::size_t k = 0; k != 8; ++k) ok = ok && cycle[k] >= l6_expects[k];
            met += ok ? 1 : 0;
        }
        const auto& latest = p.ratings[cycles - 1];
        return met >= 2 && (latest[6] >= 4 || latest[7] >= 4);
    };
    const auto hand_over = [&](std::size_t first, std::size_t last) {
        std::size_t passed = 0;
        for (std::size_t i = first; i != last; ++i) passed += hand_check(plain[i]) ? 1 : 0;
        return passed;
    };
    const auto hand_on_one_thread = [&] { sink += hand_over(0, plain.size()); };
    const double hand = median_seconds(repeats, hand_on_one_thread);
    // The floor on two threads, each on half the people: what the hardware gives a second thread.
    const auto hand_on_two_threads = [&] {
        std::size_t second = 0;
        std::thread t([&] { second = hand_over(plain.size() / 2, plain.size()); });
        sink += hand_over(0, plain.size() / 2);
        t.join();
        sink += second;
    };
    const double hand_two_threads = median_seconds(repeats, hand_on_two_threads);
    // The same check stopping at the cycle where the count is decided (2 met, or too few cycles
    // left to reach 2), as judging does.
    const double hand_stopping = median_seconds(repeats, [&] {
        for (const auto& p : plain) {
            int met = 0;
            for (int c = 0; c != cycles && met < 2 && met + (cycles - c) >= 2; ++c) {
                bool ok = true;
                for (std::size_t k = 0; k != 8; ++k) ok = ok && p.ratings[static_cast<std::size_t>(c)][k] >= l6_expects[k];
                met += ok ? 1 : 0;
            }
            const auto& latest = p.ratings[cycles - 1];
            sink += met >= 2 && (latest[6] >= 4 || latest[7] >= 4) ? 1 : 0;
        }
    });
    // The same check without a branch per rating, as one would write it knowing that where a
    // cycle falls short is unpredictable: a second, stricter reference.
    const double hand_branch_free = median_seconds(repeats, [&] {
        for (const auto& p : plain) {
            int met = 0;
            for (const auto& cycle : p.ratings) {
                bool ok = true;
                for (std::size_t k = 0; k != 8; ++k) ok &= cycle[k] >= l6_expects[k];
                met += ok ? 1 : 0;
            }
            const auto& latest = p.ratings[cycles - 1];
            sink += met >= 2 && (latest[6] >= 4 || latest[7] >= 4) ? 1 : 0;
        }
    });
    ladder::people_table team(v.competencies().size());
    team.reserve(people.size(), cycles);
    for (const auto& p : people) team.add(p);
    const std::span<const ladder::level_ref> to_l6(&l6, 1);
    std::vector<std::optional<ladder::verdict>> verdicts(people.size());
    const auto verdict_span = std::span<std::optional<ladder::verdict>>(verdicts);
    // Each variant must give the hand-written verdicts: a figure for wrong answers is no figure.
    std::vector<bool> expected(people.size());
    for (std::size_t i = 0; i != plain.size(); ++i) expected[i] = hand_check(plain[i]);
    int wrong = 0;
    const auto agree = [&](const char* what) {
        for (std::size_t i = 0; i != verdicts.size(); ++i) {
            if (verdicts[i] != (expected[i] ? ladder::verdict::pass : ladder::verdict::fail)) {
                std::fprintf(stderr, "%s: person %zu judged differently from the hand-written check\n", what, i);
                ++wrong;
                return;
            }
        }
    };
    const auto on_threads = [&](const auto& moves, unsigned threads) {
        std::vector<std::thread> running;
        const std::size_t each = (team.size() + threads - 1) / threads;
        for (unsigned t = 0; t != threads; ++t) {
            const std::size_t first = t * each, last = std::min(team.size(), first + each);
            running.emplace_back([&, first, last] {
                ladder::judge(moves, team.rows(first, last), to_l6, verdict_span.subspan(first, last - first));
            });
        }
        for (auto& t : running) t.join();
    };

    const auto table = ladder::move_table::make(v).value();
    static constexpr ladder::lowered_moves<acme> lowered;
    struct figure {
        const char* what;
        double seconds;
    };
    std::vector<figure> figures;
    const auto measure = [&](const char* what, auto&& run) {
        std::fill(verdicts.begin(), verdicts.end(), std::nullopt);
        figures.push_back({what, median_seconds(repeats, run)});
        agree(what);
    };
    measure("lowered_moves, people_table (compile-time)", [&] { ladder::judge(lowered, team, to_l6, verdict_span); });
    measure("lowered_moves, person records", [&] { ladder::judge(lowered, people, to_l6, verdict_span); });
    measure("move_table, people_table (runtime)", [&] { ladder::judge(table, team, to_l6, verdict_span); });
    measure("move_table, person records", [&] { ladder::judge(table, people, to_l6, verdict_span); });
    measure("lowered_moves, people_table, 2 threads", [&] { on_threads(lowered, 2); });
    measure("move_table, people_table, 2 threads", [&] { on_threads(table, 2); });
    // What a second thread gives, as the median of paired runs (one thread, then two, `repeats`
    // times): this machine's speed drifts over seconds, which moves the medians above apart.
    const auto speedup = [&](auto&& one, auto&& two) {
        std::vector<double> ratios;
        for (int r = 0; r != repeats; ++r) ratios.push_back(median_seconds(1, one) / median_seconds(1, two));
        std::sort(ratios.begin(), ratios.end());
        return ratios[ratios.size() / 2];
    };
    const double floor_speedup = speedup(hand_on_one_thread, hand_on_two_threads);
    const double lowered_speedup = speedup([&] { on_threads(lowered, 1); }, [&] { on_threads(lowered, 2); });
    const double table_speedup = speedup([&] { on_threads(table, 1); }, [&] { on_threads(table, 2); });
#ifdef LADDER_BENCH_MUPARSER
    // muparser, a general expression library one could pick instead, with the same guard over
    // the same plain structs: a person's ratings copied into the variables the expression
    // names (r<cycle>_<competency>), then evaluated.
    {
        std::array<double, cycles * 8> vars{};
        mu::Parser parser;
        std::string sustained;
        for (int c = 0; c != cycles; ++c) {
            std::string cycle;
            for (int k = 0; k != 8; ++k) {
                const std::string name = "r" + std::to_string(c) + "_" + std::to_string(k);
                parser.DefineVar(name, &vars[static_cast<std::size_t>(c * 8 + k)]);
                cycle += (k == 0 ? "" : " && ") + name + " >= " + std::to_string(l6_expects[static_cast<std::size_t>(k)]);
            }
            sustained += (c == 0 ? "(" : " + (") + cycle + ")";
        }
        const std::string last = "r" + std::to_string(cycles - 1) + "_";
        parser.SetExpr("(" + sustained + ") >= 2 && (" + last + "6 >= 4 || " + last + "7 >= 4)");
        std::fill(verdicts.begin(), verdicts.end(), std::nullopt);
        figures.push_back({"muparser 2.3, the same guard over plain structs", median_seconds(repeats, [&] {
                               for (std::size_t i = 0; i != plain.size(); ++i) {
                                   for (int c = 0; c != cycles; ++c) {
                                       for (int k = 0; k != 8; ++k) {
                                           vars[static_cast<std::size_t>(c * 8 + k)] = plain[i].ratings[static_cast<std::size_t>(c)][static_cast<std::size_t>(k)];
                                       }
                                   }
                                   verdicts[i] = parser.Eval() != 0 ? ladder::verdict::pass : ladder::verdict::fail;
                               }
                           })});
        agree("muparser");
    }
#endif
    const double explained = median_seconds(repeats, [&] {
        for (const auto p : team) sink += ladder::readiness(v, p, l6)->gaps.size();
    });
    figures.push_back({"readiness() (the explained report)", explained});
    for (const auto& v : verdicts) sink += v.has_value() ? 1 : 0;

    const double per = 1e9 / n;
    std::printf("%d people at L5 judged for L6, %d cycles each (median of %d runs)\n", n, cycles, repeats);
    std::printf("%-46s %10s %8s\n", "variant", "ns/person", "ratio");
    std::printf("%-46s %10.1f %8.2f\n", "hand-written over plain structs (the floor)", hand * per, 1.0);
    std::printf("%-46s %10.1f %8.2f\n", "the same, without a branch per rating", hand_branch_free * per,
                hand_branch_free / hand);
    std::printf("%-46s %10.1f %8.2f\n", "the same, stopping once the count is decided", hand_stopping * per,
                hand_stopping / hand);
    std::printf("%-46s %10.1f %8.2f\n", "the floor on 2 threads", hand_two_threads * per, hand_two_threads / hand);
    for (const auto& f : figures) std::printf("%-46s %10.1f %8.2f\n", f.what, f.seconds * per, f.seconds / hand);
    std::printf("2 threads against 1, median of %d paired runs: floor %.2fx, lowered_moves %.2fx, move_table %.2fx\n",
                repeats, floor_speedup, lowered_speedup, table_speedup);
    return sink == 0 || wrong != 0 ? 1 : 0;
}
