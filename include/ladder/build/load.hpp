// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/build/build.hpp>
#include <ladder/model/runtime_ladder.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/parser.hpp>

#include <cstdint>
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

/// Reads a whole file's bytes, up to `max_bytes`: cannot-read-file when it cannot be opened or
/// read, input-too-large (naming the file) when it holds more. A longer input is never read
/// whole: a regular file is measured first, and anything else (a pipe, /dev/zero) is read only
/// to one byte past the limit.
[[nodiscard]] inline result<std::string> read_file(const std::string& path,
                                                   std::size_t max_bytes = text_limits{}.max_input_bytes) {
    std::string content;
    bool ok = false;
    std::int64_t too_large = -1;  // the size found, when above the limit
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        // A regular file says its size; a stream does not (ftell fails), and is read to the limit.
        if (std::fseek(f, 0, SEEK_END) == 0) {
            const long size = std::ftell(f);
            if (size > 0 && static_cast<unsigned long>(size) > max_bytes) too_large = size;
            std::fseek(f, 0, SEEK_SET);
        }
        char buffer[65536];
        while (too_large < 0) {
            const std::size_t room = max_bytes + 1 - content.size();
            const std::size_t n = std::fread(buffer, 1, room < sizeof buffer ? room : sizeof buffer, f);
            if (n == 0) break;
            content.append(buffer, n);
            if (content.size() > max_bytes) too_large = static_cast<std::int64_t>(content.size());
        }
        ok = std::ferror(f) == 0;
        std::fclose(f);
    }
    if (ok && too_large < 0) return content;
    diagnostic_list found;
    if (too_large >= 0) {
        diagnostic d = detail::make_diagnostic(diagnostic_code::input_too_large, severity::error, entity::text, path, {},
                                               {}, too_large, static_cast<std::int64_t>(max_bytes));
        d.source = path;
        found.add(d);
    } else {
        found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, path));
    }
    found.own_strings();
    return found;
}

/// load() on a file's content; diagnostics name the file.
[[nodiscard]] inline result<runtime_ladder> load_file(const std::string& path, const text_limits& limits = {}) {
    auto content = read_file(path, limits.max_input_bytes);
    if (!content.ok()) return content.diagnostics();
    return load(*content, path, limits);
}

LADDER_END_NAMESPACE
