// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Rules compiled while compiling: compile_rule<ladder, "text">() runs the compiler of compile.hpp
// in a constant expression, once for most rules (into arrays with room for them, then copied
// into arrays of their size; a rule larger than that room is compiled again), and fails the
// build on a rule that does not compile. Its check() runs as lowered code (lowered.hpp).

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

/// A compile-time rule compiled once, into arrays of room Nodes and TextBytes: its nodes, its
/// text (its own and the texts of the named rules it uses), or its first error's code and place
/// (plain values: the diagnostic's strings do not outlive the compilation). When the rule needs
/// more room than it has, only its sizes are kept.
template <std::size_t Nodes, std::size_t TextBytes>
struct rule_draft {
    std::array<rule_node, Nodes> nodes{};
    std::array<char, TextBytes> text{};
    std::size_t node_count = 0;
    std::size_t text_size = 0;
    index_t root = no_index;
    rule_limits limits{};
    diagnostic_code error{};
    source_position where{};

    [[nodiscard]] constexpr bool fits() const noexcept { return node_count <= Nodes && text_size <= TextBytes; }
};

template <const auto& Ladder, fixed_string Text, std::size_t Nodes, std::size_t TextBytes>
inline constexpr auto draft_of = [] {
    rule_draft<Nodes, TextBytes> d;
    const auto r = compile_rule(Ladder, Text.view());
    if (!r) {
        d.error = r.diagnostics()[0].code;
        d.where = r.diagnostics()[0].where;
        return d;
    }
    const rule_view v = r->view();
    d.node_count = v.nodes().size();
    d.text_size = v.full_text().size();
    d.root = v.root();
    d.limits = v.limits();
    if (!d.fits()) return d;
    for (std::size_t i = 0; i != d.node_count; ++i) d.nodes[i] = v.nodes()[i];
    for (std::size_t i = 0; i != d.text_size; ++i) d.text[i] = v.full_text()[i];
    return d;
}();

/// The room a rule's compilation is first given: most rules fit, and are compiled once; a rule
/// that does not is compiled again with the room it asked for.
inline constexpr std::size_t first_draft_nodes = 64;
inline constexpr std::size_t first_draft_extra_text = 256;

/// The compilation of a compile-time rule that holds it whole (or its error).
template <const auto& Ladder, fixed_string Text>
consteval const auto& draft() {
    constexpr const auto& first = draft_of<Ladder, Text, first_draft_nodes, Text.size() + first_draft_extra_text>;
    if constexpr (first.fits()) {
        return first;
    } else {
        return draft_of<Ladder, Text, first.node_count, first.text_size>;
    }
}

/// The rule's arrays, sized by its compilation.
template <const auto& Ladder, fixed_string Text>
consteval auto make_static_rule() {
    constexpr const auto& d = draft<Ladder, Text>();
    static_rule<d.node_count, d.text_size> out;
    for (std::size_t i = 0; i != d.node_count; ++i) out.nodes[i] = d.nodes[i];
    for (std::size_t i = 0; i != d.text_size; ++i) out.text[i] = d.text[i];
    out.own_length = Text.size();
    out.root = d.root;
    out.limits = d.limits;
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
    constexpr const auto& d = detail::draft<Ladder, Text>();
    if constexpr (d.error != diagnostic_code{}) {
        return detail::invalid_rule<d.error, d.where.line, d.where.column>{};
    } else {
        return compiled_rule<Ladder, Text>{};
    }
}

LADDER_END_NAMESPACE
