// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/text/lexer.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The current and the previous token of a reader, and the small steps both readers take (the
/// .ladder reader and the rule compiler): `Reader` supplies next_token(token&), which reads the
/// token after the current one into its argument, however it finds it.
template <class Reader>
class token_cursor {
protected:
    constexpr void advance() {
        prev_ = cur_;
        static_cast<Reader&>(*this).next_token(cur_);
    }
    [[nodiscard]] constexpr bool at_word(std::string_view w) const noexcept {
        // The first character before the rest: most words asked about are not the one read, and
        // telling them apart by a call to compare cost the rule compiler a twentieth of its time.
        return cur_.kind == token_kind::identifier && cur_.text.size() == w.size() && !w.empty() && cur_.text[0] == w[0] &&
               cur_.text == w;
    }
    constexpr bool accept_word(std::string_view w) {
        if (!at_word(w)) return false;
        advance();
        return true;
    }
    constexpr bool accept(token_kind k) {
        if (cur_.kind != k) return false;
        advance();
        return true;
    }
    /// The months in the current word when it is a duration's unit, else 0.
    [[nodiscard]] constexpr std::int64_t duration_unit() const noexcept {
        return cur_.kind == token_kind::identifier ? months_per_unit(cur_.text) : 0;
    }

    token cur_{};
    token prev_{};
};

}  // namespace detail
LADDER_END_NAMESPACE
