// Runtime reading speed on a large generated ladder: bytes per second for reading alone
// (text -> builder), for load() (reading, validating, copying into a runtime ladder), and for
// a hand-written scan that only splits the same bytes into words, the floor any reader pays.
// Build in Release (the `release` preset) and run: bench_parse_throughput [repeats]
#include <ladder/ladder.hpp>

#include "median.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

/// 200 tracks of 8 levels, 40 competencies each (64,000 expectations, under the 65,535-row
/// limit): a ladder far larger than any company's.
std::string large_ladder() {
    constexpr int tracks = 200, levels = 8, competencies = 40;
    // Built with append() alone: g++ 12 at -O3 warns falsely (-Wrestrict) on some string `+`.
    std::string t;
    const auto add = [&t](auto... parts) { (t.append(parts), ...); };
    const auto n = [](int v) { return std::to_string(v); };
    add("ladder \"Generated\" version \"1\"\n\nscale points \"Points\" {\n");
    for (int p = 1; p <= 10; ++p) add("  ", n(p), " p", n(p), " \"Point ", n(p), "\"\n");
    add("}\n\n");
    for (int c = 0; c != 4; ++c) add("category cat", n(c), " \"Category ", n(c), "\"\n");
    for (int c = 0; c != competencies; ++c) {
        add("competency c", n(c), " \"Competency ", n(c), "\" in cat", n(c % 4), " about \"What competency ", n(c),
            " means\"\n");
    }
    for (int k = 0; k != tracks; ++k) add("track t", n(k), " \"Track ", n(k), "\"\n");
    for (int k = 0; k != tracks; ++k) {
        for (int l = 1; l <= levels; ++l) {
            add("level t", n(k), "_l", n(l), " \"Level ", n(l), " of track ", n(k), "\" on t", n(k), " scope team band ",
                n(l * 10000), "..", n(l * 10000 + 12000), " USD {\n  expect ");
            for (int c = 0; c != competencies; ++c) add(c ? ", c" : "c", n(c), " ", n(1 + (l + c % 3) / 2));
            add("\n}\n");
            if (l > 1) add("promote t", n(k), "_l", n(l - 1), " -> t", n(k), "_l", n(l), "\n");
        }
    }
    return t;
}

/// The hand-written floor: split the bytes into words and count them.
std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        words += (!blank && !in_word) ? 1 : 0;
        in_word = !blank;
    }
    return words;
}


}  // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 9;
    const std::string text = large_ladder();
    const double mb = static_cast<double>(text.size()) / 1e6;

    std::size_t sink = 0;
    const double scan = bench::median_seconds(repeats, [&] { sink += count_words(text); });
    const double read = bench::median_seconds(repeats, [&] {
        auto parsed = ladder::detail::read_text(text);
        sink += parsed.ladder.tables().expectations.size();
    });
    const double load = bench::median_seconds(repeats, [&] {
        auto loaded = ladder::load(text);
        if (!loaded.ok()) {
            std::fputs(loaded.diagnostics().to_string().c_str(), stderr);
            std::exit(1);
        }
        sink += loaded->view().levels().size();
    });

    // A ladder of a real company's size: the default one, as text (about 5 KB).
    const std::string usual = ladder::to_text(ladder::presets::engineering());
    const double usual_load = bench::median_seconds(repeats * 20, [&] { sink += ladder::load(usual).ok() ? 1 : 0; });

    std::printf("the default ladder as text (%zu bytes): load() in %.1f us\n\n", usual.size(), usual_load * 1e6);
    std::printf("input: %.2f MB generated ladder (1600 levels x 40 expectations), median of %d runs\n", mb, repeats);
    std::printf("%-34s %10s %10s %8s\n", "", "ms", "MB/s", "ratio");
    std::printf("%-34s %10.2f %10.1f %8.2f\n", "hand-written word scan", scan * 1e3, mb / scan, 1.0);
    std::printf("%-34s %10.2f %10.1f %8.2f\n", "read_text (text -> builder)", read * 1e3, mb / read, read / scan);
    std::printf("%-34s %10.2f %10.1f %8.2f\n", "load (read + validate + own)", load * 1e3, mb / load, load / scan);
    return sink == 0 ? 1 : 0;
}
