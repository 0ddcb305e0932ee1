// The ladder and the generated people the differential tests share.
#pragma once

#include <ladder/ladder.hpp>

#include <array>
#include <optional>
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
group upper "Upper" = L2..L3
archetype deep "Deep" from L2 { expect design 4 }
rule sustained(L, k) = meets(L) in at least k of last 3 cycles
rule strong(x) = x >= 3
)">();

/// A generated person as plain data, so that a reference can read it without the library:
/// ratings per cycle, oldest first, in the order the ladder declares its competencies (0: not
/// rated); the level and archetype as rows of the ladder's declarations.
struct plain_person {
    int level = 0;      ///< 0, 1, 2: L1, L2, L3
    int archetype = -1; ///< -1: none; 0: deep
    std::vector<std::array<int, 4>> cycles;
    std::optional<int> open_position;
    int exempt = -1;    ///< the competency exempt from, or -1
    int months_in_level = 0;
    int tenure_months = 0;
};

inline plain_person random_plain_person(std::mt19937& rng) {
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    plain_person out;
    out.level = pick(3);
    if (pick(4) == 0) out.archetype = 0;
    const int cycles = pick(5);
    for (int c = 0; c != cycles; ++c) {
        std::array<int, 4> ratings{};
        for (int& r : ratings) r = pick(6) != 0 ? 1 + pick(4) : 0;
        out.cycles.push_back(ratings);
    }
    if (pick(2)) out.open_position = pick(2);
    if (pick(4) == 0) out.exempt = pick(4);
    out.months_in_level = pick(30);
    out.tenure_months = pick(80);
    return out;
}

/// The same person as the library's record, made through its public builder.
inline ladder::person to_person(const plain_person& plain) {
    static const char* const levels[] = {"L1", "L2", "L3"};
    static const char* const ids[] = {"code", "design", "coach", "speak"};
    ladder::person_builder b(small, "p");
    b.level(levels[plain.level]);
    if (plain.archetype == 0) b.archetype("deep");
    for (const auto& cycle : plain.cycles) {
        std::vector<ladder::rating_spec> ratings;
        for (std::size_t c = 0; c != cycle.size(); ++c) {
            if (cycle[c] != 0) ratings.emplace_back(ids[c], static_cast<ladder::rating>(cycle[c]));
        }
        b.cycle("c", std::span<const ladder::rating_spec>(ratings.data(), ratings.size()));
    }
    if (plain.open_position) b.attribute("open_position", *plain.open_position);
    if (plain.exempt >= 0) b.exempt(ids[plain.exempt], "reason");
    b.months_in_level(plain.months_in_level).tenure_months(plain.tenure_months);
    return b.build().value();
}

inline ladder::person random_person(std::mt19937& rng) { return to_person(random_plain_person(rng)); }

}  // namespace differential
