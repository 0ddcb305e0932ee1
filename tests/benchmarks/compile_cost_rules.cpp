// Compile-cost benchmark, rules side: the default ladder and 20 rules compiled against it while
// compiling. compile_cost.cmake also compiles this file with the rules' lines taken out (and a
// main that uses the ladder); the difference is what 20 compile-time rules cost.
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();

constexpr auto r01 = ladder::compile_rule<acme, "meets(L6)">();
constexpr auto r02 = ladder::compile_rule<acme, "meets(L6) in at least 2 of last 3 cycles">();
constexpr auto r03 = ladder::compile_rule<acme, "time_in_level >= 12 months">();
constexpr auto r04 = ladder::compile_rule<acme, "coding >= 4 and design >= 4">();
constexpr auto r05 = ladder::compile_rule<acme, "count(c in people where c >= expert) >= 1">();
constexpr auto r06 = ladder::compile_rule<acme, "all(c in craft where c >= 3)">();
constexpr auto r07 = ladder::compile_rule<acme, "gap(L6) <= 2">();
constexpr auto r08 = ladder::compile_rule<acme, "sum(c in impact) >= 7">();
constexpr auto r09 = ladder::compile_rule<acme, "meets(L5) and not meets(L7)">();
constexpr auto r10 = ladder::compile_rule<acme, "tenure >= 2 years or people_leader">();
constexpr auto r11 = ladder::compile_rule<acme, "trend(coding over last 3 cycles) >= 1">();
constexpr auto r12 = ladder::compile_rule<acme, "any(c in people where c >= 4)">();
constexpr auto r13 = ladder::compile_rule<acme, "mentorship >= expected(L6, mentorship)">();
constexpr auto r14 = ladder::compile_rule<acme, "meets(L7) in at least 1 of last 2 cycles">();
constexpr auto r15 = ladder::compile_rule<acme, "delivery + operations >= 8">();
constexpr auto r16 = ladder::compile_rule<acme, "at(L5) and meets(L6)">();
constexpr auto r17 = ladder::compile_rule<acme, "strategy >= 3 and cross_team >= 4 and communication >= 4">();
constexpr auto r18 = ladder::compile_rule<acme, "count(c in execution where c >= 4) >= 2">();
constexpr auto r19 = ladder::compile_rule<acme, "not (coding < 3 or design < 3)">();
constexpr auto r20 = ladder::compile_rule<acme, "meets(L8) in at least 2 of last 3 cycles and time_in_level >= 18 months">();

int main() { return r01.view().nodes().size() + r20.view().nodes().size() > 0 ? 0 : 1; }
