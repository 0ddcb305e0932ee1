// Scenario 5: a big-tech senior is mapped to staff at a smaller company, with the explanation:
// the same scope of work (a team) carries a bigger title where titles run ahead of scope. Both
// ladders are .ladder files compiled into the program (ladder_embed() in CMake).
#include <ladder/ladder.hpp>
#include <ladder_data/big_search.hpp>
#include <ladder_data/startup.hpp>

#include <iostream>

int main() {
    const ladder::ladder_view from = ladder_data::big_search, to = ladder_data::startup;
    constexpr auto senior = ladder_data::big_search.level("L5");
    std::cout << "A Senior Software Engineer (L5) at the big company, on the startup's ladder:\n";
    for (const auto& m : ladder::likely_matches(ladder::map_level(from, senior, to))) {
        std::cout << "  " << ladder::explain(from, senior, to, m) << '\n';
    }
    std::cout << '\n' << ladder::to_text(from, to, ladder::map_ladder(from, to));
    return 0;
}
