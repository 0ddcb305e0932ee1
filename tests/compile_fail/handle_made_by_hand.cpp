// Typed handles come only from a checked lookup: making one from a bare index does not build.
// expect: private
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
#ifdef LADDER_CONTROL
constexpr ladder::level_ref staff = acme.level("L6");
#else
constexpr ladder::level_ref staff(5);
#endif

int main() { return static_cast<int>(staff.index()); }
