// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
//
// `ladder evaluate` end to end on a generated company: 10^4, 10^5 and 10^6 people at L5 of the
// default ladder, three review cycles each (a CSV row per cycle, a rating for each of the eight
// competencies), judged for L6 and written as CSV to a file. The floor is `wc -l` reading the
// same file. Prints, per size, the file's size, the wall time and peak memory of each, and the
// ratios: time against `wc -l`, peak memory against the file.
//
//   bench_evaluate_end_to_end LADDER_COMMAND [largest people, default 1000000] [scratch directory]
//
// Each command runs as a child process (fork and exec), measured by wait4: its own peak
// resident memory, not this program's.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

constexpr const char* competencies[] = {"coding",     "design",   "delivery",   "operations",
                                        "cross_team", "strategy", "mentorship", "communication"};

/// Writes `people` people at L5, three cycles each; their ratings vary (2 to 4), so that some
/// are ready for L6 and most are not. Returns the file's size.
std::size_t write_people(const std::string& path, std::size_t people) {
    std::ofstream out(path, std::ios::binary);
    out << "person,name,level,months_in_level,tenure_months,cycle";
    for (const char* c : competencies) out << ',' << c;
    out << '\n';
    constexpr const char* cycles[] = {"2025H1", "2025H2", "2026H1"};
    for (std::size_t i = 0; i != people; ++i) {
        for (std::size_t k = 0; k != 3; ++k) {
            out << 'p' << i << ",Person " << i << ",L5," << 12 + i % 30 << ',' << 24 + i % 60 << ',' << cycles[k];
            for (std::size_t c = 0; c != std::size(competencies); ++c) out << ',' << 2 + (i * 7 + c * 3 + k) % 3;
            out << '\n';
        }
    }
    out.flush();
    return static_cast<std::size_t>(out.tellp());
}

struct measured {
    double seconds = 0;
    long peak_kb = 0;
    int status = -1;
};

/// Runs `argv` with its standard output thrown away; its wall time and peak memory.
measured run(std::vector<std::string> argv) {
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    std::fflush(stdout);  // else the child would print what this one has not yet
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child == 0) {
        if (std::freopen("/dev/null", "w", stdout) == nullptr) std::_Exit(127);
        ::execvp(args[0], args.data());
        std::_Exit(127);
    }
    measured m;
    if (child < 0) return m;
    int status = 0;
    rusage usage{};
    if (::wait4(child, &status, 0, &usage) != child) return m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.peak_kb = usage.ru_maxrss;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s LADDER_COMMAND [largest people] [scratch directory]\n", argv[0]);
        return 2;
    }
    const std::string command = argv[1];
    const std::size_t largest = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000000;
    const std::string scratch = argc > 3 ? argv[3] : "/tmp";
    std::printf("people      file MB   wc -l s   wc -l MB   evaluate s   evaluate MB   time x wc   memory x file\n");
    for (std::size_t people = 10000; people <= largest; people *= 10) {
        const std::string csv = scratch + "/ladder_people_" + std::to_string(people) + ".csv";
        const std::string out = scratch + "/ladder_evaluated_" + std::to_string(people) + ".csv";
        const double file_mb = static_cast<double>(write_people(csv, people)) / (1024.0 * 1024.0);
        const measured floor = run({"wc", "-l", csv});
        const measured e = run({command, "evaluate", "--people", csv, "--target", "L6", "--format", "csv", "-o", out});
        if (floor.status != 0 || e.status != 0) {
            std::fprintf(stderr, "a command failed at %zu people (wc -l: %d, ladder evaluate: %d)\n", people, floor.status, e.status);
            return 1;
        }
        std::printf("%-10zu %8.1f %9.3f %10.1f %12.2f %13.1f %11.0f %15.1f\n", people, file_mb, floor.seconds,
                    static_cast<double>(floor.peak_kb) / 1024.0, e.seconds, static_cast<double>(e.peak_kb) / 1024.0,
                    e.seconds / floor.seconds, static_cast<double>(e.peak_kb) / 1024.0 / file_mb);
        std::remove(csv.c_str());
        std::remove(out.c_str());
    }
    return 0;
}
