#include <ladder/ladder.hpp>

#include "catch.hpp"
#include "differential_ladder.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

// A differential test: 10,000 generated (rule, person) pairs, each judged by the library and by
// a small reference interpreter written here, independently, from docs/rules.md's semantics.

namespace {

using differential::random_person;
using differential::small;

using tri = std::optional<std::int64_t>;  // empty: unknown

struct expr {
    enum kind_t { rating, bound, number, add, sub, less, greater_equal, equal, logical_and, logical_or, logical_not,
                  meets, attribute, count, all, any, history, gap, trend } kind;
    std::unique_ptr<expr> a, b;
    int value = 0;   // competency row, number, level row, category row (-1: all), or K
    int other = -1;  // archetype row, or N (history and trend)
};

namespace dsl = ladder::dsl;

/// Generates a rule three ways at once: as text, as a tree for the reference, and as a C++
/// expression of the DSL. `each` is the DSL's rating of the competency a quantifier visits.
struct generator {
    std::mt19937& rng;
    const ladder::ladder_view v = small;
    int pick(int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); }

    std::unique_ptr<expr> node(expr::kind_t k) {
        auto e = std::make_unique<expr>();
        e->kind = k;
        return e;
    }
    ladder::level_ref level(int row) { return *ladder::find_level(v, v.levels()[static_cast<std::size_t>(row)].id); }
    ladder::competency_ref competency(int row) {
        return *ladder::find_competency(v, v.competencies()[static_cast<std::size_t>(row)].id);
    }
    ladder::archetype_ref deep() { return *ladder::find_archetype(v, "deep"); }

    std::unique_ptr<expr> number_expr(int depth, const dsl::number* each, std::string& out, dsl::number& d) {
        const int choice = depth <= 0 ? pick(2) : pick(7);
        if (choice == 4) {  // the shortfall against a level
            auto e = node(expr::gap);
            e->value = pick(3);
            out += "gap(L" + std::to_string(e->value + 1);
            if (pick(3) == 0) {
                e->other = 0;
                out += " as deep";
                d = dsl::gap(level(e->value), deep());
            } else {
                d = dsl::gap(level(e->value));
            }
            out += ")";
            return e;
        }
        if (choice == 5) {
            auto e = node(expr::trend);
            e->other = 2 + pick(3);
            out += "trend(";
            dsl::number inner;
            e->a = number_expr(depth - 1, each, out, inner);
            out += " over last " + std::to_string(e->other) + " cycles)";
            d = dsl::trend(inner, e->other);
            return e;
        }
        if (choice == 6) {  // what a level expects: a number known when compiling
            const int row = pick(3), c = pick(4);
            const bool as_deep = row > 0 && pick(2) == 0;
            auto e = node(expr::number);
            e->value = as_deep ? *ladder::expected(v, level(row), deep(), competency(c))
                               : *ladder::expected(v, level(row), competency(c));
            out += "expected(L" + std::to_string(row + 1) + (as_deep ? " as deep, " : ", ") +
                   std::string(v.competencies()[static_cast<std::size_t>(c)].id) + ")";
            d = as_deep ? dsl::expected(level(row), deep(), competency(c)) : dsl::expected(level(row), competency(c));
            return e;
        }
        if (choice == 0 || (choice == 1 && each == nullptr)) {
            auto e = node(expr::rating);
            e->value = pick(4);
            out += std::string(v.competencies()[static_cast<std::size_t>(e->value)].id);
            d = dsl::rating(competency(e->value));
            return e;
        }
        if (choice == 1) {
            out += "c";
            d = *each;
            return node(expr::bound);
        }
        if (choice == 2) {
            auto e = node(expr::number);
            e->value = pick(7) - 1;
            out += std::to_string(e->value);
            d = dsl::value(e->value);
            return e;
        }
        auto e = node(pick(2) ? expr::add : expr::sub);
        out += "(";
        dsl::number left, right;
        e->a = number_expr(depth - 1, each, out, left);
        out += e->kind == expr::add ? " + " : " - ";
        e->b = number_expr(depth - 1, each, out, right);
        out += ")";
        d = e->kind == expr::add ? left + right : left - right;
        return e;
    }
    std::unique_ptr<expr> condition(int depth, const dsl::number* each, std::string& out, dsl::condition& d) {
        const int choice = depth <= 0 ? pick(3) : pick(10);
        switch (choice) {
            case 0: {  // a comparison
                static const expr::kind_t ops[] = {expr::less, expr::greater_equal, expr::equal};
                static const char* const words[] = {" < ", " >= ", " == "};
                const int op = pick(3);
                auto e = node(ops[op]);
                out += "(";
                dsl::number left, right;
                e->a = number_expr(depth - 1, each, out, left);
                out += words[op];
                e->b = number_expr(depth - 1, each, out, right);
                out += ")";
                d = op == 0 ? left < right : op == 1 ? left >= right : left == right;
                return e;
            }
            case 1: {
                auto e = node(expr::meets);
                e->value = pick(3);
                out += "meets(L" + std::to_string(e->value + 1);
                if (pick(3) == 0) {
                    e->other = 0;
                    out += " as deep";
                    d = dsl::meets(level(e->value), deep());
                } else {
                    d = dsl::meets(level(e->value));
                }
                out += ")";
                return e;
            }
            case 2:
                out += "open_position";
                d = dsl::flag("open_position");
                return node(expr::attribute);
            case 3:
            case 4: {
                if (each != nullptr) return condition(0, each, out, d);
                static const expr::kind_t kinds[] = {expr::count, expr::all, expr::any};
                static const char* const words[] = {"count", "all", "any"};
                const int q = pick(3);
                auto e = node(kinds[q]);
                e->value = pick(3) - 1;  // -1: every competency
                out += std::string("(") + words[q] + "(c in " +
                       (e->value < 0 ? std::string("competencies")
                                     : std::string(v.categories()[static_cast<std::size_t>(e->value)].id)) +
                       " where ";
                // The DSL calls the predicate once, at once: the body is generated inside it.
                const auto body = [&](const dsl::number& c) {
                    dsl::condition inner;
                    e->a = condition(depth - 1, &c, out, inner);
                    return inner;
                };
                const auto category = e->value < 0 ? std::optional<ladder::category_ref>()
                                                   : *ladder::find_category(v, v.categories()[static_cast<std::size_t>(e->value)].id);
                if (q == 0) {
                    const dsl::number n = category ? dsl::count(*category, body) : dsl::count(body);
                    out += ")";
                    e->other = pick(4);
                    out += " >= " + std::to_string(e->other);
                    d = n >= e->other;
                } else if (q == 1) {
                    d = category ? dsl::all(*category, body) : dsl::all(body);
                    out += ")";
                } else {
                    d = category ? dsl::any(*category, body) : dsl::any(body);
                    out += ")";
                }
                out += ")";
                return e;
            }
            case 5: {
                auto e = node(expr::history);
                e->other = 1 + pick(3);
                e->value = 1 + pick(e->other);
                out += "(";
                dsl::condition inner;
                e->a = condition(depth - 1, each, out, inner);
                out += ") in at least " + std::to_string(e->value) + " of last " + std::to_string(e->other) + " cycles";
                d = dsl::in_cycles(inner, e->value, e->other);
                return e;
            }
            case 6: {
                auto e = node(expr::logical_not);
                out += "not (";
                dsl::condition inner;
                e->a = condition(depth - 1, each, out, inner);
                out += ")";
                d = !inner;
                return e;
            }
            default: {
                auto e = node(pick(2) ? expr::logical_and : expr::logical_or);
                out += "(";
                dsl::condition left, right;
                e->a = condition(depth - 1, each, out, left);
                out += e->kind == expr::logical_and ? " and " : " or ";
                e->b = condition(depth - 1, each, out, right);
                out += ")";
                d = e->kind == expr::logical_and ? (left && right) : (left || right);
                return e;
            }
        }
    }
};

/// The reference: a direct recursive reading of docs/rules.md.
struct reference {
    const ladder::person& p;
    std::size_t back = 0;
    int bound = -1;

    [[nodiscard]] tri rating(int competency) const {
        const auto r = p.rating_of(static_cast<ladder::index_t>(competency), back);
        return r ? tri(*r) : tri();
    }
    static tri kleene_and(tri a, tri b) {
        if ((a && *a == 0) || (b && *b == 0)) return 0;
        if (!a || !b) return {};
        return 1;
    }
    static tri kleene_or(tri a, tri b) {
        if ((a && *a != 0) || (b && *b != 0)) return 1;
        if (!a || !b) return {};
        return 0;
    }
    tri eval(const expr& e) {
        const auto both = [&](auto f) -> tri {
            const tri x = eval(*e.a), y = eval(*e.b);
            if (!x || !y) return {};
            return f(*x, *y);
        };
        switch (e.kind) {
            case expr::rating: return rating(e.value);
            case expr::bound: return rating(bound);
            case expr::number: return e.value;
            case expr::add: return both([](auto x, auto y) { return x + y; });
            case expr::sub: return both([](auto x, auto y) { return x - y; });
            case expr::less: return both([](auto x, auto y) { return std::int64_t{x < y}; });
            case expr::greater_equal: return both([](auto x, auto y) { return std::int64_t{x >= y}; });
            case expr::equal: return both([](auto x, auto y) { return std::int64_t{x == y}; });
            case expr::logical_and: return kleene_and(eval(*e.a), eval(*e.b));
            case expr::logical_or: return kleene_or(eval(*e.a), eval(*e.b));
            case expr::logical_not: {
                const tri x = eval(*e.a);
                return x ? tri(*x == 0) : tri();
            }
            case expr::attribute: {
                const auto* v = p.value_of(0);
                return v ? tri(v->number) : tri();
            }
            case expr::meets:
            case expr::gap: {
                const ladder::ladder_view v = small;
                const auto level = *ladder::find_level(v, std::string("L") + std::to_string(e.value + 1));
                std::optional<ladder::archetype_ref> as;
                if (e.other == 0) as = *ladder::find_archetype(v, "deep");
                bool unknown = false;
                std::int64_t shortfall = 0;
                for (const auto& x : ladder::expectations(v, level, as)) {
                    if (p.exemption_from(x.competency.index)) continue;
                    const tri r = rating(static_cast<int>(x.competency.index));
                    if (r && *r < x.minimum) shortfall += x.minimum - *r;
                    unknown = unknown || !r;
                }
                if (e.kind == expr::gap) return unknown ? tri() : tri(shortfall);
                if (shortfall > 0) return 0;
                return unknown ? tri() : tri(1);
            }
            case expr::trend: {
                const std::size_t outer = back;
                const tri now = eval(*e.a);
                back = outer + static_cast<std::size_t>(e.other - 1);
                const tri then = eval(*e.a);
                back = outer;
                if (!now || !then) return {};
                return *now - *then;
            }
            case expr::count:
            case expr::all:
            case expr::any: {
                int trues = 0;
                bool falses = false, unknown = false;
                const auto competencies = small.view().competencies();
                for (std::size_t c = 0; c != competencies.size(); ++c) {
                    if (e.value >= 0 && competencies[c].category.index != static_cast<ladder::index_t>(e.value)) continue;
                    if (p.exemption_from(static_cast<ladder::index_t>(c))) continue;
                    const int saved = bound;
                    bound = static_cast<int>(c);
                    const tri t = eval(*e.a);
                    bound = saved;
                    if (!t) unknown = true;
                    else if (*t != 0) ++trues;
                    else falses = true;
                }
                if (e.kind == expr::all) return falses ? tri(0) : unknown ? tri() : tri(1);
                if (e.kind == expr::any) return trues > 0 ? tri(1) : unknown ? tri() : tri(0);
                return unknown ? tri() : tri(trues >= e.other);
            }
            case expr::history: {
                int met = 0, open = 0;
                const std::size_t outer = back;
                for (int k = 0; k != e.other; ++k) {
                    back = outer + static_cast<std::size_t>(k);
                    const tri t = eval(*e.a);
                    if (!t) ++open;
                    else if (*t != 0) ++met;
                }
                back = outer;
                if (met >= e.value) return 1;
                if (met + open < e.value) return 0;
                return {};
            }
        }
        return {};
    }
};

/// The same program: node for node, ignoring where each came from in its text.
bool same_nodes(const ladder::rule_view& a, const ladder::rule_view& b) {
    if (a.nodes().size() != b.nodes().size() || a.root() != b.root()) return false;
    for (std::size_t i = 0; i != a.nodes().size(); ++i) {
        const auto& x = a.nodes()[i];
        const auto& y = b.nodes()[i];
        if (x.kind != y.kind || x.type != y.type || x.left != y.left || x.right != y.right || x.a != y.a || x.b != y.b ||
            x.value != y.value || x.first != y.first || x.context != y.context || x.right_of != y.right_of) {
            return false;
        }
    }
    return true;
}

ladder::verdict verdict_of(tri t) {
    return !t ? ladder::verdict::unknown : *t != 0 ? ladder::verdict::pass : ladder::verdict::fail;
}

}  // namespace

TEST_CASE("the evaluator and the expression DSL agree with a reference interpreter on 10000 generated pairs", "[rules][differential]") {
    std::mt19937 rng(4242);  // fixed seed: a failure reproduces
    int verdicts[3] = {0, 0, 0};
    for (int i = 0; i != 10000; ++i) {
        generator g{rng};
        std::string text;
        dsl::condition written;
        const auto tree = g.condition(4, nullptr, text, written);
        const ladder::person p = random_person(rng);
        const auto compiled = ladder::compile_rule(small, text);
        INFO("pair " << i << ": " << text << "\n" << compiled.diagnostics().to_string());
        REQUIRE(compiled.ok());
        const auto outcome = ladder::evaluate(*compiled, p);
        REQUIRE(outcome.ok());
        reference ref{p};
        const auto expected = verdict_of(ref.eval(*tree));
        REQUIRE(outcome->result() == expected);
        REQUIRE(ladder::check(*compiled, p).value() == expected);  // the verdict-only path agrees
        // The same rule written in C++ compiles to the same nodes, and so to the same verdict.
        const auto from_dsl = dsl::make_rule(small, written);
        REQUIRE(from_dsl.ok());
        REQUIRE(same_nodes(from_dsl->view(), compiled->view()));
        REQUIRE(ladder::check(*from_dsl, p).value() == expected);
        ++verdicts[static_cast<int>(expected)];
    }
    // The generator reaches every verdict often enough for the comparison to mean something.
    CHECK(verdicts[0] > 1000);
    CHECK(verdicts[1] > 1000);
    CHECK(verdicts[2] > 1000);
}
