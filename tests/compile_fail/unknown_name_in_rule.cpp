// A compile-time rule naming a competency the ladder does not have fails to build.
// expect: invalid_rule<[^>]*unknown_name, 1, 1>
#include <ladder/ladder.hpp>

static constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr auto rule = ladder::compile_rule<acme, "mentorship >= 3">();
#else
constexpr auto rule = ladder::compile_rule<acme, "mentorsihp >= 3">();
#endif

int main() { return static_cast<int>(rule.view().nodes().size()); }
