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

/// Levenshtein distance, ignoring ASCII case (ids differing only in case are a likely typo).
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) {
    constexpr_vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (fold_case(a[i - 1]) == fold_case(b[j - 1]) ? 0 : 1);
            const std::size_t deletion = above + 1;
            const std::size_t insertion = row[j - 1] + 1;
            std::size_t best = substitution < deletion ? substitution : deletion;
            row[j] = best < insertion ? best : insertion;
            diagonal = above;
        }
    }
    return row[b.size()];
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
