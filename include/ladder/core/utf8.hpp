// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The length of a UTF-8 byte order mark at the start of a text (3), or 0: every reader of
/// text (.ladder files, CSV, the source lines diagnostics quote) skips it the same way.
[[nodiscard]] constexpr std::size_t utf8_bom_length(std::string_view text) noexcept {
    return text.size() >= 3 && text[0] == '\xEF' && text[1] == '\xBB' && text[2] == '\xBF' ? 3 : 0;
}

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid (overlong
/// forms, surrogates and code points past U+10FFFF are invalid).
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; cp = b0 & 0x1Fu; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; cp = b0 & 0x0Fu; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; cp = b0 & 0x07u; }
    else return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k != n; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/// The character at s[i] as a terminal would get it: its length in bytes (1 for a byte that is
/// not valid UTF-8), and whether it must be shown escaped: a control character (C0 but tab, DEL,
/// C1) or an invalid byte, any of which could move the cursor, clear the screen, colour the
/// terminal or start a line of its own.
[[nodiscard]] constexpr std::size_t shown_length(std::string_view s, std::size_t i, bool& escaped) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        escaped = (b < 0x20 && b != '\t') || b == 0x7F;
        return 1;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
        escaped = true;
        return 1;
    }
    escaped = b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // U+0080 to U+009F
    return n;
}

/// Appends `s` with every character shown_length() calls escaped written as \xHH per byte.
inline void append_printable(std::string& out, std::string_view s) {
    constexpr char hex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < s.size();) {
        bool escaped = false;
        const std::size_t n = shown_length(s, i, escaped);
        if (escaped) {
            for (std::size_t k = i; k != i + n; ++k) {
                const auto b = static_cast<unsigned char>(s[k]);
                out += "\\x";
                out += hex[b >> 4];
                out += hex[b & 0xF];
            }
        } else {
            out.append(s.data() + i, n);
        }
        i += n;
    }
}

}  // namespace detail
LADDER_END_NAMESPACE
