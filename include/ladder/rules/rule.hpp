// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A compiled rule as evaluation reads it (rule_view), whatever its storage: a rule compiled at
// runtime (rule), one compiled while compiling (static_rule, static_rule.hpp), or a condition the
// ladder keeps (rule_of).

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/view.hpp>

#include <cstddef>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Limits on rule text from untrusted sources; each is a clean error naming it.
struct rule_limits {
    std::size_t max_depth = 64;          ///< rule-too-deep: nesting of parentheses and operators
    std::size_t max_nodes = 4096;        ///< rule-too-long
    std::size_t max_steps = 1'000'000;   ///< evaluation-budget-exceeded, per evaluation
    std::size_t max_text_bytes = 65536;  ///< input-too-large
};

/// A read-only view of a compiled rule, whatever its storage. Evaluation takes one.
class rule_view {
public:
    /// An empty view: no nodes, no ladder.
    constexpr rule_view() = default;
    /// `text` is the rule's own text followed by the text of each named rule it uses (their
    /// nodes point there); `own_length` is the length of the rule's own text.
    constexpr rule_view(std::span<const rule_node> nodes, std::string_view text, std::size_t own_length, index_t root,
                        const rule_limits& limits, const ladder_view& on) noexcept
        : nodes_(nodes), text_(text), own_length_(own_length), root_(root), limits_(limits), ladder_(on) {}

    [[nodiscard]] constexpr std::span<const rule_node> nodes() const noexcept { return nodes_; }
    /// The rule's text as written.
    [[nodiscard]] constexpr std::string_view text() const noexcept { return text_.substr(0, own_length_); }
    [[nodiscard]] constexpr index_t root() const noexcept { return root_; }
    [[nodiscard]] constexpr const rule_limits& limits() const noexcept { return limits_; }
    /// The rule's text followed by the texts of the named rules it uses.
    [[nodiscard]] constexpr std::string_view full_text() const noexcept { return text_; }
    /// The ladder the rule was compiled against.
    [[nodiscard]] constexpr const ladder_view& ladder() const noexcept { return ladder_; }
    /// The text a node was written as.
    [[nodiscard]] constexpr std::string_view text_of(const rule_node& n) const noexcept {
        return text_.substr(n.begin, n.end - n.begin);
    }

private:
    std::span<const rule_node> nodes_;
    std::string_view text_;
    std::size_t own_length_ = 0;
    index_t root_ = no_index;
    rule_limits limits_{};
    ladder_view ladder_;
};

namespace detail {
class rule_access;
}

/// A rule compiled at runtime against one ladder: its own copy of the text and the node array,
/// and a view of the ladder, which must outlive it.
class rule {
public:
    constexpr rule() = default;

    [[nodiscard]] constexpr rule_view view() const noexcept {
        return rule_view({nodes_.data(), nodes_.size()}, {text_.data(), text_.size()}, own_length_, root_, limits_, ladder_);
    }
    constexpr operator rule_view() const noexcept { return view(); }

private:
    friend class detail::rule_access;
    constexpr_vector<char> text_;
    std::size_t own_length_ = 0;
    constexpr_vector<rule_node> nodes_;
    index_t root_ = no_index;
    rule_limits limits_{};
    ladder_view ladder_;
};

namespace detail {
/// The compiler's way in to a rule's parts.
class rule_access {
public:
    static constexpr constexpr_vector<char>& text(rule& r) noexcept { return r.text_; }
    static constexpr void set_own_length(rule& r, std::size_t n) noexcept { r.own_length_ = n; }
    static constexpr constexpr_vector<rule_node>& nodes(rule& r) noexcept { return r.nodes_; }
    static constexpr void set_root(rule& r, index_t root) noexcept { r.root_ = root; }
    static constexpr void set_limits(rule& r, const rule_limits& l) noexcept { r.limits_ = l; }
    static constexpr void set_ladder(rule& r, const ladder_view& l) noexcept { r.ladder_ = l; }
};
}  // namespace detail

/// A condition the ladder states (a guard, an advisory, meets(level) …), compiled when the ladder
/// was built, as a rule to evaluate. The ladder must outlive the view.
[[nodiscard]] constexpr rule_view rule_of(const ladder_view& l, const compiled_condition& c) noexcept {
    return rule_view(l.condition_nodes().subspan(c.first_node, c.node_count), l.condition_text().substr(c.first_char, c.text_size),
                     c.own_length, c.root, rule_limits{}, l);
}

LADDER_END_NAMESPACE
