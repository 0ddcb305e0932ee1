// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <span>  // also declares std::ranges::enable_view and enable_borrowed_range, which <ranges> names
#include <type_traits>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Not constexpr on purpose: a row_span reaching past its rows in a constant expression calls
/// it, and the build stops with this name in its message.
inline void row_span_reaches_past_its_rows() noexcept {}
}  // namespace detail

/// The rows of one table, read-only: what `ladder_view` hands out for each of its tables. It reads
/// as a `std::span<const T>` does (iterators are plain pointers; `size`, `[]`, `subspan`, `first`,
/// `last`, range-for; a contiguous, borrowed view to std::ranges) and converts to one wherever
/// one is asked for.
///
/// Why not `std::span` itself: making a `std::span<const T>` costs the compiler a check of
/// `contiguous_iterator<const T*>` for each `T` (about 7 ms each on clang++ 14 with libstdc++ 12),
/// and a view of 22 tables paid it 22 times in every translation unit that made one. A row_span
/// is two words with nothing to check; a translation unit pays for a `std::span` only for the
/// tables it converts.
template <class T>
class row_span {
public:
    using element_type = const T;
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    using iterator = const T*;

    constexpr row_span() noexcept = default;
    /// The `count` rows from `first`.
    constexpr row_span(const T* first, size_type count) noexcept : first_(first), count_(count) {}

    [[nodiscard]] constexpr const T* begin() const noexcept { return first_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return first_ + count_; }
    [[nodiscard]] constexpr const T* data() const noexcept { return first_; }
    [[nodiscard]] constexpr size_type size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }

    /// Row `i`; `i < size()`. Reading past the rows (past this slice, even where the table goes
    /// on) does not compile in a constant expression; at run time it is not checked, as for
    /// `std::span`.
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept {
        expect(i < count_);
        return first_[i];
    }
    [[nodiscard]] constexpr const T& front() const noexcept { return (*this)[0]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return (*this)[count_ - 1]; }

    /// The first `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span first(size_type n) const noexcept {
        expect(n <= count_);
        return {first_, n};
    }
    /// The last `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span last(size_type n) const noexcept {
        expect(n <= count_);
        return {first_ + (count_ - n), n};
    }
    /// `count` rows from row `offset` (to the end without `count`); `offset <= size()` and
    /// `count <= size() - offset`.
    [[nodiscard]] constexpr row_span subspan(size_type offset, size_type count = std::dynamic_extent) const noexcept {
        expect(offset <= count_ && (count == std::dynamic_extent || count <= count_ - offset));
        return {first_ + offset, count == std::dynamic_extent ? count_ - offset : count};
    }

    /// The same rows as a `std::span`, for code that takes one.
    constexpr operator std::span<const T>() const noexcept { return {first_, count_}; }  // NOLINT: implicit, as a span is

private:
    static constexpr void expect(bool within) noexcept {
        if (std::is_constant_evaluated() && !within) detail::row_span_reaches_past_its_rows();
    }

    const T* first_ = nullptr;
    size_type count_ = 0;
};

LADDER_END_NAMESPACE

/// A row_span refers to rows it does not own, as `std::span` does: iterators taken from a
/// temporary one stay valid, and it is a view (cheap to copy). <span> declares both variables in
/// libstdc++ and libc++ (std::span is a borrowed view itself), so this header need not pay for
/// <ranges>.
namespace std::ranges {
template <class T>
inline constexpr bool enable_borrowed_range<::ladder::row_span<T>> = true;
template <class T>
inline constexpr bool enable_view<::ladder::row_span<T>> = true;
}  // namespace std::ranges
