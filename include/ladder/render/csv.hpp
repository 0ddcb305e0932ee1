// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The competency × level matrix per track as CSV (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

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
