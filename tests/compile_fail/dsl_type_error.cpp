// A rule written in C++ that compares a rating with a duration does not compile: an expression's
// C++ type is its rule type.
// expect: (no match for .+operator>=|invalid operands to binary expression)
#include <ladder/ladder.hpp>

static constexpr auto acme = ladder::presets::engineering();
using namespace ladder::dsl;

int main() {
    constexpr auto delivery = acme.competency("delivery");
#ifdef LADDER_CONTROL
    const condition c = rating(delivery) >= 4 && time_in_level() >= months(12);
#else
    const condition c = rating(delivery) >= months(12);
#endif
    return static_cast<int>(c.nodes().size());
}
