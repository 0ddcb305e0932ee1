// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Levels mapped across companies, in words: one candidate (explain) and a whole mapping (to_text).

#include <ladder/calibrate/calibration.hpp>
#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>

#include <cstddef>
#include <string>

LADDER_BEGIN_NAMESPACE

/// A candidate in words: "L6 Staff Engineer, 85%: same scope (team); …".
[[nodiscard]] inline std::string explain(const ladder_view& from, level_ref level, const ladder_view& to, const level_match& m) {
    const ladder::level& a = from[level];
    const ladder::level& b = to.levels()[m.level];
    std::string out = std::string(b.id) + " " + std::string(b.title) + " (" + std::string(to.info().name) + "), " +
                      std::to_string(m.confidence) + "%: ";
    if (m.anchored) out += "anchored by you to " + std::string(a.id) + "; ";
    if (m.scope_distance == 0) {
        out += "the same scope (" + std::string(name_of(a.scope)) + ")";
    } else {
        out += "scope " + std::string(name_of(b.scope)) + " against " + std::string(name_of(a.scope)) + " (" +
               std::to_string(m.scope_distance) + (m.scope_distance == 1 ? " step" : " steps") + " apart)";
    }
    if (m.from_anchor) {
        out += m.position_score == 100 ? "; as far from your anchor as " + std::string(a.id) + " is"
                                       : "; " + std::string(m.position_score == 0 ? "well off" : "one level off") +
                                             " the place your anchor implies";
    } else {
        out += "; " + std::to_string(detail::position_of(to, m.level) / 10) + "% up its track against " +
               std::to_string(detail::position_of(from, level.index()) / 10) + "%";
    }
    if (m.shared > 0) {
        out += "; expectations on " + std::to_string(m.shared) + " shared competenc" + (m.shared == 1 ? "y" : "ies") + " " +
               std::to_string(m.expectation_score) + "% alike";
    }
    return out;
}

/// The whole mapping as a table people read, with each level's place on the common scope scale:
///   L5 Senior Software Engineer  [team]  ->  E3 Staff Engineer 88%
[[nodiscard]] inline std::string to_text(const ladder_view& from, const ladder_view& to, const constexpr_vector<mapped_level>& table) {
    std::size_t width = 0;
    for (const auto& row : table) {
        const ladder::level& x = from.levels()[row.level];
        const std::size_t w = x.id.size() + 1 + x.title.size();
        width = w > width ? w : width;
    }
    std::string out = std::string(from.info().name) + " on " + std::string(to.info().name) + "\n";
    for (const auto& row : table) {
        const ladder::level& x = from.levels()[row.level];
        std::string name = std::string(x.id) + " " + std::string(x.title);
        name.resize(width, ' ');
        std::string scope(1, '[');  // appended, not `"[" + …`: g++ 12 at -O3 warns falsely on that (-Wrestrict)
        scope += name_of(x.scope);
        scope += ']';
        scope.resize(13, ' ');
        out += "  " + name + "  " + scope + " -> ";
        if (row.matches.empty()) out += "no level alike";
        for (std::size_t k = 0; k != row.matches.size(); ++k) {
            const ladder::level& y = to.levels()[row.matches[k].level];
            out += (k == 0 ? "" : ", ") + std::string(y.id) + " " + std::string(y.title) + " " +
                   std::to_string(row.matches[k].confidence) + "%";
        }
        out += "\n";
    }
    return out;
}

LADDER_END_NAMESPACE
