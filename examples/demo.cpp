// The embedded default ladder at a glance: its tracks, its levels, and what each level
// expects on each competency. Run it with `cmake --workflow --preset demo`.
#include <ladder/ladder.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr auto ladder_def = ladder::presets::engineering();
// Checked by the compiler: a broken default ladder does not build.
static_assert(ladder::validate(ladder_def).ok());

std::string pad(std::string_view text, std::size_t width) {
    std::string out(text);
    if (out.size() < width) out.append(width - out.size(), ' ');
    return out;
}

std::string band_text(const ladder::level& l) {
    if (!l.band) return "-";
    return std::to_string(l.band->minimum / 1000) + "k-" + std::to_string(l.band->maximum / 1000) + "k " +
           std::string(l.band->currency);
}

}  // namespace

int main() {
    const ladder::ladder_view v = ladder_def;
    std::printf("%.*s ladder, version %.*s\n\n", static_cast<int>(v.name().size()), v.name().data(),
                static_cast<int>(v.version().size()), v.version().data());

    // Column headers: the first six letters of each competency id.
    std::string header = pad("level", 6) + pad("title", 32) + pad("scope", 11) + pad("pay band", 17);
    for (const auto& c : v.competencies()) header += pad(c.id.substr(0, 6), 7);
    header.erase(header.find_last_not_of(' ') + 1);

    for (std::size_t t = 0; t != v.tracks().size(); ++t) {
        const auto& track = v.tracks()[t];
        std::printf("%.*s\n%s\n", static_cast<int>(track.name.size()), track.name.data(), header.c_str());
        for (const auto& l : v.levels()) {
            if (l.track.index != t) continue;
            std::string row = pad(l.id, 6) + pad(l.title, 32) + pad(ladder::name_of(l.scope), 11) + pad(band_text(l), 17);
            for (std::size_t c = 0; c != v.competencies().size(); ++c) {
                std::string cell = "-";
                for (const auto& e : v.expectations_of(l)) {
                    if (e.competency.index == c) cell = std::to_string(e.minimum);
                }
                row += pad(cell, 7);
            }
            if (l.career) row += "career level: staying here is a good outcome";
            row.erase(row.find_last_not_of(' ') + 1);
            std::printf("%s\n", row.c_str());
        }
        std::printf("\n");
    }

    std::printf("Competencies, rated 1 (developing) to 5 (leading):\n");
    for (const auto& c : v.competencies()) {
        const auto& category = v.categories()[c.category.index];
        std::printf("  %-14.*s %-24.*s %.*s: %.*s\n", static_cast<int>(c.id.size()), c.id.data(),
                    static_cast<int>(c.name.size()), c.name.data(), static_cast<int>(category.name.size()),
                    category.name.data(), static_cast<int>(c.description.size()), c.description.data());
    }

    std::printf("\nComparable across tracks (overlapping ranges, not one-to-one):\n");
    for (const auto& q : v.equivalences()) {
        std::string range(q.lowest.id);
        if (q.highest.id != q.lowest.id) range += ".." + std::string(q.highest.id);
        std::printf("  %.*s ~ %s\n", static_cast<int>(q.level.id.size()), q.level.id.data(), range.c_str());
    }

    std::printf("\nStaff+ archetypes (from Staff):\n");
    for (const auto& a : v.archetypes()) {
        std::string overrides;
        for (const auto& e : v.expectations_of(a)) {
            overrides += (overrides.empty() ? "" : ", ") + std::string(e.competency.id) + " " + std::to_string(e.minimum);
        }
        std::printf("  %-12.*s from %.*s, expects %s\n", static_cast<int>(a.name.size()), a.name.data(),
                    static_cast<int>(a.from.id.size()), a.from.id.data(), overrides.c_str());
    }

    std::printf("\nMoves:\n");
    for (const auto& t : v.transitions()) {
        const std::string kind = pad(ladder::name_of(t.kind), 9);
        const char* arrow = t.both_ways ? "<->" : "->";
        const char* pay = t.pay == ladder::pay_policy::top_of_band ? "  (pay: top of the band)" : "";
        std::printf("  %s %.*s %s %.*s%s\n", kind.c_str(), static_cast<int>(t.from.id.size()), t.from.id.data(), arrow,
                    static_cast<int>(t.to.id.size()), t.to.id.data(), pay);
    }
    return 0;
}
