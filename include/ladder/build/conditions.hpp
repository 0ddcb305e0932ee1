// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Every condition a ladder states, compiled once when the ladder is built, into tables the
// ladder owns: meets(L) for each level (its expectations and its criterion), each move's `when`,
// each advisory, each named rule without parameters, each test's `expect rule …`. Decisions,
// tests and the command evaluate these; nothing compiles a ladder's text after this.

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/compile.hpp>

#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Where a place in a condition's text stands in the file the condition was read from.
[[nodiscard]] constexpr source_position in_file(source_position text_at, source_position in_text) noexcept {
    if (text_at.line == 0 || in_text.line == 0) return {};
    return {text_at.line + in_text.line - 1, in_text.line == 1 ? text_at.column + in_text.column - 1 : in_text.column};
}

/// What a condition is and where it was written, to place its findings.
struct condition_source {
    std::string_view text;
    std::string_view name;    ///< the source name its text is compiled under
    source_position text_at;  ///< of the text's first character in the file; line 0: not from a file
    source_position where;    ///< of the statement
};

/// A limit reached while reading what a condition uses in place belongs to the condition (its
/// whole expansion is too deep or too long), not to the text where it happened to be reached.
[[nodiscard]] constexpr bool reported_where_used(diagnostic_code code) noexcept {
    return code == diagnostic_code::rule_cycle || code == diagnostic_code::criterion_cycle ||
           code == diagnostic_code::rule_too_deep || code == diagnostic_code::rule_too_long;
}

/// A failed condition whose findings all lie in a named rule or a level criterion it uses: its
/// first error, placed at its statement, reported unless that rule or level failed on its own.
struct deferred_finding {
    std::string_view in;  ///< the named rule or level the finding lies in
    diagnostic placed;
};

/// Reports what compiling a condition found. A finding inside its own text is placed in the
/// file; one inside a named rule or a level criterion it uses is left to that one's own
/// compilation, except a cycle or a limit (reported here too) and a finding in a rule with
/// parameters (which has no compilation of its own), placed in that rule's text. When every
/// finding was left to another, the first error comes back, to report unless that other failed:
/// a condition that does not compile is never dropped in silence (a rule may compile alone and
/// fail where it is used, inside a quantifier say).
constexpr std::optional<deferred_finding> report_condition(const ladder_view& v, const condition_source& from,
                                                           const diagnostic_list& found, diagnostic_list& out) {
    const std::size_t errors_before = out.error_count();
    for (diagnostic d : found) {
        bool own = d.source == from.name;
        source_position base = from.text_at;
        if (!own) {
            const index_t r = find_row(v.rules(), d.source);
            if (r != no_index && !v.rules()[r].parameters.empty()) {
                own = true;
                base = v.rules()[r].text_at;
            } else if (!reported_where_used(d.code)) {
                continue;
            }
        }
        if (from.text_at.line != 0) {
            d.where = own ? in_file(base, d.where) : from.where;
            d.source = {};
            d.line_text = {};
        }
        out.add(d);
    }
    if (out.error_count() != errors_before) return std::nullopt;
    for (diagnostic d : found) {
        if (d.severity != severity::error) continue;
        const std::string_view in = d.source;
        if (from.text_at.line != 0) {
            d.where = from.where;
            d.source = {};
            d.line_text = {};
        }
        return deferred_finding{in, d};
    }
    return std::nullopt;
}

/// Appends a compiled rule to the tables as one condition (an empty one when it did not compile).
template <class Tables>
constexpr void keep_condition(Tables& t, const result<rule>& compiled) {
    compiled_condition c;
    c.first_node = static_cast<index_t>(t.condition_nodes.size());
    c.first_char = static_cast<index_t>(t.condition_text.size());
    if (compiled.ok()) {
        const rule_view r = compiled->view();
        for (const rule_node& n : r.nodes()) t.condition_nodes.push_back(n);
        for (char ch : r.full_text()) t.condition_text.push_back(ch);
        c.node_count = static_cast<index_t>(r.nodes().size());
        c.root = r.root();
        c.text_size = static_cast<index_t>(r.full_text().size());
        c.own_length = static_cast<index_t>(r.text().size());
    }
    t.conditions.push_back(c);
}

/// Compiles every condition of resolved tables into their condition tables (which must be
/// empty), in the order ladder_view's condition accessors read them. Returns what compiling
/// found; diagnostics view the tables' strings.
constexpr diagnostic_list compile_conditions(growing_tables& t) {
    diagnostic_list out;
    // The view reads the ladder's rows, which compiling never changes; only the condition
    // tables grow, and the compiler does not read them.
    const ladder_view v(t);
    constexpr_vector<std::string_view> failed;  ///< named rules and levels that fail on their own
    constexpr_vector<deferred_finding> deferred;
    // `named`: a named rule's or a level's own compilation, which others' findings may lie in.
    const auto report = [&](const condition_source& from, const diagnostic_list& found, bool named) {
        if (named) failed.push_back(from.name);
        if (auto d = report_condition(v, from, found, out)) deferred.push_back(*d);
    };
    // `any_type`: a named rule, which may be a number or a duration (kept only when a condition).
    const auto compile = [&](const condition_source& from, bool any_type = false) {
        if (from.text.empty()) {
            keep_condition(t, result<rule>(diagnostic_list{}));
            return;
        }
        rule_compiler compiler(v, from.text, from.name, rule_limits{}, false);
        const auto compiled = compiler.compile(any_type);
        if (!compiled.ok()) report(from, compiled.diagnostics(), any_type);
        // (if/else, not `?:`: g++ 12 misjudges class temporaries of a conditional in constant evaluation)
        if (compiled.ok() && compiled->view().nodes()[compiled->view().root()].type == value_type::boolean) {
            keep_condition(t, compiled);
        } else {
            keep_condition(t, result<rule>(diagnostic_list{}));
        }
    };
    for (std::size_t i = 0; i != t.levels.size(); ++i) {
        const level& l = t.levels[i];
        rule_compiler compiler(v, {}, l.id, rule_limits{}, false);
        const auto compiled = compiler.compile_meets(static_cast<index_t>(i));
        if (!compiled.ok()) report({l.criterion, l.id, l.criterion_at, l.where}, compiled.diagnostics(), true);
        keep_condition(t, compiled);
    }
    for (const transition& tr : t.transitions) compile({tr.guard, "when", tr.guard_at, tr.where});
    for (const advisory& a : t.advisories) compile({a.text, "warn", a.text_at, a.where});
    for (const named_rule& r : t.rules) compile({r.parameters.empty() ? r.text : std::string_view{}, r.id, r.text_at, r.where}, true);
    for (const test_check& c : t.test_checks) compile({c.is_rule ? c.target : std::string_view{}, "expect", c.target_at, c.where});
    for (const deferred_finding& d : deferred) {
        bool reported = false;
        for (std::string_view name : failed) reported = reported || name == d.in;
        if (!reported) out.add(d.placed);
    }
    return out;
}

}  // namespace detail
LADDER_END_NAMESPACE
