#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>

// Reading .ladder text: the constructs, at compile time and at runtime.

namespace {

constexpr auto small = ladder::parse<R"(
# A small ladder with one of each construct.
ladder "Small Co" version "7"
default scale points
policy {
  decreasing_expectations warning
  missing_expectations off
  max_band_overlap 30%
}
scale points "Points" {
  1 basic "Basic"
  2 good "Good"
  3 great "Great"
}
scale yesno "Yes or no" {
  0 no "No"
  1 yes "Yes"
}
category craft "Craft" about "Building"
category people "People"
competency coding "Coding" in craft about "Writes code"
competency oncall "On call" in craft scale yesno
competency mentoring "Mentoring" in people
track eng "Engineering"
track mgr "Management" management
track tpm "Programs" other
attribute open_position : bool
attribute tenure : duration
level E1 "Engineer" on eng scope feature band 100_000..150_000 USD typical 18 months {
  expect coding basic, oncall 0
  expect mentoring 1
}
level E3 "Senior" on eng rank 3 scope team career band 140000..200000 USD typical 2 years {
  expect coding great, oncall yes, mentoring 2
}
level M1 "Manager" on mgr scope team { expect coding 2, oncall 1, mentoring 3 }
level P1 "Program manager" on tpm scope team
equivalent M1 ~ E3
equivalent P1 ~ E1..E3
archetype builder "Builder" from E3 until E3 { expect coding 3, mentoring great }
promote E1 -> E3
switch E3 <-> M1
switch E3 -> P1
switch P1 -> E3
step_back M1 -> E3 pay top_of_band
)">();


}  // namespace

TEST_CASE("every construct reads at compile time", "[text][parse]") {
    constexpr ladder::ladder_view v = small;
    STATIC_REQUIRE(v.name() == "Small Co");
    STATIC_REQUIRE(v.version() == "7");
    STATIC_REQUIRE(v.info().default_scale.id == "points");
    STATIC_REQUIRE(v.policy().decreasing_expectations == ladder::check_level::warning);
    STATIC_REQUIRE(v.policy().missing_expectations == ladder::check_level::off);
    STATIC_REQUIRE(v.policy().max_band_overlap_percent == 30);
    STATIC_REQUIRE(v.scales().size() == 2);
    STATIC_REQUIRE(v.points_of(v.scales()[1])[0].value == 0);
    STATIC_REQUIRE(v.categories()[0].description == "Building");
    STATIC_REQUIRE(v[small.competency("oncall")].scale.id == "yesno");
    STATIC_REQUIRE(v[small.track("mgr")].kind == ladder::track_kind::management);
    STATIC_REQUIRE(v[small.track("tpm")].kind == ladder::track_kind::other);
    STATIC_REQUIRE(v.attributes().size() == 2);
    STATIC_REQUIRE(v.attributes()[1].type == ladder::attribute_type::duration);

    constexpr auto& e1 = v[small.level("E1")];
    STATIC_REQUIRE(e1.rank == 1);
    STATIC_REQUIRE(e1.scope == ladder::scope::feature);
    STATIC_REQUIRE(e1.band->minimum == 100000);
    STATIC_REQUIRE(e1.band->maximum == 150000);
    STATIC_REQUIRE(e1.band->currency == "USD");
    STATIC_REQUIRE(*e1.typical_months == 18);
    STATIC_REQUIRE_FALSE(e1.career);
    constexpr auto& e3 = v[small.level("E3")];
    STATIC_REQUIRE(e3.rank == 3);
    STATIC_REQUIRE(e3.career);
    STATIC_REQUIRE(*e3.typical_months == 24);
    STATIC_REQUIRE_FALSE(v[small.level("P1")].band.has_value());

    // Ratings by scale point id take the point's value, on the competency's own scale.
    STATIC_REQUIRE(*ladder::expected(small, small.level("E1"), small.competency("coding")) == 1);
    STATIC_REQUIRE(*ladder::expected(small, small.level("E3"), small.competency("coding")) == 3);
    STATIC_REQUIRE(*ladder::expected(small, small.level("E3"), small.competency("oncall")) == 1);
    STATIC_REQUIRE(*ladder::expected(small, small.level("E3"), small.archetype("builder"), small.competency("mentoring")) == 3);

    STATIC_REQUIRE(v.equivalences()[1].lowest.id == "E1");
    STATIC_REQUIRE(v.equivalences()[1].highest.id == "E3");
    STATIC_REQUIRE(v[small.archetype("builder")].until.id == "E3");
    STATIC_REQUIRE(v.transitions().size() == 5);
    STATIC_REQUIRE(v.transitions()[1].both_ways);
    STATIC_REQUIRE(v.transitions()[4].pay == ladder::pay_policy::top_of_band);
    STATIC_REQUIRE(ladder::validate(small).empty());
}

TEST_CASE("rows remember the line and column they were written at", "[text][parse]") {
    constexpr ladder::ladder_view v = small;
    STATIC_REQUIRE(v[small.level("E1")].where == ladder::source_position{29, 1});
    STATIC_REQUIRE(v.expectations_of(v[small.level("E1")])[1].where == ladder::source_position{30, 24});
    STATIC_REQUIRE(v.scale_points()[0].where == ladder::source_position{11, 3});
}

TEST_CASE("load() at runtime gives a ladder equal to parse<>() at compile time", "[text][load]") {
    const std::string text = ladder::to_text(small);
    const auto loaded = ladder::load(text, "small.ladder");
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics().empty());
    CHECK(ladder::equal(*loaded, small));
}

namespace {
// The text may also come from a `static constexpr char[]`, as ladder_embed() writes it.
static constexpr char two_levels[] =
    "ladder \"Two\"\nscale s \"S\" { 1 a \"A\" 2 b \"B\" }\ncategory c \"C\"\ncompetency x \"X\" in c\n"
    "track t \"T\"\nlevel A \"A\" on t { expect x a }\nlevel B \"B\" on t { expect x b }\npromote A -> B\n";
constexpr auto from_array = ladder::parse<two_levels>();
}  // namespace

TEST_CASE("parse<>() reads a static constexpr char array too", "[text][parse]") {
    STATIC_REQUIRE(from_array.view().levels().size() == 2);
    STATIC_REQUIRE(*ladder::expected(from_array, from_array.level("B"), from_array.competency("x")) == 2);
    // Views into the text stay valid at runtime.
    CHECK(from_array.view().levels()[1].title == "B");
}
