// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>
#include <ladder/validate/validate.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Named in the compiler's message when a compile-time ladder is invalid: the arguments are
/// the first error's code and, for a ladder read from text, its line and column.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_ladder;

/// Reached (and so named in the compiler's message) when a compile-time lookup finds no row.
template <class Record>
void compile_time_lookup_found_no_such_id() {}
}  // namespace detail

/// A ladder whose tables are arrays sized by its data: usable as `static constexpr`, in
/// constant expressions, and at runtime with no allocation. Made by freeze().
template <table_sizes Sizes>
class static_ladder {
public:
    constexpr static_ladder() = default;

    [[nodiscard]] constexpr ladder_view view() const noexcept { return ladder_view(t_); }
    constexpr operator ladder_view() const noexcept { return view(); }
    [[nodiscard]] static constexpr table_sizes sizes() noexcept { return Sizes; }

    /// Compile-time checked lookups: a misspelled id fails to compile.
    [[nodiscard]] consteval scale_ref scale(std::string_view id) const { return checked<ladder::scale>(id); }
    [[nodiscard]] consteval category_ref category(std::string_view id) const { return checked<ladder::category>(id); }
    [[nodiscard]] consteval competency_ref competency(std::string_view id) const {
        return checked<ladder::competency>(id);
    }
    [[nodiscard]] consteval track_ref track(std::string_view id) const { return checked<ladder::track>(id); }
    [[nodiscard]] consteval level_ref level(std::string_view id) const { return checked<ladder::level>(id); }
    [[nodiscard]] consteval archetype_ref archetype(std::string_view id) const {
        return checked<ladder::archetype>(id);
    }

private:
    template <class Make>
    friend consteval auto freeze(Make);

    template <class Record>
    consteval handle<Record> checked(std::string_view id) const {
        const auto rows = detail::rows_of<Record>(view());
        const index_t row = detail::find_row(rows, id);
        if (row == no_index) detail::compile_time_lookup_found_no_such_id<Record>();
        return detail::handle_access::make<Record>(row);
    }

    detail::tables<detail::array_table, Sizes> t_{};
};

namespace detail {
/// What freeze() learns from a first run of the builder: the table sizes, and the first
/// error if the ladder is invalid (code 0 when it is valid).
struct freeze_plan {
    table_sizes sizes;
    diagnostic first_error;
};

template <class Make>
consteval freeze_plan plan_freeze() {
    builder b = Make{}();
    const diagnostic_list found = check_before_building(b);
    for (const auto& d : found) {
        if (d.severity == severity::error) return {b.sizes(), d};
    }
    return {b.sizes(), diagnostic{}};
}

template <class To, class From>
constexpr void copy_rows(To& to, const From& from) {
    for (std::size_t i = 0; i != from.size(); ++i) to[i] = from[i];
}
}  // namespace detail

/// Turns a ladder built in a constant expression into a compile-time ladder. `make` is a
/// captureless lambda returning a builder; it runs twice (once to learn the table sizes,
/// once to fill them), since no allocation may survive a constant expression.
/// An invalid ladder fails to compile, naming detail::invalid_ladder<code, line, column>.
template <class Make>
consteval auto freeze(Make) {
    constexpr detail::freeze_plan plan = detail::plan_freeze<Make>();
    if constexpr (plan.first_error.code != diagnostic_code{}) {
        return detail::invalid_ladder<plan.first_error.code, plan.first_error.where.line,
                                      plan.first_error.where.column>{};
    } else {
        static_ladder<plan.sizes> out;
        builder b = Make{}();
        (void)b.view();  // resolves references
        const auto& from = b.tables();
        out.t_.info = from.info;
        out.t_.for_each_table_with(from, [](auto& to, const auto& rows) { detail::copy_rows(to, rows); });
        return out;
    }
}

LADDER_END_NAMESPACE
