// libFuzzer target for reading .ladder text. Beyond "no crash, no sanitizer finding", it checks
// the reader's promises on whatever input it is given:
//   - a text that loads prints to text that loads back to an equal ladder;
//   - a text that formats formats to itself the second time;
//   - every diagnostic renders (its strings are valid).
#include <ladder/ladder.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = ladder::load(text, "fuzz.ladder");
    (void)loaded.diagnostics().to_string();
    if (loaded.ok()) {
        const auto back = ladder::load(ladder::to_text(*loaded));
        if (!back.ok() || !ladder::equal(*back, *loaded)) __builtin_trap();
    }
    const auto once = ladder::format(text);
    if (once.ok()) {
        const auto twice = ladder::format(*once);
        if (!twice.ok() || *twice != *once) __builtin_trap();
    }
    return 0;
}
