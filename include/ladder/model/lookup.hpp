// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/core/suggest.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>

#include <type_traits>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

template <class Record>
[[nodiscard]] constexpr row_span<Record> rows_of(const ladder_view& v) noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return v.scales();
    else if constexpr (std::is_same_v<Record, ladder::category>) return v.categories();
    else if constexpr (std::is_same_v<Record, ladder::competency>) return v.competencies();
    else if constexpr (std::is_same_v<Record, ladder::track>) return v.tracks();
    else if constexpr (std::is_same_v<Record, ladder::level>) return v.levels();
    else if constexpr (std::is_same_v<Record, ladder::named_rule>) return v.rules();
    else if constexpr (std::is_same_v<Record, ladder::level_group>) return v.groups();
    else return v.archetypes();
}

template <class Record>
[[nodiscard]] constexpr entity entity_of() noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return entity::scale;
    else if constexpr (std::is_same_v<Record, ladder::category>) return entity::category;
    else if constexpr (std::is_same_v<Record, ladder::competency>) return entity::competency;
    else if constexpr (std::is_same_v<Record, ladder::track>) return entity::track;
    else if constexpr (std::is_same_v<Record, ladder::level>) return entity::level;
    else if constexpr (std::is_same_v<Record, ladder::named_rule>) return entity::rule;
    else if constexpr (std::is_same_v<Record, ladder::level_group>) return entity::group;
    else return entity::archetype;
}

/// The first row with this id, or no_index.
template <class Row>
[[nodiscard]] constexpr index_t find_row(row_span<Row> rows, std::string_view id) noexcept {
    for (std::size_t i = 0; i != rows.size(); ++i) {
        if (rows[i].id == id) return static_cast<index_t>(i);
    }
    return no_index;
}

/// A table's rows ordered by id, for lookups in O(log n). Where ids repeat (an error validation
/// reports), the first-declared row is found, as a linear search would.
class id_index {
public:
    /// `rows`: a table's rows (a row_span, or a builder's table), each with an `id`.
    template <class Rows>
    constexpr explicit id_index(const Rows& rows) : order_(rows.size()), ids_(rows.size()) {
        for (std::size_t i = 0; i != rows.size(); ++i) {
            order_[i] = static_cast<index_t>(i);
            ids_[i] = rows[i].id;
        }
        stable_sort(order_, [this](index_t a, index_t b) { return ids_[a] < ids_[b]; });
    }

    /// The row with this id, or no_index.
    [[nodiscard]] constexpr index_t find(std::string_view id) const noexcept {
        std::size_t lo = 0, hi = order_.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (ids_[order_[mid]] < id) lo = mid + 1;
            else hi = mid;
        }
        return lo < order_.size() && ids_[order_[lo]] == id ? order_[lo] : no_index;
    }

    /// For each row, whether an earlier row has the same id: in O(n) over the sorted order.
    [[nodiscard]] constexpr constexpr_vector<bool> repeated() const {
        constexpr_vector<bool> out(order_.size());
        for (std::size_t k = 1; k < order_.size(); ++k) {
            if (ids_[order_[k]] == ids_[order_[k - 1]]) out[order_[k]] = true;  // stable: the first is the earliest
        }
        return out;
    }

private:
    constexpr_vector<index_t> order_;
    constexpr_vector<std::string_view> ids_;
};

/// The id among `rows` closest to `wanted`, for a did-you-mean; empty if none is close.
template <class Row>
[[nodiscard]] constexpr std::string_view closest_id(row_span<Row> rows, std::string_view wanted) {
    suggestion_finder finder(wanted);
    for (const auto& r : rows) finder.consider(r.id);
    return finder.best();
}

}  // namespace detail

/// Looks a row up by id: a handle, or an unknown-id diagnostic with a did-you-mean.
template <class Record>
[[nodiscard]] constexpr result<handle<Record>> find(const ladder_view& v, std::string_view id) {
    const auto rows = detail::rows_of<Record>(v);
    const index_t row = detail::find_row(rows, id);
    if (row != no_index) return detail::handle_access::make<Record>(row);
    diagnostic_list found;
    found.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, detail::entity_of<Record>(), id, {},
                                      {}, 0, 0, detail::closest_id(rows, id)));
    return found;
}

[[nodiscard]] constexpr result<scale_ref> find_scale(const ladder_view& v, std::string_view id) { return find<scale>(v, id); }
[[nodiscard]] constexpr result<category_ref> find_category(const ladder_view& v, std::string_view id) { return find<category>(v, id); }
[[nodiscard]] constexpr result<competency_ref> find_competency(const ladder_view& v, std::string_view id) { return find<competency>(v, id); }
[[nodiscard]] constexpr result<track_ref> find_track(const ladder_view& v, std::string_view id) { return find<track>(v, id); }
[[nodiscard]] constexpr result<level_ref> find_level(const ladder_view& v, std::string_view id) { return find<level>(v, id); }
[[nodiscard]] constexpr result<archetype_ref> find_archetype(const ladder_view& v, std::string_view id) { return find<archetype>(v, id); }
[[nodiscard]] constexpr result<group_ref> find_group(const ladder_view& v, std::string_view id) { return find<level_group>(v, id); }

LADDER_END_NAMESPACE
