// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Why a rule or a move decided as it did, in words: the verdict, each clause with its values,
// the gaps, what data was missing, the exemptions applied, the advisories.

#include <ladder/core/config.hpp>
#include <ladder/decide/transition.hpp>
#include <ladder/model/person.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/rule.hpp>

#include <cstddef>
#include <optional>
#include <string>

LADDER_BEGIN_NAMESPACE

/// What a clause's values were, in words: "3 against 4" for a comparison (`unknown` for a side
/// without data), "at L5" for `at(L)`, "met in 1 of the last 3 cycles; needs 2" for `… in at
/// least K of last N cycles`; empty for any other clause.
[[nodiscard]] inline std::string clause_values(const clause_result& c, const rule_view& r, const person_ref& p) {
    const ladder_view& l = r.ladder();
    const rule_node& n = r.nodes()[c.node];
    const auto number = [](std::optional<std::int64_t> v) { return v ? std::to_string(*v) : std::string("unknown"); };
    if (c.compares) return number(c.left) + " against " + number(c.right);
    if (n.kind == node_kind::at_level) return "at " + (p.level != no_index ? std::string(l.levels()[p.level].id) : std::string("no level"));
    if (n.kind == node_kind::in_cycles) {
        return "met in " + std::to_string(c.cycles_met) + " of the last " + std::to_string(n.b) + " cycles; needs " + std::to_string(n.a);
    }
    return {};
}

/// An evaluation as text a manager reads: the verdict, each clause (indented under the one it
/// belongs to), gaps (unless a caller shows them its own way), missing data, exemptions applied.
[[nodiscard]] inline std::string to_text(const evaluation& e, const rule_view& r, const person_ref& p, bool with_gaps = true) {
    const ladder_view& l = r.ladder();
    std::string out = "verdict: ";
    out += name_of(e.result());
    out += '\n';
    for (const auto& c : e.clauses()) {
        std::string verdict_text(name_of(c.result));
        verdict_text.resize(9, ' ');
        out += std::string(2 + 2 * c.depth, ' ') + verdict_text + std::string(r.text_of(r.nodes()[c.node]));
        const std::string values = clause_values(c, r, p);
        if (!values.empty()) out += "  (" + values + ")";
        out += '\n';
    }
    if (with_gaps && !e.gaps().empty()) {
        out += "gaps in the latest cycle:\n";
        for (const auto& g : e.gaps()) {
            out += "  " + std::string(l.competencies()[g.competency].id) + ": expects " + std::to_string(g.required);
            if (g.actual) {
                out += ", rated " + std::to_string(*g.actual) + " (short by " + std::to_string(g.required - *g.actual) + ")";
            } else {
                out += ", not rated";
            }
            out += '\n';
        }
    }
    if (!e.missing().empty()) {
        out += "missing:\n";
        for (std::size_t i = 0; i != e.missing().size(); ++i) {
            const missing_data& m = e.missing()[i];
            if (m.about == entity::attribute) {
                out += "  attribute " + std::string(l.attributes()[m.row].id) + "\n";
            } else if (m.about == entity::competency) {
                out += "  a rating of " + std::string(l.competencies()[m.row].id);
                if (m.cycles_back < p.cycle_count()) out += " in " + printable(p.cycles()[p.cycle_count() - 1 - m.cycles_back].id);
                out += '\n';
            } else {
                // A whole cycle the record does not have: said once, however many ratings it lacks.
                bool said = false;
                for (std::size_t k = 0; k != i && !said; ++k) {
                    said = e.missing()[k].about == entity::text && e.missing()[k].cycles_back == m.cycles_back;
                }
                if (said) continue;
                out += (p.cycle_count() == 0) ? std::string("  a review cycle (the record has none)\n")
                                        : "  a review cycle " + std::to_string(m.cycles_back) +
                                              " before the latest (the record has " + std::to_string(p.cycle_count()) + ")\n";
            }
        }
    }
    if (!e.exemptions_applied().empty()) {
        out += "exemptions applied:\n";
        for (const auto& x : e.exemptions_applied()) {
            out += "  " + std::string(l.competencies()[x.competency].id) + ": " + printable(x.reason) + "\n";
        }
    }
    return out;
}


/// A move judged: the guard's explanation, then each advisory that did not pass, with its message.
[[nodiscard]] inline std::string to_text(const transition_outcome& t, const person_ref& p, bool with_gaps = true) {
    std::string out = to_text(t.decision, t.guard, p, with_gaps);
    const ladder_view l = t.guard.ladder();
    for (const auto& a : t.advisories) {
        if (a.result == verdict::pass) continue;
        const ladder::advisory& row = l.advisories()[a.advisory];
        out += "advisory (";
        out += name_of(a.result);
        out += "): ";
        out += row.message;
        out += "  [";
        out += row.text;
        out += "]\n";
    }
    return out;
}

LADDER_END_NAMESPACE
