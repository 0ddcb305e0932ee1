// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The competency × level matrix per track as CSV (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

#include <string>

LADDER_BEGIN_NAMESPACE

/// The same matrix as CSV: `track,competency,<level>…` with one header row per track.
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
