// A manager's questions about a team on the default ladder: who is ready for what, what
// separates Senior from Staff, where each profile fits, and which staff+ archetype suits whom.
// docs/decisions.md describes each answer.
#include <ladder/ladder.hpp>

#include <initializer_list>
#include <iostream>
#include <span>
#include <string>
#include <vector>

static constexpr auto acme = ladder::presets::engineering();

namespace {

// One review cycle's ratings, in the ladder's competency order.
using ratings = std::initializer_list<int>;

ladder::person someone(std::string_view id, std::string_view name, std::string_view level, int months,
                       std::initializer_list<ratings> cycles) {
    static const char* const competencies[] = {"coding", "design", "delivery", "operations",
                                               "cross_team", "strategy", "mentorship", "communication"};
    ladder::person_builder b(acme, id, name);
    b.level(level).months_in_level(months);
    for (const auto& cycle : cycles) {
        std::vector<ladder::rating_spec> r;
        std::size_t c = 0;
        for (int value : cycle) r.emplace_back(competencies[c++], static_cast<ladder::rating>(value));
        b.cycle("cycle", std::span<const ladder::rating_spec>(r.data(), r.size()));
    }
    return b.build().value();
}

void report(const ladder::person& p, std::string_view target) {
    std::cout << ladder::to_text(ladder::readiness(acme, p, target).value(), p) << '\n';
}

}  // namespace

int main() {
    const ladder::ladder_view v = acme;

    // Sustained staff-level work for a year and a half.
    const auto ada = someone("ada", "Ada", "L5", 20, {{4, 4, 4, 4, 4, 3, 4, 4}, {4, 4, 4, 4, 4, 3, 4, 4}, {5, 4, 4, 4, 4, 3, 4, 4}});
    // A strong senior: Senior is a career level, and staying there is a good outcome.
    const auto bo = someone("bo", "Bo", "L5", 40, {{5, 3, 5, 4, 2, 2, 3, 3}, {5, 3, 5, 4, 2, 2, 3, 3}});
    // A staff engineer stepping back to Senior.
    const auto cy = someone("cy", "Cy", "L6", 14, {{4, 4, 4, 4, 4, 3, 3, 4}});

    std::cout << "== Ready for the next move?\n\n";
    report(ada, "L6");
    report(bo, "L6");
    report(cy, "L5");

    std::cout << "== What separates Senior from Staff\n\n"
              << ladder::to_text(v, ladder::diff(v, acme.level("L5"), acme.level("L6"))) << '\n';

    std::cout << "== Where each profile fits today\n\n";
    for (const ladder::person* p : {&ada, &bo, &cy}) {
        const auto fit = ladder::best_fit(v, *p);
        std::cout << p->name << ": " << (fit.level == ladder::no_index ? std::string("below the first level")
                                                                       : std::string(v.levels()[fit.level].id))
                  << ", margin " << fit.margin;
        if (fit.next != ladder::no_index) {
            std::cout << "; " << v.levels()[fit.next].id << " is " << fit.gap_to_next << " rating points away";
        }
        std::cout << '\n';
    }

    std::cout << "\n== Which staff+ archetype fits Cy (at L6)\n\n";
    for (const auto& f : ladder::archetype_fits(v, cy, acme.level("L6"))) {
        std::cout << "  " << v.archetypes()[f.archetype].name << ": " << f.score << "%"
                  << (f.meets ? ", meets it" : "") << '\n';
    }
    return 0;
}
