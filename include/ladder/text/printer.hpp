// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Writes a ladder as canonical .ladder text: to_text(l), and the statements format() lays out.
// Runtime only (it builds std::strings). No <vector>: every includer of the umbrella header
// would pay for it.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/date.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/view.hpp>
#include <ladder/text/parser.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// A statement's text, one line per element, without line breaks.
using text_lines = constexpr_vector<std::string>;

/// A pay band as the format writes it: `150000..210000 USD`.
inline std::string band_text(const pay_band& b) {
    std::string out = std::to_string(b.minimum) + ".." + std::to_string(b.maximum);
    if (!b.currency.empty()) out += " " + std::string(b.currency);
    return out;
}

/// A duration as the format writes it: in years when whole (`2 years`), else in months.
inline std::string duration_text(std::int32_t months) {
    if (months != 0 && months % 12 == 0) return std::to_string(months / 12) + (months == 12 ? " year" : " years");
    return std::to_string(months) + (months == 1 ? " month" : " months");
}

/// A range of levels as the format writes it, between the ids named: `L5..L8`, or `L7` alone
/// when both ends are one level.
inline std::string range_text(std::string_view lowest, std::string_view highest) {
    std::string out(lowest);
    if (highest != lowest) {
        out += "..";
        out += highest;
    }
    return out;
}

/// A move as the format writes it, between the levels named: `promote L5 -> L6`, `switch L5 <-> M1`.
inline std::string move_text(const transition& t, std::string_view from, std::string_view to) {
    std::string out(name_of(t.kind));
    out += " " + std::string(from) + (t.both_ways ? " <-> " : " -> ") + std::string(to);
    return out;
}

/// Whether two rows of `maps` come from one statement (`maps L5 -> L5a, L5b`).
[[nodiscard]] constexpr bool same_statement(const revision_map& a, const revision_map& b) noexcept {
    return a.from == b.from && a.where == b.where;
}

/// Prints one statement at a time, as lines without line breaks.
class text_printer {
public:
    explicit text_printer(const ladder_view& v) : v_(v) {}

    [[nodiscard]] text_lines statement(statement_kind kind, index_t row) {
        text_lines lines;
        switch (kind) {
            case statement_kind::ladder: lines.push_back(ladder_line()); break;
            case statement_kind::default_scale: lines.push_back("default scale " + std::string(v_.info().default_scale.id)); break;
            case statement_kind::policy: policy(lines); break;
            case statement_kind::scale: scale(lines, v_.scales()[row]); break;
            case statement_kind::category: category(lines, v_.categories()[row]); break;
            case statement_kind::competency: competency(lines, v_.competencies()[row]); break;
            case statement_kind::track: track(lines, v_.tracks()[row]); break;
            case statement_kind::level: level(lines, v_.levels()[row]); break;
            case statement_kind::equivalence: equivalence(lines, v_.equivalences()[row]); break;
            case statement_kind::group: group(lines, v_.groups()[row]); break;
            case statement_kind::maps: maps(lines, row); break;
            case statement_kind::archetype: archetype(lines, v_.archetypes()[row]); break;
            case statement_kind::attribute: attribute(lines, v_.attributes()[row]); break;
            case statement_kind::transition: transition(lines, row); break;
            case statement_kind::test: test(lines, v_.tests()[row]); break;
            case statement_kind::rule: {
                const auto& r = v_.rules()[row];
                std::string head = "rule " + std::string(r.id);
                if (!r.parameters.empty()) head += "(" + std::string(r.parameters) + ")";
                lines.push_back(head + " = " + std::string(r.text));
                break;
            }
        }
        return lines;
    }

    /// A string in quotes: double unless it holds a double quote.
    [[nodiscard]] static std::string quoted(std::string_view s) {
        const char q = s.find('"') == std::string_view::npos ? '"' : '\'';
        std::string out(1, q);
        out += s;
        out += q;
        return out;
    }

private:
    [[nodiscard]] std::string ladder_line() const {
        std::string line = "ladder " + quoted(v_.name());
        if (!v_.version().empty()) line += " version " + quoted(v_.version());
        if (v_.effective() != 0) line += " effective " + day_text(v_.effective());
        return line;
    }

    void policy(text_lines& lines) const {
        const ladder_policy& p = v_.policy();
        lines.push_back("policy {");
        lines.push_back("  decreasing_expectations " + std::string(name_of(p.decreasing_expectations)));
        lines.push_back("  missing_expectations " + std::string(name_of(p.missing_expectations)));
        lines.push_back("  max_band_overlap " + std::to_string(p.max_band_overlap_percent) + "%");
        lines.push_back("}");
    }

    void scale(text_lines& lines, const ladder::scale& s) const {
        lines.push_back("scale " + std::string(s.id) + " " + quoted(s.name) + " {");
        for (const auto& p : v_.points_of(s)) {
            lines.push_back("  " + std::to_string(p.value) + " " + std::string(p.id) + " " + quoted(p.name));
        }
        lines.push_back("}");
    }

    void category(text_lines& lines, const ladder::category& c) const {
        std::string line = "category " + std::string(c.id) + " " + quoted(c.name);
        if (!c.description.empty()) line += " about " + quoted(c.description);
        lines.push_back(line);
    }

    void competency(text_lines& lines, const ladder::competency& c) const {
        std::string line = "competency " + std::string(c.id) + " " + quoted(c.name) + " in " + std::string(c.category.id);
        if (!c.scale.empty()) line += " scale " + std::string(c.scale.id);
        if (!c.description.empty()) line += " about " + quoted(c.description);
        lines.push_back(line);
    }

    void track(text_lines& lines, const ladder::track& t) const {
        std::string line = "track " + std::string(t.id) + " " + quoted(t.name);
        if (t.kind != track_kind::individual_contributor) line += " " + std::string(name_of(t.kind));
        lines.push_back(line);
    }

    void level(text_lines& lines, const ladder::level& l) {
        std::string line = "level " + std::string(l.id) + " " + quoted(l.title) + " on " + std::string(l.track.id);
        // The rank is written only where the reader would not infer it: one above the highest
        // rank declared before on the same track (by track id, as the builder counts), or 1.
        std::int32_t highest = 0;
        for (auto& [track, seen] : rank_seen_) {
            if (track == l.track.id) highest = seen;
        }
        if (l.rank != detail::inferred_rank(highest)) line += " rank " + std::to_string(l.rank);
        bool known = false;
        for (auto& [track, seen] : rank_seen_) {
            if (track == l.track.id) {
                known = true;
                if (l.rank > seen) seen = l.rank;
            }
        }
        if (!known) rank_seen_.emplace_back(l.track.id, l.rank > 0 ? l.rank : 0);
        line += " scope " + std::string(name_of(l.scope));
        if (l.career) line += " career";
        if (l.band) line += " band " + band_text(*l.band);
        if (l.typical_months) line += " typical " + duration_text(*l.typical_months);
        if (!l.criterion.empty()) line += " when " + std::string(l.criterion);
        expectation_block(lines, line, v_.expectations_of(l));
    }

    /// `head {` + `leading` lines (an archetype's titles) + `expect …` lines + `means …`
    /// statements + `}`, or just `head` when there is nothing to put in the block.
    void expectation_block(text_lines& lines, const std::string& head, row_span<ladder::expectation> list,
                           const text_lines& leading = {}) const {
        if (list.empty() && leading.empty()) {
            lines.push_back(head);
            return;
        }
        lines.push_back(head + " {");
        for (const auto& l : leading) lines.push_back(l);
        if (list.empty()) {
            lines.push_back("}");
            return;
        }
        std::string current;
        std::uint32_t line = list.front().where.line;
        for (const auto& e : list) {
            std::string item = std::string(e.competency.id) + " " +
                               (e.point.empty() ? std::to_string(e.minimum) : std::string(e.point.id));
            // Lines break where the text broke them; text with no positions wraps at 120 columns.
            const bool break_here = e.where.line != 0 ? e.where.line != line : current.size() + item.size() + 2 > 120;
            if (!current.empty() && break_here) {
                lines.push_back(current);
                current.clear();
            }
            line = e.where.line;
            current += current.empty() ? "  expect " + item : ", " + item;
        }
        lines.push_back(current);
        for (const auto& e : list) {
            if (e.statement.empty()) continue;
            const std::string means = "  means " + std::string(e.competency.id) + " " + quoted(e.statement);
            if (e.note_count == 0) {
                lines.push_back(means);
                continue;
            }
            lines.push_back(means + " {");
            for (const auto& n : v_.notes_of(e)) lines.push_back("    " + std::string(name_of(n.kind)) + " " + quoted(n.text));
            lines.push_back("  }");
        }
        lines.push_back("}");
    }

    void equivalence(text_lines& lines, const ladder::equivalence& q) const {
        lines.push_back("equivalent " + std::string(q.level.id) + " ~ " + range_text(q.lowest.id, q.highest.id));
    }

    void group(text_lines& lines, const ladder::level_group& g) const {
        lines.push_back("group " + std::string(g.id) + " " + quoted(g.name) + " = " + range_text(g.lowest.id, g.highest.id));
    }

    /// `maps L5 -> L5a, L5b`: the row and the rows after it of the same statement.
    void maps(text_lines& lines, index_t row) const {
        const auto rows = v_.maps();
        std::string line = "maps " + std::string(rows[row].from) + " -> " + std::string(rows[row].to.id);
        for (std::size_t i = row + 1; i < rows.size() && same_statement(rows[i - 1], rows[i]); ++i) line += ", " + std::string(rows[i].to.id);
        lines.push_back(std::move(line));
    }

    void archetype(text_lines& lines, const ladder::archetype& a) const {
        std::string head = "archetype " + std::string(a.id) + " " + quoted(a.name) + " from " + std::string(a.from.id);
        if (!a.until.empty()) head += " until " + std::string(a.until.id);
        const auto row = static_cast<index_t>(&a - v_.archetypes().data());
        text_lines titles;
        for (const auto& t : v_.titles()) {
            if (t.archetype == row) titles.push_back("  title " + std::string(t.level.id) + " " + quoted(t.title));
        }
        expectation_block(lines, head, v_.expectations_of(a), titles);
    }

    static void attribute(text_lines& lines, const ladder::attribute& a) {
        lines.push_back("attribute " + std::string(a.id) + " : " +
                        std::string(name_of(a.type)));
    }

    void transition(text_lines& lines, index_t row) const {
        const ladder::transition& t = v_.transitions()[row];
        std::string line = move_text(t, t.from.id, t.to.id);
        if (t.kind == transition_kind::step_back && t.pay != pay_policy::keep) {
            line += " pay " + std::string(name_of(t.pay));
        }
        if (!t.guard.empty()) line += " when " + std::string(t.guard);
        lines.push_back(line);
        for (const auto& a : v_.advisories()) {
            if (a.transition == row) lines.push_back("  warn " + std::string(a.text) + " " + quoted(a.message));
        }
    }

    /// A cycle id prints bare when the reader takes it back as one word (letters, digits, `_`).
    static std::string cycle_id(std::string_view id) {
        bool bare = !id.empty();
        for (char c : id) bare = bare && is_identifier_char(c);
        return bare ? std::string(id) : quoted(id);
    }

    static constexpr std::size_t max_width = 120;  ///< columns of a test's cycle line before it wraps

    void test(text_lines& lines, const ladder_test& t) const {
        lines.push_back("test " + quoted(t.name) + " {");
        const auto facts = v_.test_facts().subspan(t.first_fact, t.fact_count);
        lines.push_back("  person {");
        for (std::size_t i = 0; i != facts.size(); ++i) {
            const test_fact& f = facts[i];
            switch (f.kind) {
                case fact_kind::level: lines.push_back("    level " + std::string(f.id)); break;
                case fact_kind::archetype: lines.push_back("    archetype " + std::string(f.id)); break;
                case fact_kind::time_in_level: lines.push_back("    time_in_level " + duration_text(static_cast<std::int32_t>(f.number))); break;
                case fact_kind::tenure: lines.push_back("    tenure " + duration_text(static_cast<std::int32_t>(f.number))); break;
                case fact_kind::exempt: lines.push_back("    exempt " + std::string(f.id) + " " + quoted(f.text)); break;
                case fact_kind::attribute: {
                    std::string value;
                    switch (f.form) {
                        case value_form::boolean: value = f.number != 0 ? "true" : "false"; break;
                        case value_form::number: value = std::to_string(f.number); break;
                        case value_form::duration: value = duration_text(static_cast<std::int32_t>(f.number)); break;
                        case value_form::text: value = quoted(f.text); break;
                    }
                    lines.push_back("    " + std::string(f.id) + " " + value);
                    break;
                }
                case fact_kind::rating: {
                    // One line per cycle (the ratings that follow each other in one cycle), or, past
                    // max_width columns, the ratings on lines of their own.
                    std::string line = "    cycle " + cycle_id(f.cycle) + " {";
                    text_lines wrapped{line, "     "};
                    for (; i != facts.size() && facts[i].kind == fact_kind::rating && facts[i].cycle == f.cycle; ++i) {
                        const std::string item = " " + std::string(facts[i].id) + " " +
                                                 (facts[i].text.empty() ? std::to_string(facts[i].number)
                                                                        : std::string(facts[i].text));
                        line += item;
                        if (wrapped.back().size() + item.size() > max_width && wrapped.back().size() > 5) wrapped.push_back("     ");
                        wrapped.back() += item;
                    }
                    --i;
                    if (line.size() + 2 <= max_width) {
                        lines.push_back(line + " }");
                    } else {
                        wrapped.push_back("    }");
                        for (auto& w : wrapped) lines.push_back(std::move(w));
                    }
                    break;
                }
            }
        }
        lines.push_back("  }");
        for (const auto& c : v_.test_checks().subspan(t.first_check, t.check_count)) {
            const std::string_view move = c.is_rule ? std::string_view("rule") : name_of(c.move);
            lines.push_back("  expect " + std::string(move) + " " + std::string(c.target) + " " +
                            std::string(verdict_names[c.expected]));
        }
        lines.push_back("}");
    }

    ladder_view v_;
    constexpr_vector<std::pair<std::string_view, std::int32_t>> rank_seen_;  ///< highest rank so far per track id
};

inline void append_lines(std::string& out, const text_lines& lines) {
    for (const auto& l : lines) {
        out += l;
        out += '\n';
    }
}

}  // namespace detail

/// The ladder as canonical .ladder text: statements grouped by kind, in table order. Reading
/// it back gives an equal ladder (ladder::equal). Names holding both kinds of quote cannot be
/// written and are a documented limit.
[[nodiscard]] inline std::string to_text(const ladder_view& v) {
    using detail::statement_kind;
    detail::text_printer printer(v);
    std::string out;
    const auto group = [&](statement_kind kind, std::size_t rows, bool blank_between) {
        if (rows == 0) return;
        out += '\n';
        for (std::size_t i = 0; i != rows; ++i) {
            if (blank_between && i != 0) out += '\n';
            detail::append_lines(out, printer.statement(kind, static_cast<index_t>(i)));
        }
    };
    detail::append_lines(out, printer.statement(statement_kind::ladder, 0));
    if (!v.info().default_scale.empty()) detail::append_lines(out, printer.statement(statement_kind::default_scale, 0));
    if (!(v.policy() == ladder_policy{})) detail::append_lines(out, printer.statement(statement_kind::policy, 0));
    group(statement_kind::scale, v.scales().size(), true);
    group(statement_kind::category, v.categories().size(), false);
    group(statement_kind::competency, v.competencies().size(), false);
    group(statement_kind::track, v.tracks().size(), false);
    group(statement_kind::attribute, v.attributes().size(), false);
    group(statement_kind::level, v.levels().size(), true);
    group(statement_kind::equivalence, v.equivalences().size(), false);
    group(statement_kind::group, v.groups().size(), false);
    // One statement per id mapped: its rows follow one another.
    const auto maps = v.maps();
    for (std::size_t i = 0; i != maps.size(); ++i) {
        if (i != 0 && detail::same_statement(maps[i - 1], maps[i])) continue;
        if (i == 0) out += '\n';
        detail::append_lines(out, printer.statement(statement_kind::maps, static_cast<index_t>(i)));
    }
    group(statement_kind::archetype, v.archetypes().size(), true);
    group(statement_kind::rule, v.rules().size(), false);
    group(statement_kind::transition, v.transitions().size(), false);
    group(statement_kind::test, v.tests().size(), true);
    return out;
}

LADDER_END_NAMESPACE
