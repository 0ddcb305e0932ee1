// Compile-cost benchmark, text side: the default ladder read from its .ladder text at compile
// time (the header ladder_embed() generates), then validated.
#include <ladder_data/engineering.hpp>

static_assert(ladder::validate(ladder_data::engineering).ok());

int main() { return ladder::validate(ladder_data::engineering).ok() ? 0 : 1; }
