// Reading, checking and formatting .ladder text at runtime.
#include <ladder/ladder.hpp>

#include <iostream>
#include <string>

int main() {
    // An HR edit with two mistakes: a misspelled scope (the text does not read) and a level on a
    // track that does not exist (the ladder does not validate). Validation waits until the text
    // reads, so the second shows once the first is fixed.
    const std::string edited = R"(ladder "Acme" version "3"
scale points "Points" { 1 low "Low"  2 high "High" }
category craft "Craft"
competency coding "Coding" in craft
track ic "Individual contributor"
level E1 "Engineer" on ic scope feture { expect coding low }
level E2 "Senior Engineer" on icc scope team { expect coding high }
)";
    const auto refused = ladder::load(edited, "acme.ladder");
    std::cout << "acme.ladder loads: " << std::boolalpha << refused.ok() << '\n' << refused.diagnostics().to_string();

    std::string half_fixed = edited;
    half_fixed.replace(half_fixed.find("feture"), 6, "feature");
    const auto still_refused = ladder::load(half_fixed, "acme.ladder");
    std::cout << "\nwith the scope fixed: " << still_refused.ok() << '\n' << still_refused.diagnostics().to_string();

    // Fixed, but laid out carelessly, with notes the formatter must keep.
    const std::string fixed = R"(ladder   "Acme"  version '3'
scale points "Points" {   1 low "Low"
  2 high "High" }   # two points are enough for now
category craft "Craft"
competency coding "Coding"   in craft
track ic "Individual contributor"
# Senior is a career level.
level E1 "Engineer" on ic scope feature { expect coding low }
level E2 "Senior Engineer" on ic scope team career { expect coding high }
promote E1 -> E2
)";
    const auto loaded = ladder::load(fixed, "acme.ladder");
    std::cout << "\nfixed, it loads: " << loaded.ok() << ", " << loaded->view().levels().size() << " levels\n";
    std::cout << "\nformatted:\n" << ladder::format(fixed).value();
    return 0;
}
