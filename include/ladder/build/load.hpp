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

/// Reads what is left of an open stream (a file, standard input, a pipe), up to `max_bytes`;
/// `name` is what diagnostics call it. cannot-read-file when reading fails, input-too-large
/// (naming it) when it holds more. A longer input is never read whole: a seekable stream is
/// measured first (and left where it was), anything else (a pipe, /dev/zero) is read only to one
/// byte past the limit. The stream stays open.
[[nodiscard]] inline result<std::string> read_stream(std::FILE* f, std::string_view name,
                                                     std::size_t max_bytes = text_limits{}.max_input_bytes) {
    std::string content;
    std::int64_t too_large = -1;  // the size found, when above the limit
    const long here = std::ftell(f);
    if (here >= 0 && std::fseek(f, 0, SEEK_END) == 0) {
        const long end = std::ftell(f);
        if (end > here && static_cast<unsigned long>(end - here) > max_bytes) too_large = end - here;
        std::fseek(f, here, SEEK_SET);
    }
    char buffer[65536];
    while (too_large < 0) {
        const std::size_t room = max_bytes + 1 - content.size();
        const std::size_t n = std::fread(buffer, 1, room < sizeof buffer ? room : sizeof buffer, f);
        if (n == 0) break;
        content.append(buffer, n);
        if (content.size() > max_bytes) too_large = static_cast<std::int64_t>(content.size());
    }
    if (std::ferror(f) == 0 && too_large < 0) return content;
    diagnostic_list found;
    if (too_large >= 0) {
        diagnostic d = detail::make_diagnostic(diagnostic_code::input_too_large, severity::error, entity::text, name, {},
                                               {}, too_large, static_cast<std::int64_t>(max_bytes));
        d.source = name;
        found.add(d);
    } else {
        found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, name));
    }
    found.own_strings();
    return found;
}

/// Reads a whole file's bytes, up to `max_bytes` (read_stream): cannot-read-file also when it
/// cannot be opened.
[[nodiscard]] inline result<std::string> read_file(const std::string& path,
                                                   std::size_t max_bytes = text_limits{}.max_input_bytes) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
        diagnostic_list found;
        found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, path));
        found.own_strings();
        return found;
    }
    auto content = read_stream(f, path, max_bytes);
    std::fclose(f);
    return content;
}

/// load() on a file's content; diagnostics name the file.
[[nodiscard]] inline result<runtime_ladder> load_file(const std::string& path, const text_limits& limits = {}) {
    auto content = read_file(path, limits.max_input_bytes);
    if (!content.ok()) return content.diagnostics();
    return load(*content, path, limits);
}

LADDER_END_NAMESPACE
