// Reading past a level's own expectations while compiling does not build, though the
// expectations table goes on (the next level's rows follow): the message names the reason.
// expect: row_span_reaches_past_its_rows
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
constexpr auto own = acme.view().expectations_of(acme.view()[acme.level("L5")]);
static_assert(own.size() + 1 < acme.view().expectations().size());  // the table goes on
#ifdef LADDER_CONTROL
constexpr int read = own[own.size() - 1].minimum;
#else
constexpr int read = own[own.size()].minimum;
#endif

int main() { return read; }
