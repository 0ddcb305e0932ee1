#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>
#include <vector>

namespace {

// A small company ladder, built in C++ and used in constant expressions and at runtime.
constexpr ladder::builder small_company() {
    ladder::builder b("Small Co", "3");
    b.scale("points", "Points", {{1, "basic", "Basic"}, {2, "good", "Good"}, {3, "great", "Great"}});
    b.category("craft", "Craft");
    b.category("people", "People");
    b.competency("coding", "Coding", "craft");
    b.competency("mentoring", "Mentoring", "people");
    b.track("eng", "Engineering");
    b.track("mgr", "Management", ladder::track_kind::management);
    // Declared out of rank order and before the track is known: both are fine.
    b.level("E3", "Senior Engineer", "eng").rank(3).scope(ladder::scope::team).career().band(150, 200, "EUR")
        .expect({{"coding", 3}, {"mentoring", 2}});
    b.level("E1", "Engineer", "eng").rank(1).scope(ladder::scope::task).band(90, 120, "EUR").typical_months(18)
        .expect({{"coding", 1}, {"mentoring", 1}});
    b.level("E2", "Engineer II", "eng").rank(2).scope(ladder::scope::feature).band(110, 160, "EUR")
        .expect({{"coding", 2}, {"mentoring", 1}});
    b.level("M1", "Manager", "mgr").scope(ladder::scope::team).band(160, 210, "EUR")
        .expect({{"coding", 2}, {"mentoring", 3}});
    b.equivalent("M1", "E3");
    b.archetype("builder", "Builder", "E3").expect({{"coding", 3}, {"mentoring", 3}});
    b.promote("E1", "E2").promote("E2", "E3");
    b.switch_track("E3", "M1", ladder::direction::both_ways);
    b.step_back("M1", "E3", ladder::pay_policy::top_of_band);
    return b;
}

constexpr auto small = ladder::freeze([] { return small_company(); });

}  // namespace

TEST_CASE("a compile-time ladder has arrays sized by its data", "[model][static]") {
    STATIC_REQUIRE(decltype(small)::sizes().levels == 4);
    STATIC_REQUIRE(decltype(small)::sizes().expectations == 10);
    STATIC_REQUIRE(decltype(small)::sizes().scale_points == 3);
    STATIC_REQUIRE(small.view().name() == "Small Co");
    STATIC_REQUIRE(small.view().version() == "3");
    STATIC_REQUIRE(ladder::validate(small).ok());
}

TEST_CASE("compile-time lookups give typed handles", "[model][static]") {
    constexpr auto senior = small.level("E3");
    constexpr auto coding = small.competency("coding");
    constexpr auto eng = small.track("eng");
    STATIC_REQUIRE(small.view()[senior].title == "Senior Engineer");
    STATIC_REQUIRE(small.view()[senior].track.index == eng.index());
    STATIC_REQUIRE(small.view()[coding].name == "Coding");
    STATIC_REQUIRE(small.view()[small.category("people")].name == "People");
    STATIC_REQUIRE(small.view()[small.scale("points")].point_count == 3);
    STATIC_REQUIRE(small.view()[small.archetype("builder")].from.index == senior.index());
}

TEST_CASE("levels get ranks in declaration order unless given", "[model][builder]") {
    constexpr auto l = ladder::freeze([] {
        ladder::builder b("Ranks");
        b.scale("s", "S", {{1, "one", "One"}});
        b.category("c", "C");
        b.competency("x", "X", "c");
        b.track("t", "T");
        b.level("A", "A", "t").expect({{"x", 1}});
        b.level("B", "B", "t").expect({{"x", 1}});
        b.level("D", "D", "t").rank(10).expect({{"x", 1}});
        b.level("E", "E", "t").expect({{"x", 1}});
        return b;
    });
    STATIC_REQUIRE(l.view()[l.level("A")].rank == 1);
    STATIC_REQUIRE(l.view()[l.level("B")].rank == 2);
    STATIC_REQUIRE(l.view()[l.level("D")].rank == 10);
    STATIC_REQUIRE(l.view()[l.level("E")].rank == 11);
}

TEST_CASE("expectations set on levels in any order stay with their level", "[model][builder]") {
    ladder::builder b("Interleaved");
    b.scale("s", "S", {{1, "one", "One"}, {2, "two", "Two"}});
    b.category("c", "C");
    b.competency("x", "X", "c");
    b.competency("y", "Y", "c");
    b.track("t", "T");
    auto first = b.level("A", "A", "t");
    auto second = b.level("B", "B", "t");
    second.expect({{"x", 2}});
    first.expect({{"x", 1}});
    second.expect({{"y", 2}});
    first.expect({{"y", 1}});
    const auto v = b.view();
    const auto a = *ladder::find_level(v, "A");
    const auto bb = *ladder::find_level(v, "B");
    const auto x = *ladder::find_competency(v, "x");
    const auto y = *ladder::find_competency(v, "y");
    CHECK(ladder::expected(v, a, x) == 1);
    CHECK(ladder::expected(v, a, y) == 1);
    CHECK(ladder::expected(v, bb, x) == 2);
    CHECK(ladder::expected(v, bb, y) == 2);
    CHECK(v.expectations_of(v[a]).size() == 2);
    CHECK(v.expectations_of(v[bb]).size() == 2);
}

TEST_CASE("runtime lookups return a handle or a did-you-mean", "[model][lookup]") {
    auto b = small_company();
    const auto built = ladder::build(b);
    REQUIRE(built.ok());
    const ladder::runtime_ladder& l = *built;

    const auto found = ladder::find_level(l, "E2");
    REQUIRE(found.ok());
    CHECK(l.view()[*found].title == "Engineer II");

    const auto typo = ladder::find_competency(l, "mentorng");
    REQUIRE_FALSE(typo.ok());
    REQUIRE(typo.diagnostics().size() == 1);
    const auto& d = typo.diagnostics()[0];
    CHECK(d.code == ladder::diagnostic_code::unknown_id);
    CHECK(d.suggestion == "mentoring");
    CHECK(d.message() == "no competency has the id 'mentorng' (did you mean 'mentoring'?)");

    const auto unrelated = ladder::find_track(l, "finance");
    REQUIRE_FALSE(unrelated.ok());
    CHECK(unrelated.diagnostics()[0].suggestion.empty());
}

TEST_CASE("an archetype's overrides win over its level's expectations", "[model][expectations]") {
    constexpr auto senior = small.level("E3");
    constexpr auto builder_arch = small.archetype("builder");
    constexpr auto mentoring = small.competency("mentoring");
    constexpr auto coding = small.competency("coding");
    STATIC_REQUIRE(ladder::expected(small, senior, mentoring) == 2);
    STATIC_REQUIRE(ladder::expected(small, senior, builder_arch, mentoring) == 3);
    STATIC_REQUIRE(ladder::expected(small, senior, builder_arch, coding) == 3);

    const auto effective = ladder::expectations(small, senior, builder_arch);
    REQUIRE(effective.size() == 2);
    CHECK(effective[0].competency.id == "coding");
    CHECK(effective[0].minimum == 3);
    CHECK(effective[1].competency.id == "mentoring");
    CHECK(effective[1].minimum == 3);
    CHECK(ladder::expectations(small, senior).size() == 2);
    CHECK(ladder::expectations(small, senior)[1].minimum == 2);
}

TEST_CASE("an archetype applies from its level upward on its track", "[model][expectations]") {
    constexpr auto builder_arch = small.archetype("builder");
    STATIC_REQUIRE(ladder::applies_to(small, builder_arch, small.level("E3")));
    STATIC_REQUIRE_FALSE(ladder::applies_to(small, builder_arch, small.level("E2")));
    STATIC_REQUIRE_FALSE(ladder::applies_to(small, builder_arch, small.level("M1")));
}

TEST_CASE("a runtime ladder owns its strings", "[model][runtime]") {
    std::vector<std::string> ids = {"craftsmanship-and-quality", "ic-track-for-engineers", "level-one-engineer"};
    std::string name = "A ladder whose name is too long for any small-string buffer";
    ladder::builder b(name, "1");
    b.scale("s", "S", {{1, "one", "One"}});
    b.category(ids[0], "Craft");
    b.competency("x", "X", ids[0]);
    b.track(ids[1], "IC");
    b.level(ids[2], "One", ids[1]).expect({{"x", 1}});
    auto built = ladder::build(b);
    REQUIRE(built.ok());
    ladder::runtime_ladder l = *built;

    // Overwrite everything the builder viewed: the ladder keeps its own copies.
    for (auto& s : ids) s.assign(s.size(), '#');
    name.assign(name.size(), '#');
    CHECK(l.view().name() == "A ladder whose name is too long for any small-string buffer");
    CHECK(l.view().levels()[0].id == "level-one-engineer");
    CHECK(l.view().levels()[0].track.id == "ic-track-for-engineers");
    CHECK(l.view().competencies()[0].category.id == "craftsmanship-and-quality");
    CHECK(ladder::find_level(l, "level-one-engineer").ok());

    const ladder::runtime_ladder copy = l;
    CHECK(ladder::equal(copy, l));
}

TEST_CASE("compile-time and runtime ladders from one builder are equal", "[model][runtime][static]") {
    auto b = small_company();
    const auto runtime = ladder::build(b).value();
    CHECK(ladder::equal(small, runtime));
    CHECK(runtime.sizes() == decltype(small)::sizes());

    auto changed = small_company();
    changed.level("E4", "Staff", "eng").scope(ladder::scope::multi_team).expect({{"coding", 3}, {"mentoring", 3}});
    const auto other = ladder::build(changed).value();
    CHECK_FALSE(ladder::equal(small, other));
}

TEST_CASE("building an invalid ladder gives its errors and no ladder", "[model][runtime]") {
    ladder::builder b("Broken");
    b.scale("s", "S", {{1, "one", "One"}});
    b.category("c", "C");
    b.competency("x", "X", "c");
    b.track("t", "T");
    b.level("A", "A", "tt").expect({{"x", 1}});
    const auto built = ladder::build(b);
    REQUIRE_FALSE(built.ok());
    CHECK(built.diagnostics().contains(ladder::diagnostic_code::unknown_reference));
    CHECK(built.diagnostics().to_string().find("unknown track 'tt', referred to by 'A' (did you mean 't'?)") !=
          std::string::npos);
}

TEST_CASE("a runtime ladder stays whole when copied or moved or assigned", "[model][runtime]") {
    // Short strings: the whole text fits a small-string buffer, whose bytes move with the object.
    const auto make = [] {
        ladder::builder b("S", "1");
        b.scale("s", "S", {{1, "a", "A"}});
        b.category("c", "C");
        b.competency("x", "X", "c");
        b.track("t", "T");
        b.level("A", "A", "t").expect({{"x", 1}});
        return ladder::build(b).value();
    };
    const auto check = [](const ladder::runtime_ladder& l) {
        CHECK(l.view().name() == "S");
        CHECK(l.view().levels()[0].id == "A");
        CHECK(l.view().levels()[0].track.id == "t");
        CHECK(ladder::find_level(l, "A").ok());
    };
    ladder::runtime_ladder moved = make();
    check(moved);
    ladder::runtime_ladder assigned = make();
    {
        ladder::runtime_ladder source = make();
        assigned = std::move(source);
    }
    check(assigned);
    {
        const ladder::runtime_ladder source = make();
        assigned = source;
    }
    check(assigned);
    std::vector<ladder::runtime_ladder> many;
    for (int i = 0; i != 20; ++i) many.push_back(make());  // reallocation moves each ladder
    for (const auto& l : many) check(l);
}

TEST_CASE("fixed_string holds text usable as a template argument", "[core][fixed_string]") {
    constexpr ladder::fixed_string text = "L6";
    STATIC_REQUIRE(text.size() == 2);
    STATIC_REQUIRE(text.view() == "L6");
    STATIC_REQUIRE(std::string_view(text) == "L6");
}

TEST_CASE("enumerations have the words the text format uses", "[model]") {
    STATIC_REQUIRE(ladder::name_of(ladder::scope::multi_team) == "multi_team");
    STATIC_REQUIRE(ladder::name_of(ladder::track_kind::management) == "management");
    STATIC_REQUIRE(ladder::name_of(ladder::transition_kind::step_back) == "step_back");
    STATIC_REQUIRE(ladder::name_of(ladder::pay_policy::top_of_band) == "top_of_band");
    STATIC_REQUIRE(ladder::name_of(ladder::check_level::warning) == "warning");
    STATIC_REQUIRE(ladder::name_of(ladder::attribute_type::duration) == "duration");
}

TEST_CASE("a level's rank is one above the highest on its track however ranks were set", "[model]") {
    ladder::builder b("Ranks");
    b.track("t", "T").track("u", "U");
    b.level("A", "A", "t");
    b.level("B", "B", "t").rank(10);
    b.level("C", "C", "u");
    b.level("D", "D", "t");
    b.level("E", "E", "t").rank(3);  // set below the highest: the highest is read again (D's 11)
    b.level("F", "F", "t");
    b.level("G", "G", "t").rank(2147483647);
    b.level("H", "H", "t");  // no rank above the largest: the same, reported as a duplicate rank
    const auto v = b.view();
    std::vector<std::int32_t> ranks;
    for (const auto& l : v.levels()) ranks.push_back(l.rank);
    CHECK(ranks == std::vector<std::int32_t>{1, 10, 1, 11, 3, 12, 2147483647, 2147483647});
    CHECK(ladder::validate(v).contains(ladder::diagnostic_code::duplicate_rank));
}
