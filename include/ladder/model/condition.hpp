// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The compiled form of a condition: a flat array of typed nodes that refer to each other and to
// the ladder by index, never by pointer or string. Every entry point of the rules language
// lowers to this, and a ladder keeps its own conditions in this form (compiled once, when the
// ladder is built): it is data of the model, written by the rule compiler.

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// The type of a rule expression.
enum class value_type : std::uint8_t { boolean, number, duration };

[[nodiscard]] constexpr std::string_view name_of(value_type t) noexcept {
    switch (t) {
        case value_type::boolean: return "a condition";
        case value_type::number: return "a number";
        case value_type::duration: return "a duration";
    }
    return "a value";
}

enum class node_kind : std::uint8_t {
    constant,       ///< `value`
    rating,         ///< the rating of competency `a` in the cycle being looked at
    bound_rating,   ///< the rating of the competency a quantifier is visiting
    attribute,      ///< the person's value of attribute `a`
    time_in_level,  ///< months in the current level
    tenure,         ///< months at the company
    negate, logical_not,
    add, subtract, multiply, divide,
    less, less_equal, greater, greater_equal, equal, not_equal,
    logical_and, logical_or,
    meets,          ///< meets every expectation of level `a` (as archetype `b`, or no_index)
    gap,            ///< the total shortfall against level `a`'s expectations (as archetype `b`)
    count, all, any, sum,  ///< over the competencies of category `a` (no_index: all); body `left`
    in_cycles,      ///< `left` holds in at least `a` of the last `b` cycles
    trend,          ///< `left` in the latest cycle minus `left` `a` - 1 cycles before
    at_level,       ///< the person's level is on the track of levels `a`..`b` and between them (`at(L5)`, `at(senior)`)
};

/// One node. Children are indices of earlier nodes, so the array is in evaluation order, and a
/// node's subtree is the contiguous range [first, its own index].
struct rule_node {
    node_kind kind = node_kind::constant;
    value_type type = value_type::boolean;
    index_t left = no_index;
    index_t right = no_index;
    index_t a = no_index;
    index_t b = no_index;
    std::int64_t value = 0;
    index_t first = 0;          ///< the first node of this node's subtree
    index_t context = no_index; ///< the nearest enclosing in_cycles or quantifier node
    /// The `and`/`or` node whose right operand starts here (for its context): a verdict-only
    /// evaluation skips that operand when the left one decides.
    index_t right_of = no_index;
    std::uint32_t begin = 0;  ///< the node's text: [begin, end) in the rule's text
    std::uint32_t end = 0;
    source_position where{};
    friend constexpr bool operator==(const rule_node&, const rule_node&) = default;
};

/// A node from its parts (positional aggregate initialisation would make g++ warn, under
/// -Wextra, about each member left to its default).
[[nodiscard]] constexpr rule_node make_node(node_kind kind, value_type type, index_t left = no_index,
                                            index_t right = no_index) noexcept {
    rule_node n{};
    n.kind = kind;
    n.type = type;
    n.left = left;
    n.right = right;
    return n;
}

/// True for the nodes that evaluate their subtree in another setting (another cycle, or once
/// per competency).
[[nodiscard]] constexpr bool sets_context(node_kind k) noexcept {
    return k == node_kind::in_cycles || k == node_kind::trend || k == node_kind::count || k == node_kind::all || k == node_kind::any ||
           k == node_kind::sum;
}

/// One condition a ladder states, compiled when the ladder was built. Its nodes are rows
/// [first_node, + node_count) of the ladder's condition nodes (indices inside are relative to
/// first_node); its text, chars [first_char, + text_size) of the ladder's condition text: its
/// own text (own_length chars), then that of each named rule and level criterion it uses.
struct compiled_condition {
    index_t first_node = 0;
    index_t node_count = 0;  ///< 0: there is no such condition (a move without `when` …)
    index_t root = no_index;
    index_t first_char = 0;
    index_t text_size = 0;
    index_t own_length = 0;
    [[nodiscard]] constexpr bool empty() const noexcept { return node_count == 0; }
    friend constexpr bool operator==(const compiled_condition&, const compiled_condition&) = default;
};

/// The words of the rules language; none can name a rule's parameter.
[[nodiscard]] constexpr bool is_rule_word(std::string_view w) noexcept {
    constexpr std::string_view words[] = {"and",   "or",    "not",    "in",    "at",     "least", "of",      "last",
                                          "cycle", "cycles", "where", "over",  "as",     "true",  "false",   "meets",
                                          "gap",   "expected", "trend", "count", "all",   "any",   "sum",     "competencies",
                                          "month", "months", "year",  "years", "time_in_level", "tenure"};
    for (std::string_view k : words) {
        if (k == w) return true;
    }
    return false;
}

/// The names in a named rule's parameter list as written (`"L, k"`): split at commas, blanks
/// around each trimmed. An empty list has none.
class parameter_names {
public:
    constexpr explicit parameter_names(std::string_view list) noexcept : list_(list) {}

    class iterator {
    public:
        constexpr iterator() = default;
        constexpr explicit iterator(std::string_view rest) noexcept : rest_(rest), done_(false) { step(); }
        [[nodiscard]] constexpr std::string_view operator*() const noexcept { return name_; }
        constexpr iterator& operator++() noexcept {
            step();
            return *this;
        }
        [[nodiscard]] constexpr bool operator==(const iterator& o) const noexcept { return done_ == o.done_ && done_; }

    private:
        static constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
        constexpr void step() noexcept {
            std::size_t i = 0;
            while (i < rest_.size() && blank(rest_[i])) ++i;
            if (i == rest_.size()) {
                done_ = true;
                return;
            }
            std::size_t j = i;
            while (j < rest_.size() && rest_[j] != ',') ++j;
            std::size_t k = j;
            while (k > i && blank(rest_[k - 1])) --k;
            name_ = rest_.substr(i, k - i);
            rest_ = j < rest_.size() ? rest_.substr(j + 1) : std::string_view{};
        }
        std::string_view rest_;
        std::string_view name_;
        bool done_ = true;
    };

    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(list_); }
    [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

private:
    std::string_view list_;
};

LADDER_END_NAMESPACE
