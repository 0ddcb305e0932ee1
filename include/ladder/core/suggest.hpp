// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

[[nodiscard]] constexpr char fold_case(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Edit distance with adjacent transpositions (optimal string alignment), ignoring ASCII case:
/// `levle` is one edit from `level`, and ids differing only in case are a likely typo.
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t width = b.size() + 1;
    constexpr_vector<std::size_t> before(width), previous(width), current(width);
    for (std::size_t j = 0; j != width; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j != width; ++j) {
            const bool same = fold_case(a[i - 1]) == fold_case(b[j - 1]);
            std::size_t best = previous[j - 1] + (same ? 0 : 1);
            if (previous[j] + 1 < best) best = previous[j] + 1;
            if (current[j - 1] + 1 < best) best = current[j - 1] + 1;
            if (i > 1 && j > 1 && fold_case(a[i - 1]) == fold_case(b[j - 2]) &&
                fold_case(a[i - 2]) == fold_case(b[j - 1]) && before[j - 2] + 1 < best) {
                best = before[j - 2] + 1;
            }
            current[j] = best;
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

/// Collects the closest of several candidate ids to one that was not found.
class suggestion_finder {
public:
    constexpr explicit suggestion_finder(std::string_view wanted) noexcept : wanted_(wanted) {}

    constexpr void consider(std::string_view candidate) {
        const std::size_t d = edit_distance(wanted_, candidate);
        // Farther than a third of the word is a different word, not a typo.
        const std::size_t longest = wanted_.size() > candidate.size() ? wanted_.size() : candidate.size();
        const std::size_t limit = longest / 3 > 0 ? longest / 3 : 1;
        if (d <= limit && d < best_distance_) {
            best_distance_ = d;
            best_ = candidate;
        }
    }
    [[nodiscard]] constexpr std::string_view best() const noexcept { return best_; }

private:
    std::string_view wanted_;
    std::string_view best_;
    std::size_t best_distance_ = static_cast<std::size_t>(-1);
};

}  // namespace detail
LADDER_END_NAMESPACE
