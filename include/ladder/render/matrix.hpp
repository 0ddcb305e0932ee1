// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Views of a ladder people would rather look at than read. Optional: <ladder/ladder.hpp> does
// not include this header.
//   to_markdown(l)  the competency × level matrix per track, readable on a code-hosting site;
//   to_csv(l)       the same matrix for spreadsheets (RFC 4180 quoting);
//   to_dot(l)       tracks, levels, equivalences and moves as a Graphviz graph.
// Each escapes what its format needs: `|` in Markdown cells, quotes in CSV, quotes and
// backslashes in DOT labels.

#include <ladder/core/config.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/view.hpp>

#include <cstddef>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// The levels of a track, lowest rank first.
inline constexpr_vector<index_t> levels_up(const ladder_view& l, index_t track) {
    constexpr_vector<index_t> out;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        if (l.levels()[i].track.index != track) continue;
        out.push_back(static_cast<index_t>(i));
        for (std::size_t j = out.size() - 1; j != 0 && l.levels()[out[j - 1]].rank > l.levels()[out[j]].rank; --j) {
            const index_t t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    }
    return out;
}

/// A cell of the matrix: the expected rating, by its scale point's name where it has one.
inline std::string matrix_cell(const ladder_view& l, index_t level, index_t competency) {
    const auto m = minimum_of(l.expectations_of(l.levels()[level]), competency);
    if (!m) return {};
    const index_t s = l.scale_index_of(l.competencies()[competency]);
    if (s != no_index) {
        for (const auto& p : l.points_of(l.scales()[s])) {
            if (p.value == *m) return std::to_string(*m) + " " + std::string(p.name);
        }
    }
    return std::to_string(*m);
}

inline std::string markdown_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}
inline std::string csv_quote(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
inline std::string dot_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c == '\n' ? std::string("\\n") : std::string(1, c);
    }
    return out + "\"";
}

}  // namespace detail

/// The competency × level matrix of each track, as Markdown tables: a heading per track, a
/// column per level (lowest first), a row per competency, cells the expected rating.
inline std::string to_markdown(const ladder_view& l) {
    std::string out = "# " + detail::markdown_escape(l.info().name) + "\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = detail::levels_up(l, static_cast<index_t>(t));
        out += "\n## " + detail::markdown_escape(l.tracks()[t].name) + "\n\n| competency |";
        for (index_t x : levels) {
            const level& v = l.levels()[x];
            out += " " + detail::markdown_escape(v.id) + " " + detail::markdown_escape(v.title) + (v.career ? " (career)" : "") + " |";
        }
        out += "\n|---|";
        for (std::size_t i = 0; i != levels.size(); ++i) out += "---|";
        out += "\n";
        for (std::size_t c = 0; c != l.competencies().size(); ++c) {
            out += "| " + detail::markdown_escape(l.competencies()[c].name) + " |";
            for (index_t x : levels) out += " " + detail::markdown_escape(detail::matrix_cell(l, x, static_cast<index_t>(c))) + " |";
            out += "\n";
        }
    }
    return out;
}

/// The same matrix as CSV: `track,competency,<level>…` with one header row per track.
inline std::string to_csv(const ladder_view& l) {
    std::string out;
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = detail::levels_up(l, static_cast<index_t>(t));
        out += "track,competency";
        for (index_t x : levels) out += "," + detail::csv_quote(l.levels()[x].id);
        out += "\r\n";
        for (std::size_t c = 0; c != l.competencies().size(); ++c) {
            out += detail::csv_quote(l.tracks()[t].id) + "," + detail::csv_quote(l.competencies()[c].id);
            for (index_t x : levels) out += "," + detail::csv_quote(detail::matrix_cell(l, x, static_cast<index_t>(c)));
            out += "\r\n";
        }
    }
    return out;
}

/// Tracks as clusters of levels (lowest at the top), promotions as solid arrows, switches as
/// dashed ones (both ways when the door is), step backs dotted with their pay policy, and
/// equivalences as grey dotted lines to the range's ends.
inline std::string to_dot(const ladder_view& l) {
    std::string out = "digraph ladder {\n  label=" + detail::dot_quote(l.info().name) + ";\n  rankdir=TB;\n  node [shape=box];\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        out += "  subgraph cluster_" + std::to_string(t) + " {\n    label=" + detail::dot_quote(l.tracks()[t].name) + ";\n";
        for (index_t x : detail::levels_up(l, static_cast<index_t>(t))) {
            const level& v = l.levels()[x];
            out += "    " + detail::dot_quote(v.id) + " [label=" +
                   detail::dot_quote(std::string(v.id) + "\n" + std::string(v.title) + "\n" + std::string(name_of(v.scope))) +
                   (v.career ? ", peripheries=2" : "") + "];\n";
        }
        out += "  }\n";
    }
    for (const auto& m : l.transitions()) {
        out += "  " + detail::dot_quote(m.from.id) + " -> " + detail::dot_quote(m.to.id);
        switch (m.kind) {
            case transition_kind::promote: out += m.guard.empty() ? "" : " [label=" + detail::dot_quote(m.guard) + "]"; break;
            case transition_kind::switch_track: out += m.both_ways ? " [style=dashed, dir=both]" : " [style=dashed]"; break;
            case transition_kind::step_back: out += " [style=dotted, label=" + detail::dot_quote(name_of(m.pay)) + "]"; break;
        }
        out += ";\n";
    }
    for (const auto& e : l.equivalences()) {
        out += "  " + detail::dot_quote(e.level.id) + " -> " + detail::dot_quote(e.lowest.id) +
               " [style=dotted, color=gray, arrowhead=none, constraint=false];\n";
        if (e.highest.id != e.lowest.id) {
            out += "  " + detail::dot_quote(e.level.id) + " -> " + detail::dot_quote(e.highest.id) +
                   " [style=dotted, color=gray, arrowhead=none, constraint=false];\n";
        }
    }
    return out + "}\n";
}

LADDER_END_NAMESPACE
