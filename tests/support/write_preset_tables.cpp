// Writes include/ladder/presets/engineering_tables.hpp: the default ladder's tables, from its
// text, in the form the library ships (ladder::detail::to_cpp_library_header). The test
// presets.tables_are_current runs it and compares; the target write-preset-tables rewrites it.
//   write_preset_tables OUTPUT
#include <ladder/ladder.hpp>
#include <ladder/render/cpp.hpp>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: write_preset_tables OUTPUT\n";
        return 2;
    }
    auto loaded = ladder::load(ladder::presets::engineering_source(), "engineering.ladder");
    if (!loaded) {
        std::cerr << loaded.diagnostics().to_string();
        return 1;
    }
    std::ofstream out(argv[1], std::ios::binary);
    out << ladder::detail::to_cpp_library_header(*loaded, "presets::detail::engineering_tables",
                                                  "ladder::presets::engineering_source()");
    return out.good() ? 0 : 1;
}
