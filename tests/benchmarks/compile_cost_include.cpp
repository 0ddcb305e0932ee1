// Compile-cost benchmark, middle case: the umbrella header included, nothing used.
#include <ladder/ladder.hpp>

int main() { return 0; }
