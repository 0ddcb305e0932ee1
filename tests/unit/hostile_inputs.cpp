#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>

#include "catch.hpp"

#include <filesystem>
#include <string>
#include <vector>

// The reproducers of past findings (tests/fuzz/regressions, also replayed by the fuzzers): each
// is read as the command would read it, and must end in bounded findings with a place, or in a
// result; never a crash, a hang or a flood of output.

namespace {

std::vector<std::filesystem::path> inputs_in(const char* folder) {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(LADDER_REGRESSIONS_DIR) / folder)) {
        out.push_back(entry.path());
    }
    return out;
}

/// At most the reader's 50 errors and its too-many-errors finding, each printed in bounded space.
void bounded(const ladder::diagnostic_list& found) {
    CHECK(found.error_count() <= 51);
    CHECK(found.to_string().size() <= found.size() * 2000);
}

}  // namespace

TEST_CASE("every .ladder reproducer reads to bounded findings or a ladder whose tests report their problems", "[hostile][regression]") {
    const auto files = inputs_in("load");
    REQUIRE(files.size() >= 6);
    for (const auto& path : files) {
        INFO(path.string());
        const auto loaded = ladder::load_file(path.string());
        bounded(loaded.diagnostics());
        // Formatting what reads (valid or not) gives text that formats to itself.
        const auto text = ladder::read_file(path.string());
        REQUIRE(text.ok());
        if (const auto formatted = ladder::format(*text, path.string())) {
            CHECK(ladder::format(*formatted).value() == *formatted);
        }
        if (!loaded.ok()) continue;
        const auto report = ladder::run_tests(*loaded);
        for (const auto& o : report.outcomes) {
            if (!o.actual) CHECK_FALSE(o.problems.ok());  // could not run: says why
        }
    }
}

TEST_CASE("the .ladder reproducers give the findings they were kept for", "[hostile][regression]") {
    const std::string dir = std::string(LADDER_REGRESSIONS_DIR) + "/load/";
    const auto nul = ladder::load_file(dir + "nul_bytes.ladder");
    REQUIRE(nul.diagnostics().size() == 51);
    CHECK(nul.diagnostics()[50].code == ladder::diagnostic_code::too_many_errors);
    CHECK(ladder::load_file(dir + "doubling_named_rule.ladder").diagnostics().contains(ladder::diagnostic_code::rule_too_long));
    CHECK(ladder::load_file(dir + "rank_overflow.ladder").diagnostics().contains(ladder::diagnostic_code::duplicate_rank));
    CHECK(ladder::load_file(dir + "control_character_in_a_string.ladder").diagnostics().contains(ladder::diagnostic_code::invalid_character));
    const auto overflowing = ladder::load_file(dir + "overflowing_rule.ladder");
    REQUIRE(overflowing.ok());
    const auto report = ladder::run_tests(*overflowing);
    REQUIRE(report.outcomes.size() == 1);
    CHECK_FALSE(report.outcomes[0].actual.has_value());
    CHECK(report.outcomes[0].problems.contains(ladder::diagnostic_code::arithmetic_overflow));
}

TEST_CASE("every rule reproducer compiles to a verdict or a diagnostic and never a wrapped number", "[hostile][regression]") {
    const auto& acme = ladder::presets::engineering();
    const auto person = ladder::person_builder(acme, "p")
                            .level("L5")
                            .cycle("c", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                                         {"strategy", 4}, {"mentorship", 4}, {"communication", 4}})
                            .build()
                            .value();
    const auto files = inputs_in("rule");
    REQUIRE(files.size() >= 3);
    for (const auto& path : files) {
        INFO(path.string());
        const auto text = ladder::read_file(path.string());
        REQUIRE(text.ok());
        const auto compiled = ladder::compile_rule(acme, *text);
        REQUIRE(compiled.ok());
        const auto e = ladder::evaluate(*compiled, person);
        REQUIRE_FALSE(e.ok());
        CHECK(e.diagnostics()[0].code == ladder::diagnostic_code::arithmetic_overflow);
        CHECK(ladder::check(*compiled, person).diagnostics().to_string() == e.diagnostics().to_string());
    }
}

TEST_CASE("every CSV reproducer reads to bounded findings or people whose report is safe to open", "[hostile][regression]") {
    const auto& acme = ladder::presets::engineering();
    const auto files = inputs_in("csv");
    REQUIRE(files.size() >= 4);
    for (const auto& path : files) {
        INFO(path.string());
        const auto people = ladder::load_people_csv(acme, path.string());
        bounded(people.diagnostics());
        if (!people.ok()) continue;
        const auto all = ladder::readiness_of(acme, people->all());
        const std::string csv = ladder::to_csv(acme, all), text = ladder::to_text(acme, all);
        CHECK(csv.find("\n=") == std::string::npos);
        CHECK(csv.find(",=") == std::string::npos);
        CHECK(csv.find(",@") == std::string::npos);
        CHECK(csv.find("\n+") == std::string::npos);
        CHECK(text.find('\x1b') == std::string::npos);
        const std::string json = ladder::to_json(acme, all);
        for (std::size_t i = 0; i < json.size();) {
            const std::size_t n = ladder::detail::utf8_sequence_length(json, i);
            REQUIRE(n != 0);
            i += n;
        }
    }
}
