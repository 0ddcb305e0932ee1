#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <optional>
#include <vector>

// A verdict for one person touches no heap: check() keeps the rule's values on the stack.
// This file replaces the global allocation functions of its test program to count calls.

namespace {
long allocations = 0;
}  // namespace

// Every replaceable form, so that nothing allocated here is freed by another allocator's
// delete (sanitizers check that they match). g++ at -O2 and above sees `free` of what the
// replaced `new` returned once both are inlined and warns, wrongly: they are the pair.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new(std::size_t size) {
    if (void* p = operator new(size, std::nothrow)) return p;
#if defined(__cpp_exceptions)
    throw std::bad_alloc();
#else
    std::abort();
#endif
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return operator new(size, std::nothrow); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

constexpr auto acme = ladder::presets::engineering();

template <class F>
long allocations_during(F&& f) {
    const long before = allocations;
    f();
    return allocations - before;
}

}  // namespace

TEST_CASE("check() gives a verdict without allocating", "[rules][allocation]") {
    const ladder::ladder_view v = acme;
    const auto rule = ladder::compile_rule(v,
                                           "meets(L6) in at least 2 of last 3 cycles and "
                                           "count(c in people where c >= expert) >= 1 and sum(c in craft) >= 14 and "
                                           "time_in_level >= 12 months")
                          .value();
    const auto p = ladder::person_builder(v, "ada")
                       .level("L5")
                       .months_in_level(20)
                       .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}})
                       .cycle("2026H2", {{"coding", 5}, {"design", 4}, {"delivery", 4}, {"mentorship", 4}})
                       .build()
                       .value();

    // The counter sees this program's allocations.
    REQUIRE(allocations_during([] { ::operator delete(::operator new(16)); }) == 1);

    ladder::verdict seen = ladder::verdict::unknown;
    CHECK(allocations_during([&] { seen = ladder::check(rule, p).value(); }) == 0);
    // The explanation is what allocates; it gives the same verdict.
    const auto explained = ladder::evaluate(rule, p);
    CHECK(explained->result() == seen);
    CHECK(seen == ladder::verdict::fail);
    CHECK_FALSE(explained->gaps().empty());
}

TEST_CASE("judge() of a thousand people allocates nothing", "[decide][allocation]") {
    static constexpr ladder::lowered_moves<acme> lowered;
    const ladder::ladder_view v = acme;
    const auto table = ladder::move_table::make(v).value();
    ladder::people_table team(v.competencies().size());
    for (int i = 0; i != 1000; ++i) {
        const ladder::rating r = 2 + i / 2 % 4;
        const ladder::rating_spec all[] = {{"coding", r},     {"design", r},   {"delivery", r},   {"operations", r},
                                           {"cross_team", r}, {"strategy", r}, {"mentorship", r}, {"communication", r}};
        team.add(ladder::person_builder(v, "p")
                     .level(i % 2 == 0 ? "L5" : "L4")
                     .months_in_level(20)
                     .cycle("2026H1", all)
                     .cycle("2026H2", all)
                     .build()
                     .value());
    }
    const ladder::level_ref targets[] = {*ladder::find_level(v, "L6"), *ladder::find_level(v, "L5")};
    std::vector<ladder::level_ref> each;
    for (std::size_t i = 0; i != team.size(); ++i) each.push_back(targets[i % 2]);
    std::vector<std::optional<ladder::verdict>> by_table(team.size()), by_code(team.size());
    // Each person a move other than the last one's: a guard found, and set up, per person.
    CHECK(allocations_during([&] { ladder::judge(table, team, each, by_table); }) == 0);
    CHECK(allocations_during([&] { ladder::judge(lowered, team, each, by_code); }) == 0);
    CHECK(by_table == by_code);
    CHECK(std::count(by_table.begin(), by_table.end(), std::nullopt) == 0);
    CHECK(std::count(by_table.begin(), by_table.end(), ladder::verdict::pass) > 0);
    CHECK(std::count(by_table.begin(), by_table.end(), ladder::verdict::fail) > 0);
}
