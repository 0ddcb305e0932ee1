// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/version.hpp>

#if __cplusplus < 202002L && !defined(_MSVC_LANG)
#error "ladder needs C++20 (-std=c++20)"
#endif

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define LADDER_HAS_EXCEPTIONS 1
#else
#define LADDER_HAS_EXCEPTIONS 0
#endif

#define LADDER_ABI_NAMESPACE LADDER_VERSION_CONCAT(LADDER_VERSION_MAJOR, LADDER_VERSION_MINOR, LADDER_VERSION_PATCH)
#define LADDER_BEGIN_NAMESPACE \
    namespace ladder {         \
    inline namespace LADDER_ABI_NAMESPACE {
#define LADDER_END_NAMESPACE \
    }                        \
    }

#include <cstdint>

LADDER_BEGIN_NAMESPACE

/// Position of a row in one of a ladder's tables.
using index_t = std::uint32_t;
/// "No row": an unresolved or absent reference.
inline constexpr index_t no_index = static_cast<index_t>(-1);
/// A rating on a scale (a scale point's value).
using rating = std::int32_t;
/// The one value no rating holds, the least `rating`: what a cell stores where a competency was
/// not rated (model/person.hpp). No scale point may be it, and a person rated it is refused.
inline constexpr rating not_rated = INT32_MIN;

LADDER_END_NAMESPACE
