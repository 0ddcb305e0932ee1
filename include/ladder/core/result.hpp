// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>

#include <optional>
#include <string>
#include <utility>

#if LADDER_HAS_EXCEPTIONS
#include <stdexcept>
#else
#include <cstdio>
#include <cstdlib>
#endif

LADDER_BEGIN_NAMESPACE

#if LADDER_HAS_EXCEPTIONS
/// Thrown by the throwing conveniences (result::value()). Carries the first error's code and
/// every finding as text, so it stays meaningful after the ladder or text is gone.
class error : public std::runtime_error {
public:
    explicit error(const diagnostic_list& found)
        : std::runtime_error(found.to_string()), code_(first_error_code(found)) {}
    [[nodiscard]] diagnostic_code code() const noexcept { return code_; }

private:
    static diagnostic_code first_error_code(const diagnostic_list& found) noexcept {
        for (const auto& d : found) {
            if (d.severity == severity::error) return d.code;
        }
        return found.empty() ? diagnostic_code{} : found[0].code;
    }
    diagnostic_code code_;
};
#endif

namespace detail {
/// Where the throwing conveniences end up. Without exceptions the findings are printed
/// before aborting, so the reason is never lost.
[[noreturn]] inline void fail_with(const diagnostic_list& found) {
#if LADDER_HAS_EXCEPTIONS
    throw error(found);
#else
    std::fputs(found.to_string().c_str(), stderr);
    std::abort();
#endif
}
}  // namespace detail

/// A value, or the errors that prevented it. Warnings may come with a value.
/// Works without exceptions: test ok(), then use operator* / operator->.
template <class T>
class [[nodiscard]] result {
public:
    /// Success, possibly with warnings or notes.
    constexpr result(T value, diagnostic_list findings = {})
        : value_(std::move(value)), findings_(std::move(findings)) {}
    /// Failure: `findings` should hold at least one error.
    constexpr result(diagnostic_list findings) : findings_(std::move(findings)) {}

    [[nodiscard]] constexpr bool ok() const noexcept { return value_.has_value(); }
    constexpr explicit operator bool() const noexcept { return ok(); }

    /// Unchecked access: only after ok().
    [[nodiscard]] constexpr T& operator*() & noexcept { return *value_; }
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return *value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &*value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &*value_; }

    /// Checked access: throws ladder::error (or prints and aborts without exceptions).
    [[nodiscard]] constexpr T& value() & {
        if (!ok()) detail::fail_with(findings_);
        return *value_;
    }
    [[nodiscard]] constexpr const T& value() const& {
        if (!ok()) detail::fail_with(findings_);
        return *value_;
    }
    [[nodiscard]] constexpr T value() && {
        if (!ok()) detail::fail_with(findings_);
        return std::move(*value_);
    }

    /// Errors on failure; warnings and notes either way.
    [[nodiscard]] constexpr const diagnostic_list& diagnostics() const noexcept { return findings_; }

private:
    std::optional<T> value_;
    diagnostic_list findings_;
};

namespace detail {
/// Gives findings in a text their source name and line, and makes them independent of it.
template <class T>
[[nodiscard]] result<T> settled(result<T> r, std::string_view source_name, std::string_view text) {
    diagnostic_list found = r.diagnostics();
    found.locate_in(source_name, text);
    found.own_strings();
    if (!r.ok()) return found;
    return result<T>(std::move(*r), std::move(found));
}
}  // namespace detail

LADDER_END_NAMESPACE
