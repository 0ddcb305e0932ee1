// A .ladder text that reads but breaks a validation rule fails to compile, naming the rule and
// the place of the declaration at fault (the second L1, line 4).
// expect: invalid_ladder<[^>]*duplicate_id, 4, 1>
#include <ladder/ladder.hpp>

#ifdef LADDER_CONTROL
constexpr auto company = ladder::parse<"ladder \"Acme\"\ntrack ic \"IC\"\nlevel L1 \"One\" on ic\nlevel L2 \"Two\" on ic\n">();
#else
constexpr auto company = ladder::parse<"ladder \"Acme\"\ntrack ic \"IC\"\nlevel L1 \"One\" on ic\nlevel L1 \"Two\" on ic\n">();
#endif

int main() { return static_cast<int>(company.view().levels().size()); }
