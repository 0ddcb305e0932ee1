#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>  // to_cpp_header; the single-header build has this one
#include <ladder_data/engineering.hpp>
#include <ladder_data/five_axes.hpp>
#include <ladder_data/hostile.hpp>
#include <ladder_data/product_company.hpp>
#include <ladder_data/snowflake.hpp>

#include "catch.hpp"

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

// Headers written by `ladder embed` (ladder_embed() in tests/CMakeLists.txt): the ladder's
// tables spelled out row by row. They must hold exactly what the same file loaded at runtime
// holds, places and compiled conditions included, whatever bytes its strings hold.

namespace {

template <class Row>
std::size_t differing_rows(ladder::row_span<Row> embedded, ladder::row_span<Row> loaded) {
    if (embedded.size() != loaded.size()) return embedded.size() + loaded.size() + 1;
    std::size_t differing = 0;
    for (std::size_t i = 0; i != embedded.size(); ++i) differing += embedded[i] == loaded[i] ? 0 : 1;
    return differing;
}

/// Every table, row by row, with operator== (positions count, unlike ladder::equal).
void require_same_tables(const ladder::ladder_view& e, const ladder::ladder_view& l) {
    CHECK(e.info() == l.info());
    CHECK(differing_rows(e.scales(), l.scales()) == 0);
    CHECK(differing_rows(e.scale_points(), l.scale_points()) == 0);
    CHECK(differing_rows(e.categories(), l.categories()) == 0);
    CHECK(differing_rows(e.competencies(), l.competencies()) == 0);
    CHECK(differing_rows(e.tracks(), l.tracks()) == 0);
    CHECK(differing_rows(e.levels(), l.levels()) == 0);
    CHECK(differing_rows(e.expectations(), l.expectations()) == 0);
    CHECK(differing_rows(e.notes(), l.notes()) == 0);
    CHECK(differing_rows(e.equivalences(), l.equivalences()) == 0);
    CHECK(differing_rows(e.groups(), l.groups()) == 0);
    CHECK(differing_rows(e.archetypes(), l.archetypes()) == 0);
    CHECK(differing_rows(e.titles(), l.titles()) == 0);
    CHECK(differing_rows(e.transitions(), l.transitions()) == 0);
    CHECK(differing_rows(e.attributes(), l.attributes()) == 0);
    CHECK(differing_rows(e.rules(), l.rules()) == 0);
    CHECK(differing_rows(e.advisories(), l.advisories()) == 0);
    CHECK(differing_rows(e.tests(), l.tests()) == 0);
    CHECK(differing_rows(e.test_facts(), l.test_facts()) == 0);
    CHECK(differing_rows(e.test_checks(), l.test_checks()) == 0);
    CHECK(differing_rows(e.conditions(), l.conditions()) == 0);
    CHECK(differing_rows(e.condition_nodes(), l.condition_nodes()) == 0);
    CHECK(e.condition_text() == l.condition_text());
}

std::string data_file(const char* name) { return std::string(LADDER_DATA_DIR) + "/" + name; }

}  // namespace

TEST_CASE("an embedded ladder holds every row of its file loaded at runtime with places and conditions", "[embed]") {
    const auto check = [](const std::string& path, const ladder::ladder_view& embedded, std::string_view embedded_text) {
        INFO(path);
        const auto text = ladder::read_file(path);
        REQUIRE(text.ok());
        CHECK(embedded_text == *text);  // NAME_text: the file's bytes, CR, UTF-8 and all
        const auto loaded = ladder::load(*text, path);
        REQUIRE(loaded.ok());
        // Non-empty: a comparison of empty tables would prove nothing.
        REQUIRE(!loaded->view().levels().empty());
        REQUIRE(!loaded->view().condition_nodes().empty());
        require_same_tables(embedded, *loaded);
    };
    check(data_file("engineering.ladder"), ladder_data::engineering, ladder_data::engineering_text);
    check(data_file("five_axes.ladder"), ladder_data::five_axes, ladder_data::five_axes_text);
    check(data_file("product_company.ladder"), ladder_data::product_company, ladder_data::product_company_text);
    check(data_file("snowflake.ladder"), ladder_data::snowflake, ladder_data::snowflake_text);
    check(std::string(LADDER_TEST_DIR) + "/unit/hostile_strings.ladder", ladder_test::data::hostile, ladder_test::data::hostile_text);
}

TEST_CASE("an embedded ladder is a compile-time ladder with checked lookups", "[embed]") {
    constexpr const auto& h = ladder_test::data::hostile;
    STATIC_REQUIRE(ladder::validate(h).ok());
    STATIC_REQUIRE(ladder::equal(ladder_data::engineering, ladder::presets::engineering()));
    // Strings come back byte for byte: backslashes, quotes, ??= (once a trigraph), UTF-8.
    STATIC_REQUIRE(h.view().name() == R"(Acme \ backslash ??= ??/ */ /* end)");
    STATIC_REQUIRE(h.view().version() == R"(v"2")");
    STATIC_REQUIRE(h.view().categories()[0].name == "Cat\xC3\xA9gorie \xE2\x9C\x93 \xF0\x9F\x92\xA1");
    STATIC_REQUIRE(h.view()[h.competency("x")].description == R"(ends with a backslash \)");
    STATIC_REQUIRE(h.view()[h.level("L1")].band->minimum == -999'999'999'999);
    // Its conditions run as compiled: the rules' verdicts and the tests' outcomes.
    const auto tests = ladder::run_tests(h);
    CHECK(tests.passed() == 2);
    CHECK(tests.failed() == 0);
    const auto snowflake_tests = ladder::run_tests(ladder_data::snowflake);
    CHECK(snowflake_tests.passed() == 33);
    CHECK(snowflake_tests.failed() == 0);
}

TEST_CASE("the header writer takes only C++ identifiers for the name and the namespace", "[embed]") {
    const ladder::ladder_view v = ladder_data::product_company;
    const auto options = [](std::string_view name, std::string_view name_space = "ladder_data") {
        ladder::cpp_header_options o;
        o.name = name;
        o.name_space = name_space;
        return o;
    };
    // The names refused (without exceptions, to_cpp_header prints the reason and aborts).
    for (std::string_view bad : {"", "1st", "a-b", "class", "a__b", "_Reserved", "naïve", "a b", "trailing_"}) {
        INFO(bad);
        CHECK(!ladder::detail::cpp_ladder_name(bad));
#if LADDER_HAS_EXCEPTIONS
        CHECK_THROWS_AS(ladder::to_cpp_header(v, options(bad)), std::invalid_argument);
#endif
    }
    for (std::string_view bad : {"", "a::", "::a", "a::1", "a:b", "a::::b", "std::int"}) {
        INFO(bad);
        CHECK(!ladder::detail::cpp_namespace(bad));
#if LADDER_HAS_EXCEPTIONS
        CHECK_THROWS_AS(ladder::to_cpp_header(v, options("ok", bad)), std::invalid_argument);
#endif
    }
    for (std::string_view good : {"a", "acme_2026", "_lower", "A1"}) CHECK(ladder::detail::cpp_ladder_name(good));
    for (std::string_view good : {"a", "acme::hr", "a::b::c"}) CHECK(ladder::detail::cpp_namespace(good));
    const std::string header = ladder::to_cpp_header(v, options("company", "acme::hr"));
    CHECK(header.find("namespace acme::hr {") != std::string::npos);
    CHECK(header.find("inline constexpr auto company = ") != std::string::npos);
    // Without the source, no NAME_text is declared.
    CHECK(header.find("company_text") == std::string::npos);
}

// The writer's own text survives the single header's generation (which once took the
// `#include` lines inside these string literals for includes of its own).
TEST_CASE("the header writer's directives are written as they are in every build of the library", "[embed]") {
    const ladder::ladder_view v = ladder_data::product_company;
    ladder::cpp_header_options o;
    o.name = "company";
    const std::string header = ladder::to_cpp_header(v, o);
    CHECK(header.find("\n#pragma once\n#if __has_include(<ladder/model/static_ladder.hpp>)\n#include <ladder/model/static_ladder.hpp>\n#else\n#include <ladder/ladder.hpp>\n#endif\n") !=
          std::string::npos);
    const std::string library = ladder::detail::to_cpp_library_header(v, "presets::detail::x", "a test");
    CHECK(library.starts_with("// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.\n#pragma once\n"));
    CHECK(library.find("\n#include <ladder/core/config.hpp>\n#include <ladder/model/static_ladder.hpp>\n") != std::string::npos);
    CHECK(library.find("\nLADDER_BEGIN_NAMESPACE\nnamespace presets::detail::x {\ntemplate <class = void>\n") != std::string::npos);
}
