// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Runs the `test` blocks of a ladder, as `opa test` runs a policy's tests: each test's person is
// built from its facts and every `expect` is checked against what the ladder decides.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/rules/evaluate.hpp>
#include <ladder/rules/rule.hpp>
#include <ladder/decide/transition.hpp>

#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// One `expect` of one test, as checked.
struct test_outcome {
    index_t test = no_index;
    index_t check = no_index;
    ladder::verdict expected = verdict::pass;
    std::optional<ladder::verdict> actual;  ///< empty when the check could not run (see problems)
    diagnostic_list problems;               ///< a test naming what the ladder lacks, a broken rule …
    /// For a check that ran and failed: the decision and the test's person, to explain it (to_text).
    std::optional<transition_outcome> decision;
    std::optional<person> who;
    [[nodiscard]] bool passed() const noexcept { return actual == expected; }
};

/// Every check of every test block.
struct test_report {
    constexpr_vector<test_outcome> outcomes;

    [[nodiscard]] std::size_t passed() const noexcept {
        std::size_t n = 0;
        for (const auto& o : outcomes) n += o.passed() ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t failed() const noexcept { return outcomes.size() - passed(); }
    [[nodiscard]] bool ok() const noexcept { return failed() == 0; }
};

namespace detail {
/// The person a test describes, built against the ladder (every id checked). Each problem is
/// placed at the line of the fact that caused it (a rating at its own), the test's line if none.
inline result<person> person_of(const ladder_view& l, const ladder_test& t) {
    person_builder b(l, t.name);
    const auto facts = l.test_facts().subspan(t.first_fact, t.fact_count);
    constexpr_vector<source_position> placed;  ///< where the builder's problem of each index came from
    const auto place = [&](source_position where) {
        while (placed.size() < b.problems().size()) placed.push_back(where);
    };
    for (std::size_t i = 0; i != facts.size(); ++i) {
        const test_fact& f = facts[i];
        switch (f.kind) {
            case fact_kind::level: b.level(f.id); break;
            case fact_kind::archetype: b.archetype(f.id); break;
            case fact_kind::time_in_level: b.months_in_level(static_cast<std::int32_t>(f.number)); break;
            case fact_kind::tenure: b.tenure_months(static_cast<std::int32_t>(f.number)); break;
            case fact_kind::exempt: b.exempt(f.id, f.text); break;
            case fact_kind::attribute:
                if (f.form == value_form::text) b.attribute(f.id, f.text);
                else b.attribute(f.id, f.number);
                break;
            case fact_kind::rating: {
                constexpr_vector<rating_spec> ratings;
                const std::size_t first = i;
                const std::string_view cycle = f.cycle;
                for (; i != facts.size() && facts[i].kind == fact_kind::rating && facts[i].cycle == cycle; ++i) {
                    ratings.push_back(facts[i].text.empty() ? rating_spec(facts[i].id, static_cast<rating>(facts[i].number))
                                                            : rating_spec(facts[i].id, facts[i].text));
                }
                --i;
                b.cycle(cycle, std::span<const rating_spec>(ratings.data(), ratings.size()));
                // The builder names the competency (or the point) at fault: find its rating.
                for (std::size_t k = placed.size(); k < b.problems().size(); ++k) {
                    const diagnostic& d = b.problems()[k];
                    source_position where = f.where;
                    for (std::size_t r = first; r <= i; ++r) {
                        if (facts[r].id == d.other || facts[r].id == d.subject || (!facts[r].text.empty() && facts[r].text == d.subject)) {
                            where = facts[r].where;
                        }
                    }
                    placed.push_back(where);
                }
                break;
            }
        }
        place(f.where);
    }
    auto built = b.build();
    if (built) return built;
    diagnostic_list found;
    for (std::size_t k = 0; k != built.diagnostics().size(); ++k) {
        diagnostic d = built.diagnostics()[k];
        if (d.where.line == 0) d.where = k < placed.size() ? placed[k] : t.where;
        found.add(d);
    }
    found.own_strings();
    return found;
}
}  // namespace detail

/// What keeps a ladder's test blocks from running (a level or competency the ladder lacks, a
/// rating off its scale), each at the line of the fact at fault: `ladder check` reports these
/// besides load()'s findings, so that a file that checks clean can run its tests.
[[nodiscard]] inline diagnostic_list test_problems(const ladder_view& l) {
    diagnostic_list found;
    for (const ladder_test& t : l.tests()) {
        const auto someone = detail::person_of(l, t);
        if (!someone) found.append(someone.diagnostics());
    }
    return found;
}

/// Runs every test block of a ladder. Diagnostics view the ladder: keep it alive.
[[nodiscard]] inline test_report run_tests(const ladder_view& l) {
    test_report report;
    for (std::size_t ti = 0; ti != l.tests().size(); ++ti) {
        const ladder_test& t = l.tests()[ti];
        const auto someone = detail::person_of(l, t);
        for (index_t ci = t.first_check; ci != t.first_check + t.check_count; ++ci) {
            const test_check& c = l.test_checks()[ci];
            test_outcome o;
            o.test = static_cast<index_t>(ti);
            o.check = ci;
            o.expected = static_cast<ladder::verdict>(c.expected);
            if (!someone) {
                o.problems = someone.diagnostics();
                report.outcomes.push_back(std::move(o));
                continue;
            }
            const person& p = *someone;
            if (c.is_rule) {
                const rule_view r = rule_of(l, l.check_condition(ci));
                auto e = evaluate(r, p);
                if (e) {
                    o.actual = e->result();
                    if (o.actual != o.expected) {
                        o.decision = transition_outcome{no_index, r, std::move(*e), {}};
                        o.who = p;
                    }
                } else {
                    o.problems = e.diagnostics();
                }
            } else {
                // The move of the kind the test names that the ladder declares to the target, or
                // else, where it declares none of any kind (a skip-level target, say), the move
                // readiness() judges by meets(target), when it is of that kind.
                const index_t target = detail::find_row(l.levels(), c.target);
                const level_move m = target == no_index ? level_move{} : find_move(l, p.level, target, c.move);
                const bool usable = target != no_index && target != p.level &&
                                    (m.declared() || (!find_move(l, p.level, target).declared() && kind_of(l, m) == c.move));
                if (!usable) {
                    o.problems.add(detail::make_diagnostic(diagnostic_code::unknown_reference, severity::error, entity::transition,
                                                           c.target, l.levels()[p.level].id, c.where));
                } else {
                    auto decided = judge_move(l, m, p);
                    if (decided) {
                        o.actual = decided->result();
                        if (o.actual != o.expected) {
                            o.decision = std::move(*decided);
                            o.who = p;
                        }
                    } else {
                        o.problems = decided.diagnostics();
                    }
                }
            }
            report.outcomes.push_back(std::move(o));
        }
    }
    return report;
}

LADDER_END_NAMESPACE
