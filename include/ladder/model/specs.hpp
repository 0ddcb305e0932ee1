// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What a caller writes to rate a competency or name a scale's point: the builder's levels and
// archetypes expect them, and people are rated with them (model/person.hpp), so the two share
// this header and a person needs no builder.

#include <ladder/core/config.hpp>
#include <ladder/model/records.hpp>

#include <string_view>

LADDER_BEGIN_NAMESPACE

/// `{value, id, name}`: one point when declaring a scale.
struct point_spec {
    rating value = 0;
    std::string_view id;
    std::string_view name;
};

/// A competency and a rating: `{"design", 4}`, or by the id of a point on the competency's
/// scale, `{"design", "expert"}`. Levels and archetypes expect them; people are rated with them.
struct rating_spec {
    constexpr rating_spec() noexcept = default;
    constexpr rating_spec(std::string_view competency_id, rating rating_value) noexcept
        : competency(competency_id), value(rating_value) {}
    constexpr rating_spec(std::string_view competency_id, std::string_view point_id) noexcept
        : competency(competency_id), point(point_id) {}
    constexpr rating_spec(std::string_view competency_id, const char* point_id) noexcept
        : competency(competency_id), point(point_id) {}

    std::string_view competency;
    rating value = 0;
    std::string_view point;  ///< empty: `value` as given
};

/// One expectation when declaring a level or an archetype.
using expectation_spec = rating_spec;

LADDER_END_NAMESPACE
