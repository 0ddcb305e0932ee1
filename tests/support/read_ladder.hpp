// Ladders the unit tests read from text or from a file: the test fails with the reader's
// message when one does not read.
#pragma once

#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace test_support {

inline ladder::runtime_ladder read(std::string_view text, std::string_view name = "<test>") {
    auto l = ladder::load(text, name);
    if (!l) FAIL(l.diagnostics().to_string());
    return std::move(*l);
}

inline ladder::runtime_ladder read_file(const std::string& path) {
    auto l = ladder::load_file(path);
    if (!l) FAIL(l.diagnostics().to_string());
    return std::move(*l);
}

}  // namespace test_support
