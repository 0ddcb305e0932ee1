// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The one source of the version: CMake reads these three lines.
#define LADDER_VERSION_MAJOR 0
#define LADDER_VERSION_MINOR 1
#define LADDER_VERSION_PATCH 0

#define LADDER_VERSION_CONCAT_(a, b, c) v##a##_##b##_##c
#define LADDER_VERSION_CONCAT(a, b, c) LADDER_VERSION_CONCAT_(a, b, c)

// Two copies of ladder in one program must not silently share symbols: every public name
// lives in an inline namespace named after the version, and mixing versions warns.
#if defined(LADDER_VERSION_SEEN) && LADDER_VERSION_SEEN != (LADDER_VERSION_MAJOR * 10000 + LADDER_VERSION_MINOR * 100 + LADDER_VERSION_PATCH)
#warning "two different versions of ladder are included in one translation unit"
#endif
#ifndef LADDER_VERSION_SEEN
#define LADDER_VERSION_SEEN (LADDER_VERSION_MAJOR * 10000 + LADDER_VERSION_MINOR * 100 + LADDER_VERSION_PATCH)
#endif
