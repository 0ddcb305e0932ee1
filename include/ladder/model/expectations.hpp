// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>

#include <optional>

LADDER_BEGIN_NAMESPACE

/// True when the archetype applies to the level: same track as its `from` level, at or above
/// it, and not above its `until` level when it has one.
[[nodiscard]] constexpr bool applies_to(const ladder_view& v, archetype_ref a, level_ref l) noexcept {
    const archetype& arch = v[a];
    const level& lvl = v[l];
    if (!arch.from.resolved()) return false;
    const level& from = v.levels()[arch.from.index];
    if (from.track.index != lvl.track.index || lvl.rank < from.rank) return false;
    if (arch.until.empty()) return true;
    if (!arch.until.resolved()) return false;
    const level& until = v.levels()[arch.until.index];
    return until.track.index == lvl.track.index && lvl.rank <= until.rank;
}

namespace detail {
[[nodiscard]] constexpr std::optional<rating> minimum_of(row_span<expectation> list, index_t competency_row) noexcept {
    for (const auto& e : list) {
        if (e.competency.index == competency_row) return e.minimum;
    }
    return std::nullopt;
}
}  // namespace detail

/// The archetype a person of archetype `archetype_row` is judged as at level `level_row`: that
/// archetype where it applies there, else none (no_index) and the level's own expectations.
[[nodiscard]] constexpr index_t archetype_in_force(const ladder_view& v, index_t archetype_row, index_t level_row) noexcept {
    if (archetype_row == no_index || level_row == no_index) return no_index;
    return applies_to(v, detail::handle_access::make<archetype>(archetype_row), detail::handle_access::make<level>(level_row))
               ? archetype_row
               : no_index;
}

/// What a level is called for a person of an archetype: the archetype's own title for it
/// (`title L6 "Group Lead"`) where the archetype applies there and states one, else the level's.
[[nodiscard]] constexpr std::string_view title_of(const ladder_view& v, index_t level_row, index_t archetype_row) noexcept {
    if (const index_t as = archetype_in_force(v, archetype_row, level_row); as != no_index) {
        for (const auto& t : v.titles()) {
            if (t.archetype == as && t.level.index == level_row) return t.title;
        }
    }
    return v.levels()[level_row].title;
}

/// Calls f(competency row, minimum) for each expectation in force at a level for an archetype
/// (no_index: none): the level's own in its order, an override replacing its minimum, then the
/// archetype's others. The one walk every reader of expectations uses; f returns false to stop.
template <class F>
constexpr void for_each_expectation(const ladder_view& v, index_t level_row, index_t archetype_row, F&& f) {
    const auto own = v.expectations_of(v.levels()[level_row]);
    const auto over = archetype_row == no_index ? row_span<expectation>{} : v.expectations_of(v.archetypes()[archetype_row]);
    for (const auto& e : own) {
        const auto overridden = detail::minimum_of(over, e.competency.index);
        if (!f(e.competency.index, overridden ? *overridden : e.minimum)) return;
    }
    for (const auto& e : over) {
        if (!detail::minimum_of(own, e.competency.index) && !f(e.competency.index, e.minimum)) return;
    }
}

namespace detail {
/// True when any expectation of the list says in words what it means.
[[nodiscard]] constexpr bool has_words(row_span<expectation> list) noexcept {
    for (const auto& e : list) {
        if (!e.statement.empty()) return true;
    }
    return false;
}
}  // namespace detail

/// The expectation whose words say what a competency means at a level for an archetype
/// (no_index: none): the archetype's where it says it, else the level's; nullptr when neither
/// does. Its statement and notes_of() are the words a report quotes for a gap.
[[nodiscard]] constexpr const expectation* stated_expectation(const ladder_view& v, index_t level_row, index_t archetype_row,
                                                             index_t competency_row) noexcept {
    const auto said_in = [&](row_span<expectation> list) -> const expectation* {
        for (const auto& e : list) {
            if (e.competency.index == competency_row && !e.statement.empty()) return &e;
        }
        return nullptr;
    };
    if (archetype_row != no_index && archetype_row < v.archetypes().size()) {
        if (const expectation* e = said_in(v.expectations_of(v.archetypes()[archetype_row]))) return e;
    }
    return level_row < v.levels().size() ? said_in(v.expectations_of(v.levels()[level_row])) : nullptr;
}

/// The minimum rating a level expects on a competency; empty when it states none.
[[nodiscard]] constexpr std::optional<rating> expected(const ladder_view& v, level_ref l, competency_ref c) noexcept {
    return detail::minimum_of(v.expectations_of(v[l]), c.index());
}

/// The same for a person of an archetype at that level: the archetype's override wins.
/// The override is applied as asked; check applies_to() where that matters.
[[nodiscard]] constexpr std::optional<rating> expected(const ladder_view& v, level_ref l, archetype_ref a,
                                                       competency_ref c) noexcept {
    if (auto over = detail::minimum_of(v.expectations_of(v[a]), c.index())) return over;
    return expected(v, l, c);
}

/// The effective expectations at a level: its own rows, in its order (an archetype's override
/// replacing the minimum), then the archetype's other rows.
[[nodiscard]] constexpr constexpr_vector<expectation> expectations(const ladder_view& v, level_ref l,
                                                              std::optional<archetype_ref> a = std::nullopt) {
    const auto own = v.expectations_of(v[l]);
    const auto over = a ? v.expectations_of(v[*a]) : row_span<expectation>{};
    constexpr_vector<expectation> out(own.begin(), own.end());
    for (auto& e : out) {
        for (const auto& o : over) {
            if (o.competency.index != e.competency.index) continue;
            e.minimum = o.minimum;
            e.point = o.point;  // the override's words, not the level's
            if (!o.statement.empty()) {
                e.statement = o.statement;
                e.statement_at = o.statement_at;
                e.first_note = o.first_note;
                e.note_count = o.note_count;
            }
            break;
        }
    }
    for (const auto& e : over) {
        if (!detail::minimum_of(own, e.competency.index)) out.push_back(e);
    }
    return out;
}

LADDER_END_NAMESPACE
