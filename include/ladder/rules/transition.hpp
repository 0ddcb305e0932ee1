// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A move between levels, judged for a person: the transition's guard (its `when` condition, or
// meets(target) without one) decides; its advisories (`warn …`) are reported and never decide.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/compile.hpp>
#include <ladder/rules/evaluate.hpp>

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// The rule that guards transition `row` of a ladder: its `when` condition, or `meets(target)`.
/// `way_back`: the move from `to` back to `from` through a two-way switch, whose target is
/// `from` (a `when` on a two-way switch guards both ways).
[[nodiscard]] inline result<rule> guard_rule(const ladder_view& l, index_t row, bool way_back = false) {
    const transition& t = l.transitions()[row];
    if (!t.guard.empty()) return compile_rule(l, t.guard, "when");
    return compile_rule(l, "meets(" + std::string(way_back ? t.from.id : t.to.id) + ")", "when");
}

/// One advisory clause of a transition, as evaluated.
struct advisory_outcome {
    index_t advisory = no_index;
    ladder::verdict result = verdict::unknown;
};

/// A transition judged for a person: the guard's evaluation decides; advisories only inform.
struct transition_outcome {
    index_t transition = no_index;
    rule guard;
    evaluation decision;
    constexpr_vector<advisory_outcome> advisories;

    [[nodiscard]] ladder::verdict result() const noexcept { return decision.result(); }

    /// The guard's explanation, then each advisory that did not pass, with its message.
    [[nodiscard]] std::string to_string(const person& p, bool with_gaps = true) const {
        std::string out = decision.to_string(guard, p, with_gaps);
        const ladder_view l = guard.view().ladder();
        for (const auto& a : advisories) {
            if (a.result == verdict::pass) continue;
            const ladder::advisory& row = l.advisories()[a.advisory];
            out += "advisory (" + std::string(name_of(a.result)) + "): " + std::string(row.message) + "  [" +
                   std::string(row.text) + "]\n";
        }
        return out;
    }
};

/// Judges transition `row` for a person. Fails only when a condition does not compile or is
/// broken for this person (division by zero), never because the answer is no.
[[nodiscard]] inline result<transition_outcome> evaluate_transition(const ladder_view& l, index_t row, const person& p,
                                                                    bool way_back = false) {
    auto guard = guard_rule(l, row, way_back);
    if (!guard) return guard.diagnostics();
    auto decision = evaluate(*guard, p);
    if (!decision) return decision.diagnostics();
    transition_outcome out{row, std::move(*guard), std::move(*decision), {}};
    for (std::size_t i = 0; i != l.advisories().size(); ++i) {
        const ladder::advisory& a = l.advisories()[i];
        if (a.transition != row) continue;
        const auto r = compile_rule(l, a.text, "warn");
        if (!r) return r.diagnostics();
        const auto e = evaluate(*r, p);
        if (!e) return e.diagnostics();
        out.advisories.push_back(advisory_outcome{static_cast<index_t>(i), e->result()});
    }
    return out;
}

LADDER_END_NAMESPACE
