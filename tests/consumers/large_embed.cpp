// A 127 KB ladder (32 generated tracks) embedded as constant tables: it compiles with every
// compiler's default limits, its lookups are checked while compiling, and it holds what the
// same file holds when loaded at runtime.
#include <ladder/ladder.hpp>
#include <ladder_data/large.hpp>

#include "large_file.hpp"  // LADDER_FILE, written by large_embed.cmake

#include <cstdio>

constexpr const auto& large = ladder_data::large;
static_assert(large.view().tracks().size() == 32);
static_assert(large.view().levels().size() == 160);
static_assert(large.view().transitions().size() == 128);
constexpr auto top = large.level("T32_L5");
static_assert(large.view()[top].expectation_count == 8);

int main() {
    const auto loaded = ladder::load_file(LADDER_FILE);
    if (!loaded) {
        std::fputs(loaded.diagnostics().to_string().c_str(), stderr);
        return 1;
    }
    if (!ladder::equal(*loaded, large)) {
        std::fputs("the embedded ladder differs from the file loaded at runtime\n", stderr);
        return 1;
    }
    std::printf("%zu levels, %zu expectations, %zu conditions\n", large.view().levels().size(),
                large.view().expectations().size(), large.view().conditions().size());
    return 0;
}
