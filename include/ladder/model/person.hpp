// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A person as the rules see them: where they stand on a ladder, their ratings over review
// cycles, the facts the ladder asks about them, and what they are exempt from. Rows refer to the
// ladder by index, so a person belongs to one ladder; build one with person_builder, which checks
// every id against it.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/date.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/specs.hpp>
#include <ladder/model/view.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

LADDER_BEGIN_NAMESPACE

/// One review cycle: its name, note and date. Its ratings are a row of the person's `ratings`.
struct review_cycle {
    std::string_view id;    ///< e.g. "2026H1"
    std::string_view note;  ///< optional
    day_number date = 0;    ///< the day it was decided (core/date.hpp); 0 when not given
};

/// A rating, or none where a competency was not rated: as small as a rating, so that a million
/// people's ratings are one dense block of integers. A cell that holds no rating stores
/// `not_rated` (core/config.hpp), a value no rating may have. It reads like
/// `std::optional<rating>`.
class rating_cell {
public:
    constexpr rating_cell() noexcept = default;
    constexpr rating_cell(std::nullopt_t) noexcept {}  // NOLINT(google-explicit-constructor): as optional
    /// A rated cell; `r` must not be `not_rated` (that reads as no rating).
    constexpr rating_cell(rating r) noexcept : value_(r) {}  // NOLINT(google-explicit-constructor): as optional
    constexpr rating_cell(std::optional<rating> r) noexcept  // NOLINT(google-explicit-constructor)
        : value_(r.has_value() ? *r : not_rated) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return value_ != not_rated; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    /// The rating; the cell must hold one.
    [[nodiscard]] constexpr rating operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr rating value_or(rating otherwise) const noexcept { return has_value() ? value_ : otherwise; }
    /// The rating, or `not_rated`: one load and one comparison, for code that reads many.
    [[nodiscard]] constexpr rating stored() const noexcept { return value_; }
    constexpr operator std::optional<rating>() const noexcept {  // NOLINT(google-explicit-constructor)
        return has_value() ? std::optional<rating>(value_) : std::nullopt;
    }

    friend constexpr bool operator==(rating_cell, rating_cell) noexcept = default;
    friend constexpr bool operator==(rating_cell c, std::nullopt_t) noexcept { return !c.has_value(); }

private:
    rating value_ = not_rated;
};

/// The value of a ladder-declared attribute for one person. Booleans are 0 or 1, durations are
/// in months; `text` holds a text attribute.
struct attribute_value {
    index_t attribute = no_index;
    std::int64_t number = 0;
    std::string_view text;
};

/// A competency a person is exempt from, with the reason (reported wherever it is skipped).
struct exemption {
    index_t competency = no_index;
    std::string_view reason;
};

struct person;

/// A person as rules, checks and reports read them: a light view of a `person`, or of one row of
/// a `people_table` (model/people_table.hpp). Ratings are one block of cells, a row per cycle
/// (oldest first) of one cell per competency; reading one is an index, not a search. The
/// person's storage must outlive the view.
class person_ref {
public:
    std::string_view id;
    std::string_view name;
    index_t level = no_index;
    index_t archetype = no_index;  ///< no_index: none
    std::int32_t months_in_level = 0;
    std::int32_t tenure_months = 0;

    constexpr person_ref() noexcept = default;
    constexpr person_ref(const person& p) noexcept;  // NOLINT(google-explicit-constructor): a person is read as its view
    /// A view of parts kept elsewhere: `ratings` holds a row of `row_size` cells per cycle.
    constexpr person_ref(std::string_view person_id, std::string_view person_name, index_t level_row,
                         index_t archetype_row, std::int32_t months, std::int32_t tenure, std::span<const review_cycle> cycles,
                         const rating_cell* ratings, std::uint32_t row_size, std::span<const attribute_value> attributes,
                         std::span<const exemption> exemptions) noexcept
        : id(person_id), name(person_name), level(level_row), archetype(archetype_row), months_in_level(months),
          tenure_months(tenure), cycles_(cycles), ratings_(ratings), row_size_(row_size), attributes_(attributes),
          exemptions_(exemptions) {}

    /// How many review cycles the person has.
    [[nodiscard]] constexpr std::size_t cycle_count() const noexcept { return cycles_.size(); }
    /// The review cycles, oldest first.
    [[nodiscard]] constexpr std::span<const review_cycle> cycles() const noexcept { return cycles_; }
    /// The rating in the cycle `back` cycles before the latest (0: the latest); empty if unrated.
    [[nodiscard]] constexpr std::optional<rating> rating_of(index_t competency, std::size_t back = 0) const noexcept {
        const rating_cell* c = cell(competency, back);
        return c != nullptr ? std::optional<rating>(*c) : std::nullopt;
    }
    /// The same cell in place, or nullptr where the person has no such cycle or competency: what
    /// evaluation reads, as returning an optional by value costs a trip through memory.
    [[nodiscard]] constexpr const rating_cell* cell(index_t competency, std::size_t back = 0) const noexcept {
        if (back >= cycles_.size() || competency >= row_size_) return nullptr;
        return &ratings_[(cycles_.size() - 1 - back) * row_size_ + competency];
    }
    /// The ratings of cycle `k` (0: the oldest), one cell per competency.
    [[nodiscard]] constexpr std::span<const rating_cell> ratings_in(std::size_t k) const noexcept {
        if (k >= cycles_.size()) return {};
        return {ratings_ + k * row_size_, row_size_};
    }
    /// The cells of the cycle `back` cycles before the latest, `row_size()` of them, or nullptr
    /// where there is no such cycle: what a walk over many competencies reads, bounds checked once.
    [[nodiscard]] constexpr const rating_cell* cycle_row(std::size_t back) const noexcept {
        return back < cycles_.size() ? ratings_ + (cycles_.size() - 1 - back) * row_size_ : nullptr;
    }
    /// Cells per cycle: the ladder's competencies.
    [[nodiscard]] constexpr std::size_t row_size() const noexcept { return row_size_; }
    /// The value of an attribute, if the person has one.
    [[nodiscard]] constexpr const attribute_value* value_of(index_t attribute) const noexcept {
        for (const auto& a : attributes_) {
            if (a.attribute == attribute) return &a;
        }
        return nullptr;
    }
    /// Whether the person is exempt from anything (most are not: one test skips every lookup).
    [[nodiscard]] constexpr bool has_exemptions() const noexcept { return !exemptions_.empty(); }
    /// The exemption from a competency, if any.
    [[nodiscard]] constexpr const exemption* exemption_from(index_t competency) const noexcept {
        for (const auto& e : exemptions_) {
            if (e.competency == competency) return &e;
        }
        return nullptr;
    }
    [[nodiscard]] constexpr std::span<const attribute_value> attributes() const noexcept { return attributes_; }
    [[nodiscard]] constexpr std::span<const exemption> exemptions() const noexcept { return exemptions_; }

private:
    std::span<const review_cycle> cycles_;
    const rating_cell* ratings_ = nullptr;
    std::uint32_t row_size_ = 0;
    std::span<const attribute_value> attributes_;
    std::span<const exemption> exemptions_;
};

/// A person on a ladder, owning their record. Cycles are oldest first; `ratings` holds a row of
/// `row_size` cells per cycle (a cell per competency of the ladder), in the cycles' order.
struct person {
    std::string_view id;
    std::string_view name;
    index_t level = no_index;
    index_t archetype = no_index;  ///< no_index: none
    std::int32_t months_in_level = 0;
    std::int32_t tenure_months = 0;
    constexpr_vector<review_cycle> cycles;
    constexpr_vector<rating_cell> ratings;
    std::uint32_t row_size = 0;  ///< cells per cycle: the ladder's competencies
    constexpr_vector<attribute_value> attributes;
    constexpr_vector<exemption> exemptions;

    /// The rating in the cycle `back` cycles before the latest (0: the latest); empty if unrated.
    [[nodiscard]] constexpr std::optional<rating> rating_of(index_t competency, std::size_t back = 0) const noexcept {
        return person_ref(*this).rating_of(competency, back);
    }
    /// The ratings of cycle `k` (0: the oldest), one cell per competency.
    [[nodiscard]] constexpr std::span<const rating_cell> ratings_in(std::size_t k) const noexcept {
        return person_ref(*this).ratings_in(k);
    }
    /// The value of an attribute, if the person has one.
    [[nodiscard]] constexpr const attribute_value* value_of(index_t attribute) const noexcept {
        return person_ref(*this).value_of(attribute);
    }
    /// The exemption from a competency, if any.
    [[nodiscard]] constexpr const exemption* exemption_from(index_t competency) const noexcept {
        return person_ref(*this).exemption_from(competency);
    }
};

constexpr person_ref::person_ref(const person& p) noexcept
    : id(p.id), name(p.name), level(p.level), archetype(p.archetype), months_in_level(p.months_in_level),
      tenure_months(p.tenure_months), cycles_(p.cycles.data(), p.cycles.size()), ratings_(p.ratings.data()),
      row_size_(p.row_size), attributes_(p.attributes.data(), p.attributes.size()),
      exemptions_(p.exemptions.data(), p.exemptions.size()) {}

/// Builds a person against a ladder, in constant expressions or at runtime. Every id is looked
/// up as it is given; build() returns the person or every unknown id, each with a did-you-mean.
/// Strings are viewed, not copied: they must outlive the person.
class person_builder {
public:
    constexpr person_builder(const ladder_view& l, std::string_view id, std::string_view name = {}) : ladder_(l) {
        p_.id = id;
        p_.name = name;
    }

    /// The person's name, as people read it.
    constexpr person_builder& name(std::string_view name) {
        p_.name = name;
        return *this;
    }
    constexpr person_builder& level(std::string_view id) {
        if (auto r = find_level(ladder_, id)) p_.level = r->index();
        else keep(r.diagnostics());
        return *this;
    }
    constexpr person_builder& archetype(std::string_view id) {
        if (auto r = find_archetype(ladder_, id)) p_.archetype = r->index();
        else keep(r.diagnostics());
        return *this;
    }
    constexpr person_builder& months_in_level(std::int32_t months) {
        p_.months_in_level = months;
        return *this;
    }
    constexpr person_builder& tenure_months(std::int32_t months) {
        p_.tenure_months = months;
        return *this;
    }

    /// A review cycle, after the ones given before (give them oldest first).
    constexpr person_builder& cycle(std::string_view id, std::initializer_list<rating_spec> ratings,
                                    std::string_view note = {}) {
        return cycle(id, std::span<const rating_spec>(ratings.begin(), ratings.size()), note);
    }
    /// The same, from ratings gathered at runtime; `date`, the day the cycle was decided, tells
    /// which version of a ladder was in force (docs/versions.md).
    constexpr person_builder& cycle(std::string_view id, std::span<const rating_spec> ratings, std::string_view note = {},
                                    day_number date = 0) {
        const std::size_t row = p_.ratings.size();
        p_.row_size = static_cast<std::uint32_t>(ladder_.competencies().size());
        for (std::size_t k = 0; k != p_.row_size; ++k) p_.ratings.push_back(std::nullopt);
        for (const auto& r : ratings) {
            const auto found = find_competency(ladder_, r.competency);
            if (!found) {
                keep(found.diagnostics());
                continue;
            }
            const auto value = value_of(ladder_.competencies()[found->index()], r);
            if (value) p_.ratings[row + found->index()] = *value;
        }
        p_.cycles.push_back(review_cycle{id, note, date});
        return *this;
    }

    /// A boolean, number or duration (in months) attribute the ladder declares.
    template <class Number>
        requires std::is_integral_v<Number>
    constexpr person_builder& attribute(std::string_view id, Number value) {
        return set_attribute(id, static_cast<std::int64_t>(value), {});
    }
    /// A text attribute the ladder declares.
    constexpr person_builder& attribute(std::string_view id, std::string_view value) {
        return set_attribute(id, 0, value);
    }

    /// Exempts the person from a competency, with the reason reports will show.
    constexpr person_builder& exempt(std::string_view competency, std::string_view reason) {
        if (auto r = find_competency(ladder_, competency)) p_.exemptions.push_back(exemption{r->index(), reason});
        else keep(r.diagnostics());
        return *this;
    }

    /// The person, or every problem found while building them. A person needs a level.
    [[nodiscard]] constexpr result<person> build() const {
        diagnostic_list found = found_;
        if (p_.level == no_index && found.ok()) {
            found.add(detail::make_diagnostic(diagnostic_code::person_without_level, severity::error, entity::person,
                                              p_.id));
        }
        if (!found.ok()) return found;
        return person(p_);
    }

    /// The problems found so far, in the order found (a reader that knows where each value came
    /// from places them).
    [[nodiscard]] constexpr const diagnostic_list& problems() const noexcept { return found_; }

private:
    constexpr void keep(const diagnostic_list& problems) { found_.append(problems); }

    constexpr std::optional<rating> value_of(const competency& c, const rating_spec& r) {
        const index_t scale_row = ladder_.scale_index_of(c);
        if (r.point.empty()) {
            // not_rated is refused on any scale: a cell holding it reads as no rating.
            if (r.value == not_rated || (scale_row != no_index && !ladder_.on_scale(scale_row, r.value))) {
                found_.add(detail::make_diagnostic(diagnostic_code::rating_off_scale, severity::error, entity::person, p_.id,
                                                   c.id, {}, r.value));
                return std::nullopt;
            }
            return r.value;
        }
        if (scale_row != no_index) {
            if (const scale_point* point = ladder_.point_by_id(scale_row, r.point)) return point->value;
            found_.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::scale_point, r.point, {},
                                               {}, 0, 0, detail::closest_id(ladder_.points_of(ladder_.scales()[scale_row]), r.point)));
        }
        return std::nullopt;
    }

    constexpr person_builder& set_attribute(std::string_view id, std::int64_t number, std::string_view text) {
        const index_t row = detail::find_row(ladder_.attributes(), id);
        if (row == no_index) {
            found_.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::attribute, id, {}, {}, 0,
                                               0, detail::closest_id(ladder_.attributes(), id)));
            return *this;
        }
        const attribute_type type = ladder_.attributes()[row].type;
        const bool is_text = type == attribute_type::text;
        const bool given_text = !text.empty() || (number == 0 && is_text);
        std::string_view wanted;
        if (is_text != given_text) wanted = is_text ? "text" : "a number";
        else if (type == attribute_type::boolean && number != 0 && number != 1) wanted = "a bool (0 or 1)";
        if (!wanted.empty()) {
            found_.add(detail::make_diagnostic(diagnostic_code::wrong_attribute_type, severity::error, entity::attribute, id,
                                               wanted));
            return *this;
        }
        for (auto& a : p_.attributes) {
            if (a.attribute == row) {
                a = attribute_value{row, number, text};
                return *this;
            }
        }
        p_.attributes.push_back(attribute_value{row, number, text});
        return *this;
    }

    ladder_view ladder_;
    person p_;
    diagnostic_list found_;
};

LADDER_END_NAMESPACE
