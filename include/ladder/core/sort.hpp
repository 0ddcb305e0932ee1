// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>

#include <cstddef>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Sorts `items` by `less`, stably, in O(n log n): a bottom-up merge sort, usable in constant
/// expressions on every standard library in the matrix (libc++ 14's std::sort is not constexpr).
template <class T, class Less>
constexpr void stable_sort(constexpr_vector<T>& items, Less less) {
    const std::size_t n = items.size();
    constexpr_vector<T> scratch(n);
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = lo + width < n ? lo + width : n;
            const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            std::size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) scratch[k++] = less(items[j], items[i]) ? items[j++] : items[i++];
            while (i < mid) scratch[k++] = items[i++];
            while (j < hi) scratch[k++] = items[j++];
        }
        items.swap(scratch);
    }
}

}  // namespace detail
LADDER_END_NAMESPACE
