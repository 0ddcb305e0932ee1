// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Rules compiled while compiling: compile_rule<ladder, "text">() runs the compiler of compile.hpp
// in a constant expression, twice (to size its arrays, then to fill them), and fails the build
// on a rule that does not compile. Its check() runs as lowered code (lowered.hpp).

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/fixed_string.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/compile.hpp>
#include <ladder/rules/rule.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A rule compiled at compile time: arrays sized by the rule, usable as `constexpr`, evaluated
/// at compile time or at runtime with no allocation for its storage. Made by compile_rule<>().
template <std::size_t Nodes, std::size_t TextBytes>
struct static_rule {
    std::array<rule_node, Nodes> nodes{};
    std::array<char, TextBytes> text{};
    std::size_t own_length = 0;
    index_t root = no_index;
    rule_limits limits{};
    ladder_view ladder;

    [[nodiscard]] constexpr rule_view view() const noexcept {
        return rule_view(nodes, std::string_view(text.data(), text.size()), own_length, root, limits, ladder);
    }
    constexpr operator rule_view() const noexcept { return view(); }
};

namespace detail {
/// Named in the compiler's message when a compile-time rule does not compile: the first
/// error's code, line and column in the rule's text.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_rule;

/// What a first compilation tells: the node count, or the first error's code and place
/// (plain values: the diagnostic's strings do not outlive that compilation).
struct rule_plan {
    std::size_t nodes = 0;
    std::size_t text = 0;  ///< the rule's own text and the texts of the named rules it uses
    diagnostic_code error{};
    source_position where{};
};
}  // namespace detail

namespace detail {
/// The first compilation of a compile-time rule, made once per rule.
template <const auto& Ladder, fixed_string Text>
inline constexpr rule_plan plan_of = [] {
    const auto r = compile_rule(Ladder, Text.view());
    if (!r) return rule_plan{0, 0, r.diagnostics()[0].code, r.diagnostics()[0].where};
    const rule_view v = r->view();
    return rule_plan{v.nodes().size(), v.full_text().size(), diagnostic_code{}, source_position{}};
}();

/// The rule's arrays, sized by its plan.
template <const auto& Ladder, fixed_string Text>
consteval auto make_static_rule() {
    constexpr rule_plan plan = plan_of<Ladder, Text>;
    static_rule<plan.nodes, plan.text> out;
    const auto r = compile_rule(Ladder, Text.view());
    const rule_view v = r->view();
    for (std::size_t i = 0; i != plan.nodes; ++i) out.nodes[i] = v.nodes()[i];
    for (std::size_t i = 0; i != plan.text; ++i) out.text[i] = v.full_text()[i];
    out.own_length = Text.size();
    out.root = v.root();
    out.limits = v.limits();
    out.ladder = Ladder;
    return out;
}
}  // namespace detail

/// A rule compiled at compile time. Its nodes are a constant of its type, so check() runs it as
/// code generated from them (lowered.hpp) rather than by interpreting them; evaluate() and
/// everything that takes a rule_view read the same nodes. Made by compile_rule<>().
template <const auto& Ladder, fixed_string Text>
struct compiled_rule {
    static constexpr auto data = detail::make_static_rule<Ladder, Text>();
    [[nodiscard]] constexpr rule_view view() const noexcept { return data.view(); }
    constexpr operator rule_view() const noexcept { return view(); }
};

/// Compiles rule text against a compile-time ladder while compiling: an ill-formed or
/// ill-typed rule fails to build, naming detail::invalid_rule<code, line, column>. The ladder
/// must have static storage (a namespace-scope or static constexpr variable).
///
///     static constexpr auto acme = ladder::presets::engineering();
///     constexpr auto staff = ladder::compile_rule<acme, "meets(L6) in at least 2 of last 3 cycles">();
template <const auto& Ladder, fixed_string Text>
[[nodiscard]] consteval auto compile_rule() {
    constexpr detail::rule_plan plan = detail::plan_of<Ladder, Text>;
    if constexpr (plan.error != diagnostic_code{}) {
        return detail::invalid_rule<plan.error, plan.where.line, plan.where.column>{};
    } else {
        return compiled_rule<Ladder, Text>{};
    }
}

LADDER_END_NAMESPACE
