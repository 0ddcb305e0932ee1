// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The embedded default ladder as a compile-time ladder: the tables of engineering_tables.hpp,
// written from its .ladder text (presets/engineering_text.hpp; a test keeps them current), so
// using it costs what reading data costs, not what reading its text while compiling would.
// docs/default-ladder.md says which public frameworks it follows. Its test blocks pass
// (ladder::run_tests).

#include <ladder/core/config.hpp>
#include <ladder/model/static_ladder.hpp>
#include <ladder/presets/engineering_tables.hpp>

LADDER_BEGIN_NAMESPACE
namespace presets {

namespace detail {
template <class T>
inline constexpr auto engineering_ladder = ::ladder::detail::embedded_ladder(engineering_tables::rows<T>);
}  // namespace detail

/// The embedded default ladder: individual contributor L1–L8, management M1–M5, eight
/// competencies in four categories, Larson's four staff+ archetypes, the moves between, the
/// guards on them, and tests. (A template only so that it is read where it is used; call it
/// as `engineering()`.)
template <class T = void>
[[nodiscard]] constexpr const auto& engineering() noexcept {
    return detail::engineering_ladder<T>;
}

}  // namespace presets
LADDER_END_NAMESPACE
