// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Calendar days as the library keeps them: one integer, year * 10000 + month * 100 + day
// (2026-07-01 is 20260701), so that days compare as numbers do; 0 is "no day". Used by a
// version's `effective` day and by the dates of review cycles (docs/versions.md).

#include <ladder/core/config.hpp>

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A day as year * 10000 + month * 100 + day; 0 for none.
using day_number = std::int32_t;

namespace detail {
[[nodiscard]] constexpr bool leap_year(std::int32_t y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace detail

/// The day, or 0 when there is no such day (2026-02-29, month 13, a year outside 1..9999).
[[nodiscard]] constexpr day_number make_day(std::int64_t year, std::int64_t month, std::int64_t day) noexcept {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return 0;
    constexpr std::int32_t lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const std::int64_t length = lengths[month - 1] + (month == 2 && detail::leap_year(static_cast<std::int32_t>(year)) ? 1 : 0);
    if (day > length) return 0;
    return static_cast<day_number>(year * 10000 + month * 100 + day);
}

/// `YYYY-MM-DD`, exactly (four, two and two digits), as a day; 0 when it is not one.
[[nodiscard]] constexpr day_number parse_day(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return 0;
    std::int64_t parts[3] = {0, 0, 0};
    std::size_t part = 0;
    for (std::size_t i = 0; i != text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9') return 0;
        parts[part] = parts[part] * 10 + (text[i] - '0');
    }
    return make_day(parts[0], parts[1], parts[2]);
}

/// The day as `YYYY-MM-DD`; empty for 0.
[[nodiscard]] inline std::string day_text(day_number day) {
    if (day <= 0) return {};
    std::string out = std::to_string(day / 10000);
    out.insert(0, 4 - out.size(), '0');
    const auto two = [&](std::int32_t n) {
        out += '-';
        out += static_cast<char>('0' + n / 10);
        out += static_cast<char>('0' + n % 10);
    };
    two(day / 100 % 100);
    two(day % 100);
    return out;
}

LADDER_END_NAMESPACE
