// Several threads judging people with one shared move table, built with ThreadSanitizer: any
// data race is reported and fails the test (TSAN_OPTIONS=halt_on_error=1). The verdicts must
// also equal a single thread's.
#include <ladder/ladder.hpp>

#include <cstdio>
#include <optional>
#include <span>
#include <thread>
#include <vector>

int main() {
    static constexpr auto acme = ladder::presets::engineering();
    const ladder::ladder_view v = acme;
    const auto table = ladder::move_table::make(v).value();
    const char* const ids[] = {"coding", "design", "delivery", "operations", "cross_team", "strategy", "mentorship",
                               "communication"};
    std::vector<ladder::person> people;
    unsigned seed = 1;
    for (int i = 0; i != 400; ++i) {
        ladder::person_builder b(v, "p");
        b.level(i % 2 == 0 ? "L5" : "L6").months_in_level(i % 30);
        for (int c = 0; c != 3; ++c) {
            std::vector<ladder::rating_spec> r;
            for (const char* id : ids) {
                seed = seed * 1103515245u + 12345u;
                r.emplace_back(id, static_cast<ladder::rating>(2 + (seed >> 16) % 4));
            }
            b.cycle("c", std::span<const ladder::rating_spec>(r.data(), r.size()));
        }
        people.push_back(b.build().value());
    }
    const ladder::level_ref target[] = {*ladder::find_level(v, "L6")};
    std::vector<std::optional<ladder::verdict>> one(people.size()), many(people.size());
    ladder::judge(table, people, target, one);
    std::vector<std::thread> threads;
    const std::size_t share = people.size() / 4;
    for (std::size_t t = 0; t != 4; ++t) {
        threads.emplace_back([&, t] {
            ladder::judge(table, std::span<const ladder::person>(people).subspan(t * share, share), target,
                          std::span<std::optional<ladder::verdict>>(many).subspan(t * share, share));
        });
    }
    for (auto& t : threads) t.join();
    const bool same = one == many;
    std::printf("%zu people judged by 4 threads: %s\n", people.size(), same ? "the same verdicts as one thread" : "DIFFERENT");
    return same ? 0 : 1;
}
