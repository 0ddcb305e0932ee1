// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A compile-time rule's verdict as code. Each node of a compiled_rule is a constant, so a
// function template per node evaluates it with everything known while compiling resolved
// away: which operation, which competency, the level's expectations, a category's members (for a
// person whose archetype applies at the level, known only at runtime, its overrides are read
// from the ladder, as the interpreter reads them).
// The optimizer sees straight-line code, as if the check were written by hand. The meaning of
// each operation is the interpreter's (the shared operations in evaluate.hpp), and a test
// compares the two on generated people.

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/rules/compile.hpp>
#include <ladder/rules/static_rule.hpp>
#include <ladder/rules/evaluate.hpp>

#include <array>
#include <cstdint>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// Where the lowered code stands: the person, the cycle looked at and its row of cells (nullptr
/// where the person has no such cycle), the competency a quantifier visits.
struct lowered_state {
    const person_ref& p;
    std::size_t back = 0;
    index_t bound = no_index;
    const rating_cell* row = p.cycle_row(0);

    /// Looks at the cycle `to` cycles before the latest.
    constexpr void look_back(std::size_t to) noexcept {
        back = to;
        row = p.cycle_row(to);
    }
};

[[nodiscard]] constexpr tri lowered_rating(const lowered_state& s, index_t competency) noexcept {
    return rating_in_row(s.p, s.row, competency);
}

struct expected_minimum {
    index_t competency = no_index;
    rating minimum = 0;
};

/// Level `L`'s expectations with archetype `A`'s overrides (A may be no_index), as a list.
template <const auto& R, index_t L, index_t A>
consteval std::size_t expectation_count() {
    std::size_t n = 0;
    for_each_expectation(R.ladder, L, A, [&](index_t, rating) { return ++n != 0; });
    return n;
}
template <const auto& R, index_t L, index_t A>
consteval auto make_expectation_list() {
    std::array<expected_minimum, expectation_count<R, L, A>()> out{};
    std::size_t i = 0;
    for_each_expectation(R.ladder, L, A, [&](index_t competency, rating minimum) {
        out[i++] = {competency, minimum};
        return true;
    });
    return out;
}
template <const auto& R, index_t L, index_t A>
inline constexpr auto expectation_list = make_expectation_list<R, L, A>();
/// The largest competency row a list names (0 for none).
template <std::size_t N>
consteval index_t widest_competency(const std::array<expected_minimum, N>& list) {
    index_t widest = 0;
    for (const auto& e : list) widest = e.competency > widest ? e.competency : widest;
    return widest;
}

/// The competencies of category `C` (no_index: all), as a list of rows.
template <const auto& R, index_t C>
consteval std::size_t member_count() {
    std::size_t n = 0;
    for (const auto& c : R.ladder.competencies()) n += (C == no_index || c.category.index == C) ? 1 : 0;
    return n;
}
template <const auto& R, index_t C>
consteval auto make_member_list() {
    std::array<index_t, member_count<R, C>()> out{};
    std::size_t i = 0;
    const auto all = R.ladder.competencies();
    for (std::size_t c = 0; c != all.size(); ++c) {
        if (C == no_index || all[c].category.index == C) out[i++] = static_cast<index_t>(c);
    }
    return out;
}
template <const auto& R, index_t C>
inline constexpr auto member_list = make_member_list<R, C>();

/// Node `I` of rule `R`, as code.
template <const auto& R, index_t I>
constexpr tri lowered(lowered_state& s) noexcept {
    constexpr rule_node n = R.nodes[I];
    constexpr node_kind k = n.kind;
    if constexpr (k == node_kind::constant) {
        return known(n.value);
    } else if constexpr (k == node_kind::rating) {
        return lowered_rating(s, n.a);
    } else if constexpr (k == node_kind::bound_rating) {
        return s.bound == no_index ? unknown_value : lowered_rating(s, s.bound);
    } else if constexpr (k == node_kind::attribute) {
        const attribute_value* v = s.p.value_of(n.a);
        return v != nullptr ? known(v->number) : unknown_value;
    } else if constexpr (k == node_kind::time_in_level) {
        return known(s.p.months_in_level);
    } else if constexpr (k == node_kind::tenure) {
        return known(s.p.tenure_months);
    } else if constexpr (k == node_kind::negate || k == node_kind::logical_not) {
        return unary(k, lowered<R, n.left>(s), I);
    } else if constexpr (k == node_kind::logical_and) {
        const tri a = lowered<R, n.left>(s);
        if (a.known() && a.v == 0) return a;  // decided: the right side cannot change it
        return logical_and(a, lowered<R, n.right>(s));
    } else if constexpr (k == node_kind::logical_or) {
        const tri a = lowered<R, n.left>(s);
        if (a.known() && a.v != 0) return a;
        return logical_or(a, lowered<R, n.right>(s));
    } else if constexpr (k >= node_kind::add && k <= node_kind::not_equal) {
        const tri a = lowered<R, n.left>(s);
        return binary(k, a, lowered<R, n.right>(s), I);
    } else if constexpr (k == node_kind::meets || k == node_kind::gap) {
        expectation_tally tally;
        if constexpr (n.b == no_index) {
            // A person of an archetype that applies at the level is judged by its overrides: which
            // one is known only at runtime, so that walk reads the ladder, as the interpreter does.
            if (const index_t as = s.p.archetype == no_index ? no_index : archetype_in_force(R.ladder, s.p.archetype, n.a);
                as != no_index) {
                for_each_expectation(R.ladder, n.a, as, [&](index_t competency, rating minimum) {
                    if (s.p.has_exemptions() && s.p.exemption_from(competency) != nullptr) return true;
                    tally.add(lowered_rating(s, competency), minimum);
                    return k != node_kind::meets || tally.shortfall == 0;
                });
                return tally.result(k);
            }
        }
        constexpr auto& list = expectation_list<R, n.a, n.b>;
        if (s.row != nullptr && !s.p.has_exemptions() && s.p.row_size() > widest_competency(list)) {
            // The common case, read straight from the cycle's row: no exemption to look up, no
            // bound to check per rating, no branch on one.
            return meets_or_gap_in_row(k, list, s.row, [](const expected_minimum& e) { return e.competency; });
        }
        for (const auto& e : list) {
            if (s.p.has_exemptions() && s.p.exemption_from(e.competency) != nullptr) continue;
            tally.add(lowered_rating(s, e.competency), e.minimum);
            if (k == node_kind::meets && tally.shortfall > 0) return known(0);
        }
        return tally.result(k);
    } else if constexpr (k == node_kind::count || k == node_kind::all || k == node_kind::any || k == node_kind::sum) {
        quantifier_tally tally(k, I);
        const index_t outer = s.bound;
        const bool exemptions = s.p.has_exemptions();
        for (index_t c : member_list<R, n.a>) {
            if (exemptions && s.p.exemption_from(c) != nullptr) continue;
            s.bound = c;
            tally.add(lowered<R, n.left>(s));
        }
        s.bound = outer;
        return tally.result();
    } else if constexpr (k == node_kind::in_cycles) {
        history_tally tally;
        const std::size_t outer = s.back;
        constexpr bool breaks = R.nodes[n.left].kind != node_kind::meets;  // meets() is never broken
        constexpr auto needed = static_cast<std::int64_t>(n.a);
        for (std::size_t back = 0; back != n.b && !tally.decided(needed, n.b - back, breaks); ++back) {
            s.look_back(outer + back);
            tally.add(lowered<R, n.left>(s));
        }
        s.look_back(outer);
        return tally.result(needed);
    } else if constexpr (k == node_kind::at_level) {
        return at_level(R.ladder, s.p.level, n.a, n.b);
    } else if constexpr (k == node_kind::trend) {
        const std::size_t outer = s.back;
        const tri now = lowered<R, n.left>(s);
        s.look_back(outer + n.a - 1);
        const tri then = lowered<R, n.left>(s);
        s.look_back(outer);
        return trend_of(now, then, I);
    } else {
        static_assert(k == node_kind::constant, "every node kind is lowered");
        return unknown_value;
    }
}

/// Whether rule R is lowered: its tree is shallow enough for one function template per level
/// of nesting, and the most steps the interpreter could take on it stay within its budget (so
/// the two always agree; a rule past either is interpreted).
template <const auto& R>
consteval bool lowerable() {
    constexpr std::size_t max_tree_depth = 96;
    constexpr std::size_t n = R.nodes.size();
    std::array<std::size_t, n> depth{}, steps{};
    for (std::size_t i = 0; i != n; ++i) {
        const rule_node& x = R.nodes[i];
        std::size_t d = 0, body = 0;
        for (index_t child : {x.left, x.right}) {
            if (child == no_index) continue;
            d = depth[child] > d ? depth[child] : d;
            body += steps[child];
        }
        depth[i] = d + 1;
        std::size_t times = 1;
        if (x.kind == node_kind::in_cycles) times = x.b;
        else if (x.kind == node_kind::trend) times = 2;
        else if (sets_context(x.kind)) times = member_count<R, no_index>();
        steps[i] = 1 + times * body;
    }
    return depth[R.root] <= max_tree_depth && steps[R.root] <= R.limits.max_steps;
}

}  // namespace detail

namespace detail {
/// The verdict by the lowered code of `Data` (a static_rule with static storage), or by the
/// interpreter where it is not lowerable: what check() of `Data.view()` gives. The view is made
/// only where it is read (a view is a few hundred bytes: copying one per person showed).
template <const auto& Data>
[[nodiscard]] constexpr result<verdict> check_lowered(const person_ref& p) {
    if constexpr (!lowerable<Data>()) {
        return check(Data.view(), p);
    } else {
        lowered_state s{p};
        const tri t = lowered<Data, Data.root>(s);
        if (t.s == tri::state::broken) return rule_problem(Data.view(), broken_code(t), broken_node(t), 0);
        return verdict_of(t);
    }
}

/// check_lowered() without the diagnostic: the verdict, empty where the rule is broken for
/// this person (judging many, a failed result's list showed).
template <const auto& Data>
[[nodiscard]] constexpr std::optional<verdict> judge_lowered(const person_ref& p) {
    if constexpr (!lowerable<Data>()) {
        return judge_rule(Data.view(), p);
    } else {
        lowered_state s{p};
        const tri t = lowered<Data, Data.root>(s);
        if (t.s == tri::state::broken) return std::nullopt;
        return verdict_of(t);
    }
}

/// Condition `Condition` of a compile-time ladder with static storage, as lowered code reads a
/// rule: its nodes and text copied into arrays that are constants of this type.
template <const auto& Ladder, std::size_t Condition>
struct ladder_condition {
    static constexpr compiled_condition at = Ladder.view().conditions()[Condition];
    static constexpr auto data = [] {
        const ladder_view v = Ladder;
        static_rule<at.node_count, at.text_size> out;
        for (std::size_t i = 0; i != at.node_count; ++i) out.nodes[i] = v.condition_nodes()[at.first_node + i];
        for (std::size_t i = 0; i != at.text_size; ++i) out.text[i] = v.condition_text()[at.first_char + i];
        out.own_length = at.own_length;
        out.root = at.root;
        out.ladder = v;
        return out;
    }();
};
}  // namespace detail

/// The verdict of a compile-time rule for a person, by the rule's lowered code: what check()
/// of its view gives (verdict, or the division-by-zero diagnostic), at the speed of the check
/// written by hand. Usable in constant expressions.
template <const auto& Ladder, fixed_string Text>
[[nodiscard]] constexpr result<verdict> check(const compiled_rule<Ladder, Text>& /* its type names the rule */,
                                              const person_ref& p) {
    return detail::check_lowered<compiled_rule<Ladder, Text>::data>(p);
}

/// The verdict of condition `Condition` (an index into ladder_view::conditions()) of a
/// compile-time ladder with static storage, by lowered code: what check(rule_of(…)) gives. An
/// empty condition (a move without `when`) has no verdict of its own: unknown.
template <const auto& Ladder, std::size_t Condition>
[[nodiscard]] constexpr result<verdict> check_condition(const person_ref& p) {
    using condition = detail::ladder_condition<Ladder, Condition>;
    if constexpr (condition::at.node_count == 0) {
        return verdict::unknown;
    } else {
        return detail::check_lowered<condition::data>(p);
    }
}

namespace detail {
/// check_condition() without the diagnostic: the verdict, empty where the condition is broken
/// for this person.
template <const auto& Ladder, std::size_t Condition>
[[nodiscard]] constexpr std::optional<verdict> judge_condition(const person_ref& p) {
    using condition = ladder_condition<Ladder, Condition>;
    if constexpr (condition::at.node_count == 0) {
        return verdict::unknown;
    } else {
        return judge_lowered<condition::data>(p);
    }
}
}  // namespace detail

LADDER_END_NAMESPACE
