#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <cstddef>
#include <ranges>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace {

struct row {
    int id;
};
constexpr row table[5] = {{10}, {11}, {12}, {13}, {14}};
constexpr ladder::row_span<row> all(table, 5);

// Whether a range of rows is table[from, from + count), checked with a plain index loop.
constexpr bool covers(ladder::row_span<row> s, std::size_t from, std::size_t count) {
    if (s.size() != count || s.empty() != (count == 0) || s.data() != table + from || s.begin() != table + from) {
        return false;
    }
    if (count != 0 && (&s.front() != table + from || &s.back() != table + from + count - 1)) return false;
    std::size_t seen = 0;
    for (const row& r : s) {
        if (r.id != table[from + seen].id || &s[seen] != &r) return false;
        ++seen;
    }
    return seen == count && s.end() == table + from + count;
}

constexpr std::size_t size_of_span(std::span<const row> s) { return s.size(); }
constexpr const row* data_of_span(std::span<const row> s) { return s.data(); }

constexpr auto acme = ladder::presets::engineering();

}  // namespace

TEST_CASE("row_span is a contiguous borrowed view of const rows", "[core][row_span]") {
    using rows = ladder::row_span<row>;
    STATIC_REQUIRE(std::ranges::contiguous_range<rows>);
    STATIC_REQUIRE(std::ranges::sized_range<rows>);
    STATIC_REQUIRE(std::ranges::borrowed_range<rows>);
    STATIC_REQUIRE(std::ranges::view<rows>);
    STATIC_REQUIRE(std::is_same_v<std::ranges::iterator_t<rows>, const row*>);
    STATIC_REQUIRE(std::is_same_v<std::ranges::range_reference_t<rows>, const row&>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<rows>);
    // Rows are read-only through it, as through a std::span<const T>.
    STATIC_REQUIRE(!std::is_assignable_v<decltype(all[0]), row>);
}

TEST_CASE("row_span reads, slices and converts as std::span<const T> does", "[core][row_span]") {
    STATIC_REQUIRE(covers(all, 0, 5));
    STATIC_REQUIRE(ladder::row_span<row>{}.empty() && ladder::row_span<row>{}.data() == nullptr);
    STATIC_REQUIRE(covers(all.subspan(2), 2, 3));
    STATIC_REQUIRE(covers(all.subspan(1, 3), 1, 3));
    STATIC_REQUIRE(covers(all.subspan(5), 5, 0));
    STATIC_REQUIRE(covers(all.first(2), 0, 2));
    STATIC_REQUIRE(covers(all.last(2), 3, 2));
    STATIC_REQUIRE(covers(all.last(0), 5, 0));
    STATIC_REQUIRE(covers(all.subspan(1, 3).last(1), 3, 1));
    // Wherever a std::span<const T> is asked for, the same rows are given: by the conversion
    // (called by name, and chosen for a const row_span) or by std::span's own constructor from a
    // contiguous range (chosen for a temporary one).
    constexpr ladder::row_span<row> tail = all.subspan(1);
    STATIC_REQUIRE(tail.operator std::span<const row>().data() == table + 1);
    STATIC_REQUIRE(tail.operator std::span<const row>().size() == 4);
    STATIC_REQUIRE(size_of_span(tail) == 4);
    STATIC_REQUIRE(data_of_span(tail) == table + 1);
    STATIC_REQUIRE(size_of_span(all.subspan(1, 2)) == 2);
    STATIC_REQUIRE(data_of_span(all.subspan(1, 2)) == table + 1);
    const std::span<const row> as_span = all.first(3);
    CHECK(as_span.data() == table);
    CHECK(as_span.size() == 3);
}

TEST_CASE("a ladder's view hands out each table as a row_span that converts to std::span", "[core][row_span][model]") {
    constexpr ladder::ladder_view v = acme.view();
    STATIC_REQUIRE(std::is_same_v<decltype(v.levels()), ladder::row_span<ladder::level>>);
    STATIC_REQUIRE(std::is_same_v<decltype(v.expectations_of(v.levels()[0])), ladder::row_span<ladder::expectation>>);
    STATIC_REQUIRE(v.levels().size() > 1);
    const std::span<const ladder::level> levels = v.levels();
    REQUIRE(levels.size() == v.levels().size());
    for (std::size_t i = 0; i != levels.size(); ++i) CHECK(&levels[i] == &v.levels()[i]);
}

namespace {
// How many of the owners' slices hold each row of a table: every row in exactly one slice when
// the slices partition the table, as the view's *_of() functions should cut them.
template <class Row, class Owners, class Slice>
std::vector<int> times_each_row_is_listed(ladder::row_span<Row> table, const Owners& owners, Slice slice) {
    std::vector<int> listed(table.size(), 0);
    for (const auto& owner : owners) {
        for (const Row& r : slice(owner)) {
            const auto at = &r - table.data();
            REQUIRE(at >= 0);
            REQUIRE(static_cast<std::size_t>(at) < table.size());
            ++listed[static_cast<std::size_t>(at)];
        }
    }
    return listed;
}
}  // namespace

TEST_CASE("a view's slices of a table cut it into its owners' rows: each row listed once", "[core][row_span][model]") {
    const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/five_axes.ladder");
    REQUIRE(loaded.ok());
    const ladder::ladder_view v = *loaded;
    REQUIRE(!v.notes().empty());
    CHECK(times_each_row_is_listed(v.scale_points(), v.scales(), [&](const ladder::scale& s) { return v.points_of(s); }) ==
          std::vector<int>(v.scale_points().size(), 1));
    CHECK(times_each_row_is_listed(v.notes(), v.expectations(), [&](const ladder::expectation& e) { return v.notes_of(e); }) ==
          std::vector<int>(v.notes().size(), 1));
    // The expectations table holds the levels' own rows and the archetypes' overrides.
    const ladder::ladder_view e = acme.view();
    REQUIRE(!e.archetypes().empty());
    auto listed = times_each_row_is_listed(e.expectations(), e.levels(), [&](const ladder::level& l) { return e.expectations_of(l); });
    const auto by_archetypes =
        times_each_row_is_listed(e.expectations(), e.archetypes(), [&](const ladder::archetype& a) { return e.expectations_of(a); });
    REQUIRE(listed.size() == by_archetypes.size());
    for (std::size_t i = 0; i != listed.size(); ++i) listed[i] += by_archetypes[i];
    CHECK(listed == std::vector<int>(e.expectations().size(), 1));
}
