// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
//
// The `ladder` command: a thin layer over the library for the people who keep a ladder and judge
// against it. docs/command.md is its manual; `ladder --help` and `ladder COMMAND --help` too.
// Results go to standard output (or -o FILE), diagnostics to standard error. Exit codes: 0 ok,
// 1 findings, 2 usage or I/O error.
#include "command_line.hpp"
#include "session.hpp"
#include "unified_diff.hpp"

#include <ladder/io/matrix_csv.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/revise/history.hpp>
#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>

#include <sys/stat.h>  // stat: is an operand a file?
#include <unistd.h>    // isatty: progress only on a terminal

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ladder_tool {
namespace {

using arg_list = std::span<const std::string_view>;

constexpr std::string_view common_help =
    "\nOptions of every command:\n"
    "  -o, --output FILE   write the results to FILE (replaced whole, never half written)\n"
    "  -q, --quiet         print no results; the exit code tells\n"
    "  --color WHEN        auto (a terminal without NO_COLOR), always or never\n"
    "  -h, --help          this text\n"
    "A FILE may be - for standard input. Exit codes: 0 ok, 1 findings, 2 usage or I/O error.\n";

constexpr std::string_view usage_text =
    "usage: ladder COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "  check FILE|DIR...              check .ladder files (a directory: the versions of one ladder)\n"
    "  fmt [-w|--check|--diff] FILE...\n"
    "                                 print files in the canonical layout, write them (-w), list\n"
    "                                 those that would change (--check) or show how (--diff)\n"
    "  test [-v] FILE...              run the test blocks of .ladder files\n"
    "  evaluate [LADDER|DIR|VERSIONS...] --people FILE.csv [--target LEVEL] [--as-of DAY]\n"
    "           [--format text|json|csv]\n"
    "                                 a readiness report for every person (their next level by default)\n"
    "  diff [LADDER] LEVEL LEVEL      what separates two levels\n"
    "  diff OLD.ladder NEW.ladder [--people FILE.csv] [--format text|markdown|json]\n"
    "                                 what changed from one version of a ladder to another, and\n"
    "                                 what that does to each person's next move\n"
    "  map FROM [LEVEL] TO [--anchor A=B]...\n"
    "                                 where levels of one ladder stand on another\n"
    "  render [LADDER] --format markdown|csv|json|dot|html|svg\n"
    "                                 the competency x level matrix per track, or the ladder as a graph\n"
    "  import MATRIX.csv [--descriptions FILE.csv] [--scale NAMES] [--name NAME] [--track ID]\n"
    "                                 a .ladder file from a competency x level spreadsheet\n"
    "\n"
    "Without LADDER the embedded default ladder is used. `ladder COMMAND --help` tells more;\n"
    "`ladder --version` prints the version.\n";

constexpr std::string_view check_help =
    "usage: ladder check [OPTIONS] FILE|DIR...\n"
    "Reads each .ladder file and prints every diagnostic on standard error as\n"
    "file:line:col: severity[code]: message, with the line and a caret, its test blocks' people\n"
    "included. A directory holds the versions of one ladder (docs/versions.md): each of its\n"
    ".ladder files is checked, then the history they make (each states its effective day; each\n"
    "revision maps every level it does not keep). Exit 1 when any file has an error, 2 when one\n"
    "cannot be read.\n";
constexpr std::string_view import_help =
    "usage: ladder import MATRIX.csv [--descriptions FILE.csv] [--scale NAMES] [--name NAME]\n"
    "                     [--track ID] [-o FILE.ladder]\n"
    "Reads a competency x level matrix exported from a spreadsheet (a row per competency, a\n"
    "column per level, cells `4`, `Expert` or `4 Expert`; optional track and category columns;\n"
    "the level rows `ladder render --format csv` writes) and prints it as a .ladder file, checked.\n"
    "--descriptions reads a second sheet of the same shape whose cells say what each expectation\n"
    "means (further lines of a cell: its signals); --scale names the ratings 1, 2, ... lowest\n"
    "first, comma-separated; --name is the ladder's name; --track the track of levels the sheet\n"
    "puts on none. Every cell that cannot be read is reported as file:line:col; then nothing is\n"
    "written and the exit status is 1. docs/import.md shows the shapes read.\n";
constexpr std::string_view embed_help =
    "usage: ladder embed FILE --name NAME [--namespace NS] [-o HEADER]\n"
    "Checks FILE as `ladder check` does and writes a C++ header that declares it as a compile-time\n"
    "ladder, `inline constexpr auto NAME` in namespace NS (default ladder_data), with NAME_text,\n"
    "the file's bytes: its tables row by row, every condition already compiled, so the compiler\n"
    "reads data instead of running the reader (docs/embedding.md; ladder_embed() in CMake runs\n"
    "this). On an error nothing is written and the exit code is 1.\n";
constexpr std::string_view fmt_help =
    "usage: ladder fmt [-w | --check | --diff] [OPTIONS] FILE...\n"
    "Prints each file in the canonical layout, keeping every comment.\n"
    "  -w, --write   rewrite the files that change, in place (never half written)\n"
    "  --check       print nothing but the names of the files that would change; exit 1 if any\n"
    "  --diff        print a unified diff of each file that would change; exit 1 if any\n"
    "A file that does not read is reported and counted (exit 1).\n";
constexpr std::string_view test_help =
    "usage: ladder test [-v] [OPTIONS] FILE...\n"
    "Runs the `test` blocks of each file; prints each failure with its explanation, and with\n"
    "-v (--verbose) each check that passed too. The last line is `N passed, N failed`, and\n"
    "`, N files not loaded` when a file does not load (its errors are printed). Exit 1 on any\n"
    "failure or file not loaded, 2 when a file cannot be read.\n";
constexpr std::string_view evaluate_help =
    "usage: ladder evaluate [LADDER] --people FILE.csv [--target LEVEL] [--archetypes] [--format text|json|csv]\n"
    "       ladder evaluate DIR|VERSION.ladder... --people FILE.csv [--as-of YYYY-MM-DD] [...]\n"
    "Reads people from CSV (docs/people-csv.md) and judges each for a move: to LEVEL, or to their\n"
    "next level. Text is the report a manager reads; json and csv are for tools. Someone already\n"
    "at LEVEL is judged against it (move `stay`). Someone of an archetype that applies at the\n"
    "target is judged by its expectations (\"judged as ...\"). With --archetypes, each person at a\n"
    "level where archetypes apply also gets the archetypes ranked by fit, with scores. Exit 1 when\n"
    "the CSV or the ladder has errors. Given the versions of a ladder (a directory of them, or two\n"
    "files or more), each cycle is read against the version in force on its `date` and carried to\n"
    "the one in force on the latest date, or on --as-of (docs/versions.md).\n";
constexpr std::string_view diff_help =
    "usage: ladder diff [LADDER] LEVEL LEVEL\n"
    "       ladder diff OLD.ladder NEW.ladder [--people FILE.csv] [--format text|markdown|json]\n"
    "With levels: what separates them, each competency whose expectation differs, and the scope.\n"
    "With two files (or -): what changed from one version of a ladder to the other (levels,\n"
    "tracks and competencies added, removed or renamed, expectations raised or lowered, moves,\n"
    "guards, bands, rules); exit 0 when they say the same, 1 when they differ. With --people,\n"
    "then the impact: everyone (as OLD reads them) judged for their next move under both\n"
    "versions, counted, and each person whose verdict, gaps or band changes listed.\n";
constexpr std::string_view map_help =
    "usage: ladder map FROM_LADDER LEVEL TO_LADDER [--anchor A=B]...\n"
    "       ladder map FROM_LADDER TO_LADDER [--anchor A=B]...\n"
    "Where a level of one ladder stands on another: the likely levels with a confidence, each\n"
    "explained (scope on the common scale, place on the track, shared expectations); or the\n"
    "whole table. `--anchor L6=E5` says that level L6 of FROM is level E5 of TO; anchors settle\n"
    "their pair and place the levels around them. A ladder argument is a .ladder file, or\n"
    "`default` for the embedded default ladder.\n";
constexpr std::string_view render_help =
    "usage: ladder render [LADDER] --format markdown|csv|json|dot|html|svg\n"
    "       ladder render [LADDER] --format html --people FILE.csv [--target LEVEL] [--link PATTERN]\n"
    "       ladder render [LADDER] --format html --people FILE.csv --person ID [--target LEVEL]\n"
    "       ladder render [LADDER] --format html --level LEVEL [--level OTHER]\n"
    "       ladder render [LADDER] --format html --map\n"
    "       ladder render [LADDER] --format assess [--module ladder_assess.js]\n"
    "Prints the competency x level matrix of each track as Markdown or CSV, the whole ladder as\n"
    "JSON, tracks, levels, equivalences and moves as a Graphviz graph (dot -Tsvg draws it), the\n"
    "career map as SVG (tracks side by side, bands to scale, moves as arrows), or one\n"
    "self-contained HTML page: the matrices; with --people, the team page (everyone grouped by\n"
    "verdict for LEVEL or their next level, filterable by track and level, a chart of each\n"
    "person's ratings; --link people/{id}.html links each name to a page of their own); with\n"
    "--person too, that person's readiness highlighted against the matrix; with --level, a page\n"
    "about one level: its facts, the moves into it and what they ask, its expectations in words;\n"
    "with two, the two levels side by side and what rises from the first to the second; with\n"
    "--map, the career map on a page. --format assess writes the self-assessment page: one HTML\n"
    "file in which an engineer rates themselves and sees their verdicts, worked out by the library\n"
    "compiled to WebAssembly (the module ladder_assess.js, found beside the command or given with\n"
    "--module; docs/assess.md).\n";

/// A ladder from a file (or `-`), or the embedded default. Reports its errors; nullopt on failure.
std::optional<ladder::runtime_ladder> ladder_from(session& s, std::optional<std::string_view> path, int& status) {
    if (!path) return std::move(*ladder::load(ladder::presets::engineering_source(), "<default ladder>"));
    const auto in = s.read(*path, status);
    if (!in) return std::nullopt;
    auto loaded = ladder::load(in->text, in->name);
    if (!loaded) {
        s.report(loaded.diagnostics());
        worsen(status, findings);
        return std::nullopt;
    }
    return std::move(*loaded);
}

/// How far reading a people file has come, on a terminal and for a file worth waiting for (1 MB:
/// some 10,000 rows); the line is cleared at the end.
ladder::reading_progress reading_shown(const input& in) {
    if (in.text.size() < (std::size_t{1} << 20) || isatty(STDERR_FILENO) == 0) return {};
    return [name = ladder::printable(in.name), shown = std::size_t{101}](std::size_t done, std::size_t total) mutable {
        const std::size_t percent = total == 0 || done >= total ? 100 : done * 100 / total;
        if (percent == shown) return;
        shown = percent;
        const std::string line = "reading " + name + ": " + std::to_string(percent) + "%";
        std::cerr << '\r' << line << std::flush;
        if (percent == 100) std::cerr << '\r' << std::string(line.size(), ' ') << '\r' << std::flush;
    };
}

/// People from a CSV file (or `-`). Reports its errors; nullopt on failure.
std::optional<ladder::people_list> people_from(session& s, const ladder::ladder_view& l, std::string_view path, int& status) {
    const auto in = s.read(path, status, ladder::people_csv_max_bytes);
    if (!in) return std::nullopt;
    auto people = ladder::read_people_csv(l, in->text, in->name, reading_shown(*in));
    if (!people) {
        s.report(people.diagnostics());
        worsen(status, findings);
        return std::nullopt;
    }
    return std::move(*people);
}

/// A level by id; reports the error (with its did-you-mean) when there is none.
std::optional<ladder::level_ref> level_from(session& s, const ladder::ladder_view& l, std::string_view id) {
    const auto found = ladder::find_level(l, id);
    if (!found) {
        s.report(found.diagnostics());
        return std::nullopt;
    }
    return *found;
}

/// A file loaded and checked as `ladder check` checks it: its diagnostics reported, its test
/// blocks' people built. nullopt (and `status` worsened) when it has an error.
std::optional<ladder::runtime_ladder> checked(session& s, const input& in, int& status) {
    auto loaded = ladder::load(in.text, in.name);
    s.report(loaded.diagnostics());
    if (!loaded.ok()) {
        worsen(status, findings);
        return std::nullopt;
    }
    // A test block whose person cannot be built would fail `ladder test` without running.
    auto problems = ladder::test_problems(*loaded);
    problems.locate_in(in.name, in.text);
    s.report(problems);
    if (!problems.ok()) {
        worsen(status, findings);
        return std::nullopt;
    }
    return std::move(*loaded);
}

bool names_a_directory(std::string_view operand) {
    struct stat info {};
    return ::stat(std::string(operand).c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

/// The versions of a ladder from a directory or files (docs/versions.md). Reports every error.
std::optional<ladder::ladder_history> history_from(session& s, std::span<const std::string_view> paths, int& status) {
    const std::vector<std::string> named(paths.begin(), paths.end());
    auto h = ladder::load_history(named);
    if (!h) {
        s.report(h.diagnostics());
        worsen(status, findings);
        return std::nullopt;
    }
    return std::move(*h);
}

int check(session& s, const parsed_args& a) {
    if (a.operands.empty()) return s.usage("check", "no file given");
    int status = ok;
    for (auto file : a.operands) {
        if (!names_a_directory(file)) {
            if (const auto in = s.read(file, status)) (void)checked(s, *in, status);
            continue;
        }
        // A ladder's versions: each file as itself, then the history they make.
        std::error_code error;
        const std::vector<std::string> files = ladder::detail::ladder_files_in(std::string(file), error);
        int each = ok;
        for (const auto& f : files) {
            if (const auto in = s.read(f, each)) (void)checked(s, *in, each);
        }
        worsen(status, each);
        if (each == ok) (void)history_from(s, std::span<const std::string_view>(&file, 1), status);
    }
    return status;
}

int embed(session& s, const parsed_args& a) {
    if (a.operands.size() != 1) return s.usage("embed", "give one .ladder file");
    const auto name = a.value("name");
    if (!name) return s.usage("embed", "--name is required: the C++ name of the ladder");
    const std::string_view name_space = a.value("namespace").value_or("ladder_data");
    if (!ladder::detail::cpp_ladder_name(*name))
        return s.usage("embed", "--name must be a C++ identifier not ending in _, not '" + std::string(*name) + "'");
    if (!ladder::detail::cpp_namespace(name_space))
        return s.usage("embed", "--namespace must be C++ identifiers joined by ::, not '" + std::string(name_space) + "'");
    int status = ok;
    const auto in = s.read(a.operands[0], status);
    if (!in) return status;
    const auto loaded = checked(s, *in, status);
    if (!loaded) {
        s.write_nothing();  // -o keeps what it held: a build never sees half a header
        return status;
    }
    const std::string_view base = std::string_view(in->name).substr(in->name.find_last_of("/\\") + 1);
    s.out() << ladder::to_cpp_header(*loaded, {.name = *name, .name_space = name_space, .file_name = base, .source = in->text});
    return status;
}

int import_matrix(session& s, const parsed_args& a) {
    if (a.operands.size() != 1) return s.usage("import", "give one CSV file: the competency x level matrix");
    std::vector<std::string_view> scale;
    if (const auto names = a.value("scale")) {
        for (std::string_view rest = *names; !rest.empty();) {
            const std::size_t comma = rest.find(',');
            scale.push_back(ladder::detail::trimmed(rest.substr(0, comma)));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            if (scale.back().empty() || (comma != std::string_view::npos && rest.empty()))
                return s.usage("import", "--scale is the ratings' names, lowest first, separated by commas: none may be empty");
        }
    }
    int status = ok;
    const auto matrix = s.read(a.operands[0], status);
    if (!matrix) return status;
    std::optional<input> descriptions;
    if (const auto path = a.value("descriptions")) {
        descriptions = s.read(*path, status);
        if (!descriptions) return status;
    }
    ladder::matrix_options options;
    options.source = matrix->name;
    options.scale = scale;
    if (const auto name = a.value("name")) options.name = *name;
    if (const auto track = a.value("track")) options.track = *track;
    if (descriptions) {
        options.descriptions = descriptions->text;
        options.descriptions_source = descriptions->name;
    }
    const auto imported = ladder::import_matrix_csv(matrix->text, options);
    s.report(imported.diagnostics());
    if (!imported) {
        s.write_nothing();
        return findings;
    }
    // The sheet's file name in a comment: only when it is plain text (no line break, control
    // character or invalid byte could end the comment or reach a terminal).
    const std::string_view base = std::string_view(matrix->name).substr(matrix->name.find_last_of("/\\") + 1);
    const bool plain = ladder::printable(base) == base && base.find_first_of("\r\n") == std::string_view::npos;
    std::string text = "# Imported from " + (plain ? std::string(base) : std::string("a CSV sheet")) + " by ladder import.\n" +
                       ladder::to_text(*imported);
    // What is written must read back as the same ladder.
    const auto reread = ladder::load(text, "<imported>");
    if (!reread) {  // past a limit of the format, such as its size
        s.err() << "ladder: the imported ladder cannot be written as a .ladder file:\n";
        s.report(reread.diagnostics());
        s.write_nothing();
        return findings;
    }
    if (!ladder::compare(*imported, *reread).empty()) {
        s.err() << "ladder: internal error: the imported ladder does not read back as itself; please report it with the sheet\n";
        s.write_nothing();
        return findings;
    }
    s.out() << text;
    return status;
}

int fmt(session& s, const parsed_args& a) {
    const bool write = a.has("write"), check_only = a.has("check"), show_diff = a.has("diff");
    if (write && (check_only || show_diff)) return s.usage("fmt", "-w writes the files; --check and --diff only look");
    if (a.operands.empty()) return s.usage("fmt", "no file given");
    int status = ok;
    for (auto file : a.operands) {
        if (write && file == "-") return s.usage("fmt", "-w cannot write standard input back; leave out -w to print it");
    }
    for (auto file : a.operands) {
        const auto in = s.read(file, status);
        if (!in) continue;
        const auto formatted = ladder::format(in->text, in->name);
        if (!formatted) {
            s.report(formatted.diagnostics());
            worsen(status, findings);
            continue;
        }
        const bool changes = *formatted != in->text;
        if (check_only || show_diff) {
            if (!changes) continue;
            if (show_diff) s.out() << unified_diff(in->text, *formatted, in->name, in->name + " (formatted)");
            else s.out() << in->name << '\n';
            worsen(status, findings);
        } else if (write) {
            if (changes && !replace_file(std::string(file), *formatted)) {
                s.err() << "ladder: cannot write " << file << " (left as it was)\n";
                worsen(status, usage_error);
            }
        } else {
            s.out() << *formatted;
        }
    }
    return status;
}

int test(session& s, const parsed_args& a) {
    if (a.operands.empty()) return s.usage("test", "no file given");
    const bool verbose = a.has("verbose");
    int status = ok;
    std::size_t passed = 0, failed = 0, not_loaded = 0;
    for (auto file : a.operands) {
        int load_status = ok;
        std::string name = file == "-" ? "<stdin>" : std::string(file);
        const auto l = ladder_from(s, file, load_status);
        if (!l) {
            s.err() << "ladder: " << name << " not loaded: its tests did not run\n";
            ++not_loaded;
            worsen(status, load_status);
            continue;
        }
        const auto report = ladder::run_tests(*l);
        // Each failure with its explanation (the report's own last line is per file).
        std::string text = ladder::to_text(*l, report, name, verbose);
        text.erase(text.rfind('\n', text.size() - 2) + 1);
        if (s.colour_out()) {
            // On a terminal the verdicts stand out.
            for (const auto& [word, colour] : {std::pair{std::string_view(": passed\n"), paint::green},
                                               std::pair{std::string_view(", got fail\n"), paint::red},
                                               std::pair{std::string_view(", got pass\n"), paint::red},
                                               std::pair{std::string_view(", got unknown\n"), paint::red},
                                               std::pair{std::string_view(", could not run\n"), paint::red}}) {
                for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
                    const std::string shown = std::string(word.substr(0, 2)) + s.painted(word.substr(2, word.size() - 3), colour) + "\n";
                    text.replace(at, word.size(), shown);
                    at += shown.size() - 1;
                }
            }
        }
        s.out() << text;
        passed += report.passed();
        failed += report.failed();
    }
    std::string summary = std::to_string(passed) + " passed, " + std::to_string(failed) + " failed";
    if (not_loaded != 0) summary += ", " + std::to_string(not_loaded) + (not_loaded == 1 ? " file" : " files") + " not loaded";
    s.out() << s.painted(summary, failed + not_loaded == 0 ? paint::green : paint::red) << '\n';
    if (failed != 0 || not_loaded != 0) worsen(status, findings);
    return status;
}

int evaluate(session& s, const parsed_args& a) {
    const auto people_file = a.value("people");
    if (!people_file) return s.usage("evaluate", "--people FILE.csv is required");
    const std::string_view shape = a.value("format").value_or("text");
    if (shape != "text" && shape != "json" && shape != "csv") return s.usage("evaluate", "--format is text, json or csv");
    const bool versions = a.operands.size() > 1 || (a.operands.size() == 1 && names_a_directory(a.operands[0]));
    ladder::day_number as_of = 0;
    if (const auto day = a.value("as-of")) {
        if (!versions) return s.usage("evaluate", "--as-of is for the versions of a ladder (a directory, or two files or more)");
        as_of = ladder::parse_day(*day);
        if (as_of == 0) return s.usage("evaluate", "--as-of is a day written YYYY-MM-DD, not '" + std::string(*day) + "'");
    }
    int status = ok;
    std::optional<ladder::runtime_ladder> l;
    std::optional<ladder::ladder_history> history;
    std::optional<ladder::people_list> people;
    if (versions) {
        history = history_from(s, a.operands, status);
        if (!history) return status;
        const auto in = s.read(*people_file, status, ladder::people_csv_max_bytes);
        if (!in) return status;
        auto read = ladder::read_people_csv(*history, in->text, in->name, as_of, reading_shown(*in));
        if (!read) {
            s.report(read.diagnostics());
            worsen(status, findings);
            return status;
        }
        people = std::move(*read);
    } else {
        l = ladder_from(s, a.operands.empty() ? std::nullopt : std::optional(a.operands[0]), status);
        if (!l) return status;
        people = people_from(s, *l, *people_file, status);
        if (!people) return status;
    }
    const ladder::ladder_view v = history ? (*history)[people->version()].view() : l->view();
    std::optional<ladder::level_ref> fixed;
    if (const auto target = a.value("target")) {
        fixed = level_from(s, v, *target);
        if (!fixed) return usage_error;
    }
    // Each person is judged and written in turn, so that a whole company takes no more memory
    // than its people; progress only where a person watches: on a terminal, for a long run.
    const ladder::people_table& everyone = people->all();
    const bool progress = everyone.size() >= 1000 && isatty(STDERR_FILENO) != 0;
    const bool with_archetypes = a.has("archetypes");
    ladder::readiness_writer writer(v, shape == "json"  ? ladder::batch_format::json
                                       : shape == "csv" ? ladder::batch_format::csv
                                                        : ladder::batch_format::text);
    std::string pending;
    writer.open(pending);
    for (std::size_t i = 0; i != everyone.size(); ++i) {
        writer.write(ladder::readiness_entry_of(v, everyone[i], fixed, with_archetypes), pending);
        if (pending.size() >= 65536) {
            s.out() << pending;
            pending.clear();
        }
        if (progress && (i + 1) % 1000 == 0) std::cerr << "\rjudged " << i + 1 << " of " << everyone.size() << std::flush;
    }
    if (progress) std::cerr << "\r" << std::string(40, ' ') << "\r" << std::flush;
    writer.close(pending);
    s.out() << pending;
    return ok;
}

/// `ladder diff OLD NEW`: what changed from one version of a ladder to another.
int diff_versions(session& s, const parsed_args& a) {
    const std::string_view shape = a.value("format").value_or("text");
    if (shape != "text" && shape != "markdown" && shape != "json") return s.usage("diff", "--format is text, markdown or json");
    int status = ok;
    const auto before = ladder_from(s, a.operands[0], status);
    if (!before) return status;
    const auto after = ladder_from(s, a.operands[1], status);
    if (!after) return status;
    const ladder::ladder_view x = *before, y = *after;
    const auto changes = ladder::compare(x, y);
    const std::string listed = shape == "json"       ? ladder::to_json(x, y, changes)
                               : shape == "markdown" ? ladder::to_markdown(x, y, changes)
                                                     : ladder::to_text(x, y, changes);
    if (const auto people_file = a.value("people")) {
        // Who the change affects: the people (as the old version reads them) judged under both.
        const auto people = people_from(s, x, *people_file, status);
        if (!people) return status;
        const auto impact = ladder::impact_of(x, y, changes, people->all());
        if (shape == "json") s.out() << "{\"diff\": " << listed << ", \"impact\": " << ladder::to_json(impact) << "}\n";
        else if (shape == "markdown") s.out() << listed << '\n' << ladder::to_markdown(impact);
        else s.out() << listed << '\n' << ladder::to_text(impact);
    } else {
        s.out() << listed;
    }
    return changes.empty() ? ok : findings;
}

/// Whether an operand names a ladder file rather than a level: `-`, or a file that exists.
bool names_a_file(std::string_view operand) {
    if (operand == "-") return true;
    struct stat info {};
    return ::stat(std::string(operand).c_str(), &info) == 0;
}

int diff(session& s, const parsed_args& a) {
    const auto& o = a.operands;
    if (o.size() == 2 && names_a_file(o[0]) && names_a_file(o[1])) return diff_versions(s, a);
    if (a.has("format")) return s.usage("diff", "--format is for two versions of a ladder (ladder diff OLD NEW)");
    if (a.has("people")) return s.usage("diff", "--people is for two versions of a ladder (ladder diff OLD NEW --people FILE.csv)");
    if (o.size() != 2 && o.size() != 3) return s.usage("diff", "give two levels, after the ladder file if any, or two ladder files");
    int status = ok;
    const auto l = ladder_from(s, o.size() == 3 ? std::optional(o[0]) : std::nullopt, status);
    if (!l) return status;
    const ladder::ladder_view v = *l;
    const auto from = level_from(s, v, o[o.size() - 2]);
    const auto to = from ? level_from(s, v, o[o.size() - 1]) : std::nullopt;
    if (!from || !to) return usage_error;
    s.out() << ladder::to_text(v, ladder::diff(v, *from, *to));
    return ok;
}

int map(session& s, const parsed_args& a) {
    const auto& o = a.operands;
    if (o.size() != 2 && o.size() != 3) return s.usage("map", "give FROM [LEVEL] TO");
    const auto anchor_text = a.values("anchor");
    for (auto x : anchor_text) {
        if (x.find('=') == std::string_view::npos) return s.usage("map", "--anchor needs A=B");
    }
    const auto path = [](std::string_view x) { return x == "default" ? std::nullopt : std::optional<std::string_view>(x); };
    int status = ok;
    const auto from = ladder_from(s, path(o.front()), status);
    if (!from) return status;
    const auto to = ladder_from(s, path(o.back()), status);
    if (!to) return status;
    const ladder::ladder_view f = *from, t = *to;
    std::vector<ladder::anchor> anchors;
    for (const std::string_view text : anchor_text) {
        const auto eq = text.find('=');
        const ladder::anchor an{text.substr(0, eq), text.substr(eq + 1)};
        if (!level_from(s, f, an.from) || !level_from(s, t, an.to)) return usage_error;
        anchors.push_back(an);
    }
    const std::span<const ladder::anchor> pinned(anchors.data(), anchors.size());
    if (o.size() == 2) {
        s.out() << ladder::to_text(f, t, ladder::map_ladder(f, t, pinned));
        return ok;
    }
    const auto level = level_from(s, f, o[1]);
    if (!level) return usage_error;
    const auto all = ladder::map_level(f, *level, t, pinned);
    const auto likely = ladder::likely_matches(all);
    s.out() << f.levels()[level->index()].id << " " << f.levels()[level->index()].title << " (" << f.info().name << ") on "
            << t.info().name << ":\n";
    if (likely.empty()) s.out() << "  no level alike (the closest: " << ladder::explain(f, *level, t, all[0]) << ")\n";
    for (const auto& m : likely) s.out() << "  " << ladder::explain(f, *level, t, m) << '\n';
    return ok;
}

/// Where the self-assessment page's module is looked for when --module is not given: beside the
/// command (a build tree), then in the data directory of an installed one.
std::vector<std::filesystem::path> module_places() {
    std::error_code failed;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", failed);
    if (failed) return {};
    const auto dir = self.parent_path();
    return {dir / "ladder_assess.js", dir.parent_path() / "share" / "ladder" / "ladder_assess.js"};
}

/// `ladder render --format assess`: the self-assessment page, whole or not at all.
int render_assess(session& s, const parsed_args& a) {
    std::string module_path;
    if (const auto given = a.value("module")) {
        module_path = *given;
    } else {
        const auto places = module_places();
        for (const auto& p : places) {
            if (std::error_code e; std::filesystem::is_regular_file(p, e)) {
                module_path = p.string();
                break;
            }
        }
        if (module_path.empty()) {
            std::string looked;
            for (const auto& p : places) looked += (looked.empty() ? "" : ", ") + p.string();
            return s.usage("render", "the self-assessment page needs the WebAssembly module ladder_assess.js, and none was found" +
                                         (looked.empty() ? std::string() : " (looked for " + looked + ")") +
                                         "; build it with the wasm preset (docs/assess.md), or give --module FILE");
        }
    }
    int status = ok;
    const auto module_js = s.read(module_path, status, std::size_t{64} << 20);
    if (!module_js) return status;
    if (const auto why = ladder::assessment_module_problem(module_js->text); !why.empty()) {
        return s.usage("render", module_js->name + ": " + std::string(why));
    }
    std::optional<input> in;
    if (!a.operands.empty()) {
        in = s.read(a.operands[0], status);
        if (!in) return status;
    } else {
        in = input{std::string(ladder::presets::engineering_source()), "<default ladder>"};
    }
    const auto loaded = ladder::load(in->text, in->name);
    if (!loaded) {
        s.report(loaded.diagnostics());
        return findings;
    }
    s.out() << *ladder::to_assessment_html(*loaded, in->text, in->name, module_js->text);
    return ok;
}

int render(session& s, const parsed_args& a) {
    if (a.operands.size() > 1) return s.usage("render", "one ladder at most");
    const auto format = a.value("format");
    if (format == "assess") {
        for (const auto* other : {"people", "person", "target", "level", "link"}) {
            if (a.has(other)) return s.usage("render", "--" + std::string(other) + " does not go with --format assess");
        }
        if (a.has("map")) return s.usage("render", "--map does not go with --format assess");
        return render_assess(s, a);
    }
    if (a.has("module")) return s.usage("render", "--module goes with --format assess");
    const auto people_file = a.value("people"), who = a.value("person"), target = a.value("target"), page = a.value("level");
    const auto link = a.value("link");
    const bool map = a.has("map");
    constexpr std::array<std::string_view, 7> formats{"markdown", "csv", "json", "dot", "html", "svg", "assess"};
    if (!format) return s.usage("render", "--format is markdown, csv, json, dot, html, svg or assess");
    if (std::find(formats.begin(), formats.end(), *format) == formats.end()) {
        return s.usage("render", "--format is markdown, csv, json, dot, html, svg or assess, not '" + std::string(*format) + "'" +
                                     did_you_mean(*format, formats));
    }
    if ((people_file || who || target || link) && *format != "html") return s.usage("render", "--people, --person, --target and --link go with --format html");
    if ((who || target || link) && !people_file) return s.usage("render", "--person, --target and --link need --people");
    if (link && who) return s.usage("render", "--link is for the team page (--people without --person)");
    if (link && link->find("{id}") == std::string_view::npos) return s.usage("render", "--link needs {id} where each person's id goes");
    if ((page || map) && *format != "html") return s.usage("render", "--level and --map go with --format html");
    if ((page || map) && people_file) return s.usage("render", "--level and --map show the ladder, without --people");
    if (page && map) return s.usage("render", "--level or --map, not both");
    int status = ok;
    const auto l = ladder_from(s, a.operands.empty() ? std::nullopt : std::optional(a.operands[0]), status);
    if (!l) return status;
    const ladder::ladder_view v = *l;
    if (map) {
        s.out() << ladder::to_map_html(v);
        return ok;
    }
    if (page) {
        const auto ids = a.values("level");
        if (ids.size() > 2) return s.usage("render", "--level once for a level's page, twice to compare two");
        const auto level = level_from(s, v, ids[0]);
        if (!level) return usage_error;
        if (ids.size() == 1) {
            s.out() << ladder::to_level_html(v, *level);
            return ok;
        }
        const auto other = level_from(s, v, ids[1]);
        if (!other) return usage_error;
        s.out() << ladder::to_comparison_html(v, *level, *other);
        return ok;
    }
    if (people_file && !who) {
        const auto people = people_from(s, v, *people_file, status);
        if (!people) return status;
        std::optional<ladder::level_ref> fixed;
        if (target) {
            fixed = level_from(s, v, *target);
            if (!fixed) return usage_error;
        }
        const auto all = ladder::readiness_of(v, people->all(), fixed);
        s.out() << ladder::to_team_html(v, all, ladder::team_page_options{link.value_or(std::string_view{})});
        return ok;
    }
    if (*format == "html" && who) {
        const auto people = people_from(s, v, *people_file, status);
        if (!people) return status;
        const std::optional<ladder::person_ref> p = people->find(*who);
        if (!p) {
            const auto known = people->all().ids();
            const std::vector<std::string_view> ids(known.begin(), known.end());
            return s.usage("render", "no person '" + std::string(*who) + "' in " + std::string(*people_file) + did_you_mean(*who, ids));
        }
        std::optional<ladder::level_ref> to = ladder::next_level(v, *p);
        if (target) {
            to = level_from(s, v, *target);
            if (!to) return usage_error;
        }
        if (!to) return s.usage("render", std::string(*who) + " is at the top of their track; give --target");
        const auto report = ladder::readiness(v, *p, *to);
        if (!report) {
            s.report(report.diagnostics());
            return findings;
        }
        s.out() << ladder::to_html(v, &*report, &*p);
        return ok;
    }
    s.out() << (*format == "html"       ? ladder::to_html(v)
                : *format == "markdown" ? ladder::to_markdown(v)
                : *format == "csv"      ? ladder::to_csv(v)
                : *format == "json"     ? ladder::to_json(v)
                : *format == "svg"      ? ladder::to_career_map_svg(v)
                                        : ladder::to_dot(v));
    return ok;
}

struct command {
    std::string_view name;
    int (*run)(session&, const parsed_args&);
    std::span<const option_spec> options;
    std::string_view help;
};

constexpr option_spec embed_options[] = {{"name", 0, true}, {"namespace", 0, true}};
constexpr option_spec import_options[] = {
    {"descriptions", 0, true}, {"scale", 0, true}, {"name", 0, true}, {"track", 0, true}};
constexpr option_spec fmt_options[] = {{"write", 'w', false}, {"check", 0, false}, {"diff", 0, false}};
constexpr option_spec test_options[] = {{"verbose", 'v', false}};
constexpr option_spec evaluate_options[] = {
    {"people", 0, true}, {"target", 0, true}, {"format", 0, true}, {"archetypes", 0, false}, {"as-of", 0, true}};
constexpr option_spec diff_options[] = {{"format", 0, true}, {"people", 0, true}};
constexpr option_spec map_options[] = {{"anchor", 0, true}};
constexpr option_spec render_options[] = {
    {"format", 0, true}, {"people", 0, true}, {"person", 0, true}, {"target", 0, true},
    {"level", 0, true},  {"map", 0, false},   {"link", 0, true}, {"module", 0, true}};

constexpr command commands[] = {
    {"check", check, std::span<const option_spec>{}, check_help},
    {"embed", embed, embed_options, embed_help},
    {"fmt", fmt, fmt_options, fmt_help},
    {"test", test, test_options, test_help},
    {"evaluate", evaluate, evaluate_options, evaluate_help},
    {"diff", diff, diff_options, diff_help},
    {"map", map, map_options, map_help},
    {"render", render, render_options, render_help},
    {"import", import_matrix, import_options, import_help},
};

int run(std::span<const std::string_view> all, session& s) {
    if (all.empty()) {
        std::cerr << "ladder: no command given\n\n" << usage_text << common_help;
        return usage_error;
    }
    const std::string_view name = all[0];
    if (name == "--help" || name == "-h" || name == "help") return std::cout << usage_text << common_help, ok;
    if (name == "--version") return std::cout << "ladder " << LADDER_VERSION_MAJOR << '.' << LADDER_VERSION_MINOR << '.' << LADDER_VERSION_PATCH << '\n', ok;
    for (const command& c : commands) {
        if (c.name != name) continue;
        auto parsed = parse_args(all.subspan(1), c.options);
        if (const auto* message = std::get_if<std::string>(&parsed)) return s.usage(c.name, *message);
        const auto& a = std::get<parsed_args>(parsed);
        if (const auto message = s.configure(a)) return s.usage(c.name, *message);
        if (a.has("help")) return s.out() << c.help << common_help, ok;
        return c.run(s, a);
    }
    std::vector<std::string_view> names;
    for (const command& c : commands) names.push_back(c.name);
    return s.usage("", "unknown command '" + std::string(name) + "'" + did_you_mean(name, names));
}

}  // namespace
}  // namespace ladder_tool

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    ladder_tool::session s;
    return s.finish(ladder_tool::run(args, s));
}
