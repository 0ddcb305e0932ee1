// The `ladder` command: a thin layer over the library for the people who keep a ladder and judge
// against it. docs/command.md describes it; `ladder --help` and `ladder COMMAND --help` too.
//
//   ladder check FILE...                 diagnostics as file:line:col; exit 1 on any error
//   ladder fmt [--check] FILE...         reformat in place, or list the files that would change
//   ladder test FILE...                  run the files' test blocks
//   ladder evaluate [LADDER] --people FILE.csv [--target LEVEL] [--format text|json|csv]
//   ladder diff [LADDER] LEVEL LEVEL     what separates two levels
//   ladder map FROM LEVEL TO [--anchor A=B]...   where a level of one ladder stands on another
//   ladder map FROM TO [--anchor A=B]...         the whole table
//   ladder render [LADDER] --format markdown|csv|json|dot|html [--people F.csv --person ID [--target L]]
//
// Without a LADDER the embedded default ladder is used. Exit codes: 0 ok, 1 findings, 2 usage or
// I/O error.
#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/render/all.hpp>

#include <sys/stat.h>  // stat, chmod: fmt keeps a file's permissions
#include <unistd.h>    // isatty: progress only on a terminal; fsync, getpid: fmt writes safely

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int ok = 0, findings = 1, usage_error = 2;

using args = std::vector<std::string_view>;

constexpr std::string_view usage_text =
    "usage: ladder COMMAND [ARGS]\n"
    "\n"
    "  check FILE...                  check .ladder files; diagnostics as file:line:col\n"
    "  fmt [--check] FILE...          reformat files in place, or (--check) list those that would change\n"
    "  test FILE...                   run the test blocks of .ladder files\n"
    "  evaluate [LADDER] --people FILE.csv [--target LEVEL] [--format text|json|csv]\n"
    "                                 a readiness report for every person (their next level by default)\n"
    "  diff [LADDER] LEVEL LEVEL      what separates two levels\n"
    "  map FROM [LEVEL] TO [--anchor A=B]...\n"
    "                                 where levels of one ladder stand on another\n"
    "  render [LADDER] --format markdown|csv|json|dot|html\n"
    "                                 the competency x level matrix per track, or the ladder as a graph\n"
    "\n"
    "Without LADDER the embedded default ladder is used. `ladder COMMAND --help` tells more.\n"
    "Exit codes: 0 ok, 1 findings, 2 usage or I/O error.\n";

constexpr std::string_view check_help =
    "usage: ladder check FILE...\n"
    "Reads each .ladder file and prints every diagnostic as file:line:col: severity[code]: message,\n"
    "with the line and a caret, its test blocks' people included. Exit 1 when any file has an\n"
    "error, 2 when one cannot be read.\n";
constexpr std::string_view fmt_help =
    "usage: ladder fmt [--check] FILE...\n"
    "Rewrites each file in the canonical layout, keeping every comment. With --check nothing is\n"
    "written: the files that would change are listed, and the exit code is 1 if there are any.\n";
constexpr std::string_view test_help =
    "usage: ladder test FILE...\n"
    "Runs the `test` blocks of each file; prints each failure with its explanation; the last line\n"
    "is `N passed, N failed`. Exit 1 on any failure.\n";
constexpr std::string_view evaluate_help =
    "usage: ladder evaluate [LADDER] --people FILE.csv [--target LEVEL] [--archetypes] [--format text|json|csv]\n"
    "Reads people from CSV (docs/people-csv.md) and judges each for a move: to LEVEL, or to their\n"
    "next level. Text is the report a manager reads; json and csv are for tools. Someone of an\n"
    "archetype that applies at the target is judged by its expectations (\"judged as …\"). With\n"
    "--archetypes, each person at a level where archetypes apply also gets the archetypes ranked by\n"
    "fit, with scores. Exit 1 when the CSV or the ladder has errors.\n";
constexpr std::string_view diff_help =
    "usage: ladder diff [LADDER] LEVEL LEVEL\n"
    "Prints what separates two levels: each competency whose expectation differs, and the scope.\n";

constexpr std::string_view map_help =
    "usage: ladder map FROM_LADDER LEVEL TO_LADDER [--anchor A=B]...\n"
    "       ladder map FROM_LADDER TO_LADDER [--anchor A=B]...\n"
    "Where a level of one ladder stands on another: the likely levels with a confidence, each\n"
    "explained (scope on the common scale, place on the track, shared expectations); or the\n"
    "whole table. `--anchor L6=E5` says that level L6 of FROM is level E5 of TO; anchors settle\n"
    "their pair and place the levels around them. A ladder argument is a .ladder file, or\n"
    "`default` for the embedded default ladder.\n";

constexpr std::string_view render_help =
    "usage: ladder render [LADDER] --format markdown|csv|json|dot|html [--people FILE.csv --person ID [--target LEVEL]]\n"
    "Prints the competency x level matrix of each track as Markdown or CSV, the whole ladder as\n"
    "JSON, tracks, levels, equivalences and moves as a Graphviz graph (dot -Tsvg draws it), or one\n"
    "self-contained HTML page; with --people and --person the page highlights that person's\n"
    "readiness for LEVEL (their next level by default) against the matrix.\n";

/// Replaces a file's content without ever leaving it half written: the new text goes to a
/// temporary file beside it (same directory, so the same file system), is flushed to disk, takes
/// the original's permissions, and only then is renamed over it. On any failure the original is
/// untouched and the temporary file removed.
bool replace_file(const std::string& path, const std::string& content) {
    const std::string temporary = path + ".ladder-fmt-" + std::to_string(::getpid()) + ".tmp";
    std::FILE* f = std::fopen(temporary.c_str(), "wb");
    if (f == nullptr) return false;
    bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    written = std::fflush(f) == 0 && written;
    written = ::fsync(::fileno(f)) == 0 && written;
    written = std::fclose(f) == 0 && written;
    struct stat original {};
    if (written && ::stat(path.c_str(), &original) == 0) written = ::chmod(temporary.c_str(), original.st_mode & 07777) == 0;
    if (written && std::rename(temporary.c_str(), path.c_str()) == 0) return true;
    std::remove(temporary.c_str());
    return false;
}

/// Findings, at most the first 100 (a hostile file can hold thousands), then how many more.
void print_findings(std::ostream& out, const ladder::diagnostic_list& found) {
    constexpr std::size_t shown = 100;
    out << found.to_string("<ladder>", shown);
}

int usage(std::string_view message) {
    std::cerr << "ladder: " << message << "\n\n" << usage_text;
    return usage_error;
}

bool wants_help(const args& a) {
    for (auto x : a) {
        if (x == "--help" || x == "-h") return true;
    }
    return false;
}

/// A ladder from a file, or the embedded default. Prints its errors; nullopt on failure.
std::optional<ladder::runtime_ladder> ladder_from(std::optional<std::string_view> path, int& status) {
    if (!path) {
        auto built = ladder::load(ladder::presets::engineering_source(), "<default ladder>");
        return std::move(*built);
    }
    auto loaded = ladder::load_file(std::string(*path));
    if (!loaded) {
        print_findings(std::cerr, loaded.diagnostics());
        const bool unreadable = loaded.diagnostics().contains(ladder::diagnostic_code::cannot_read_file);
        status = unreadable ? usage_error : findings;
        return std::nullopt;
    }
    return std::move(*loaded);
}

int check(const args& a) {
    if (wants_help(a)) return std::cout << check_help, ok;
    if (a.empty()) return usage("check: no file given");
    int status = ok;
    for (auto file : a) {
        const auto text = ladder::read_file(std::string(file));
        if (!text) {
            print_findings(std::cerr, text.diagnostics());
            status = usage_error;
            continue;
        }
        const auto loaded = ladder::load(*text, file);
        print_findings(std::cout, loaded.diagnostics());
        if (!loaded.ok()) {
            if (status == ok) status = findings;
            continue;
        }
        // A test block whose person cannot be built would fail `ladder test` without running.
        auto problems = ladder::test_problems(*loaded);
        problems.locate_in(file, *text);
        print_findings(std::cout, problems);
        if (!problems.ok() && status == ok) status = findings;
    }
    return status;
}

int fmt(const args& a) {
    if (wants_help(a)) return std::cout << fmt_help, ok;
    bool check_only = false;
    args files;
    for (auto x : a) {
        if (x == "--check") check_only = true;
        else if (x.substr(0, 2) == "--") return usage("fmt: unknown option " + std::string(x));
        else files.push_back(x);
    }
    if (files.empty()) return usage("fmt: no file given");
    int status = ok;
    for (auto file : files) {
        const auto text = ladder::read_file(std::string(file));
        if (!text) {
            print_findings(std::cerr, text.diagnostics());
            status = usage_error;
            continue;
        }
        const auto formatted = ladder::format(*text, file);
        if (!formatted) {
            print_findings(std::cerr, formatted.diagnostics());
            if (status == ok) status = findings;
            continue;
        }
        if (*formatted == *text) continue;
        if (check_only) {
            std::cout << "would reformat " << file << '\n';
            if (status == ok) status = findings;
            continue;
        }
        if (!replace_file(std::string(file), *formatted)) {
            std::cerr << "ladder: cannot write " << file << " (left as it was)\n";
            status = usage_error;
        }
    }
    return status;
}

int test(const args& a) {
    if (wants_help(a)) return std::cout << test_help, ok;
    if (a.empty()) return usage("test: no file given");
    int status = ok;
    std::size_t passed = 0, failed = 0;
    for (auto file : a) {
        int load_status = ok;
        const auto l = ladder_from(file, load_status);
        if (!l) {
            status = status == usage_error ? status : load_status;
            continue;
        }
        const auto report = ladder::run_tests(*l);
        // Every failure with its explanation (the report's own last line is per file).
        std::string text = ladder::to_text(*l, report, file);
        text.erase(text.rfind('\n', text.size() - 2) + 1);
        std::cout << text;
        passed += report.passed();
        failed += report.failed();
    }
    std::cout << passed << " passed, " << failed << " failed\n";
    if (failed != 0 && status == ok) status = findings;
    return status;
}

// ---- evaluate ----

int evaluate(const args& a) {
    if (wants_help(a)) return std::cout << evaluate_help, ok;
    std::optional<std::string_view> ladder_file, people_file, target, format;
    bool with_archetypes = false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        const auto option = [&](std::optional<std::string_view>& into) {
            if (i + 1 == a.size()) return false;
            into = a[++i];
            return true;
        };
        if (a[i] == "--archetypes") {
            with_archetypes = true;
        } else if (a[i] == "--people") {
            if (!option(people_file)) return usage("evaluate: --people needs a file");
        } else if (a[i] == "--target") {
            if (!option(target)) return usage("evaluate: --target needs a level");
        } else if (a[i] == "--format") {
            if (!option(format)) return usage("evaluate: --format needs text, json or csv");
        } else if (a[i].substr(0, 2) == "--") {
            return usage("evaluate: unknown option " + std::string(a[i]));
        } else if (!ladder_file) {
            ladder_file = a[i];
        } else {
            return usage("evaluate: one ladder at most");
        }
    }
    if (!people_file) return usage("evaluate: --people FILE.csv is required");
    const std::string_view shape = format.value_or("text");
    if (shape != "text" && shape != "json" && shape != "csv") return usage("evaluate: --format is text, json or csv");
    int status = ok;
    const auto l = ladder_from(ladder_file, status);
    if (!l) return status;
    const ladder::ladder_view v = *l;
    const auto people = ladder::load_people_csv(v, std::string(*people_file));
    if (!people) {
        print_findings(std::cerr, people.diagnostics());
        return people.diagnostics().contains(ladder::diagnostic_code::cannot_read_file) ? usage_error : findings;
    }
    std::optional<ladder::level_ref> fixed;
    if (target) {
        const auto t = ladder::find_level(v, *target);
        if (!t) {
            print_findings(std::cerr, t.diagnostics());
            return usage_error;
        }
        fixed = *t;
    }
    // Progress only where a person watches: on a terminal, for a long run.
    const bool progress = people->size() >= 1000 && isatty(STDERR_FILENO) != 0;
    const auto all = ladder::readiness_of(v, people->all(), fixed, with_archetypes, [&](std::size_t done) {
        if (progress && done % 1000 == 0) std::cerr << "\rjudged " << done << " of " << people->size() << std::flush;
    });
    if (progress) std::cerr << "\r" << std::string(40, ' ') << "\r" << std::flush;
    const std::span<const ladder::readiness_entry> entries(all.data(), all.size());
    if (shape == "json") std::cout << ladder::to_json(v, entries);
    else if (shape == "csv") std::cout << ladder::to_csv(v, entries);
    else std::cout << ladder::to_text(v, entries);
    return ok;
}

int diff(const args& a) {
    if (wants_help(a)) return std::cout << diff_help, ok;
    if (a.size() != 2 && a.size() != 3) return usage("diff: give two levels, after the ladder file if any");
    int status = ok;
    const auto l = ladder_from(a.size() == 3 ? std::optional<std::string_view>(a[0]) : std::nullopt, status);
    if (!l) return status;
    const ladder::ladder_view v = *l;
    const auto from = ladder::find_level(v, a[a.size() - 2]);
    const auto to = ladder::find_level(v, a[a.size() - 1]);
    if (!from || !to) {
        print_findings(std::cerr, (from ? to.diagnostics() : from.diagnostics()));
        return usage_error;
    }
    std::cout << ladder::to_text(v, ladder::diff(v, *from, *to));
    return ok;
}

int map(const args& a) {
    if (wants_help(a)) return std::cout << map_help, ok;
    args positional;
    std::vector<std::string> anchor_text;
    for (std::size_t i = 0; i != a.size(); ++i) {
        if (a[i] == "--anchor") {
            if (i + 1 == a.size() || a[i + 1].find('=') == std::string_view::npos) return usage("map: --anchor needs A=B");
            anchor_text.emplace_back(a[++i]);
        } else if (a[i].substr(0, 2) == "--") {
            return usage("map: unknown option " + std::string(a[i]));
        } else {
            positional.push_back(a[i]);
        }
    }
    if (positional.size() != 2 && positional.size() != 3) return usage("map: give FROM [LEVEL] TO");
    const auto path = [](std::string_view x) { return x == "default" ? std::nullopt : std::optional<std::string_view>(x); };
    int status = ok;
    const auto from = ladder_from(path(positional.front()), status);
    if (!from) return status;
    const auto to = ladder_from(path(positional.back()), status);
    if (!to) return status;
    const ladder::ladder_view f = *from, t = *to;
    std::vector<ladder::anchor> anchors;
    for (const auto& x : anchor_text) {
        const std::string_view text = x;
        const auto eq = text.find('=');
        ladder::anchor an{text.substr(0, eq), text.substr(eq + 1)};
        const auto a1 = ladder::find_level(f, an.from);
        const auto a2 = ladder::find_level(t, an.to);
        if (!a1 || !a2) {
            print_findings(std::cerr, (a1 ? a2.diagnostics() : a1.diagnostics()));
            return usage_error;
        }
        anchors.push_back(an);
    }
    const std::span<const ladder::anchor> pinned(anchors.data(), anchors.size());
    if (positional.size() == 2) {
        std::cout << ladder::to_text(f, t, ladder::map_ladder(f, t, pinned));
        return ok;
    }
    const auto level = ladder::find_level(f, positional[1]);
    if (!level) {
        print_findings(std::cerr, level.diagnostics());
        return usage_error;
    }
    const auto all = ladder::map_level(f, *level, t, pinned);
    const auto likely = ladder::likely_matches(all);
    std::cout << f.levels()[level->index()].id << " " << f.levels()[level->index()].title << " (" << f.info().name
              << ") on " << t.info().name << ":\n";
    if (likely.empty()) std::cout << "  no level alike (the closest: " << ladder::explain(f, *level, t, all[0]) << ")\n";
    for (const auto& m : likely) std::cout << "  " << ladder::explain(f, *level, t, m) << '\n';
    return ok;
}

int render(const args& a) {
    if (wants_help(a)) return std::cout << render_help, ok;
    std::optional<std::string_view> file, format, people_file, who, target;
    for (std::size_t i = 0; i != a.size(); ++i) {
        const auto option = [&](std::optional<std::string_view>& into) {
            if (i + 1 == a.size()) return false;
            into = a[++i];
            return true;
        };
        if (a[i] == "--format") {
            if (!option(format)) return usage("render: --format needs markdown, csv, json, dot or html");
        } else if (a[i] == "--people") {
            if (!option(people_file)) return usage("render: --people needs a file");
        } else if (a[i] == "--person") {
            if (!option(who)) return usage("render: --person needs an id");
        } else if (a[i] == "--target") {
            if (!option(target)) return usage("render: --target needs a level");
        } else if (a[i].substr(0, 2) == "--") {
            return usage("render: unknown option " + std::string(a[i]));
        } else if (!file) {
            file = a[i];
        } else {
            return usage("render: one ladder at most");
        }
    }
    if (!format || (*format != "markdown" && *format != "csv" && *format != "json" && *format != "dot" && *format != "html")) {
        return usage("render: --format is markdown, csv, json, dot or html");
    }
    if (people_file.has_value() != who.has_value() || (target && !who) || (who && *format != "html")) {
        return usage("render: --people and --person go together, with --format html");
    }
    int status = ok;
    const auto l = ladder_from(file, status);
    if (!l) return status;
    const ladder::ladder_view v = *l;
    if (*format == "html" && who) {
        const auto people = ladder::load_people_csv(v, std::string(*people_file));
        if (!people) {
            print_findings(std::cerr, people.diagnostics());
            return people.diagnostics().contains(ladder::diagnostic_code::cannot_read_file) ? usage_error : findings;
        }
        const ladder::person* p = people->find(*who);
        if (p == nullptr) return usage("render: no person " + std::string(*who) + " in " + std::string(*people_file));
        std::optional<ladder::level_ref> to = ladder::next_level(v, *p);
        if (target) {
            const auto t = ladder::find_level(v, *target);
            if (!t) {
                print_findings(std::cerr, t.diagnostics());
                return usage_error;
            }
            to = *t;
        }
        if (!to) return usage("render: " + std::string(*who) + " is at the top of their track; give --target");
        const auto report = ladder::readiness(v, *p, *to);
        if (!report) {
            print_findings(std::cerr, report.diagnostics());
            return findings;
        }
        std::cout << ladder::to_html(v, &*report, p);
        return ok;
    }
    if (*format == "html") {
        std::cout << ladder::to_html(v);
        return ok;
    }
    std::cout << (*format == "markdown" ? ladder::to_markdown(v)
                  : *format == "csv"    ? ladder::to_csv(v)
                  : *format == "json"   ? ladder::to_json(v)
                                        : ladder::to_dot(v));
    return ok;
}

int run(args a) {
    if (a.empty()) return usage("no command given");
    const std::string_view command = a[0];
    a.erase(a.begin());
    if (command == "--help" || command == "-h" || command == "help") return std::cout << usage_text, ok;
    if (command == "check") return check(a);
    if (command == "fmt") return fmt(a);
    if (command == "test") return test(a);
    if (command == "evaluate") return evaluate(a);
    if (command == "diff") return diff(a);
    if (command == "map") return map(a);
    if (command == "render") return render(a);
    return usage("unknown command " + std::string(command));
}
}  // namespace

int main(int argc, char** argv) {
    const int status = run(args(argv + 1, argv + argc));
    // Output that did not reach its file (a full disk, a closed pipe) is an error, never a
    // silent success.
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::cerr << "ladder: cannot write the output\n";
        return usage_error;
    }
    return status;
}
