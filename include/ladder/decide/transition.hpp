// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A move between levels, judged for a person: the transition's guard (its `when` condition, or
// meets(target) without one) decides; its advisories (`warn …`) are reported and never decide.
// Every condition is the ladder's own, compiled when it was built: nothing here compiles text.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/rule.hpp>

#include <cstddef>
#include <optional>

LADDER_BEGIN_NAMESPACE

/// A move from a level to a target as the ladder sees it: the transition that declares it (if
/// any) and the condition that judges it.
struct level_move {
    index_t from = no_index;
    index_t to = no_index;
    index_t transition = no_index;  ///< no_index: the ladder declares no such move
    /// The way back through a two-way switch (from its `to` to its `from`).
    bool way_back = false;

    [[nodiscard]] constexpr bool declared() const noexcept { return transition != no_index; }
};

/// The move from level `from` to level `to`: the first transition between them (a two-way
/// switch counts both ways) of kind `kind` (any kind when empty), or an undeclared move.
[[nodiscard]] constexpr level_move find_move(const ladder_view& l, index_t from, index_t to,
                                             std::optional<transition_kind> kind = std::nullopt) noexcept {
    for (std::size_t i = 0; i != l.transitions().size(); ++i) {
        const transition& t = l.transitions()[i];
        if (kind && t.kind != *kind) continue;
        if (t.from.index == from && t.to.index == to) return level_move{from, to, static_cast<index_t>(i), false};
        if (t.both_ways && t.from.index == to && t.to.index == from) return level_move{from, to, static_cast<index_t>(i), true};
    }
    return level_move{from, to, no_index, false};
}

/// What kind of move it is: the transition's, or for an undeclared one, a switch to another
/// track, a promotion to a level ranked at or above, or else a step back.
[[nodiscard]] constexpr transition_kind kind_of(const ladder_view& l, const level_move& m) noexcept {
    if (m.declared()) return l.transitions()[m.transition].kind;
    const level& a = l.levels()[m.from];
    const level& b = l.levels()[m.to];
    return a.track.index != b.track.index ? transition_kind::switch_track
           : b.rank >= a.rank             ? transition_kind::promote
                                          : transition_kind::step_back;
}

/// The row in ladder_view::conditions() of what decides a move: the transition's `when` (which
/// guards a two-way switch both ways), or else meets(target), its expectations and criterion.
[[nodiscard]] constexpr std::size_t guard_row(const ladder_view& l, const level_move& m) noexcept {
    if (m.declared() && !l.guard_condition(m.transition).empty()) return l.levels().size() + m.transition;
    return m.to;
}
/// What decides a move, as a rule to evaluate.
[[nodiscard]] constexpr rule_view guard_of(const ladder_view& l, const level_move& m) noexcept {
    return rule_of(l, l.condition(guard_row(l, m)));
}

/// One advisory clause of a transition, as evaluated.
struct advisory_outcome {
    index_t advisory = no_index;
    ladder::verdict result = verdict::unknown;
};

/// A transition judged for a person: the guard's evaluation decides; advisories only inform.
/// The guard views the ladder, which must outlive the outcome.
struct transition_outcome {
    index_t transition = no_index;
    rule_view guard;
    evaluation decision;
    constexpr_vector<advisory_outcome> advisories;

    [[nodiscard]] ladder::verdict result() const noexcept { return decision.result(); }
};

/// Judges a move for a person: its guard, and a declared move's advisories. Fails only when a
/// condition is broken for this person (division by zero), never because the answer is no.
[[nodiscard]] inline result<transition_outcome> judge_move(const ladder_view& l, const level_move& m, const person_ref& p) {
    const rule_view guard = guard_of(l, m);
    auto decision = evaluate(guard, p);
    if (!decision) return decision.diagnostics();
    transition_outcome out{m.transition, guard, std::move(*decision), {}};
    if (!m.declared()) return out;
    for (std::size_t i = 0; i != l.advisories().size(); ++i) {
        if (l.advisories()[i].transition != m.transition) continue;
        const auto e = check(rule_of(l, l.advisory_condition(static_cast<index_t>(i))), p);
        if (!e) return e.diagnostics();
        out.advisories.push_back(advisory_outcome{static_cast<index_t>(i), *e});
    }
    return out;
}

/// The move transition `row` declares (`way_back`: back through a two-way switch, from its `to`
/// to its `from`).
[[nodiscard]] constexpr level_move move_of(const ladder_view& l, index_t row, bool way_back = false) noexcept {
    const transition& t = l.transitions()[row];
    return way_back ? level_move{t.to.index, t.from.index, row, true} : level_move{t.from.index, t.to.index, row, false};
}

/// Judges transition `row` for a person (`way_back`: back through a two-way switch).
[[nodiscard]] inline result<transition_outcome> evaluate_transition(const ladder_view& l, index_t row, const person_ref& p,
                                                                    bool way_back = false) {
    return judge_move(l, move_of(l, row, way_back), p);
}

/// The rule that guards transition `row`: its `when` condition, or meets(target) (`way_back`:
/// the target of the way back through a two-way switch is its `from`).
[[nodiscard]] constexpr rule_view guard_rule(const ladder_view& l, index_t row, bool way_back = false) noexcept {
    return guard_of(l, move_of(l, row, way_back));
}

LADDER_END_NAMESPACE
