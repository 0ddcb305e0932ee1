// The README's examples, compiled and run so that they stay true.
#include <ladder/ladder.hpp>

#include <iostream>

constexpr auto acme = ladder::presets::engineering();  // the embedded default ladder
static_assert(ladder::validate(acme).ok());             // checked while compiling

constexpr auto staff = acme.level("L6");  // a typo here fails to compile
constexpr auto design = acme.competency("design");
static_assert(*ladder::expected(acme, staff, design) == 4);
static_assert(*ladder::expected(acme, staff, acme.archetype("architect"), design) == 5);

constexpr ladder::builder make_company() {
    ladder::builder b("Small Co", "2026");
    b.scale("points", "Points", {{1, "basic", "Basic"}, {2, "good", "Good"}, {3, "great", "Great"}});
    b.category("craft", "Craft");
    b.competency("coding", "Coding", "craft");
    b.track("eng", "Engineering");
    b.level("E1", "Engineer", "eng").scope(ladder::scope::feature).expect({{"coding", 1}});
    b.level("E2", "Senior Engineer", "eng").scope(ladder::scope::team).career().expect({{"coding", 3}});
    b.promote("E1", "E2");
    return b;
}

constexpr auto company = ladder::freeze([] { return make_company(); });  // invalid: fails to build

int main() {
    auto b = make_company();
    ladder::result<ladder::runtime_ladder> built = ladder::build(b);  // invalid: errors
    if (!built) {
        std::cerr << built.diagnostics().to_string();
        return 1;
    }
    std::cout << "built at runtime: " << built->view().name() << ", " << built->view().levels().size()
              << " levels; equal to the compile-time one: " << std::boolalpha << ladder::equal(*built, company)
              << '\n';

    // The same builder with a mistake: a level on a track that does not exist.
    auto broken = make_company();
    broken.level("E3", "Staff Engineer", "engg").expect({{"coding", 3}});
    const auto refused = ladder::build(broken);
    std::cout << refused.diagnostics().to_string("small-co");

    const auto typo = ladder::find_level(*built, "e2");
    std::cout << typo.diagnostics().to_string("small-co");

    // The README's .ladder text, with a typo on line 6.
    const auto loaded = ladder::load(R"(ladder "Acme Engineering" version "2026.2"
scale proficiency "Proficiency" { 1 developing "Developing"  2 proficient "Proficient"  3 advanced "Advanced" }
category craft "Craft"
competency design "System design" in craft
track ic "Individual contributor"
level L5 "Senior Engineer" on ic scope team career band 150000..210000 USD {
  expect desing advanced
}
)", "hr/acme.ladder");
    std::cout << loaded.diagnostics().to_string();
    return 0;
}
