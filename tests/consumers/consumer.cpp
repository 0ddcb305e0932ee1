// The program every way of consuming the package must build and run.
#include <ladder/ladder.hpp>
constexpr auto acme = ladder::presets::engineering();
static_assert(ladder::validate(acme).ok());
int main() { return ladder::validate(acme).ok() ? 0 : 1; }
