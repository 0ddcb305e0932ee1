// Built with -fno-exceptions: the throwing convenience of a failed result must print the
// diagnostics before aborting, so the reason is never lost.
#include <ladder/ladder.hpp>

int main() {
    const auto missing = ladder::find_level(ladder::presets::engineering(), "L9");
    (void)missing.value();  // prints, then aborts
    return 0;               // not reached
}
