// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// The native side of the WebAssembly parity test (tests/assess/parity.js): the C interface of
// tools/assess compiled for this machine, asked what the module is asked in Node.js, printed as
// sections `### QUESTION` followed by the answer. The questions are the ladder's test blocks, and
// for each person of a people file, their assessment for the next move and for a move to every
// level of the ladder.
//   assess_native LADDER [PEOPLE.csv]

#include "ladder_assess.h"

#include <ladder/io/people_csv.hpp>
#include <ladder/ladder.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fputs("usage: assess_native LADDER [PEOPLE.csv]\n", stderr);
        return 2;
    }
    const auto text = ladder::read_file(argv[1]);
    if (!text) {
        std::fputs(text.diagnostics().to_string().c_str(), stderr);
        return 2;
    }
    ladder_session* s = ladder_open(text->data(), text->size(), argv[1]);
    std::printf("### problems\n%s### tests\n%s", ladder_problems(s), ladder_test_blocks(s));
    if (argc == 3) {
        const auto loaded = ladder::load(*text, argv[1]);
        const auto csv = ladder::read_file(argv[2]);
        if (!loaded || !csv) return 2;
        const ladder::ladder_view v = *loaded;
        const auto people = ladder::read_people_csv(v, *csv);
        if (!people) return 2;
        for (const auto id : people->all().ids()) {
            const std::string person(id);
            std::printf("### assess %s \n%s", person.c_str(), ladder_assess(s, csv->data(), csv->size(), person.c_str(), ""));
            for (const auto& level : v.levels()) {
                const std::string target(level.id);
                std::printf("### assess %s %s\n%s", person.c_str(), target.c_str(),
                            ladder_assess(s, csv->data(), csv->size(), person.c_str(), target.c_str()));
            }
        }
    }
    ladder_close(s);
    return 0;
}
