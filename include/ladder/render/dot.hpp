// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Tracks, levels, equivalences and moves as a Graphviz graph (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

#include <string>

LADDER_BEGIN_NAMESPACE

/// Tracks as clusters of levels, lowest at the bottom, each level boxed with its id, title,
/// scope in words and pay band (a double border for a career level); a level with an
/// equivalence stands no lower than the lowest level it compares with, so the tracks line up.
/// Promotions are solid arrows (their guard beside them), switches dashed (both ways when the
/// door is), step backs dotted with their pay in words, equivalences grey dotted lines to the
/// range's ends; only promotions shape the layout, so nothing loops. A legend says all this.
inline std::string to_dot(const ladder_view& l) {
    using detail::dot_quote;
    std::string out = "digraph ladder {\n  label=" + dot_quote(l.info().name) +
                      ";\n  rankdir=BT;\n  node [shape=box];\n  edge [fontsize=10];\n";
    // The nearest level below each level on its track (no_index for the lowest), as validation
    // orders them: one sort, not a search per equivalence.
    const auto order = detail::order_levels_on_tracks(l);
    const auto& below = order.below;
    const auto by_track = detail::levels_by_track(l, order);
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        out += "  subgraph cluster_" + std::to_string(t) + " {\n    label=" + dot_quote(l.tracks()[t].name) + ";\n";
        for (index_t x : by_track[t]) {
            const level& v = l.levels()[x];
            std::string label = std::string(v.id) + "\n" + detail::titles_words(l, x) + "\n" + std::string(words_of(v.scope));
            if (v.band) label += "\n" + detail::band_words(*v.band);
            out += "    " + dot_quote(v.id) + " [label=" + dot_quote(label) + (v.career ? ", peripheries=2" : "") + "];\n";
        }
        out += "  }\n";
    }
    for (const auto& m : l.transitions()) {
        out += "  " + dot_quote(m.from.id) + " -> " + dot_quote(m.to.id);
        switch (m.kind) {
            case transition_kind::promote: out += m.guard.empty() ? "" : " [xlabel=" + dot_quote(detail::wrapped(m.guard, 30)) + "]"; break;
            case transition_kind::switch_track:
                out += m.both_ways ? " [style=dashed, dir=both, constraint=false]" : " [style=dashed, constraint=false]";
                break;
            case transition_kind::step_back:
                out += " [style=dotted, constraint=false, xlabel=" + dot_quote("pay: " + detail::spaced(name_of(m.pay))) + "]";
                break;
        }
        out += ";\n";
    }
    for (const auto& e : l.equivalences()) {
        if (!e.level.resolved() || !e.lowest.resolved()) continue;
        out += "  " + dot_quote(e.level.id) + " -> " + dot_quote(e.lowest.id) +
               " [style=dotted, color=gray, arrowhead=none, constraint=false];\n";
        if (e.highest.id != e.lowest.id) {
            out += "  " + dot_quote(e.level.id) + " -> " + dot_quote(e.highest.id) +
                   " [style=dotted, color=gray, arrowhead=none, constraint=false];\n";
        }
        // No lower than the lowest level it compares with: above the one below that.
        if (const index_t under = below[e.lowest.index]; under != no_index) {
            out += "  " + dot_quote(l.levels()[under].id) + " -> " + dot_quote(e.level.id) + " [style=invis];\n";
        }
    }
    out += "  subgraph cluster_legend {\n    label=\"Legend\";\n    legend [shape=none, margin=0, label=<"
           "<table border=\"0\" cellspacing=\"2\">"
           "<tr><td align=\"left\">solid arrow: a promotion, beside it what it asks</td></tr>"
           "<tr><td align=\"left\">dashed arrow: a switch of track (two heads: both ways)</td></tr>"
           "<tr><td align=\"left\">dotted arrow: a step back, with its pay</td></tr>"
           "<tr><td align=\"left\">grey dotted line: levels that compare</td></tr>"
           "<tr><td align=\"left\">double border: a career level (staying is a good outcome)</td></tr>"
           "</table>>];\n  }\n";
    return out + "}\n";
}

LADDER_END_NAMESPACE
