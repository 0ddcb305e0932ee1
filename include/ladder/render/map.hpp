// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The career map: the tracks side by side as an SVG picture, levels lined up by equivalence,
// pay bands drawn to scale, moves as arrows (docs/views.md). Optional header.

#include <ladder/render/common.hpp>
#include <ladder/render/html.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// How the map draws each kind of move: its marker's id, its colour, dashed or not.
struct arrow_style {
    std::string_view marker, colour;
    bool dashed;
};
inline constexpr arrow_style arrow_styles[] = {{"promote", "#555", false}, {"switch", "#1f6fb2", false}, {"step", "#c46a00", true}};
[[nodiscard]] constexpr const arrow_style& style_of(transition_kind k) noexcept { return arrow_styles[static_cast<int>(k)]; }

/// Where the career map puts each level: its column (the track's position) and its row from the
/// bottom. A track's levels climb one row at a time; a level that compares with a range of
/// another track's levels (`equivalent M1 ~ L5..L6`) stands no lower than the lowest of them,
/// whichever track is declared first: passes over the tracks repeat until no row moves (rows
/// only rise, and a pass per track settles every chain of equivalences). Each pass is linear in
/// levels and equivalences.
struct map_layout {
    std::vector<int> column, row, position;  ///< position: the level's place on its track, lowest 0
    int rows = 0, columns = 0;
};
inline map_layout lay_out_map(const ladder_view& l) {
    const std::size_t n = l.levels().size();
    map_layout out{std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<int>(n, -1), 0, static_cast<int>(l.tracks().size())};
    // For each level, the lowest level of each range it compares with.
    std::vector<std::vector<index_t>> lowest(n);
    for (const auto& e : l.equivalences()) {
        if (!e.level.resolved() || !e.lowest.resolved() || !e.highest.resolved()) continue;
        lowest[e.level.index].push_back(e.lowest.index);
    }
    const auto tracks = levels_by_track(l);
    for (std::size_t pass = 0; pass <= tracks.size(); ++pass) {
        bool moved = false;
        for (std::size_t t = 0; t != tracks.size(); ++t) {
            int previous = -1, position = 0;
            for (index_t x : tracks[t]) {
                out.position[x] = position++;
                int want = previous + 1;
                for (index_t other : lowest[x]) want = std::max(want, out.row[other]);
                out.column[x] = static_cast<int>(t);
                moved = moved || out.row[x] != want;
                out.row[x] = previous = want;
                out.rows = std::max(out.rows, want + 1);
            }
        }
        if (!moved) break;
    }
    return out;
}

/// At most `limit` characters of `s` (whole UTF-8 sequences), with an ellipsis when cut.
inline std::string shortened(std::string_view s, std::size_t limit) {
    std::size_t i = 0, shown = 0;
    while (i < s.size() && shown != limit) {
        const std::size_t n = utf8_sequence_length(s, i);
        i += n == 0 ? 1 : n;
        ++shown;
    }
    if (i >= s.size()) return std::string(s);
    return std::string(s.substr(0, i)) + "\xE2\x80\xA6";  // an ellipsis
}

/// A move as the map's tooltip says it: "promote L5 -> L6 when sustained(L6)".
inline std::string move_words(const ladder_view& l, const transition& m) {
    std::string out = spaced(name_of(m.kind)) + " " + level_words(l, m.from.index) + (m.both_ways ? " <-> " : " -> ") +
                      level_words(l, m.to.index);
    if (!m.guard.empty()) out += " when " + std::string(m.guard);
    if (m.kind == transition_kind::step_back && m.pay != pay_policy::keep) out += ", pay: " + spaced(name_of(m.pay));
    return out;
}

}  // namespace detail

/// The career map as an SVG element: a column per track, a box per level (id, title, and its pay
/// band as a bar on one scale per currency, so overlapping bands show as overlapping bars), rows
/// lined up by equivalence (the highest at the top), and every move as an arrow: promotions grey,
/// switches blue (two heads when the door opens both ways), step backs dashed orange with their
/// pay in words. Hovering a box or an arrow shows it in full (guards included); a legend follows.
inline std::string to_career_map_svg(const ladder_view& l) {
    using detail::html_escape;
    // Boxes, the room between them, and a margin wide enough for the curves beside a column.
    constexpr int width = 210, height = 58, row_gap = 30, column_gap = 110, margin = 60, header = 30;
    const auto layout = detail::lay_out_map(l);
    const int legend_top = margin + header + layout.rows * (height + row_gap);
    const int total_width = std::max(2 * margin + layout.columns * width + std::max(0, layout.columns - 1) * column_gap, 560);
    const int total_height = legend_top + 70;
    const auto left = [&](index_t x) { return margin + layout.column[x] * (width + column_gap); };
    const auto top = [&](index_t x) { return margin + header + (layout.rows - 1 - layout.row[x]) * (height + row_gap); };

    // One scale per currency, from the lowest band minimum to the highest maximum.
    std::map<std::string_view, std::pair<std::int64_t, std::int64_t>> scales;
    for (const auto& v : l.levels()) {
        if (!v.band) continue;
        auto [it, fresh] = scales.try_emplace(v.band->currency, v.band->minimum, v.band->maximum);
        if (!fresh) it->second = {std::min(it->second.first, v.band->minimum), std::max(it->second.second, v.band->maximum)};
    }

    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 " + std::to_string(total_width) + " " +
                      std::to_string(total_height) + "\" width=\"" + std::to_string(total_width) + "\" height=\"" +
                      std::to_string(total_height) + "\" font-family=\"system-ui,sans-serif\" font-size=\"12\">\n";
    out += "<title>" + html_escape(l.info().name) + ": career map</title>\n<defs>";
    for (const auto& style : detail::arrow_styles) {
        out += "<marker id=\"" + std::string(style.marker) + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
               "orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"" + std::string(style.colour) + "\"/></marker>";
    }
    out += "</defs>\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        out += "<text x=\"" + std::to_string(margin + static_cast<int>(t) * (width + column_gap)) + "\" y=\"" +
               std::to_string(margin + 14) + "\" font-size=\"15\" font-weight=\"bold\">" +
               html_escape(detail::shortened(l.tracks()[t].name, 28)) + "</text>\n";
    }
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const auto x = static_cast<index_t>(i);
        const level& v = l.levels()[x];
        if (layout.row[x] < 0) continue;  // on no track
        const int bx = left(x), by = top(x);
        std::string hover = detail::level_words(l, x) + ", " + std::string(words_of(v.scope)) + " scope";
        if (v.band) hover += ", " + detail::band_words(*v.band);
        if (v.career) hover += ", a career level";
        out += "<g class=\"level\"><title>" + html_escape(hover) + "</title><rect x=\"" + std::to_string(bx) + "\" y=\"" +
               std::to_string(by) + "\" width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height) +
               "\" rx=\"5\" fill=\"" + (v.career ? "#f3f8ee" : "#fff") + "\" stroke=\"#888\"/>";
        out += "<text x=\"" + std::to_string(bx + 8) + "\" y=\"" + std::to_string(by + 18) + "\"><tspan font-weight=\"bold\">" +
               html_escape(detail::shortened(v.id, 8)) + "</tspan> " + html_escape(detail::shortened(v.title, 24)) + "</text>";
        out += "<text x=\"" + std::to_string(bx + 8) + "\" y=\"" + std::to_string(by + 50) + "\" font-size=\"10\" fill=\"#555\">" +
               std::string(words_of(v.scope)) + " scope" + (v.career ? ", career level" : "") + "</text>";
        if (v.band) {
            const std::int64_t low = scales[v.band->currency].first, high = scales[v.band->currency].second;
            // In doubles: the difference of two amounts near the limits of 64 bits does not fit in them.
            const double span = high > low ? static_cast<double>(high) - static_cast<double>(low) : 1.0;
            const int inner = width - 16;
            const auto at = [&](std::int64_t amount) {
                return bx + 8 + static_cast<int>(inner * ((static_cast<double>(amount) - static_cast<double>(low)) / span));
            };
            const int x0 = at(v.band->minimum), x1 = at(v.band->maximum);
            out += "<rect x=\"" + std::to_string(bx + 8) + "\" y=\"" + std::to_string(by + 28) + "\" width=\"" + std::to_string(inner) +
                   "\" height=\"8\" fill=\"#eee\"/><rect class=\"band\" x=\"" + std::to_string(x0) + "\" y=\"" +
                   std::to_string(by + 28) + "\" width=\"" + std::to_string(std::max(2, x1 - x0)) +
                   "\" height=\"8\" fill=\"#7aa86b\"/>";
        }
        out += "</g>\n";
    }

    // Arrows between tracks leave and enter a box's side at evenly spaced points, so two moves
    // between the same boxes (a switch and a step back) never draw over each other.
    struct end_point {
        index_t level;
        bool right;
    };
    std::map<std::pair<index_t, bool>, int> count, used;
    const auto across = [&](const transition& m) { return layout.column[m.from.index] != layout.column[m.to.index]; };
    const auto sides = [&](const transition& m) {
        const bool rightwards = layout.column[m.from.index] < layout.column[m.to.index];
        return std::pair{end_point{m.from.index, rightwards}, end_point{m.to.index, !rightwards}};
    };
    for (const auto& m : l.transitions()) {
        if (!m.from.resolved() || !m.to.resolved() || layout.row[m.from.index] < 0 || layout.row[m.to.index] < 0 || !across(m)) continue;
        const auto [a, b] = sides(m);
        ++count[{a.level, a.right}];
        ++count[{b.level, b.right}];
    }
    const auto place = [&](end_point p) {
        const int k = ++used[{p.level, p.right}], n = count[{p.level, p.right}];
        return std::pair{left(p.level) + (p.right ? width : 0), top(p.level) + height * k / (n + 1)};
    };
    int detours = 0;
    for (const auto& m : l.transitions()) {
        if (!m.from.resolved() || !m.to.resolved() || layout.row[m.from.index] < 0 || layout.row[m.to.index] < 0) continue;
        const bool step = m.kind == transition_kind::step_back;
        const detail::arrow_style& style = detail::style_of(m.kind);
        const std::string colour(style.colour), marker(style.marker);
        std::string path;
        int label_x = 0, label_y = 0;
        if (across(m)) {
            const auto [a, b] = sides(m);
            const auto [x0, y0] = place(a);
            const auto [x1, y1] = place(b);
            if (std::abs(layout.column[m.from.index] - layout.column[m.to.index]) == 1) {
                path = "M" + std::to_string(x0) + "," + std::to_string(y0) + "L" + std::to_string(x1) + "," + std::to_string(y1);
                label_x = (x0 + x1) / 2;
                label_y = (y0 + y1) / 2 + 12;
            } else {
                // Past the columns between: out into the gap, up to the space above both boxes,
                // across, and down into the target, each such arrow a little higher than the last.
                const int lane = detours++ % 4;
                const int out = (x1 > x0 ? 1 : -1) * (12 + 8 * lane);
                const int over = std::min(top(m.from.index), top(m.to.index)) - row_gap / 2 - 4 * lane;
                path = "M" + std::to_string(x0) + "," + std::to_string(y0) + "H" + std::to_string(x0 + out) + "V" + std::to_string(over) +
                       "H" + std::to_string(x1 - out) + "V" + std::to_string(y1) + "H" + std::to_string(x1);
                label_x = (x0 + x1) / 2;
                label_y = over - 3;
            }
        } else {
            // Within a track: straight up between neighbours, else a curve beside the column.
            const int cx = left(m.from.index) + width / 2;
            const bool up = layout.row[m.to.index] > layout.row[m.from.index];
            const int y0 = up ? top(m.from.index) : top(m.from.index) + height, y1 = up ? top(m.to.index) + height : top(m.to.index);
            const bool neighbours = std::abs(layout.position[m.to.index] - layout.position[m.from.index]) == 1;
            if (neighbours && m.kind == transition_kind::promote) {
                path = "M" + std::to_string(cx) + "," + std::to_string(y0) + "L" + std::to_string(cx) + "," + std::to_string(y1);
            } else {
                // On the outer side of the map: left of the first column, right of the others;
                // promotions and step backs bulge by different amounts so they do not meet.
                const bool on_left = layout.column[m.from.index] == 0 && layout.columns > 1;
                const int side = left(m.from.index) + (on_left ? 0 : width);
                const int reach = m.kind == transition_kind::promote ? 40 : 28;
                const int bulge = on_left ? -reach : reach;
                const int ya = top(m.from.index) + height / 2, yb = top(m.to.index) + height / 2;
                path = "M" + std::to_string(side) + "," + std::to_string(ya) + "C" + std::to_string(side + bulge) + "," +
                       std::to_string(ya) + " " + std::to_string(side + bulge) + "," + std::to_string(yb) + " " + std::to_string(side) +
                       "," + std::to_string(yb);
                label_x = side + bulge / 2;
                label_y = (ya + yb) / 2;
            }
        }
        out += "<g class=\"move\"><title>" + html_escape(detail::move_words(l, m)) + "</title><path d=\"" + path +
               "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.6\"" + (style.dashed ? " stroke-dasharray=\"5,3\"" : "") +
               " marker-end=\"url(#" + marker + ")\"" + (m.both_ways ? " marker-start=\"url(#" + marker + ")\"" : "") + "/>";
        if (step && m.pay != pay_policy::keep && label_x != 0) {
            out += "<text x=\"" + std::to_string(label_x) + "\" y=\"" + std::to_string(label_y) +
                   "\" text-anchor=\"middle\" font-size=\"10\" fill=\"" + colour + "\">pay: " + detail::spaced(name_of(m.pay)) + "</text>";
        }
        out += "</g>\n";
    }

    // The legend: one sample of each arrow, and what the bars are drawn against.
    const int ly = legend_top + 16;
    const auto sample = [&](int x, transition_kind k, bool both, std::string_view words) {
        const detail::arrow_style& style = detail::style_of(k);
        return "<path d=\"M" + std::to_string(x) + "," + std::to_string(ly) + "L" + std::to_string(x + 40) + "," + std::to_string(ly) +
               "\" stroke=\"" + std::string(style.colour) + "\" stroke-width=\"1.6\"" + (style.dashed ? " stroke-dasharray=\"5,3\"" : "") +
               " marker-end=\"url(#" + std::string(style.marker) + ")\"" +
               (both ? " marker-start=\"url(#" + std::string(style.marker) + ")\"" : "") + "/><text x=\"" + std::to_string(x + 48) +
               "\" y=\"" + std::to_string(ly + 4) + "\">" + std::string(words) + "</text>";
    };
    out += "<g class=\"legend\" fill=\"#444\">" + sample(margin, transition_kind::promote, false, "promotion") +
           sample(margin + 140, transition_kind::switch_track, true, "switch, both ways") +
           sample(margin + 320, transition_kind::step_back, false, "step back");
    std::string scale_words;
    for (const auto& [currency, range] : scales) {
        scale_words += (scale_words.empty() ? "" : "; ") + detail::grouped(range.first) + " to " + detail::grouped(range.second) +
                       (currency.empty() ? "" : " " + std::string(currency));
    }
    out += "<text x=\"" + std::to_string(margin) + "\" y=\"" + std::to_string(ly + 28) + "\">" +
           (scale_words.empty() ? std::string("No level states a pay band.")
                                : "Green bars: pay bands, drawn to one scale from " + html_escape(scale_words) + ".") +
           " Shaded boxes: career levels.</text></g>\n</svg>\n";
    return out;
}

/// The career map on a page of its own (`ladder render --format html --map`).
inline std::string to_map_html(const ladder_view& l) {
    return detail::html_head(std::string(l.info().name) + ": career map") + "<h1>" + detail::html_escape(l.info().name) +
           ": career map</h1>\n" + to_career_map_svg(l) + "</body>\n</html>\n";
}

LADDER_END_NAMESPACE
