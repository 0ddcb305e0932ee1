// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What the renderers share: the levels of a track in order, a matrix cell, and the escapes of
// each format. Each renderer is an optional header of its own; <ladder/render/all.hpp> has them
// all, and <ladder/ladder.hpp> none.

#include <ladder/core/config.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/validate/validate.hpp>
#include <ladder/text/printer.hpp>

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
