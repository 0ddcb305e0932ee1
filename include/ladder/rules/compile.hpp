// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Rule text -> a type-checked flat node array, with every id resolved against a ladder.
// Written once as constexpr code over std::string_view. Grammar: docs/rules.md.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/core/suggest.hpp>
#include <ladder/model/expectations.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/rules/rule.hpp>
#include <ladder/text/lexer.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/rules/rule_tokens.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The row of an id in a table, or no_index and the closest id for a did-you-mean.
struct id_match {
    index_t row = no_index;
    std::string_view suggestion;
};
template <class Row>
[[nodiscard]] constexpr id_match match_id(row_span<Row> rows, std::string_view id) {
    const index_t row = find_row(rows, id);
    return row != no_index ? id_match{row, {}} : id_match{no_index, closest_id(rows, id)};
}

/// Rule text to nodes in one pass: a recursive-descent parser (lowest precedence first) that
/// resolves each name against the ladder and checks each operand's type as it reads it. Where its
/// tokens come from (named rules and level criteria read in place) is rule_tokens' business.
class rule_compiler : rule_tokens {
public:
    /// With own_diagnostics false, diagnostics view the rule text and the ladder (building a
    /// ladder uses this, build/conditions.hpp: both outlive its findings, even in a constant
    /// expression).
    constexpr rule_compiler(const ladder_view& l, std::string_view text, std::string_view name, const rule_limits& limits,
                            bool own_diagnostics = true)
        : rule_tokens(l, text, name, limits), own_diagnostics_(own_diagnostics) {}
    rule_compiler(const rule_compiler&) = delete;  // its lexers point at its limits and findings
    rule_compiler& operator=(const rule_compiler&) = delete;

    /// `any_type`: the text may be a number or a duration too (a named rule such as
    /// `rule points = sum(c in competencies)`, used inside conditions); else a condition.
    constexpr result<rule> compile(bool any_type = false) {
        if (text_.size() > limits_.max_text_bytes) {
            lex().report(diagnostic_code::input_too_large, {1, 1}, {}, static_cast<std::int64_t>(text_.size()),
                        static_cast<std::int64_t>(limits_.max_text_bytes));
            return finish_failed();
        }
        // About a node for every nine characters of rule text: room for them at once, instead
        // of the node array doubling (and each new buffer cleared) from four.
        nodes_.reserve(text_.size() / 8 + 4);
        advance();
        const index_t root = any_type ? or_expression() : expression(value_type::boolean);
        if (found_.ok() && cur_.kind != token_kind::end) expected("the end of the rule, `and` or `or`");
        if (root == no_index && found_.ok()) expected("a condition");
        return finish(root);
    }

    /// meets(level `row`) as a move without `when` asks it, with no text to read: the compiler
    /// writes the rule's text itself (`meets(L6)`), for explanations.
    constexpr result<rule> compile_meets(index_t row) {
        const level& l = ladder_.levels()[row];
        for (char c : std::string_view("meets(")) composed_.push_back(c);
        for (char c : l.id) composed_.push_back(c);
        composed_.push_back(')');
        text_ = std::string_view(composed_.data(), composed_.size());
        token use;
        use.offset = 0;
        use.end = composed_.size();
        use.where = source_position{1, 1};
        prev_ = token{};
        rule_node n = make_node(node_kind::meets, value_type::boolean);
        n.a = row;
        index_t root = add(n, use);
        if (root != no_index && !l.criterion.empty()) root = with_criterion(root, row, use, no_frame);
        return finish(root);
    }

private:
    constexpr result<rule> finish(index_t root) {
        if (!found_.ok()) return finish_failed();
        // Each node's nearest enclosing context node: the innermost one is the lowest index
        // above it whose subtree holds it, so assigning outer ones first lets inner ones win.
        for (std::size_t x = nodes_.size(); x-- != 0;) {
            if (!sets_context(nodes_[x].kind)) continue;
            for (index_t i = nodes_[x].first; i != x; ++i) nodes_[i].context = static_cast<index_t>(x);
        }
        // Where each `and`/`or`'s right operand starts, in the operator's context.
        for (std::size_t x = 0; x != nodes_.size(); ++x) {
            const rule_node& op = nodes_[x];
            if (op.kind != node_kind::logical_and && op.kind != node_kind::logical_or) continue;
            index_t j = nodes_[op.right].first;
            while (nodes_[j].context != op.context) ++j;
            if (nodes_[j].right_of == no_index) nodes_[j].right_of = static_cast<index_t>(x);
        }
        rule r;
        rule_access::text(r).reserve(text_.size() + used_text_.size());
        for (char c : text_) rule_access::text(r).push_back(c);
        for (char c : used_text_) rule_access::text(r).push_back(c);
        rule_access::set_own_length(r, text_.size());
        rule_access::nodes(r) = std::move(nodes_);
        rule_access::set_root(r, root);
        rule_access::set_limits(r, limits_);
        rule_access::set_ladder(r, ladder_);
        return r;
    }

    constexpr result<rule> finish_failed() {
        if (own_diagnostics_) found_.own_strings();
        return found_;
    }

    // ---- nodes ----
    constexpr index_t add(const rule_node& n, const token& first) {
        if (nodes_.size() >= limits_.max_nodes) {
            if (found_.ok()) {
                lex().report(diagnostic_code::rule_too_long, first.where, {}, 0, static_cast<std::int64_t>(limits_.max_nodes));
            }
            return no_index;
        }
        const auto self = static_cast<index_t>(nodes_.size());
        // What the node knows of its place is written in place, after the copy: a copy of a
        // node just written field by field would stall the processor.
        nodes_.push_back(n);
        rule_node& added = nodes_.back();
        added.first = self;
        if (added.left != no_index && nodes_[added.left].first < added.first) added.first = nodes_[added.left].first;
        if (added.right != no_index && nodes_[added.right].first < added.first) added.first = nodes_[added.right].first;
        // A node's text runs from its first token to the last read; where a parameter's argument
        // stands, the two may lie in different texts, and then the first token stands for it.
        added.begin = static_cast<std::uint32_t>(first.offset);
        added.end = static_cast<std::uint32_t>(prev_.end > first.offset ? prev_.end : first.end);
        added.where = first.where;
        return self;
    }
    [[nodiscard]] constexpr value_type type_of(index_t n) const noexcept { return nodes_[n].type; }

    /// Reports that node `n` is not of type `want`.
    constexpr bool require(index_t n, value_type want) {
        if (n == no_index) return false;
        if (type_of(n) == want) return true;
        if (found_.ok()) {
            const rule_node& bad = nodes_[n];
            lex().report(diagnostic_code::type_mismatch, bad.where, name_of(bad.type), 0, 0, name_of(want));
        }
        return false;
    }

    struct depth_guard {
        rule_compiler& c;
        constexpr explicit depth_guard(rule_compiler& compiler) : c(compiler) { ++c.depth_; }
        constexpr ~depth_guard() { --c.depth_; }
    };
    constexpr bool too_deep() {
        if (depth_ <= limits_.max_depth) return false;
        if (found_.ok()) {
            lex().report(diagnostic_code::rule_too_deep, cur_.where, {}, 0, static_cast<std::int64_t>(limits_.max_depth));
        }
        return true;
    }

    // ---- grammar (lowest precedence first) ----
    constexpr index_t expression(value_type want) {
        const index_t e = or_expression();
        if (e == no_index || !require(e, want)) return no_index;
        return e;
    }

    constexpr index_t or_expression() {
        const token first = cur_;
        index_t left = and_expression();
        while (left != no_index && at_word("or")) {
            advance();
            const index_t right = and_expression();
            if (!require(left, value_type::boolean) || !require(right, value_type::boolean)) return no_index;
            left = add(make_node(node_kind::logical_or, value_type::boolean, left, right), first);
        }
        return left;
    }

    constexpr index_t and_expression() {
        const token first = cur_;
        index_t left = not_expression();
        while (left != no_index && at_word("and")) {
            advance();
            const index_t right = not_expression();
            if (!require(left, value_type::boolean) || !require(right, value_type::boolean)) return no_index;
            left = add(make_node(node_kind::logical_and, value_type::boolean, left, right), first);
        }
        return left;
    }

    constexpr index_t not_expression() {
        depth_guard guard(*this);
        if (too_deep()) return no_index;
        const token first = cur_;
        if (accept_word("not")) {
            const index_t inner = not_expression();
            if (!require(inner, value_type::boolean)) return no_index;
            return add(make_node(node_kind::logical_not, value_type::boolean, inner), first);
        }
        return historical();
    }

    /// `condition in at least K of last N cycles`, or `condition in last N cycles` (every one).
    constexpr index_t historical() {
        const token first = cur_;
        const index_t inner = comparison();
        if (inner == no_index || !at_word("in")) return inner;
        advance();
        std::int64_t k = 0, n = 0;
        const bool at_least = accept_word("at");
        if (at_least) {
            if (!expect_word("least", "`least`") || !count_literal(k) || !expect_word("of", "`of`")) return no_index;
        }
        if (!expect_word("last", "`last` and a number of cycles") || !count_literal(n)) return no_index;
        if (!accept_word("cycles") && !accept_word("cycle")) return expected("`cycles`");
        if (!at_least) k = n;
        if (k > n) return expected("at least K of last N cycles with K no more than N");
        if (!require(inner, value_type::boolean)) return no_index;
        rule_node node = make_node(node_kind::in_cycles, value_type::boolean, inner);
        node.a = static_cast<index_t>(k);
        node.b = static_cast<index_t>(n);
        return add(node, first);
    }

    constexpr bool count_literal(std::int64_t& into) {
        if (cur_.kind != token_kind::number || cur_.number < 1 || cur_.number > 1000) {
            expected("a number of cycles from 1 to 1000");
            return false;
        }
        into = cur_.number;
        advance();
        return true;
    }

    constexpr index_t comparison() {
        const token first = cur_;
        const index_t left = additive();
        if (left == no_index) return no_index;
        node_kind kind{};
        switch (cur_.kind) {
            case token_kind::less: kind = node_kind::less; break;
            case token_kind::less_equal: kind = node_kind::less_equal; break;
            case token_kind::greater: kind = node_kind::greater; break;
            case token_kind::greater_equal: kind = node_kind::greater_equal; break;
            case token_kind::equal_equal: kind = node_kind::equal; break;
            case token_kind::not_equal: kind = node_kind::not_equal; break;
            default: return left;
        }
        advance();
        const index_t right = additive();
        if (right == no_index) return no_index;
        if (type_of(left) == value_type::boolean && kind != node_kind::equal && kind != node_kind::not_equal) {
            require(left, value_type::number);
            return no_index;
        }
        if (!require(right, type_of(left))) return no_index;
        return add(make_node(kind, value_type::boolean, left, right), first);
    }

    constexpr index_t additive() {
        const token first = cur_;
        index_t left = multiplicative();
        while (left != no_index) {
            node_kind kind{};
            if (cur_.kind == token_kind::plus) kind = node_kind::add;
            else if (cur_.kind == token_kind::minus) kind = node_kind::subtract;
            else if (cur_.kind == token_kind::number && cur_.number < 0) kind = node_kind::subtract;  // `a -1`
            else break;
            index_t right = no_index;
            if (cur_.kind == token_kind::number) {
                // The lexer read `-1` as one number: it is `- 1` here.
                rule_node constant = make_node(node_kind::constant, value_type::number);
                constant.value = -cur_.number;
                right = add(constant, cur_);
                advance();
                if (const std::int64_t unit = duration_unit(); right != no_index && unit != 0) {
                    nodes_[right].type = value_type::duration;
                    nodes_[right].value *= unit;
                    advance();
                }
            } else {
                advance();
                right = multiplicative();
            }
            if (right == no_index || !same_arithmetic_type(left, right)) return no_index;
            left = add(make_node(kind, type_of(left), left, right), first);
        }
        return left;
    }

    /// + and - take two numbers or two durations.
    constexpr bool same_arithmetic_type(index_t left, index_t right) {
        if (type_of(left) == value_type::boolean) return require(left, value_type::number);
        return require(right, type_of(left));
    }

    constexpr index_t multiplicative() {
        const token first = cur_;
        index_t left = unary();
        while (left != no_index && (cur_.kind == token_kind::star || cur_.kind == token_kind::slash)) {
            const node_kind kind = cur_.kind == token_kind::star ? node_kind::multiply : node_kind::divide;
            advance();
            const index_t right = unary();
            // A duration may be scaled by a number; otherwise both sides are numbers.
            if (right == no_index || !require(right, value_type::number)) return no_index;
            if (type_of(left) == value_type::boolean && !require(left, value_type::number)) return no_index;
            left = add(make_node(kind, type_of(left), left, right), first);
        }
        return left;
    }

    constexpr index_t unary() {
        depth_guard guard(*this);
        if (too_deep()) return no_index;
        const token first = cur_;
        if (accept(token_kind::minus)) {
            const index_t inner = unary();
            if (inner == no_index) return no_index;
            if (type_of(inner) == value_type::boolean && !require(inner, value_type::number)) return no_index;
            return add(make_node(node_kind::negate, type_of(inner), inner), first);
        }
        return primary();
    }

    constexpr index_t primary() {
        const token first = cur_;
        if (cur_.kind == token_kind::number) {
            rule_node n = make_node(node_kind::constant, value_type::number);
            n.value = cur_.number;
            advance();
            if (const std::int64_t unit = duration_unit(); unit != 0) {
                n.type = value_type::duration;
                n.value *= unit;
                advance();
            }
            return add(n, first);
        }
        if (accept(token_kind::left_paren)) {
            const index_t inner = or_expression();
            if (inner == no_index || !expect(token_kind::right_paren, "`)`")) return no_index;
            // The parenthesised node spans the parentheses too, for explanations.
            if (prev_.end >= first.offset) {
                nodes_[inner].begin = static_cast<std::uint32_t>(first.offset);
                nodes_[inner].end = static_cast<std::uint32_t>(prev_.end);
            }
            return inner;
        }
        if (cur_.kind != token_kind::identifier) return expected("a rating, a number, a condition or `(`");
        const std::string_view word = cur_.text;
        if (word == "true" || word == "false") {
            advance();
            rule_node n = make_node(node_kind::constant, value_type::boolean);
            n.value = word == "true" ? 1 : 0;
            return add(n, first);
        }
        if (word == "meets" || word == "gap") return meets_or_gap();
        if (word == "at") return at_level();
        if (word == "expected") return expected_rating();
        if (word == "trend") return trend();
        if (word == "count" || word == "all" || word == "any" || word == "sum") return quantifier();
        if (word == "time_in_level" || word == "tenure") {
            advance();
            return add(make_node(word == "tenure" ? node_kind::tenure : node_kind::time_in_level, value_type::duration), first);
        }
        return name();
    }

    /// A bare name: the bound competency, a competency, a scale point, or an attribute.
    constexpr index_t name() {
        const token first = cur_;
        const std::string_view word = cur_.text;
        const std::size_t frame = cur_from_.frame;
        advance();
        if (!bound_name_.empty() && word == bound_name_) return add(make_node(node_kind::bound_rating, value_type::number), first);
        if (const index_t c = find_row(ladder_.competencies(), word); c != no_index) {
            rule_node n = make_node(node_kind::rating, value_type::number);
            n.a = c;
            return add(n, first);
        }
        if (const scale_point* p = ladder_.point_by_id(ladder_.default_scale_index(), word)) {
            rule_node n = make_node(node_kind::constant, value_type::number);
            n.value = p->value;
            return add(n, first);
        }
        if (const index_t a = find_row(ladder_.attributes(), word); a != no_index) {
            const attribute_type t = ladder_.attributes()[a].type;
            if (t == attribute_type::text) {
                lex().report(diagnostic_code::type_mismatch, first.where, "a text attribute", 0, 0,
                            "a condition, a number or a duration");
                return no_index;
            }
            rule_node n = make_node(node_kind::attribute, t == attribute_type::boolean  ? value_type::boolean
                                                          : t == attribute_type::number ? value_type::number
                                                                                        : value_type::duration);
            n.a = a;
            return add(n, first);
        }
        if (const index_t k = find_row(ladder_.rules(), word); k != no_index) return use_rule(k, first, frame);
        suggestion_finder finder(word);
        for (const auto& c : ladder_.competencies()) finder.consider(c.id);
        for (const auto& r : ladder_.rules()) finder.consider(r.id);
        for (const auto& a : ladder_.attributes()) finder.consider(a.id);
        if (const index_t s = ladder_.default_scale_index(); s != no_index) {
            for (const auto& p : ladder_.points_of(ladder_.scales()[s])) finder.consider(p.id);
        }
        for (std::string_view w : {"time_in_level", "tenure", "meets", "gap", "at", "expected", "trend", "count", "all", "any", "sum",
                                   "true", "false"}) {
            finder.consider(w);
        }
        lex().report(diagnostic_code::unknown_name, first.where, word, 0, 0, {}, entity::text, finder.best());
        return no_index;
    }

    /// A named rule used by name: its text is read in place, as if written here (so it sees the
    /// same cycle and competency as the use), each parameter standing for its argument. Its text
    /// is kept after the rule's own, so its parts explain themselves; a one-clause rule stands in
    /// explanations as its use (`sustained(L6)`).
    constexpr index_t use_rule(index_t k, const token& use, std::size_t frame) {
        const named_rule& named = ladder_.rules()[k];
        if (reading(frame, k, no_index, use)) return no_index;
        const std::size_t first_argument = arguments_.size();
        std::size_t parameters = 0;
        for (std::string_view p : parameter_names(named.parameters)) parameters += p.empty() ? 0 : 1;
        if ((parameters != 0 || cur_.kind == token_kind::left_paren) && !read_arguments()) return no_index;
        const std::size_t given = arguments_.size() - first_argument;
        if (given != parameters) {
            lex().report(diagnostic_code::wrong_arity, use.where, named.id, static_cast<std::int64_t>(given),
                         static_cast<std::int64_t>(parameters), {}, entity::rule);
            return no_index;
        }
        const std::size_t use_end = prev_.end;
        expansion x;
        x.rule = k;
        x.caller = frame;
        x.first_argument = first_argument;
        const index_t body = read_in_place(x, named.text, named.id);
        if (body == no_index) return no_index;
        if (nodes_[body].kind != node_kind::logical_and && use_end >= use.offset) {
            // A single clause reads best as the use; an `and` of clauses shows its parts.
            nodes_[body].begin = static_cast<std::uint32_t>(use.offset);
            nodes_[body].end = static_cast<std::uint32_t>(use_end);
        }
        return body;
    }

    /// Reads `text` (a named rule's, or a level's criterion) where it is used, as if written
    /// there, in a frame of its own; its text is kept after the rule's own. `condition`: it
    /// must be one (a criterion), checked while its own text is read, so an error is placed there.
    constexpr index_t read_in_place(const expansion& x, std::string_view text, std::string_view source_name,
                                    bool condition = false) {
        frames_.push_back(x);
        const token saved_cur = cur_, saved_prev = prev_;
        const token_origin saved_from = cur_from_;
        const std::size_t depth = sources_.size();
        used_text_.push_back('\n');
        const std::size_t region = text_.size() + used_text_.size();
        for (char c : text) used_text_.push_back(c);
        push_source(lexer(text, source_name, text_limits_, found_), region, frames_.size() - 1);
        advance();
        index_t body = or_expression();
        if (body != no_index && cur_.kind != token_kind::end) body = expected("the end of the rule, `and` or `or`");
        if (condition && body != no_index && !require(body, value_type::boolean)) body = no_index;
        while (sources_.size() > depth) sources_.pop_back();
        cur_ = saved_cur;
        prev_ = saved_prev;
        cur_from_ = saved_from;
        return body;
    }

    /// meets(L) where level L states a criterion: its expectations and that criterion, read in
    /// place as a named rule is (so it sees the cycle and competency of the use).
    constexpr index_t with_criterion(index_t expectations, index_t level_row, const token& use, std::size_t frame) {
        const level& l = ladder_.levels()[level_row];
        if (reading(frame, no_index, level_row, use)) return no_index;
        expansion x;
        x.level = level_row;
        x.caller = frame;
        x.first_argument = arguments_.size();
        const index_t body = read_in_place(x, l.criterion, l.id, true);
        if (body == no_index) return no_index;
        return add(make_node(node_kind::logical_and, value_type::boolean, expectations, body), use);
    }

    /// `meets(L6)`, `meets(L6 as architect)`; `gap(L6)`, `gap(L6 as architect)`.
    /// meets() asks a level's criterion too (`level S5 … when points >= 43`); gap() is the
    /// shortfall against its expectations alone.
    constexpr index_t meets_or_gap() {
        const token first = cur_;
        const std::size_t frame = cur_from_.frame;
        const bool gap = cur_.text == "gap";
        advance();
        rule_node n = gap ? make_node(node_kind::gap, value_type::number) : make_node(node_kind::meets, value_type::boolean);
        if (!expect(token_kind::left_paren, "`(` and a level") || !level_as_archetype(n.a, n.b)) return no_index;
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        const index_t expectations = add(n, first);
        if (gap || expectations == no_index || ladder_.levels()[n.a].criterion.empty()) return expectations;
        return with_criterion(expectations, n.a, first, frame);
    }

    /// `at(L5)`: the person is at level L5; `at(senior)`: at a level of group senior
    /// (`group senior "…" = L5..L8`).
    constexpr index_t at_level() {
        const token first = cur_;
        advance();
        if (!expect(token_kind::left_paren, "`(` and a level or a group") || !at_id("a level or a group id")) return no_index;
        rule_node n = make_node(node_kind::at_level, value_type::boolean);
        if (const index_t g = find_row(ladder_.groups(), cur_.text); g != no_index) {
            const level_group& group = ladder_.groups()[g];
            if (!group.lowest.resolved() || !group.highest.resolved()) {
                // The group names a level that does not exist (validation reports it at the group).
                lex().report(diagnostic_code::unknown_reference, cur_.where, group.lowest.resolved() ? group.highest.id : group.lowest.id,
                             0, 0, group.id, entity::level);
                return no_index;
            }
            n.a = group.lowest.index;
            n.b = group.highest.index;
            advance();
        } else if (const index_t x = find_row(ladder_.levels(), cur_.text); x != no_index) {
            n.a = n.b = x;
            advance();
        } else {
            suggestion_finder finder(cur_.text);
            for (const auto& v : ladder_.levels()) finder.consider(v.id);
            for (const auto& v : ladder_.groups()) finder.consider(v.id);
            lex().report(diagnostic_code::unknown_id, cur_.where, cur_.text, 0, 0, {}, entity::level, finder.best());
            return no_index;
        }
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        return add(n, first);
    }

    /// `L6` or `L6 as architect`.
    constexpr bool level_as_archetype(index_t& level, index_t& archetype) {
        return known_level(level) && (!accept_word("as") || known_archetype(archetype));
    }

    /// `expected(L6, design)`, `expected(L6 as architect, design)`: the rating the level expects,
    /// a number known when the rule is compiled.
    constexpr index_t expected_rating() {
        const token first = cur_;
        advance();
        index_t level = no_index, archetype = no_index, competency = no_index;
        if (!expect(token_kind::left_paren, "`(` and a level") || !level_as_archetype(level, archetype) ||
            !expect(token_kind::comma, "`,` and a competency")) {
            return no_index;
        }
        const token named = cur_;
        if (!known_competency(competency)) return no_index;
        std::optional<rating> minimum;
        if (archetype != no_index) minimum = minimum_of(ladder_.expectations_of(ladder_.archetypes()[archetype]), competency);
        if (!minimum) minimum = minimum_of(ladder_.expectations_of(ladder_.levels()[level]), competency);
        if (!minimum) {
            lex().report(diagnostic_code::no_expectation, named.where, named.text, 0, 0, ladder_.levels()[level].id,
                         entity::level);
            return no_index;
        }
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        rule_node n = make_node(node_kind::constant, value_type::number);
        n.value = *minimum;
        return add(n, first);
    }

    /// `trend(X over last N cycles)`: X in the latest cycle minus X N - 1 cycles before.
    constexpr index_t trend() {
        const token first = cur_;
        advance();
        if (!expect(token_kind::left_paren, "`(` and a number")) return no_index;
        const index_t body = additive();
        if (body == no_index || !require(body, value_type::number)) return no_index;
        std::int64_t n = 0;
        if (!expect_word("over", "`over last N cycles`") || !expect_word("last", "`last` and a number of cycles")) {
            return no_index;
        }
        if (cur_.kind == token_kind::number && cur_.number == 1) return expected("at least 2 cycles for a trend");
        if (!count_literal(n)) return no_index;
        if (!accept_word("cycles")) return expected("`cycles`");
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        rule_node node = make_node(node_kind::trend, value_type::number, body);
        node.a = static_cast<index_t>(n);
        return add(node, first);
    }

    // Plain functions over a namespace-scope template, not a member template: clang 14 does not
    // instantiate a member template of a non-template class in time for constant evaluation.
    constexpr bool known_level(index_t& into) {
        return at_id("a level id") && resolve(match_id(ladder_.levels(), cur_.text), entity::level, into);
    }
    constexpr bool known_archetype(index_t& into) {
        return at_id("an archetype id") && resolve(match_id(ladder_.archetypes(), cur_.text), entity::archetype, into);
    }
    constexpr bool known_competency(index_t& into) {
        return at_id("a competency id") && resolve(match_id(ladder_.competencies(), cur_.text), entity::competency, into);
    }
    constexpr bool known_category(index_t& into) {
        return at_id("a category id, or `competencies`") &&
               resolve(match_id(ladder_.categories(), cur_.text), entity::category, into);
    }
    /// True at an identifier; otherwise reports what was expected.
    constexpr bool at_id(std::string_view what) {
        if (cur_.kind == token_kind::identifier) return true;
        expected(what);
        return false;
    }
    /// Takes the current id as the matched row, or reports it unknown with the suggestion.
    constexpr bool resolve(const id_match& match, entity about, index_t& into) {
        if (match.row == no_index) {
            lex().report(diagnostic_code::unknown_id, cur_.where, cur_.text, 0, 0, {}, about, match.suggestion);
            return false;
        }
        into = match.row;
        advance();
        return true;
    }

    /// `count(c in people where c >= 4)`, `all(…)`, `any(…)`; `sum(c in craft)`.
    constexpr index_t quantifier() {
        const token first = cur_;
        const std::string_view word = cur_.text;
        advance();
        if (!bound_name_.empty()) {
            lex().report(diagnostic_code::nested_quantifier, first.where, word);
            return no_index;
        }
        std::string_view name;
        if (!expect(token_kind::left_paren, "`(`")) return no_index;
        if (cur_.kind != token_kind::identifier) return expected("a name for each competency, as in `count(c in people …)`");
        name = cur_.text;
        advance();
        if (!expect_word("in", "`in` and a category, or `competencies`")) return no_index;
        rule_node n{};
        if (!accept_word("competencies") && !known_category(n.a)) return no_index;
        bound_name_ = name;
        index_t body = no_index;
        if (word == "sum") {
            body = add(make_node(node_kind::bound_rating, value_type::number), first);
        } else if (!expect_word("where", "`where` and a condition on each competency")) {
            bound_name_ = {};
            return no_index;
        } else {
            body = expression(value_type::boolean);
        }
        bound_name_ = {};
        if (body == no_index || !expect(token_kind::right_paren, "`)`")) return no_index;
        n.kind = word == "count" ? node_kind::count : word == "all" ? node_kind::all : word == "any" ? node_kind::any : node_kind::sum;
        n.type = (n.kind == node_kind::count || n.kind == node_kind::sum) ? value_type::number : value_type::boolean;
        n.left = body;
        return add(n, first);
    }

    bool own_diagnostics_;
    constexpr_vector<rule_node> nodes_;
    std::size_t depth_ = 0;
    std::string_view bound_name_;
};

}  // namespace detail

/// Compiles rule text against a ladder: the rule, or every problem with its place (unknown
/// names with a did-you-mean, type errors, limits). The rule keeps its own copy of the text.
[[nodiscard]] constexpr result<rule> compile_rule(const ladder_view& l, std::string_view text,
                                                  std::string_view name = "<rule>", const rule_limits& limits = {}) {
    detail::rule_compiler compiler(l, text, name, limits);
    return compiler.compile();
}

LADDER_END_NAMESPACE
