// A misspelled level id in a compile-time lookup does not build, and the compiler's
// message names the problem and the id.
// expect: compile_time_lookup_found_no_such_id.*level
// expect: level\(.*"L66"
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr auto staff = acme.level("L6");
#else
constexpr auto staff = acme.level("L66");
#endif

int main() { return static_cast<int>(staff.index()); }
