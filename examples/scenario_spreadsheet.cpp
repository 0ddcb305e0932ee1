// Scenario 8: from the spreadsheet a ladder lives in to a promotion decision. The competency x
// level matrix HR keeps (and a second sheet of what each cell means) is read as a ladder, with
// every cell it cannot read reported at its place; then a senior engineer is judged for staff
// in the sheet's own words.
//   scenario_spreadsheet [matrix.csv] [descriptions.csv]
#include <ladder/ladder.hpp>
#include <ladder/io/matrix_csv.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    const std::string matrix_path = argc > 1 ? argv[1] : LADDER_EXAMPLE_DATA "/import/matrix.csv";
    const std::string words_path = argc > 2 ? argv[2] : LADDER_EXAMPLE_DATA "/import/descriptions.csv";
    const auto matrix = ladder::read_file(matrix_path);
    const auto words = ladder::read_file(words_path);
    if (!matrix || !words) {
        std::cerr << (matrix ? words : matrix).diagnostics().to_string();
        return 1;
    }

    ladder::matrix_options options;
    options.name = "Acme engineering";
    options.source = "matrix.csv";
    options.descriptions = *words;
    options.descriptions_source = "descriptions.csv";
    const std::string_view scale[] = {"Developing", "Proficient", "Advanced", "Expert"};
    options.scale = scale;
    const auto imported = ladder::import_matrix_csv(*matrix, options);
    if (!imported) {
        std::cerr << imported.diagnostics().to_string();
        return 1;
    }
    const ladder::ladder_view l = *imported;
    std::cout << "Read " << l.levels().size() << " levels and " << l.competencies().size() << " competencies from the sheet ("
              << imported.diagnostics().warning_count() << " warnings: cells left empty, words for some cells only).\n\n";

    // A senior engineer, rated on the sheet's scale by name, for two review cycles.
    const auto sam = ladder::person_builder(l, "sam", "Sam")
                         .level("senior_engineer")
                         .cycle("2026H1", {{"technical_skill", "expert"}, {"system_design", "proficient"}, {"mentorship", "advanced"}})
                         .cycle("2026H2", {{"technical_skill", "expert"}, {"system_design", "proficient"}, {"mentorship", "advanced"},
                                           {"quality_and_operations", "advanced"}, {"delivery", "advanced"},
                                           {"project_leadership", "advanced"}, {"communication_written_and_spoken", "expert"},
                                           {"cross_team_impact", "proficient"}, {"technical_direction", "proficient"}})
                         .build();
    if (!sam) {
        std::cerr << sam.diagnostics().to_string();
        return 1;
    }
    const auto staff = ladder::find_level(l, "staff_engineer");
    if (const auto report = ladder::readiness(l, *sam, *staff)) std::cout << ladder::to_text(*report, *sam);

    // The ladder as a file HR can edit from now on: `ladder import` writes the same text.
    const std::string text = ladder::to_text(l);
    std::cout << "\nAs a .ladder file: " << std::count(text.begin(), text.end(), '\n') << " lines, starting\n"
              << text.substr(0, text.find("\n\n", text.find("scale")) + 1);
}
