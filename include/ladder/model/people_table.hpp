// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A company's people as one table: a column per fact (ids, names, levels, archetypes, months),
// every review cycle of everyone in one column, and every rating in one block of cells, a row
// per cycle of a cell per competency. Attributes and exemptions, which few people have, are side
// columns. A person is a row, read as a person_ref: judging a million people walks a few arrays
// front to back instead of following each person's own buffers.
//
//     ladder::people_table team(l.competencies().size());
//     for (const ladder::person& p : people) team.add(p);
//     ladder::judge(moves, team, targets, out);

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/model/person.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

class people_table;

/// Rows [first, last) of a people table: what judge() and threads sharing the work take.
class people_rows {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = person_ref;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = person_ref;

        constexpr iterator() noexcept = default;
        constexpr iterator(const people_table* t, std::size_t row) noexcept : table_(t), row_(row) {}
        [[nodiscard]] constexpr person_ref operator*() const noexcept;
        [[nodiscard]] constexpr person_ref operator[](difference_type n) const noexcept { return *(*this + n); }
        constexpr iterator& operator++() noexcept { return ++row_, *this; }
        constexpr iterator operator++(int) noexcept { return {table_, row_++}; }
        constexpr iterator& operator--() noexcept { return --row_, *this; }
        constexpr iterator operator--(int) noexcept { return {table_, row_--}; }
        constexpr iterator& operator+=(difference_type n) noexcept { return row_ += static_cast<std::size_t>(n), *this; }
        constexpr iterator& operator-=(difference_type n) noexcept { return row_ -= static_cast<std::size_t>(n), *this; }
        [[nodiscard]] friend constexpr iterator operator+(iterator i, difference_type n) noexcept { return i += n; }
        [[nodiscard]] friend constexpr iterator operator+(difference_type n, iterator i) noexcept { return i += n; }
        [[nodiscard]] friend constexpr iterator operator-(iterator i, difference_type n) noexcept { return i -= n; }
        [[nodiscard]] friend constexpr difference_type operator-(iterator a, iterator b) noexcept {
            return static_cast<difference_type>(a.row_) - static_cast<difference_type>(b.row_);
        }
        [[nodiscard]] friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.row_ == b.row_; }
        [[nodiscard]] friend constexpr auto operator<=>(iterator a, iterator b) noexcept { return a.row_ <=> b.row_; }

    private:
        const people_table* table_ = nullptr;
        std::size_t row_ = 0;
    };

    constexpr people_rows(const people_table& t, std::size_t first, std::size_t last) noexcept
        : table_(&t), first_(first), last_(last < first ? first : last) {}

    [[nodiscard]] constexpr std::size_t size() const noexcept { return last_ - first_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return last_ == first_; }
    [[nodiscard]] constexpr person_ref operator[](std::size_t i) const noexcept;
    [[nodiscard]] constexpr iterator begin() const noexcept { return {table_, first_}; }
    [[nodiscard]] constexpr iterator end() const noexcept { return {table_, last_}; }

private:
    const people_table* table_;
    std::size_t first_;
    std::size_t last_;
};

/// People of one ladder, a row each. Strings are viewed, not copied: they must outlive the
/// table (a people_list keeps its own text; people built in code view their literals).
class people_table {
public:
    constexpr people_table() noexcept = default;
    /// A table for a ladder of `competencies` competencies: each cycle holds that many cells.
    constexpr explicit people_table(std::size_t competencies) noexcept
        : row_size_(static_cast<std::uint32_t>(competencies)) {}

    /// Room for `people` people of `cycles` cycles each, so that adding them does not move the
    /// columns.
    constexpr void reserve(std::size_t people, std::size_t cycles = 3) {
        ids_.reserve(people);
        names_.reserve(people);
        levels_.reserve(people);
        archetypes_.reserve(people);
        months_.reserve(people);
        tenure_.reserve(people);
        first_cycle_.reserve(people + 1);
        first_attribute_.reserve(people + 1);
        first_exemption_.reserve(people + 1);
        cycles_.reserve(people * cycles);
        ratings_.reserve(people * cycles * row_size_);
    }

    /// Adds a person as the next row and returns the row. A cycle keeps the table's number of
    /// cells: ratings past it are dropped and missing ones are not rated (a person of the same
    /// ladder has exactly as many).
    constexpr std::size_t add(person_ref p) {
        const std::size_t row = ids_.size();
        if (row == 0) {
            first_cycle_.push_back(0);
            first_attribute_.push_back(0);
            first_exemption_.push_back(0);
        }
        ids_.push_back(p.id);
        names_.push_back(p.name);
        levels_.push_back(p.level);
        archetypes_.push_back(p.archetype);
        months_.push_back(p.months_in_level);
        tenure_.push_back(p.tenure_months);
        for (std::size_t k = 0; k != p.cycle_count(); ++k) {
            cycles_.push_back(p.cycles()[k]);
            const auto cells = p.ratings_in(k);
            for (std::size_t c = 0; c != row_size_; ++c) ratings_.push_back(c < cells.size() ? cells[c] : rating_cell{});
        }
        for (const auto& a : p.attributes()) attributes_.push_back(a);
        for (const auto& e : p.exemptions()) exemptions_.push_back(e);
        first_cycle_.push_back(static_cast<std::uint32_t>(cycles_.size()));
        first_attribute_.push_back(static_cast<std::uint32_t>(attributes_.size()));
        first_exemption_.push_back(static_cast<std::uint32_t>(exemptions_.size()));
        return row;
    }

    [[nodiscard]] constexpr std::size_t size() const noexcept { return ids_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return ids_.empty(); }
    /// Cells per cycle: the ladder's competencies.
    [[nodiscard]] constexpr std::size_t competencies() const noexcept { return row_size_; }

    /// Row `i`, as the rules read a person.
    [[nodiscard]] constexpr person_ref operator[](std::size_t i) const noexcept {
        const std::uint32_t c0 = first_cycle_[i], c1 = first_cycle_[i + 1];
        const std::uint32_t a0 = first_attribute_[i], a1 = first_attribute_[i + 1];
        const std::uint32_t e0 = first_exemption_[i], e1 = first_exemption_[i + 1];
        return person_ref(ids_[i], names_[i], levels_[i], archetypes_[i], months_[i], tenure_[i],
                          std::span<const review_cycle>(cycles_.data() + c0, c1 - c0),
                          ratings_.data() + static_cast<std::size_t>(c0) * row_size_, row_size_,
                          std::span<const attribute_value>(attributes_.data() + a0, a1 - a0),
                          std::span<const exemption>(exemptions_.data() + e0, e1 - e0));
    }
    [[nodiscard]] constexpr people_rows rows(std::size_t first, std::size_t last) const noexcept {
        return {*this, first, last < size() ? last : size()};
    }
    [[nodiscard]] constexpr people_rows::iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] constexpr people_rows::iterator end() const noexcept { return {this, size()}; }

    /// The columns, for code that reads one fact of everyone (a level's headcount, say).
    [[nodiscard]] constexpr std::span<const std::string_view> ids() const noexcept { return {ids_.data(), ids_.size()}; }
    [[nodiscard]] constexpr std::span<const index_t> levels() const noexcept { return {levels_.data(), levels_.size()}; }

private:
    constexpr_vector<std::string_view> ids_;
    constexpr_vector<std::string_view> names_;
    constexpr_vector<index_t> levels_;
    constexpr_vector<index_t> archetypes_;
    constexpr_vector<std::int32_t> months_;
    constexpr_vector<std::int32_t> tenure_;
    constexpr_vector<std::uint32_t> first_cycle_;  ///< row i's cycles are [first_cycle_[i], first_cycle_[i + 1])
    constexpr_vector<review_cycle> cycles_;
    constexpr_vector<rating_cell> ratings_;  ///< row_size_ cells per cycle, in cycles_' order
    constexpr_vector<std::uint32_t> first_attribute_;
    constexpr_vector<attribute_value> attributes_;
    constexpr_vector<std::uint32_t> first_exemption_;
    constexpr_vector<exemption> exemptions_;
    std::uint32_t row_size_ = 0;
};

constexpr person_ref people_rows::iterator::operator*() const noexcept { return (*table_)[row_]; }
constexpr person_ref people_rows::operator[](std::size_t i) const noexcept { return (*table_)[first_ + i]; }

LADDER_END_NAMESPACE
