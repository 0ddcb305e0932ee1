// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Text that goes into a CSV cell or a JSON string, escaped once for every report and view.

#include <ladder/core/config.hpp>
#include <ladder/core/utf8.hpp>

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// True for a plain decimal number (an optional sign, digits, at most one point).
[[nodiscard]] constexpr bool plain_number(std::string_view s) noexcept {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    bool digit = false, point = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !point) point = true;
        else return false;
    }
    return digit;
}
}  // namespace detail

/// A CSV field as RFC 4180 wants it, and safe to open in a spreadsheet. A field that starts
/// with = + - @, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
/// (CSV injection): unless it is a plain number, it gets a leading ' and so reads as text. A
/// field that holds a comma, a quote or a line break is quoted whole, its quotes doubled.
inline std::string quote_csv(std::string_view s) {
    std::string cell;
    if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !detail::plain_number(s)) {
        cell += '\'';
    }
    cell += s;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
/// Text from a file (a person's id or name, a cycle, a reason) as a text report shows it:
/// control characters and bytes that are not UTF-8 written as \xHH, so that a name can neither
/// start a line of its own in the report nor send escape codes to a terminal.
inline std::string printable(std::string_view s) {
    std::string out;
    detail::append_printable(out, s);
    return out;
}

/// A JSON string literal: quotes, backslashes and control characters escaped, and always valid
/// UTF-8 (RFC 8259): a byte that is not part of a valid UTF-8 sequence becomes U+FFFD.
inline std::string quote_json(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i != s.size(); ++i) {
        const char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const std::size_t n = detail::utf8_sequence_length(s, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            } else {
                out += s.substr(i, n);
                i += n - 1;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}
namespace detail {
/// A number in JSON, or `null` where there is none.
template <class Integer>
std::string json_number(const std::optional<Integer>& v) {
    return v ? std::to_string(*v) : std::string("null");
}

/// Text in a Markdown table cell or heading: the characters Markdown would read as markup (a
/// cell's `|` among them) escaped, and a line break a space, so the text cannot end the cell.
inline std::string markdown_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']') out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}
}  // namespace detail

LADDER_END_NAMESPACE
