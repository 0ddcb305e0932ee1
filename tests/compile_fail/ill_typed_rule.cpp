// A compile-time rule that does not type-check fails to build; the compiler's message names the
// error code, line and column (comparing a rating with a duration, at column 13).
// expect: invalid_rule<[^>]*type_mismatch, 1, 13>
#include <ladder/ladder.hpp>

static constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr auto rule = ladder::compile_rule<acme, "delivery >= 4 and time_in_level >= 12 months">();
#else
constexpr auto rule = ladder::compile_rule<acme, "delivery >= 12 months">();
#endif

int main() { return static_cast<int>(rule.view().nodes().size()); }
