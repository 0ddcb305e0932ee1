// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Text that goes into a CSV cell or a JSON string, escaped once for every report and view.

#include <ladder/core/config.hpp>

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A CSV field as RFC 4180 wants it: as is, or quoted whole with its quotes doubled when it holds
/// a comma, a quote or a line break.
inline std::string quote_csv(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
/// A JSON string literal: quotes, backslashes and control characters escaped.
inline std::string quote_json(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
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
LADDER_END_NAMESPACE
