#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>

namespace {

constexpr ladder::constexpr_vector<int> counting(int n) {
    ladder::constexpr_vector<int> v;
    for (int i = 0; i != n; ++i) v.push_back(i);
    return v;
}

constexpr bool grows_and_keeps_order() {
    auto v = counting(100);
    for (int i = 0; i != 100; ++i) {
        if (v[static_cast<std::size_t>(i)] != i) return false;
    }
    return v.size() == 100 && v.capacity() >= 100;
}

constexpr bool inserts_anywhere() {
    ladder::constexpr_vector<int> v{1, 3};
    v.insert(v.begin(), 0);
    v.insert(v.begin() + 2, 2);
    v.insert(v.end(), 4);
    return v == ladder::constexpr_vector<int>{0, 1, 2, 3, 4};
}

constexpr bool copies_are_independent() {
    auto a = counting(5);
    auto b = a;
    b[0] = 42;
    b.push_back(5);
    return a[0] == 0 && a.size() == 5 && b[0] == 42 && b.size() == 6;
}

}  // namespace

TEST_CASE("constexpr_vector works in constant expressions", "[core][constexpr_vector]") {
    STATIC_REQUIRE(grows_and_keeps_order());
    STATIC_REQUIRE(inserts_anywhere());
    STATIC_REQUIRE(copies_are_independent());
    STATIC_REQUIRE(counting(0).empty());
}

TEST_CASE("constexpr_vector manages non-trivial elements at runtime", "[core][constexpr_vector]") {
    ladder::constexpr_vector<std::string> v;
    const std::string long_text(100, 'x');  // beyond any small-string buffer
    for (int i = 0; i != 20; ++i) v.push_back(long_text + std::to_string(i));
    v.insert(v.begin(), "first");
    v.emplace_back(v[0]);  // an argument referring into the vector, while it grows

    REQUIRE(v.size() == 22);
    CHECK(v.front() == "first");
    CHECK(v[1] == long_text + "0");
    CHECK(v[20] == long_text + "19");
    CHECK(v.back() == "first");

    auto moved = std::move(v);
    CHECK(moved.size() == 22);
    CHECK(v.empty());  // NOLINT(bugprone-use-after-move): a moved-from vector is empty by contract

    ladder::constexpr_vector<std::string> assigned;
    assigned = moved;
    assigned.pop_back();
    CHECK(assigned.size() == 21);
    CHECK(moved.size() == 22);
    assigned.clear();
    CHECK(assigned.empty());
}
