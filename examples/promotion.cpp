// Senior to staff on the default ladder: a rule checked while compiling, evaluated for two
// engineers, and explained; the same criteria written in C++; the verdicts alone, as a batch
// would ask for them. docs/rules.md describes the language.
#include <ladder/ladder.hpp>

#include <iostream>
#include <string_view>

static constexpr auto acme = ladder::presets::engineering();

// Sustained staff-level work and someone on their team they grew, not a checklist.
constexpr auto staff = ladder::compile_rule<acme,
    "meets(L6) in at least 2 of last 3 cycles and count(c in people where c >= expert) >= 1">();

int main() {
    const auto sustained = ladder::person_builder(acme, "ada", "Ada")
        .level("L5").months_in_level(20)
        .cycle("2025H2", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
        .cycle("2026H1", {{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 3}, {"communication", 4}})
        .cycle("2026H2", {{"coding", 5}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
        .build().value();

    // One great half-year is not enough.
    const auto one_off = ladder::person_builder(acme, "bo", "Bo")
        .level("L5").months_in_level(30)
        .cycle("2025H2", {{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3}, {"cross_team", 2},
                          {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
        .cycle("2026H1", {{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3}, {"cross_team", 3},
                          {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
        .cycle("2026H2", {{"coding", 5}, {"design", 4}, {"delivery", 5}, {"operations", 4}, {"cross_team", 4},
                          {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
        .build().value();

    for (const ladder::person* p : {&sustained, &one_off}) {
        std::cout << p->name << ", senior to staff:\n" << ladder::to_text(ladder::evaluate(staff, *p).value(), staff, *p) << '\n';
    }

    // The same criteria as a C++ expression over typed handles (a typo does not compile).
    using namespace ladder::dsl;
    const condition criteria = in_cycles(meets(acme.level("L6")), 2, 3) &&
                               count(acme.category("people"), [](const number& c) { return c >= 4; }) >= 1;
    const auto in_cpp = make_rule(acme, criteria).value();
    const auto text = to_text(acme, criteria);
    std::cout << "Written in C++, the criteria read: " << std::string_view(text.data(), text.size()) << "\n\n";

    // The verdict alone, for many people: the compile-time rule runs as code generated from it.
    for (const ladder::person* p : {&sustained, &one_off}) {
        std::cout << p->name << ": " << ladder::name_of(ladder::check(staff, *p).value()) << " (the C++ rule: "
                  << ladder::name_of(ladder::check(in_cpp, *p).value()) << ")\n";
    }
    return 0;
}
