// Scenario 9: the ladder was revised on 2026-01-01 (levels renumbered, Senior split in two, Staff
// asking for more system design, mentoring renamed mentorship), and the promotion to Staff asks
// for sustained work over the last three review cycles, two of them rated under the old ladder.
// The versions and the people are the shipped ones (examples/data/versions), unless given others:
//   scenario_revision [VERSIONS_DIR [PEOPLE.csv]]
#include <ladder/io/people_csv.hpp>
#include <ladder/ladder.hpp>
#include <ladder/revise/history.hpp>

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : LADDER_EXAMPLE_DATA "/versions";
    const std::string csv = argc > 2 ? argv[2] : dir + "/people.csv";

    const std::vector<std::string> paths{dir};
    const auto history = ladder::load_history(paths);
    if (!history) {
        std::cerr << history.diagnostics().to_string();
        return 1;
    }
    for (std::size_t i = 0; i != history->size(); ++i) {
        const ladder::ladder_view v = (*history)[i].view();
        std::cout << v.name() << " " << v.version() << " in force from " << ladder::day_text(v.effective()) << '\n';
    }
    std::cout << "2025's L5 is now:";
    for (const auto id : history->level_ids(0, history->size() - 1, "L5")) std::cout << ' ' << id;
    std::cout << "\n\n";

    // Each cycle is read against the version in force on its date, its ratings carried through
    // the `maps` lines to the version in force on the latest date, which decides.
    const auto people = ladder::load_people_csv(*history, csv);
    if (!people) {
        std::cerr << people.diagnostics().to_string();
        return 1;
    }
    const ladder::ladder_view deciding = (*history)[people->version()].view();
    std::cout << "judged under " << deciding.name() << " " << deciding.version() << ":\n\n";
    const auto all = ladder::readiness_of(deciding, people->all(), std::nullopt, false);
    std::cout << ladder::to_text(deciding, std::span<const ladder::readiness_entry>(all.data(), all.size()));
    return 0;
}
