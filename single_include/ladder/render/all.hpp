// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// Every renderer (docs/views.md): Markdown, CSV, JSON, Graphviz DOT and HTML. Optional: the
// umbrella header <ladder/ladder.hpp> includes none of them.

// begin ladder/render/csv.hpp

// The competency × level matrix per track as CSV (docs/views.md). Optional header.

// begin ladder/render/common.hpp

// What the renderers share: the levels of a track in order, a matrix cell, and the escapes of
// each format. Each renderer is an optional header of its own; <ladder/render/all.hpp> has them
// all, and <ladder/ladder.hpp> none.

// ladder/core/config.hpp (included above)
// ladder/core/sort.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/text/printer.hpp (included above)

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
    }
    stable_sort(out, [&](index_t a, index_t b) { return l.levels()[a].rank < l.levels()[b].rank; });
    return out;
}

/// A cell of the matrix: the expected rating, by its scale point's name where it has one.
inline std::string matrix_cell(const ladder_view& l, index_t level, index_t competency) {
    const auto m = minimum_of(l.expectations_of(l.levels()[level]), competency);
    if (!m) return {};
    if (const scale_point* p = l.point_by_value(l.scale_index_of(l.competencies()[competency]), *m)) {
        return std::to_string(*m) + " " + std::string(p->name);
    }
    return std::to_string(*m);
}

/// True when a level says in words what any of its expectations means.
[[nodiscard]] inline bool has_text(const ladder_view& l, index_t level) { return has_words(l.expectations_of(l.levels()[level])); }

/// A word of the format for people to read: `top_of_band` as "top of band".
inline std::string spaced(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = c == '_' ? ' ' : c;
    return out;
}

/// An amount with its thousands grouped: 150,000.
inline std::string grouped(std::int64_t amount) {
    const std::string digits = std::to_string(amount < 0 ? static_cast<unsigned long long>(-(amount + 1)) + 1
                                                      : static_cast<unsigned long long>(amount));
    std::string out = amount < 0 ? "-" : "";
    for (std::size_t i = 0; i != digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

/// A pay band for people to read: `150,000–210,000 USD`.
inline std::string band_words(const pay_band& b) {
    std::string out = grouped(b.minimum);
    out += "\xE2\x80\x93";  // an en dash
    out += grouped(b.maximum);
    if (!b.currency.empty()) {
        out += ' ';
        out += b.currency;
    }
    return out;
}

/// What a level is beyond its expectations, in words for a reader: its scope, pay band and
/// typical time, each empty where the level states none.
struct level_facts {
    std::string scope, band, typical;
};
inline level_facts facts_of(const level& v) {
    return {std::string(words_of(v.scope)), v.band ? band_words(*v.band) : std::string(),
            v.typical_months ? duration_text(*v.typical_months) : std::string()};
}
/// The facts in the order views show them, each with its label.
struct level_fact_field {
    std::string_view label;
    std::string level_facts::*text;
};
inline constexpr level_fact_field level_fact_fields[] = {
    {"scope", &level_facts::scope}, {"pay band", &level_facts::band}, {"typical time", &level_facts::typical}};

inline std::string dot_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c == '\n' ? std::string("\\n") : std::string(1, c);
    }
    return out + "\"";
}

}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/render/common.hpp

#include <string>

LADDER_BEGIN_NAMESPACE

/// The same matrix as CSV: per track, a `track,competency,<level>…` header row, a row per
/// fact of the levels (`level title`, `level scope`, `band minimum`, `band maximum`,
/// `band currency`, `typical months`, `career level`), then a row per competency.
inline std::string to_csv(const ladder_view& l) {
    std::string out;
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = detail::levels_up(l, static_cast<index_t>(t));
        out += "track,competency";
        for (index_t x : levels) {
            out += ',';
            out += quote_csv(l.levels()[x].id);
        }
        out += "\r\n";
        // What each level is beyond its expectations, one row each, labelled with words no
        // competency id can be (they hold a space).
        const auto fact_row = [&](std::string_view label, auto&& cell) {
            out += quote_csv(l.tracks()[t].id);
            out += ',';
            out += label;
            for (index_t x : levels) {
                out += ',';
                out += quote_csv(cell(l.levels()[x]));
            }
            out += "\r\n";
        };
        const auto band_part = [](const level& v, auto part) { return v.band ? part(*v.band) : std::string(); };
        fact_row("level title", [](const level& v) { return std::string(v.title); });
        fact_row("level scope", [](const level& v) { return std::string(name_of(v.scope)); });
        fact_row("band minimum", [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::to_string(b.minimum); }); });
        fact_row("band maximum", [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::to_string(b.maximum); }); });
        fact_row("band currency", [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::string(b.currency); }); });
        fact_row("typical months", [](const level& v) { return v.typical_months ? std::to_string(*v.typical_months) : std::string(); });
        fact_row("career level", [](const level& v) { return std::string(v.career ? "yes" : "no"); });
        for (std::size_t c = 0; c != l.competencies().size(); ++c) {
            out += quote_csv(l.tracks()[t].id) + "," + quote_csv(l.competencies()[c].id);
            for (index_t x : levels) {
                out += ',';  // appended in parts: g++ 12 at -O3 warns falsely on `"," + string` (-Wrestrict)
                out += quote_csv(detail::matrix_cell(l, x, static_cast<index_t>(c)));
            }
            out += "\r\n";
        }
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/render/csv.hpp
// begin ladder/render/dot.hpp

// Tracks, levels, equivalences and moves as a Graphviz graph (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)

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
    // The level just below a level on its track, or no_index.
    const auto below = [&](index_t x) {
        index_t best = no_index;
        for (std::size_t i = 0; i != l.levels().size(); ++i) {
            const level& c = l.levels()[i];
            if (c.track.index != l.levels()[x].track.index || c.rank >= l.levels()[x].rank) continue;
            if (best == no_index || c.rank > l.levels()[best].rank) best = static_cast<index_t>(i);
        }
        return best;
    };
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        out += "  subgraph cluster_" + std::to_string(t) + " {\n    label=" + dot_quote(l.tracks()[t].name) + ";\n";
        for (index_t x : detail::levels_up(l, static_cast<index_t>(t))) {
            const level& v = l.levels()[x];
            std::string label = std::string(v.id) + "\n" + std::string(v.title) + "\n" + std::string(words_of(v.scope));
            if (v.band) label += "\n" + detail::band_words(*v.band);
            out += "    " + dot_quote(v.id) + " [label=" + dot_quote(label) + (v.career ? ", peripheries=2" : "") + "];\n";
        }
        out += "  }\n";
    }
    for (const auto& m : l.transitions()) {
        out += "  " + dot_quote(m.from.id) + " -> " + dot_quote(m.to.id);
        switch (m.kind) {
            case transition_kind::promote: out += m.guard.empty() ? "" : " [xlabel=" + dot_quote(m.guard) + "]"; break;
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
        if (const index_t under = below(e.lowest.index); under != no_index) {
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
// end ladder/render/dot.hpp
// begin ladder/render/html.hpp

// One self-contained HTML page: the matrices, and a person's readiness highlighted against them
// (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)
// ladder/decide/decisions.hpp (included above)
// ladder/report/readiness.hpp (included above)

#include <optional>
#include <vector>

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
inline std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

/// The start of a page, up to and including `<body>`: its title and the style every page shares.
inline std::string html_head(std::string_view title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
           "</title>\n<style>\n"
           "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n"
           ".tracks{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}\n"
           "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}\n"
           "th{background:#f4f4f4}.career{font-style:italic}.target{background:#eef5ff}\n"
           ".short{background:#ffe0e0;font-weight:bold}.met{background:#e3f6e3}\n"
           "pre{background:#fafafa;border:1px solid #ddd;padding:1rem;white-space:pre-wrap}\n"
           "td[title]{text-decoration:underline dotted}dd{margin:0 0 .6rem 1.5rem}.note{color:#555}\n"
           "tr.fact td,tr.fact th{color:#555;font-size:.9em}.legend{color:#555;font-size:.9em}\n"
           "</style>\n</head>\n<body>\n";
}

/// An expectation's words and their notes, as HTML: the statement, then a list of notes.
inline std::string html_words(const ladder_view& l, const expectation& e) {
    std::string out = html_escape(e.statement);
    if (e.note_count != 0) {
        out += "<ul>";
        for (const auto& n : l.notes_of(e)) out += "<li class=\"note\">" + html_escape(name_of(n.kind)) + ": " + html_escape(n.text) + "</li>";
        out += "</ul>";
    }
    return out;
}
}  // namespace detail

/// One self-contained HTML page (no external assets, no script): a table per track, side by
/// side, competencies down and levels across. Given a person's readiness report, the target
/// level's column is marked, each of its expectations is shown met or short against the
/// person's latest rating (an exempt competency counts as met), and the report follows. A cell
/// whose level says what the expectation means shows it on hover, and each such level's words,
/// with their signals and examples, follow the tables.
inline std::string to_html(const ladder_view& l, const readiness_report* report = nullptr, const person* who = nullptr) {
    using detail::html_escape;
    std::string out = detail::html_head(l.info().name) + "<h1>" + html_escape(l.info().name) + "</h1>\n";
    if (report != nullptr && who != nullptr) {
        out += "<p>" + html_escape(who->name.empty() ? who->id : who->name) + ": " + html_escape(l.levels()[report->from].id) +
               " &rarr; " + html_escape(l.levels()[report->to].id) + ", <strong>" + html_escape(name_of(report->result())) +
               "</strong></p>\n";
    }
    out += "<div class=\"tracks\">\n";
    // With a person, only the tracks of their level and of the target: an engineer's page shows
    // no management table unless the move goes there.
    const auto shown = [&](std::size_t t) {
        return report == nullptr || l.levels()[report->from].track.index == t || l.levels()[report->to].track.index == t;
    };
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        if (!shown(t)) continue;
        const auto levels = detail::levels_up(l, static_cast<index_t>(t));
        out += "<section>\n<h2>" + html_escape(l.tracks()[t].name) + "</h2>\n<table>\n<tr><th>competency</th>";
        for (index_t x : levels) {
            const level& v = l.levels()[x];
            std::string cls = v.career ? "career" : "";
            if (report != nullptr && report->to == x) cls += cls.empty() ? "target" : " target";
            out += "<th" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") + ">" + html_escape(v.id) + "<br>" +
                   html_escape(v.title) + "</th>";
        }
        out += "</tr>\n";
        // What each level is beyond its expectations: scope, pay band, typical time; a row no
        // level of the track fills is left out.
        std::vector<detail::level_facts> facts;
        for (index_t x : levels) facts.push_back(detail::facts_of(l.levels()[x]));
        for (const auto& field : detail::level_fact_fields) {
            std::string row = "<tr class=\"fact\"><th>" + std::string(field.label) + "</th>";
            bool any = false;
            for (const auto& f : facts) {
                any = any || !(f.*field.text).empty();
                row += "<td>" + html_escape(f.*field.text) + "</td>";
            }
            if (any) out += row + "</tr>\n";
        }
        for (std::size_t c = 0; c != l.competencies().size(); ++c) {
            out += "<tr><td>" + html_escape(l.competencies()[c].name) + "</td>";
            for (index_t x : levels) {
                std::string cell = html_escape(detail::matrix_cell(l, x, static_cast<index_t>(c)));
                std::string cls;
                const auto expected = detail::minimum_of(l.expectations_of(l.levels()[x]), static_cast<index_t>(c));
                if (report != nullptr && report->to == x && who != nullptr && expected) {
                    // The person's latest rating against what the target expects.
                    const auto rated = who->exemption_from(static_cast<index_t>(c)) != nullptr
                                           ? std::optional<rating>(*expected)
                                           : who->rating_of(static_cast<index_t>(c));
                    cls = rated && *rated >= *expected ? "met" : "short";
                    if (cls == "short") cell += " (rated " + (rated ? std::to_string(*rated) : std::string("-")) + ")";
                }
                const expectation* said = stated_expectation(l, x, no_index, static_cast<index_t>(c));
                out += "<td" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") +
                       (said != nullptr ? " title=\"" + html_escape(said->statement) + "\"" : std::string()) + ">" + cell + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</table>\n</section>\n";
    }
    out += "</div>\n<p class=\"legend\">Cells: the rating each level expects. <span class=\"career\">Italic</span>: a "
           "career level, where staying is a good outcome.";
    if (report != nullptr) {
        out += " <span class=\"target\">Blue</span>: the target level; <span class=\"met\">green</span>: met, "
               "<span class=\"short\">red</span>: short, with the latest rating.";
    }
    bool words = false;
    for (std::size_t x = 0; x != l.levels().size() && !words; ++x) words = shown(l.levels()[x].track.index) && detail::has_text(l, static_cast<index_t>(x));
    if (words) out += " Underlined cells say in words what they mean on hover; each level's words follow.";
    out += "</p>\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        if (!shown(t)) continue;
        for (index_t x : detail::levels_up(l, static_cast<index_t>(t))) {
            if (!detail::has_text(l, x)) continue;
            const level& v = l.levels()[x];
            out += "<section class=\"words\">\n<h3>" + html_escape(v.id) + " " + html_escape(v.title) + "</h3>\n<dl>\n";
            for (const auto& e : l.expectations_of(v)) {
                if (e.statement.empty() || !e.competency.resolved()) continue;
                out += "<dt>" + html_escape(l.competencies()[e.competency.index].name) + " (" +
                       html_escape(detail::matrix_cell(l, x, e.competency.index)) + ")</dt>\n<dd>" + detail::html_words(l, e) +
                       "</dd>\n";
            }
            out += "</dl>\n</section>\n";
        }
    }
    if (report != nullptr && who != nullptr) out += "<h2>Readiness</h2>\n<pre>" + html_escape(to_text(*report, *who)) + "</pre>\n";
    return out + "</body>\n</html>\n";
}

/// A page about one level, for the people at it or aiming for it: its title, track, scope, pay
/// band, typical time, the levels it compares with, the career-level note and what being at it
/// means beyond its expectations; every move into it with what the move asks (its guard as
/// written, or meeting every expectation) and its advisories; every expectation with the
/// level's words; and the archetypes open at it with their own expectations.
inline std::string to_level_html(const ladder_view& l, level_ref which) {
    using detail::html_escape;
    const index_t x = which.index();
    const level& v = l.levels()[x];
    const std::string name = detail::level_words(l, x);
    std::string out = detail::html_head(name + " - " + std::string(l.info().name)) + "<h1>" + html_escape(name) + "</h1>\n<p>" +
                      html_escape(v.track.resolved() ? l.tracks()[v.track.index].name : v.track.id) + ", " +
                      html_escape(l.info().name) + "</p>\n<table>\n";
    const auto facts = detail::facts_of(v);
    for (const auto& field : detail::level_fact_fields) {
        if ((facts.*field.text).empty()) continue;
        out += "<tr class=\"fact\"><th>" + std::string(field.label) + "</th><td>" + html_escape(facts.*field.text) + "</td></tr>\n";
    }
    // The levels it compares with: its own equivalence's range, and the levels whose range holds it.
    std::string peers;
    const auto add_peer = [&](std::string_view text) { peers += (peers.empty() ? "" : ", ") + html_escape(text); };
    for (const auto& e : l.equivalences()) {
        if (!e.level.resolved() || !e.lowest.resolved() || !e.highest.resolved()) continue;
        if (e.level.index == x) {
            add_peer(e.lowest.index == e.highest.index ? std::string(e.lowest.id) : std::string(e.lowest.id) + " to " + std::string(e.highest.id));
        } else if (l.levels()[e.lowest.index].track.index == v.track.index && l.levels()[e.lowest.index].rank <= v.rank &&
                   v.rank <= l.levels()[e.highest.index].rank) {
            add_peer(detail::level_words(l, e.level.index));
        }
    }
    if (!peers.empty()) out += "<tr class=\"fact\"><th>compares with</th><td>" + peers + "</td></tr>\n";
    out += "</table>\n";
    if (v.career) out += "<p class=\"career\">A career level: staying here is a good outcome.</p>\n";
    if (!v.criterion.empty()) out += "<p>Being at this level also means: <code>" + html_escape(v.criterion) + "</code></p>\n";

    out += "<h2>Getting here</h2>\n";
    std::string moves;
    for (std::size_t t = 0; t != l.transitions().size(); ++t) {
        const transition& m = l.transitions()[t];
        const bool into = m.to.index == x, back = m.both_ways && m.from.index == x;
        if (!m.from.resolved() || !m.to.resolved() || !(into || back)) continue;
        const index_t from = into ? m.from.index : m.to.index;
        moves += "<li>" + detail::spaced(name_of(m.kind)) + " from " + html_escape(detail::level_words(l, from));
        moves += m.guard.empty() ? std::string(", meeting every expectation below") : ", when <code>" + html_escape(m.guard) + "</code>";
        if (m.kind == transition_kind::step_back && m.pay != pay_policy::keep) moves += " (pay: " + detail::spaced(name_of(m.pay)) + ")";
        std::string advice;
        for (const auto& a : l.advisories()) {
            if (a.transition != t) continue;
            advice += "<li class=\"note\">" + html_escape(a.message) + " (<code>" + html_escape(a.text) + "</code>)</li>";
        }
        if (!advice.empty()) moves += "<ul>" + advice + "</ul>";
        moves += "</li>\n";
    }
    out += moves.empty() ? "<p>No move leads here: people start at this level.</p>\n" : "<ul>\n" + moves + "</ul>\n";

    out += "<h2>What " + html_escape(v.id) + " expects</h2>\n<table>\n<tr><th>competency</th><th>expects</th><th>in words</th></tr>\n";
    for (const auto& e : l.expectations_of(v)) {
        if (!e.competency.resolved()) continue;
        const auto& c = l.competencies()[e.competency.index];
        out += "<tr><td>" + html_escape(c.name) + "</td><td>" + html_escape(detail::matrix_cell(l, x, e.competency.index)) + "</td><td>" +
               (e.statement.empty() ? "<span class=\"note\">" + html_escape(c.description) + "</span>" : detail::html_words(l, e)) +
               "</td></tr>\n";
    }
    out += "</table>\n";

    std::string archetypes;
    for (std::size_t a = 0; a != l.archetypes().size(); ++a) {
        if (archetype_in_force(l, static_cast<index_t>(a), x) == no_index) continue;
        const archetype& k = l.archetypes()[a];
        archetypes += "<dt>" + html_escape(k.name) + "</dt>\n<dd>";
        std::string own;
        for (const auto& e : l.expectations_of(k)) {
            if (!e.competency.resolved()) continue;
            const auto& c = l.competencies()[e.competency.index];
            own += "<li>" + html_escape(c.name) + ": " + html_escape(detail::rating_words(l, e.competency.index, e.minimum));
            const expectation* said = stated_expectation(l, x, static_cast<index_t>(a), e.competency.index);
            if (said != nullptr) own += ": " + detail::html_words(l, *said);
            own += "</li>";
        }
        archetypes += own.empty() ? "the level's expectations" : "<ul>" + own + "</ul>";
        archetypes += "</dd>\n";
    }
    if (!archetypes.empty()) out += "<h2>Archetypes at " + html_escape(v.id) + "</h2>\n<dl>\n" + archetypes + "</dl>\n";
    return out + "</body>\n</html>\n";
}

/// Two levels side by side, for someone weighing a move between them (across tracks too): their
/// scope, pay band and typical time, then each competency either expects, with each level's
/// rating and words and the change from the first to the second (`+1`, `same`, `new`,
/// `dropped`), rises marked.
inline std::string to_comparison_html(const ladder_view& l, level_ref first, level_ref second) {
    using detail::html_escape;
    const index_t a = first.index(), b = second.index();
    const level &va = l.levels()[a], &vb = l.levels()[b];
    const auto track_name = [&](const level& v) { return v.track.resolved() ? l.tracks()[v.track.index].name : v.track.id; };
    const std::string title = detail::level_words(l, a) + " and " + detail::level_words(l, b);
    std::string out = detail::html_head(title + " - " + std::string(l.info().name)) + "<h1>" + html_escape(detail::level_words(l, a)) +
                      " &rarr; " + html_escape(detail::level_words(l, b)) + "</h1>\n<p>";
    out += va.track.index == vb.track.index ? html_escape(track_name(va))
                                            : html_escape(track_name(va)) + " to " + html_escape(track_name(vb));
    out += ", " + html_escape(l.info().name) + "</p>\n<table>\n<tr><th></th><th>" + html_escape(detail::level_words(l, a)) + "</th><th>" +
           html_escape(detail::level_words(l, b)) + "</th><th>change</th></tr>\n";
    const auto facts_a = detail::facts_of(va), facts_b = detail::facts_of(vb);
    for (const auto& field : detail::level_fact_fields) {
        const std::string &x = facts_a.*field.text, &y = facts_b.*field.text;
        if (x.empty() && y.empty()) continue;
        out += "<tr class=\"fact\"><th>" + std::string(field.label) + "</th><td>" + html_escape(x) + "</td><td>" + html_escape(y) +
               "</td><td>" + (x == y ? "same" : "") + "</td></tr>\n";
    }
    const auto cell = [&](index_t x, index_t c) {
        std::string text = html_escape(detail::matrix_cell(l, x, c));
        if (const expectation* said = stated_expectation(l, x, no_index, c)) text += "<div class=\"note\">" + detail::html_words(l, *said) + "</div>";
        return text;
    };
    for (std::size_t c = 0; c != l.competencies().size(); ++c) {
        const auto row = static_cast<index_t>(c);
        const auto from = detail::minimum_of(l.expectations_of(va), row), to = detail::minimum_of(l.expectations_of(vb), row);
        if (!from && !to) continue;
        std::string change = !from ? "new" : !to ? "dropped" : *to == *from ? "same" : (*to > *from ? "+" : "") + std::to_string(*to - *from);
        const bool rises = (!from && to) || (from && to && *to > *from);
        out += "<tr><td>" + html_escape(l.competencies()[c].name) + "</td><td>" + cell(a, row) + "</td><td" +
               (rises ? " class=\"target\"" : "") + ">" + cell(b, row) + "</td><td>" + (rises ? "<strong>" + change + "</strong>" : change) +
               "</td></tr>\n";
    }
    out += "</table>\n<p class=\"legend\">Blue: what rises from " + html_escape(va.id) + " to " + html_escape(vb.id) + ".</p>\n";
    return out + "</body>\n</html>\n";
}

LADDER_END_NAMESPACE
// end ladder/render/html.hpp
// begin ladder/render/json.hpp

// The whole ladder as JSON, keys in a fixed order (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)
#include <span>

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// `[a, b, …]` of what `item` makes of each row.
template <class Rows, class Item>
std::string json_list(const Rows& rows, Item&& item) {
    std::string out = "[";
    bool first = true;
    for (const auto& r : rows) {
        out += first ? "" : ", ";
        out += item(r);
        first = false;
    }
    return out + "]";
}
inline std::string json_expectations(const ladder_view& l, std::span<const expectation> list) {
    return json_list(list, [&](const expectation& e) {
        std::string x = "{\"competency\": " + quote_json(l.competencies()[e.competency.index].id) + ", \"minimum\": " + std::to_string(e.minimum);
        x += ", \"means\": " + (e.statement.empty() ? std::string("null") : quote_json(e.statement));
        return x + ", \"notes\": " + json_list(l.notes_of(e), [](const expectation_note& n) {
            return "{\"kind\": " + quote_json(name_of(n.kind)) + ", \"text\": " + quote_json(n.text) + "}";
        }) + "}";
    });
}
}  // namespace detail

/// The whole ladder as JSON: one object, keys in a fixed order (name, version, scales,
/// categories, competencies, tracks, levels, equivalences, archetypes, transitions, attributes,
/// rules), ids as written, two-space indentation. A writer only: the library reads .ladder text.
inline std::string to_json(const ladder_view& l) {
    using detail::json_list;
    std::string out = "{\n";
    out += "  \"name\": " + quote_json(l.info().name) + ",\n";
    out += "  \"version\": " + quote_json(l.info().version) + ",\n";
    out += "  \"scales\": " + json_list(l.scales(), [&](const scale& s) {
        return "{\"id\": " + quote_json(s.id) + ", \"name\": " + quote_json(s.name) + ", \"points\": " +
               json_list(l.points_of(s), [&](const scale_point& p) {
                   return "{\"value\": " + std::to_string(p.value) + ", \"id\": " + quote_json(p.id) + ", \"name\": " + quote_json(p.name) + "}";
               }) + "}";
    }) + ",\n";
    out += "  \"categories\": " + json_list(l.categories(), [&](const category& c) {
        return "{\"id\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) + ", \"description\": " + quote_json(c.description) + "}";
    }) + ",\n";
    out += "  \"competencies\": " + json_list(l.competencies(), [&](const competency& c) {
        return "{\"id\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) + ", \"category\": " + quote_json(c.category.id) +
               ", \"scale\": " + quote_json(l.scale_index_of(c) == no_index ? std::string_view{} : l.scales()[l.scale_index_of(c)].id) +
               ", \"description\": " + quote_json(c.description) + "}";
    }) + ",\n";
    out += "  \"tracks\": " + json_list(l.tracks(), [&](const track& t) {
        return "{\"id\": " + quote_json(t.id) + ", \"name\": " + quote_json(t.name) + ", \"kind\": " + quote_json(name_of(t.kind)) + "}";
    }) + ",\n";
    out += "  \"levels\": " + json_list(l.levels(), [&](const level& v) {
        std::string x = "{\"id\": " + quote_json(v.id) + ", \"title\": " + quote_json(v.title) + ", \"track\": " + quote_json(v.track.id) +
                        ", \"rank\": " + std::to_string(v.rank) + ", \"scope\": " + quote_json(name_of(v.scope)) +
                        ", \"career\": " + (v.career ? "true" : "false");
        x += ", \"band\": " + (v.band ? "{\"minimum\": " + std::to_string(v.band->minimum) + ", \"maximum\": " +
                                           std::to_string(v.band->maximum) + ", \"currency\": " + quote_json(v.band->currency) + "}"
                                     : std::string("null"));
        x += ", \"typical_months\": " + (v.typical_months ? std::to_string(*v.typical_months) : std::string("null"));
        return x + ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(v)) + "}";
    }) + ",\n";
    out += "  \"equivalences\": " + json_list(l.equivalences(), [&](const equivalence& e) {
        return "{\"level\": " + quote_json(e.level.id) + ", \"lowest\": " + quote_json(e.lowest.id) + ", \"highest\": " + quote_json(e.highest.id) + "}";
    }) + ",\n";
    out += "  \"archetypes\": " + json_list(l.archetypes(), [&](const archetype& a) {
        return "{\"id\": " + quote_json(a.id) + ", \"name\": " + quote_json(a.name) + ", \"from\": " + quote_json(a.from.id) +
               ", \"until\": " + (a.until.empty() ? std::string("null") : quote_json(a.until.id)) +
               ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(a)) + "}";
    }) + ",\n";
    out += "  \"transitions\": " + json_list(l.transitions(), [&](const transition& t) {
        return "{\"kind\": " + quote_json(name_of(t.kind)) + ", \"from\": " + quote_json(t.from.id) + ", \"to\": " + quote_json(t.to.id) +
               ", \"both_ways\": " + (t.both_ways ? "true" : "false") + ", \"pay\": " + quote_json(name_of(t.pay)) +
               ", \"when\": " + (t.guard.empty() ? std::string("null") : quote_json(t.guard)) + "}";
    }) + ",\n";
    out += "  \"attributes\": " + json_list(l.attributes(), [&](const attribute& a) {
        return "{\"id\": " + quote_json(a.id) + ", \"type\": " + quote_json(name_of(a.type)) + "}";
    }) + ",\n";
    out += "  \"rules\": " + json_list(l.rules(), [&](const named_rule& r) {
        return "{\"id\": " + quote_json(r.id) + ", \"parameters\": " + quote_json(r.parameters) + ", \"text\": " + quote_json(r.text) + "}";
    }) + "\n";
    return out + "}\n";
}

LADDER_END_NAMESPACE
// end ladder/render/json.hpp
// begin ladder/render/markdown.hpp

// The competency × level matrix per track as Markdown (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)

#include <string>

LADDER_BEGIN_NAMESPACE

/// Each track as Markdown: a heading, a table of its levels (title, scope, pay band, typical
/// time, career level), then the competency × level matrix: a column per level (lowest first),
/// a row per competency, cells the expected rating. Under it, each level that says what its
/// expectations mean: a heading, and a list of competency, rating, statement, and its signals
/// and examples.
inline std::string to_markdown(const ladder_view& l) {
    std::string out = "# " + detail::markdown_escape(l.info().name) + "\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = detail::levels_up(l, static_cast<index_t>(t));
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
            out += detail::markdown_escape(v.title);
            for (const auto& field : detail::level_fact_fields) {
                out += " | ";
                out += detail::markdown_escape(facts.*field.text);
            }
            out += v.career ? " | yes: staying is a good outcome |\n" : " | |\n";
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
// end ladder/render/markdown.hpp
