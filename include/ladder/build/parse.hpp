// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/fixed_string.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/build/build.hpp>
#include <ladder/model/static_ladder.hpp>
#include <ladder/text/parser.hpp>

#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The builder freeze() runs: the text read by the same reader load() uses. Named for what to
/// do when reading runs out of the compiler's constexpr steps, since compilers print this name
/// then (and in the notes of any error of parse<>; docs/embedding.md).
template <fixed_string Text>
struct text_read_while_compiling_if_it_runs_out_of_steps_embed_it_with_ladder_embed {
    constexpr builder operator()() const { return std::move(read_text(Text.view(), "<parse>").ladder); }
};
}  // namespace detail

/// Reads a .ladder text at compile time into a compile-time ladder. A text that does not
/// read or validate fails to compile, naming detail::invalid_ladder<code, line, column>:
/// the first error's code and place. Views into the text stay valid at runtime. Texts up to
/// about 10 KB fit the compilers' default constexpr limits; embed larger ones as tables with
/// ladder_embed() or `ladder embed` (docs/embedding.md).
///
///     constexpr auto acme = ladder::parse<"ladder \"Acme\" ...">();
template <fixed_string Text>
[[nodiscard]] consteval auto parse() {
    return freeze(detail::text_read_while_compiling_if_it_runs_out_of_steps_embed_it_with_ladder_embed<Text>{});
}

LADDER_END_NAMESPACE
