// A compile-time ladder that breaks a validation rule does not build; the compiler's message
// names the rule's code.
// expect: invalid_ladder<.*duplicate_id
#include <ladder/ladder.hpp>

constexpr auto company = ladder::freeze([] {
    ladder::builder b("Two levels");
    b.scale("points", "Points", {{1, "low", "Low"}, {2, "high", "High"}});
    b.category("craft", "Craft");
    b.competency("coding", "Coding", "craft");
    b.track("ic", "Individual contributor");
    b.level("E1", "Engineer", "ic").expect({{"coding", 1}});
#ifdef LADDER_CONTROL
    b.level("E2", "Senior Engineer", "ic").expect({{"coding", 2}});
#else
    b.level("E1", "Senior Engineer", "ic").expect({{"coding", 2}});
#endif
    return b;
});

int main() { return static_cast<int>(company.view().levels().size()); }
