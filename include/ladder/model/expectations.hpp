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
[[nodiscard]] constexpr std::optional<rating> minimum_of(std::span<const expectation> list, index_t competency_row) noexcept {
    for (const auto& e : list) {
        if (e.competency.index == competency_row) return e.minimum;
    }
    return std::nullopt;
}
}  // namespace detail

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

/// The effective expectations at a level: its own, in its order, then for an archetype
/// the overrides replacing or adding to them.
[[nodiscard]] constexpr constexpr_vector<expectation> expectations(const ladder_view& v, level_ref l,
                                                              std::optional<archetype_ref> a = std::nullopt) {
    const auto own = v.expectations_of(v[l]);
    constexpr_vector<expectation> out(own.begin(), own.end());
    if (!a) return out;
    for (const auto& over : v.expectations_of(v[*a])) {
        bool replaced = false;
        for (auto& e : out) {
            if (e.competency.index == over.competency.index) {
                e.minimum = over.minimum;
                replaced = true;
            }
        }
        if (!replaced) out.push_back(over);
    }
    return out;
}

LADDER_END_NAMESPACE
