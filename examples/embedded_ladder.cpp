// A company's .ladder file compiled into the program with ladder_embed() (see CMakeLists.txt):
// the build checks it with the `ladder` command, so a broken HR edit fails the build with the
// line, the column and a caret, and the header holds the ladder as constant tables.
#include <ladder/ladder.hpp>  // the generated header declares the ladder; this is what we call on it
#include <ladder_data/product_company.hpp>

#include <cstdio>

namespace {
constexpr const auto& company = ladder_data::product_company;
// Lookups by id are checked by the compiler too: a typo here does not build.
constexpr auto senior = company.level("E3");
constexpr auto staff = company.level("E4");
static_assert(company.view()[senior].career, "Senior is where one may stay");
}  // namespace

int main() {
    const ladder::ladder_view v = company;
    std::printf("%.*s %.*s: %zu levels on %zu tracks\n", static_cast<int>(v.name().size()), v.name().data(),
                static_cast<int>(v.version().size()), v.version().data(), v.levels().size(), v.tracks().size());
    std::printf("From %.*s to %.*s, expectations rise on:\n", static_cast<int>(v[senior].id.size()), v[senior].id.data(),
                static_cast<int>(v[staff].id.size()), v[staff].id.data());
    for (const auto& e : v.expectations_of(v[staff])) {
        const auto c = ladder::find_competency(v, e.competency.id);
        const auto before = ladder::expected(v, senior, *c);
        if (before && *before < e.minimum) {
            std::printf("  %-12.*s %d -> %d (%.*s)\n", static_cast<int>(e.competency.id.size()), e.competency.id.data(),
                        *before, e.minimum, static_cast<int>(e.point.id.size()), e.point.id.data());
        }
    }
    return 0;
}
