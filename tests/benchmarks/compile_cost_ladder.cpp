// Compile-cost benchmark, ladder side: the umbrella header and the default ladder validated at
// compile time.
#include <ladder/ladder.hpp>

constexpr auto acme = ladder::presets::engineering();
static_assert(ladder::validate(acme).ok());

int main() { return ladder::validate(acme).ok() ? 0 : 1; }
