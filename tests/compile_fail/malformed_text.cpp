// A .ladder text that does not read fails to compile; the compiler's message names the error
// code, the line and the column (here: `levle` on line 3, column 1).
// expect: invalid_ladder<[^>]*unknown_statement, 3, 1>
#include <ladder/ladder.hpp>

#ifdef LADDER_CONTROL
constexpr auto company = ladder::parse<"ladder \"Acme\"\ntrack ic \"IC\"\nlevel L1 \"One\" on ic\n">();
#else
constexpr auto company = ladder::parse<"ladder \"Acme\"\ntrack ic \"IC\"\nlevle L1 \"One\" on ic\n">();
#endif

int main() { return static_cast<int>(company.view().levels().size()); }
