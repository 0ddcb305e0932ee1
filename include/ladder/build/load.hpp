// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/build/build.hpp>
#include <ladder/model/runtime_ladder.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/parser.hpp>

#include <cstdio>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Reads a .ladder text: the ladder and any warnings, or every error found (several per run
/// where reading can go on), each with its line and column. The ladder and the diagnostics
/// own their strings: `text` need not outlive the call.
[[nodiscard]] inline result<runtime_ladder> load(std::string_view text, std::string_view source_name = "<input>",
                                                 const text_limits& limits = {}) {
    auto parsed = detail::read_text(text, source_name, limits);
    return detail::settled(build(parsed.ladder), source_name, text);
}

/// Reads a whole file's bytes; cannot-read-file when it cannot be opened or read.
[[nodiscard]] inline result<std::string> read_file(const std::string& path) {
    std::string content;
    bool ok = false;
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        char buffer[65536];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) content.append(buffer, n);
        ok = std::ferror(f) == 0;
        std::fclose(f);
    }
    if (ok) return content;
    diagnostic_list found;
    found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, path));
    found.own_strings();
    return found;
}

/// load() on a file's content; diagnostics name the file.
[[nodiscard]] inline result<runtime_ladder> load_file(const std::string& path, const text_limits& limits = {}) {
    auto content = read_file(path);
    if (!content.ok()) return content.diagnostics();
    return load(*content, path, limits);
}

LADDER_END_NAMESPACE
