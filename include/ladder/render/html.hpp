// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// One self-contained HTML page: the matrices, and a person's readiness highlighted against them
// (docs/views.md). Optional header.

#include <ladder/core/utf8.hpp>
#include <ladder/render/common.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/report/readiness.hpp>

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
