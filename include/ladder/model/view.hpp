// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/row_span.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/tables.hpp>

#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A read-only view of a ladder's tables. Every algorithm is written once over it; the
/// compile-time and the runtime ladder both convert to it. Cheap to copy; it does not own.
class ladder_view {
public:
    constexpr ladder_view() = default;

    template <template <class, std::size_t> class Table, table_sizes S>
    constexpr explicit ladder_view(const detail::tables<Table, S>& t) noexcept
        : info_(&t.info),
          scales_(t.scales.data(), t.scales.size()),
          scale_points_(t.scale_points.data(), t.scale_points.size()),
          categories_(t.categories.data(), t.categories.size()),
          competencies_(t.competencies.data(), t.competencies.size()),
          tracks_(t.tracks.data(), t.tracks.size()),
          levels_(t.levels.data(), t.levels.size()),
          expectations_(t.expectations.data(), t.expectations.size()),
          notes_(t.notes.data(), t.notes.size()),
          equivalences_(t.equivalences.data(), t.equivalences.size()),
          groups_(t.groups.data(), t.groups.size()),
          titles_(t.titles.data(), t.titles.size()),
          archetypes_(t.archetypes.data(), t.archetypes.size()),
          transitions_(t.transitions.data(), t.transitions.size()),
          attributes_(t.attributes.data(), t.attributes.size()),
          rules_(t.rules.data(), t.rules.size()),
          advisories_(t.advisories.data(), t.advisories.size()),
          tests_(t.tests.data(), t.tests.size()),
          test_facts_(t.test_facts.data(), t.test_facts.size()),
          test_checks_(t.test_checks.data(), t.test_checks.size()),
          maps_(t.maps.data(), t.maps.size()),
          conditions_(t.conditions.data(), t.conditions.size()),
          condition_nodes_(t.condition_nodes.data(), t.condition_nodes.size()),
          condition_text_(t.condition_text.data(), t.condition_text.size()) {}

    [[nodiscard]] constexpr std::string_view name() const noexcept { return info_ ? info_->name : std::string_view{}; }
    [[nodiscard]] constexpr std::string_view version() const noexcept { return info_ ? info_->version : std::string_view{}; }
    /// The day this version takes effect (20260701 for 2026-07-01); 0 when not stated.
    [[nodiscard]] constexpr std::int32_t effective() const noexcept { return info().effective; }
    [[nodiscard]] constexpr const ladder_policy& policy() const noexcept { return info().policy; }
    [[nodiscard]] constexpr const ladder_info& info() const noexcept { return info_ ? *info_ : empty_info_; }

    [[nodiscard]] constexpr row_span<ladder::scale> scales() const noexcept { return scales_; }
    [[nodiscard]] constexpr row_span<ladder::scale_point> scale_points() const noexcept { return scale_points_; }
    [[nodiscard]] constexpr row_span<ladder::category> categories() const noexcept { return categories_; }
    [[nodiscard]] constexpr row_span<ladder::competency> competencies() const noexcept { return competencies_; }
    [[nodiscard]] constexpr row_span<ladder::track> tracks() const noexcept { return tracks_; }
    [[nodiscard]] constexpr row_span<ladder::level> levels() const noexcept { return levels_; }
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations() const noexcept { return expectations_; }
    [[nodiscard]] constexpr row_span<ladder::expectation_note> notes() const noexcept { return notes_; }
    [[nodiscard]] constexpr row_span<ladder::equivalence> equivalences() const noexcept { return equivalences_; }
    [[nodiscard]] constexpr row_span<ladder::level_group> groups() const noexcept { return groups_; }
    /// Archetypes' own titles for levels (`title L6 "Group Lead"` in an archetype's block).
    [[nodiscard]] constexpr row_span<ladder::level_title> titles() const noexcept { return titles_; }
    [[nodiscard]] constexpr row_span<ladder::archetype> archetypes() const noexcept { return archetypes_; }
    [[nodiscard]] constexpr row_span<ladder::transition> transitions() const noexcept { return transitions_; }
    [[nodiscard]] constexpr row_span<ladder::attribute> attributes() const noexcept { return attributes_; }
    [[nodiscard]] constexpr row_span<ladder::named_rule> rules() const noexcept { return rules_; }
    [[nodiscard]] constexpr row_span<ladder::advisory> advisories() const noexcept { return advisories_; }
    [[nodiscard]] constexpr row_span<ladder::ladder_test> tests() const noexcept { return tests_; }
    [[nodiscard]] constexpr row_span<ladder::test_fact> test_facts() const noexcept { return test_facts_; }
    [[nodiscard]] constexpr row_span<ladder::test_check> test_checks() const noexcept { return test_checks_; }
    /// What each id of the previous version is called in this one (`maps L5 -> E5`), a row per new id.
    [[nodiscard]] constexpr row_span<ladder::revision_map> maps() const noexcept { return maps_; }

    /// Every condition the ladder states, compiled when it was built, in the order
    /// meets_condition(), guard_condition(), advisory_condition(), rule_condition(),
    /// check_condition() give them; empty in a builder's view.
    [[nodiscard]] constexpr row_span<compiled_condition> conditions() const noexcept { return conditions_; }
    [[nodiscard]] constexpr row_span<rule_node> condition_nodes() const noexcept { return condition_nodes_; }
    [[nodiscard]] constexpr std::string_view condition_text() const noexcept { return condition_text_; }

    /// Row `row` of conditions(); an empty condition past its end.
    [[nodiscard]] constexpr const compiled_condition& condition(std::size_t row) const noexcept { return condition_at(row); }
    /// meets(level): the level's expectations and its criterion.
    [[nodiscard]] constexpr const compiled_condition& meets_condition(index_t level_row) const noexcept {
        return condition_at(level_row);
    }
    /// A transition's `when` (empty without one: the move asks meets(its target)).
    [[nodiscard]] constexpr const compiled_condition& guard_condition(index_t transition_row) const noexcept {
        return condition_at(levels_.size() + transition_row);
    }
    [[nodiscard]] constexpr const compiled_condition& advisory_condition(index_t advisory_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisory_row);
    }
    /// A named rule (empty for one with parameters: it means something only where it is used).
    [[nodiscard]] constexpr const compiled_condition& rule_condition(index_t rule_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisories_.size() + rule_row);
    }
    /// A test's `expect rule …` (empty for an `expect` of a move).
    [[nodiscard]] constexpr const compiled_condition& check_condition(index_t check_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisories_.size() + rules_.size() + check_row);
    }

    [[nodiscard]] constexpr const ladder::scale& operator[](scale_ref r) const noexcept { return scales_[r.index()]; }
    [[nodiscard]] constexpr const ladder::category& operator[](category_ref r) const noexcept { return categories_[r.index()]; }
    [[nodiscard]] constexpr const ladder::competency& operator[](competency_ref r) const noexcept { return competencies_[r.index()]; }
    [[nodiscard]] constexpr const ladder::track& operator[](track_ref r) const noexcept { return tracks_[r.index()]; }
    [[nodiscard]] constexpr const ladder::level& operator[](level_ref r) const noexcept { return levels_[r.index()]; }
    [[nodiscard]] constexpr const ladder::archetype& operator[](archetype_ref r) const noexcept { return archetypes_[r.index()]; }

    /// The points of a scale, lowest first.
    [[nodiscard]] constexpr row_span<ladder::scale_point> points_of(const ladder::scale& s) const noexcept {
        return scale_points_.subspan(s.first_point, s.point_count);
    }
    /// The expectations a level states itself (not counting archetypes).
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations_of(const ladder::level& l) const noexcept {
        return expectations_.subspan(l.first_expectation, l.expectation_count);
    }
    /// The expectations an archetype overrides.
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations_of(const ladder::archetype& a) const noexcept {
        return expectations_.subspan(a.first_expectation, a.expectation_count);
    }

    /// The signals and examples under an expectation's statement, in the order written.
    [[nodiscard]] constexpr row_span<ladder::expectation_note> notes_of(const ladder::expectation& e) const noexcept {
        return notes_.subspan(e.first_note, e.note_count);
    }

    /// The row of the ladder's default scale, or no_index when it declares none.
    [[nodiscard]] constexpr index_t default_scale_index() const noexcept {
        const reference& d = info().default_scale;
        if (d.resolved()) return d.index;
        return d.empty() && !scales_.empty() ? 0 : no_index;
    }
    /// The row of the scale a competency is rated on, or no_index.
    [[nodiscard]] constexpr index_t scale_index_of(const ladder::competency& c) const noexcept {
        if (c.scale.empty()) return default_scale_index();
        return c.scale.index;
    }
    /// The point of the scale at row `scale_row` with id `id` (`expert`), or nullptr.
    [[nodiscard]] constexpr const ladder::scale_point* point_by_id(index_t scale_row, std::string_view id) const noexcept {
        if (scale_row >= scales_.size()) return nullptr;
        for (const auto& p : points_of(scales_[scale_row])) {
            if (p.id == id) return &p;
        }
        return nullptr;
    }
    /// The point of the scale at row `scale_row` worth `value`, or nullptr.
    [[nodiscard]] constexpr const ladder::scale_point* point_by_value(index_t scale_row, rating value) const noexcept {
        if (scale_row >= scales_.size()) return nullptr;
        for (const auto& p : points_of(scales_[scale_row])) {
            if (p.value == value) return &p;
        }
        return nullptr;
    }
    /// True when `value` is a point of the scale at row `scale_row`.
    [[nodiscard]] constexpr bool on_scale(index_t scale_row, rating value) const noexcept {
        return point_by_value(scale_row, value) != nullptr;
    }

private:
    [[nodiscard]] constexpr const compiled_condition& condition_at(std::size_t row) const noexcept {
        return row < conditions_.size() ? conditions_[row] : no_condition_;
    }

    static constexpr ladder_info empty_info_{};
    static constexpr compiled_condition no_condition_{};
    const ladder_info* info_ = nullptr;
    row_span<ladder::scale> scales_;
    row_span<ladder::scale_point> scale_points_;
    row_span<ladder::category> categories_;
    row_span<ladder::competency> competencies_;
    row_span<ladder::track> tracks_;
    row_span<ladder::level> levels_;
    row_span<ladder::expectation> expectations_;
    row_span<ladder::expectation_note> notes_;
    row_span<ladder::equivalence> equivalences_;
    row_span<ladder::level_group> groups_;
    row_span<ladder::level_title> titles_;
    row_span<ladder::archetype> archetypes_;
    row_span<ladder::transition> transitions_;
    row_span<ladder::attribute> attributes_;
    row_span<ladder::named_rule> rules_;
    row_span<ladder::advisory> advisories_;
    row_span<ladder::ladder_test> tests_;
    row_span<ladder::test_fact> test_facts_;
    row_span<ladder::test_check> test_checks_;
    row_span<ladder::revision_map> maps_;
    row_span<compiled_condition> conditions_;
    row_span<rule_node> condition_nodes_;
    std::string_view condition_text_;
};

namespace detail {
/// Rows compared by content: where a row was written does not count.
template <class T>
[[nodiscard]] constexpr bool equal_rows(row_span<T> a, row_span<T> b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        T left = a[i];
        T right = b[i];
        left.where = right.where = source_position{};
        if constexpr (requires { left.text_at; }) left.text_at = right.text_at = source_position{};
        if constexpr (requires { left.guard_at; }) left.guard_at = right.guard_at = source_position{};
        if constexpr (requires { left.criterion_at; }) left.criterion_at = right.criterion_at = source_position{};
        if constexpr (requires { left.target_at; }) left.target_at = right.target_at = source_position{};
        if constexpr (requires { left.statement_at; }) left.statement_at = right.statement_at = source_position{};
        if constexpr (requires { left.first_note; }) left.first_note = right.first_note = 0;  // notes: compared by owner
        if (!(left == right)) return false;
    }
    return true;
}

/// Each expectation's notes, in its order: where the notes table keeps them does not count.
[[nodiscard]] constexpr bool equal_notes(const ladder_view& a, const ladder_view& b) noexcept {
    if (a.notes().size() != b.notes().size()) return false;
    for (std::size_t i = 0; i != a.expectations().size() && i != b.expectations().size(); ++i) {
        if (!equal_rows(a.notes_of(a.expectations()[i]), b.notes_of(b.expectations()[i]))) return false;
    }
    return true;
}
}  // namespace detail

/// True when two ladders hold the same content (ids, names, numbers, references, in the same
/// order), wherever they are stored and wherever their rows were written: a compile-time and
/// a runtime ladder from one source compare equal, and so do a text and its reformatting.
[[nodiscard]] constexpr bool equal(const ladder_view& a, const ladder_view& b) noexcept {
    return a.info() == b.info() && detail::equal_rows(a.scales(), b.scales()) &&
           detail::equal_rows(a.attributes(), b.attributes()) && detail::equal_rows(a.rules(), b.rules()) &&
           detail::equal_rows(a.advisories(), b.advisories()) && detail::equal_rows(a.tests(), b.tests()) &&
           detail::equal_rows(a.test_facts(), b.test_facts()) && detail::equal_rows(a.test_checks(), b.test_checks()) &&
           detail::equal_rows(a.maps(), b.maps()) &&
           detail::equal_rows(a.scale_points(), b.scale_points()) &&
           detail::equal_rows(a.categories(), b.categories()) &&
           detail::equal_rows(a.competencies(), b.competencies()) && detail::equal_rows(a.tracks(), b.tracks()) &&
           detail::equal_rows(a.levels(), b.levels()) && detail::equal_rows(a.expectations(), b.expectations()) &&
           detail::equal_notes(a, b) &&
           detail::equal_rows(a.equivalences(), b.equivalences()) && detail::equal_rows(a.groups(), b.groups()) &&
           detail::equal_rows(a.titles(), b.titles()) &&
           detail::equal_rows(a.archetypes(), b.archetypes()) && detail::equal_rows(a.transitions(), b.transitions());
}

LADDER_END_NAMESPACE
