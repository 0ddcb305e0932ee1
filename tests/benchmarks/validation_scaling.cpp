// How building a ladder grows with its size: build() resolves references, compiles every
// condition once and validates. Ladders of 50 levels on one track with 100 to 800 competencies
// (5,000 to 40,000 expectations) and, at 800 competencies, 2 and 4 tracks: the time per
// expectation should stay flat (linear growth). validate() alone is timed too.
// Build in Release (the `release` preset) and run: bench_validation_scaling [repeats]
#include <ladder/ladder.hpp>

#include "median.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using bench::median_seconds;

/// The strings a generated ladder's builder views (it stores views, so they must outlive it).
struct generated {
    std::vector<std::string> competency_ids, level_ids, track_ids;
};

ladder::builder make_ladder(generated& g, int tracks, int levels, int competencies) {
    ladder::builder b("Generated", "1");
    b.scale("p", "Points", {{1, "p1", "1"}, {2, "p2", "2"}, {3, "p3", "3"}, {4, "p4", "4"}, {5, "p5", "5"}});
    b.category("c", "Category");
    g.competency_ids.clear();
    g.level_ids.clear();
    g.track_ids.clear();
    g.competency_ids.reserve(static_cast<std::size_t>(competencies));
    g.level_ids.reserve(static_cast<std::size_t>(tracks * levels));
    g.track_ids.reserve(static_cast<std::size_t>(tracks));
    for (int c = 0; c != competencies; ++c) {
        g.competency_ids.push_back("c" + std::to_string(c));
        b.competency(g.competency_ids.back(), g.competency_ids.back(), "c");
    }
    for (int t = 0; t != tracks; ++t) {
        g.track_ids.push_back("t" + std::to_string(t));
        b.track(g.track_ids.back(), g.track_ids.back());
        for (int l = 0; l != levels; ++l) {
            g.level_ids.push_back(g.track_ids.back() + "_l" + std::to_string(l));
            auto level = b.level(g.level_ids.back(), g.level_ids.back(), g.track_ids.back());
            for (int c = 0; c != competencies; ++c) {
                level.expect(ladder::expectation_spec(g.competency_ids[static_cast<std::size_t>(c)],
                                                      static_cast<ladder::rating>(1 + (l * 5) / levels)));
            }
            if (l != 0) b.promote(g.level_ids[g.level_ids.size() - 2], g.level_ids.back());
        }
    }
    return b;
}


}  // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 5;
    std::printf("%-28s %12s %12s %14s %14s\n", "ladder", "expectations", "build() ms", "ns/expectation",
                "validate() ns/e");
    struct shape {
        int tracks, levels, competencies;
    };
    for (const shape s : {shape{1, 50, 100}, shape{1, 50, 200}, shape{1, 50, 400}, shape{1, 50, 800}, shape{2, 50, 800},
                          shape{4, 50, 800}}) {
        generated g;
        const double expectations = static_cast<double>(s.tracks) * s.levels * s.competencies;
        std::size_t findings = 0;
        const double built = median_seconds(repeats, [&] {
            auto b = make_ladder(g, s.tracks, s.levels, s.competencies);
            const auto l = ladder::build(b);
            findings += l.diagnostics().size() + (l.ok() ? 0 : 1);
        });
        auto b = make_ladder(g, s.tracks, s.levels, s.competencies);
        const auto l = ladder::build(b).value();
        const double validated = median_seconds(repeats, [&] { findings += ladder::validate(l).size(); });
        char name[64];
        std::snprintf(name, sizeof name, "%d x %d levels, %d comps", s.tracks, s.levels, s.competencies);
        std::printf("%-28s %12.0f %12.1f %14.1f %14.1f\n", name, expectations, built * 1e3, built / expectations * 1e9,
                    validated / expectations * 1e9);
        if (findings != 0) std::printf("  (unexpected: %zu findings)\n", findings);
    }
}
