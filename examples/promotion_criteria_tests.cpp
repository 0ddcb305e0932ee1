// Promotion criteria as unit tests: a file a company copies for its own ladder. Point `acme` at
// your ladder (a .ladder file embedded with ladder_embed(), or ladder::load_file() at startup),
// then write down people your ladder must promote and people it must not, so that a change to
// the ladder that would change those answers fails the build's tests. Works with Catch2 v2 and v3.
#include <ladder/catch2.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace {

static constexpr auto acme = ladder::presets::engineering();

const char* const competencies[] = {"coding", "design", "delivery", "operations", "cross_team", "strategy", "mentorship",
                                    "communication"};

/// A person at `level` with the same ratings (in the order above) for `cycles` cycles.
ladder::person engineer(std::string_view id, std::string_view level, std::vector<int> ratings, int cycles, int months) {
    ladder::person_builder b(acme, id);
    b.level(level).months_in_level(months);
    std::vector<ladder::rating_spec> specs;
    for (std::size_t c = 0; c != ratings.size(); ++c) specs.emplace_back(competencies[c], static_cast<ladder::rating>(ratings[c]));
    for (int i = 0; i != cycles; ++i) b.cycle("cycle", std::span<const ladder::rating_spec>(specs.data(), specs.size()));
    return b.build().value();
}

}  // namespace

TEST_CASE("sustained staff-level work and a grown teammate make a senior ready for Staff") {
    const auto ada = engineer("ada", "L5", {4, 4, 4, 4, 4, 3, 4, 4}, 3, 20);
    REQUIRE_THAT(ada, ladder::is_ready_for(acme, "L6"));
}

TEST_CASE("one great half-year is not sustained work") {
    ladder::person_builder b(acme, "bo");
    b.level("L5").months_in_level(30);
    b.cycle("2025H2", {{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3}, {"cross_team", 2},
                       {"strategy", 2}, {"mentorship", 3}, {"communication", 3}});
    b.cycle("2026H1", {{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3}, {"cross_team", 2},
                       {"strategy", 2}, {"mentorship", 3}, {"communication", 3}});
    b.cycle("2026H2", {{"coding", 5}, {"design", 5}, {"delivery", 5}, {"operations", 5}, {"cross_team", 5},
                       {"strategy", 5}, {"mentorship", 5}, {"communication", 5}});
    const auto bo = b.build().value();
    REQUIRE_THAT(bo, !ladder::is_ready_for(acme, "L6"));
}

TEST_CASE("a staff engineer can step back to Senior, at the top of its band") {
    const auto cy = engineer("cy", "L6", {4, 4, 4, 4, 4, 3, 3, 4}, 1, 14);
    REQUIRE_THAT(cy, ladder::is_ready_for(acme, "L5"));
    const auto report = ladder::readiness(acme, cy, "L5").value();
    REQUIRE(report.pay.has_value());
    CHECK(report.pay->policy == ladder::pay_policy::top_of_band);
}

TEST_CASE("management is a two-way door from Staff") {
    const auto dee = engineer("dee", "L6", {4, 4, 4, 4, 4, 3, 4, 4}, 2, 24);
    CHECK_THAT(dee, ladder::is_ready_for(acme, "M1"));
    const auto manager = engineer("dee", "M1", {4, 4, 4, 4, 4, 3, 4, 4}, 2, 24);
    CHECK_THAT(manager, ladder::is_ready_for(acme, "L6"));
}

TEST_CASE("a rule of our own, written once, checked while compiling") {
    static constexpr auto mentor = ladder::compile_rule<acme, "mentorship >= expert in last 2 cycles">();
    CHECK_THAT(engineer("eve", "L5", {4, 4, 4, 4, 4, 3, 4, 4}, 2, 12), ladder::satisfies(mentor));
    CHECK_THAT(engineer("fay", "L5", {4, 4, 4, 4, 4, 3, 3, 4}, 2, 12), !ladder::satisfies(mentor));
}

TEST_CASE("the ladder's own test blocks pass") {
    const auto report = ladder::run_tests(acme);
    INFO(ladder::to_text(acme, report));
    CHECK(report.ok());
}
