// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What a manager or an HR system asks of a ladder about one person:
//   readiness(l, p, target)  is this person ready for that move, and what is missing, by how much?
//   diff(l, a, b)            what separates two levels?
//   best_fit(l, p)           the highest level this profile meets, with the margin;
//   archetype_fits(l, p, at) the staff+ archetypes ranked by how well the profile fits.
// Readiness (the move's guard) and fit (how the ratings match a level or an archetype) are
// reported separately: being ready for the next level and fitting it are different questions.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/decide/transition.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/rule.hpp>

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE


// ---- what separates two levels ----

/// One competency whose expectation differs between two levels.
struct expectation_change {
    index_t competency = no_index;
    std::optional<rating> from;  ///< empty: the first level states none
    std::optional<rating> to;
    friend constexpr bool operator==(const expectation_change&, const expectation_change&) = default;
};

/// What separates level `from` from level `to`, on one track or across tracks.
struct level_diff {
    index_t from = no_index;
    index_t to = no_index;
    constexpr_vector<expectation_change> changes;  ///< in competency order
};

/// What separates two levels: each competency whose expected rating differs.
[[nodiscard]] constexpr level_diff diff(const ladder_view& l, level_ref from, level_ref to) {
    level_diff out;
    out.from = from.index();
    out.to = to.index();
    const auto a = l.expectations_of(l[from]);
    const auto b = l.expectations_of(l[to]);
    for (std::size_t c = 0; c != l.competencies().size(); ++c) {
        const auto row = static_cast<index_t>(c);
        const auto x = detail::minimum_of(a, row);
        const auto y = detail::minimum_of(b, row);
        if (x != y) out.changes.push_back(expectation_change{row, x, y});
    }
    return out;
}

// ---- readiness for a move ----

/// A competency short of what the move asks, in words a manager reads.
struct gap_in_words {
    index_t competency = no_index;
    rating required = 0;
    std::optional<rating> actual;  ///< empty: not rated
    /// How far short: required - actual, or required when not rated.
    [[nodiscard]] constexpr std::int32_t shortfall() const noexcept { return required - (actual ? *actual : 0); }
};

/// What a move does to pay, by the transition's policy and the target level's band.
struct pay_outcome {
    pay_policy policy = pay_policy::keep;
    std::optional<std::int64_t> amount;  ///< empty: pay is kept, or the target has no band
    std::string_view currency;
};

/// A person judged for a move to a target level.
struct readiness_report {
    index_t from = no_index;  ///< the person's level
    index_t to = no_index;    ///< the target
    transition_kind kind = transition_kind::promote;
    bool defined = false;  ///< the ladder declares this move; otherwise it is judged by meets(target)
    index_t archetype = no_index;  ///< judged as this archetype at the target (the person's own, where it applies)
    transition_outcome outcome;  ///< the guard, its evaluation, the advisories
    constexpr_vector<gap_in_words> gaps;  ///< largest shortfall first
    std::optional<pay_outcome> pay;       ///< for a step back

    [[nodiscard]] ladder::verdict result() const noexcept { return outcome.result(); }
};

namespace detail {
[[nodiscard]] constexpr pay_outcome pay_for(const ladder_view& l, pay_policy policy, index_t to) noexcept {
    pay_outcome out{policy, std::nullopt, {}};
    const auto& band = l.levels()[to].band;
    if (!band || policy == pay_policy::keep) return out;
    out.currency = band->currency;
    switch (policy) {
        case pay_policy::top_of_band: out.amount = band->maximum; break;
        case pay_policy::midpoint: out.amount = (band->minimum + band->maximum) / 2; break;
        case pay_policy::bottom_of_band: out.amount = band->minimum; break;
        case pay_policy::keep: break;
    }
    return out;
}
}  // namespace detail

/// Is the person ready to move to `target`? The move's guard decides (or meets(target) where
/// the ladder declares no such move); the report explains it, lists the gaps largest first in
/// the ladder's words, the advisories, and for a step back the pay outcome. Fails only when a
/// condition is broken for this person (a diagnostic), never because the answer is no.
[[nodiscard]] inline result<readiness_report> readiness(const ladder_view& l, const person_ref& p, level_ref target) {
    readiness_report out;
    out.from = p.level;
    out.to = target.index();
    const level_move m = find_move(l, p.level, out.to);
    out.defined = m.declared();
    out.kind = kind_of(l, m);
    out.archetype = archetype_in_force(l, p.archetype, out.to);
    auto judged = judge_move(l, m, p);
    if (!judged) return judged.diagnostics();
    out.outcome = std::move(*judged);
    if (out.kind == transition_kind::step_back) {
        out.pay = detail::pay_for(l, m.declared() ? l.transitions()[m.transition].pay : pay_policy::keep, out.to);
    }
    for (const auto& g : out.outcome.decision.gaps()) out.gaps.push_back(gap_in_words{g.competency, g.required, g.actual});
    // Largest shortfall first; ties keep the ladder's order.
    detail::stable_sort(out.gaps, [](const gap_in_words& a, const gap_in_words& b) { return a.shortfall() > b.shortfall(); });
    return out;
}

/// The same, with the target by id (an unknown id is a diagnostic with a did-you-mean).
[[nodiscard]] inline result<readiness_report> readiness(const ladder_view& l, const person_ref& p, std::string_view target) {
    const auto t = find_level(l, target);
    if (!t) return t.diagnostics();
    return readiness(l, p, *t);
}

/// The level a person would be promoted to: the first promotion the ladder declares from their
/// level, or else the next rank on their track; empty at the top.
[[nodiscard]] constexpr std::optional<level_ref> next_level(const ladder_view& l, const person_ref& p) noexcept {
    for (const auto& t : l.transitions()) {
        if (t.kind == transition_kind::promote && t.from.index == p.level && t.to.resolved()) {
            return detail::handle_access::make<level>(t.to.index);
        }
    }
    const level& at = l.levels()[p.level];
    std::optional<level_ref> best;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != at.track.index || x.rank <= at.rank) continue;
        if (!best || x.rank < l[*best].rank) best = detail::handle_access::make<level>(static_cast<index_t>(i));
    }
    return best;
}

// ---- many people ----

/// People a batch reads: a people_table (or its rows), a people_list, or persons (a span, a
/// vector); each read as a person_ref.
template <class People>
concept people_range = requires(const People& people, std::size_t i) {
    { people.size() } -> std::convertible_to<std::size_t>;
    person_ref(people[i]);
};

/// Judges many people's moves against one ladder, whose conditions were compiled once, when it
/// was built: the move's `when`, or meets(target) where the ladder declares no such move (or the
/// move has no `when`). Judging only reads the ladder, so several threads may share one table.
class move_table {
public:
    /// A table over a ladder, which must outlive it. Nothing is compiled here (the ladder's
    /// conditions were, when it was built), so it does not fail today; a result, so that a
    /// table that prepares more can say why it could not.
    [[nodiscard]] static result<move_table> make(const ladder_view& l) {
        move_table t;
        t.ladder_ = l;
        return t;
    }

    /// The verdict on a person's move to `target`, as readiness() would decide it; a failed
    /// result means the guard is broken for this person (readiness() gives the explanation).
    [[nodiscard]] constexpr result<verdict> check(const person_ref& p, level_ref target) const {
        return guard_for(p.level, target).check(p);
    }

    /// What decides a move from level row `from` to `target`: its check(p) is check(p, target)
    /// for anyone at `from`. judge() looks it up once for a run of people with the same move.
    class guard {
    public:
        constexpr explicit guard(const rule_view& r) noexcept : rule_(r) {}
        [[nodiscard]] constexpr result<verdict> check(const person_ref& p) const { return ladder::check(rule_, p); }
        /// The verdict alone, empty where the guard is broken for the person: what judge() reads.
        [[nodiscard]] constexpr std::optional<verdict> judge(const person_ref& p) const { return detail::judge_rule(rule_, p); }

        /// Judges one person after another by this guard, what evaluating its rule needs set up
        /// once for them all: what judge() of many people holds for each run of people making
        /// this move.
        class judger {
        public:
            constexpr explicit judger(const guard& g) : rule_(g.rule_), evaluator_(rule_) {}
            [[nodiscard]] constexpr std::optional<verdict> judge(const person_ref& p) { return evaluator_.judge(p); }

        private:
            rule_view rule_;
            detail::rule_evaluator evaluator_;  // views rule_: a judger stays where it was made
        };

    private:
        rule_view rule_;
    };
    [[nodiscard]] constexpr guard guard_for(index_t from, level_ref target) const noexcept {
        return guard(guard_of(ladder_, find_move(ladder_, from, target.index())));
    }

    [[nodiscard]] constexpr const ladder_view& ladder() const noexcept { return ladder_; }

private:
    ladder_view ladder_;
};

/// Judges many people into caller-provided storage: `out[i]` is person i's verdict for
/// `targets[i]` (or `targets[0]` for everyone, when one target is given); empty where the guard
/// is broken for that person. `table` is a move_table, or a lowered_moves<ladder> of a
/// compile-time ladder (its guards run as generated code). `people` is a people_table (the
/// fastest to read), rows of one, or persons (a span, a vector, a people_list). Allocates
/// nothing for rules of up to 128 nodes; safe to call from several threads on one table, each
/// with its own rows of people and out.
template <class Table, people_range People>
    requires requires(const Table& t, const People& people, level_ref target) { t.check(person_ref(people[0]), target); }
void judge(const Table& table, const People& people, std::span<const level_ref> targets,
           std::span<std::optional<verdict>> out) {
    const std::size_t n = people.size() < out.size() ? people.size() : out.size();
    if (targets.empty()) {
        for (std::size_t i = 0; i != n; ++i) out[i].reset();
        return;
    }
    const auto target_of = [&](std::size_t i) {
        return targets.size() == 1 ? targets[0] : targets[i < targets.size() ? i : targets.size() - 1];
    };
    if constexpr (requires { typename decltype(table.guard_for(no_index, targets[0]))::judger; }) {
        // The move's guard found, and set up to judge, once for each run of people making the
        // same move.
        using judger = typename decltype(table.guard_for(no_index, targets[0]))::judger;
        std::optional<judger> j;
        index_t from = no_index, to = no_index;
        for (std::size_t i = 0; i != n; ++i) {
            const person_ref p = people[i];
            const level_ref target = target_of(i);
            if (!j || p.level != from || target.index() != to) {
                from = p.level;
                to = target.index();
                j.emplace(table.guard_for(from, target));
            }
            out[i] = j->judge(p);
        }
    } else {
        for (std::size_t i = 0; i != n; ++i) {
            const auto v = table.check(people[i], target_of(i));
            out[i] = v ? std::optional<verdict>(*v) : std::nullopt;
        }
    }
}

// ---- fit: how a profile matches levels and archetypes ----

/// The highest level of a track whose expectations the latest cycle meets.
struct level_fit {
    index_t level = no_index;   ///< no_index: not even the lowest
    std::int32_t margin = 0;    ///< the smallest surplus over its expectations (0: just meets one)
    index_t next = no_index;    ///< the level above, if any
    std::int32_t gap_to_next = 0;  ///< the total shortfall against it (unrated counts in full)
};

namespace detail {
struct profile_match {
    bool meets = true;
    std::int32_t margin = 0;
    std::int32_t shortfall = 0;
    std::int32_t met = 0;       ///< the sum over expectations of min(rating, required)
    std::int32_t required = 0;  ///< the sum of required ratings
};
/// The latest cycle against a list of expectations (with optional overrides), exemptions skipped.
[[nodiscard]] constexpr profile_match match(const ladder_view& l, const person_ref& p, index_t level_row,
                                            index_t archetype_row = no_index) {
    profile_match m;
    bool first = true;
    for_each_expectation(l, level_row, archetype_row, [&](index_t competency, rating required) {
        if (p.exemption_from(competency) != nullptr) return true;
        const auto r = p.rating_of(competency);
        const std::int32_t have = r ? *r : 0;
        const std::int32_t surplus = have - required;
        if (!r || surplus < 0) m.meets = false;
        if (surplus < 0) m.shortfall -= surplus;
        m.margin = first || surplus < m.margin ? surplus : m.margin;
        m.met += have < required ? have : required;
        m.required += required;
        first = false;
        return true;
    });
    if (m.margin < 0) m.margin = 0;
    return m;
}
}  // namespace detail

/// The highest level on `track` the person's latest cycle meets (every expectation, as their
/// archetype where it applies, and the level's criterion), with the margin over its
/// expectations, and how far the level above is.
[[nodiscard]] constexpr level_fit best_fit(const ladder_view& l, const person_ref& p, track_ref track) {
    level_fit out;
    std::int32_t best_rank = 0;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != track.index()) continue;
        const auto row = static_cast<index_t>(i);
        const auto m = detail::match(l, p, row, archetype_in_force(l, p.archetype, row));
        bool meets = m.meets;
        if (meets && !x.criterion.empty()) {
            const auto v = check(rule_of(l, l.meets_condition(row)), p);
            meets = v.ok() && *v == verdict::pass;
        }
        if (meets && (out.level == no_index || x.rank > best_rank)) {
            out.level = static_cast<index_t>(i);
            out.margin = m.margin;
            best_rank = x.rank;
        }
    }
    // The level just above the best fit (or the lowest level, when none fits).
    std::int32_t next_rank = 0;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != track.index() || (out.level != no_index && x.rank <= best_rank)) continue;
        if (out.next == no_index || x.rank < next_rank) {
            out.next = static_cast<index_t>(i);
            next_rank = x.rank;
        }
    }
    if (out.next != no_index) out.gap_to_next = detail::match(l, p, out.next, archetype_in_force(l, p.archetype, out.next)).shortfall;
    return out;
}
/// The same on the person's own track.
[[nodiscard]] constexpr level_fit best_fit(const ladder_view& l, const person_ref& p) {
    return best_fit(l, p, detail::handle_access::make<track>(l.levels()[p.level].track.index));
}

/// How well a profile fits one archetype at a level.
struct archetype_fit {
    index_t archetype = no_index;
    std::int32_t score = 0;  ///< 0-100: the share of the archetype's expectations the ratings reach
    bool meets = false;      ///< every expectation at the level, with the archetype's overrides, is met
    bool applies = false;    ///< the archetype is open at that level (its from/until range)
};

/// The archetypes ranked by fit at `at`, best first: the score weighs the archetype's own
/// expectations (what sets it apart), so a Tech Lead profile and an Architect profile at the
/// same level rank differently.
[[nodiscard]] constexpr constexpr_vector<archetype_fit> archetype_fits(const ladder_view& l, const person_ref& p, level_ref at) {
    constexpr_vector<archetype_fit> out;
    for (std::size_t a = 0; a != l.archetypes().size(); ++a) {
        const auto row = static_cast<index_t>(a);
        archetype_fit f;
        f.archetype = row;
        f.applies = applies_to(l, detail::handle_access::make<archetype>(row), at);
        f.meets = detail::match(l, p, at.index(), row).meets;
        std::int32_t met = 0, required = 0;
        for (const auto& e : l.expectations_of(l.archetypes()[a])) {
            if (p.exemption_from(e.competency.index) != nullptr) continue;
            const auto r = p.rating_of(e.competency.index);
            const std::int32_t have = r ? *r : 0;
            met += have < e.minimum ? have : e.minimum;
            required += e.minimum;
        }
        f.score = required == 0 ? 0 : met * 100 / required;
        out.push_back(f);
    }
    // Best first; a fit that meets before one that does not at the same score; stable.
    detail::stable_sort(out, [](const archetype_fit& a, const archetype_fit& b) {
        return a.score > b.score || (a.score == b.score && a.meets && !b.meets);
    });
    return out;
}

/// The same at the person's own level.
[[nodiscard]] constexpr constexpr_vector<archetype_fit> archetype_fits(const ladder_view& l, const person_ref& p) {
    return archetype_fits(l, p, detail::handle_access::make<level>(p.level));
}

// ---- a readiness report for each of many people ----

/// One person's entry in a batch of readiness reports: the report, or why there is none (at the
/// top of their track; a guard broken for them); with the archetypes open at their level ranked
/// by fit, when asked for.
struct readiness_entry {
    person_ref who;  ///< views the person's storage (a people_table's row, or a person)
    std::optional<readiness_report> report;
    std::string problem;
    constexpr_vector<archetype_fit> archetypes;
};

/// What `ladder evaluate` asks of one person: readiness for `target`, or for their next level
/// when none is given; with the archetypes open at their level ranked by fit, when asked for.
[[nodiscard]] inline readiness_entry readiness_entry_of(const ladder_view& l, person_ref p, std::optional<level_ref> target,
                                                        bool with_archetypes = false) {
    readiness_entry e;
    e.who = p;
    const auto to = target ? target : next_level(l, p);
    if (!to) {
        e.problem = "at the top of their track: no next level";
    } else if (auto r = readiness(l, p, *to)) {
        e.report = std::move(*r);
    } else {
        e.problem = r.diagnostics().to_string();
    }
    if (with_archetypes) {
        for (const auto& f : archetype_fits(l, p)) {
            if (f.applies) e.archetypes.push_back(f);
        }
    }
    return e;
}

/// readiness_entry_of() for each of many people, kept in a vector (a batch too large to keep
/// is written one entry at a time: see readiness_writer). `on_progress(done)` is called after
/// each person.
template <people_range People, class Progress>
[[nodiscard]] std::vector<readiness_entry> readiness_of(const ladder_view& l, const People& people,
                                                        std::optional<level_ref> target, bool with_archetypes,
                                                        Progress&& on_progress) {
    std::vector<readiness_entry> out;
    out.reserve(people.size());
    for (std::size_t i = 0; i != people.size(); ++i) {
        out.push_back(readiness_entry_of(l, person_ref(people[i]), target, with_archetypes));
        on_progress(out.size());
    }
    return out;
}
/// The same, without progress.
template <people_range People>
[[nodiscard]] std::vector<readiness_entry> readiness_of(const ladder_view& l, const People& people,
                                                        std::optional<level_ref> target = std::nullopt,
                                                        bool with_archetypes = false) {
    return readiness_of(l, people, target, with_archetypes, [](std::size_t) {});
}

LADDER_END_NAMESPACE
