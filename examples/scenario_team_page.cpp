// Scenario 7: a manager's team at once. The people of a CSV export are judged for their next
// level, grouped by where they stand, and written as one self-contained HTML page with a chart
// of each person's ratings, filters by track and level, and links to a page per person.
//   scenario_team_page [people.csv] [team.html]
#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/render/team.hpp>

#include <fstream>
#include <iostream>
#include <string>

static constexpr auto acme = ladder::presets::engineering();

int main(int argc, char** argv) {
    const ladder::ladder_view v = acme;
    const std::string csv = argc > 1 ? argv[1] : LADDER_EXAMPLE_DATA "/people.csv";
    const std::string page = argc > 2 ? argv[2] : "team.html";
    auto people = ladder::load_people_csv(v, csv);
    if (!people) {
        std::cerr << people.diagnostics().to_string();
        return 1;
    }
    const auto all = ladder::readiness_of(v, people->all());

    // Where each person stands, as the page groups them.
    std::cout << all.size() << " people on " << v.info().name << ", by where they stand for their next level:\n";
    for (auto group : {ladder::standing::ready, ladder::standing::not_yet, ladder::standing::staying, ladder::standing::undecided,
                       ladder::standing::no_verdict}) {
        std::string names;
        for (const auto& e : all) {
            if (ladder::standing_of(v, e) != group) continue;
            names += names.empty() ? " " : ", ";
            names += std::string(e.who.name);
            if (e.report) names += " (" + std::string(v.levels()[e.report->from].id) + " -> " + std::string(v.levels()[e.report->to].id) + ")";
        }
        if (!names.empty()) std::cout << "  " << ladder::name_of(group) << ":" << names << '\n';
    }

    // The page: each name links to people/<id>.html, which `ladder render --format html
    // --people people.csv --person <id>` writes.
    std::ofstream out(page, std::ios::binary);
    out << ladder::to_team_html(v, all, {"people/{id}.html"});
    if (!out) {
        std::cerr << "could not write " << page << '\n';
        return 1;
    }
    std::cout << "Wrote " << page << ": open it in a browser, filter by track or level, hover a chart for its numbers.\n";
    return 0;
}
