// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// Promotion criteria in unit tests: Catch2 matchers (v2 or v3) whose failure message is the
// explanation a manager would read. Optional: <ladder/ladder.hpp> does not include it.
//
//     REQUIRE_THAT(ada, ladder::is_ready_for(acme, "L6"));
//     REQUIRE_THAT(bo, !ladder::is_ready_for(acme, "L6"));
//     REQUIRE_THAT(ada, ladder::satisfies(staff_rule));
//
// Include Catch2 first, or let this header find it (<catch2/matchers/catch_matchers.hpp> for v3,
// <catch2/catch.hpp> for v2).

// ladder/ladder.hpp (included above)

#if !defined(CATCH_VERSION_MAJOR)
#if __has_include(<catch2/matchers/catch_matchers.hpp>)
#include <catch2/matchers/catch_matchers.hpp>
#elif __has_include(<catch2/catch.hpp>)
#include <catch2/catch.hpp>
#else
#error "<ladder/catch2.hpp> needs Catch2 (v2 or v3) on the include path"
#endif
#endif

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
#if CATCH_VERSION_MAJOR >= 3
template <class T>
using catch_matcher_base = Catch::Matchers::MatcherBase<T>;
#else
template <class T>
using catch_matcher_base = Catch::MatcherBase<T>;
#endif
}  // namespace detail

/// Matches a person ready for the move to a target level (readiness(): the move's guard, or
/// meets(target)). On failure Catch prints the readiness report.
class ready_for_matcher final : public detail::catch_matcher_base<person> {
public:
    ready_for_matcher(const ladder_view& l, std::string_view target) : ladder_(l), target_(target) {}

    bool match(const person& p) const override {
        const auto r = readiness(ladder_, p, target_);
        if (!r) {
            report_ = r.diagnostics().to_string();
            return false;
        }
        report_ = to_text(*r, p);
        return r->result() == verdict::pass;
    }
    std::string describe() const override { return "is ready for " + target_ + "\n" + report_; }

private:
    ladder_view ladder_;
    std::string target_;
    mutable std::string report_;  ///< the last match's report, for describe()
};

/// Matches a person for whom a rule passes. On failure Catch prints the rule's explanation.
class satisfies_matcher final : public detail::catch_matcher_base<person> {
public:
    explicit satisfies_matcher(const rule_view& r) : rule_(r) {}

    bool match(const person& p) const override {
        const auto e = evaluate(rule_, p);
        if (!e) {
            report_ = e.diagnostics().to_string();
            return false;
        }
        report_ = to_text(*e, rule_, p);
        return e->passed();
    }
    std::string describe() const override { return "satisfies " + std::string(rule_.text()) + "\n" + report_; }

private:
    rule_view rule_;
    mutable std::string report_;
};

/// `REQUIRE_THAT(person, ladder::is_ready_for(ladder, "L6"))`.
[[nodiscard]] inline ready_for_matcher is_ready_for(const ladder_view& l, std::string_view target) {
    return ready_for_matcher(l, target);
}
/// `REQUIRE_THAT(person, ladder::satisfies(rule))`; the rule must outlive the assertion.
[[nodiscard]] inline satisfies_matcher satisfies(const rule_view& r) { return satisfies_matcher(r); }

LADDER_END_NAMESPACE

/// A person in Catch's messages: by id and name.
template <>
struct Catch::StringMaker<ladder::person> {
    static std::string convert(const ladder::person& p) {
        std::string out = "person '" + std::string(p.id) + "'";
        if (!p.name.empty()) out += " (" + std::string(p.name) + ")";
        return out;
    }
};
