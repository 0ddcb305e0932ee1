// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Records view their strings (std::string_view), so that they work in constant expressions.
// A value that must outlive the text it was made from (a runtime ladder, a diagnostic list)
// copies every string into one buffer of its own and points the views there; after a copy of
// that value, the views are moved to the copy's buffer. A move keeps the buffer, and the views.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Copies every string `visit` reaches into one new buffer and points each at its copy.
/// `visit(f)` calls f(std::string_view&) on every string, in the same order each time.
template <class Visit>
constexpr constexpr_vector<char> own_strings(Visit&& visit) {
    std::size_t total = 0;
    visit([&](std::string_view& s) { total += s.size(); });
    constexpr_vector<char> buffer(total);
    std::size_t at = 0;
    visit([&](std::string_view& s) {
        for (std::size_t i = 0; i != s.size(); ++i) buffer[at + i] = s[i];
        s = std::string_view(buffer.data() + at, s.size());
        at += s.size();
    });
    return buffer;
}

/// After a buffer was copied from `from` to `to`: points every string `visit` reaches to the
/// same offset in the copy.
template <class Visit>
constexpr void rebase_strings(const char* from, const char* to, Visit&& visit) {
    if (from == to) return;
    visit([&](std::string_view& s) { s = std::string_view(to + (s.data() - from), s.size()); });
}

}  // namespace detail
LADDER_END_NAMESPACE
