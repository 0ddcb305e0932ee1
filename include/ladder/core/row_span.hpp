// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <span>

LADDER_BEGIN_NAMESPACE

/// The rows of one table, read-only: what `ladder_view` hands out for each of its tables. It reads
/// as a `std::span<const T>` does (iterators are plain pointers; `size`, `[]`, `subspan`, `first`,
/// `last`, range-for, the std::ranges algorithms) and converts to one wherever one is asked for.
///
/// Why not `std::span` itself: making a `std::span<const T>` costs the compiler a check of
/// `contiguous_iterator<const T*>` for each `T` (about 7 ms each on clang++ 14 with libstdc++ 12),
/// and a view of 23 tables paid it 23 times in every translation unit that made one. A row_span
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

    /// Row `i`; `i < size()`, as for `std::span` (reading past the end does not compile in a
    /// constant expression).
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept { return first_[i]; }
    [[nodiscard]] constexpr const T& front() const noexcept { return first_[0]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return first_[count_ - 1]; }

    /// The first `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span first(size_type n) const noexcept { return {first_, n}; }
    /// The last `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span last(size_type n) const noexcept { return {first_ + (count_ - n), n}; }
    /// `count` rows from row `offset` (to the end without `count`); `offset <= size()`.
    [[nodiscard]] constexpr row_span subspan(size_type offset, size_type count = std::dynamic_extent) const noexcept {
        return {first_ + offset, count == std::dynamic_extent ? count_ - offset : count};
    }

    /// The same rows as a `std::span`, for code that takes one.
    constexpr operator std::span<const T>() const noexcept { return {first_, count_}; }  // NOLINT: implicit, as a span is

private:
    const T* first_ = nullptr;
    size_type count_ = 0;
};

LADDER_END_NAMESPACE

/// A row_span refers to rows it does not own, as `std::span` does: iterators taken from a
/// temporary one stay valid, and it is a view (cheap to copy, usable in a pipeline).
namespace std::ranges {
template <class T>
inline constexpr bool enable_borrowed_range<::ladder::row_span<T>> = true;
template <class T>
inline constexpr bool enable_view<::ladder::row_span<T>> = true;
}  // namespace std::ranges
