#include <ladder/ladder.hpp>

#include "catch.hpp"

// Every validation rule has a case that triggers it; the base ladder triggers none.

namespace {

using code = ladder::diagnostic_code;

constexpr ladder::builder base() {
    ladder::builder b("Base", "1");
    b.scale("s", "Points", {{1, "basic", "Basic"}, {2, "good", "Good"}, {3, "great", "Great"}});
    b.category("craft", "Craft");
    b.competency("coding", "Coding", "craft");
    b.competency("design", "Design", "craft");
    b.track("ic", "IC");
    b.track("mgr", "Management", ladder::track_kind::management);
    b.level("E1", "Engineer", "ic").scope(ladder::scope::task).band(100, 150, "USD").expect({{"coding", 1}, {"design", 1}});
    b.level("E2", "Engineer II", "ic").scope(ladder::scope::feature).band(140, 200, "USD").expect({{"coding", 2}, {"design", 2}});
    b.level("E3", "Senior", "ic").scope(ladder::scope::team).band(190, 260, "USD").expect({{"coding", 3}, {"design", 3}});
    b.level("M1", "Manager", "mgr").scope(ladder::scope::team).band(180, 250, "USD").expect({{"coding", 2}, {"design", 3}});
    b.equivalent("M1", "E2", "E3");
    b.archetype("arch", "Architect", "E2").expect({{"design", 3}});
    b.promote("E1", "E2").promote("E2", "E3");
    b.switch_track("E3", "M1", ladder::direction::both_ways);
    b.step_back("M1", "E2", ladder::pay_policy::top_of_band);
    return b;
}

ladder::diagnostic_list findings(ladder::builder& b) { return ladder::validate(b.view()); }

// The one finding a case expects, and nothing else.
const ladder::diagnostic& only(const ladder::diagnostic_list& found, code c) {
    INFO(found.to_string());
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].code == c);
    return found[0];
}

constexpr bool base_is_clean() {
    auto b = base();
    return ladder::validate(b.view()).empty();
}

constexpr bool duplicate_level_is_an_error_at_compile_time() {
    auto b = base();
    b.level("E2", "Again", "ic").expect({{"coding", 3}, {"design", 3}});
    const auto found = ladder::validate(b.view());
    return !found.ok() && found.contains(code::duplicate_id);
}

}  // namespace

TEST_CASE("the base ladder is clean", "[validate]") {
    STATIC_REQUIRE(base_is_clean());
    STATIC_REQUIRE(duplicate_level_is_an_error_at_compile_time());
}

TEST_CASE("duplicate ids", "[validate]") {
    SECTION("a level") {
        auto b = base();
        b.level("E2", "Again", "ic").band(250, 300, "USD").expect({{"coding", 3}, {"design", 3}});
        const auto d = only(findings(b), code::duplicate_id);
        CHECK(d.about == ladder::entity::level);
        CHECK(d.subject == "E2");
        CHECK(d.severity == ladder::severity::error);
    }
    SECTION("a competency") {
        auto b = base();
        b.competency("design", "Design again", "craft");
        const auto found = findings(b);
        CHECK(found.count(code::duplicate_id) == 1);
    }
    SECTION("a scale point") {
        auto b = base();
        b.scale("t", "Other", {{1, "low", "Low"}, {2, "low", "Also low"}});
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::scale_point);
    }
    // Every other table, each once: the later row is the one reported, the earlier one stands.
    SECTION("a scale") {
        auto b = base();
        b.scale("s", "Again", {{1, "one", "One"}});
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::scale);
    }
    SECTION("a category") {
        auto b = base();
        b.category("craft", "Again");
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::category);
    }
    SECTION("a track") {
        auto b = base();
        b.track("ic", "Again");
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::track);
    }
    SECTION("an archetype") {
        auto b = base();
        b.archetype("arch", "Again", "E3").expect({{"design", 3}});
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::archetype);
    }
    SECTION("an attribute") {
        auto b = base();
        b.attribute("open", ladder::attribute_type::boolean).attribute("open", ladder::attribute_type::number);
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::attribute);
    }
    SECTION("a named rule") {
        auto b = base();
        b.rule("strong", "coding >= 2").rule("strong", "coding >= 3");
        CHECK(only(findings(b), code::duplicate_id).about == ladder::entity::rule);
    }
    SECTION("every later row of an id, in the order the rows were declared") {
        auto b = base();
        b.track("x", "X").track("y", "Y").track("y", "Y again").track("x", "X again").track("x", "X once more");
        const auto found = findings(b);
        REQUIRE(found.count(code::duplicate_id) == 3);
        CHECK(found[0].subject == "y");
        CHECK(found[1].subject == "x");
        CHECK(found[2].subject == "x");
    }
}

TEST_CASE("unknown references", "[validate]") {
    SECTION("a track, with a did-you-mean") {
        auto b = base();
        b.level("E4", "Staff", "icc").expect({{"coding", 3}, {"design", 3}});
        const auto d = only(findings(b), code::unknown_reference);
        CHECK(d.about == ladder::entity::track);
        CHECK(d.subject == "icc");
        CHECK(d.other == "E4");
        CHECK(d.suggestion == "ic");
    }
    SECTION("a competency in an expectation") {
        auto b = base();
        b.archetype("fast", "Fast", "E3").expect({{"codng", 3}});
        const auto d = only(findings(b), code::unknown_reference);
        CHECK(d.about == ladder::entity::competency);
        CHECK(d.suggestion == "coding");
    }
    SECTION("a competency in a level's list: no echo as a missing expectation") {
        auto b = base();
        b.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}, {"desgin", 3}});
        const auto d = only(findings(b), code::unknown_reference);
        CHECK(d.suggestion == "design");
    }
    SECTION("a level in a transition") {
        auto b = base();
        b.promote("E3", "E9");
        CHECK(only(findings(b), code::unknown_reference).subject == "E9");
    }
}

TEST_CASE("ranks must be strictly ordered on a track", "[validate]") {
    auto b = base();
    b.level("E2b", "Engineer II too", "ic").rank(2).band(140, 200, "USD").expect({{"coding", 2}, {"design", 2}});
    const auto d = only(findings(b), code::duplicate_rank);
    CHECK(d.subject == "E2b");
    CHECK(d.other == "E2");
    CHECK(d.actual == 2);
}

TEST_CASE("an expectation that decreases up a track is judged by the ladder's policy", "[validate]") {
    const auto with_policy = [](ladder::check_level level) {
        auto b = base();
        b.policy(ladder::ladder_policy{level, ladder::check_level::warning, 50});
        b.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}, {"design", 2}});
        return findings(b);
    };
    const auto as_error = with_policy(ladder::check_level::error);
    const auto d = only(as_error, code::decreasing_expectation);
    CHECK(d.severity == ladder::severity::error);
    CHECK(d.subject == "E4");
    CHECK(d.other == "E3");
    CHECK(d.actual == 2);
    CHECK(d.expected == 3);
    CHECK(only(with_policy(ladder::check_level::warning), code::decreasing_expectation).severity ==
          ladder::severity::warning);
    CHECK(with_policy(ladder::check_level::off).empty());
}

TEST_CASE("a rating outside its scale", "[validate]") {
    auto b = base();
    b.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}, {"design", 7}});
    const auto d = only(findings(b), code::rating_off_scale);
    CHECK(d.other == "design");
    CHECK(d.actual == 7);
}

TEST_CASE("pay bands", "[validate]") {
    SECTION("inverted") {
        auto b = base();
        b.level("E4", "Staff", "ic").band(320, 250, "USD").expect({{"coding", 3}, {"design", 3}});
        CHECK(only(findings(b), code::inverted_band).subject == "E4");
    }
    SECTION("decreasing up a track") {
        auto b = base();
        b.level("E4", "Staff", "ic").band(150, 300, "USD").expect({{"coding", 3}, {"design", 3}});
        const auto d = only(findings(b), code::decreasing_band);
        CHECK(d.other == "E3");
        CHECK(d.actual == 150);
        CHECK(d.expected == 190);
    }
    SECTION("overlapping the next band more than the ladder allows") {
        auto b = base();
        b.level("E4", "Staff", "ic").band(200, 300, "USD").expect({{"coding", 3}, {"design", 3}});
        const auto d = only(findings(b), code::overlapping_bands);
        CHECK(d.severity == ladder::severity::warning);
        CHECK(d.actual == 85);  // 60 of E3's 70-wide band
        CHECK(d.expected == 50);

        auto tolerant = base();
        tolerant.policy(ladder::ladder_policy{ladder::check_level::error, ladder::check_level::warning, 90});
        tolerant.level("E4", "Staff", "ic").band(200, 300, "USD").expect({{"coding", 3}, {"design", 3}});
        CHECK(findings(tolerant).empty());
    }
    SECTION("in different currencies") {
        auto b = base();
        b.level("E4", "Staff", "ic").band(250, 320, "EUR").expect({{"coding", 3}, {"design", 3}});
        CHECK(only(findings(b), code::mixed_band_currencies).severity == ladder::severity::warning);
    }
}

TEST_CASE("inconsistent equivalences", "[validate]") {
    const auto reason_for = [](auto add) {
        auto b = base();
        add(b);
        const auto d = only(findings(b), code::inconsistent_equivalence);
        return d.actual;
    };
    CHECK(reason_for([](ladder::builder& b) { b.equivalent("M1", "E1", "M1"); }) == 0);
    CHECK(reason_for([](ladder::builder& b) { b.equivalent("M1", "E3", "E1"); }) == 1);
    CHECK(reason_for([](ladder::builder& b) { b.equivalent("E1", "E2", "E3"); }) == 2);
    CHECK(reason_for([](ladder::builder& b) {
              b.level("M2", "Director", "mgr").scope(ladder::scope::org).band(240, 320, "USD")
                  .expect({{"coding", 2}, {"design", 3}});
              b.equivalent("M2", "E1", "E2");  // above M1, yet below M1's range
          }) == 3);
}

TEST_CASE("an archetype that applies to no level", "[validate]") {
    SECTION("its range runs downwards") {
        auto b = base();
        b.archetype("odd", "Odd", "E3", "E1");
        CHECK(only(findings(b), code::archetype_without_level).subject == "odd");
    }
    SECTION("it names no level") {
        auto b = base();
        b.archetype("none", "Nowhere", "");
        CHECK(only(findings(b), code::archetype_without_level).subject == "none");
    }
}

TEST_CASE("a switch with no way back is a one-way door", "[validate]") {
    auto b = base();
    b.switch_track("E2", "M1");
    const auto d = only(findings(b), code::one_way_switch);
    CHECK(d.severity == ladder::severity::warning);

    auto both = base();
    both.switch_track("E2", "M1").switch_track("M1", "E2");
    CHECK(findings(both).empty());
}

TEST_CASE("a level with no expectation for some competency is judged by policy", "[validate]") {
    auto b = base();
    b.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}});
    const auto d = only(findings(b), code::missing_expectation);
    CHECK(d.severity == ladder::severity::warning);
    CHECK(d.other == "design");

    auto quiet = base();
    quiet.policy(ladder::ladder_policy{ladder::check_level::error, ladder::check_level::off, 50});
    quiet.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}});
    CHECK(findings(quiet).empty());
}

TEST_CASE("scales", "[validate]") {
    SECTION("empty") {
        auto b = base();
        b.scale("empty", "Empty", {});
        CHECK(only(findings(b), code::empty_scale).subject == "empty");
    }
    SECTION("not in increasing order") {
        auto b = base();
        b.scale("mixed", "Mixed", {{1, "a", "A"}, {3, "c", "C"}, {2, "b", "B"}});
        const auto d = only(findings(b), code::unordered_scale);
        CHECK(d.other == "b");
        CHECK(d.actual == 2);
        CHECK(d.expected == 3);
    }
    SECTION("none for a competency to use") {
        ladder::builder b("No scale");
        b.category("c", "C");
        b.competency("x", "X", "c");
        b.track("t", "T");
        b.level("A", "A", "t");
        const auto found = findings(b);
        CHECK(found.contains(code::no_default_scale));
        CHECK_FALSE(found.ok());
    }
}

TEST_CASE("one competency expected twice by one level", "[validate]") {
    auto b = base();
    b.level("E4", "Staff", "ic").band(250, 320, "USD").expect({{"coding", 3}, {"design", 3}, {"coding", 3}});
    CHECK(only(findings(b), code::duplicate_expectation).other == "coding");
}

TEST_CASE("transitions go where their kind says", "[validate]") {
    SECTION("a promotion downward") {
        auto b = base();
        b.promote("E3", "E1");
        CHECK(only(findings(b), code::promotion_not_upward).subject == "E3");
    }
    SECTION("a promotion to another track") {
        auto b = base();
        b.promote("E2", "M1");
        CHECK(only(findings(b), code::promotion_not_upward).other == "M1");
    }
    SECTION("a step back upward") {
        auto b = base();
        b.step_back("E1", "E3");
        CHECK(only(findings(b), code::step_back_not_downward).subject == "E1");
    }
    SECTION("a switch within one track") {
        auto b = base();
        b.switch_track("E1", "E2", ladder::direction::both_ways);
        CHECK(only(findings(b), code::switch_within_track).subject == "E1");
    }
    SECTION("a switch between levels no equivalence relates") {
        auto b = base();
        b.switch_track("E1", "M1", ladder::direction::both_ways);
        CHECK(only(findings(b), code::switch_without_equivalence).severity == ladder::severity::warning);
    }
    SECTION("a step back paid by a band the target lacks") {
        auto b = base();
        b.level("A1", "Apprentice", "ic").rank(0).expect({{"coding", 1}, {"design", 1}});
        b.step_back("E1", "A1", ladder::pay_policy::top_of_band);
        CHECK(only(findings(b), code::pay_policy_without_band).other == "A1");
    }
}

TEST_CASE("a ladder with no level", "[validate]") {
    ladder::builder b("Empty");
    b.scale("s", "S", {{1, "one", "One"}});
    const auto d = only(findings(b), code::no_levels);
    CHECK(d.severity == ladder::severity::warning);
}
