// A misspelled competency id in a compile-time lookup does not build.
// expect: compile_time_lookup_found_no_such_id.*competency
// expect: competency\(.*"mentorsihp"
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr auto mentoring = acme.competency("mentorship");
#else
constexpr auto mentoring = acme.competency("mentorsihp");
#endif

int main() { return static_cast<int>(mentoring.index()); }
