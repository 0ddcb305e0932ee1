// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A readiness report and what separates two levels, in words (to_text), and a batch of
// readiness reports as text, JSON and CSV: the forms `ladder evaluate` prints.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/report/explanation.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The name of the point `value` on a competency's scale ("Expert"), or empty.
[[nodiscard]] constexpr std::string_view point_name(const ladder_view& l, index_t competency, rating value) noexcept {
    const scale_point* p = l.point_by_value(l.scale_index_of(l.competencies()[competency]), value);
    return p ? p->name : std::string_view{};
}
/// "Expert (4)", or "4" off the scale's named points.
inline std::string rating_words(const ladder_view& l, index_t competency, rating value) {
    const std::string_view name = point_name(l, competency, value);
    return name.empty() ? std::to_string(value) : std::string(name) + " (" + std::to_string(value) + ")";
}
/// A level as people say it: "L6 Staff"; for a person of an archetype, by the archetype's own
/// title for it where it has one ("S3_1 Group Lead").
inline std::string level_words(const ladder_view& l, index_t row, index_t archetype = no_index) {
    return std::string(l.levels()[row].id) + " " + std::string(title_of(l, row, archetype));
}
/// The move a report judges, as reports name it: its kind, or "stay" when the target is the
/// person's own level (is the level's bar met?), which is no move at all.
[[nodiscard]] constexpr std::string_view move_name(const readiness_report& r) noexcept {
    return r.from == r.to ? std::string_view("stay") : name_of(r.kind);
}
/// True when a report judges a promotion out of a career level, where staying is a good outcome.
[[nodiscard]] constexpr bool promotion_from_career_level(const ladder_view& l, const readiness_report& r) noexcept {
    return l.levels()[r.from].career && r.kind == transition_kind::promote && r.from != r.to;
}
/// What a report says of a promotion out of a career level: staying there is a good outcome.
inline std::string career_level_note(const ladder_view& l, const readiness_report& r) {
    return std::string(l.levels()[r.from].title) + " is a career level: staying there is a good outcome.";
}
}  // namespace detail

/// What separates two levels, in words: "L5 Senior → L6 Staff" and a line per change,
/// "design: Advanced (3) → Expert (4), +1".
[[nodiscard]] inline std::string to_text(const ladder_view& l, const level_diff& d) {
    const level& a = l.levels()[d.from];
    const level& b = l.levels()[d.to];
    std::string out = detail::level_words(l, d.from) + " -> " + detail::level_words(l, d.to);
    if (a.track.index != b.track.index) {
        out += " (" + std::string(l.tracks()[a.track.index].name) + " to " + std::string(l.tracks()[b.track.index].name) + ")";
    }
    out += "\n";
    if (a.scope != b.scope) out += "  scope: " + std::string(name_of(a.scope)) + " -> " + std::string(name_of(b.scope)) + "\n";
    if (d.changes.empty()) out += "  the same expectations\n";
    for (const auto& c : d.changes) {
        out += "  " + std::string(l.competencies()[c.competency].id) + ": ";
        out += c.from ? detail::rating_words(l, c.competency, *c.from) : std::string("nothing");
        out += " -> ";
        out += c.to ? detail::rating_words(l, c.competency, *c.to) : std::string("nothing");
        if (c.from && c.to) {
            const int delta = *c.to - *c.from;
            out += delta > 0 ? ", +" + std::to_string(delta) : ", " + std::to_string(delta);
        }
        out += "\n";
    }
    return out;
}

/// The readiness report a manager reads: the move, as which archetype, the verdict with its
/// explanation, the gaps in words, the advisories, what staying means, and the pay outcome of a
/// step back.
[[nodiscard]] inline std::string to_text(const readiness_report& r, const person_ref& p) {
    const ladder_view l = r.outcome.guard.ladder();
    std::string out;
    out += p.name.empty() ? printable(p.id) : printable(p.name) + " (" + printable(p.id) + ")";
    if (r.from == r.to) {
        out += ": " + detail::level_words(l, r.to, p.archetype) + ", their own level (judged by meets(" + std::string(l.levels()[r.to].id) +
               "))\n";
    } else {
        out += ": " + detail::level_words(l, r.from, p.archetype) + " -> " + detail::level_words(l, r.to, p.archetype) + ", " +
               std::string(name_of(r.kind));
        out += r.defined ? "\n" : " (the ladder declares no such move; judged by meets(" + std::string(l.levels()[r.to].id) + "))\n";
    }
    if (r.archetype != no_index) out += "judged as " + std::string(l.archetypes()[r.archetype].name) + "\n";
    out += to_text(r.outcome, p, false);
    if (!r.gaps.empty()) {
        out += "what " + std::string(l.levels()[r.to].id) + " expects, largest gap first:\n";
        for (const auto& g : r.gaps) {
            const competency& c = l.competencies()[g.competency];
            out += "  " + std::string(c.name) + ": expects " + detail::rating_words(l, g.competency, g.required) + ", ";
            out += g.actual ? "rated " + detail::rating_words(l, g.competency, *g.actual) : std::string("not rated");
            out += " (short by " + std::to_string(g.shortfall()) + ")";
            // The level's own words for the gap (the archetype's where it has them), else the
            // competency's general description.
            if (const expectation* said = stated_expectation(l, r.to, r.archetype, g.competency)) {
                out += ": " + printable(said->statement) + "\n";
                for (const auto& n : l.notes_of(*said)) {
                    out += "    " + std::string(name_of(n.kind)) + ": " + printable(n.text) + "\n";
                }
                continue;
            }
            if (!c.description.empty()) out += ": " + printable(c.description);
            out += "\n";
        }
    }
    if (detail::promotion_from_career_level(l, r)) out += detail::career_level_note(l, r) + "\n";
    if (r.pay) {
        out += "pay: ";
        if (r.pay->policy == pay_policy::keep || !r.pay->amount) {
            out += "kept\n";
        } else {
            const std::string_view where = r.pay->policy == pay_policy::top_of_band ? "the top"
                                           : r.pay->policy == pay_policy::midpoint  ? "the middle"
                                                                                   : "the bottom";
            out += std::string(where) + " of " + std::string(l.levels()[r.to].id) + "'s band, " +
                   std::to_string(*r.pay->amount) + (r.pay->currency.empty() ? "" : " " + std::string(r.pay->currency)) + "\n";
        }
    }
    return out;
}

/// The archetypes open at a person's level ranked by fit, in a line:
/// "archetype fit at L6: Architect 100 (meets), Tech Lead 75".
[[nodiscard]] inline std::string to_text(const ladder_view& l, index_t level, std::span<const archetype_fit> fits) {
    std::string out = "archetype fit at " + std::string(l.levels()[level].id) + ":";
    for (std::size_t i = 0; i != fits.size(); ++i) {
        out += i == 0 ? " " : ", ";
        out += l.archetypes()[fits[i].archetype].name;
        out += " " + std::to_string(fits[i].score);
        if (fits[i].meets) out += " (meets)";
    }
    return out + "\n";
}

/// Where a person of a batch stands: the groups the summary counts and the team page shows.
enum class standing : std::uint8_t {
    ready,       ///< the move's verdict is pass
    not_yet,     ///< fail
    staying,     ///< fail for a promotion out of a career level, where staying is a good outcome
    undecided,   ///< unknown: data missing
    no_verdict,  ///< no report: at the top of their track, or a guard broken for them
};
/// How many standings there are: the size of a table with a row for each.
inline constexpr std::size_t standing_count = static_cast<std::size_t>(standing::no_verdict) + 1;
[[nodiscard]] constexpr std::string_view name_of(standing s) noexcept {
    constexpr std::string_view names[standing_count] = {"ready", "not yet", "staying at a career level", "undecided", "no verdict"};
    return names[static_cast<std::size_t>(s)];
}
[[nodiscard]] constexpr standing standing_of(const ladder_view& l, const readiness_entry& e) noexcept {
    if (!e.report) return standing::no_verdict;
    switch (e.report->result()) {
        case verdict::pass: return standing::ready;
        case verdict::fail: return detail::promotion_from_career_level(l, *e.report) ? standing::staying : standing::not_yet;
        case verdict::unknown: break;
    }
    return standing::undecided;
}

/// The forms a batch of readiness reports is written in.
enum class batch_format : std::uint8_t {
    text,  ///< each report (or why there is none) and archetype fit, then how many people stand where
    json,  ///< an array, one object per person
    csv,   ///< RFC 4180 with CRLF, one row per person
};

/// Writes a batch of readiness reports one entry at a time, so that a batch too large to keep (a
/// whole company, judged by `ladder evaluate`) is written as it is judged: open() once, write()
/// each entry, close() once, each appending to `out`. The forms:
/// - text: each report (or why there is none) and archetype fit, then the count of people ready,
///   not yet, staying at a career level (not ready for a promotion out of a level where staying
///   is a good outcome) and undecided;
/// - json: an array, one object per person: person, name, level, and target, move, verdict,
///   judged_as (when an archetype applies), gaps, or else problem; and archetypes, when asked for;
/// - csv: person, name, level, target, move, verdict, and the gaps as `competency
///   actual/required` joined by `; ` (or the problem, when there is no report).
class readiness_writer {
public:
    readiness_writer(const ladder_view& l, batch_format format) noexcept : l_(l), format_(format) {}

    void open(std::string& out) const {
        if (format_ == batch_format::json) out += "[\n";
        if (format_ == batch_format::csv) out += "person,name,level,target,move,verdict,gaps\r\n";
    }

    void write(const readiness_entry& e, std::string& out) {
        ++count_[static_cast<std::size_t>(standing_of(l_, e))];
        switch (format_) {
            case batch_format::text: text(e, out); break;
            case batch_format::json: json(e, out); break;
            case batch_format::csv: csv(e, out); break;
        }
        ++written_;
    }

    void close(std::string& out) const {
        if (format_ == batch_format::json) out += written_ == 0 ? "]\n" : "\n]\n";
        if (format_ != batch_format::text) return;
        const auto of = [&](standing s) { return std::to_string(count(s)); };
        out += std::to_string(written_) + " people on " + std::string(l_.info().name) + ": " + of(standing::ready) + " ready, " +
               of(standing::not_yet) + " not yet, " + of(standing::staying) + " staying at a career level, " +
               of(standing::undecided) + " undecided (data missing)\n";
    }

    /// How many entries were written, and how many of them stand where.
    [[nodiscard]] std::size_t written() const noexcept { return written_; }
    [[nodiscard]] std::size_t count(standing s) const noexcept { return count_[static_cast<std::size_t>(s)]; }

private:
    void text(const readiness_entry& e, std::string& out) const {
        if (e.report) {
            out += to_text(*e.report, e.who);
        } else {
            out += printable(e.who.name.empty() ? e.who.id : e.who.name);
            out += ": " + e.problem + "\n";
        }
        if (!e.archetypes.empty()) out += to_text(l_, e.who.level, std::span<const archetype_fit>(e.archetypes.data(), e.archetypes.size()));
        out += '\n';
    }

    void json(const readiness_entry& e, std::string& out) const {
        out += written_ == 0 ? "  {" : ",\n  {";
        out += "\"person\": " + quote_json(e.who.id) + ", \"name\": " + quote_json(e.who.name) +
               ", \"level\": " + quote_json(l_.levels()[e.who.level].id);
        if (e.report) {
            const auto& r = *e.report;
            out += ", \"target\": " + quote_json(l_.levels()[r.to].id) + ", \"move\": " + quote_json(detail::move_name(r)) +
                   ", \"verdict\": " + quote_json(name_of(r.result())) + ", \"gaps\": [";
            for (std::size_t g = 0; g != r.gaps.size(); ++g) {
                const auto& gap = r.gaps[g];
                out += g == 0 ? "" : ", ";
                out += "{\"competency\": " + quote_json(l_.competencies()[gap.competency].id) +
                       ", \"required\": " + std::to_string(gap.required) +
                       ", \"actual\": " + detail::json_number(gap.actual) + "}";
            }
            out += "]";
            if (r.archetype != no_index) out += ", \"judged_as\": " + quote_json(l_.archetypes()[r.archetype].id);
        } else {
            out += ", \"problem\": " + quote_json(e.problem);
        }
        if (!e.archetypes.empty()) {
            out += ", \"archetypes\": [";
            for (std::size_t k = 0; k != e.archetypes.size(); ++k) {
                const auto& f = e.archetypes[k];
                out += k == 0 ? "" : ", ";
                out += "{\"archetype\": " + quote_json(l_.archetypes()[f.archetype].id) + ", \"score\": " +
                       std::to_string(f.score) + ", \"meets\": " + (f.meets ? "true" : "false") + "}";
            }
            out += "]";
        }
        out += "}";
    }

    void csv(const readiness_entry& e, std::string& out) const {
        out += quote_csv(e.who.id) + ',' + quote_csv(e.who.name) + ',' + quote_csv(l_.levels()[e.who.level].id) + ',';
        if (!e.report) {
            out += ",,," + quote_csv(e.problem) + "\r\n";
            return;
        }
        const auto& r = *e.report;
        std::string gaps;
        for (const auto& g : r.gaps) {
            if (!gaps.empty()) gaps += "; ";
            gaps += l_.competencies()[g.competency].id;
            gaps += ' ';
            gaps += g.actual ? std::to_string(*g.actual) : std::string("-");
            gaps += '/';
            gaps += std::to_string(g.required);
        }
        out += quote_csv(l_.levels()[r.to].id) + ',' + quote_csv(detail::move_name(r)) + ',' + quote_csv(name_of(r.result())) + ',' +
               quote_csv(gaps) + "\r\n";
    }

    const ladder_view& l_;
    batch_format format_;
    std::size_t written_ = 0;
    std::size_t count_[standing_count] = {};
};

/// A batch of readiness reports written whole, in one of the forms of readiness_writer.
[[nodiscard]] inline std::string to_string(const ladder_view& l, std::span<const readiness_entry> all, batch_format format) {
    readiness_writer w(l, format);
    std::string out;
    w.open(out);
    for (const auto& e : all) w.write(e, out);
    w.close(out);
    return out;
}

/// Many people's readiness as text, JSON and CSV: the forms of readiness_writer.
[[nodiscard]] inline std::string to_text(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::text);
}
[[nodiscard]] inline std::string to_json(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::json);
}
[[nodiscard]] inline std::string to_csv(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::csv);
}

LADDER_END_NAMESPACE
