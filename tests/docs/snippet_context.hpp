// The names the C++ snippets of README.md and docs/*.md use without declaring them: a snippet
// marked `<!-- compile: function -->` is compiled as a function body after this header
// (cmake/check_cpp_snippets.cmake), so a page can show the lines that matter and still be
// checked by the compiler.
#pragma once

#include <ladder/io/people_csv.hpp>
#include <ladder/ladder.hpp>

#include <cassert>
#include <iostream>
#include <optional>
#include <span>
#include <string_view>
#include <thread>
#include <vector>

namespace snippet_data {
inline ladder::person engineer(std::string_view id, std::string_view level) {
    return ladder::person_builder(ladder::presets::engineering(), id).level(level).build().value();
}
}  // namespace snippet_data

static constexpr auto acme = ladder::presets::engineering();
inline const ladder::person ada = snippet_data::engineer("ada", "L5");
inline const ladder::person cy = snippet_data::engineer("cy", "L6");
inline const std::vector<ladder::person> people_list = {ada, cy};
inline const std::span<const ladder::person> people(people_list);
inline const std::optional<ladder::level_ref> target = acme.level("L6");
inline const std::vector<ladder::level_ref> target_list = {acme.level("L6"), acme.level("L7")};
inline const std::span<const ladder::level_ref> targets(target_list);
inline const ladder::runtime_ladder big = ladder::load_file("examples/data/calibration/big_search.ladder").value();
inline const ladder::runtime_ladder startup = ladder::load_file("examples/data/calibration/startup.ladder").value();
inline constexpr std::string_view text_from_hr = "meets(L6) in at least 2 of last 3 cycles";
inline ladder::builder builder("Acme", "2026");
