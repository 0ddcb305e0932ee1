// The C interface of the self-assessment page's module (tools/assess/ladder_assess.h), natively:
// every bad input is an answer in words, never a crash.
#include "ladder_assess.h"

#include <ladder/io/people_csv.hpp>
#include <ladder/ladder.hpp>
#include <ladder/render/json.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>

namespace {

/// A session closed at the end of its scope.
struct session {
    explicit session(std::string_view text, const char* source = "acme.ladder") : s(ladder_open(text.data(), text.size(), source)) {}
    ~session() { ladder_close(s); }
    session(const session&) = delete;
    session& operator=(const session&) = delete;
    ladder_session* s;
};

constexpr std::string_view people =
    "person,name,level,cycle,coding,design,delivery,operations,cross_team,strategy,mentorship,communication\n"
    "ann,Ann,L5,c1,4,4,4,4,4,3,3,4\n"
    "ann,,L5,c2,4,4,4,4,4,3,3,4\n"
    "bo,Bo,L6,c1,5,5,5,5,5,5,5,5\n";

std::string assess(session& s, std::string_view csv, const char* person, const char* target) {
    return ladder_assess(s.s, csv.data(), csv.size(), person, target);
}

}  // namespace

TEST_CASE("the C interface assesses a person of a people CSV as the library does", "[assess]") {
    const std::string_view text = ladder::presets::engineering_source();
    session s(text);
    CHECK(std::string_view(ladder_problems(s.s)).empty());
    const auto l = ladder::load(text, "acme.ladder").value();
    const auto read = ladder::read_people_csv(l, people);
    REQUIRE(read);
    CHECK(assess(s, people, "ann", "") == ladder::assessment_json(l, *read->find("ann")));
    CHECK(assess(s, people, "bo", "L5") == ladder::assessment_json(l, *read->find("bo"), ladder::find_level(l, "L5").value()));
    // No person named: the file's first.
    CHECK(assess(s, people, "", nullptr) == assess(s, people, "ann", nullptr));
    CHECK(std::string(ladder_describe(s.s)) == ladder::to_json(l));
    CHECK(std::string(ladder_test_blocks(s.s)) == ladder::to_text(l, ladder::run_tests(l), "acme.ladder", true));
}

TEST_CASE("the C interface answers a broken ladder with the findings ladder check prints", "[assess][hostile]") {
    const std::string text = "ladder \"Broken\"\nscale p \"P\" { 1 one \"One\" }\ncategory c \"C\"\ncompetency code \"Code\" in c\n"
                             "track t \"T\"\nlevel T1 \"One\" on t { expect cdoe 1 }\n";
    session s(text, "broken.ladder");
    const std::string problems = ladder_problems(s.s);
    CHECK(problems == ladder::load(text, "broken.ladder").diagnostics().to_string("broken.ladder", 100));
    CHECK(problems.rfind("broken.ladder:6:30: error[unknown-reference]: unknown competency 'cdoe'", 0) == 0);
    CHECK(problems.find("did you mean 'code'") != std::string::npos);
    CHECK(problems.find('^') != std::string::npos);
    CHECK(std::string_view(ladder_describe(s.s)) == "null");
    CHECK(assess(s, people, "ann", "").rfind("{\"error\": \"no ladder: broken.ladder:6:30: ", 0) == 0);
    CHECK(std::string_view(ladder_test_blocks(s.s)) == "broken.ladder not loaded: its tests did not run\n");
}

TEST_CASE("the C interface answers a broken people file an unknown person and an unknown level in words", "[assess][hostile]") {
    session s(ladder::presets::engineering_source());
    const std::string broken = assess(s, "person,level,cycle,coding\nann,L5,c1,nine\n", "ann", "");
    CHECK(broken.rfind("{\"error\": \"<people>:2:", 0) == 0);
    CHECK(broken.find("nine") != std::string::npos);
    CHECK(assess(s, "person,level,cycle\n", "", "") == "{\"error\": \"the people file holds nobody\"}\n");
    CHECK(assess(s, people, "zed", "") == "{\"error\": \"no person 'zed' in the people file\"}\n");
    const std::string level = assess(s, people, "ann", "L66");
    CHECK(level.rfind("{\"error\": \"", 0) == 0);
    CHECK(level.find("L66") != std::string::npos);
    CHECK(level.find("did you mean") != std::string::npos);
}

TEST_CASE("the C interface reads every byte it is given and takes null pointers", "[assess][hostile]") {
    // A NUL byte inside the text is read as a byte of it (a finding), not as its end.
    std::string text(ladder::presets::engineering_source());
    text.insert(text.find("scale"), std::string("\0", 1));
    session nul(text);
    CHECK_FALSE(std::string_view(ladder_problems(nul.s)).empty());
    ladder_session* none = ladder_open(nullptr, 0, nullptr);
    CHECK(std::string_view(ladder_problems(none)).rfind("<ladder>:", 0) == 0);
    CHECK(std::string_view(ladder_assess(none, nullptr, 0, nullptr, nullptr)).rfind("{\"error\": \"no ladder: ", 0) == 0);
    ladder_close(none);
    ladder_close(nullptr);
    session s(ladder::presets::engineering_source());
    CHECK(std::string_view(ladder_assess(s.s, nullptr, 0, nullptr, nullptr)).rfind("{\"error\": \"<people>:1:1: error[csv-syntax]: ", 0) == 0);
    CHECK(std::string_view(ladder_problems(nullptr)) == "no session\n");
}
