// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The length of a UTF-8 byte order mark at the start of a text (3), or 0: every reader of
/// text (.ladder files, CSV, the source lines diagnostics quote) skips it the same way.
[[nodiscard]] constexpr std::size_t utf8_bom_length(std::string_view text) noexcept {
    return text.size() >= 3 && text[0] == '\xEF' && text[1] == '\xBB' && text[2] == '\xBF' ? 3 : 0;
}

}  // namespace detail
LADDER_END_NAMESPACE
