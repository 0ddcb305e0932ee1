// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/view.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/parser.hpp>
#include <ladder/text/printer.hpp>

#include <cstddef>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Reformats a .ladder text: canonical spelling and layout, statements in their order, blank
/// lines between paragraphs kept (one at most), and every comment kept: a comment above a
/// statement stays above it; one at the end of a statement's first line ends that line; one at
/// the end of its last line ends its last printed line (a `warn`), or after a block's `}` its
/// first; one inside a block opens the block, and any other inside the statement stands above
/// it; conditions keep the comments between their first and last token as written. Formatting
/// is idempotent, and never changes what the text says: the result is read back and compared
/// with the original, ladder for ladder, and a difference is a format-changed-meaning error.
/// A text that does not read gives its errors; one that reads but does not validate is still
/// formatted.
[[nodiscard]] inline result<std::string> format(std::string_view text, std::string_view source_name = "<input>",
                                                const text_limits& limits = {}) {
    detail::parse_output parsed = detail::read_text(text, source_name, limits, true);
    if (!parsed.ladder.reported().ok()) {
        return detail::settled(result<std::string>(parsed.ladder.reported()), source_name, text);
    }
    const ladder_view v = parsed.ladder.view();
    detail::text_printer printer(v);
    // Conditions (rules, guards, advisories, criteria) are printed as written, with the comments
    // between their first and last token; verbatim ranges come in text order, as comments do.
    std::size_t next_range = 0;
    const auto inside_condition = [&](std::size_t offset) {
        const auto& ranges = parsed.verbatim;
        while (next_range < ranges.size() && ranges[next_range].end <= offset) ++next_range;
        return next_range < ranges.size() && ranges[next_range].begin <= offset;
    };
    const auto& comments = parsed.comments;
    std::size_t next_comment = 0;
    std::uint32_t last_line = 0;  // source line of the last thing written; 0 before the first
    std::string out;

    const auto append_comment = [](std::string& to, std::string_view comment) {
        if (comment.empty()) return;
        if (!to.empty()) to += ' ';
        to += comment;
    };
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
        std::string trailing, last_trailing;
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
            if (inside_condition(c.offset)) continue;
            if (c.where.line == span.where.line) {
                append_comment(trailing, c.text);
            } else if (c.where.line == span.end_line) {
                append_comment(last_trailing, c.text);
            } else {
                inner.push_back(c.text);
            }
        }
        detail::text_lines lines = printer.statement(span.kind, span.row);
        const bool has_block = lines.size() > 1 && lines.back() == "}";
        // A comment ending the statement's last line ends its last printed line (the last
        // `warn`), or, after a block's `}`, its first.
        if (has_block || lines.size() == 1) {
            append_comment(trailing, last_trailing);
        } else if (!last_trailing.empty()) {
            lines.back() += "  " + last_trailing;
        }
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
    // What the text says must not change: the result is read back and compared, ladder for
    // ladder (never text for text), and a difference is an error, never a formatted file.
    detail::parse_output reread = detail::read_text(out, source_name, limits);
    if (!reread.ladder.reported().ok() || !equal(reread.ladder.view(), v)) {
        diagnostic_list found;
        diagnostic d = detail::make_diagnostic(diagnostic_code::format_changed_meaning, severity::error, entity::text, {});
        d.source = source_name;
        found.add(d);
        found.own_strings();
        return found;
    }
    return out;
}

LADDER_END_NAMESPACE
