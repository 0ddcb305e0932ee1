// The `ladder` command's own parts: its unified diff, its argument parser and its replacement of
// output files.
#include "command_line.hpp"
#include "session.hpp"
#include "unified_diff.hpp"

#include "catch.hpp"

#include <sys/stat.h>

#include <cstddef>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <variant>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    std::string line;
    for (char c : text) {
        if (c == '\n') {
            out.push_back(line);
            line.clear();
        } else {
            line += c;
        }
    }
    if (!line.empty()) out.push_back(line);
    return out;
}

/// Applies a unified diff to `before`, checking that every context and removed line is there;
/// written apart from the diff itself (it reads the text of the hunks).
std::string apply_patch(std::string_view before, std::string_view diff) {
    const auto old_lines = lines_of(before);
    const auto patch = lines_of(diff);
    std::vector<std::string> result;
    std::size_t next_old = 0;  // from 0
    REQUIRE(patch.size() >= 2);
    for (std::size_t i = 2; i < patch.size();) {
        const std::string& header = patch[i++];
        REQUIRE(header.rfind("@@ -", 0) == 0);
        std::size_t start = std::stoul(header.substr(4));
        std::size_t count = 1;
        const std::size_t comma = header.find(',');
        if (comma != std::string::npos && comma < header.find(' ', 4)) count = std::stoul(header.substr(comma + 1));
        // An empty range names the line before it.
        const std::size_t first = count == 0 ? start : start - 1;
        REQUIRE(first >= next_old);
        while (next_old < first) result.push_back(old_lines[next_old++]);
        while (i < patch.size() && patch[i].rfind("@@", 0) != 0) {
            const std::string& l = patch[i++];
            if (l[0] == '\\') continue;
            const std::string text = l.substr(1);
            if (l[0] == '+') {
                result.push_back(text);
            } else {
                REQUIRE(next_old < old_lines.size());
                CHECK(old_lines[next_old] == text);
                ++next_old;
                if (l[0] == ' ') result.push_back(text);
            }
        }
    }
    while (next_old < old_lines.size()) result.push_back(old_lines[next_old++]);
    std::string out;
    for (const auto& l : result) out += l + "\n";
    return out;
}

/// The length of the longest common subsequence of two line lists, by the textbook table.
std::size_t lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
        }
    }
    return t[a.size()][b.size()];
}

std::size_t count_changes(std::string_view diff) {
    std::size_t n = 0;
    const auto lines = lines_of(diff);
    for (std::size_t i = 2; i < lines.size(); ++i) n += (lines[i][0] == '+' || lines[i][0] == '-') ? 1 : 0;
    return n;
}

std::string random_text(std::mt19937& rng, std::size_t max_lines) {
    std::uniform_int_distribution<std::size_t> length(0, max_lines);
    std::uniform_int_distribution<int> word(0, 4);
    std::string out;
    const std::size_t n = length(rng);
    for (std::size_t i = 0; i != n; ++i) out += "line " + std::to_string(word(rng)) + "\n";
    return out;
}

}  // namespace

TEST_CASE("a unified diff applied to the old text gives the new one and changes no more lines than needed") {
    std::mt19937 rng(20261202);
    std::size_t differing = 0;
    for (int round = 0; round != 500; ++round) {
        const std::string before = random_text(rng, 30), after = random_text(rng, 30);
        const std::string diff = ladder_tool::unified_diff(before, after, "a", "b");
        if (before == after) {
            CHECK(diff.empty());
            continue;
        }
        ++differing;
        REQUIRE(diff.rfind("--- a\n+++ b\n@@ -", 0) == 0);
        CHECK(apply_patch(before, diff) == after);
        // The shortest edit removes what is not common and adds the rest, no more.
        const auto a = lines_of(before), b = lines_of(after);
        CHECK(count_changes(diff) == a.size() + b.size() - 2 * lcs(a, b));
    }
    CHECK(differing > 400);
}

TEST_CASE("a unified diff of distant changes has a hunk each with three lines of context") {
    std::string before, after;
    for (int i = 1; i <= 20; ++i) {
        before += std::to_string(i) + "\n";
        after += (i == 2 ? std::string("two") : i == 18 ? std::string("eighteen") : std::to_string(i)) + "\n";
    }
    CHECK(ladder_tool::unified_diff(before, after, "old", "new") ==
          "--- old\n+++ new\n"
          "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
          "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n");
}

TEST_CASE("a unified diff marks a last line without its line break") {
    CHECK(ladder_tool::unified_diff("a\nb", "a\nb\n", "x", "y") ==
          "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

TEST_CASE("past its edit budget a unified diff replaces the middle whole and still applies") {
    std::string before, after;
    for (int i = 0; i != 300; ++i) {
        before += "old " + std::to_string(i) + "\n";
        after += "new " + std::to_string(i) + "\n";
    }
    before = "head\n" + before + "tail\n";
    after = "head\n" + after + "tail\n";
    const std::string diff = ladder_tool::unified_diff(before, after, "a", "b", 3, 50);
    CHECK(apply_patch(before, diff) == after);
    CHECK(diff.find("@@ -1,302 +1,302 @@\n head\n-old 0\n") != std::string::npos);
}

TEST_CASE("the command's options: long and short forms with values, operands in order, and a suggestion for a typo") {
    using ladder_tool::option_spec;
    constexpr option_spec own[] = {{"target", 't', true}, {"verbose", 'v', false}};
    const std::vector<std::string_view> args{"a.ladder", "--target=L6", "-v", "-", "-o", "out.txt", "--", "--not-an-option"};
    auto parsed = ladder_tool::parse_args(args, own);
    REQUIRE(std::holds_alternative<ladder_tool::parsed_args>(parsed));
    const auto& a = std::get<ladder_tool::parsed_args>(parsed);
    CHECK(a.value("target") == "L6");
    CHECK(a.has("verbose"));
    CHECK(a.value("output") == "out.txt");
    CHECK(a.operands == std::vector<std::string_view>{"a.ladder", "-", "--not-an-option"});

    const std::vector<std::string_view> typo{"--tagret", "L6"};
    auto refused = ladder_tool::parse_args(typo, own);
    REQUIRE(std::holds_alternative<std::string>(refused));
    CHECK(std::get<std::string>(refused) == "unknown option --tagret; did you mean '--target'?");

    const std::vector<std::string_view> missing{"--target"};
    CHECK(std::get<std::string>(ladder_tool::parse_args(missing, own)) == "--target needs a value");
    const std::vector<std::string_view> flag_value{"--verbose=yes"};
    CHECK(std::get<std::string>(ladder_tool::parse_args(flag_value, own)) == "--verbose takes no value");
}

namespace {

/// A file's bytes, read apart from the code under test.
std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A scratch directory of its own for each test, removed after.
struct scratch_directory {
    std::filesystem::path path;
    explicit scratch_directory(std::string_view name)
        : path(std::filesystem::temp_directory_path() / ("ladder_tool_" + std::string(name) + "_" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~scratch_directory() { std::filesystem::remove_all(path); }
    [[nodiscard]] std::string file(std::string_view name) const { return (path / name).string(); }
    [[nodiscard]] std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(path), std::filesystem::directory_iterator()));
    }
};

}  // namespace

TEST_CASE("a replaced file holds everything streamed into it and keeps its permissions") {
    const scratch_directory dir("replace");
    const std::string target = dir.file("out.csv");
    std::ofstream(target) << "old\n";
    ::chmod(target.c_str(), 0640);
    std::string expected;
    ladder_tool::replacement r(target);
    for (int i = 0; i != 20000; ++i) {  // far past any one buffer
        const std::string line = "row " + std::to_string(i) + "\n";
        r.stream() << line;
        expected += line;
    }
    CHECK(file_text(target) == "old\n");  // nothing shows before commit
    REQUIRE(r.commit());
    CHECK(file_text(target) == expected);
    struct stat now {};
    REQUIRE(::stat(target.c_str(), &now) == 0);
    CHECK((now.st_mode & 07777) == 0640);
    CHECK(dir.entries() == 1);  // no temporary file left
}

TEST_CASE("a replacement not committed leaves the file as it was and no temporary file") {
    const scratch_directory dir("discard");
    const std::string target = dir.file("kept.hpp");
    std::ofstream(target) << "kept\n";
    {
        ladder_tool::replacement r(target);
        r.stream() << "half a header";
    }
    CHECK(file_text(target) == "kept\n");
    CHECK(dir.entries() == 1);
    ladder_tool::replacement r(target);
    r.stream() << "dropped";
    r.discard();
    CHECK(file_text(target) == "kept\n");
    CHECK(dir.entries() == 1);
}

TEST_CASE("a replacement with the same content leaves the file itself untouched") {
    const scratch_directory dir("same");
    const std::string target = dir.file("same.hpp");
    std::ofstream(target) << "same\n";
    struct stat before {};
    REQUIRE(::stat(target.c_str(), &before) == 0);
    REQUIRE(ladder_tool::replace_file(target, "same\n"));
    struct stat after {};
    REQUIRE(::stat(target.c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);  // a rename would have put another file there
    REQUIRE(ladder_tool::replace_file(target, "same\nand more\n"));
    CHECK(file_text(target) == "same\nand more\n");
    REQUIRE(ladder_tool::replace_file(target, "same"));  // a prefix of what is there is not the same
    CHECK(file_text(target) == "same");
    CHECK(dir.entries() == 1);
}

TEST_CASE("a replacement in a directory that does not exist fails and creates nothing") {
    const scratch_directory dir("missing");
    ladder_tool::replacement r(dir.file("no/such/dir/out.csv"));
    r.stream() << "text";
    CHECK_FALSE(r.commit());
    CHECK(dir.entries() == 0);
}
