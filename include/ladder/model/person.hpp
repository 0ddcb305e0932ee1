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
#include <ladder/model/builder.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/view.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

LADDER_BEGIN_NAMESPACE

/// One review cycle: a rating per competency (by competency row; empty where not rated).
struct review_cycle {
    std::string_view id;    ///< e.g. "2026H1"
    std::string_view note;  ///< optional
    constexpr_vector<std::optional<rating>> ratings;
    day_number date = 0;  ///< the day it was decided (core/date.hpp); 0 when not given
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

/// A person on a ladder. Cycles are oldest first.
struct person {
    std::string_view id;
    std::string_view name;
    index_t level = no_index;
    index_t archetype = no_index;  ///< no_index: none
    std::int32_t months_in_level = 0;
    std::int32_t tenure_months = 0;
    constexpr_vector<review_cycle> cycles;
    constexpr_vector<attribute_value> attributes;
    constexpr_vector<exemption> exemptions;

    /// The rating in the cycle `back` cycles before the latest (0: the latest); empty if unrated.
    [[nodiscard]] constexpr std::optional<rating> rating_of(index_t competency, std::size_t back = 0) const noexcept {
        if (back >= cycles.size()) return std::nullopt;
        const auto& c = cycles[cycles.size() - 1 - back];
        return competency < c.ratings.size() ? c.ratings[competency] : std::nullopt;
    }
    /// The value of an attribute, if the person has one.
    [[nodiscard]] constexpr const attribute_value* value_of(index_t attribute) const noexcept {
        for (const auto& a : attributes) {
            if (a.attribute == attribute) return &a;
        }
        return nullptr;
    }
    /// The exemption from a competency, if any.
    [[nodiscard]] constexpr const exemption* exemption_from(index_t competency) const noexcept {
        for (const auto& e : exemptions) {
            if (e.competency == competency) return &e;
        }
        return nullptr;
    }
};

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
        review_cycle c{id, note, constexpr_vector<std::optional<rating>>(ladder_.competencies().size()), date};
        for (const auto& r : ratings) {
            const auto found = find_competency(ladder_, r.competency);
            if (!found) {
                keep(found.diagnostics());
                continue;
            }
            const auto value = value_of(ladder_.competencies()[found->index()], r);
            if (value) c.ratings[found->index()] = *value;
        }
        p_.cycles.push_back(std::move(c));
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
            if (scale_row != no_index && !ladder_.on_scale(scale_row, r.value)) {
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
