// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Views of a ladder people would rather look at than read. Optional: <ladder/ladder.hpp> does
// not include this header.
//   to_markdown(l)  the competency × level matrix per track, readable on a code-hosting site;
//   to_csv(l)       the same matrix for spreadsheets (RFC 4180 quoting);
//   to_dot(l)       tracks, levels, equivalences and moves as a Graphviz graph;
//   to_json(l)      the whole ladder as JSON, keys in a fixed order;
//   to_html(l, …)   one self-contained page: the matrices side by side, and optionally a
//                   person's readiness highlighted against the target level.
// Each escapes what its format needs: `|` in Markdown cells, quotes in CSV, quotes and
// backslashes in DOT labels, JSON's string escapes.

#include <ladder/core/config.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/view.hpp>

#include <cstddef>
#include <span>
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

namespace detail {
inline std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}
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
        return "{\"competency\": " + json_quote(l.competencies()[e.competency.index].id) + ", \"minimum\": " + std::to_string(e.minimum) + "}";
    });
}
}  // namespace detail

/// The whole ladder as JSON: one object, keys in a fixed order (name, version, scales,
/// categories, competencies, tracks, levels, equivalences, archetypes, transitions, attributes,
/// rules), ids as written, two-space indentation. A writer only: the library reads .ladder text.
inline std::string to_json(const ladder_view& l) {
    using detail::json_quote;
    using detail::json_list;
    std::string out = "{\n";
    out += "  \"name\": " + json_quote(l.info().name) + ",\n";
    out += "  \"version\": " + json_quote(l.info().version) + ",\n";
    out += "  \"scales\": " + json_list(l.scales(), [&](const scale& s) {
        return "{\"id\": " + json_quote(s.id) + ", \"name\": " + json_quote(s.name) + ", \"points\": " +
               json_list(l.points_of(s), [&](const scale_point& p) {
                   return "{\"value\": " + std::to_string(p.value) + ", \"id\": " + json_quote(p.id) + ", \"name\": " + json_quote(p.name) + "}";
               }) + "}";
    }) + ",\n";
    out += "  \"categories\": " + json_list(l.categories(), [&](const category& c) {
        return "{\"id\": " + json_quote(c.id) + ", \"name\": " + json_quote(c.name) + ", \"description\": " + json_quote(c.description) + "}";
    }) + ",\n";
    out += "  \"competencies\": " + json_list(l.competencies(), [&](const competency& c) {
        return "{\"id\": " + json_quote(c.id) + ", \"name\": " + json_quote(c.name) + ", \"category\": " + json_quote(c.category.id) +
               ", \"scale\": " + json_quote(l.scale_index_of(c) == no_index ? std::string_view{} : l.scales()[l.scale_index_of(c)].id) +
               ", \"description\": " + json_quote(c.description) + "}";
    }) + ",\n";
    out += "  \"tracks\": " + json_list(l.tracks(), [&](const track& t) {
        return "{\"id\": " + json_quote(t.id) + ", \"name\": " + json_quote(t.name) + ", \"kind\": " + json_quote(name_of(t.kind)) + "}";
    }) + ",\n";
    out += "  \"levels\": " + json_list(l.levels(), [&](const level& v) {
        std::string x = "{\"id\": " + json_quote(v.id) + ", \"title\": " + json_quote(v.title) + ", \"track\": " + json_quote(v.track.id) +
                        ", \"rank\": " + std::to_string(v.rank) + ", \"scope\": " + json_quote(name_of(v.scope)) +
                        ", \"career\": " + (v.career ? "true" : "false");
        x += ", \"band\": " + (v.band ? "{\"minimum\": " + std::to_string(v.band->minimum) + ", \"maximum\": " +
                                           std::to_string(v.band->maximum) + ", \"currency\": " + json_quote(v.band->currency) + "}"
                                     : std::string("null"));
        x += ", \"typical_months\": " + (v.typical_months ? std::to_string(*v.typical_months) : std::string("null"));
        return x + ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(v)) + "}";
    }) + ",\n";
    out += "  \"equivalences\": " + json_list(l.equivalences(), [&](const equivalence& e) {
        return "{\"level\": " + json_quote(e.level.id) + ", \"lowest\": " + json_quote(e.lowest.id) + ", \"highest\": " + json_quote(e.highest.id) + "}";
    }) + ",\n";
    out += "  \"archetypes\": " + json_list(l.archetypes(), [&](const archetype& a) {
        return "{\"id\": " + json_quote(a.id) + ", \"name\": " + json_quote(a.name) + ", \"from\": " + json_quote(a.from.id) +
               ", \"until\": " + (a.until.empty() ? std::string("null") : json_quote(a.until.id)) +
               ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(a)) + "}";
    }) + ",\n";
    out += "  \"transitions\": " + json_list(l.transitions(), [&](const transition& t) {
        return "{\"kind\": " + json_quote(name_of(t.kind)) + ", \"from\": " + json_quote(t.from.id) + ", \"to\": " + json_quote(t.to.id) +
               ", \"both_ways\": " + (t.both_ways ? "true" : "false") + ", \"pay\": " + json_quote(name_of(t.pay)) +
               ", \"when\": " + (t.guard.empty() ? std::string("null") : json_quote(t.guard)) + "}";
    }) + ",\n";
    out += "  \"attributes\": " + json_list(l.attributes(), [&](const attribute& a) {
        return "{\"id\": " + json_quote(a.id) + ", \"type\": " + json_quote(name_of(a.type)) + "}";
    }) + ",\n";
    out += "  \"rules\": " + json_list(l.rules(), [&](const named_rule& r) {
        return "{\"id\": " + json_quote(r.id) + ", \"parameters\": " + json_quote(r.parameters) + ", \"text\": " + json_quote(r.text) + "}";
    }) + "\n";
    return out + "}\n";
}

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
}  // namespace detail

/// One self-contained HTML page (no external assets, no script): a table per track, side by
/// side, competencies down and levels across. Given a person's readiness report, the target
/// level's column is marked, each of its expectations is shown met or short against the
/// person's latest rating (an exempt competency counts as met), and the report follows.
inline std::string to_html(const ladder_view& l, const readiness_report* report = nullptr, const person* who = nullptr) {
    using detail::html_escape;
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(l.info().name) +
        "</title>\n<style>\n"
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n"
        ".tracks{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}\n"
        "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}\n"
        "th{background:#f4f4f4}.career{font-style:italic}.target{background:#eef5ff}\n"
        ".short{background:#ffe0e0;font-weight:bold}.met{background:#e3f6e3}\n"
        "pre{background:#fafafa;border:1px solid #ddd;padding:1rem;white-space:pre-wrap}\n"
        "</style>\n</head>\n<body>\n<h1>" + html_escape(l.info().name) + "</h1>\n";
    if (report != nullptr && who != nullptr) {
        out += "<p>" + html_escape(who->name.empty() ? who->id : who->name) + ": " + html_escape(l.levels()[report->from].id) +
               " &rarr; " + html_escape(l.levels()[report->to].id) + ", <strong>" + html_escape(name_of(report->result())) +
               "</strong></p>\n";
    }
    out += "<div class=\"tracks\">\n";
    for (std::size_t t = 0; t != l.tracks().size(); ++t) {
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
                out += "<td" + (cls.empty() ? std::string() : " class=\"" + cls + "\"") + ">" + cell + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</table>\n</section>\n";
    }
    out += "</div>\n";
    if (report != nullptr && who != nullptr) out += "<h2>Readiness</h2>\n<pre>" + html_escape(report->to_string(*who)) + "</pre>\n";
    return out + "</body>\n</html>\n";
}

LADDER_END_NAMESPACE
