// How reading grows with hostile and huge input (docs/security.md, docs/performance.md):
//   - a people CSV of 10^3 to 10^6 rows (every person on two rows, far apart);
//   - a .ladder text of 10 to 10^4 levels (limited to 65,535 rows per table), bare, and with
//     five expectations a level, each with its words and a signal;
//   - one level of 10 to 10^4 expectations, each with its words and a signal (a sheet imported
//     whole: a level's words once cost n squared steps);
//   - a people CSV of 10^3 to 10^6 rows across a revision of the ladder (docs/versions.md): half
//     the cycles rated under the old version, carried through its `maps` lines;
//   - 1 KB to 10 MB of garbage: NUL bytes, and bytes that are not UTF-8 in comments.
// The time per row, level or byte should stay flat (linear growth), and garbage should give the
// same 51 findings (50 errors and too-many-errors) at every size.
// Build in Release (the `release` preset) and run: bench_input_scaling [repeats]
#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/revise/history.hpp>

#include "median.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using bench::median_seconds;

std::string people_csv(std::size_t rows) {
    std::string csv = "person,level,cycle,coding,design\n";
    csv.reserve(rows * 32);
    const std::size_t people = rows / 2;
    for (const char* cycle : {"2025H2", "2026H1"}) {
        for (std::size_t i = 0; i != people; ++i) {
            // In parts: `"p" + std::to_string(i)` trips g++ 12's -Wrestrict false positive at -O3.
            csv += 'p';
            csv += std::to_string(i);
            csv += ",L5,";
            csv += cycle;
            csv += ",4,3\n";
        }
    }
    return csv;
}

std::string ladder_text(std::size_t levels) {
    std::string text = "ladder \"Generated\"\nscale s \"S\" { 1 a \"A\" 2 b \"B\" }\ncategory c \"C\"\ncompetency x \"X\" in c\n"
                       "track t \"T\"\n";
    for (std::size_t i = 0; i != levels; ++i) {
        text += "level L";
        text += std::to_string(i);
        text += " \"Level\" on t { expect x 1 }\n";
    }
    return text;
}

std::string ladder_text_with_words(std::size_t levels) {
    std::string text = "ladder \"Generated\"\nscale s \"S\" { 1 a \"A\" 2 b \"B\" }\ncategory c \"C\"\n";
    for (char k = '0'; k != '5'; ++k) {
        text += "competency k";
        text += k;
        text += " \"K\" in c\n";
    }
    text += "track t \"T\"\n";
    for (std::size_t i = 0; i != levels; ++i) {
        text += "level L";
        text += std::to_string(i);
        text += " \"Level\" on t {\n  expect k0 1, k1 1, k2 1, k3 1, k4 1\n";
        for (char k = '0'; k != '5'; ++k) {
            text += "  means k";
            text += k;
            text += " \"What this competency asks at this level, in a sentence of ordinary length\" {\n"
                    "    signal \"Something one sees in a person who meets it\"\n  }\n";
        }
        text += "}\n";
    }
    return text;
}

std::string one_level_with_words(std::size_t expectations) {
    std::string text = "ladder \"Generated\"\nscale s \"S\" { 1 a \"A\" 2 b \"B\" }\ncategory c \"C\"\n";
    for (std::size_t i = 0; i != expectations; ++i) text += "competency k" + std::to_string(i) + " \"K\" in c\n";
    text += "track t \"T\"\nlevel L1 \"Level\" on t {\n";
    for (std::size_t i = 0; i != expectations; ++i) text += "  expect k" + std::to_string(i) + " 1\n";
    for (std::size_t i = 0; i != expectations; ++i) {
        text += "  means k" + std::to_string(i) +
                " \"What this competency asks at this level\" {\n    signal \"Something one sees in a person who meets it\"\n  }\n";
    }
    return text + "}\n";
}

/// Two versions: the second renames the level and a competency, effective 2026-01-01.
ladder::ladder_history revision() {
    constexpr const char* common = "scale s \"S\" { 1 a \"A\" 2 b \"B\" 3 c \"C\" 4 d \"D\" }\ncategory c \"C\"\ncompetency coding \"Coding\" in c\ntrack t \"T\"\n";
    std::vector<ladder::runtime_ladder> versions;
    versions.push_back(ladder::load(std::string("ladder \"G\" version \"1\" effective 2025-01-01\n") + common +
                                    "competency mentoring \"M\" in c\nlevel L5 \"Senior\" on t { expect coding 3 }\n")
                           .value());
    versions.push_back(ladder::load(std::string("ladder \"G\" version \"2\" effective 2026-01-01\n") + common +
                                    "competency mentorship \"M\" in c\nlevel E5 \"Senior\" on t { expect coding 3 }\n"
                                    "maps L5 -> E5\nmaps mentoring -> mentorship\n")
                           .value());
    return ladder::make_history(std::move(versions), {}).value();
}

std::string people_across(std::size_t rows) {
    std::string csv = "person,level,cycle,date,coding,mentoring,mentorship\n";
    csv.reserve(rows * 48);
    for (std::size_t i = 0; i != rows / 2; ++i) {
        csv += 'p';
        csv += std::to_string(i);
        csv += ",L5,2025H2,2025-12-15,4,3,\np";
        csv += std::to_string(i);
        csv += ",E5,2026H1,2026-06-30,4,,3\n";
    }
    return csv;
}

}  // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 3;
    const auto& acme = ladder::presets::engineering();

    std::printf("people CSV rows     ns per row   people\n");
    for (const std::size_t rows : {1'000u, 10'000u, 100'000u, 1'000'000u}) {
        const std::string csv = people_csv(rows);
        std::size_t read = 0;
        const double s = median_seconds(repeats, [&] { read = ladder::read_people_csv(acme, csv).value().size(); });
        std::printf("%13zu %14.0f %8zu\n", rows, s * 1e9 / static_cast<double>(rows), read);
    }

    std::printf("\nladder levels       ns per level  ok\n");
    for (const std::size_t levels : {10u, 100u, 1'000u, 10'000u}) {
        const std::string text = ladder_text(levels);
        bool ok = false;
        const double s = median_seconds(repeats, [&] { ok = ladder::load(text).ok(); });
        std::printf("%13zu %14.0f  %s\n", levels, s * 1e9 / static_cast<double>(levels), ok ? "yes" : "no");
    }

    std::printf("\nlevels with words   ns per level  bytes per level  ok\n");
    for (const std::size_t levels : {10u, 100u, 1'000u, 10'000u}) {
        const std::string text = ladder_text_with_words(levels);
        bool ok = false;
        const double s = median_seconds(repeats, [&] { ok = ladder::load(text).ok(); });
        std::printf("%13zu %14.0f %16zu  %s\n", levels, s * 1e9 / static_cast<double>(levels), text.size() / levels, ok ? "yes" : "no");
    }

    std::printf("\none level: expectations with words   ns per expectation  ok\n");
    for (const std::size_t expectations : {10u, 100u, 1'000u, 10'000u}) {
        const std::string text = one_level_with_words(expectations);
        bool ok = false;
        const double s = median_seconds(repeats, [&] { ok = ladder::load(text).ok(); });
        std::printf("%13zu %30.0f  %s\n", expectations, s * 1e9 / static_cast<double>(expectations), ok ? "yes" : "no");
    }

    std::printf("\npeople CSV rows across a revision   ns per row   people\n");
    const ladder::ladder_history history = revision();
    for (const std::size_t rows : {1'000u, 10'000u, 100'000u, 1'000'000u}) {
        const std::string csv = people_across(rows);
        std::size_t read = 0;
        const double s = median_seconds(repeats, [&] { read = ladder::read_people_csv(history, csv).value().size(); });
        std::printf("%13zu %28.0f %8zu\n", rows, s * 1e9 / static_cast<double>(rows), read);
    }

    // One person with ever more cycles: their cycles are compared through an index past a few
    // rows (a scan per row made 200,000 cycles take 77 s).
    std::printf("\none person's cycles  ns per row   cycles kept\n");
    for (const std::size_t rows : {1'000u, 10'000u, 100'000u, 1'000'000u}) {
        std::string csv = "person,level,cycle,coding\n";
        for (std::size_t i = 0; i != rows; ++i) csv += "ada,L5,c" + std::to_string(i) + ",3\n";
        std::size_t cycles = 0;
        const double s = median_seconds(repeats, [&] { cycles = ladder::read_people_csv(acme, csv).value()[0].cycle_count(); });
        std::printf("%19zu %11.0f %13zu\n", rows, s * 1e9 / static_cast<double>(rows), cycles);
    }

    std::printf("\ngarbage             bytes       ns per byte  findings  printed bytes\n");
    for (const char* kind : {"NUL", "bad UTF-8"}) {
        for (const std::size_t bytes : {1'000u, 10'000u, 100'000u, 1'000'000u, 10'000'000u}) {
            std::string text;
            if (kind[0] == 'N') {
                text.assign(bytes, '\0');
            } else {
                while (text.size() < bytes) text += "# \xFF\xFE broken\n";
            }
            std::size_t findings = 0, printed = 0;
            const double s = median_seconds(repeats, [&] {
                const auto r = ladder::load(text);
                findings = r.diagnostics().size();
                printed = r.diagnostics().to_string().size();
            });
            std::printf("%-10s %12zu %14.1f %9zu %14zu\n", kind, text.size(), s * 1e9 / static_cast<double>(text.size()), findings,
                        printed);
        }
    }
}
