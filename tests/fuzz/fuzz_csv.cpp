// libFuzzer target for people from CSV, read against the default ladder, and against a history of
// two versions (docs/versions.md: renamed and split levels, a renamed and a split competency).
// Beyond "no crash, no sanitizer finding": a failure always says why, and the people read are
// whole (a level, at least one cycle, distinct ids, a person's dates in order) and can be judged
// on the version they stand on.
#include <ladder/ladder.hpp>
#include <ladder/io/people_csv.hpp>
#include <ladder/revise/history.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view common = R"(
scale points "Points" { 1 basic "Basic" 2 good "Good" 3 strong "Strong" 4 expert "Expert" }
category craft "Craft"
competency coding "Coding" in craft
track ic "IC"
)";

const ladder::ladder_history& two_versions() {
    static const ladder::ladder_history h = [] {
        std::vector<ladder::runtime_ladder> versions;
        versions.push_back(ladder::load(std::string(R"(ladder "F" version "1" effective 2025-01-01)") + std::string(common) +
                                        "competency mentoring \"M\" in craft\ncompetency ops \"O\" in craft\n"
                                        "level L4 \"Engineer\" on ic { expect coding 2 }\nlevel L5 \"Senior\" on ic { expect coding 3 }\n"
                                        "promote L4 -> L5\n")
                               .value());
        versions.push_back(ladder::load(std::string(R"(ladder "F" version "2" effective 2026-01-01)") + std::string(common) +
                                        "competency mentorship \"M\" in craft\ncompetency oncall \"On call\" in craft\n"
                                        "competency tooling \"T\" in craft\n"
                                        "level E4 \"Engineer\" on ic { expect coding 2 }\nlevel E5 \"Senior\" on ic { expect coding 3 }\n"
                                        "level E6 \"Senior II\" on ic { expect coding 4 }\n"
                                        "maps L4 -> E4\nmaps L5 -> E5, E6\nmaps mentoring -> mentorship\nmaps ops -> oncall, tooling\n"
                                        "promote E4 -> E5\npromote E5 -> E6\n")
                               .value());
        return ladder::make_history(std::move(versions), {"v1.ladder", "v2.ladder"}).value();
    }();
    return h;
}

/// The people read are whole, and each can be judged on `l`.
void check_people(const ladder::ladder_view& l, const ladder::people_list& people) {
    for (std::size_t i = 0; i != people.size(); ++i) {
        const ladder::person_ref p = people[i];
        if (p.level == ladder::no_index || p.level >= l.levels().size() || p.cycle_count() == 0 || p.id.empty()) __builtin_trap();
        for (std::size_t j = 0; j != i; ++j) {
            if (people[j].id == p.id) __builtin_trap();
        }
        for (std::size_t c = 1; c < p.cycle_count(); ++c) {
            if (p.cycles()[c].date != 0 && p.cycles()[c].date < p.cycles()[c - 1].date) __builtin_trap();
        }
        const auto judged = ladder::readiness(l, p, l.levels()[p.level].id);
        if (judged) (void)ladder::to_text(*judged, p);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto& ladder_def = ladder::presets::engineering();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto people = ladder::read_people_csv(ladder_def, text, "fuzz.csv");
    if (!people) {
        if (people.diagnostics().empty()) __builtin_trap();
        (void)people.diagnostics().to_string();
    } else {
        check_people(ladder_def, *people);
    }
    const ladder::ladder_history& h = two_versions();
    const auto across = ladder::read_people_csv(h, text, "fuzz.csv");
    if (!across) {
        if (across.diagnostics().empty()) __builtin_trap();
        (void)across.diagnostics().to_string();
    } else {
        if (across->version() >= h.size()) __builtin_trap();
        check_people(h[across->version()].view(), *across);
    }
    return 0;
}
