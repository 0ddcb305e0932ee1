// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// Every renderer (docs/views.md): Markdown, CSV, JSON, Graphviz DOT, HTML (the matrices, a
// level, two levels, the team page, the self-assessment page) and the career map in SVG. Optional: the umbrella header
// <ladder/ladder.hpp> includes none of them.

// begin ladder/render/assess.hpp

// The self-assessment page: one self-contained HTML file in which an engineer picks their level,
// rates themselves for up to three review cycles, and sees the verdict of their next move (and
// of any move they choose), recomputed on every change by the library itself, compiled to
// WebAssembly and inlined in the page (tools/assess: the module's C interface). No server, no
// network: it works from a file.

// ladder/core/config.hpp (included above)
// ladder/model/view.hpp (included above)
// begin ladder/render/html.hpp

// One self-contained HTML page: the matrices, and a person's readiness highlighted against them
// (docs/views.md). Optional header.

// ladder/core/utf8.hpp (included above)
// begin ladder/render/common.hpp

// What the renderers share: the levels of a track in order, a matrix cell, and the escapes of
// each format. Each renderer is an optional header of its own; <ladder/render/all.hpp> has them
// all, and <ladder/ladder.hpp> none.

// ladder/core/config.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/evaluate.hpp (included above)
// ladder/validate/validate.hpp (included above)
// ladder/text/printer.hpp (included above)

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// The levels of every track, lowest rank first (ties in declaration order): one sort for the
/// whole ladder, not a scan of every level per track.
inline std::vector<std::vector<index_t>> levels_by_track(const ladder_view& l, const track_order& order) {
    std::vector<std::vector<index_t>> out(l.tracks().size());
    for (index_t x : order.up) {
        const level& v = l.levels()[x];
        if (v.track.resolved() && v.track.index < out.size()) out[v.track.index].push_back(x);
    }
    return out;
}
/// The same, sorting the ladder's levels itself.
inline std::vector<std::vector<index_t>> levels_by_track(const ladder_view& l) { return levels_by_track(l, order_levels_on_tracks(l)); }

/// A cell of the matrix: the expected rating, by its scale point's name where it has one.
inline std::string matrix_cell(const ladder_view& l, index_t level, index_t competency) {
    const auto m = minimum_of(l.expectations_of(l.levels()[level]), competency);
    if (!m) return {};
    if (const scale_point* p = l.point_by_value(l.scale_index_of(l.competencies()[competency]), *m)) {
        return std::to_string(*m) + " " + std::string(p->name);
    }
    return std::to_string(*m);
}

/// True when level `x` is in the range of group `g` (one track, lowest to highest rank).
[[nodiscard]] constexpr bool in_group(const ladder_view& l, const level_group& g, index_t x) noexcept {
    if (!g.lowest.resolved() || !g.highest.resolved()) return false;
    const tri at = at_level(l, x, g.lowest.index, g.highest.index);  // what at(group) asks of a person at x
    return at.known() && at.v != 0;
}

/// The groups a level is in, by name: "Senior and above, Leadership"; empty when none.
inline std::string groups_of(const ladder_view& l, index_t x) {
    std::string out;
    for (const auto& g : l.groups()) {
        if (!in_group(l, g, x)) continue;
        if (!out.empty()) out += ", ";
        out += g.name;
    }
    return out;
}

/// What a level is also called, for the archetypes that title it: "Group Lead (Manager)";
/// empty when none does.
inline std::string other_titles(const ladder_view& l, index_t x) {
    std::string out;
    for (const auto& t : l.titles()) {
        if (t.level.index != x || t.archetype >= l.archetypes().size()) continue;
        if (!out.empty()) out += ", ";
        out += t.title;
        out += " (";
        out += l.archetypes()[t.archetype].name;
        out += ')';
    }
    return out;
}
/// A level's title with the others it has: "Senior Engineer / Group Lead (Manager)".
inline std::string titles_words(const ladder_view& l, index_t x) {
    std::string out(l.levels()[x].title);
    if (const std::string others = other_titles(l, x); !others.empty()) {
        out += " / ";
        out += others;
    }
    return out;
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

/// Text broken into lines of about `width` bytes at spaces (a word longer than that keeps its
/// line): a long guard beside an arrow as a narrow block, not one line across the picture.
inline std::string wrapped(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t line = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t space = s.find(' ', i);
        const std::string_view word = s.substr(i, space == std::string_view::npos ? std::string_view::npos : space - i);
        if (line != 0 && line + 1 + word.size() > width) {
            out += '\n';
            line = 0;
        } else if (line != 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += word.size();
        if (space == std::string_view::npos) break;
        i = space + 1;
    }
    return out;
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

LADDER_END_NAMESPACE
// end ladder/render/common.hpp
// ladder/decide/decisions.hpp (included above)
// ladder/report/readiness.hpp (included above)

#include <optional>
#include <vector>

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Text safe in HTML and in XML (a standalone SVG): the five special characters as entities, and
/// control characters (but tab and line breaks: C0, DEL, C1), U+FFFE and U+FFFF (which XML
/// forbids) and bytes that are not UTF-8 as U+FFFD, so no input can break the document.
inline std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        // What a terminal would get escaped (control characters, bytes that are not UTF-8), but
        // line breaks; and U+FFFE and U+FFFF, which XML forbids.
        bool escaped = false;
        const std::size_t n = shown_length(s, i, escaped);
        const bool non_character = n == 3 && c == '\xEF' && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF');
        if ((escaped && c != '\n' && c != '\r') || non_character) {
            out += "\xEF\xBF\xBD";
            i += n;
            continue;
        }
        if (n != 1) {
            out.append(s.data() + i, n);
            i += n;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
        ++i;
    }
    return out;
}

/// The start of a page, up to and including `<body>`: its title, the style every page shares and
/// any of its own.
inline std::string html_head(std::string_view title, std::string_view extra_style = {}) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
           "</title>\n<style>\n"
           "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n"
           ".tracks{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}\n"
           "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}\n"
           "th{background:#f4f4f4}.career{font-style:italic}.target{background:#eef5ff}\n"
           ".short{background:#ffe0e0;font-weight:bold}.met{background:#e3f6e3}\n"
           "pre{background:#fafafa;border:1px solid #ddd;padding:1rem;white-space:pre-wrap}\n"
           "td[title]{text-decoration:underline dotted}dd{margin:0 0 .6rem 1.5rem}.note{color:#555}\n"
           "tr.fact td,tr.fact th{color:#555;font-size:.9em}.legend{color:#555;font-size:.9em}\n" +
           std::string(extra_style) + "</style>\n</head>\n<body>\n";
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
inline std::string to_html(const ladder_view& l, const readiness_report* report = nullptr, const person_ref* who = nullptr) {
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
    const auto by_track = detail::levels_by_track(l);
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        if (!shown(t)) continue;
        const auto levels = by_track[t];
        out += "<section>\n<h2>" + html_escape(l.tracks()[t].name) + "</h2>\n<table>\n<tr><th>competency</th>";
        for (index_t x : levels) {
            const level& v = l.levels()[x];
            std::string cls = v.career ? "career" : "";
            if (report != nullptr && report->to == x) cls += cls.empty() ? "target" : " target";
            out += "<th" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") + ">" + html_escape(v.id) + "<br>" +
                   html_escape(detail::titles_words(l, x)) + "</th>";
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
        for (index_t x : by_track[t]) {
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
            add_peer(e.lowest.index == e.highest.index ? detail::level_words(l, e.lowest.index)
                                                       : detail::level_words(l, e.lowest.index) + " to " + detail::level_words(l, e.highest.index));
        } else if (l.levels()[e.lowest.index].track.index == v.track.index && l.levels()[e.lowest.index].rank <= v.rank &&
                   v.rank <= l.levels()[e.highest.index].rank) {
            add_peer(detail::level_words(l, e.level.index));
        }
    }
    if (!peers.empty()) out += "<tr class=\"fact\"><th>compares with</th><td>" + peers + "</td></tr>\n";
    if (const std::string others = detail::other_titles(l, x); !others.empty()) {
        out += "<tr class=\"fact\"><th>also called</th><td>" + html_escape(others) + "</td></tr>\n";
    }
    if (const std::string groups = detail::groups_of(l, x); !groups.empty()) {
        out += "<tr class=\"fact\"><th>in groups</th><td>" + html_escape(groups) + "</td></tr>\n";
    }
    out += "</table>\n";
    if (v.career) out += "<p class=\"career\">A career level: staying here is a good outcome.</p>\n";
    if (!v.criterion.empty()) out += "<p>Being at this level also means: <code>" + html_escape(v.criterion) + "</code></p>\n";

    out += "<h2>Getting here</h2>\n";
    // Each move's advisories, gathered in one pass over them (not a scan per move).
    std::vector<std::string> advice_of(l.transitions().size());
    for (const auto& a : l.advisories()) {
        if (a.transition >= advice_of.size()) continue;
        advice_of[a.transition] += "<li class=\"note\">" + html_escape(a.message) + " (<code>" + html_escape(a.text) + "</code>)</li>";
    }
    std::string moves;
    for (std::size_t t = 0; t != l.transitions().size(); ++t) {
        const transition& m = l.transitions()[t];
        const bool into = m.to.index == x, back = m.both_ways && m.from.index == x;
        if (!m.from.resolved() || !m.to.resolved() || !(into || back)) continue;
        const index_t from = into ? m.from.index : m.to.index;
        moves += "<li>" + detail::spaced(name_of(m.kind)) + " from " + html_escape(detail::level_words(l, from));
        moves += m.guard.empty() ? std::string(", meeting every expectation below") : ", when <code>" + html_escape(m.guard) + "</code>";
        if (m.kind == transition_kind::step_back && m.pay != pay_policy::keep) moves += " (pay: " + detail::spaced(name_of(m.pay)) + ")";
        if (!advice_of[t].empty()) moves += "<ul>" + advice_of[t] + "</ul>";
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
// ladder/report/escape.hpp (included above)

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Text as a JavaScript string literal that may stand inside a <script> element: JSON's escapes,
/// and `<` as \u003c, so that no `</script>` or `<!--` in the text can end the element.
inline std::string script_string(std::string_view text) {
    const std::string quoted = quote_json(text);
    std::string out;
    out.reserve(quoted.size());
    for (const char c : quoted) {
        if (c == '<') {
            out += "\\u003c";
        } else {
            out += c;
        }
    }
    return out;
}

/// Does `text` hold `</script` in any case (which would end the element it stands in)?
inline bool ends_a_script(std::string_view text) {
    constexpr std::string_view closing = "</script";
    for (std::size_t at = text.find("</"); at != std::string_view::npos; at = text.find("</", at + 1)) {
        if (text.size() - at < closing.size()) return false;
        bool same = true;
        for (std::size_t k = 2; k != closing.size() && same; ++k) {
            same = (text[at + k] | 0x20) == closing[k];
        }
        if (same) return true;
    }
    return false;
}

inline constexpr std::string_view assess_style =
    "[hidden]{display:none!important}.fields{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;margin-bottom:1rem}\n"
    "label{display:flex;flex-direction:column;font-size:.9em;color:#444}\n"
    "select,input{font:inherit;padding:.15rem}.hint{color:#555;font-size:.85em}.means{max-width:22rem}\n"
    ".pass{background:#e3f6e3}.fail{background:#ffe0e0}.unknown{background:#fff5d6}\n"
    ".verdict{font-weight:bold;padding:.1rem .4rem;border-radius:.2rem}\n"
    "#result section{margin:1rem 0;padding:.5rem 1rem;border:1px solid #ddd;border-radius:.3rem}\n"
    ".depth1{padding-left:1.5rem}.depth2{padding-left:3rem}.depth3{padding-left:4.5rem}\n"
    "#problem{color:#a00;white-space:pre-wrap}textarea{width:100%;font-family:monospace}\n";

/// The page's program: it reads the ladder through the module (ladder_describe), builds the form
/// from it, and on every change writes the person as a people CSV and asks the module for the
/// assessment (ladder_assess). The state lives in the URL's fragment.
inline constexpr std::string_view assess_script = R"js(
(function () {
  'use strict';
  var M, session, ladder, lastCsv = '', lastNext = null;
  var byId = function (id) { return document.getElementById(id); };
  function make(tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') e.textContent = props[k]; else if (k === 'cls') e.className = props[k]; else e.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }
  // Calls the module with strings copied into its memory (and freed after).
  function withStrings(list, f) {
    var ptrs = list.map(function (s) {
      var n = M.lengthBytesUTF8(s) + 1, p = M._malloc(n);
      M.stringToUTF8(s, p, n);
      return p;
    });
    try { return f.apply(null, ptrs.concat(list.map(function (s) { return M.lengthBytesUTF8(s); }))); }
    finally { ptrs.forEach(function (p) { M._free(p); }); }
  }
  function find(list, id) { for (var i = 0; i < list.length; ++i) if (list[i].id === id) return list[i]; return null; }
  function levelOf(id) { return find(ladder.levels, id); }
  function pointsOf(competency) { var s = find(ladder.scales, competency.scale); return s ? s.points : []; }
  function words(competency, value) {
    var p = pointsOf(competency).filter(function (x) { return x.value === value; })[0];
    return p ? p.name + ' (' + value + ')' : String(value);
  }
  // The expectation of a competency at a level, an archetype's own where it states one.
  function expected(levelId, archetypeId, competencyId) {
    var a = archetypeId ? find(ladder.archetypes, archetypeId) : null, own = null;
    if (a && opensAt(a, levelId)) own = a.expectations.filter(function (e) { return e.competency === competencyId; })[0];
    var lv = levelOf(levelId);
    return own || (lv ? lv.expectations.filter(function (e) { return e.competency === competencyId; })[0] : null) || null;
  }
  function opensAt(a, levelId) {
    var at = levelOf(levelId), from = levelOf(a.from), until = a.until ? levelOf(a.until) : null;
    return !!(at && from && at.track === from.track && at.rank >= from.rank && (!until || at.rank <= until.rank));
  }
  function csvCell(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  // ---- the form ----
  function buildForm() {
    var level = byId('level');
    ladder.tracks.forEach(function (t) {
      var g = make('optgroup', {label: t.name});
      ladder.levels.filter(function (l) { return l.track === t.id; })
        .sort(function (a, b) { return a.rank - b.rank; })
        .forEach(function (l) { g.appendChild(make('option', {value: l.id, text: l.id + ' ' + l.title})); });
      level.appendChild(g);
    });
    var target = byId('target');
    ladder.levels.forEach(function (l) { target.appendChild(make('option', {value: l.id, text: l.id + ' ' + l.title})); });
    var attrs = byId('attributes');
    ladder.attributes.forEach(function (a) {
      var input = a.type === 'bool' ? make('select', {id: 'attr-' + a.id}, [make('option', {value: '', text: 'not given'}),
        make('option', {value: 'yes', text: 'yes'}), make('option', {value: 'no', text: 'no'})])
        : make('input', {id: 'attr-' + a.id, type: a.type === 'text' ? 'text' : 'number'});
      attrs.appendChild(make('label', {text: a.id + (a.type === 'duration' ? ' (months)' : '')}, [input]));
    });
    var body = byId('ratings').tBodies[0];
    ladder.competencies.forEach(function (c) {
      var row = make('tr', {}, [make('th', {text: c.name, title: c.description || ''}),
        make('td', {id: 'expect-' + c.id, cls: 'hint'}), make('td', {id: 'next-' + c.id, cls: 'hint'})]);
      for (var k = 0; k < 3; ++k) {
        var s = make('select', {id: 'rate-' + k + '-' + c.id, 'aria-label': c.name + ', cycle ' + (k + 1)},
          [make('option', {value: '', text: 'not rated'})]);
        pointsOf(c).forEach(function (p) { s.appendChild(make('option', {value: String(p.value), text: p.name + ' (' + p.value + ')'})); });
        row.appendChild(make('td', {cls: 'cycle' + k}, [s]));
      }
      body.appendChild(row);
    });
  }
  function refreshArchetypes() {
    var at = byId('level').value, sel = byId('archetype'), keep = sel.value;
    sel.textContent = '';
    sel.appendChild(make('option', {value: '', text: 'none'}));
    ladder.archetypes.filter(function (a) { return opensAt(a, at); })
      .forEach(function (a) { sel.appendChild(make('option', {value: a.id, text: a.name})); });
    sel.value = keep;
    if (sel.value !== keep) sel.value = '';
    byId('archetype-field').hidden = sel.options.length === 1;
  }
  function cycles() { return Number(byId('cycles').value); }
  function refreshHints() {
    var at = byId('level').value, arch = byId('archetype').value, n = cycles();
    ladder.competencies.forEach(function (c) {
      [['expect-', at], ['next-', lastNext]].forEach(function (pair) {
        var cell = byId(pair[0] + c.id), e = pair[1] ? expected(pair[1], arch, c.id) : null;
        cell.textContent = e ? words(c, e.minimum) : '';
        if (e && e.means) cell.appendChild(make('div', {cls: 'means', text: e.means}));
      });
      for (var k = 0; k < 3; ++k) byId('rate-' + k + '-' + c.id).parentNode.hidden = k >= n;
    });
    byId('next-heading').textContent = lastNext ? lastNext + ' expects' : 'next level expects';
    for (var k = 0; k < 3; ++k) byId('cycle-heading-' + k).hidden = k >= n;
  }

  // ---- the state: the form <-> the URL's fragment <-> a people CSV ----
  function state() {
    var s = new URLSearchParams();
    ['level', 'archetype', 'target', 'cycles', 'months', 'id', 'name'].forEach(function (k) { if (byId(k).value) s.set(k, byId(k).value); });
    ladder.competencies.forEach(function (c) {
      var v = [];
      for (var k = 0; k < cycles(); ++k) v.push(byId('rate-' + k + '-' + c.id).value);
      if (v.some(function (x) { return x !== ''; })) s.set('r.' + c.id, v.join('.'));
    });
    ladder.attributes.forEach(function (a) { var v = byId('attr-' + a.id).value; if (v !== '') s.set('a.' + a.id, v); });
    return s;
  }
  function restore(s) {
    ['level', 'cycles', 'months', 'id', 'name'].forEach(function (k) { if (s.has(k)) byId(k).value = s.get(k); });
    if (!byId('level').value) byId('level').selectedIndex = 0;
    refreshArchetypes();
    byId('archetype').value = s.get('archetype') || '';
    byId('target').value = s.get('target') || '';
    ladder.competencies.forEach(function (c) {
      var v = (s.get('r.' + c.id) || '').split('.');
      for (var k = 0; k < 3; ++k) byId('rate-' + k + '-' + c.id).value = v[k] || '';
    });
    ladder.attributes.forEach(function (a) { byId('attr-' + a.id).value = s.get('a.' + a.id) || ''; });
  }
  function toCsv() {
    var head = ['person', 'name', 'level', 'archetype', 'months_in_level', 'cycle'];
    ladder.competencies.forEach(function (c) { head.push(c.id); });
    ladder.attributes.forEach(function (a) { head.push(a.id); });
    var rows = [head.join(',')], id = byId('id').value.trim() || 'me';
    for (var k = 0; k < cycles(); ++k) {
      var row = [id, byId('name').value, byId('level').value, byId('archetype').value, byId('months').value, 'cycle-' + (k + 1)];
      ladder.competencies.forEach(function (c) { row.push(byId('rate-' + k + '-' + c.id).value); });
      ladder.attributes.forEach(function (a) { row.push(byId('attr-' + a.id).value); });
      rows.push(row.map(csvCell).join(','));
    }
    return rows.join('\r\n') + '\r\n';
  }

  // ---- the verdict ----
  function showMove(m) {
    var box = make('section', {'data-role': m.role});
    if (m.problem) { box.appendChild(make('p', {text: (m.role === 'next' ? 'Next move: ' : 'Chosen move: ') + m.problem})); return box; }
    box.appendChild(make('h2', {}, [document.createTextNode((m.role === 'next' ? 'Next move: ' : 'Chosen move: ') + m.move + ' to ' + m.title + ' '),
      make('span', {cls: 'verdict ' + m.verdict, 'data-verdict': m.verdict, text: m.verdict})]));
    if (m.judged_as) box.appendChild(make('p', {text: 'judged as ' + m.judged_as}));
    box.appendChild(make('p', {cls: 'hint', text: m.declared ? 'the ladder asks: ' + m.guard : 'the ladder declares no such move: judged by ' + m.guard}));
    var t = make('table', {}, [make('tr', {}, [make('th', {text: 'clause'}), make('th', {text: 'verdict'}), make('th', {text: 'actual'}),
      make('th', {text: 'required'}), make('th', {text: 'values'})])]);
    m.clauses.forEach(function (c) {
      t.appendChild(make('tr', {cls: c.verdict}, [make('td', {cls: 'depth' + Math.min(c.depth, 3), text: c.text}), make('td', {text: c.verdict}),
        make('td', {text: c.actual === null ? '' : String(c.actual)}), make('td', {text: c.required === null ? '' : String(c.required)}),
        make('td', {text: c.values})]));
    });
    box.appendChild(t);
    if (m.gaps.length) {
      box.appendChild(make('h3', {text: 'What ' + m.target + ' expects, largest gap first'}));
      box.appendChild(make('ul', {}, m.gaps.map(function (g) {
        return make('li', {text: g.name + ': expects ' + g.required_words + ', ' + (g.actual_words ? 'rated ' + g.actual_words : 'not rated') +
          ' (short by ' + g.shortfall + ')' + (g.means ? ': ' + g.means : '')}, [make('ul', {}, g.notes.map(function (n) {
          return make('li', {cls: 'note', text: n.kind + ': ' + n.text}); }))]);
      })));
    }
    if (m.career_level_note) box.appendChild(make('p', {cls: 'career', text: m.career_level_note}));
    box.appendChild(make('details', {}, [make('summary', {text: 'The whole explanation'}), make('pre', {text: m.explanation})]));
    return box;
  }
  function points(n) { return n + (n === 1 ? ' point' : ' points'); }
  function show(a) {
    var out = byId('result');
    out.textContent = '';
    lastNext = a.moves[0] && a.moves[0].target ? a.moves[0].target : null;
    a.moves.forEach(function (m) { out.appendChild(showMove(m)); });
    var fit = a.best_fit;
    out.appendChild(make('section', {id: 'fit'}, [make('h2', {text: 'Best fit'}), make('p', {text: fit.level
      ? 'Your latest ratings meet ' + fit.level + ' (margin ' + fit.margin + ')' + (fit.next ? '; ' + fit.next + ' is ' + points(fit.gap_to_next) + ' away.' : '.')
      : 'Your latest ratings meet no level of this track yet' + (fit.next ? '; ' + fit.next + ' is ' + points(fit.gap_to_next) + ' away.' : '.')})]));
    if (a.archetypes.length) {
      out.appendChild(make('section', {id: 'archetypes'}, [make('h2', {text: 'Archetype fit at ' + a.level}), make('ul', {}, a.archetypes.map(function (f) {
        return make('li', {text: f.name + ': ' + f.score + (f.meets ? ' (meets)' : '')}); }))]));
    }
    var noted = a.moves.some(function (m) { return m.career_level_note; });
    if (a.career_level && !noted) out.appendChild(make('p', {cls: 'career', text: a.title + ' is a career level: staying there is a good outcome.'}));
  }
  function update(fromUrl) {
    if (fromUrl) restore(new URLSearchParams(location.hash.slice(1)));
    refreshArchetypes();
    var csv = toCsv();
    lastCsv = csv;
    byId('csv').value = csv;
    // The CSV holds one person: asked for by no id (the first), since an id that reads as a formula
    // is written with a leading ' and would not be found as typed.
    var answer = withStrings([csv, '', byId('target').value], function (c, p, t, n) {
      return JSON.parse(M.UTF8ToString(M._ladder_assess(session, c, n, p, t)));
    });
    byId('problem').textContent = answer.error || '';
    if (!answer.error) show(answer);
    refreshHints();
    var s = state().toString();
    if (!fromUrl && location.hash.slice(1) !== s) history.replaceState(null, '', '#' + s);
    byId('share').href = '#' + s;
    document.body.setAttribute('data-ready', 'yes');
  }

  createLadderModule().then(function (module) {
    M = module;
    session = withStrings([LADDER_TEXT, LADDER_SOURCE], function (t, s, n) { return M._ladder_open(t, n, s); });
    var problems = M.UTF8ToString(M._ladder_problems(session));
    if (problems) { byId('problem').textContent = problems; return; }
    ladder = JSON.parse(M.UTF8ToString(M._ladder_describe(session)));
    buildForm();
    byId('form').addEventListener('change', function () { update(false); });
    byId('form').addEventListener('input', function (e) { if (e.target.tagName === 'INPUT') update(false); });
    window.addEventListener('hashchange', function () { update(true); });
    byId('download').addEventListener('click', function () {
      var a = make('a', {href: URL.createObjectURL(new Blob([lastCsv], {type: 'text/csv'})), download: (byId('id').value.trim() || 'me') + '.csv'});
      document.body.appendChild(a); a.click(); a.remove();
    });
    update(true);
  });
})();
)js";
}  // namespace detail

/// Why `module_js` cannot go into a self-assessment page, or empty when it can: it must be the
/// WebAssembly module of tools/assess built as one JavaScript file (`ladder_assess.js`, which
/// defines `createLadderModule`), and hold no `</script`.
[[nodiscard]] inline std::string_view assessment_module_problem(std::string_view module_js) {
    if (module_js.find("createLadderModule") == std::string_view::npos) {
        return "not the ladder WebAssembly module (ladder_assess.js, which defines createLadderModule)";
    }
    if (detail::ends_a_script(module_js)) return "the module holds '</script', which would end the page's script early";
    return {};
}

/// The self-assessment page for a ladder: one self-contained HTML file holding `ladder_text` (the
/// .ladder text, named `source` in findings) and `module_js` (see assessment_module_problem()).
/// The engineer picks a level (and an archetype where one is open), rates each competency for up
/// to three review cycles, and sees their next move's verdict (and that of any move they choose)
/// with its clauses, gaps in the level's words, best fit, archetype fit and the career-level
/// note, recomputed on every change by the module's ladder_assess(); the page's address keeps
/// the state, and the ratings can be copied or downloaded as a people CSV. Empty, and no page at
/// all, when the module cannot go into a page.
[[nodiscard]] inline std::optional<std::string> to_assessment_html(const ladder_view& l, std::string_view ladder_text,
                                                                   std::string_view source, std::string_view module_js) {
    using detail::html_escape;
    if (!assessment_module_problem(module_js).empty()) return std::nullopt;
    const std::string name(l.info().name);
    std::string out = detail::html_head(name + ": self-assessment", detail::assess_style);
    out += "<h1>" + html_escape(name) + ": self-assessment</h1>\n"
           "<p class=\"hint\">Pick your level, rate yourself for up to three review cycles, latest last. The verdict is worked "
           "out in this page by the same code as the <code>ladder</code> command; nothing you enter leaves your machine. "
           "The address of the page keeps your answers: <a id=\"share\" href=\"#\">link to this assessment</a>.</p>\n"
           "<noscript><p id=\"noscript\">This page works out verdicts with JavaScript and WebAssembly: turn scripts on.</p></noscript>\n"
           "<form id=\"form\" onsubmit=\"return false\">\n<div class=\"fields\">\n"
           "<label>Your id<input id=\"id\" value=\"me\" size=\"8\"></label>\n"
           "<label>Name<input id=\"name\" size=\"16\"></label>\n"
           "<label>Level<select id=\"level\"></select></label>\n"
           "<label id=\"archetype-field\">Archetype<select id=\"archetype\"></select></label>\n"
           "<label>Also judge a move to<select id=\"target\"><option value=\"\">(the next move only)</option></select></label>\n"
           "<label>Review cycles<select id=\"cycles\"><option>1</option><option>2</option><option selected>3</option></select></label>\n"
           "<label>Months in level<input id=\"months\" type=\"number\" min=\"0\" max=\"1200\" size=\"5\"></label>\n"
           "<span id=\"attributes\" class=\"fields\"></span>\n</div>\n"
           "<table id=\"ratings\"><thead><tr><th>competency</th><th>your level expects</th><th id=\"next-heading\">next level expects</th>"
           "<th id=\"cycle-heading-0\">cycle 1</th><th id=\"cycle-heading-1\">cycle 2</th><th id=\"cycle-heading-2\">cycle 3</th></tr></thead>"
           "<tbody></tbody></table>\n</form>\n"
           "<p id=\"problem\"></p>\n<div id=\"result\" aria-live=\"polite\"></div>\n"
           "<section><h2>Your ratings as a people CSV</h2><p class=\"hint\">The format <code>ladder evaluate --people</code> reads."
           " <button id=\"download\" type=\"button\">Download</button></p><textarea id=\"csv\" rows=\"5\" readonly></textarea></section>\n"
           "<script>\nvar LADDER_TEXT = " +
           detail::script_string(ladder_text) + ";\nvar LADDER_SOURCE = " + detail::script_string(source) + ";\n</script>\n<script>\n";
    out += module_js;
    out += "\n</script>\n<script>";
    out += detail::assess_script;
    out += "</script>\n</body>\n</html>\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/render/assess.hpp
// begin ladder/render/cpp.hpp

// A ladder as a C++ header of constant tables (docs/embedding.md): what `ladder embed` and
// ladder_embed() write. The file was read, validated and its conditions compiled when the
// header was written; the compiler only reads the rows back, so the cost of a translation unit
// that includes it grows with the data, not with an interpretation of the text. Optional header.

// ladder/core/config.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

LADDER_BEGIN_NAMESPACE

/// What a generated header declares, and where it came from.
struct cpp_header_options {
    std::string_view name;                          ///< the variable: a C++ identifier
    std::string_view name_space = "ladder_data";    ///< where it lives: `a` or `a::b`
    std::string_view file_name;                     ///< named in the header's first line
    std::optional<std::string_view> source;         ///< the file's bytes, declared as `NAME_text` when given
};

namespace detail {

/// True for a C++ identifier (ASCII letters, digits and `_`, not starting with a digit, no
/// reserved `__` or leading `_` + capital) that is not a keyword a header could trip on.
[[nodiscard]] constexpr bool cpp_identifier(std::string_view s) noexcept {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    if (s.find("__") != std::string_view::npos || (s.size() > 1 && s[0] == '_' && s[1] >= 'A' && s[1] <= 'Z')) return false;
    constexpr std::string_view keywords[] = {
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
        "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
        "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
        "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
        "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
        "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
        "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
        "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
        "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq"};
    for (std::string_view k : keywords) {
        if (k == s) return false;
    }
    return true;
}

/// A name a generated header can use: an identifier that does not end in `_` (NAME_text and
/// NAME_tables would hold a reserved `__`).
[[nodiscard]] constexpr bool cpp_ladder_name(std::string_view s) noexcept { return cpp_identifier(s) && s.back() != '_'; }

/// Refuses a name: std::invalid_argument, or without exceptions the message and an abort.
[[noreturn]] inline void refuse_cpp_name(const std::string& message) {
#if LADDER_HAS_EXCEPTIONS
    throw std::invalid_argument(message);
#else
    std::fputs((message + "\n").c_str(), stderr);
    std::abort();
#endif
}

/// `a` or `a::b::c`, each part an identifier.
[[nodiscard]] constexpr bool cpp_namespace(std::string_view s) noexcept {
    for (;;) {
        const auto cut = s.find("::");
        if (!cpp_identifier(s.substr(0, cut))) return false;
        if (cut == std::string_view::npos) return true;
        s.remove_prefix(cut + 2);
    }
}

/// A C++ string literal of exactly these bytes: printable ASCII as it is, everything else
/// (line breaks, NUL, UTF-8, quotes, `?`) as a three-digit octal escape, which never runs
/// into the next character. Broken into pieces of about 100 characters when `wrap` is given.
inline void append_cpp_literal(std::string& out, std::string_view bytes, std::string_view wrap = {}) {
    out += '"';
    std::size_t line = 0;
    for (std::size_t i = 0; i != bytes.size(); ++i) {
        const char ch = bytes[i];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            out += ch;
            ++line;
        } else {
            out += '\\';
            out += static_cast<char>('0' + (c >> 6));
            out += static_cast<char>('0' + ((c >> 3) & 7));
            out += static_cast<char>('0' + (c & 7));
            line += 4;
        }
        if (!wrap.empty() && i + 1 != bytes.size() && (line >= 100 || (c == '\n' && line >= 40))) {
            out += '"';
            out += wrap;
            out += '"';
            line = 0;
        }
    }
    out += '"';
}

/// Writes one row's fields as a designated initializer; a field equal to the record's own
/// default is left out, so the header holds what the file says and little else.
class cpp_row_writer {
public:
    explicit cpp_row_writer(std::string& out) : out_(out) {}

    template <class Record>
    void open(const Record&) {
        out_ += '{';
        first_ = true;
    }
    void close() { out_ += '}'; }

    template <class Record, class T>
    void field(const Record& r, std::string_view name, T Record::*member) {
        const T& v = r.*member;
        if (v == Record{}.*member) return;
        if (!first_) out_ += ", ";
        first_ = false;
        out_ += '.';
        out_ += name;
        out_ += " = ";
        value(v);
    }

    void value(std::string_view s) {
        if (s.empty()) {
            out_ += "{}";
            return;
        }
        out_ += '{';
        append_cpp_literal(out_, s);
        out_ += ", " + std::to_string(s.size()) + "}";
    }
    void value(bool b) { out_ += b ? "true" : "false"; }
    template <class T>
        requires std::is_integral_v<T>
    void value(T v) {
        if constexpr (std::is_signed_v<T>) {
            // The lowest value has no literal of its own: -9223372036854775808 is `-` applied
            // to a number too large for its type.
            if (v == std::numeric_limits<T>::min()) {
                out_ += "(" + std::to_string(v + 1) + " - 1)";
                return;
            }
            out_ += std::to_string(v);
        } else if (v == static_cast<T>(no_index) && sizeof(T) == sizeof(index_t)) {
            out_ += "::ladder::no_index";
        } else {
            out_ += std::to_string(v) + "u";
        }
    }
    template <class E>
        requires std::is_enum_v<E>
    void value(E e) {
        out_ += "static_cast<" + std::string(enum_name<E>()) + ">(" +
                std::to_string(static_cast<std::underlying_type_t<E>>(e)) + ")";
    }
    template <class T>
    void value(const std::optional<T>& v) {
        if (v) value(*v);
        else out_ += "std::nullopt";
    }
    void value(const source_position& p) { out_ += '{' + std::to_string(p.line) + ", " + std::to_string(p.column) + '}'; }
    void value(const reference& r) {
        out_ += '{';
        value(r.id);
        out_ += ", ";
        value(r.index);
        out_ += '}';
    }
    void value(const pay_band& b) {
        out_ += "::ladder::pay_band{";
        value(b.minimum);
        out_ += ", ";
        value(b.maximum);
        out_ += ", ";
        value(b.currency);
        out_ += '}';
    }
    void value(const ladder_policy& p) {
        open(p);
        field(p, "decreasing_expectations", &ladder_policy::decreasing_expectations);
        field(p, "missing_expectations", &ladder_policy::missing_expectations);
        field(p, "max_band_overlap_percent", &ladder_policy::max_band_overlap_percent);
        close();
    }

private:
    template <class E>
    static constexpr std::string_view enum_name() {
        if constexpr (std::is_same_v<E, scope>) return "::ladder::scope";
        else if constexpr (std::is_same_v<E, track_kind>) return "::ladder::track_kind";
        else if constexpr (std::is_same_v<E, transition_kind>) return "::ladder::transition_kind";
        else if constexpr (std::is_same_v<E, pay_policy>) return "::ladder::pay_policy";
        else if constexpr (std::is_same_v<E, attribute_type>) return "::ladder::attribute_type";
        else if constexpr (std::is_same_v<E, check_level>) return "::ladder::check_level";
        else if constexpr (std::is_same_v<E, note_kind>) return "::ladder::note_kind";
        else if constexpr (std::is_same_v<E, fact_kind>) return "::ladder::fact_kind";
        else if constexpr (std::is_same_v<E, value_form>) return "::ladder::value_form";
        else if constexpr (std::is_same_v<E, node_kind>) return "::ladder::node_kind";
        else if constexpr (std::is_same_v<E, value_type>) return "::ladder::value_type";
        else static_assert(sizeof(E) == 0, "an enumeration the header writer does not name");
    }

    std::string& out_;
    bool first_ = true;
};

// One function per record: its fields, in declaration order (designated initializers require
// it). A field left out here is lost on the way into the header; tests/unit/embed.cpp compares
// every row of every shipped ladder with the same file loaded at runtime.
inline void write_row(cpp_row_writer& w, const scale_point& r) {
    w.field(r, "value", &scale_point::value), w.field(r, "id", &scale_point::id), w.field(r, "name", &scale_point::name);
    w.field(r, "scale", &scale_point::scale), w.field(r, "where", &scale_point::where);
}
inline void write_row(cpp_row_writer& w, const scale& r) {
    w.field(r, "id", &scale::id), w.field(r, "name", &scale::name), w.field(r, "first_point", &scale::first_point);
    w.field(r, "point_count", &scale::point_count), w.field(r, "where", &scale::where);
}
inline void write_row(cpp_row_writer& w, const category& r) {
    w.field(r, "id", &category::id), w.field(r, "name", &category::name), w.field(r, "description", &category::description);
    w.field(r, "where", &category::where);
}
inline void write_row(cpp_row_writer& w, const competency& r) {
    w.field(r, "id", &competency::id), w.field(r, "name", &competency::name);
    w.field(r, "description", &competency::description), w.field(r, "category", &competency::category);
    w.field(r, "scale", &competency::scale), w.field(r, "where", &competency::where);
}
inline void write_row(cpp_row_writer& w, const track& r) {
    w.field(r, "id", &track::id), w.field(r, "name", &track::name), w.field(r, "kind", &track::kind);
    w.field(r, "where", &track::where);
}
inline void write_row(cpp_row_writer& w, const level& r) {
    w.field(r, "id", &level::id), w.field(r, "title", &level::title), w.field(r, "track", &level::track);
    w.field(r, "rank", &level::rank), w.field(r, "scope", &level::scope), w.field(r, "band", &level::band);
    w.field(r, "typical_months", &level::typical_months), w.field(r, "career", &level::career);
    w.field(r, "first_expectation", &level::first_expectation), w.field(r, "expectation_count", &level::expectation_count);
    w.field(r, "where", &level::where), w.field(r, "criterion", &level::criterion);
    w.field(r, "criterion_at", &level::criterion_at);
}
inline void write_row(cpp_row_writer& w, const expectation& r) {
    w.field(r, "competency", &expectation::competency), w.field(r, "minimum", &expectation::minimum);
    w.field(r, "point", &expectation::point), w.field(r, "where", &expectation::where);
    w.field(r, "statement", &expectation::statement), w.field(r, "first_note", &expectation::first_note);
    w.field(r, "note_count", &expectation::note_count), w.field(r, "statement_at", &expectation::statement_at);
}
inline void write_row(cpp_row_writer& w, const expectation_note& r) {
    w.field(r, "kind", &expectation_note::kind), w.field(r, "text", &expectation_note::text);
    w.field(r, "where", &expectation_note::where);
}
inline void write_row(cpp_row_writer& w, const equivalence& r) {
    w.field(r, "level", &equivalence::level), w.field(r, "lowest", &equivalence::lowest);
    w.field(r, "highest", &equivalence::highest), w.field(r, "where", &equivalence::where);
}
inline void write_row(cpp_row_writer& w, const level_group& r) {
    w.field(r, "id", &level_group::id), w.field(r, "name", &level_group::name), w.field(r, "lowest", &level_group::lowest);
    w.field(r, "highest", &level_group::highest), w.field(r, "where", &level_group::where);
}
inline void write_row(cpp_row_writer& w, const archetype& r) {
    w.field(r, "id", &archetype::id), w.field(r, "name", &archetype::name), w.field(r, "from", &archetype::from);
    w.field(r, "until", &archetype::until), w.field(r, "first_expectation", &archetype::first_expectation);
    w.field(r, "expectation_count", &archetype::expectation_count), w.field(r, "where", &archetype::where);
}
inline void write_row(cpp_row_writer& w, const level_title& r) {
    w.field(r, "archetype", &level_title::archetype), w.field(r, "level", &level_title::level);
    w.field(r, "title", &level_title::title), w.field(r, "where", &level_title::where);
}
inline void write_row(cpp_row_writer& w, const transition& r) {
    w.field(r, "kind", &transition::kind), w.field(r, "from", &transition::from), w.field(r, "to", &transition::to);
    w.field(r, "both_ways", &transition::both_ways), w.field(r, "pay", &transition::pay);
    w.field(r, "where", &transition::where), w.field(r, "guard", &transition::guard);
    w.field(r, "guard_at", &transition::guard_at);
}
inline void write_row(cpp_row_writer& w, const attribute& r) {
    w.field(r, "id", &attribute::id), w.field(r, "type", &attribute::type), w.field(r, "where", &attribute::where);
}
inline void write_row(cpp_row_writer& w, const named_rule& r) {
    w.field(r, "id", &named_rule::id), w.field(r, "text", &named_rule::text);
    w.field(r, "parameters", &named_rule::parameters), w.field(r, "where", &named_rule::where);
    w.field(r, "text_at", &named_rule::text_at);
}
inline void write_row(cpp_row_writer& w, const advisory& r) {
    w.field(r, "transition", &advisory::transition), w.field(r, "text", &advisory::text);
    w.field(r, "message", &advisory::message), w.field(r, "where", &advisory::where);
    w.field(r, "text_at", &advisory::text_at);
}
inline void write_row(cpp_row_writer& w, const ladder_test& r) {
    w.field(r, "name", &ladder_test::name), w.field(r, "first_fact", &ladder_test::first_fact);
    w.field(r, "fact_count", &ladder_test::fact_count), w.field(r, "first_check", &ladder_test::first_check);
    w.field(r, "check_count", &ladder_test::check_count), w.field(r, "where", &ladder_test::where);
}
inline void write_row(cpp_row_writer& w, const test_fact& r) {
    w.field(r, "kind", &test_fact::kind), w.field(r, "id", &test_fact::id), w.field(r, "number", &test_fact::number);
    w.field(r, "text", &test_fact::text), w.field(r, "form", &test_fact::form), w.field(r, "cycle", &test_fact::cycle);
    w.field(r, "where", &test_fact::where);
}
inline void write_row(cpp_row_writer& w, const test_check& r) {
    w.field(r, "is_rule", &test_check::is_rule), w.field(r, "move", &test_check::move);
    w.field(r, "target", &test_check::target), w.field(r, "expected", &test_check::expected);
    w.field(r, "where", &test_check::where), w.field(r, "target_at", &test_check::target_at);
}
inline void write_row(cpp_row_writer& w, const compiled_condition& r) {
    w.field(r, "first_node", &compiled_condition::first_node), w.field(r, "node_count", &compiled_condition::node_count);
    w.field(r, "root", &compiled_condition::root), w.field(r, "first_char", &compiled_condition::first_char);
    w.field(r, "text_size", &compiled_condition::text_size), w.field(r, "own_length", &compiled_condition::own_length);
}
inline void write_row(cpp_row_writer& w, const rule_node& r) {
    w.field(r, "kind", &rule_node::kind), w.field(r, "type", &rule_node::type), w.field(r, "left", &rule_node::left);
    w.field(r, "right", &rule_node::right), w.field(r, "a", &rule_node::a), w.field(r, "b", &rule_node::b);
    w.field(r, "value", &rule_node::value), w.field(r, "first", &rule_node::first);
    w.field(r, "context", &rule_node::context), w.field(r, "right_of", &rule_node::right_of);
    w.field(r, "begin", &rule_node::begin), w.field(r, "end", &rule_node::end), w.field(r, "where", &rule_node::where);
}
inline void write_row(cpp_row_writer& w, const revision_map& r) {
    w.field(r, "from", &revision_map::from), w.field(r, "to", &revision_map::to);
    w.field(r, "competency", &revision_map::competency), w.field(r, "where", &revision_map::where);
}
inline void write_row(cpp_row_writer& w, const ladder_info& r) {
    w.field(r, "name", &ladder_info::name), w.field(r, "version", &ladder_info::version);
    w.field(r, "effective", &ladder_info::effective);
    w.field(r, "default_scale", &ladder_info::default_scale), w.field(r, "policy", &ladder_info::policy);
}

/// `.name = {{row, row, …}},` with a row to a line.
template <class Record>
void write_table(std::string& out, std::string_view name, row_span<Record> rows) {
    if (rows.empty()) return;
    out += "    ." + std::string(name) + " = {{\n";
    cpp_row_writer w(out);
    for (const Record& r : rows) {
        out += "        ";
        w.open(r);
        write_row(w, r);
        w.close();
        out += ",\n";
    }
    out += "    }},\n";
}

/// Declares `sizes` and `rows`, the ladder's table sizes and its tables row by row, in the
/// namespace the caller opened; as variable templates when `templated` (then a translation
/// unit that never names them never evaluates them).
inline void append_cpp_tables(std::string& out, const ladder_view& l, bool templated) {
    const std::size_t counts[] = {l.scales().size(), l.scale_points().size(), l.categories().size(),
                                  l.competencies().size(), l.tracks().size(), l.levels().size(),
                                  l.expectations().size(), l.notes().size(), l.equivalences().size(),
                                  l.groups().size(), l.archetypes().size(), l.titles().size(),
                                  l.transitions().size(), l.attributes().size(), l.rules().size(),
                                  l.advisories().size(), l.tests().size(), l.test_facts().size(),
                                  l.test_checks().size(), l.maps().size(), l.conditions().size(), l.condition_nodes().size(),
                                  l.condition_text().size()};
    out += std::string(templated ? "template <class = void>\n" : "") + "inline constexpr ::ladder::table_sizes sizes{";
    bool first = true;
    for (std::size_t count : counts) {
        out += (first ? "" : ", ") + std::to_string(count) + "u";
        first = false;
    }
    out += "};\n";
    const std::string sizes = templated ? "sizes<T>" : "sizes";
    out += std::string(templated ? "template <class T = void>\n" : "") +
           "inline constexpr ::ladder::detail::tables<::ladder::detail::array_table, " + sizes + "> rows{\n    .info = ";
    {
        cpp_row_writer w(out);
        w.open(l.info());
        write_row(w, l.info());
        w.close();
    }
    out += ",\n";
    write_table(out, "scales", l.scales());
    write_table(out, "scale_points", l.scale_points());
    write_table(out, "categories", l.categories());
    write_table(out, "competencies", l.competencies());
    write_table(out, "tracks", l.tracks());
    write_table(out, "levels", l.levels());
    write_table(out, "expectations", l.expectations());
    write_table(out, "notes", l.notes());
    write_table(out, "equivalences", l.equivalences());
    write_table(out, "groups", l.groups());
    write_table(out, "archetypes", l.archetypes());
    write_table(out, "titles", l.titles());
    write_table(out, "transitions", l.transitions());
    write_table(out, "attributes", l.attributes());
    write_table(out, "rules", l.rules());
    write_table(out, "advisories", l.advisories());
    write_table(out, "tests", l.tests());
    write_table(out, "test_facts", l.test_facts());
    write_table(out, "test_checks", l.test_checks());
    write_table(out, "maps", l.maps());
    write_table(out, "conditions", l.conditions());
    write_table(out, "condition_nodes", l.condition_nodes());
    if (!l.condition_text().empty()) {
        out += "    .condition_text = ::ladder::detail::char_table<" + sizes + ".condition_text>(\n        ";
        append_cpp_literal(out, l.condition_text(), "\n        ");
        out += "),\n";
    }
    out += "};\n";
}

/// The pragmas around the rows: fields equal to their defaults are left out of each row.
inline constexpr std::string_view cpp_pragmas_on = "// Fields equal to their defaults are left out of each row.\n"
                                                  "#if defined(__GNUC__)\n"
                                                  "#pragma GCC diagnostic push\n"
                                                  "#pragma GCC diagnostic ignored \"-Wmissing-field-initializers\"\n"
                                                  "#endif\n\n";
inline constexpr std::string_view cpp_pragmas_off = "#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n";

/// The library's own form, for a ladder shipped as tables (presets/engineering_tables.hpp):
/// `sizes` and `rows` as variable templates in `namespace inner` of ladder's versioned
/// namespace, including only the model.
inline std::string to_cpp_library_header(const ladder_view& l, std::string_view inner, std::string_view generated_from) {
    std::string out = "// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.\n#pragma once\n\n";
    out += "// Generated from " + std::string(generated_from) + " by tests/support/write_preset_tables.cpp: do not\n"
           "// edit (a test fails when it is stale). The ladder's tables, every condition compiled.\n\n"
           "#include <ladder/core/config.hpp>\n#include <ladder/model/static_ladder.hpp>\n\n";
    out += cpp_pragmas_on;
    out += "LADDER_BEGIN_NAMESPACE\nnamespace " + std::string(inner) + " {\n";
    append_cpp_tables(out, l, true);
    out += "}  // namespace " + std::string(inner) + "\nLADDER_END_NAMESPACE\n\n";
    out += cpp_pragmas_off;
    return out;
}
}  // namespace detail

/// The ladder as a C++ header: `inline constexpr auto NAME` in namespace `name_space`, a
/// compile-time ladder (static_ladder) whose tables are written out row by row, including
/// every condition compiled, so nothing is read, compiled or validated when it is included;
/// `NAME_text`, the file's bytes, when `source` is given. The header holds a static_assert on
/// the library's version: its rows are the library's internal tables, so a header written by
/// another version asks to be written anew rather than misread. Throws std::invalid_argument
/// (without exceptions: prints and aborts) when the name is not a C++ identifier or ends in
/// `_`, or a part of the namespace is not one. Give it a ladder that loaded without errors:
/// the header holds what the view holds.
inline std::string to_cpp_header(const ladder_view& l, const cpp_header_options& o) {
    if (!detail::cpp_ladder_name(o.name))
        detail::refuse_cpp_name("the name of an embedded ladder must be a C++ identifier not ending in _, not '" + std::string(o.name) + "'");
    if (!detail::cpp_namespace(o.name_space))
        detail::refuse_cpp_name("the namespace of an embedded ladder must be C++ identifiers joined by ::, not '" + std::string(o.name_space) + "'");
    const std::string name(o.name);
    std::string out = "// Generated by `ladder embed` from ";
    out += o.file_name.empty() ? std::string("a ladder") : std::string(o.file_name);
    out += ": do not edit.\n"
           "// The ladder's tables, read, validated and with every condition compiled when this header was\n"
           "// written; including it reads them back (docs/embedding.md).\n"
           "#pragma once\n"
           "#if __has_include(<ladder/model/static_ladder.hpp>)\n"
           "#include <ladder/model/static_ladder.hpp>\n"
           "#else\n"
           "#include <ladder/ladder.hpp>\n"
           "#endif\n\n";
    out += "static_assert(LADDER_VERSION_MAJOR == " + std::to_string(LADDER_VERSION_MAJOR) +
           " && LADDER_VERSION_MINOR == " + std::to_string(LADDER_VERSION_MINOR) + " && LADDER_VERSION_PATCH == " +
           std::to_string(LADDER_VERSION_PATCH) + ",\n              \"written by ladder " + std::to_string(LADDER_VERSION_MAJOR) + "." +
           std::to_string(LADDER_VERSION_MINOR) + "." + std::to_string(LADDER_VERSION_PATCH) +
           " for its own tables: write it anew with this version's ladder embed\");\n\n";
    out += detail::cpp_pragmas_on;
    out += "namespace " + std::string(o.name_space) + " {\n";
    if (o.source) {
        out += "/// The bytes of " + std::string(o.file_name) + ".\n";
        out += "inline constexpr char " + name + "_text[] =\n    ";
        detail::append_cpp_literal(out, *o.source, "\n    ");
        out += ";\n\n";
    }
    out += "namespace " + name + "_tables {\n";
    detail::append_cpp_tables(out, l, false);
    out += "}  // namespace " + name + "_tables\n\n";
    out += "/// " + (o.file_name.empty() ? std::string("The ladder") : std::string(o.file_name)) +
           " as a compile-time ladder (checked when this header was written).\n";
    out += "inline constexpr auto " + name + " = ::ladder::detail::embedded_ladder(" + name + "_tables::rows);\n";
    out += "}  // namespace " + std::string(o.name_space) + "\n\n";
    out += detail::cpp_pragmas_off;
    return out;
}

LADDER_END_NAMESPACE
// end ladder/render/cpp.hpp
// begin ladder/render/csv.hpp

// The competency × level matrix per track as CSV (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The rows of a matrix that say what its levels are beyond their expectations, by their label
/// in the competency column: words no competency id can be (they hold a space). to_csv writes
/// all but the first (it writes a block per track); import_matrix_csv reads them all.
inline constexpr std::string_view matrix_level_rows[] = {"level track",    "level title",  "level scope",  "band minimum",
                                                         "band maximum",   "band currency", "typical months", "career level",
                                                         "other titles",   "level groups"};
}  // namespace detail

/// The same matrix as CSV: per track, a `track,competency,<level>…` header row, a row per
/// fact of the levels (`level title`, `level scope`, `band minimum`, `band maximum`,
/// `band currency`, `typical months`, `career level`; `other titles` and `level groups` where
/// the ladder states archetypes' titles or groups), then a row per competency.
inline std::string to_csv(const ladder_view& l) {
    std::string out;
    const auto by_track = detail::levels_by_track(l);
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        const auto levels = by_track[t];
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
        fact_row(detail::matrix_level_rows[1], [](const level& v) { return std::string(v.title); });
        fact_row(detail::matrix_level_rows[2], [](const level& v) { return std::string(name_of(v.scope)); });
        fact_row(detail::matrix_level_rows[3], [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::to_string(b.minimum); }); });
        fact_row(detail::matrix_level_rows[4], [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::to_string(b.maximum); }); });
        fact_row(detail::matrix_level_rows[5], [&](const level& v) { return band_part(v, [](const pay_band& b) { return std::string(b.currency); }); });
        fact_row(detail::matrix_level_rows[6], [](const level& v) { return v.typical_months ? std::to_string(*v.typical_months) : std::string(); });
        fact_row(detail::matrix_level_rows[7], [](const level& v) { return std::string(v.career ? "yes" : "no"); });
        // Archetypes' own titles and the groups a level is in, where the ladder states any.
        const auto row_of = [&](const level& v) { return static_cast<index_t>(&v - l.levels().data()); };
        if (!l.titles().empty()) fact_row(detail::matrix_level_rows[8], [&](const level& v) { return detail::other_titles(l, row_of(v)); });
        if (!l.groups().empty()) fact_row(detail::matrix_level_rows[9], [&](const level& v) { return detail::groups_of(l, row_of(v)); });
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
// end ladder/render/dot.hpp
// ladder/render/html.hpp (included above)
// begin ladder/render/json.hpp

// The whole ladder as JSON, keys in a fixed order (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)

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
inline std::string json_expectations(const ladder_view& l, row_span<expectation> list) {
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
/// categories, competencies, tracks, levels, equivalences, groups, archetypes, transitions,
/// attributes, rules), ids as written, two-space indentation. A writer only: the library reads .ladder text.
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
        x += ", \"typical_months\": " + detail::json_number(v.typical_months);
        return x + ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(v)) + "}";
    }) + ",\n";
    out += "  \"equivalences\": " + json_list(l.equivalences(), [&](const equivalence& e) {
        return "{\"level\": " + quote_json(e.level.id) + ", \"lowest\": " + quote_json(e.lowest.id) + ", \"highest\": " + quote_json(e.highest.id) + "}";
    }) + ",\n";
    out += "  \"groups\": " + json_list(l.groups(), [&](const level_group& g) {
        return "{\"id\": " + quote_json(g.id) + ", \"name\": " + quote_json(g.name) + ", \"lowest\": " + quote_json(g.lowest.id) +
               ", \"highest\": " + quote_json(g.highest.id) + "}";
    }) + ",\n";
    // An archetype's titles for levels: [{"level": "S3_1", "title": "Group Lead"}].
    const auto titles_of = [&](const archetype& a) {
        const auto row = static_cast<index_t>(&a - l.archetypes().data());
        std::string out_titles = "[";
        for (const auto& t : l.titles()) {
            if (t.archetype != row) continue;
            if (out_titles.size() > 1) out_titles += ", ";
            out_titles += "{\"level\": " + quote_json(t.level.id) + ", \"title\": " + quote_json(t.title) + "}";
        }
        return out_titles + "]";
    };
    out += "  \"archetypes\": " + json_list(l.archetypes(), [&](const archetype& a) {
        return "{\"id\": " + quote_json(a.id) + ", \"name\": " + quote_json(a.name) + ", \"from\": " + quote_json(a.from.id) +
               ", \"until\": " + (a.until.empty() ? std::string("null") : quote_json(a.until.id)) +
               ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(a)) + ", \"titles\": " + titles_of(a) + "}";
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
// begin ladder/render/map.hpp

// The career map: the tracks side by side as an SVG picture, levels lined up by equivalence,
// pay bands drawn to scale, moves as arrows (docs/views.md). Optional header.

// ladder/render/common.hpp (included above)
// ladder/render/html.hpp (included above)

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
// end ladder/render/map.hpp
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
// end ladder/render/markdown.hpp
// begin ladder/render/team.hpp

// The team page: everyone of a people file at once, grouped by where they stand, filterable by
// track and level, each with a chart of their ratings against their target (docs/views.md).
// Optional header.

// ladder/render/html.hpp (included above)
// ladder/render/map.hpp (included above)

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// How the team page links each person to a page of their own.
struct team_page_options {
    /// Where a person's own page is, `{id}` standing for their id (percent-encoded), e.g.
    /// `people/{id}.html` (written by `ladder render --format html --people F --person ID`).
    /// Empty: names are not links; each person's readiness report opens in place either way.
    std::string_view person_link;
};

namespace detail {

/// An id in a URL: every byte but letters, digits and `-._~` percent-encoded.
inline std::string percent_encoded(std::string_view s) {
    constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

/// A person's ratings across their cycles against the level they are judged for, as a small SVG:
/// a slot per competency that level expects, its expectation a grey bar, the ratings a trend
/// line over the cycles, the latest point green when it meets the expectation (or the person is
/// exempt) and red when short. Each slot's tooltip says it in words.
/// `scale_top` is the highest point of the ladder's scales (at least 1), worked out once per page.
inline std::string rating_chart_svg(const ladder_view& l, const person_ref& p, index_t level, index_t archetype, rating scale_top) {
    struct slot {
        index_t competency;
        rating expected;
    };
    std::vector<slot> slots;
    for_each_expectation(l, level, archetype_in_force(l, archetype, level), [&](index_t c, rating minimum) {
        if (c != no_index) slots.push_back({c, minimum});
        return true;
    });
    rating top = scale_top;
    for (const auto& s : slots) top = std::max(top, s.expected);
    for (std::size_t k = 0; k != p.cycle_count(); ++k) {
        for (const auto& r : p.ratings_in(k)) {
            if (r) top = std::max(top, *r);
        }
    }
    constexpr int step = 38, plot_top = 6, plot_height = 44;
    // In 64 bits: a scale's points may run up to the largest rating.
    const auto y = [&](rating v) {
        return static_cast<int>(plot_top + plot_height - std::int64_t{plot_height} * std::max(0, v) / top);
    };
    const int width = static_cast<int>(slots.size()) * step + 4;
    std::string out = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(width) + " 70\" width=\"" + std::to_string(width) +
                      "\" height=\"70\" font-family=\"system-ui,sans-serif\" role=\"img\">";
    const std::size_t cycles = p.cycle_count();
    for (std::size_t i = 0; i != slots.size(); ++i) {
        const auto [c, expected] = slots[i];
        const int x0 = 2 + static_cast<int>(i) * step;
        const exemption* exempt = p.exemption_from(c);
        std::string words = std::string(l.competencies()[c].id) + ": ";
        std::string points, line;
        const auto now = p.rating_of(c);
        const bool met = exempt != nullptr || (now && *now >= expected);
        for (std::size_t k = 0; k != cycles; ++k) {
            const auto ratings = p.ratings_in(k);
            const rating_cell r = c < ratings.size() ? ratings[c] : std::nullopt;
            words += (k == 0 ? "" : ", ") + (r ? std::to_string(*r) : std::string("-"));
            if (!r) continue;
            const int x = x0 + (cycles == 1 ? step / 2 : 6 + static_cast<int>((step - 14) * k / (cycles - 1)));
            line += (line.empty() ? "M" : "L") + std::to_string(x) + "," + std::to_string(y(*r));
            points += "<circle cx=\"" + std::to_string(x) + "\" cy=\"" + std::to_string(y(*r)) + "\" r=\"2.5\" fill=\"";
            points += k + 1 == cycles ? (met ? "#2e8b3a" : "#c62828") : "#888";
            points += "\"/>";
        }
        if (cycles != 0) words += " (" + std::string(p.cycles()[0].id) + " to " + std::string(p.cycles()[cycles - 1].id) + ")";
        words += "; " + std::string(l.levels()[level].id) + " expects " + rating_words(l, c, expected);
        if (exempt != nullptr) words += "; exempt: " + std::string(exempt->reason);
        out += "<g><title>" + html_escape(words) + "</title>";
        if (exempt != nullptr) out += "<rect x=\"" + std::to_string(x0) + "\" y=\"0\" width=\"" + std::to_string(step - 4) + "\" height=\"56\" fill=\"#f1f1f1\"/>";
        out += "<rect x=\"" + std::to_string(x0 + 2) + "\" y=\"" + std::to_string(y(expected) - 1) + "\" width=\"" +
               std::to_string(step - 8) + "\" height=\"3\" fill=\"#bbb\"/>";
        if (!line.empty()) out += "<path d=\"" + line + "\" fill=\"none\" stroke=\"" + (met ? "#2e8b3a" : "#c62828") + "\" stroke-width=\"1.5\"/>";
        out += points + "<text x=\"" + std::to_string(x0 + (step - 4) / 2) + "\" y=\"66\" font-size=\"9\" text-anchor=\"middle\">" +
               html_escape(shortened(l.competencies()[c].id, 5)) + "</text></g>";
    }
    return out + "</svg>";
}

}  // namespace detail

/// The team page: everyone of a batch (readiness_of()) on one page, grouped ready, not yet,
/// staying at a career level, undecided and no verdict, each group with its count; filters by
/// track and by level (plain HTML and CSS, no script: it works from a file and with scripts
/// off); each person's move and verdict, a chart of their ratings across cycles against the
/// level they are judged for, their gaps in the ladder's words, and their readiness report in
/// place (and a link to a page of their own, with `options.person_link`).
inline std::string to_team_html(const ladder_view& l, std::span<const readiness_entry> all, const team_page_options& options = {}) {
    using detail::html_escape;
    // The tracks and levels people are at, in the ladder's order: the filters.
    std::vector<bool> has_track(l.tracks().size()), has_level(l.levels().size());
    for (const auto& e : all) {
        if (e.who.level == no_index) continue;
        has_level[e.who.level] = true;
        if (l.levels()[e.who.level].track.resolved()) has_track[l.levels()[e.who.level].track.index] = true;
    }
    std::string inputs, labels = "<div class=\"filters\"><span>track</span><label for=\"t-all\">all</label>", style;
    inputs += "<input class=\"pick\" type=\"radio\" name=\"track\" id=\"t-all\" checked>\n";
    style += "#t-all:checked~.filters label[for=t-all],#v-all:checked~.filters label[for=v-all]{background:#dbe8f5}\n";
    const auto filter = [&](std::string_view group, char prefix, std::size_t i, std::string_view words) {
        const std::string id = std::string(1, prefix) + std::to_string(i);
        inputs += "<input class=\"pick\" type=\"radio\" name=\"" + std::string(group) + "\" id=\"" + id + "\">\n";
        labels += "<label for=\"" + id + "\">" + html_escape(words) + "</label>";
        style += "#" + id + ":checked~.filters label[for=" + id + "]{background:#dbe8f5}#" + id + ":checked~.groups .person:not(." + id +
                 "){display:none}\n";
    };
    for (std::size_t t = 0; t != has_track.size(); ++t) {
        if (has_track[t]) filter("track", 't', t, l.tracks()[t].name);
    }
    inputs += "<input class=\"pick\" type=\"radio\" name=\"level\" id=\"v-all\" checked>\n";
    labels += "<br><span>level</span><label for=\"v-all\">all</label>";
    const auto by_track = detail::levels_by_track(l);
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
        for (index_t x : by_track[t]) {
            if (has_level[x]) filter("level", 'v', x, l.levels()[x].id);
        }
    }
    labels += "</div>\n";
    style += ".pick{position:absolute;opacity:0}.filters label{border:1px solid #ccc;border-radius:1rem;padding:.1rem .6rem;"
             "margin:.15rem;cursor:pointer;display:inline-block}.filters span{display:inline-block;width:3rem;color:#555}\n"
             ".pick:focus-visible~.filters{outline:2px solid #1f6fb2}.cards{display:flex;flex-wrap:wrap;gap:1rem}\n"
             ".person{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;width:24rem}.person h3{margin:.2rem 0}\n"
             ".person p{margin:.3rem 0}.ready{color:#2e8b3a}.not-yet{color:#c62828}\n";

    rating scale_top = 1;  // every chart on the page is drawn to the same height
    for (const auto& point : l.scale_points()) scale_top = std::max(scale_top, point.value);
    std::string groups[standing_count];
    std::size_t count[standing_count] = {};
    std::size_t people = 0;
    for (const auto& e : all) {
        if (e.who.level == no_index) continue;  // an entry made without a person
        const person_ref& p = e.who;
        const standing stands = standing_of(l, e);
        const auto where = static_cast<std::size_t>(stands);
        ++count[where];
        ++people;
        std::string classes = "person";
        if (p.level != no_index) {
            classes += " v" + std::to_string(p.level);
            if (l.levels()[p.level].track.resolved()) classes += " t" + std::to_string(l.levels()[p.level].track.index);
        }
        std::string card = "<article class=\"" + classes + "\">\n<h3>";
        const std::string name = html_escape(p.name.empty() ? p.id : p.name);
        if (!options.person_link.empty()) {
            std::string href(options.person_link);
            for (auto at = href.find("{id}"); at != std::string::npos; at = href.find("{id}", at)) {
                const std::string id = detail::percent_encoded(p.id);
                href.replace(at, 4, id);
                at += id.size();
            }
            card += "<a href=\"" + html_escape(href) + "\">" + name + "</a>";
        } else {
            card += name;
        }
        card += "</h3>\n";
        // A level as this person is called there: an archetype's own title where it has one.
        const auto called = [&](index_t x) { return detail::level_words(l, x, p.archetype); };
        if (e.report) {
            const readiness_report& r = *e.report;
            const std::string verdict_class = stands == standing::ready ? "ready" : stands == standing::not_yet ? "not-yet" : "";
            card += "<p>" + html_escape(called(r.from)) + " &rarr; " + html_escape(called(r.to)) +
                    ": <strong" + (verdict_class.empty() ? "" : " class=\"" + verdict_class + "\"") + ">" +
                    std::string(name_of(stands)) + "</strong>";
            if (r.archetype != no_index) card += " (as " + html_escape(l.archetypes()[r.archetype].name) + ")";
            card += "</p>\n" + detail::rating_chart_svg(l, p, r.to, r.archetype, scale_top) + "\n";
            std::string gaps;
            for (const auto& g : r.gaps) {
                gaps += (gaps.empty() ? "" : "; ") + html_escape(l.competencies()[g.competency].name) + " " +
                        (g.actual ? html_escape(detail::rating_words(l, g.competency, *g.actual)) : std::string("not rated")) +
                        " of " + html_escape(detail::rating_words(l, g.competency, g.required));
            }
            if (!gaps.empty()) card += "<p class=\"note\">Short: " + gaps + ".</p>\n";
            card += "<details><summary>readiness report</summary><pre>" + html_escape(to_text(r, p)) + "</pre></details>\n";
        } else {
            card += "<p>" + (p.level != no_index ? html_escape(called(p.level)) + ": " : std::string()) +
                    html_escape(e.problem) + "</p>\n";
            if (p.level != no_index) card += detail::rating_chart_svg(l, p, p.level, p.archetype, scale_top) + "\n";
        }
        groups[where] += card;
        groups[where] += "</article>\n";
    }

    const std::string title = std::string(l.info().name) + ": team";
    std::string out = detail::html_head(title, style) + "<h1>" + html_escape(title) + "</h1>\n<p>" + std::to_string(people) + " people: ";
    for (std::size_t g = 0; g != standing_count; ++g) {
        out += (g == 0 ? "" : ", ") + std::to_string(count[g]) + " " + std::string(name_of(static_cast<standing>(g)));
    }
    out += ".</p>\n" + inputs + labels + "<div class=\"groups\">\n";
    for (std::size_t g = 0; g != standing_count; ++g) {
        if (count[g] == 0) continue;
        std::string heading(name_of(static_cast<standing>(g)));
        heading[0] = static_cast<char>(heading[0] - 'a' + 'A');
        out += "<section>\n<h2>" + heading + " (" + std::to_string(count[g]) + ")</h2>\n<div class=\"cards\">\n";
        out += groups[g];
        groups[g] = std::string();  // each group's text is held once at a time
        out += "</div>\n</section>\n";
    }
    out += "</div>\n<p class=\"legend\">Charts: a column per competency the target level expects; the grey bar is the "
           "expectation, the line the ratings over the cycles, the last point green when met and red when short; a shaded "
           "column is exempt. Hover a column for its ratings in numbers. Counts are of everyone, whatever the filters show.</p>\n";
    out += "</body>\n</html>\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/render/team.hpp
