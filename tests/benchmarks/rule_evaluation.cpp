// Evaluation speed of a realistic promotion rule, against the same check hand-written in C++,
// in one run: 10^6 evaluations (10,000 generated people, 100 times each).
//   "meets(L6) in at least 2 of last 3 cycles and count(c in people where c >= expert) >= 1
//    and time_in_level >= 12 months"      on the default ladder.
// Then 10^6 people judged at once by judge() against the default ladder's L5 -> L6 guard.
// Build in Release (the `release` preset) and run: bench_rule_evaluation
#include <ladder/ladder.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

static constexpr auto acme = ladder::presets::engineering();
constexpr auto compiled_at_compile_time = ladder::compile_rule<acme,
    "meets(L6) in at least 2 of last 3 cycles and count(c in people where c >= expert) >= 1 and "
    "time_in_level >= 12 months">();

/// The hand-written check: L6's minimums by competency row, people competencies, time in level.
struct hand_written {
    std::array<ladder::rating, 8> minimum{};
    std::vector<ladder::index_t> people;
    bool asks_time_in_level = true;  ///< false: the default ladder's L5 -> L6 guard, which leaves it to an advisory
    explicit hand_written(const ladder::ladder_view& v, bool time_in_level = true) : asks_time_in_level(time_in_level) {
        for (const auto& e : v.expectations_of(v[*ladder::find_level(v, "L6")])) minimum[e.competency.index] = e.minimum;
        const auto people_row = ladder::find_category(v, "people")->index();
        for (std::size_t c = 0; c != v.competencies().size(); ++c) {
            if (v.competencies()[c].category.index == people_row) people.push_back(static_cast<ladder::index_t>(c));
        }
    }
    // Three-valued like the rule: 0 fail, 1 pass, 2 unknown. Written as one would by hand: each
    // part stops as soon as its answer is known.
    [[nodiscard]] int operator()(const ladder::person& p) const {
        int met = 0, open = 0;
        for (std::size_t back = 0; back != 3 && met < 2; ++back) {
            bool short_of = false, unknown = false;
            for (std::size_t c = 0; c != minimum.size() && !short_of; ++c) {
                const auto r = p.rating_of(static_cast<ladder::index_t>(c), back);
                if (!r) unknown = true;
                else if (*r < minimum[c]) short_of = true;
            }
            if (short_of) continue;
            if (unknown) ++open;
            else ++met;
        }
        const int history = met >= 2 ? 1 : (met + open < 2 ? 0 : 2);
        if (history == 0) return 0;
        int leaders = 0;
        bool unknown = false;
        for (auto c : people) {
            const auto r = p.rating_of(c);
            if (!r) unknown = true;
            else leaders += *r >= 4 ? 1 : 0;
        }
        const int leader = unknown ? 2 : (leaders >= 1 ? 1 : 0);  // a count is unknown if any rating is
        if (leader == 0) return 0;
        if (asks_time_in_level && p.months_in_level < 12) return 0;
        return (history == 2 || leader == 2) ? 2 : 1;
    }
};

template <class F>
double seconds(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
    const ladder::ladder_view v = acme;
    std::mt19937 rng(7);
    std::vector<ladder::person> people;
    static const char* const ids[] = {"coding", "design", "delivery", "operations", "cross_team", "strategy", "mentorship",
                                      "communication"};
    for (int i = 0; i != 10000; ++i) {
        ladder::person_builder b(v, "p");
        b.level("L5");
        for (int c = 0; c != 3; ++c) {
            std::vector<ladder::rating_spec> ratings;
            for (const char* id : ids) ratings.emplace_back(id, static_cast<ladder::rating>(3 + rng() % 3));
            b.cycle("c", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
        }
        b.months_in_level(static_cast<std::int32_t>(rng() % 30));
        people.push_back(b.build().value());
    }
    const auto runtime_rule = ladder::compile_rule(v, compiled_at_compile_time.view().text()).value();
    const hand_written check(v);
    constexpr int rounds = 100;
    const double evaluations = rounds * static_cast<double>(people.size());

    long agree = 0, passes = 0;
    const double hand = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) passes += check(p) == 1;
        }
    });
    long rule_passes = 0;
    const double at_compile = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) rule_passes += *ladder::check(compiled_at_compile_time, p) == ladder::verdict::pass;
        }
    });
    long explained_passes = 0;
    const double at_compile_explained = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) explained_passes += ladder::evaluate(compiled_at_compile_time, p)->passed();
        }
    });
    long runtime_passes = 0;
    const double at_runtime = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) runtime_passes += ladder::evaluate(runtime_rule, p)->passed();
        }
    });
    long verdict_passes = 0;
    const double verdict_only = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) verdict_passes += *ladder::check(runtime_rule, p) == ladder::verdict::pass;
        }
    });
    for (const auto& p : people) agree += (check(p) == 1) == ladder::evaluate(runtime_rule, p)->passed();

    // Many people at once: judge() against the default ladder's own L5 -> L6 guard
    // (sustained(L6) and people_leader), into caller storage, from a move table compiled once.
    const auto table = ladder::move_table::make(v).value();
    const ladder::level_ref staff[] = {*ladder::find_level(v, "L6")};
    std::vector<std::optional<ladder::verdict>> verdicts(people.size());
    const hand_written guard(v, false);
    long guard_passes = 0, judged_passes = 0;
    const double guard_by_hand = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            for (const auto& p : people) guard_passes += guard(p) == 1;
        }
    });
    const double judging = seconds([&] {
        for (int r = 0; r != rounds; ++r) {
            ladder::judge(table, people, staff, verdicts);
            for (const auto& x : verdicts) judged_passes += x == ladder::verdict::pass;
        }
    });

    // Reading and checking the rule's text at runtime: parse, resolve every id, type-check.
    const std::string_view text = compiled_at_compile_time.view().text();
    constexpr int compilations = 10000;
    std::size_t nodes = 0;
    const double compiling = seconds([&] {
        for (int i = 0; i != compilations; ++i) nodes += ladder::compile_rule(v, text)->view().nodes().size();
    });

    std::printf("compile_rule() of the rule's %zu characters: %.2f us (mean of %d)\n", text.size(),
                compiling / compilations * 1e6, compilations);
    std::printf("%.0f evaluations of a realistic promotion rule; the hand-written check and the rule agree on %ld of %zu people\n", evaluations,
                agree, people.size());
    std::printf("%-40s %10s %8s\n", "", "ns/eval", "ratio");
    std::printf("%-40s %10.1f %8.2f\n", "hand-written C++", hand / evaluations * 1e9, 1.0);
    std::printf("%-40s %10.1f %8.2f\n", "compile-time rule, lowered (check)", at_compile / evaluations * 1e9, at_compile / hand);
    std::printf("%-40s %10.1f %8.2f\n", "compile-time rule, explained (evaluate)", at_compile_explained / evaluations * 1e9,
                at_compile_explained / hand);
    std::printf("%-40s %10.1f %8.2f\n", "runtime rule (compile_rule)", at_runtime / evaluations * 1e9, at_runtime / hand);
    std::printf("%-40s %10.1f %8.2f\n", "runtime rule, verdict only (check)", verdict_only / evaluations * 1e9,
                verdict_only / hand);
    std::printf("\njudge(): %.0f people against the ladder's own L5 -> L6 guard, into caller storage\n", evaluations);
    std::printf("%-40s %10.1f %8.2f\n", "hand-written guard", guard_by_hand / evaluations * 1e9, 1.0);
    std::printf("%-40s %10.1f %8.2f\n", "judge() with a move_table", judging / evaluations * 1e9, judging / guard_by_hand);
    // Compiling rule text as it grows: 1,000 to 100,000 characters of clauses joined by `or`
    // (limits raised past the defaults' 64 KB and 4,096 nodes); the time per character must stay flat.
    std::printf("\ncompile_rule() as the text grows\n%-12s %8s %12s %12s\n", "characters", "nodes", "us", "ns/char");
    ladder::rule_limits roomy;
    roomy.max_text_bytes = std::size_t{1} << 20;
    roomy.max_nodes = std::size_t{1} << 20;
    bool every_length_compiled = true;
    for (const std::size_t length : {std::size_t{1000}, std::size_t{10000}, std::size_t{100000}}) {
        std::string long_rule;
        while (long_rule.size() < length) {
            if (!long_rule.empty()) long_rule += " or ";
            long_rule += "(meets(L6) in at least 2 of last 3 cycles and count(c in people where c >= expert) >= 1)";
        }
        const int repeats = static_cast<int>(2'000'000 / length);
        std::size_t long_nodes = 0;
        const double took = seconds([&] {
            for (int i = 0; i != repeats; ++i) {
                const auto r = ladder::compile_rule(v, long_rule, "<long>", roomy);
                every_length_compiled = every_length_compiled && r.ok();
                long_nodes = r.ok() ? r->view().nodes().size() : 0;
            }
        }) / repeats;
        std::printf("%-12zu %8zu %12.2f %12.2f\n", long_rule.size(), long_nodes, took * 1e6, took * 1e9 / static_cast<double>(long_rule.size()));
    }

    return (every_length_compiled && guard_passes == judged_passes && passes == rule_passes && passes == explained_passes && passes == runtime_passes && passes == verdict_passes && nodes > 0) ? 0 : 1;
}
