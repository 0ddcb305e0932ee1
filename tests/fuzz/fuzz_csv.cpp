// libFuzzer target for people from CSV, read against the default ladder. Beyond "no crash, no
// sanitizer finding": a failure always says why, and the people read are whole (a level, at
// least one cycle, distinct ids) and can be judged.
#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto& ladder_def = ladder::presets::engineering();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto people = ladder::read_people_csv(ladder_def, text, "fuzz.csv");
    if (!people) {
        if (people.diagnostics().empty()) __builtin_trap();
        (void)people.diagnostics().to_string();
        return 0;
    }
    for (std::size_t i = 0; i != people->size(); ++i) {
        const ladder::person& p = (*people)[i];
        if (p.level == ladder::no_index || p.cycles.empty() || p.id.empty()) __builtin_trap();
        for (std::size_t j = 0; j != i; ++j) {
            if ((*people)[j].id == p.id) __builtin_trap();
        }
        const auto judged = ladder::readiness(ladder_def, p, ladder_def.view().levels()[p.level].id);
        if (judged) (void)ladder::to_text(*judged, p);
    }
    return 0;
}
