// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// One definition of a ladder's tables, instantiated with two storages: constexpr_vector (builder,
// runtime ladder) and std::array sized by the data (compile-time ladder).

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/records.hpp>

#include <array>
#include <cstddef>

LADDER_BEGIN_NAMESPACE

/// Row counts of every table of a ladder; the shape of a compile-time ladder.
struct table_sizes {
    std::size_t scales = 0;
    std::size_t scale_points = 0;
    std::size_t categories = 0;
    std::size_t competencies = 0;
    std::size_t tracks = 0;
    std::size_t levels = 0;
    std::size_t expectations = 0;
    std::size_t notes = 0;
    std::size_t equivalences = 0;
    std::size_t groups = 0;
    std::size_t archetypes = 0;
    std::size_t titles = 0;
    std::size_t transitions = 0;
    std::size_t attributes = 0;
    std::size_t rules = 0;
    std::size_t advisories = 0;
    std::size_t tests = 0;
    std::size_t test_facts = 0;
    std::size_t test_checks = 0;
    std::size_t maps = 0;
    std::size_t conditions = 0;
    std::size_t condition_nodes = 0;
    std::size_t condition_text = 0;
    friend constexpr bool operator==(const table_sizes&, const table_sizes&) = default;
};

namespace detail {

template <class T, std::size_t N>
using array_table = std::array<T, N>;
template <class T, std::size_t>
using vector_table = constexpr_vector<T>;

template <template <class, std::size_t> class Table, table_sizes S = table_sizes{}>
struct tables {
    ladder_info info{};
    Table<ladder::scale, S.scales> scales{};
    Table<ladder::scale_point, S.scale_points> scale_points{};
    Table<ladder::category, S.categories> categories{};
    Table<ladder::competency, S.competencies> competencies{};
    Table<ladder::track, S.tracks> tracks{};
    Table<ladder::level, S.levels> levels{};
    Table<ladder::expectation, S.expectations> expectations{};
    Table<ladder::expectation_note, S.notes> notes{};
    Table<ladder::equivalence, S.equivalences> equivalences{};
    Table<ladder::level_group, S.groups> groups{};
    Table<ladder::archetype, S.archetypes> archetypes{};
    Table<ladder::level_title, S.titles> titles{};
    Table<ladder::transition, S.transitions> transitions{};
    Table<ladder::attribute, S.attributes> attributes{};
    Table<ladder::named_rule, S.rules> rules{};
    Table<ladder::advisory, S.advisories> advisories{};
    Table<ladder::ladder_test, S.tests> tests{};
    Table<ladder::test_fact, S.test_facts> test_facts{};
    Table<ladder::test_check, S.test_checks> test_checks{};
    Table<ladder::revision_map, S.maps> maps{};
    // Derived when the ladder is built (build/conditions.hpp): every condition it states, compiled.
    Table<compiled_condition, S.conditions> conditions{};
    Table<rule_node, S.condition_nodes> condition_nodes{};
    Table<char, S.condition_text> condition_text{};

    /// Calls f(table) for every table, in declaration order.
    template <class F>
    constexpr void for_each_table(F&& f) {
        f(scales), f(scale_points), f(categories), f(competencies), f(tracks);
        f(levels), f(expectations), f(notes), f(equivalences), f(groups), f(archetypes), f(titles), f(transitions), f(attributes), f(rules), f(advisories), f(tests), f(test_facts),
            f(test_checks), f(maps);
        f(conditions), f(condition_nodes), f(condition_text);
    }

    /// Calls f(this table, the same table of `other`) for every table, in declaration order.
    template <class Other, class F>
    constexpr void for_each_table_with(Other& other, F&& f) {
        f(scales, other.scales), f(scale_points, other.scale_points), f(categories, other.categories);
        f(competencies, other.competencies), f(tracks, other.tracks), f(levels, other.levels);
        f(expectations, other.expectations), f(notes, other.notes), f(equivalences, other.equivalences);
        f(groups, other.groups), f(archetypes, other.archetypes), f(titles, other.titles);
        f(transitions, other.transitions), f(attributes, other.attributes), f(rules, other.rules);
        f(advisories, other.advisories), f(tests, other.tests), f(test_facts, other.test_facts);
        f(test_checks, other.test_checks), f(maps, other.maps);
        f(conditions, other.conditions), f(condition_nodes, other.condition_nodes), f(condition_text, other.condition_text);
    }

    [[nodiscard]] constexpr table_sizes sizes() const noexcept {
        return {scales.size(),  scale_points.size(), categories.size(),   competencies.size(),
                tracks.size(),  levels.size(),       expectations.size(), notes.size(), equivalences.size(),
                groups.size(), archetypes.size(), titles.size(), transitions.size(), attributes.size(), rules.size(), advisories.size(), tests.size(), test_facts.size(), test_checks.size(), maps.size(),
                conditions.size(), condition_nodes.size(), condition_text.size()};
    }
};

using growing_tables = tables<vector_table>;

}  // namespace detail
LADDER_END_NAMESPACE
