// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The competency × level matrix per track as Markdown (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

#include <string>

LADDER_BEGIN_NAMESPACE

/// Each track as Markdown: a heading, a table of its levels (title, scope, pay band, typical
/// time, career level), then the competency × level matrix: a column per level (lowest first),
/// a row per competency, cells the expected rating. Under it, each level that says what its
/// expectations mean: a heading, and a list of competency, rating, statement, and its signals
/// and examples.
inline std::string to_markdown(const ladder_view& l) {
    std::string out = "# " + detail::markdown_escape(l.info().name) + "\n";
    const auto by_track = detail::levels_by_track(l);
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = by_track[t];
        out += "\n## " + detail::markdown_escape(l.tracks()[t].name) + "\n";
        if (!levels.empty()) {
            out += "\n| level | title |";
            for (const auto& field : detail::level_fact_fields) {
                out += ' ';
                out += field.label;
                out += " |";
            }
            out += " career level |\n|---|---|";
            for (std::size_t i = 0; i != std::size(detail::level_fact_fields); ++i) out += "---|";
            out += "---|\n";
        }
        for (index_t x : levels) {
            const level& v = l.levels()[x];
            const auto facts = detail::facts_of(v);
            // appended in parts: g++ 12 at -O3 warns falsely on `"…" + string` (-Wrestrict)
            out += "| ";
            out += detail::markdown_escape(v.id);
            out += " | ";
            out += detail::markdown_escape(detail::titles_words(l, x));
            for (const auto& field : detail::level_fact_fields) {
                out += " | ";
                out += detail::markdown_escape(facts.*field.text);
            }
            out += v.career ? " | yes: staying is a good outcome |\n" : " | |\n";
        }
        // The track's groups of levels, as rules name them (`at(senior)`).
        for (const auto& g : l.groups()) {
            if (!g.lowest.resolved() || l.levels()[g.lowest.index].track.index != t) continue;
            out += "\nGroup **";
            out += detail::markdown_escape(g.name);
            out += "** (`";
            out += g.id;
            out += "`): ";
            out += detail::markdown_escape(g.lowest.id);
            if (g.highest.id != g.lowest.id) {
                out += " to ";
                out += detail::markdown_escape(g.highest.id);
            }
            out += ".\n";
        }
        out += "\n| competency |";
        for (index_t x : levels) {
            const level& v = l.levels()[x];
            out += ' ';  // appended in parts: g++ 12 at -O3 warns falsely on `" " + string` (-Wrestrict)
            out += detail::markdown_escape(v.id);
            out += ' ';
            out += detail::markdown_escape(v.title);
            out += v.career ? " (career) |" : " |";
        }
        out += "\n|---|";
        for (std::size_t i = 0; i != levels.size(); ++i) out += "---|";
        out += "\n";
        for (std::size_t c = 0; c != l.competencies().size(); ++c) {
            out += "| " + detail::markdown_escape(l.competencies()[c].name) + " |";
            for (index_t x : levels) {
                out += ' ';  // appended in parts: g++ 12 at -O3 warns falsely on `" " + string` (-Wrestrict)
                out += detail::markdown_escape(detail::matrix_cell(l, x, static_cast<index_t>(c)));
                out += " |";
            }
            out += "\n";
        }
        for (index_t x : levels) {
            if (!detail::has_text(l, x)) continue;
            const level& v = l.levels()[x];
            out += "\n### ";
            out += detail::markdown_escape(v.id);
            out += ' ';
            out += detail::markdown_escape(v.title);
            out += "\n\n";
            for (const auto& e : l.expectations_of(v)) {
                if (e.statement.empty() || !e.competency.resolved()) continue;
                // appended in parts: g++ 12 at -O3 warns falsely on `"…" + string` (-Wrestrict)
                out += "- **";
                out += detail::markdown_escape(l.competencies()[e.competency.index].name);
                out += "** (";
                out += detail::markdown_escape(detail::matrix_cell(l, x, e.competency.index));
                out += "): ";
                out += detail::markdown_escape(e.statement);
                out += '\n';
                for (const auto& n : l.notes_of(e)) {
                    out += "  - ";
                    out += name_of(n.kind);
                    out += ": ";
                    out += detail::markdown_escape(n.text);
                    out += '\n';
                }
            }
        }
    }
    return out;
}

LADDER_END_NAMESPACE
