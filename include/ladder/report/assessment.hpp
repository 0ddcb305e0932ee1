// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// One person's assessment as one JSON object: everything a self-assessment page shows when an
// engineer asks "what if I grew mentorship to 4?" (the next move and a chosen one, each with its
// verdict, clauses, gaps in the level's words and explanation; best fit; archetype fit), in the
// words the other reports use.

#include <ladder/core/config.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/report/explanation.hpp>
#include <ladder/report/readiness.hpp>

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
inline std::string json_level(const ladder_view& l, index_t row) {
    return row == no_index ? std::string("null") : quote_json(l.levels()[row].id);
}

/// One move of an assessment: its report as JSON, or why there is none.
inline void assessment_move(const ladder_view& l, const readiness_entry& e, std::string_view role, std::string& out) {
    out += "{\"role\": " + quote_json(role);
    if (!e.report) {
        out += ", \"problem\": " + quote_json(e.problem) + "}";
        return;
    }
    const readiness_report& r = *e.report;
    const person_ref& p = e.who;
    const rule_view& guard = r.outcome.guard;
    out += ", \"target\": " + json_level(l, r.to) + ", \"title\": " + quote_json(level_words(l, r.to, p.archetype)) +
           ", \"move\": " + quote_json(move_name(r)) + ", \"declared\": " + (r.defined ? "true" : "false") +
           ", \"verdict\": " + quote_json(name_of(r.result())) + ", \"judged_as\": " +
           (r.archetype == no_index ? std::string("null") : quote_json(l.archetypes()[r.archetype].id)) +
           ", \"guard\": " + quote_json(guard.text()) + ", \"clauses\": [";
    const auto& clauses = r.outcome.decision.clauses();
    for (std::size_t i = 0; i != clauses.size(); ++i) {
        const clause_result& c = clauses[i];
        out += i == 0 ? "" : ", ";
        out += "{\"depth\": " + std::to_string(c.depth) + ", \"text\": " + quote_json(guard.text_of(guard.nodes()[c.node])) +
               ", \"verdict\": " + quote_json(name_of(c.result)) + ", \"actual\": " + (c.compares ? json_number(c.left) : "null") +
               ", \"required\": " + (c.compares ? json_number(c.right) : "null") + ", \"values\": " +
               quote_json(clause_values(c, guard, p)) + "}";
    }
    out += "], \"gaps\": [";
    for (std::size_t i = 0; i != r.gaps.size(); ++i) {
        const gap_in_words& g = r.gaps[i];
        const competency& c = l.competencies()[g.competency];
        const expectation* said = stated_expectation(l, r.to, r.archetype, g.competency);
        out += i == 0 ? "" : ", ";
        out += "{\"competency\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) +
               ", \"required\": " + std::to_string(g.required) + ", \"required_words\": " +
               quote_json(rating_words(l, g.competency, g.required)) + ", \"actual\": " +
               json_number(g.actual) + ", \"actual_words\": " +
               (g.actual ? quote_json(rating_words(l, g.competency, *g.actual)) : std::string("null")) +
               ", \"shortfall\": " + std::to_string(g.shortfall()) + ", \"means\": " +
               (said ? quote_json(said->statement) : c.description.empty() ? std::string("null") : quote_json(c.description)) +
               ", \"notes\": [";
        if (said) {
            const auto notes = l.notes_of(*said);
            for (std::size_t k = 0; k != notes.size(); ++k) {
                out += k == 0 ? "" : ", ";
                out += "{\"kind\": " + quote_json(name_of(notes[k].kind)) + ", \"text\": " + quote_json(notes[k].text) + "}";
            }
        }
        out += "]}";
    }
    out += "], \"career_level_note\": " +
           (promotion_from_career_level(l, r) ? quote_json(career_level_note(l, r)) : std::string("null")) +
           ", \"explanation\": " + quote_json(to_text(r, p)) + "}";
}
}  // namespace detail

/// One person's assessment as one JSON object, keys in this order:
/// - `person`, `name`, `level` (id), `title` (`"L5 Senior Engineer"`, by the archetype's own title
///   where it has one), `archetype` (id or null), `career_level` (true or false);
/// - `moves`: the next move (`"role": "next"`) and, when `target` is given and is another level,
///   that move (`"role": "target"`), each with `target`, `title`, `move` (promotion, switch, step
///   back, stay), `declared`, `verdict` (pass, fail, unknown), `judged_as` (archetype id or null),
///   `guard` (its text), `clauses` (`depth`, `text`, `verdict`, `actual` and `required` for a
///   comparison, `values` in words), `gaps` largest first (`competency`, `name`, `required`,
///   `required_words`, `actual`, `actual_words`, `shortfall`, `means`: the level's words or the
///   competency's description, `notes`: signals and examples), `career_level_note` (or null) and
///   `explanation` (the readiness report as `to_text` words it); or `role` and `problem` when
///   there is no report (at the top of their track, a condition broken for them);
/// - `best_fit`: `level` (the highest level of their track the latest cycle meets, or null),
///   `margin`, `next` (the level above it, or null), `gap_to_next`;
/// - `archetypes`: those open at the person's level, best fit first: `archetype`, `name`,
///   `score` (0-100), `meets`.
[[nodiscard]] inline std::string assessment_json(const ladder_view& l, const person_ref& p,
                                                 std::optional<level_ref> target = std::nullopt) {
    std::string out = "{\"person\": " + quote_json(p.id) + ", \"name\": " + quote_json(p.name) +
                      ", \"level\": " + detail::json_level(l, p.level) + ", \"title\": " +
                      quote_json(detail::level_words(l, p.level, p.archetype)) + ", \"archetype\": " +
                      (p.archetype == no_index ? std::string("null") : quote_json(l.archetypes()[p.archetype].id)) +
                      ", \"career_level\": " + (l.levels()[p.level].career ? "true" : "false") + ",\n \"moves\": [";
    const readiness_entry next = readiness_entry_of(l, p, std::nullopt, true);
    detail::assessment_move(l, next, "next", out);
    const bool other_target = target && (!next.report || next.report->to != target->index());
    if (other_target) {
        out += ",\n  ";
        detail::assessment_move(l, readiness_entry_of(l, p, target), "target", out);
    }
    const level_fit fit = best_fit(l, p);
    out += "],\n \"best_fit\": {\"level\": " + detail::json_level(l, fit.level) + ", \"margin\": " + std::to_string(fit.margin) +
           ", \"next\": " + detail::json_level(l, fit.next) + ", \"gap_to_next\": " + std::to_string(fit.gap_to_next) +
           "},\n \"archetypes\": [";
    for (std::size_t k = 0; k != next.archetypes.size(); ++k) {
        const archetype_fit& f = next.archetypes[k];
        out += k == 0 ? "" : ", ";
        out += "{\"archetype\": " + quote_json(l.archetypes()[f.archetype].id) + ", \"name\": " +
               quote_json(l.archetypes()[f.archetype].name) + ", \"score\": " + std::to_string(f.score) +
               ", \"meets\": " + (f.meets ? "true" : "false") + "}";
    }
    out += "]}\n";
    return out;
}

LADDER_END_NAMESPACE
