// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Every well-formedness rule of a ladder's tables, written once over the view and usable in
// constant expressions: static_assert(ladder::validate(l).ok()). Whether its conditions compile
// is checked where they are compiled, when the ladder is built (build/conditions.hpp).

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/view.hpp>

#include <cstdint>
#include <optional>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Collects findings, filling in the fields every finding has.
struct finding_sink {
    diagnostic_list& out;

    constexpr void add(diagnostic_code code, severity sev, entity about, std::string_view subject,
                       std::string_view other, source_position where, std::int64_t actual = 0,
                       std::int64_t expected = 0, std::string_view suggestion = {}) {
        out.add(make_diagnostic(code, sev, about, subject, other, where, actual, expected, suggestion));
    }
    /// Adds a finding whose severity a ladder's policy sets; nothing when the policy is off.
    constexpr void add_by_policy(check_level level, diagnostic_code code, entity about, std::string_view subject,
                                 std::string_view other, source_position where, std::int64_t actual = 0,
                                 std::int64_t expected = 0) {
        if (level == check_level::off) return;
        add(code, level == check_level::error ? severity::error : severity::warning, about, subject, other, where,
            actual, expected);
    }
};

/// Every row whose id an earlier row has; one sort, not a search per row.
template <class Row>
constexpr void check_duplicate_ids(row_span<Row> rows, entity about, finding_sink& sink) {
    const auto repeated = id_index(rows).repeated();
    for (std::size_t i = 0; i != rows.size(); ++i) {
        if (repeated[i]) sink.add(diagnostic_code::duplicate_id, severity::error, about, rows[i].id, {}, rows[i].where);
    }
}

/// Reports a reference that names an id no row has.
template <class Row>
constexpr void check_reference(const reference& r, row_span<Row> rows, entity about, std::string_view referrer,
                               source_position where, finding_sink& sink) {
    if (r.empty() || r.resolved()) return;
    sink.add(diagnostic_code::unknown_reference, severity::error, about, r.id, referrer, where, 0, 0,
             closest_id(rows, r.id));
}

constexpr void check_references(const ladder_view& v, finding_sink& sink) {
    const auto& info = v.info();
    check_reference(info.default_scale, v.scales(), entity::scale, v.name(), {}, sink);
    for (const auto& c : v.competencies()) {
        check_reference(c.category, v.categories(), entity::category, c.id, c.where, sink);
        check_reference(c.scale, v.scales(), entity::scale, c.id, c.where, sink);
        if (c.category.empty()) {
            sink.add(diagnostic_code::unknown_reference, severity::error, entity::category, c.category.id, c.id,
                     c.where);
        }
    }
    for (const auto& l : v.levels()) {
        check_reference(l.track, v.tracks(), entity::track, l.id, l.where, sink);
        if (l.track.empty()) {
            sink.add(diagnostic_code::unknown_reference, severity::error, entity::track, {}, l.id, l.where);
        }
        for (const auto& e : v.expectations_of(l)) {
            check_reference(e.competency, v.competencies(), entity::competency, l.id, e.where, sink);
        }
    }
    for (const auto& q : v.equivalences()) {
        check_reference(q.level, v.levels(), entity::level, {}, q.where, sink);
        check_reference(q.lowest, v.levels(), entity::level, q.level.id, q.where, sink);
        check_reference(q.highest, v.levels(), entity::level, q.level.id, q.where, sink);
    }
    for (const auto& g : v.groups()) {
        check_reference(g.lowest, v.levels(), entity::level, g.id, g.where, sink);
        check_reference(g.highest, v.levels(), entity::level, g.id, g.where, sink);
    }
    for (const auto& a : v.archetypes()) {
        check_reference(a.from, v.levels(), entity::level, a.id, a.where, sink);
        check_reference(a.until, v.levels(), entity::level, a.id, a.where, sink);
        for (const auto& e : v.expectations_of(a)) {
            check_reference(e.competency, v.competencies(), entity::competency, a.id, e.where, sink);
        }
    }
    for (const auto& t : v.titles()) {
        const std::string_view owner = t.archetype < v.archetypes().size() ? v.archetypes()[t.archetype].id : std::string_view{};
        check_reference(t.level, v.levels(), entity::level, owner, t.where, sink);
    }
    for (const auto& t : v.transitions()) {
        check_reference(t.from, v.levels(), entity::level, {}, t.where, sink);
        check_reference(t.to, v.levels(), entity::level, t.from.id, t.where, sink);
    }
}

constexpr void check_scales(const ladder_view& v, finding_sink& sink) {
    for (const auto& s : v.scales()) {
        const auto points = v.points_of(s);
        if (points.empty()) {
            sink.add(diagnostic_code::empty_scale, severity::error, entity::scale, s.id, {}, s.where);
            continue;
        }
        check_duplicate_ids(points, entity::scale_point, sink);
        for (const auto& point : points) {
            if (point.value == not_rated) {
                sink.add(diagnostic_code::number_too_large, severity::error, entity::scale_point, point.id, s.id,
                         point.where, 1, static_cast<std::int64_t>(not_rated) + 1);
            }
        }
        for (std::size_t i = 1; i < points.size(); ++i) {
            if (points[i].value <= points[i - 1].value) {
                sink.add(diagnostic_code::unordered_scale, severity::error, entity::scale, s.id, points[i].id,
                         points[i].where, points[i].value, points[i - 1].value);
            }
        }
    }
    if (v.default_scale_index() == no_index) {
        for (const auto& c : v.competencies()) {
            if (c.scale.empty()) {
                sink.add(diagnostic_code::no_default_scale, severity::error, entity::competency, c.id, {}, c.where);
            }
        }
    }
}

/// For each competency, the last owner (a stamp) that stated it: a duplicate in a list, or a
/// competency a level leaves out, is found in one pass, not by a search per expectation.
struct competency_stamps {
    constexpr_vector<std::size_t> stamp;
    std::size_t now = 0;
    constexpr explicit competency_stamps(std::size_t competencies) : stamp(competencies) {}
    /// Starts a new owner's list.
    constexpr void next_owner() noexcept { ++now; }
    /// Marks a competency as stated; false when this owner stated it already.
    constexpr bool mark(index_t competency) noexcept {
        if (stamp[competency] == now) return false;
        stamp[competency] = now;
        return true;
    }
    [[nodiscard]] constexpr bool stated(std::size_t competency) const noexcept { return stamp[competency] == now; }
};

/// A level that says in words what it expects of some competencies should say it of all: each
/// expectation left without words is a warning (a level with no words at all is fine).
constexpr void check_partial_text(row_span<expectation> list, std::string_view level_id, finding_sink& sink) {
    if (!detail::has_words(list)) return;
    for (const auto& e : list) {
        if (e.statement.empty()) {
            sink.add(diagnostic_code::partial_text, severity::warning, entity::level, level_id, e.competency.id, e.where);
        }
    }
}

/// Duplicates and off-scale ratings in one owner's list of expectations.
constexpr void check_expectation_list(const ladder_view& v, row_span<expectation> list, entity owner,
                                      std::string_view owner_id, competency_stamps& stated, finding_sink& sink) {
    stated.next_owner();
    for (std::size_t i = 0; i != list.size(); ++i) {
        const auto& e = list[i];
        if (!e.competency.resolved()) continue;
        if (!stated.mark(e.competency.index)) {
            sink.add(diagnostic_code::duplicate_expectation, severity::error, owner, owner_id, e.competency.id, e.where);
        }
        const index_t scale_row = v.scale_index_of(v.competencies()[e.competency.index]);
        if (!e.point.empty() && !e.point.resolved()) {
            if (scale_row != no_index) {
                check_reference(e.point, v.points_of(v.scales()[scale_row]), entity::scale_point, owner_id, e.where,
                                sink);
            }
            continue;
        }
        if (scale_row != no_index && !v.on_scale(scale_row, e.minimum)) {
            sink.add(diagnostic_code::rating_off_scale, severity::error, owner, owner_id, e.competency.id, e.where,
                     e.minimum);
        }
    }
}

/// Levels in track order: for each level, the nearest level below it on its track, and for a
/// level that repeats an earlier-declared level's rank, that level. One sort, so validating a
/// ladder of thousands of levels stays fast.
struct track_order {
    constexpr_vector<index_t> below;
    constexpr_vector<index_t> same_rank_as;
    constexpr_vector<index_t> up;  ///< every level, by track, then rank, then declaration
};

constexpr track_order order_levels_on_tracks(const ladder_view& v) {
    const auto levels = v.levels();
    const std::size_t n = levels.size();
    const auto before = [&](index_t a, index_t b) {
        const level& x = levels[a];
        const level& y = levels[b];
        if (x.track.index != y.track.index) return x.track.index < y.track.index;
        if (x.rank != y.rank) return x.rank < y.rank;
        return a < b;
    };
    constexpr_vector<index_t> order(n);
    for (std::size_t i = 0; i != n; ++i) order[i] = static_cast<index_t>(i);
    stable_sort(order, before);
    track_order out{constexpr_vector<index_t>(n), constexpr_vector<index_t>(n), order};
    for (std::size_t i = 0; i != n; ++i) out.below[i] = out.same_rank_as[i] = no_index;
    for (std::size_t k = 1; k < n; ++k) {
        const index_t a = order[k - 1];
        const index_t b = order[k];
        if (!levels[a].track.resolved() || levels[a].track.index != levels[b].track.index) continue;
        if (levels[a].rank == levels[b].rank) {
            out.same_rank_as[b] = out.same_rank_as[a] != no_index ? out.same_rank_as[a] : a;
            out.below[b] = out.below[a];
        } else {
            out.below[b] = a;
        }
    }
    return out;
}

/// For each expectation row of the levels, the level below on its track whose expectation
/// decreasing_expectations compares with: the nearest that states that competency (of levels
/// sharing a rank, the last declared speaks for them). One pass up each track, keeping the
/// latest minimum per competency: linear in the number of expectations.
struct lower_expectations {
    constexpr_vector<index_t> level;  ///< by expectation row; no_index: none below
    constexpr_vector<rating> minimum;
};

constexpr lower_expectations find_lower_expectations(const ladder_view& v, const track_order& order) {
    const auto levels = v.levels();
    const std::size_t competencies = v.competencies().size();
    lower_expectations out{constexpr_vector<index_t>(v.expectations().size()), constexpr_vector<rating>(v.expectations().size())};
    for (auto& x : out.level) x = no_index;
    // The latest level up the current track to state each competency, and its minimum; a
    // competency's entry counts only while its track stamp is the current track's.
    constexpr_vector<index_t> last_level(competencies);
    constexpr_vector<rating> last_minimum(competencies);
    constexpr_vector<std::size_t> last_track(competencies);
    competency_stamps stated(competencies);
    std::size_t track_stamp = 0;
    const auto& up = order.up;
    for (std::size_t k = 0; k != up.size();) {
        const index_t track = levels[up[k]].track.index;
        if (track == no_index) break;  // levels with an unknown track sort last; they are reported
        if (k == 0 || levels[up[k - 1]].track.index != track) ++track_stamp;
        std::size_t group_end = k + 1;
        while (group_end != up.size() && levels[up[group_end]].track.index == track &&
               levels[up[group_end]].rank == levels[up[k]].rank) {
            ++group_end;
        }
        for (std::size_t g = k; g != group_end; ++g) {
            const level& l = levels[up[g]];
            for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
                const index_t c = v.expectations()[row].competency.index;
                if (c == no_index || last_track[c] != track_stamp) continue;
                out.level[row] = last_level[c];
                out.minimum[row] = last_minimum[c];
            }
        }
        const index_t speaker = up[group_end - 1];
        const level& l = levels[speaker];
        stated.next_owner();
        for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
            const index_t c = v.expectations()[row].competency.index;
            if (c == no_index || !stated.mark(c)) continue;  // the first of a duplicate speaks
            last_level[c] = speaker;
            last_minimum[c] = v.expectations()[row].minimum;
            last_track[c] = track_stamp;
        }
        k = group_end;
    }
    return out;
}

constexpr void check_levels(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const ladder_policy& policy = v.policy();
    if (levels.empty()) sink.add(diagnostic_code::no_levels, severity::warning, entity::ladder, v.name(), {}, {});
    const track_order order = order_levels_on_tracks(v);
    const lower_expectations lower = find_lower_expectations(v, order);
    competency_stamps stated(v.competencies().size());
    for (std::size_t i = 0; i != levels.size(); ++i) {
        const level& l = levels[i];
        check_expectation_list(v, v.expectations_of(l), entity::level, l.id, stated, sink);
        check_partial_text(v.expectations_of(l), l.id, sink);
        if (!l.track.resolved()) continue;

        if (const index_t same = order.same_rank_as[i]; same != no_index) {
            sink.add(diagnostic_code::duplicate_rank, severity::error, entity::level, l.id, levels[same].id, l.where,
                     l.rank);
        }

        // A level with an unknown competency in its list is already reported; which competency it
        // misses is then a guess, so the missing-expectation check waits for the fix.
        bool all_known = true;
        for (const auto& e : v.expectations_of(l)) all_known = all_known && e.competency.resolved();
        for (std::size_t c = 0; all_known && c != v.competencies().size(); ++c) {
            if (!stated.stated(c)) {
                sink.add_by_policy(policy.missing_expectations, diagnostic_code::missing_expectation, entity::level,
                                   l.id, v.competencies()[c].id, l.where);
            }
        }

        for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
            const expectation& e = v.expectations()[row];
            if (!e.competency.resolved() || lower.level[row] == no_index) continue;
            if (e.minimum < lower.minimum[row]) {
                sink.add_by_policy(policy.decreasing_expectations, diagnostic_code::decreasing_expectation,
                                   entity::level, l.id, levels[lower.level[row]].id, e.where, e.minimum, lower.minimum[row]);
            }
        }

        if (l.band) {
            const pay_band& b = *l.band;
            if (b.minimum > b.maximum) {
                sink.add(diagnostic_code::inverted_band, severity::error, entity::level, l.id, {}, l.where, b.minimum,
                         b.maximum);
                continue;
            }
            // The nearest level below with a well-formed band.
            index_t below = order.below[i];
            while (below != no_index &&
                   !(levels[below].band && levels[below].band->minimum <= levels[below].band->maximum)) {
                below = order.below[below];
            }
            if (below == no_index) continue;
            const level& lower_level = levels[below];
            const pay_band& lb = *lower_level.band;
            if (lb.currency != b.currency) {
                sink.add(diagnostic_code::mixed_band_currencies, severity::warning, entity::level, l.id,
                         lower_level.id, l.where);
            } else if (b.minimum < lb.minimum || b.maximum < lb.maximum) {
                const bool by_minimum = b.minimum < lb.minimum;
                sink.add(diagnostic_code::decreasing_band, severity::error, entity::level, l.id, lower_level.id,
                         l.where, by_minimum ? b.minimum : b.maximum, by_minimum ? lb.minimum : lb.maximum);
            } else if (lb.maximum > b.minimum) {
                const std::int64_t width = lb.maximum - lb.minimum;
                const std::int64_t overlap = lb.maximum - b.minimum;
                const std::int64_t percent = width > 0 ? overlap * 100 / width : 100;
                if (percent > policy.max_band_overlap_percent) {
                    sink.add(diagnostic_code::overlapping_bands, severity::warning, entity::level, l.id,
                             lower_level.id, l.where, percent, policy.max_band_overlap_percent);
                }
            }
        }
    }
}

/// A group is a range of levels on one track, upwards, with an id no level has (`at(id)` names
/// either).
constexpr void check_groups(const ladder_view& v, finding_sink& sink) {
    const id_index levels(v.levels());
    for (const auto& g : v.groups()) {
        const auto inconsistent = [&](std::int64_t why, std::string_view other) {
            sink.add(diagnostic_code::inconsistent_group, severity::error, entity::group, g.id, other, g.where, why);
        };
        if (levels.find(g.id) != no_index) inconsistent(2, g.id);
        if (!g.lowest.resolved() || !g.highest.resolved()) continue;
        const level& lo = v.levels()[g.lowest.index];
        const level& hi = v.levels()[g.highest.index];
        if (lo.track.index != hi.track.index) {
            inconsistent(0, g.highest.id);
        } else if (lo.rank > hi.rank) {
            inconsistent(1, g.lowest.id);
        }
    }
}

/// An archetype's title names a level where the archetype applies, once. Titles sorted by
/// archetype and level, so a second title for one level is found next to the first.
constexpr void check_titles(const ladder_view& v, finding_sink& sink) {
    const auto titles = v.titles();
    constexpr_vector<index_t> order;
    for (std::size_t i = 0; i != titles.size(); ++i) {
        const level_title& t = titles[i];
        if (t.archetype >= v.archetypes().size() || !t.level.resolved()) continue;
        const archetype& a = v.archetypes()[t.archetype];
        if (archetype_in_force(v, t.archetype, t.level.index) == no_index) {
            sink.add(diagnostic_code::misplaced_title, severity::error, entity::archetype, a.id, t.level.id, t.where, 0);
            continue;
        }
        order.push_back(static_cast<index_t>(i));
    }
    stable_sort(order, [&](index_t x, index_t y) {
        return titles[x].archetype != titles[y].archetype ? titles[x].archetype < titles[y].archetype
                                                          : titles[x].level.index < titles[y].level.index;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const level_title &before = titles[order[k - 1]], &t = titles[order[k]];
        if (before.archetype != t.archetype || before.level.index != t.level.index) continue;
        sink.add(diagnostic_code::misplaced_title, severity::error, entity::archetype, v.archetypes()[t.archetype].id, t.level.id,
                 t.where, 1);
    }
}

constexpr bool all_resolved(const equivalence& q) noexcept {
    return q.level.resolved() && q.lowest.resolved() && q.highest.resolved();
}

constexpr void check_equivalences(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const auto eqs = v.equivalences();
    const auto inconsistent = [&](const equivalence& q, std::int64_t why) {
        sink.add(diagnostic_code::inconsistent_equivalence, severity::error, entity::equivalence, q.level.id,
                 q.lowest.id, q.where, why);
    };
    for (std::size_t i = 0; i != eqs.size(); ++i) {
        const auto& q = eqs[i];
        if (!all_resolved(q)) continue;
        const level& l = levels[q.level.index];
        const level& lo = levels[q.lowest.index];
        const level& hi = levels[q.highest.index];
        if (lo.track.index != hi.track.index) {
            inconsistent(q, 0);
            continue;
        }
        if (lo.rank > hi.rank) {
            inconsistent(q, 1);
            continue;
        }
        if (lo.track.index == l.track.index) {
            inconsistent(q, 2);
            continue;
        }
        // A higher level must not map to a lower range than a level below it on its track.
        for (std::size_t j = 0; j != i; ++j) {
            const auto& p = eqs[j];
            if (!all_resolved(p)) continue;
            const level& pl = levels[p.level.index];
            const level& plo = levels[p.lowest.index];
            const level& phi = levels[p.highest.index];
            if (pl.track.index != l.track.index || plo.track.index != lo.track.index || pl.rank == l.rank) continue;
            const bool p_below = pl.rank < l.rank;
            const bool crossed = p_below ? (plo.rank > lo.rank || phi.rank > hi.rank)
                                         : (plo.rank < lo.rank || phi.rank < hi.rank);
            if (crossed) {
                inconsistent(q, 3);
                break;
            }
        }
    }
}

constexpr void check_archetypes(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    competency_stamps stated(v.competencies().size());
    for (const auto& a : v.archetypes()) {
        check_expectation_list(v, v.expectations_of(a), entity::archetype, a.id, stated, sink);
        if (a.from.empty()) {
            sink.add(diagnostic_code::archetype_without_level, severity::error, entity::archetype, a.id, {}, a.where);
            continue;
        }
        if (!a.from.resolved() || !a.until.resolved()) continue;
        const level& from = levels[a.from.index];
        const level& until = levels[a.until.index];
        if (until.track.index != from.track.index || until.rank < from.rank) {
            sink.add(diagnostic_code::archetype_without_level, severity::error, entity::archetype, a.id, until.id,
                     a.where);
        }
    }
}

/// True when an equivalence puts `b` in the range of `a` (or `a` in the range of `b`).
constexpr bool declared_equivalent(const ladder_view& v, index_t a, index_t b) {
    const auto levels = v.levels();
    const auto in_range = [&](const equivalence& q, index_t x) {
        const level& lx = levels[x];
        const level& lo = levels[q.lowest.index];
        const level& hi = levels[q.highest.index];
        return lx.track.index == lo.track.index && lo.rank <= lx.rank && lx.rank <= hi.rank;
    };
    for (const auto& q : v.equivalences()) {
        if (!all_resolved(q)) continue;
        if (q.level.index == a && in_range(q, b)) return true;
        if (q.level.index == b && in_range(q, a)) return true;
    }
    return false;
}

constexpr void check_transitions(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const auto transitions = v.transitions();
    for (const auto& t : transitions) {
        if (!t.from.resolved() || !t.to.resolved()) continue;
        const level& from = levels[t.from.index];
        const level& to = levels[t.to.index];
        const bool same_track = from.track.index == to.track.index;
        switch (t.kind) {
            case transition_kind::promote:
                if (!same_track || to.rank <= from.rank) {
                    sink.add(diagnostic_code::promotion_not_upward, severity::error, entity::transition, from.id, to.id,
                             t.where);
                }
                break;
            case transition_kind::step_back: {
                // Across tracks, "lower" is read on the common scope scale (a manager back to senior IC).
                const bool lower = same_track ? to.rank < from.rank : to.scope <= from.scope;
                if (!lower) {
                    sink.add(diagnostic_code::step_back_not_downward, severity::error, entity::transition, from.id,
                             to.id, t.where);
                }
                if (t.pay != pay_policy::keep && !to.band) {
                    sink.add(diagnostic_code::pay_policy_without_band, severity::warning, entity::transition, from.id,
                             to.id, t.where);
                }
                break;
            }
            case transition_kind::switch_track: {
                if (same_track) {
                    sink.add(diagnostic_code::switch_within_track, severity::error, entity::transition, from.id, to.id,
                             t.where);
                    break;
                }
                if (!declared_equivalent(v, t.from.index, t.to.index)) {
                    sink.add(diagnostic_code::switch_without_equivalence, severity::warning, entity::transition,
                             from.id, to.id, t.where);
                }
                if (!t.both_ways) {
                    bool way_back = false;
                    for (const auto& r : transitions) {
                        way_back = way_back || (r.kind == transition_kind::switch_track && r.from.index == t.to.index &&
                                                r.to.index == t.from.index);
                    }
                    if (!way_back) {
                        sink.add(diagnostic_code::one_way_switch, severity::warning, entity::transition, from.id,
                                 to.id, t.where);
                    }
                }
                break;
            }
        }
    }
}

/// `maps`: each new id a level or a competency of this version; an old id mapped to levels or to
/// competencies, not both; no pair twice. Whether the old ids were in the previous version is
/// for a history to check (revise/history.hpp): one file does not know it.
constexpr void check_maps(const ladder_view& v, finding_sink& sink) {
    const auto maps = v.maps();
    constexpr_vector<index_t> order;
    for (std::size_t i = 0; i != maps.size(); ++i) {
        const revision_map& m = maps[i];
        if (m.to.resolved()) {
            order.push_back(static_cast<index_t>(i));
            continue;
        }
        std::string_view near = closest_id(v.levels(), m.to.id);
        if (near.empty()) near = closest_id(v.competencies(), m.to.id);
        sink.add(diagnostic_code::unknown_reference, severity::error, entity::level, m.to.id, m.from, m.where, 0, 0, near);
    }
    // Sorted by old id, then new id: a repeat and a mix of kinds are neighbours (n log n).
    stable_sort(order, [&](index_t a, index_t b) {
        return maps[a].from != maps[b].from ? maps[a].from < maps[b].from : maps[a].to.id < maps[b].to.id;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const revision_map &before = maps[order[k - 1]], &m = maps[order[k]];
        if (before.from != m.from) continue;
        if (before.to.id == m.to.id) {
            sink.add(diagnostic_code::bad_map, severity::error, entity::text, m.from, "it names the same id twice", m.where);
        } else if (before.competency != m.competency) {
            sink.add(diagnostic_code::bad_map, severity::error, entity::text, m.from,
                     "it maps one id to a level and to a competency", m.where);
        }
    }
}

}  // namespace detail

/// Checks every well-formedness rule of a ladder. ok() is true when nothing is an error;
/// warnings (a one-way door, a missing expectation …) are reported but allowed.
[[nodiscard]] constexpr diagnostic_list validate(const ladder_view& v) {
    diagnostic_list out;
    detail::finding_sink sink{out};
    detail::check_duplicate_ids(v.scales(), entity::scale, sink);
    detail::check_duplicate_ids(v.categories(), entity::category, sink);
    detail::check_duplicate_ids(v.competencies(), entity::competency, sink);
    detail::check_duplicate_ids(v.tracks(), entity::track, sink);
    detail::check_duplicate_ids(v.levels(), entity::level, sink);
    detail::check_duplicate_ids(v.archetypes(), entity::archetype, sink);
    detail::check_duplicate_ids(v.attributes(), entity::attribute, sink);
    detail::check_duplicate_ids(v.rules(), entity::rule, sink);
    detail::check_duplicate_ids(v.groups(), entity::group, sink);
    detail::check_references(v, sink);
    detail::check_scales(v, sink);
    detail::check_levels(v, sink);
    detail::check_equivalences(v, sink);
    detail::check_groups(v, sink);
    detail::check_titles(v, sink);
    detail::check_archetypes(v, sink);
    detail::check_transitions(v, sink);
    detail::check_maps(v, sink);
    return out;
}

LADDER_END_NAMESPACE
