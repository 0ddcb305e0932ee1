// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/parser.hpp>
#include <ladder/text/printer.hpp>

#include <cstddef>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Reformats a .ladder text: canonical spelling and layout, statements in their order, blank
/// lines between paragraphs kept (one at most), and every comment kept: a comment above a
/// statement stays above it, one at the end of a statement's first or last line ends its
/// first line, one inside a block opens the block. Formatting is idempotent. A text that does
/// not read gives its errors; one that reads but does not validate is still formatted.
[[nodiscard]] inline result<std::string> format(std::string_view text, std::string_view source_name = "<input>",
                                                const text_limits& limits = {}) {
    detail::parse_output parsed = detail::read_text(text, source_name, limits, true);
    if (!parsed.ladder.reported().ok()) {
        return detail::settled(result<std::string>(parsed.ladder.reported()), source_name, text);
    }
    const ladder_view v = parsed.ladder.view();
    detail::text_printer printer(v);
    // Conditions (rules, guards, advisories) are kept as written, comments and all.
    const auto holds_conditions = [&v](const detail::statement_span& span) {
        if (span.kind == detail::statement_kind::rule) return true;
        if (span.kind != detail::statement_kind::transition) return false;
        if (!v.transitions()[span.row].guard.empty()) return true;
        for (const auto& a : v.advisories()) {
            if (a.transition == span.row) return true;
        }
        return false;
    };
    const auto& comments = parsed.comments;
    std::size_t next_comment = 0;
    std::uint32_t last_line = 0;  // source line of the last thing written; 0 before the first
    std::string out;

    const auto blank_before = [&](std::uint32_t line) {
        if (last_line != 0 && line > last_line + 1 && !out.empty()) {
            // A blank line in the source between the two: keep one.
            bool blank = false;
            for (std::uint32_t l = last_line + 1; l < line && !blank; ++l) {
                const std::string_view t = detail::line_of_text(text, l);
                blank = t.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
            }
            if (blank) out += '\n';
        }
    };

    for (const auto& span : parsed.statements) {
        constexpr_vector<std::string_view> inner;
        std::string trailing;
        // Comments before the statement stand above it.
        while (next_comment < comments.size() && comments[next_comment].offset < span.begin) {
            const auto& c = comments[next_comment++];
            blank_before(c.where.line);
            if (!c.own_line && !out.empty()) {
                // Ends the previous line in the source but was not claimed by it: keep it on that line.
                out.pop_back();
                out += "  ";
            }
            out += c.text;
            out += '\n';
            last_line = c.where.line;
        }
        // Comments inside it, or ending its last line, belong to it. A rule's text keeps the
        // comments between its first and last token itself.
        while (next_comment < comments.size() &&
               (comments[next_comment].offset < span.end || comments[next_comment].where.line == span.end_line)) {
            const auto& c = comments[next_comment++];
            if (holds_conditions(span) && c.offset < span.end) continue;
            if (c.where.line == span.where.line || c.where.line == span.end_line) {
                trailing += trailing.empty() ? "" : " ";
                trailing += c.text;
            } else {
                inner.push_back(c.text);
            }
        }
        detail::text_lines lines = printer.statement(span.kind, span.row);
        const bool has_block = lines.size() > 1 && lines.back() == "}";
        if (!trailing.empty()) lines.front() += "  " + trailing;
        // Inner comments open the block, or stand above a statement that has none.
        const std::size_t at = has_block ? 1 : 0;
        for (std::size_t i = 0; i != inner.size(); ++i) {
            lines.insert(lines.begin() + at + i, (has_block ? "  " : "") + std::string(inner[i]));
        }
        blank_before(span.where.line);
        detail::append_lines(out, lines);
        last_line = span.end_line;
    }
    while (next_comment < comments.size()) {
        const auto& c = comments[next_comment++];
        blank_before(c.where.line);
        out += c.text;
        out += '\n';
        last_line = c.where.line;
    }
    return out;
}

LADDER_END_NAMESPACE
