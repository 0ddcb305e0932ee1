// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Tracks, levels, equivalences and moves as a Graphviz graph (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

#include <string>

LADDER_BEGIN_NAMESPACE

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
                   detail::dot_quote(std::string(v.id) + "\n" + std::string(v.title) + "\n" + std::string(words_of(v.scope))) +
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
