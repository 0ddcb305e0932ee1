// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Calibration across companies: where a level of one ladder stands on another. Titles inflate
// and deflate (a big company's Senior does what a smaller one calls Staff), so a level maps to
// candidate levels with a confidence, not one to one. The evidence, each explained in words:
//   - scope, on the scale every ladder shares (task, feature, team, multi_team, org, company,
//     industry): the strongest signal, as it says what the work reaches;
//   - position on the track: how far up its ladder the level stands, or, where the user has
//     anchored a pair of levels (`L6 ~ L5`), the distance from that anchor;
//   - expectations on the competencies both ladders share (by id), each rating as a share of
//     its scale's top.
// An anchor on the level itself settles it.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/view.hpp>

#include <cstdint>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A user's claim that level `from` of one ladder is level `to` of another (`anchor L6 ~ L5`).
struct anchor {
    std::string_view from;
    std::string_view to;
};

/// One candidate for a level on another ladder, with the evidence.
struct level_match {
    index_t level = no_index;     ///< the candidate, a level of the target ladder
    std::int32_t confidence = 0;  ///< 0-100
    bool anchored = false;        ///< the user anchored exactly this pair
    std::int32_t scope_distance = 0;   ///< steps apart on the common scope scale
    std::int32_t scope_score = 0;      ///< 0-100
    std::int32_t position_score = 0;   ///< 0-100
    bool from_anchor = false;          ///< the position was judged from an anchor on the same tracks
    std::int32_t expectation_score = 0;  ///< 0-100; meaningful when shared > 0
    std::int32_t shared = 0;           ///< competencies both ladders expect something of here
};

namespace detail {

[[nodiscard]] constexpr std::int32_t clamp100(std::int32_t v) noexcept { return v < 0 ? 0 : v > 100 ? 100 : v; }

/// Per mille: how far up its track a level stands (0 the lowest, 1000 the highest).
[[nodiscard]] constexpr std::int32_t position_of(const ladder_view& l, index_t row) noexcept {
    const level& x = l.levels()[row];
    std::int32_t low = x.rank, high = x.rank;
    for (const auto& y : l.levels()) {
        if (y.track.index != x.track.index) continue;
        low = y.rank < low ? y.rank : low;
        high = y.rank > high ? y.rank : high;
    }
    return high == low ? 500 : (x.rank - low) * 1000 / (high - low);
}

/// The top of the scale a competency is rated on, or 0.
[[nodiscard]] constexpr std::int32_t scale_top(const ladder_view& l, const competency& c) noexcept {
    const index_t s = l.scale_index_of(c);
    if (s == no_index) return 0;
    std::int32_t top = 0;
    for (const auto& p : l.points_of(l.scales()[s])) top = p.value > top ? p.value : top;
    return top;
}

/// The row of a level by id, or no_index.
[[nodiscard]] constexpr index_t level_row(const ladder_view& l, std::string_view id) noexcept {
    return find_row(l.levels(), id);
}

}  // namespace detail

/// Where `level` of ladder `from` stands on ladder `to`: every level of `to` on a track of the
/// same kind (individual contributor, management, other; all tracks if none is), best first.
[[nodiscard]] constexpr constexpr_vector<level_match> map_level(const ladder_view& from, level_ref level, const ladder_view& to,
                                                               std::span<const anchor> anchors = {}) {
    const ladder::level& a = from[level];
    const track_kind kind = from.tracks()[a.track.index].kind;
    bool any_same_kind = false;
    for (const auto& y : to.levels()) any_same_kind = any_same_kind || to.tracks()[y.track.index].kind == kind;

    constexpr_vector<level_match> out;
    for (std::size_t i = 0; i != to.levels().size(); ++i) {
        const ladder::level& b = to.levels()[i];
        if (any_same_kind && to.tracks()[b.track.index].kind != kind) continue;
        level_match m;
        m.level = static_cast<index_t>(i);

        // Scope: same step 100, one step apart 50.
        const auto sa = static_cast<std::int32_t>(a.scope), sb = static_cast<std::int32_t>(b.scope);
        m.scope_distance = sa > sb ? sa - sb : sb - sa;
        m.scope_score = m.scope_distance == 0 ? 100 : m.scope_distance == 1 ? 50 : 0;

        // Position: from an anchor between these two tracks if there is one, else the share of
        // the way up each track.
        for (const auto& an : anchors) {
            const index_t fa = detail::level_row(from, an.from), ta = detail::level_row(to, an.to);
            if (fa == no_index || ta == no_index) continue;
            if (from.levels()[fa].track.index != a.track.index || to.levels()[ta].track.index != b.track.index) continue;
            if (fa == level.index() && ta == i) m.anchored = true;
            const std::int32_t expected_rank = to.levels()[ta].rank + (a.rank - from.levels()[fa].rank);
            const std::int32_t off = b.rank > expected_rank ? b.rank - expected_rank : expected_rank - b.rank;
            m.position_score = off == 0 ? 100 : off == 1 ? 40 : 0;
            m.from_anchor = true;
            break;
        }
        if (!m.from_anchor) {
            const std::int32_t d = detail::position_of(from, level.index()) - detail::position_of(to, m.level);
            m.position_score = detail::clamp100(100 - (d < 0 ? -d : d) / 5);
        }

        // Expectations on shared competencies, each as a share of its scale's top.
        std::int32_t total = 0;
        for (const auto& ea : from.expectations_of(a)) {
            const competency& ca = from.competencies()[ea.competency.index];
            const index_t cb = detail::find_row(to.competencies(), ca.id);
            if (cb == no_index) continue;
            std::int32_t rb = -1;
            for (const auto& eb : to.expectations_of(b)) rb = eb.competency.index == cb ? eb.minimum : rb;
            const std::int32_t top_a = detail::scale_top(from, ca), top_b = detail::scale_top(to, to.competencies()[cb]);
            if (rb < 0 || top_a == 0 || top_b == 0) continue;
            const std::int32_t d = ea.minimum * 1000 / top_a - rb * 1000 / top_b;
            total += detail::clamp100(100 - (d < 0 ? -d : d) / 4);
            ++m.shared;
        }
        m.expectation_score = m.shared == 0 ? 0 : total / m.shared;

        // Scope weighs most; expectations count when there are some to compare.
        const std::int32_t weighted = m.shared == 0 ? (m.scope_score * 60 + m.position_score * 40) / 100
                                                    : (m.scope_score * 50 + m.position_score * 30 + m.expectation_score * 20) / 100;
        m.confidence = m.anchored ? 100 : weighted;
        out.push_back(m);
    }
    detail::stable_sort(out, [](const level_match& a, const level_match& b) { return a.confidence > b.confidence; });  // best first
    return out;
}

/// The candidates worth naming: the best, and those within `spread` points of it (an
/// overlapping range), never below `floor`.
[[nodiscard]] constexpr constexpr_vector<level_match> likely_matches(const constexpr_vector<level_match>& all,
                                                                     std::int32_t spread = 15, std::int32_t floor = 40) {
    constexpr_vector<level_match> out;
    for (const auto& m : all) {
        if (m.confidence >= floor && (out.empty() || m.confidence + spread >= out[0].confidence)) out.push_back(m);
    }
    return out;
}

/// One row of a whole-ladder mapping: a level of `from` and its likely levels on `to`.
struct mapped_level {
    index_t level = no_index;
    constexpr_vector<level_match> matches;  ///< likely_matches(), best first
};

/// Every level of `from` on `to`, in `from`'s order.
[[nodiscard]] constexpr constexpr_vector<mapped_level> map_ladder(const ladder_view& from, const ladder_view& to,
                                                                 std::span<const anchor> anchors = {}) {
    constexpr_vector<mapped_level> out;
    for (std::size_t i = 0; i != from.levels().size(); ++i) {
        mapped_level row;
        row.level = static_cast<index_t>(i);
        row.matches = likely_matches(map_level(from, detail::handle_access::make<ladder::level>(row.level), to, anchors));
        out.push_back(std::move(row));
    }
    return out;
}

LADDER_END_NAMESPACE
