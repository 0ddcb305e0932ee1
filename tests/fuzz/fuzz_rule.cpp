// libFuzzer target for rule text: compiled against the default ladder, and when it compiles,
// evaluated for a few people (one with full records, one with gaps, one with none). Beyond "no
// crash, no sanitizer finding": an evaluation either gives a verdict or a diagnostic, and the
// explanation renders, and check() gives the verdict evaluate() gives.
#include <ladder/ladder.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
const auto& ladder_def = ladder::presets::engineering();

const ladder::person& full() {
    static const ladder::person p = ladder::person_builder(ladder_def, "full")
        .level("L5").months_in_level(14).tenure_months(40)
        .cycle("a", {{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3}, {"cross_team", 2},
                     {"strategy", 2}, {"mentorship", 3}, {"communication", 3}})
        .cycle("b", {{"coding", 5}, {"design", 4}, {"delivery", 4}, {"operations", 4}, {"cross_team", 4},
                     {"strategy", 3}, {"mentorship", 4}, {"communication", 4}})
        .exempt("strategy", "new to the team")
        .build().value();
    return p;
}
const ladder::person& partial() {
    static const ladder::person p = ladder::person_builder(ladder_def, "partial")
        .level("M1").cycle("a", {{"coding", 2}, {"mentorship", 5}}).build().value();
    return p;
}
const ladder::person& empty() {
    static const ladder::person p = ladder::person_builder(ladder_def, "empty").level("L1").build().value();
    return p;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = ladder::compile_rule(ladder_def, text);
    (void)r.diagnostics().to_string();
    if (!r) return 0;
    for (const ladder::person* p : {&full(), &partial(), &empty()}) {
        const auto e = ladder::evaluate(*r, *p);
        if (e) (void)ladder::to_text(*e, *r, *p);
        else if (e.diagnostics().empty()) __builtin_trap();  // a failure always says why
        // The verdict-only path agrees; it may skip steps, so only it may stay within the budget.
        const auto v = ladder::check(*r, *p);
        if (e && (!v || *v != e->result())) __builtin_trap();
        if (!e && v && !e.diagnostics().contains(ladder::diagnostic_code::evaluation_budget_exceeded)) __builtin_trap();
    }
    return 0;
}
