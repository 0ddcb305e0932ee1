// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Evaluates a compiled rule for one person: a verdict (pass, fail, or unknown when data is
// missing), and what a manager needs to read it: each clause with its values, the gaps to a
// level, what was missing, and the exemptions applied. Three-valued (Kleene) logic; no
// recursion over the rule's shape (nodes run in array order), so deep rules cannot exhaust the
// stack or the compiler's constexpr frame limit.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/rules/rule.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// What a rule says about a person.
enum class verdict : std::uint8_t { pass, fail, unknown };

[[nodiscard]] constexpr std::string_view name_of(verdict v) noexcept {
    switch (v) {
        case verdict::pass: return "pass";
        case verdict::fail: return "fail";
        case verdict::unknown: return "unknown";
    }
    return "unknown";
}

/// A competency below what a level expects (or unrated), in the latest cycle.
struct gap {
    index_t competency = no_index;
    rating required = 0;
    std::optional<rating> actual;  ///< empty: not rated
    friend constexpr bool operator==(const gap&, const gap&) = default;
};

/// Data the rule needed and the person's record lacks.
struct missing_data {
    entity about = entity::competency;  ///< competency (a rating), attribute, or text (a cycle)
    index_t row = no_index;             ///< the competency or attribute row
    std::uint32_t cycles_back = 0;      ///< 0: the latest cycle
    friend constexpr bool operator==(const missing_data&, const missing_data&) = default;
};

/// One clause of the rule's explanation, as evaluated: a part of the top-level `and`, or (one
/// level deeper each time) an alternative of an `or` or the operand of a `not` above it.
struct clause_result {
    index_t node = no_index;
    ladder::verdict result = verdict::unknown;
    bool compares = false;               ///< a comparison: `left` and `right` hold its sides
    std::optional<std::int64_t> left;
    std::optional<std::int64_t> right;
    std::int64_t cycles_met = 0;         ///< for `… in at least K of last N cycles`
    std::uint32_t depth = 0;             ///< 0: a top-level clause; 1: a part of the clause above it …
};

namespace detail {
class rule_evaluator;
}

/// The outcome of one evaluation. Rows refer to the rule's ladder; reasons view the person.
class evaluation {
public:
    [[nodiscard]] constexpr ladder::verdict result() const noexcept { return verdict_; }
    [[nodiscard]] constexpr bool passed() const noexcept { return verdict_ == verdict::pass; }
    [[nodiscard]] constexpr bool failed() const noexcept { return verdict_ == verdict::fail; }
    [[nodiscard]] constexpr const constexpr_vector<clause_result>& clauses() const noexcept { return clauses_; }
    [[nodiscard]] constexpr const constexpr_vector<gap>& gaps() const noexcept { return gaps_; }
    [[nodiscard]] constexpr const constexpr_vector<missing_data>& missing() const noexcept { return missing_; }
    [[nodiscard]] constexpr const constexpr_vector<exemption>& exemptions_applied() const noexcept { return exempt_; }

private:
    friend class detail::rule_evaluator;
    ladder::verdict verdict_ = verdict::unknown;
    constexpr_vector<clause_result> clauses_;
    constexpr_vector<gap> gaps_;
    constexpr_vector<missing_data> missing_;
    constexpr_vector<exemption> exempt_;
};

namespace detail {

/// A value in three-valued logic, or broken (division by zero): a broken value that decides
/// the verdict is a diagnostic, never a "no".
/// Trivially constructible (no member initialisers), so a verdict-only evaluation can keep its
/// values in an uninitialised stack buffer: every value is written before it is read.
struct tri {
    enum class state : std::uint8_t { known, unknown, broken };
    state s;
    std::int64_t v;
    [[nodiscard]] constexpr bool known() const noexcept { return s == state::known; }
};
[[nodiscard]] constexpr tri known(std::int64_t v) noexcept { return {tri::state::known, v}; }
inline constexpr tri unknown_value{tri::state::unknown, 0};
/// A person's rating of a competency `back` cycles before the latest, read in place: unknown
/// where not rated. The interpreter and the lowered code both read ratings through it.
[[nodiscard]] constexpr tri rating_at(const person_ref& p, index_t competency, std::size_t back) noexcept {
    const rating_cell* r = p.cell(competency, back);
    return r != nullptr && r->has_value() ? known(**r) : unknown_value;
}
/// The same read from a cycle's row (person_ref::cycle_row: nullptr where there is no such
/// cycle), for code that keeps the row of the cycle it looks at.
[[nodiscard]] constexpr tri rating_in_row(const person_ref& p, const rating_cell* row, index_t competency) noexcept {
    return row != nullptr && competency < p.row_size() && row[competency].has_value() ? known(*row[competency])
                                                                                      : unknown_value;
}
/// Broken at node `at`: a division by zero, or (`overflow`) arithmetic whose result does not fit
/// in 64 bits. The node and the cause travel with the value, so the verdict's diagnostic names
/// the operation that decided it.
[[nodiscard]] constexpr tri broken_at(index_t at, bool overflow = false) noexcept {
    return {tri::state::broken, static_cast<std::int64_t>(at) * 2 + (overflow ? 1 : 0)};
}
/// The node a broken value broke at, and why.
[[nodiscard]] constexpr index_t broken_node(tri t) noexcept { return static_cast<index_t>(t.v / 2); }
[[nodiscard]] constexpr diagnostic_code broken_code(tri t) noexcept {
    return t.v % 2 != 0 ? diagnostic_code::arithmetic_overflow : diagnostic_code::division_by_zero;
}

/// a + b, a - b and a * b when they fit in 64 bits (the checks are exact, never a wrapped result).
[[nodiscard]] constexpr bool fits_sum(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    return b >= 0 ? a <= top - b : a >= bottom - b;
}
[[nodiscard]] constexpr bool fits_difference(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    return b >= 0 ? a >= bottom + b : a <= top + b;
}
[[nodiscard]] constexpr bool fits_product(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    if (a == 0 || b == 0) return true;
    if (a > 0) return b > 0 ? a <= top / b : b >= bottom / a;
    return b > 0 ? a >= bottom / b : a >= top / b;
}

// The meaning of each operation on values, shared by the interpreter and by the code a
// compile-time rule is lowered to (lowered.hpp): one semantics.

[[nodiscard]] constexpr tri logical_and(tri a, tri b) noexcept {
    if ((a.known() && a.v == 0) || (b.known() && b.v == 0)) return known(0);
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    return known(1);
}
[[nodiscard]] constexpr tri logical_or(tri a, tri b) noexcept {
    if ((a.known() && a.v != 0) || (b.known() && b.v != 0)) return known(1);
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    return known(0);
}
/// Negation and `not`; node `at` is the operation (the negation of the smallest number overflows).
[[nodiscard]] constexpr tri unary(node_kind k, tri a, index_t at) noexcept {
    if (!a.known()) return a;
    if (k != node_kind::negate) return known(a.v == 0 ? 1 : 0);
    return fits_difference(0, a.v) ? known(-a.v) : broken_at(at, true);
}
/// Arithmetic and comparisons; node `at` is the operation (for a division by zero or an overflow).
[[nodiscard]] constexpr tri binary(node_kind k, tri a, tri b, index_t at) noexcept {
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    switch (k) {
        case node_kind::add: return fits_sum(a.v, b.v) ? known(a.v + b.v) : broken_at(at, true);
        case node_kind::subtract: return fits_difference(a.v, b.v) ? known(a.v - b.v) : broken_at(at, true);
        case node_kind::multiply: return fits_product(a.v, b.v) ? known(a.v * b.v) : broken_at(at, true);
        case node_kind::divide:
            if (b.v == 0) return broken_at(at);
            return a.v == std::numeric_limits<std::int64_t>::min() && b.v == -1 ? broken_at(at, true) : known(a.v / b.v);
        case node_kind::less: return known(a.v < b.v);
        case node_kind::less_equal: return known(a.v <= b.v);
        case node_kind::greater: return known(a.v > b.v);
        case node_kind::greater_equal: return known(a.v >= b.v);
        case node_kind::equal: return known(a.v == b.v);
        case node_kind::not_equal: return known(a.v != b.v);
        default: return unknown_value;
    }
}

/// at(L5) and at(group): whether a person at `level` stands in the range `lowest`..`highest` of
/// one track (a level alone is the range of itself); unknown when the person has no level.
[[nodiscard]] constexpr tri at_level(const ladder_view& l, index_t level, index_t lowest, index_t highest) noexcept {
    if (level == no_index || level >= l.levels().size()) return unknown_value;
    const auto levels = l.levels();
    const ladder::level& x = levels[level];
    return known(x.track.index == levels[lowest].track.index && levels[lowest].rank <= x.rank && x.rank <= levels[highest].rank ? 1 : 0);
}

/// meets() and gap() over a level's expectations, one rating at a time.
struct expectation_tally {
    bool unknown = false;
    std::int64_t shortfall = 0;
    constexpr void add(tri rating, std::int64_t minimum) noexcept {
        if (!rating.known()) unknown = true;
        else if (rating.v < minimum) shortfall += minimum - rating.v;
    }
    [[nodiscard]] constexpr tri result(node_kind k) const noexcept {
        if (k == node_kind::gap) return unknown ? unknown_value : known(shortfall);
        if (shortfall > 0) return known(0);
        return unknown ? unknown_value : known(1);
    }
};

/// meets() over one cycle's row of cells, without a branch per rating: judging a million
/// people, a walk that stopped at the first shortfall mispredicted where it stopped, and cost
/// twice what reading the whole row does (the compiler turns this into a few vector compares).
struct meets_tally {
    bool short_of = false;
    bool unrated = false;
    constexpr void add(rating_cell cell, rating minimum) noexcept {
        const rating r = cell.stored();
        unrated |= r == not_rated;
        short_of |= (r != not_rated) & (r < minimum);
    }
    [[nodiscard]] constexpr tri result() const noexcept {
        if (short_of) return known(0);
        return unrated ? unknown_value : known(1);
    }
};

/// meets() or gap() (`k`) of expectations read straight from one cycle's row of cells: every
/// competency `competency_of(e)` names is in the row, and none is exempt. The generated code
/// and the interpreter both walk a level's own expectations so.
template <class List, class CompetencyOf>
[[nodiscard]] constexpr tri meets_or_gap_in_row(node_kind k, const List& list, const rating_cell* row,
                                                CompetencyOf competency_of) noexcept {
    if (k == node_kind::meets) {
        meets_tally met;
        for (const auto& e : list) met.add(row[competency_of(e)], e.minimum);
        return met.result();
    }
    expectation_tally tally;
    for (const auto& e : list) {
        const rating_cell c = row[competency_of(e)];
        tally.add(c.has_value() ? known(*c) : unknown_value, e.minimum);
    }
    return tally.result(k);
}

/// count / all / any / sum over competencies, one body value at a time.
struct quantifier_tally {
    node_kind kind;
    index_t at;  ///< the quantifier's node (a sum too large for 64 bits breaks there)
    std::int64_t total = 0;
    bool unknown = false, any_true = false, any_false = false;
    tri broken{tri::state::known, 0};
    constexpr quantifier_tally(node_kind k, index_t node) noexcept : kind(k), at(node) {}
    constexpr void add(tri t) noexcept {
        if (t.s == tri::state::broken) {
            if (broken.known()) broken = t;
        } else if (!t.known()) {
            unknown = true;
        } else if (kind == node_kind::sum) {
            if (fits_sum(total, t.v)) total += t.v;
            else if (broken.known()) broken = broken_at(at, true);
        } else if (t.v != 0) {
            any_true = true;
            ++total;
        } else {
            any_false = true;
        }
    }
    [[nodiscard]] constexpr tri result() const noexcept {
        if (kind == node_kind::all && any_false) return known(0);
        if (kind == node_kind::any && any_true) return known(1);
        if (!broken.known()) return broken;
        if (unknown) return unknown_value;
        if (kind == node_kind::all) return known(1);
        if (kind == node_kind::any) return known(0);
        return known(total);
    }
};

/// `X in at least K of last N cycles`, one cycle at a time; cycles the person lacks are unknown.
struct history_tally {
    std::int64_t met = 0, open = 0;
    tri broken{tri::state::known, 0};
    constexpr void add(tri t) noexcept {
        if (t.s == tri::state::broken) {
            if (broken.known()) broken = t;
        } else if (!t.known()) {
            ++open;
        } else if (t.v != 0) {
            ++met;
        }
    }
    /// Whether the `left` cycles not yet looked at cannot change result(needed): K are met, or
    /// too few cycles are left to reach K and (`body_breaks` false) none of them can be broken.
    [[nodiscard]] constexpr bool decided(std::int64_t needed, std::size_t left, bool body_breaks) const noexcept {
        return met >= needed || (!body_breaks && met + open + static_cast<std::int64_t>(left) < needed);
    }
    [[nodiscard]] constexpr tri result(std::int64_t needed) const noexcept {
        if (met >= needed) return known(1);
        if (!broken.known()) return broken;
        if (met + open < needed) return known(0);
        return unknown_value;
    }
};

/// `trend(X over last N cycles)` at node `at`: X now minus X then.
[[nodiscard]] constexpr tri trend_of(tri now, tri then, index_t at) noexcept {
    if (now.s == tri::state::broken) return now;
    if (then.s == tri::state::broken) return then;
    if (!now.known() || !then.known()) return unknown_value;
    return fits_difference(now.v, then.v) ? known(now.v - then.v) : broken_at(at, true);
}

/// The diagnostic for a rule that cannot be evaluated for this input, at node `at`.
[[nodiscard]] constexpr diagnostic_list rule_problem(const rule_view& r, diagnostic_code code, index_t at,
                                                     std::size_t limit) {
    diagnostic_list found;
    const rule_node& n = r.nodes()[at];
    diagnostic d = make_diagnostic(code, severity::error, entity::text, r.text_of(n), {}, n.where, 0,
                                   static_cast<std::int64_t>(limit));
    d.line_text = line_of_text(r.text(), n.where.line);
    found.add(d);
    found.own_strings();
    return found;
}

/// The verdict a rule's value gives: pass or fail where known, else unknown.
[[nodiscard]] constexpr verdict verdict_of(tri t) noexcept {
    if (t.s != tri::state::known) return verdict::unknown;
    return t.v != 0 ? verdict::pass : verdict::fail;
}

class rule_evaluator {
public:
    /// With explain false, only the verdict is worked out: no clause, gap or missing-data lists.
    constexpr rule_evaluator(const rule_view& r, const person_ref& p, bool explain = true)
        : rule_evaluator(r, &p, explain) {}
    /// An evaluator of verdicts alone, for judge(p) of one person after another: what it sets up
    /// (its view of the rule, its values) is set up once for them all.
    constexpr explicit rule_evaluator(const rule_view& r) : rule_evaluator(r, nullptr, false) {}
    rule_evaluator(const rule_evaluator&) = delete;  // values_ may point into the object
    rule_evaluator& operator=(const rule_evaluator&) = delete;

    constexpr result<evaluation> run() {
        // An empty rule (a condition a ladder does not state, or a builder's view, which holds no
        // compiled conditions) decides nothing.
        if (r_.nodes().empty()) return std::move(out_);
        const auto top = root_value();
        if (!top) return top.diagnostics();
        out_.verdict_ = verdict_of(*top);
        if (explain_) collect_clauses(r_.root());
        return std::move(out_);
    }
    /// The verdict alone (an evaluator made with explain false): run() without an evaluation to
    /// build and hand back.
    constexpr result<verdict> run_verdict() {
        if (r_.nodes().empty()) return verdict::unknown;
        const auto top = root_value();
        if (!top) return top.diagnostics();
        return verdict_of(*top);
    }

    /// The verdict alone, empty where the rule is broken for this input: run_verdict() without
    /// the diagnostic that says why, for judging many people (a failed result costs a list).
    constexpr std::optional<ladder::verdict> judge() {
        if (r_.nodes().empty()) return verdict::unknown;
        const index_t root = r_.root();
        run_range(0, root, no_index);
        if (budget_exceeded_ || values_[root].s == tri::state::broken) return std::nullopt;
        return verdict_of(values_[root]);
    }

    /// judge() for person `p`, the evaluator made with explain false: one evaluator judges a run
    /// of people on its rule.
    constexpr std::optional<ladder::verdict> judge(const person_ref& p) {
        p_ = &p;
        steps_ = 0;
        budget_exceeded_ = false;
        return judge();
    }

private:
    using state = tri::state;

    constexpr rule_evaluator(const rule_view& r, const person_ref* p, bool explain)
        : r_(r), nodes_(r.nodes()), l_(r.ladder()), p_(p), cycles_met_(explain ? r.nodes().size() : 0),
          explain_(explain) {
        // A rule of up to inline_nodes nodes is evaluated without touching the heap.
        if (nodes_.size() <= inline_nodes) {
            values_ = std::span<tri>(inline_values_, nodes_.size());
        } else {
            heap_values_ = constexpr_vector<tri>(nodes_.size());
            values_ = std::span<tri>(heap_values_.data(), heap_values_.size());
        }
    }

    /// Evaluates the rule: its root's value, or why the rule is broken for this input.
    constexpr result<tri> root_value() {
        const index_t root = r_.root();
        run_range(0, root, no_index);
        if (budget_exceeded_) return rule_problem(r_, diagnostic_code::evaluation_budget_exceeded, root, r_.limits().max_steps);
        const tri top = values_[root];
        if (top.s == tri::state::broken) return rule_problem(r_, broken_code(top), broken_node(top), 0);
        return top;
    }

    /// Evaluates the nodes in [first, last] that belong to context `ctx`, in order.
    constexpr void run_range(index_t first, index_t last, index_t ctx) {
        for (index_t i = first; i <= last && !budget_exceeded_; ++i) {
            if (nodes_[i].context != ctx) continue;
            if (!explain_ && nodes_[i].right_of != no_index) {
                // The verdict alone: an `and` whose left side is false (an `or`, true) is decided.
                const index_t op = nodes_[i].right_of;
                const tri left = values_[nodes_[op].left];
                if (left.known() && (left.v != 0) == (nodes_[op].kind == node_kind::logical_or)) {
                    values_[op] = left;
                    i = op;
                    continue;
                }
            }
            if (!counted_step(i)) return;
        }
    }

    /// Evaluates node i into its value, within the step budget; false once the budget is spent.
    constexpr bool counted_step(index_t i) {
        if (++steps_ > r_.limits().max_steps) {
            budget_exceeded_ = true;
            return false;
        }
        values_[i] = step(i);
        return true;
    }

    /// Evaluates a context node's body once, in the current setting.
    constexpr tri body_of(index_t ctx) {
        const rule_node& n = nodes_[ctx];
        if (nodes_[n.left].first == n.left) {
            // A body of one node (`meets(L6) in at least 2 of last 3 cycles`): that step alone.
            if (!budget_exceeded_) counted_step(n.left);
        } else {
            run_range(nodes_[n.left].first, n.left, ctx);
        }
        return values_[n.left];
    }

    [[nodiscard]] constexpr bool recording() const noexcept {
        return explain_ && cycles_back_ == 0 && bound_ == no_index;
    }

    constexpr void note_missing(entity about, index_t row) {
        if (!explain_) return;
        const missing_data m{about, row, static_cast<std::uint32_t>(cycles_back_)};
        for (const auto& k : out_.missing_) {
            if (k == m) return;
        }
        out_.missing_.push_back(m);
    }
    constexpr void note_exemption(const exemption& e) {
        if (!recording()) return;
        for (const auto& k : out_.exempt_) {
            if (k.competency == e.competency) return;
        }
        out_.exempt_.push_back(e);
    }

    constexpr tri rating_value(index_t competency) {
        const tri r = rating_at(*p_, competency, cycles_back_);
        return r.known() ? r : missing_rating(competency);
    }
    constexpr tri missing_rating(index_t competency) {
        note_missing(cycles_back_ < p_->cycle_count() ? entity::competency : entity::text, competency);
        return unknown_value;
    }

    constexpr tri step(index_t i) {
        const rule_node& n = nodes_[i];
        const auto arg = [&](index_t k) { return values_[k]; };
        switch (n.kind) {
            case node_kind::constant: return known(n.value);
            case node_kind::rating: return rating_value(n.a);
            case node_kind::bound_rating: return bound_ == no_index ? unknown_value : rating_value(bound_);
            case node_kind::attribute: {
                const attribute_value* v = p_->value_of(n.a);
                if (v == nullptr) {
                    note_missing(entity::attribute, n.a);
                    return unknown_value;
                }
                return known(v->number);
            }
            case node_kind::time_in_level: return known(p_->months_in_level);
            case node_kind::tenure: return known(p_->tenure_months);
            case node_kind::negate:
            case node_kind::logical_not: return unary(n.kind, arg(n.left), i);
            case node_kind::add:
            case node_kind::subtract:
            case node_kind::multiply:
            case node_kind::divide:
            case node_kind::less:
            case node_kind::less_equal:
            case node_kind::greater:
            case node_kind::greater_equal:
            case node_kind::equal:
            case node_kind::not_equal: return binary(n.kind, arg(n.left), arg(n.right), i);
            case node_kind::logical_and: return logical_and(arg(n.left), arg(n.right));
            case node_kind::logical_or: return logical_or(arg(n.left), arg(n.right));
            case node_kind::meets:
            case node_kind::gap: return meets_or_gap(n);
            case node_kind::trend: return trend(i);
            case node_kind::count:
            case node_kind::all:
            case node_kind::any:
            case node_kind::sum: return quantify(i);
            case node_kind::in_cycles: return in_cycles(i);
            case node_kind::at_level: return at_level(l_, p_->level, n.a, n.b);
        }
        return unknown_value;
    }

    /// Walks level `n.a`'s expectations in the cycle looked at, with the overrides of archetype
    /// `n.b` (`meets(L6 as architect)`) or else of the person's own archetype where it applies at
    /// that level: meets() is whether none falls short, gap() the total shortfall. Read in place:
    /// no list is built per evaluation.
    constexpr tri meets_or_gap(const rule_node& n) {
        const index_t as = n.b != no_index                ? n.b
                           : p_->archetype == no_index ? no_index
                                                       : archetype_in_force(l_, p_->archetype, n.a);
        expectation_tally tally;
        const bool exemptions = p_->has_exemptions();
        if (!explain_) {
            // The verdict alone: nothing to note. A level's own expectations, none exempt, are
            // read straight from the cycle's row (meets() without a branch per rating); else
            // meets() stops at the first shortfall.
            const rating_cell* row = p_->cycle_row(cycles_back_);
            if (as == no_index && !exemptions && row != nullptr && p_->row_size() >= l_.competencies().size()) {
                return meets_or_gap_in_row(n.kind, l_.expectations_of(l_.levels()[n.a]), row,
                                           [](const expectation& e) { return e.competency.index; });
            }
            const bool meets = n.kind == node_kind::meets;
            for_each_expectation(l_, n.a, as, [&](index_t competency, rating minimum) {
                if (exemptions && p_->exemption_from(competency) != nullptr) return true;
                tally.add(rating_at(*p_, competency, cycles_back_), minimum);
                return !meets || tally.shortfall == 0;
            });
            return tally.result(n.kind);
        }
        for_each_expectation(l_, n.a, as, [&](index_t competency, rating minimum) {
            if (const exemption* x = exemptions ? p_->exemption_from(competency) : nullptr) {
                note_exemption(*x);
                return true;
            }
            const tri r = rating_value(competency);
            const bool short_of = r.known() && r.v < minimum;
            tally.add(r, minimum);
            if (recording() && (short_of || !r.known())) {
                gap g{competency, minimum, r.known() ? std::optional<rating>(static_cast<rating>(r.v)) : std::nullopt};
                bool seen = false;
                for (const auto& k : out_.gaps_) seen = seen || k.competency == g.competency;
                if (!seen) out_.gaps_.push_back(g);
            }
            return true;
        });
        return tally.result(n.kind);
    }

    /// `trend(X over last N cycles)`: X now minus X N - 1 cycles before; unknown if either is.
    constexpr tri trend(index_t i) {
        const std::size_t outer = cycles_back_;
        const tri now = body_of(i);
        cycles_back_ = outer + nodes_[i].a - 1;
        const tri then = body_of(i);
        cycles_back_ = outer;
        return trend_of(now, then, i);
    }

    constexpr tri quantify(index_t i) {
        const rule_node& n = nodes_[i];
        quantifier_tally tally(n.kind, i);
        const auto competencies = l_.competencies();
        for (std::size_t c = 0; c != competencies.size(); ++c) {
            if (n.a != no_index && competencies[c].category.index != n.a) continue;
            if (const exemption* x = p_->exemption_from(static_cast<index_t>(c))) {
                note_exemption(*x);
                continue;
            }
            const index_t saved = bound_;
            bound_ = static_cast<index_t>(c);
            tally.add(body_of(i));
            bound_ = saved;
            if (!explain_ && ((n.kind == node_kind::all && tally.any_false) || (n.kind == node_kind::any && tally.any_true))) {
                break;  // decided
            }
        }
        return tally.result();
    }

    /// `body in at least K of last N cycles`: cycles the person lacks count as unknown.
    constexpr tri in_cycles(index_t i) {
        const rule_node& n = nodes_[i];
        const std::size_t outer = cycles_back_;
        history_tally tally;
        const bool breaks = nodes_[n.left].kind != node_kind::meets;  // meets() is never broken
        for (std::size_t back = 0; back != n.b; ++back) {
            if (!explain_ && tally.decided(static_cast<std::int64_t>(n.a), n.b - back, breaks)) break;
            cycles_back_ = outer + back;
            tally.add(body_of(i));
        }
        cycles_back_ = outer;
        if (explain_) cycles_met_[i] = tally.met;
        return tally.result(static_cast<std::int64_t>(n.a));
    }

    /// The clauses a manager reads, as a tree in reading order: the operands of the top-level
    /// `and`s; under an `or` its alternatives, under a `not` what it negates, one level deeper.
    /// Clauses inside a history clause or a quantifier are not listed (they hold values for many
    /// cycles or competencies); their parent shows the outcome.
    constexpr void collect_clauses(index_t root) {
        struct item {
            index_t node;
            std::uint32_t depth;
            node_kind joins;  ///< a node of this kind is flattened into its parent's list
        };
        constexpr_vector<item> stack;
        stack.push_back({root, 0, node_kind::logical_and});
        while (!stack.empty()) {
            const item it = stack.back();
            stack.pop_back();
            const rule_node& n = nodes_[it.node];
            const bool logical = n.kind == node_kind::logical_and || n.kind == node_kind::logical_or;
            if (logical && n.kind == it.joins) {
                stack.push_back({n.right, it.depth, it.joins});
                stack.push_back({n.left, it.depth, it.joins});
                continue;
            }
            clause_result c;
            c.node = it.node;
            c.depth = it.depth;
            c.result = verdict_of(values_[it.node]);
            c.compares = n.kind >= node_kind::less && n.kind <= node_kind::not_equal;
            if (c.compares) {
                if (values_[n.left].known()) c.left = values_[n.left].v;
                if (values_[n.right].known()) c.right = values_[n.right].v;
            }
            c.cycles_met = cycles_met_[it.node];
            out_.clauses_.push_back(c);
            if (logical) {
                stack.push_back({n.right, it.depth + 1, n.kind});
                stack.push_back({n.left, it.depth + 1, n.kind});
            } else if (n.kind == node_kind::logical_not) {
                stack.push_back({n.left, it.depth + 1, node_kind::constant});
            }
        }
    }

    // Views of what the caller holds for the evaluation's length: nothing is copied per person.
    const rule_view& r_;
    std::span<const rule_node> nodes_;
    const ladder_view& l_;
    const person_ref* p_;  ///< the person judged (judge(p) moves it to the next)
    static constexpr std::size_t inline_nodes = 128;
    tri inline_values_[inline_nodes];
    constexpr_vector<tri> heap_values_;
    std::span<tri> values_;
    constexpr_vector<std::int64_t> cycles_met_;
    evaluation out_;
    std::size_t cycles_back_ = 0;
    index_t bound_ = no_index;
    std::size_t steps_ = 0;
    bool budget_exceeded_ = false;
    bool explain_ = true;
};

}  // namespace detail

/// Evaluates a rule for a person on the ladder both were made against (the rule's). A failed
/// result means the rule is broken for this input (division by zero, too many steps), never
/// "the rule says no".
[[nodiscard]] constexpr result<evaluation> evaluate(const rule_view& r, const person_ref& p) {
    detail::rule_evaluator e(r, p);
    return e.run();
}

/// The verdict alone, without the explanation's lists: the fast path for many people. A failed
/// result means the rule is broken for this input, as with evaluate().
[[nodiscard]] constexpr result<verdict> check(const rule_view& r, const person_ref& p) {
    detail::rule_evaluator e(r, p, false);
    return e.run_verdict();
}

namespace detail {
/// check() without the diagnostic: the verdict, empty where the rule is broken for this input.
[[nodiscard]] constexpr std::optional<verdict> judge_rule(const rule_view& r, const person_ref& p) {
    rule_evaluator e(r, p, false);
    return e.judge();
}
}  // namespace detail

LADDER_END_NAMESPACE
