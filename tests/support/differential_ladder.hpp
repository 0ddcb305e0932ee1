// The ladder and the generated people the differential tests share.
#pragma once

#include <ladder/ladder.hpp>

#include <random>
#include <span>
#include <vector>

namespace differential {

inline constexpr auto small = ladder::parse<R"(ladder "Differential"
scale p "P" {
  1 one "One"
  2 two "Two"
  3 three "Three"
  4 four "Four"
}
category craft "Craft"
category people "People"
competency code "Code" in craft
competency design "Design" in craft
competency coach "Coach" in people
competency speak "Speak" in people
track ic "IC"
attribute open_position : bool
level L1 "One" on ic { expect code 1, design 1, coach 1, speak 1 }
level L2 "Two" on ic { expect code 2, design 2, coach 1, speak 2 }
level L3 "Three" on ic { expect code 3, design 3, coach 3, speak 3 }
archetype deep "Deep" from L2 { expect design 4 }
rule sustained(L, k) = meets(L) in at least k of last 3 cycles
rule strong(x) = x >= 3
)">();

inline ladder::person random_person(std::mt19937& rng) {
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    static const char* const levels[] = {"L1", "L2", "L3"};
    static const char* const ids[] = {"code", "design", "coach", "speak"};
    ladder::person_builder b(small, "p");
    b.level(levels[pick(3)]);
    const int cycles = pick(5);
    for (int c = 0; c != cycles; ++c) {
        std::vector<ladder::rating_spec> ratings;
        for (const char* id : ids) {
            if (pick(6) != 0) ratings.emplace_back(id, static_cast<ladder::rating>(1 + pick(4)));
        }
        b.cycle("c", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    }
    if (pick(2)) b.attribute("open_position", pick(2));
    if (pick(4) == 0) b.exempt(ids[pick(4)], "reason");
    b.months_in_level(pick(30)).tenure_months(pick(80));
    return b.build().value();
}

}  // namespace differential
