// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Rules written as C++ expressions over typed handles:
//
//     using namespace ladder::dsl;
//     const auto L6 = acme.level("L6");
//     const auto mentorship = acme.competency("mentorship");
//     auto staff = make_rule(acme, sustained(meets(L6), 2, 3) && rating(mentorship) >= 3);
//
// An expression's C++ type is its rule type (a condition, a number, a duration), so comparing a
// rating with a duration does not compile, and handles come only from checked lookups, so an
// id cannot be misspelt. make_rule() prints the expression as rule text (with the ladder's ids,
// parenthesised where precedence needs it) and compiles that: the rule has the same nodes and
// explanations as the text, because it is the text. Constexpr throughout.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/rules/compile.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace dsl {

namespace detail {

/// What a node of an expression is; children are earlier nodes of the same array.
enum class op : std::uint8_t {
    number, months, rating, each, attribute, time_in_level, tenure,
    negate, logical_not, add, subtract, multiply, divide,
    less, less_equal, greater, greater_equal, equal, not_equal, logical_and, logical_or,
    meets, gap, expected, count, all, any, sum, in_cycles, trend, at_level,
};

struct node {
    op kind = op::number;
    index_t left = no_index;
    index_t right = no_index;
    index_t a = no_index;  ///< a row: competency, level or category; or K of `in at least K`
    index_t b = no_index;  ///< a row: archetype or competency; or N cycles
    std::int64_t value = 0;
    std::string_view name;  ///< an attribute's id
};

[[nodiscard]] constexpr node make(op kind, index_t left = no_index, index_t right = no_index) noexcept {
    node n{};
    n.kind = kind;
    n.left = left;
    n.right = right;
    return n;
}

}  // namespace detail

/// A rule expression of rule type T (value_type::boolean, number or duration): a small tree in
/// an array, its root last.
template <value_type T>
class expr {
public:
    using node = detail::node;

    constexpr expr() = default;
    constexpr explicit expr(const node& n) { nodes_.push_back(n); }

    /// The array of nodes; the root is the last.
    [[nodiscard]] constexpr const constexpr_vector<node>& nodes() const noexcept { return nodes_; }

    /// Builds `op(left, right)` (right may be empty) from two expressions' arrays.
    template <value_type L, value_type R>
    [[nodiscard]] static constexpr expr combine(detail::op kind, const expr<L>& left, const expr<R>* right, node extra = {}) {
        expr out;
        for (const auto& n : left.nodes()) out.nodes_.push_back(n);
        const auto left_root = static_cast<index_t>(out.nodes_.size() - 1);
        index_t right_root = no_index;
        if (right != nullptr) {
            const auto offset = static_cast<index_t>(out.nodes_.size());
            for (auto n : right->nodes()) {
                if (n.left != no_index) n.left += offset;
                if (n.right != no_index) n.right += offset;
                out.nodes_.push_back(n);
            }
            right_root = static_cast<index_t>(out.nodes_.size() - 1);
        }
        extra.kind = kind;
        extra.left = left_root;
        extra.right = right_root;
        out.nodes_.push_back(extra);
        return out;
    }

private:
    constexpr_vector<node> nodes_;
};

using condition = expr<value_type::boolean>;
using number = expr<value_type::number>;
using duration = expr<value_type::duration>;

namespace detail {
template <value_type T>
[[nodiscard]] constexpr expr<T> leaf(op kind, index_t a = no_index, index_t b = no_index, std::int64_t value = 0) {
    node n = make(kind);
    n.a = a;
    n.b = b;
    n.value = value;
    return expr<T>(n);
}
template <value_type T, value_type L, value_type R>
[[nodiscard]] constexpr expr<T> binary(op kind, const expr<L>& left, const expr<R>& right) {
    return expr<T>::combine(kind, left, &right);
}
template <value_type T, value_type L>
[[nodiscard]] constexpr expr<T> unary(op kind, const expr<L>& inner, node extra = {}) {
    return expr<T>::combine(kind, inner, static_cast<const expr<L>*>(nullptr), extra);
}
}  // namespace detail

// ---- values ----

/// A number.
[[nodiscard]] constexpr number value(std::int64_t n) { return detail::leaf<value_type::number>(detail::op::number, no_index, no_index, n); }
/// Durations, in months.
[[nodiscard]] constexpr duration months(std::int64_t n) {
    return detail::leaf<value_type::duration>(detail::op::months, no_index, no_index, n);
}
[[nodiscard]] constexpr duration years(std::int64_t n) { return months(12 * n); }
/// The rating of a competency in the cycle looked at.
[[nodiscard]] constexpr number rating(competency_ref c) { return detail::leaf<value_type::number>(detail::op::rating, c.index()); }
[[nodiscard]] constexpr duration time_in_level() { return detail::leaf<value_type::duration>(detail::op::time_in_level); }
[[nodiscard]] constexpr duration tenure() { return detail::leaf<value_type::duration>(detail::op::tenure); }

/// A ladder-declared attribute by id, of the type the ladder declares (checked by make_rule).
template <value_type T>
[[nodiscard]] constexpr expr<T> attribute(std::string_view id) {
    detail::node n = detail::make(detail::op::attribute);
    n.name = id;
    return expr<T>(n);
}
[[nodiscard]] constexpr condition flag(std::string_view id) { return attribute<value_type::boolean>(id); }

// ---- expectations ----

/// `at(L5)`: the person is at level L5.
[[nodiscard]] constexpr condition at(level_ref l) { return detail::leaf<value_type::boolean>(detail::op::at_level, l.index()); }
/// `at(senior)`: the person is at a level of the group (`group senior "…" = L5..L8`).
[[nodiscard]] constexpr condition at(group_ref g) {
    return detail::leaf<value_type::boolean>(detail::op::at_level, g.index(), 1);
}
[[nodiscard]] constexpr condition meets(level_ref l) { return detail::leaf<value_type::boolean>(detail::op::meets, l.index()); }
[[nodiscard]] constexpr condition meets(level_ref l, archetype_ref as) {
    return detail::leaf<value_type::boolean>(detail::op::meets, l.index(), as.index());
}
[[nodiscard]] constexpr number gap(level_ref l) { return detail::leaf<value_type::number>(detail::op::gap, l.index()); }
[[nodiscard]] constexpr number gap(level_ref l, archetype_ref as) {
    return detail::leaf<value_type::number>(detail::op::gap, l.index(), as.index());
}
/// What a level expects of a competency (`expected(L6, design)`).
[[nodiscard]] constexpr number expected(level_ref l, competency_ref c) {
    return detail::leaf<value_type::number>(detail::op::expected, l.index(), c.index());
}
[[nodiscard]] constexpr number expected(level_ref l, archetype_ref as, competency_ref c) {
    number e = detail::leaf<value_type::number>(detail::op::expected, l.index(), c.index());
    detail::node extra = e.nodes().back();
    extra.value = static_cast<std::int64_t>(as.index()) + 1;  // 0: no archetype
    return number(extra);
}

// ---- quantifiers: `pred` takes the rating of each competency visited, a number ----

namespace detail {
template <op Kind, value_type T, class Pred>
[[nodiscard]] constexpr expr<T> quantify(index_t category, Pred&& pred) {
    const condition body = pred(expr<value_type::number>(make(op::each)));
    node extra{};
    extra.a = category;
    return unary<T>(Kind, body, extra);
}
}  // namespace detail

template <class Pred>
[[nodiscard]] constexpr number count(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::count, value_type::number>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr number count(Pred&& pred) {
    return detail::quantify<detail::op::count, value_type::number>(no_index, pred);
}
template <class Pred>
[[nodiscard]] constexpr condition all(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::all, value_type::boolean>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr condition all(Pred&& pred) {
    return detail::quantify<detail::op::all, value_type::boolean>(no_index, pred);
}
template <class Pred>
[[nodiscard]] constexpr condition any(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::any, value_type::boolean>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr condition any(Pred&& pred) {
    return detail::quantify<detail::op::any, value_type::boolean>(no_index, pred);
}
/// The sum of the ratings of a category's competencies (or of all).
[[nodiscard]] constexpr number sum(category_ref in) {
    detail::node extra{};
    extra.a = in.index();
    return detail::unary<value_type::number>(detail::op::sum, number(detail::make(detail::op::each)), extra);
}
[[nodiscard]] constexpr number sum() {
    return detail::unary<value_type::number>(detail::op::sum, number(detail::make(detail::op::each)));
}

// ---- history ----

/// `c in at least k of last n cycles`.
[[nodiscard]] constexpr condition in_cycles(const condition& c, std::int64_t k, std::int64_t n) {
    detail::node extra{};
    extra.a = static_cast<index_t>(k);
    extra.b = static_cast<index_t>(n);
    return detail::unary<value_type::boolean>(detail::op::in_cycles, c, extra);
}
/// `c in last n cycles`: every one of them.
[[nodiscard]] constexpr condition sustained(const condition& c, std::int64_t n) { return in_cycles(c, n, n); }
/// `trend(x over last n cycles)`.
[[nodiscard]] constexpr number trend(const number& x, std::int64_t n) {
    detail::node extra{};
    extra.a = static_cast<index_t>(n);
    return detail::unary<value_type::number>(detail::op::trend, x, extra);
}

// ---- operators ----

[[nodiscard]] constexpr condition operator&&(const condition& a, const condition& b) {
    return detail::binary<value_type::boolean>(detail::op::logical_and, a, b);
}
[[nodiscard]] constexpr condition operator||(const condition& a, const condition& b) {
    return detail::binary<value_type::boolean>(detail::op::logical_or, a, b);
}
[[nodiscard]] constexpr condition operator!(const condition& a) {
    return detail::unary<value_type::boolean>(detail::op::logical_not, a);
}

/// Numbers and durations: + and - within a type, * and / by a number.
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator+(const expr<T>& a, const expr<T>& b) {
    return detail::binary<T>(detail::op::add, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator-(const expr<T>& a, const expr<T>& b) {
    return detail::binary<T>(detail::op::subtract, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator*(const expr<T>& a, const number& b) {
    return detail::binary<T>(detail::op::multiply, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator/(const expr<T>& a, const number& b) {
    return detail::binary<T>(detail::op::divide, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator-(const expr<T>& a) {
    return detail::unary<T>(detail::op::negate, a);
}
[[nodiscard]] constexpr number operator+(const number& a, std::int64_t b) { return a + value(b); }
[[nodiscard]] constexpr number operator+(std::int64_t a, const number& b) { return value(a) + b; }
[[nodiscard]] constexpr number operator-(const number& a, std::int64_t b) { return a - value(b); }
[[nodiscard]] constexpr number operator-(std::int64_t a, const number& b) { return value(a) - b; }
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator*(const expr<T>& a, std::int64_t b) {
    return a * value(b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator/(const expr<T>& a, std::int64_t b) {
    return a / value(b);
}

/// Comparisons of two values of one type (`==` and `!=` also of conditions), or of a number
/// with an integer.
#define LADDER_DSL_COMPARISON(symbol, kind)                                                                  \
    template <value_type T>                                                                                  \
    [[nodiscard]] constexpr condition operator symbol(const expr<T>& a, const expr<T>& b) {                 \
        static_assert(T != value_type::boolean || detail::op::kind == detail::op::equal ||                   \
                          detail::op::kind == detail::op::not_equal,                                        \
                      "conditions compare only with == and !=");                                            \
        return detail::binary<value_type::boolean>(detail::op::kind, a, b);                                  \
    }                                                                                                        \
    [[nodiscard]] constexpr condition operator symbol(const number& a, std::int64_t b) { return a symbol value(b); } \
    [[nodiscard]] constexpr condition operator symbol(std::int64_t a, const number& b) { return value(a) symbol b; }
LADDER_DSL_COMPARISON(<, less)
LADDER_DSL_COMPARISON(<=, less_equal)
LADDER_DSL_COMPARISON(>, greater)
LADDER_DSL_COMPARISON(>=, greater_equal)
LADDER_DSL_COMPARISON(==, equal)
LADDER_DSL_COMPARISON(!=, not_equal)
#undef LADDER_DSL_COMPARISON

namespace detail {

/// Prints an expression as rule text, with the ladder's ids, parenthesised only where the
/// grammar's precedence needs it.
class printer {
public:
    constexpr printer(const ladder_view& l, const constexpr_vector<node>& nodes) : l_(l), nodes_(nodes) {}

    /// False when a handle is not a row of this ladder.
    constexpr bool print(constexpr_vector<char>& out) {
        out_ = &out;
        write(static_cast<index_t>(nodes_.size() - 1), 0);
        return ok_;
    }

private:
    // Loosest first, as docs/rules.md lists them.
    enum precedence : int { p_or = 1, p_and, p_not, p_history, p_compare, p_add, p_multiply, p_unary, p_primary };

    static constexpr int precedence_of(op k) noexcept {
        switch (k) {
            case op::logical_or: return p_or;
            case op::logical_and: return p_and;
            case op::logical_not: return p_not;
            case op::in_cycles: return p_history;
            case op::less: case op::less_equal: case op::greater: case op::greater_equal: case op::equal:
            case op::not_equal: return p_compare;
            case op::add: case op::subtract: return p_add;
            case op::multiply: case op::divide: return p_multiply;
            case op::negate: return p_unary;
            default: return p_primary;
        }
    }
    static constexpr std::string_view symbol_of(op k) noexcept {
        switch (k) {
            case op::logical_or: return " or ";
            case op::logical_and: return " and ";
            case op::add: return " + ";
            case op::subtract: return " - ";
            case op::multiply: return " * ";
            case op::divide: return " / ";
            case op::less: return " < ";
            case op::less_equal: return " <= ";
            case op::greater: return " > ";
            case op::greater_equal: return " >= ";
            case op::equal: return " == ";
            case op::not_equal: return " != ";
            default: return " ";
        }
    }

    constexpr void put(std::string_view s) {
        for (char c : s) out_->push_back(c);
    }
    constexpr void put_number(std::int64_t v) {
        std::uint64_t magnitude = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
        if (v < 0) out_->push_back('-');
        char digits[20]{};
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        while (n != 0) out_->push_back(digits[--n]);
    }
    template <class Row>
    constexpr void put_id(row_span<Row> rows, index_t row) {
        if (row >= rows.size()) {
            ok_ = false;
            return;
        }
        put(rows[row].id);
    }

    /// Writes node `i` where the grammar wants precedence `at_least`.
    constexpr void write(index_t i, int at_least) {
        const node& n = nodes_[i];
        const int own = precedence_of(n.kind);
        // A negative number reads as one token, which binds tighter than anything.
        const bool wrap = own < at_least || (n.kind == op::number && n.value < 0 && at_least > p_add);
        if (wrap) put("(");
        write_bare(n, own);
        if (wrap) put(")");
    }

    constexpr void write_bare(const node& n, int own) {
        switch (n.kind) {
            case op::number: put_number(n.value); break;
            case op::months:
                put_number(n.value);
                put(" months");
                break;
            case op::rating: put_id(l_.competencies(), n.a); break;
            case op::each: put("each"); break;
            case op::attribute: put(n.name); break;
            case op::time_in_level: put("time_in_level"); break;
            case op::tenure: put("tenure"); break;
            case op::negate:
                put("-");
                write(n.left, p_unary);
                break;
            case op::logical_not:
                put("not ");
                write(n.left, p_not);
                break;
            case op::meets:
            case op::gap:
                put(n.kind == op::meets ? "meets(" : "gap(");
                put_id(l_.levels(), n.a);
                if (n.b != no_index) {
                    put(" as ");
                    put_id(l_.archetypes(), n.b);
                }
                put(")");
                break;
            case op::at_level:
                put("at(");
                if (n.b == 1) put_id(l_.groups(), n.a);
                else put_id(l_.levels(), n.a);
                put(")");
                break;
            case op::expected:
                put("expected(");
                put_id(l_.levels(), n.a);
                if (n.value != 0) {
                    put(" as ");
                    put_id(l_.archetypes(), static_cast<index_t>(n.value - 1));
                }
                put(", ");
                put_id(l_.competencies(), n.b);
                put(")");
                break;
            case op::count:
            case op::all:
            case op::any:
            case op::sum:
                put(n.kind == op::count ? "count(each in " : n.kind == op::all ? "all(each in " : n.kind == op::any ? "any(each in " : "sum(each in ");
                if (n.a == no_index) put("competencies");
                else put_id(l_.categories(), n.a);
                if (n.kind != op::sum) {
                    put(" where ");
                    write(n.left, p_or);
                }
                put(")");
                break;
            case op::in_cycles:
                write(n.left, p_compare);
                put(" in ");
                if (n.a != n.b) {
                    put("at least ");
                    put_number(n.a);
                    put(" of ");
                }
                put("last ");
                put_number(n.b);
                put(" cycles");
                break;
            case op::trend:
                put("trend(");
                write(n.left, p_add);
                put(" over last ");
                put_number(n.a);
                put(" cycles)");
                break;
            default:  // binary operators, left-associative
                write(n.left, own == p_compare ? p_add : own);
                put(symbol_of(n.kind));
                write(n.right, own == p_compare ? p_add : own + 1);
                break;
        }
    }

    const ladder_view& l_;
    const constexpr_vector<node>& nodes_;
    constexpr_vector<char>* out_ = nullptr;
    bool ok_ = true;
};

}  // namespace detail

/// The rule text an expression stands for, with the ladder's ids; empty when a handle in it is
/// not a row of the ladder.
[[nodiscard]] constexpr constexpr_vector<char> to_text(const ladder_view& l, const condition& c) {
    constexpr_vector<char> out;
    detail::printer p(l, c.nodes());
    if (!p.print(out)) out.clear();
    return out;
}

/// Compiles an expression into a rule against a ladder, exactly as its text would compile.
[[nodiscard]] constexpr result<rule> make_rule(const ladder_view& l, const condition& c, const rule_limits& limits = {}) {
    const constexpr_vector<char> text = to_text(l, c);
    if (text.empty()) {
        diagnostic_list found;
        found.add(ladder::detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::text,
                                  "a handle from another ladder", {}, {}, 0, 0));
        found.own_strings();
        return found;
    }
    return compile_rule(l, std::string_view(text.data(), text.size()), "<dsl>", limits);
}

}  // namespace dsl

LADDER_END_NAMESPACE
