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
// a small reference interpreter written here from docs/rules.md. The reference shares no code
// with the library: it reads the person as plain data (the library gets the same person through
// its builder), keeps its own copy of the ladder's expectations and of the archetype's override,
// and works out the whole explanation (clauses, compared values, cycles met, gaps, missing data,
// exemptions), which must agree with the library's field for field.

namespace {

using differential::plain_person;
using differential::small;

using tri = std::optional<std::int64_t>;  // empty: unknown

// The reference's own copy of the differential ladder (tests/support/differential_ladder.hpp):
// competencies code, design, coach, speak in that order, two per category (craft, people);
// what L1, L2 and L3 expect of each; and the archetype `deep`, from L2, raising design to 4.
constexpr const char* competency_ids[] = {"code", "design", "coach", "speak"};
constexpr int category_of[] = {0, 0, 1, 1};
constexpr int level_expects[3][4] = {{1, 1, 1, 1}, {2, 2, 1, 2}, {3, 3, 3, 3}};
constexpr int deep_competency = 1, deep_minimum = 4, deep_from_level = 1;

/// What a level expects of a competency, as archetype `as` (-1: none) where it is asked for.
int minimum(int level, int competency, int as) {
    return as == 0 && competency == deep_competency ? deep_minimum : level_expects[level][competency];
}

struct expr {
    enum kind_t { rating, bound, number, add, sub, less, greater_equal, equal, logical_and, logical_or, logical_not,
                  meets, attribute, count, all, any, history, gap, trend, at } kind;
    std::unique_ptr<expr> a, b;
    int value = 0;   // competency row, number, level row (3: the group upper, L2..L3), category row (-1: all), or K
    int other = -1;  // archetype row, or N (history and trend)
    // What the reference worked out for this node the last time it evaluated it.
    mutable std::optional<std::int64_t> result, counted;
    mutable std::int64_t cycles_met = 0;
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
            e->value = minimum(row, c, as_deep ? 0 : -1);
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
        const int choice = depth <= 0 ? pick(3) : pick(11);
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
            case 7: {  // at(L1), at(L2), at(L3) or at(upper)
                auto e = node(expr::at);
                e->value = pick(4);
                if (e->value == 3) {
                    out += "at(upper)";
                    d = dsl::at(*ladder::find_group(v, "upper"));
                } else {
                    out += "at(L" + std::to_string(e->value + 1) + ")";
                    d = dsl::at(level(e->value));
                }
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

/// The reference: a direct recursive reading of docs/rules.md over plain data. Everything is
/// evaluated (the explanation needs every value), left to right, as the text reads.
struct reference {
    explicit reference(const plain_person& person) : p(person) {}
    const plain_person& p;
    std::size_t back = 0;
    int bound = -1;

    struct clause {
        ladder::verdict result;
        bool compares;
        std::optional<std::int64_t> left, right;
        std::int64_t cycles_met;
        std::uint32_t depth;
    };
    struct gap {
        int competency, required;
        std::optional<int> actual;
    };
    struct missing {
        ladder::entity about;
        int row;
        std::size_t back;
    };
    std::vector<clause> clauses;
    std::vector<gap> gaps;
    std::vector<missing> missed;
    std::vector<int> exempt;

    [[nodiscard]] bool recording() const { return back == 0 && bound < 0; }
    void note_missing(ladder::entity about, int row) {
        for (const auto& m : missed) {
            if (m.about == about && m.row == row && m.back == back) return;
        }
        missed.push_back({about, row, back});
    }
    void note_exemption(int competency) {
        if (!recording()) return;
        for (int c : exempt) {
            if (c == competency) return;
        }
        exempt.push_back(competency);
    }
    tri rating(int competency) {
        if (back >= p.cycles.size()) {
            note_missing(ladder::entity::text, competency);  // the whole cycle is missing
            return {};
        }
        const int r = p.cycles[p.cycles.size() - 1 - back][static_cast<std::size_t>(competency)];
        if (r == 0) {
            note_missing(ladder::entity::competency, competency);
            return {};
        }
        return r;
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
        const tri t = eval_node(e);
        e.result = t;
        return t;
    }
    tri eval_node(const expr& e) {
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
            case expr::logical_and: {
                const tri x = eval(*e.a);
                return kleene_and(x, eval(*e.b));
            }
            case expr::logical_or: {
                const tri x = eval(*e.a);
                return kleene_or(x, eval(*e.b));
            }
            case expr::logical_not: {
                const tri x = eval(*e.a);
                return x ? tri(*x == 0) : tri();
            }
            case expr::attribute:
                if (!p.open_position) {
                    note_missing(ladder::entity::attribute, 0);
                    return {};
                }
                return *p.open_position;
            case expr::meets:
            case expr::gap: {
                // `as deep` where written; else the person's own archetype where it applies.
                const int as = e.other == 0 ? 0 : (p.archetype == 0 && e.value >= deep_from_level ? 0 : -1);
                bool unknown = false;
                std::int64_t shortfall = 0;
                for (int c = 0; c != 4; ++c) {
                    if (p.exempt == c) {
                        note_exemption(c);
                        continue;
                    }
                    const int required = minimum(e.value, c, as);
                    const tri r = rating(c);
                    if (r && *r < required) shortfall += required - *r;
                    unknown = unknown || !r;
                    if (recording() && (!r || *r < required)) {
                        bool seen = false;
                        for (const auto& g : gaps) seen = seen || g.competency == c;
                        if (!seen) gaps.push_back({c, required, r ? std::optional<int>(static_cast<int>(*r)) : std::nullopt});
                    }
                }
                if (e.kind == expr::gap) return unknown ? tri() : tri(shortfall);
                if (shortfall > 0) return 0;
                return unknown ? tri() : tri(1);
            }
            case expr::at: return e.value == 3 ? tri(p.level >= 1) : tri(p.level == e.value);  // upper: L2 and L3
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
                for (int c = 0; c != 4; ++c) {
                    if (e.value >= 0 && category_of[c] != e.value) continue;
                    if (p.exempt == c) {
                        note_exemption(c);
                        continue;
                    }
                    const int saved = bound;
                    bound = c;
                    const tri t = eval(*e.a);
                    bound = saved;
                    if (!t) unknown = true;
                    else if (*t != 0) ++trues;
                    else falses = true;
                }
                if (e.kind == expr::all) return falses ? tri(0) : unknown ? tri() : tri(1);
                if (e.kind == expr::any) return trues > 0 ? tri(1) : unknown ? tri() : tri(0);
                e.counted = unknown ? tri() : tri(trues);  // `count(...) >= K` compares this with K
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
                e.cycles_met = met;
                if (met >= e.value) return 1;
                if (met + open < e.value) return 0;
                return {};
            }
        }
        return {};
    }

    static ladder::verdict verdict_of(tri t) {
        return !t ? ladder::verdict::unknown : *t != 0 ? ladder::verdict::pass : ladder::verdict::fail;
    }

    /// The clauses as docs/rules.md lists them: the parts of the top-level `and`; under an `or`
    /// its alternatives and under a `not` its operand, one level deeper; nothing inside a history
    /// clause or a quantifier.
    void list_clauses(const expr& e, std::uint32_t depth, expr::kind_t joins) {
        const bool logical = e.kind == expr::logical_and || e.kind == expr::logical_or;
        if (logical && e.kind == joins) {
            list_clauses(*e.a, depth, joins);
            list_clauses(*e.b, depth, joins);
            return;
        }
        clause c{verdict_of(e.result), false, {}, {}, 0, depth};
        if (e.kind == expr::less || e.kind == expr::greater_equal || e.kind == expr::equal) {
            c.compares = true;
            c.left = e.a->result;
            c.right = e.b->result;
        } else if (e.kind == expr::count) {
            c.compares = true;
            c.left = e.counted;
            c.right = e.other;
        } else if (e.kind == expr::history) {
            c.cycles_met = e.cycles_met;
        }
        clauses.push_back(c);
        if (logical) {
            list_clauses(*e.a, depth + 1, e.kind);
            list_clauses(*e.b, depth + 1, e.kind);
        } else if (e.kind == expr::logical_not) {
            list_clauses(*e.a, depth + 1, expr::number);  // a kind no clause has: nothing flattens
        }
    }
};

/// The library's explanation, side by side with the reference's.
void same_explanation(const ladder::evaluation& got, const reference& want) {
    REQUIRE(got.clauses().size() == want.clauses.size());
    for (std::size_t i = 0; i != want.clauses.size(); ++i) {
        INFO("clause " << i);
        const auto& g = got.clauses()[i];
        const auto& w = want.clauses[i];
        CHECK(g.result == w.result);
        CHECK(g.depth == w.depth);
        CHECK(g.compares == w.compares);
        CHECK(g.left == w.left);
        CHECK(g.right == w.right);
        CHECK(g.cycles_met == w.cycles_met);
    }
    REQUIRE(got.gaps().size() == want.gaps.size());
    for (std::size_t i = 0; i != want.gaps.size(); ++i) {
        CHECK(got.gaps()[i].competency == static_cast<ladder::index_t>(want.gaps[i].competency));
        CHECK(got.gaps()[i].required == want.gaps[i].required);
        CHECK(got.gaps()[i].actual == want.gaps[i].actual);
    }
    REQUIRE(got.missing().size() == want.missed.size());
    for (std::size_t i = 0; i != want.missed.size(); ++i) {
        CHECK(got.missing()[i].about == want.missed[i].about);
        CHECK(got.missing()[i].row == static_cast<ladder::index_t>(want.missed[i].row));
        CHECK(got.missing()[i].cycles_back == want.missed[i].back);
    }
    REQUIRE(got.exemptions_applied().size() == want.exempt.size());
    for (std::size_t i = 0; i != want.exempt.size(); ++i) {
        CHECK(got.exemptions_applied()[i].competency == static_cast<ladder::index_t>(want.exempt[i]));
    }
}

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

}  // namespace

TEST_CASE("the evaluator and the expression DSL agree with a reference interpreter on 10000 generated pairs", "[rules][differential]") {
    // The reference's copy of the ladder is the ladder's: same competencies in the same order.
    const ladder::ladder_view v = small;
    REQUIRE(v.competencies().size() == 4);
    for (std::size_t c = 0; c != 4; ++c) REQUIRE(v.competencies()[c].id == competency_ids[c]);

    std::mt19937 rng(4242);  // fixed seed: a failure reproduces
    int verdicts[3] = {0, 0, 0};
    std::size_t clauses = 0, gaps = 0, missing = 0, exempt = 0;
    for (int i = 0; i != 10000; ++i) {
        generator g{rng};
        std::string text;
        dsl::condition written;
        const auto tree = g.condition(4, nullptr, text, written);
        const plain_person plain = differential::random_plain_person(rng);
        const ladder::person p = differential::to_person(plain);
        const auto compiled = ladder::compile_rule(small, text);
        INFO("pair " << i << ": " << text << "\n" << compiled.diagnostics().to_string());
        REQUIRE(compiled.ok());
        const auto outcome = ladder::evaluate(*compiled, p);
        REQUIRE(outcome.ok());
        reference ref(plain);
        const auto expected = reference::verdict_of(ref.eval(*tree));
        ref.list_clauses(*tree, 0, expr::logical_and);
        INFO(ladder::to_text(*outcome, *compiled, p));
        REQUIRE(outcome->result() == expected);
        same_explanation(*outcome, ref);
        REQUIRE(ladder::check(*compiled, p).value() == expected);  // the verdict-only path agrees
        // The person as a row of a people table reads the same.
        ladder::people_table row(v.competencies().size());
        row.add(p);
        REQUIRE(ladder::check(*compiled, row[0]).value() == expected);
        const auto from_row = ladder::evaluate(*compiled, row[0]);
        REQUIRE(from_row.ok());
        same_explanation(*from_row, ref);
        // The same rule written in C++ compiles to the same nodes, and so to the same verdict.
        const auto from_dsl = dsl::make_rule(small, written);
        REQUIRE(from_dsl.ok());
        REQUIRE(same_nodes(from_dsl->view(), compiled->view()));
        REQUIRE(ladder::check(*from_dsl, p).value() == expected);
        ++verdicts[static_cast<int>(expected)];
        clauses += ref.clauses.size();
        gaps += ref.gaps.size();
        missing += ref.missed.size();
        exempt += ref.exempt.size();
    }
    // The generator reaches every verdict, and every part of an explanation, often enough for
    // the comparison to mean something.
    CHECK(verdicts[0] > 1000);
    CHECK(verdicts[1] > 1000);
    CHECK(verdicts[2] > 1000);
    CHECK(clauses > 20000);
    CHECK(gaps > 1000);
    CHECK(missing > 1000);
    CHECK(exempt > 300);
}
