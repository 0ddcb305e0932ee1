// Every single header of single_include/ but Catch2's, in one program built with `-I single_include`
// alone: each must compile with the build's standard library next to the others, and one call of
// each must give the answer its comment below states.
#include <ladder/ladder.hpp>
#include <ladder/io/matrix_csv.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/render/all.hpp>
#include <ladder/revise/history.hpp>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view text = R"(ladder "Acme"
scale proficiency "Proficiency" {
  1 developing "Developing"
  2 proficient "Proficient"
  3 advanced "Advanced"
}
category craft "Craft"
competency delivery "Delivery" in craft
competency design "Design" in craft
track ic "IC"
level L4 "Engineer" on ic { expect delivery 2, design 1 }
level L5 "Senior" on ic { expect delivery 3, design 2 }
promote L4 -> L5
)";

int failed(const char* what) {
    std::fprintf(stderr, "single_include_every_header: %s\n", what);
    return 1;
}

}  // namespace

int main() {
    auto loaded = ladder::load(text, "acme.ladder");
    if (!loaded) {
        std::fputs(loaded.diagnostics().to_string().c_str(), stderr);
        return failed("the ladder did not load");
    }
    const auto& acme = *loaded;

    // io/people_csv.hpp: one person of one cycle.
    const auto people = ladder::read_people_csv(acme, "person,level,cycle,delivery,design\nada,L4,2026H1,3,2\n", "team.csv");
    if (!people || people->size() != 1) return failed("read_people_csv did not read the one person");

    // render/all.hpp and io/matrix_csv.hpp: the matrix written as CSV reads back with its levels.
    const auto matrix = ladder::import_matrix_csv(ladder::to_csv(acme));
    if (!matrix || matrix->view().levels().size() != acme.view().levels().size()) return failed("the matrix did not read back");
    if (ladder::to_json(acme).find("\"Senior\"") == std::string::npos) return failed("to_json lacks a level's name");

    // revise/history.hpp: a history of one version.
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(std::move(*loaded));
    const auto history = ladder::make_history(std::move(versions), {"acme.ladder"});
    if (!history) return failed("make_history refused one version");
    return 0;
}
