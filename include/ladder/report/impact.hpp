// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What a revision of a ladder does to the people on it: each judged for their next move under
// the old version and the new one (carried through its renames, revise/carry.hpp); who changes
// verdict, whose gaps grow or shrink, whose level's band moved, who cannot stand on the new
// version. As text, Markdown (for the pull request that changes the ladder) and JSON: what
// `ladder diff OLD NEW --people FILE.csv` prints after the changes.

#include <ladder/core/config.hpp>
#include <ladder/decide/decisions.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/report/readiness.hpp>
#include <ladder/revise/carry.hpp>
#include <ladder/revise/changes.hpp>
#include <ladder/text/printer.hpp>  // band_text

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// A person's next move under one version: where they stand, toward which level, and by how
/// much they fall short (the gaps' total; 0 without gaps or without a verdict).
struct next_move {
    standing where = standing::no_verdict;
    std::string target;  ///< the level judged, by id; empty without a verdict
    std::int64_t shortfall = 0;
    std::string problem;  ///< why there is no verdict
    friend bool operator==(const next_move&, const next_move&) = default;
};

/// One person under both versions.
struct person_impact {
    person_ref who;               ///< as read against the old version (views the caller's people)
    std::string level;            ///< their level's id in the old version
    std::string new_level;        ///< in the new one; empty when they cannot stand on it
    next_move before, after;
    std::optional<pay_band> band_before, band_after;  ///< of their level, in each version
    bool carried = true;       ///< false: the new version has no place for them (`after.problem` says why)
    bool same_target = true;   ///< the move judged aims at the same level in both (through renames, merges, splits)

    [[nodiscard]] bool verdict_changed() const noexcept { return carried && (before.where != after.where || !same_target); }
    /// The gaps are compared where both versions give a verdict.
    [[nodiscard]] bool gaps_compared() const noexcept {
        return carried && before.where != standing::no_verdict && after.where != standing::no_verdict;
    }
    [[nodiscard]] bool gaps_grew() const noexcept { return gaps_compared() && after.shortfall > before.shortfall; }
    [[nodiscard]] bool gaps_shrank() const noexcept { return gaps_compared() && after.shortfall < before.shortfall; }
    [[nodiscard]] bool band_moved() const noexcept { return carried && band_before != band_after; }
    /// Anything a reviewer of the change should see.
    [[nodiscard]] bool affected() const noexcept { return !carried || verdict_changed() || gaps_grew() || gaps_shrank() || band_moved(); }
};

/// Everyone under both versions, in the order given.
struct ladder_impact {
    std::vector<person_impact> people;
    [[nodiscard]] std::size_t count(bool (person_impact::*what)() const noexcept) const noexcept {
        std::size_t n = 0;
        for (const auto& p : people) n += (p.*what)() ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t not_carried() const noexcept {
        std::size_t n = 0;
        for (const auto& p : people) n += p.carried ? 0 : 1;
        return n;
    }
};

namespace detail {
inline next_move next_move_of(const ladder_view& l, const readiness_entry& e) {
    next_move m;
    m.where = standing_of(l, e);
    if (!e.report) {
        m.problem = e.problem;
        return m;
    }
    m.target = l.levels()[e.report->to].id;
    for (const auto& g : e.report->gaps) m.shortfall += g.shortfall();
    return m;
}
}  // namespace detail

/// Judges `people` (read against `before`) for their next move under `before` and under `after`,
/// `changes` being compare(before, after). `people` as readiness_of() takes them.
template <people_range People>
[[nodiscard]] ladder_impact impact_of(const ladder_view& before, const ladder_view& after, const ladder_changes& changes,
                                      const People& people) {
    ladder_impact out;
    const person_carrier carrier(before, after, changes);
    std::vector<person> carried;
    std::vector<std::size_t> carried_index(people.size(), people.size());
    for (std::size_t i = 0; i != people.size(); ++i) {
        person_impact pi;
        pi.who = person_ref(people[i]);
        pi.level = before.levels()[pi.who.level].id;
        pi.band_before = before.levels()[pi.who.level].band;
        auto moved = carrier.carry(pi.who);
        if (moved) {
            carried_index[i] = carried.size();
            carried.push_back(std::move(*moved));
        } else {
            pi.carried = false;
            pi.after.problem = moved.diagnostics().empty() ? std::string("no place on the new version") : moved.diagnostics()[0].message();
        }
        out.people.push_back(std::move(pi));
    }
    const auto old_verdicts = readiness_of(before, people, std::nullopt, false);
    const auto new_verdicts = readiness_of(after, std::span<const person>(carried.data(), carried.size()), std::nullopt, false);
    for (std::size_t i = 0; i != people.size(); ++i) {
        person_impact& pi = out.people[i];
        pi.before = detail::next_move_of(before, old_verdicts[i]);
        if (carried_index[i] == people.size()) continue;
        const person& now = carried[carried_index[i]];
        pi.new_level = after.levels()[now.level].id;
        pi.band_after = after.levels()[now.level].band;
        pi.after = detail::next_move_of(after, new_verdicts[carried_index[i]]);
        pi.same_target = carrier.became(pi.before.target, pi.after.target);
    }
    return out;
}

namespace detail {
inline std::string who_words(const person_impact& p) {
    const person_ref& w = p.who;
    return w.name.empty() ? printable(w.id) : printable(w.id) + " (" + printable(w.name) + ")";
}
inline std::string move_words(const next_move& m) {
    std::string out(name_of(m.where));
    if (!m.target.empty()) out += " for " + m.target;
    if (m.where == standing::no_verdict && !m.problem.empty()) out += " (" + printable(m.problem) + ")";
    return out;
}
inline std::string band_words(const std::optional<pay_band>& b) { return b ? band_text(*b) : std::string("none"); }
/// What changed for one person, the parts joined by "; ".
inline std::string impact_words(const person_impact& p) {
    if (!p.carried) return "cannot be judged under the new version: " + p.after.problem;
    std::vector<std::string> parts;
    if (p.verdict_changed()) parts.push_back(move_words(p.before) + " -> " + move_words(p.after));
    if (p.gaps_grew() || p.gaps_shrank()) {
        parts.push_back("short by " + std::to_string(p.before.shortfall) + " -> " + std::to_string(p.after.shortfall));
    }
    if (p.band_moved()) parts.push_back("band " + band_words(p.band_before) + " -> " + band_words(p.band_after));
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    return out;
}
inline std::string impact_headline(const ladder_impact& m) {
    const auto n = [](std::size_t k, std::string_view one, std::string_view many) {
        return std::to_string(k) + " " + std::string(k == 1 ? one : many);
    };
    return n(m.people.size(), "person", "people") + " judged under both versions: " +
           n(m.count(&person_impact::verdict_changed), "changes verdict", "change verdict") + ", " +
           n(m.count(&person_impact::gaps_grew), "sees gaps grow", "see gaps grow") + ", " +
           n(m.count(&person_impact::gaps_shrank), "sees gaps shrink", "see gaps shrink") + ", " +
           n(m.count(&person_impact::band_moved), "is at a level whose band moved", "are at a level whose band moved") + ", " +
           n(m.not_carried(), "cannot be judged under the new version", "cannot be judged under the new version");
}
inline std::string level_now(const person_impact& p) {
    return p.new_level.empty() || p.new_level == p.level ? p.level : p.level + " (now " + p.new_level + ")";
}
}  // namespace detail

/// The impact as text: a headline with the counts, then a line per person affected,
/// `ben (Ben): E2: ready for E3 -> not yet for E3; short by 0 -> 1`.
[[nodiscard]] inline std::string to_text(const ladder_impact& m) {
    std::string out = detail::impact_headline(m) + "\n";
    for (const auto& p : m.people) {
        if (p.affected()) out += "  " + detail::who_words(p) + ", " + printable(detail::level_now(p)) + ": " + detail::impact_words(p) + "\n";
    }
    return out;
}

/// The impact as Markdown: the headline, then a table of the people affected.
[[nodiscard]] inline std::string to_markdown(const ladder_impact& m) {
    std::string out = "#### Impact on people\n\n" + detail::markdown_escape(detail::impact_headline(m)) + ".\n";
    bool any = false;
    for (const auto& p : m.people) {
        if (!p.affected()) continue;
        if (!any) out += "\n| person | level | before | after | short by | band |\n|---|---|---|---|---|---|\n";
        any = true;
        const std::string after = p.carried ? detail::move_words(p.after) : "cannot be judged: " + p.after.problem;
        out += "| " + detail::markdown_escape(detail::who_words(p)) + " | " + detail::markdown_escape(detail::level_now(p)) + " | " +
               detail::markdown_escape(detail::move_words(p.before)) + " | " + detail::markdown_escape(after) + " | " +
               std::to_string(p.before.shortfall) + (p.carried ? " → " + std::to_string(p.after.shortfall) : std::string()) + " | " +
               (p.band_moved() ? detail::markdown_escape(detail::band_words(p.band_before) + " → " + detail::band_words(p.band_after))
                               : std::string()) +
               " |\n";
    }
    return out;
}

/// The impact as JSON: `{"people", "verdict_changed", "gaps_grew", "gaps_shrank", "band_moved",
/// "not_carried", "affected": [{"person", "name", "level", "new_level", "before": {"verdict",
/// "target", "shortfall", "problem"}, "after": {…}, "band_before", "band_after", "problem"}]}`.
[[nodiscard]] inline std::string to_json(const ladder_impact& m) {
    const auto move = [](const next_move& x) {
        return "{\"verdict\": " + quote_json(name_of(x.where)) + ", \"target\": " + quote_json(x.target) +
               ", \"shortfall\": " + std::to_string(x.shortfall) + ", \"problem\": " + quote_json(x.problem) + "}";
    };
    const auto band = [](const std::optional<pay_band>& b) { return b ? quote_json(detail::band_text(*b)) : std::string("null"); };
    std::string out = "{\"people\": " + std::to_string(m.people.size()) +
                      ", \"verdict_changed\": " + std::to_string(m.count(&person_impact::verdict_changed)) +
                      ", \"gaps_grew\": " + std::to_string(m.count(&person_impact::gaps_grew)) +
                      ", \"gaps_shrank\": " + std::to_string(m.count(&person_impact::gaps_shrank)) +
                      ", \"band_moved\": " + std::to_string(m.count(&person_impact::band_moved)) +
                      ", \"not_carried\": " + std::to_string(m.not_carried()) + ", \"affected\": [";
    bool first = true;
    for (const auto& p : m.people) {
        if (!p.affected()) continue;
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += "{\"person\": " + quote_json(p.who.id) + ", \"name\": " + quote_json(p.who.name) + ", \"level\": " + quote_json(p.level) +
               ", \"new_level\": " + quote_json(p.new_level) + ", \"before\": " + move(p.before) + ", \"after\": " + move(p.after) +
               ", \"band_before\": " + band(p.band_before) + ", \"band_after\": " + band(p.band_after) +
               ", \"problem\": " + quote_json(p.carried ? std::string() : p.after.problem) + "}";
    }
    out += first ? "]}\n" : "\n  ]}\n";
    return out;
}

LADDER_END_NAMESPACE
