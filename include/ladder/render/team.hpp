// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The team page: everyone of a people file at once, grouped by where they stand, filterable by
// track and level, each with a chart of their ratings against their target (docs/views.md).
// Optional header.

#include <ladder/render/html.hpp>
#include <ladder/render/map.hpp>

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
