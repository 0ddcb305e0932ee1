// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Text usable as a template argument: `parse<"...">()` and checked ids take one.
/// Views into it stay valid at runtime, since a template parameter object has static storage.
template <std::size_t N>
struct fixed_string {
    char data[N + 1]{};  // public: a structural type for use as a template argument

    constexpr fixed_string(const char (&text)[N + 1]) noexcept {
        for (std::size_t i = 0; i != N + 1; ++i) data[i] = text[i];
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return N; }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
    constexpr operator std::string_view() const noexcept { return view(); }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

LADDER_END_NAMESPACE
