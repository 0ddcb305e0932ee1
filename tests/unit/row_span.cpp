#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>

namespace {

struct row {
    int id;
};
constexpr row table[5] = {{10}, {11}, {12}, {13}, {14}};
constexpr ladder::row_span<row> all(table, 5);

// The ids of a range of rows, read with a plain index loop over the array it should cover.
constexpr bool covers(ladder::row_span<row> s, std::size_t from, std::size_t count) {
    if (s.size() != count || s.empty() != (count == 0)) return false;
    if (count != 0 && (s.data() != table + from || &s.front() != table + from || &s.back() != table + from + count - 1)) {
        return false;
    }
    std::size_t seen = 0;
    for (const row& r : s) {
        if (r.id != table[from + seen].id || &s[seen] != &r) return false;
        ++seen;
    }
    return seen == count && s.end() - s.begin() == static_cast<std::ptrdiff_t>(count);
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
    STATIC_REQUIRE(covers(ladder::row_span<row>{}, 0, 0));
    STATIC_REQUIRE(covers(all.subspan(2), 2, 3));
    STATIC_REQUIRE(covers(all.subspan(1, 3), 1, 3));
    STATIC_REQUIRE(covers(all.subspan(5), 5, 0));
    STATIC_REQUIRE(covers(all.first(2), 0, 2));
    STATIC_REQUIRE(covers(all.last(2), 3, 2));
    STATIC_REQUIRE(covers(all.last(0), 5, 0));
    STATIC_REQUIRE(covers(all.subspan(1, 3).last(1), 3, 1));
    // Wherever a std::span<const T> is asked for, the same rows are given.
    STATIC_REQUIRE(size_of_span(all.subspan(1)) == 4);
    STATIC_REQUIRE(data_of_span(all.subspan(1)) == table + 1);
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
    // A level's own expectations are the slice of the expectations table it names.
    for (const ladder::level& l : v.levels()) {
        const auto own = v.expectations_of(l);
        CHECK(own.data() == v.expectations().data() + l.first_expectation);
        CHECK(own.size() == l.expectation_count);
    }
}
