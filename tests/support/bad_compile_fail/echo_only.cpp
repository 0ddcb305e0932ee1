// A planted case for the compile-fail check itself: its second expectation names a word that
// only the compiler's echo of the offending source line contains, so the check must fail it.
// expect: compile_time_lookup_found_no_such_id
// expect: misspelled_staff_level =
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr auto misspelled_staff_level = acme.level("L6");
#else
constexpr auto misspelled_staff_level = acme.level("L66");
#endif

int main() { return static_cast<int>(misspelled_staff_level.index()); }
