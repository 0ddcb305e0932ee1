// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// From a builder to a ladder, the one way for both storages:
//   builder -> references resolved -> every condition compiled once (conditions.hpp)
//           -> validated -> runtime_ladder (build) or static_ladder (freeze).

#include <ladder/build/conditions.hpp>
#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/runtime_ladder.hpp>
#include <ladder/model/static_ladder.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/validate/validate.hpp>

#include <cstdint>
#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Named in the compiler's message when a compile-time ladder is invalid: the arguments are
/// the first error's code and, for a ladder read from text, its line and column.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_ladder;

/// A builder's tables made into a ladder's, and what stands between them and a ladder: the
/// problems reported while making them (then nothing is compiled or validated, since it would
/// mostly repeat them), or else the validation findings and what compiling conditions found.
struct built_tables {
    growing_tables tables;
    diagnostic_list found;
};

/// `validate`: false where the tables are known valid (freeze()'s second run).
constexpr built_tables build_tables(builder& b, bool validate_them = true) {
    built_tables out;
    out.found = b.reported();
    (void)b.view();  // resolves every reference
    out.tables = b.tables();
    if (!out.found.ok()) return out;
    if (validate_them) out.found.append(validate(ladder_view(out.tables)));
    out.found.append(compile_conditions(out.tables));
    return out;
}

/// The storages' way in: only built tables become a ladder.
struct ladder_storage {
    static runtime_ladder make(growing_tables&& t) { return runtime_ladder(std::move(t)); }

    template <table_sizes Sizes>
    static constexpr void fill(static_ladder<Sizes>& to, const growing_tables& from) {
        to.t_.info = from.info;
        to.t_.for_each_table_with(from, [](auto& rows, const auto& source) {
            for (std::size_t i = 0; i != source.size(); ++i) rows[i] = source[i];
        });
    }
};

/// What freeze() learns from a first run of the builder: the table sizes, and the first
/// error if the ladder is invalid (code 0 when it is valid).
struct freeze_plan {
    table_sizes sizes;
    diagnostic first_error;
};

template <class Make>
consteval freeze_plan plan_freeze() {
    builder b = Make{}();
    const built_tables built = build_tables(b);
    for (const auto& d : built.found) {
        if (d.severity == severity::error) return {built.tables.sizes(), d};
    }
    return {built.tables.sizes(), diagnostic{}};
}
}  // namespace detail

/// Builds a ladder from what a builder holds: references resolved, every condition compiled,
/// the whole validated. The ladder and any warnings, or the errors. Diagnostics view the strings
/// given to the builder.
[[nodiscard]] inline result<runtime_ladder> build(builder& b) {
    detail::built_tables built = detail::build_tables(b);
    if (!built.found.ok()) return std::move(built.found);
    return result<runtime_ladder>(detail::ladder_storage::make(std::move(built.tables)), std::move(built.found));
}

/// Turns a ladder built in a constant expression into a compile-time ladder. `make` is a
/// captureless lambda returning a builder; it runs twice (once to learn the table sizes,
/// once to fill them), since no allocation may survive a constant expression.
/// An invalid ladder fails to compile, naming detail::invalid_ladder<code, line, column>.
template <class Make>
consteval auto freeze(Make) {
    // When the compiler stops here, building the ladder took more steps than it allows a constant
    // expression: a .ladder text beyond about 10 KB does (docs/embedding.md). Embed the file
    // with ladder_embed() or `ladder embed`, which hand the compiler tables, not text.
    constexpr detail::freeze_plan plan = detail::plan_freeze<Make>();  // too large? ladder_embed: docs/embedding.md
    if constexpr (plan.first_error.code != diagnostic_code{}) {
        return detail::invalid_ladder<plan.first_error.code, plan.first_error.where.line,
                                      plan.first_error.where.column>{};
    } else {
        static_ladder<plan.sizes> out;
        builder b = Make{}();
        detail::ladder_storage::fill(out, detail::build_tables(b, false).tables);
        return out;
    }
}

LADDER_END_NAMESPACE
