#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <optional>
#include <random>
#include <span>
#include <string>
#include <thread>
#include <vector>

// Decisions about people on the default ladder: readiness for a move, what separates two
// levels, best fit, archetype fit, and many people at once.

namespace {

static constexpr auto acme = ladder::presets::engineering();

constexpr const char* competencies[] = {"coding",     "design",   "delivery",   "operations",
                                        "cross_team", "strategy", "mentorship", "communication"};

/// A person at `level` with the same ratings in `cycles` cycles.
ladder::person rated(std::string_view level, const std::vector<int>& ratings, int cycles = 3, int months = 20) {
    ladder::person_builder b(acme, "pat", "Pat");
    b.level(level).months_in_level(months);
    std::vector<ladder::rating_spec> specs;
    for (std::size_t c = 0; c != ratings.size(); ++c) specs.emplace_back(competencies[c], static_cast<ladder::rating>(ratings[c]));
    for (int i = 0; i != cycles; ++i) b.cycle("c", std::span<const ladder::rating_spec>(specs.data(), specs.size()));
    return b.build().value();
}

/// A level's own expectations, as ratings in competency order.
std::vector<int> expectations_of(std::string_view level) {
    const ladder::ladder_view v = acme;
    std::vector<int> out;
    for (const char* c : competencies) {
        out.push_back(*ladder::expected(v, *ladder::find_level(v, level), *ladder::find_competency(v, c)));
    }
    return out;
}

}  // namespace

TEST_CASE("readiness for a promotion: the guard decides and the gaps are in the ladder's words", "[decide]") {
    const ladder::ladder_view v = acme;
    // Sustained at L6, with the people competencies at expert.
    auto at_l6 = expectations_of("L6");
    at_l6[6] = at_l6[7] = 4;
    const auto ready = rated("L5", at_l6);
    const auto report = ladder::readiness(v, ready, "L6").value();
    CHECK(report.defined);
    CHECK(report.kind == ladder::transition_kind::promote);
    CHECK(report.result() == ladder::verdict::pass);
    CHECK(report.gaps.empty());
    // Senior is a career level: the report says staying there is a good outcome.
    CHECK(ladder::to_text(report, ready).find("Senior Software Engineer is a career level: staying there is a good outcome.") !=
          std::string::npos);

    // Short on three competencies, by 2, 1 and 1: the largest first, in words.
    auto short_of = at_l6;
    short_of[4] -= 2;  // cross_team
    short_of[1] -= 1;  // design
    short_of[7] -= 1;  // communication
    const auto behind = rated("L5", short_of);
    const auto r = ladder::readiness(v, behind, "L6").value();
    CHECK(r.result() == ladder::verdict::fail);
    REQUIRE(r.gaps.size() == 3);
    CHECK(v.competencies()[r.gaps[0].competency].id == "cross_team");
    CHECK(r.gaps[0].shortfall() == 2);
    CHECK(r.gaps[1].shortfall() == 1);
    const std::string text = ladder::to_text(r, behind);
    CHECK(text.find("Cross-team impact: expects Expert (4), rated Proficient (2) (short by 2): "
                    "Moves work forward across team boundaries\n") != std::string::npos);
    CHECK(text.find("gaps in the latest cycle") == std::string::npos);  // said once, in words
}

TEST_CASE("readiness for a step back gives the pay outcome from the move's policy", "[decide]") {
    const ladder::ladder_view v = acme;
    const auto staff = rated("L6", expectations_of("L6"));
    const auto r = ladder::readiness(v, staff, "L5").value();
    CHECK(r.kind == ladder::transition_kind::step_back);
    CHECK(r.result() == ladder::verdict::pass);
    REQUIRE(r.pay.has_value());
    CHECK(r.pay->policy == ladder::pay_policy::top_of_band);
    const auto& band = v.levels()[ladder::find_level(v, "L5")->index()].band;
    REQUIRE(band.has_value());
    CHECK(r.pay->amount == band->maximum);
    CHECK(ladder::to_text(r, staff).find("pay: the top of L5's band, " + std::to_string(band->maximum) + " USD\n") != std::string::npos);
}

TEST_CASE("a move the ladder does not declare is judged by meets(target), and says so", "[decide]") {
    const ladder::ladder_view v = acme;
    const auto senior = rated("L5", expectations_of("L5"));
    const auto r = ladder::readiness(v, senior, "L7").value();
    CHECK_FALSE(r.defined);
    CHECK(r.kind == ladder::transition_kind::promote);
    CHECK(r.result() == ladder::verdict::fail);
    CHECK(ladder::to_text(r, senior).find("(the ladder declares no such move; judged by meets(L7))") != std::string::npos);
    const auto unknown = ladder::readiness(v, senior, "L66");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.diagnostics().to_string().find("(did you mean 'L6'?)") != std::string::npos);
}

TEST_CASE("what separates two levels, on one track and across tracks", "[decide]") {
    const ladder::ladder_view v = acme;
    const auto l5 = *ladder::find_level(v, "L5"), l6 = *ladder::find_level(v, "L6"), m1 = *ladder::find_level(v, "M1");
    for (const auto& [a, b] : {std::pair{l5, l6}, std::pair{l6, m1}}) {
        const auto d = ladder::diff(v, a, b);
        std::size_t differing = 0;
        for (const char* id : competencies) {
            const auto c = *ladder::find_competency(v, id);
            if (ladder::expected(v, a, c) != ladder::expected(v, b, c)) ++differing;
        }
        CHECK(d.changes.size() == differing);
        for (const auto& change : d.changes) {
            const auto c = *ladder::find_competency(v, v.competencies()[change.competency].id);
            CHECK(change.from == ladder::expected(v, a, c));
            CHECK(change.to == ladder::expected(v, b, c));
        }
    }
    CHECK(ladder::to_text(v, ladder::diff(v, l5, l6)).find("  cross_team: Proficient (2) -> Expert (4), +2\n") != std::string::npos);
    CHECK(ladder::to_text(v, ladder::diff(v, l6, m1)).find("(Individual contributor to Engineering management)") != std::string::npos);
    // At compile time too.
    STATIC_REQUIRE(ladder::diff(acme, acme.level("L5"), acme.level("L5")).changes.empty());
}

TEST_CASE("best fit: the highest level a profile meets, with the margin", "[decide]") {
    const ladder::ladder_view v = acme;
    // Exactly L5's expectations: L5, with no margin; L6 is the next, this far away.
    const auto exact = rated("L4", expectations_of("L5"), 1);
    const auto fit = ladder::best_fit(v, exact);
    REQUIRE(fit.level != ladder::no_index);
    CHECK(v.levels()[fit.level].id == "L5");
    CHECK(fit.margin == 0);
    REQUIRE(fit.next != ladder::no_index);
    CHECK(v.levels()[fit.next].id == "L6");
    int shortfall = 0;
    const auto l5 = expectations_of("L5"), l6 = expectations_of("L6");
    for (std::size_t c = 0; c != l5.size(); ++c) shortfall += l6[c] > l5[c] ? l6[c] - l5[c] : 0;
    CHECK(fit.gap_to_next == shortfall);
    // Unrated: no fit, and the lowest level is next.
    const auto beginner = rated("L1", {}, 1);  // a cycle with no ratings yet
    CHECK(ladder::best_fit(v, beginner).level == ladder::no_index);
    CHECK(v.levels()[ladder::best_fit(v, beginner).next].id == "L1");
}

TEST_CASE("archetype fit ranks the staff+ archetypes by the profile", "[decide]") {
    const ladder::ladder_view v = acme;
    const auto l6 = *ladder::find_level(v, "L6");
    auto architect_like = expectations_of("L6");
    architect_like[1] = 5;  // design
    architect_like[5] = 4;  // strategy
    const auto fits = ladder::archetype_fits(v, rated("L6", architect_like), l6);
    REQUIRE(fits.size() == v.archetypes().size());
    CHECK(v.archetypes()[fits[0].archetype].id == "architect");
    CHECK(fits[0].score == 100);
    CHECK(fits[0].meets);
    CHECK(fits[0].applies);
    for (std::size_t i = 1; i != fits.size(); ++i) CHECK(fits[i - 1].score >= fits[i].score);

    auto tech_lead_like = expectations_of("L6");
    tech_lead_like[2] = 5;  // delivery
    tech_lead_like[6] = 4;  // mentorship
    CHECK(v.archetypes()[ladder::archetype_fits(v, rated("L6", tech_lead_like), l6)[0].archetype].id == "tech_lead");
    // Below Staff no archetype applies, though the scores still rank.
    for (const auto& f : ladder::archetype_fits(v, rated("L5", tech_lead_like), *ladder::find_level(v, "L5"))) {
        CHECK_FALSE(f.applies);
    }
}

TEST_CASE("archetype fit meets only with the level's expectations and the archetype's raised ones together", "[decide]") {
    const ladder::ladder_view v = acme;
    const auto l6 = *ladder::find_level(v, "L6");
    const auto fit_of = [&](const std::vector<ladder::archetype_fit>& fits, std::string_view id) {
        for (const auto& f : fits) {
            if (v.archetypes()[f.archetype].id == id) return f;
        }
        FAIL("no fit for " << id);
        return ladder::archetype_fit{};
    };
    // Exactly L6 (coding 4, design 4, delivery 4, operations 4, cross_team 4, strategy 3,
    // mentorship 3, communication 4): every archetype asks more somewhere, so none is met. The
    // scores, worked by hand from the archetypes' own expectations in the default ladder:
    //   tech_lead  delivery 5, mentorship 4              (4 + 3) / (5 + 4)     = 77
    //   architect  design 5, strategy 4                  (4 + 3) / (5 + 4)     = 77
    //   solver     coding 5, design 5                    (4 + 4) / (5 + 5)     = 80
    //   right_hand cross_team 5, strategy 4, comm. 5     (4 + 3 + 4) / 14      = 78
    const auto exact = ladder::archetype_fits(v, rated("L6", expectations_of("L6")), l6);
    const std::vector<ladder::archetype_fit> fits(exact.begin(), exact.end());
    REQUIRE(fits.size() == 4);
    for (const auto& f : fits) CHECK_FALSE(f.meets);
    CHECK(fit_of(fits, "tech_lead").score == 77);
    CHECK(fit_of(fits, "architect").score == 77);
    CHECK(fit_of(fits, "solver").score == 80);
    CHECK(fit_of(fits, "right_hand").score == 78);
    CHECK(v.archetypes()[fits[0].archetype].id == "solver");
    CHECK(v.archetypes()[fits[1].archetype].id == "right_hand");

    // The architect's own asks met in full (score 100) but the level's coding short by one: the
    // archetype adds to the level, it does not replace it, so it is not met.
    auto architect_short = expectations_of("L6");
    architect_short[1] = 5;  // design
    architect_short[5] = 4;  // strategy
    architect_short[0] = 3;  // coding, L6 expects 4
    const auto short_fits = ladder::archetype_fits(v, rated("L6", architect_short), l6);
    const auto architect = fit_of(std::vector<ladder::archetype_fit>(short_fits.begin(), short_fits.end()), "architect");
    CHECK(architect.score == 100);
    CHECK_FALSE(architect.meets);
}

TEST_CASE("many people judged into caller storage agree with readiness, from several threads", "[decide][batch]") {
    const ladder::ladder_view v = acme;
    const auto table = ladder::move_table::make(v).value();
    std::mt19937 rng(5);
    std::vector<ladder::person> people;
    std::vector<ladder::level_ref> targets;
    const char* const from[] = {"L4", "L5", "L6", "M1"};
    const char* const to[] = {"L5", "L6", "L7", "M1", "L5"};
    for (int i = 0; i != 800; ++i) {
        std::vector<int> r;
        for (int c = 0; c != 8; ++c) r.push_back(2 + static_cast<int>(rng() % 4));
        people.push_back(rated(from[rng() % 4], r, 1 + static_cast<int>(rng() % 3), static_cast<int>(rng() % 30)));
        targets.push_back(*ladder::find_level(v, to[rng() % 5]));
    }
    std::vector<std::optional<ladder::verdict>> one(people.size()), four(people.size());
    ladder::judge(table, people, targets, one);
    int passed = 0;
    for (std::size_t i = 0; i != people.size(); ++i) {
        REQUIRE(one[i].has_value());
        REQUIRE(*one[i] == ladder::readiness(v, people[i], targets[i])->result());
        passed += *one[i] == ladder::verdict::pass;
    }
    CHECK(passed > 0);
    CHECK(passed < static_cast<int>(people.size()));

    // Four threads, one table, each its own quarter of the people and of the storage.
    std::vector<std::thread> threads;
    const std::size_t quarter = people.size() / 4;
    for (std::size_t t = 0; t != 4; ++t) {
        threads.emplace_back([&, t] {
            const std::size_t first = t * quarter;
            ladder::judge(table, std::span<const ladder::person>(people).subspan(first, quarter),
                          std::span<const ladder::level_ref>(targets).subspan(first, quarter),
                          std::span<std::optional<ladder::verdict>>(four).subspan(first, quarter));
        });
    }
    for (auto& t : threads) t.join();
    CHECK(four == one);
}

TEST_CASE("the way back through a two-way switch is judged by the level it returns to", "[decide]") {
    const ladder::ladder_view v = acme;
    // A manager whose technical ratings fell below Staff: the way back to L6 is not yet open,
    // though they meet M1 (the switch's other end).
    const auto manager = rated("M1", expectations_of("M1"), 2);
    const auto back = ladder::readiness(v, manager, "L6").value();
    CHECK(back.defined);
    CHECK(back.kind == ladder::transition_kind::switch_track);
    CHECK(back.outcome.guard.text() == "meets(L6)");
    CHECK(back.result() == ladder::verdict::fail);
    const auto table = ladder::move_table::make(v).value();
    CHECK(table.check(manager, *ladder::find_level(v, "L6")).value() == ladder::verdict::fail);
    // And the ladder's own test blocks judge the way back the same way.
    const auto file = ladder::load(std::string(ladder::presets::engineering_source()) + R"(
test "a manager whose coding slipped does not switch back yet" {
  person {
    level M1
    cycle 2026H2 { coding 3 design 3 delivery 4 operations 3 cross_team 3 strategy 2 mentorship 4 communication 4 }
  }
  expect switch L6 fail
}
)");
    REQUIRE(file.ok());
    CHECK(ladder::run_tests(*file).ok());
}
