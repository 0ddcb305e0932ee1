// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// One finding (diagnostic) and the findings of one check (diagnostic_list), usable in constant
// expressions. Their sentences and printing: diagnostic_text.hpp, included at the end.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic_code.hpp>
#include <ladder/core/owned_strings.hpp>
#include <ladder/core/sort.hpp>
#include <ladder/core/utf8.hpp>

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A place in a source text; line 0 means "not from a text" (e.g. built in C++).
struct source_position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend constexpr bool operator==(const source_position&, const source_position&) = default;
};

/// One finding. Views point into the ladder (or text) it was found in: keep that alive, or
/// call message() while it is.
struct diagnostic {
    diagnostic_code code{};
    ladder::severity severity = severity::error;
    entity about = entity::ladder;
    std::string_view subject;     ///< id of the thing at fault (for unknown ids: the id)
    std::string_view other;       ///< a second id the finding involves (competency, level, referrer …)
    std::string_view suggestion;  ///< did-you-mean for an unknown id; empty if none
    std::int64_t actual = 0;      ///< a number the finding is about (meaning per code)
    std::int64_t expected = 0;    ///< the number it was checked against (meaning per code)
    source_position where{};
    std::string_view source;      ///< name of the text it was found in (a file name); empty if none
    std::string_view line_text;   ///< that text's line at `where`, to show the place (a long line: the part around it)
    std::uint32_t line_text_column = 1;  ///< the column line_text starts at (1 unless a long line is cut)

    /// A sentence a person can act on, e.g. "level 'L6' expects 'design' 3, less than 'L5' (4)".
    [[nodiscard]] std::string message() const;
};

namespace detail {
/// A diagnostic from its parts (designated initializers would make g++ 12 warn, under -Wextra,
/// about every member left to its default).
[[nodiscard]] constexpr diagnostic make_diagnostic(diagnostic_code code, severity sev, entity about,
                                                   std::string_view subject, std::string_view other = {},
                                                   source_position where = {}, std::int64_t actual = 0,
                                                   std::int64_t expected = 0, std::string_view suggestion = {}) {
    diagnostic d{};
    d.code = code;
    d.severity = sev;
    d.about = about;
    d.subject = subject;
    d.other = other;
    d.suggestion = suggestion;
    d.actual = actual;
    d.expected = expected;
    d.where = where;
    return d;
}

/// Calls f on every string a diagnostic views. (A namespace-scope template, not a member one:
/// clang 14 does not instantiate a member template of a non-template class in time for
/// constant evaluation.)
template <class F>
constexpr void for_each_string(diagnostic& d, F&& f) {
    f(d.subject), f(d.other), f(d.suggestion), f(d.source), f(d.line_text);
}
/// The same for the first `count` diagnostics of a list's items.
template <class F>
constexpr void for_each_string(constexpr_vector<diagnostic>& items, std::size_t count, F&& f) {
    for (std::size_t i = 0; i != count; ++i) for_each_string(items[i], f);
}

/// The part of a line shown with a finding: the whole line when it is short, else about
/// `line_window_bytes` around `column`, cut at character boundaries. Sets `first_column` to the
/// column the part starts at. Bounds what each finding costs to keep and to print, however long
/// the line (a file of NUL bytes is one line).
inline constexpr std::size_t line_window_bytes = 160;
[[nodiscard]] constexpr std::string_view line_window(std::string_view line, std::uint32_t column,
                                                     std::uint32_t& first_column) noexcept {
    first_column = 1;
    if (line.size() <= line_window_bytes) return line;
    const auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(line[i]) & 0xC0u) == 0x80u; };
    // The byte the column starts at, counting characters as the diagnostics do.
    std::size_t at = 0;
    for (std::uint32_t c = 1; at < line.size() && c < column; ++c) {
        ++at;
        while (at < line.size() && continuation(at)) ++at;
    }
    std::size_t begin = at > line_window_bytes / 2 ? at - line_window_bytes / 2 : 0;
    while (begin < at && continuation(begin)) ++begin;
    std::size_t end = begin + line_window_bytes < line.size() ? begin + line_window_bytes : line.size();
    while (end > at && end < line.size() && continuation(end)) --end;
    for (std::size_t i = 0; i != begin; ++i) first_column += continuation(i) ? 0 : 1;
    return line.substr(begin, end - begin);
}

/// The line that starts at byte `begin` of a text, without its line break (LF or CRLF).
[[nodiscard]] constexpr std::string_view line_from(std::string_view text, std::size_t begin) noexcept {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin && text[end - 1] == '\r') --end;
    return text.substr(begin, end - begin);
}

/// Line `number` (1-based) of a text, without its line break; empty past the end.
[[nodiscard]] constexpr std::string_view line_of_text(std::string_view text, std::uint32_t number) noexcept {
    std::size_t begin = utf8_bom_length(text);
    for (std::uint32_t line = 1; line < number; ++line) {
        const std::size_t newline = text.find('\n', begin);
        if (newline == std::string_view::npos) return {};
        begin = newline + 1;
    }
    return line_from(text, begin);
}
}  // namespace detail

/// The findings of one check, in the order found. Usable in constant expressions, so
/// `static_assert(validate(l).ok())` works.
class diagnostic_list {
public:
    constexpr diagnostic_list() = default;
    constexpr diagnostic_list(const diagnostic_list& other)
        : items_(other.items_), text_(other.text_), owned_(other.owned_), stopped_(other.stopped_) {
        detail::rebase_strings(other.text_.data(), text_.data(), [&](auto&& f) { detail::for_each_string(items_, owned_, f); });
    }
    constexpr diagnostic_list(diagnostic_list&&) noexcept = default;  // the text buffer moves with its views
    constexpr diagnostic_list& operator=(const diagnostic_list& other) {
        if (this != &other) *this = diagnostic_list(other);
        return *this;
    }
    constexpr diagnostic_list& operator=(diagnostic_list&&) noexcept = default;
    constexpr ~diagnostic_list() = default;

    constexpr void add(const diagnostic& d) { items_.push_back(d); }
    constexpr void append(const diagnostic_list& other) {
        for (const auto& d : other.items_) items_.push_back(d);
        if (!other.text_.empty()) own_strings();  // the other list's text may not live long
    }

    /// Adds `d` while fewer than `max_errors` errors are listed. At the limit, a reader should
    /// stop: the first finding refused is replaced by one too-many-errors finding at its place,
    /// and every later one is dropped (stopped() says so). Returns whether `d` was added.
    constexpr bool add_within(diagnostic d, std::size_t max_errors) {
        if (stopped_) return false;
        if (error_count() >= max_errors) {
            stop_at(d, max_errors);
            return false;
        }
        add(d);
        return true;
    }
    /// Reading stopped at `where` (source and line as `where`'s): one too-many-errors finding.
    constexpr void stop_at(const diagnostic& where, std::size_t max_errors) {
        if (stopped_) return;
        stopped_ = true;
        diagnostic d = detail::make_diagnostic(diagnostic_code::too_many_errors, severity::error, entity::text, {}, {},
                                               where.where, 0, static_cast<std::int64_t>(max_errors));
        d.source = where.source;
        d.line_text = where.line_text;
        d.line_text_column = where.line_text_column;
        add(d);
    }
    /// True once add_within() has reached its limit.
    [[nodiscard]] constexpr bool stopped() const noexcept { return stopped_; }

    /// Names the text the findings with a position were found in, and gives each its line,
    /// so that they print with a caret. Findings that already name a source keep it.
    constexpr void locate_in(std::string_view source_name, std::string_view text) {
        // In order of line, so that one pass over the text finds every line: linear in the text
        // and the findings together, however many there are.
        constexpr_vector<std::size_t> order;
        for (std::size_t i = 0; i != items_.size(); ++i) {
            if (items_[i].where.line != 0 && items_[i].source.empty()) order.push_back(i);
        }
        detail::stable_sort(order, [&](std::size_t a, std::size_t b) { return items_[a].where.line < items_[b].where.line; });
        std::uint32_t line = 1;
        std::size_t begin = detail::utf8_bom_length(text);
        for (const std::size_t i : order) {
            diagnostic& d = items_[i];
            while (line < d.where.line && begin <= text.size()) {
                const std::size_t newline = text.find('\n', begin);
                begin = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
                ++line;
            }
            d.source = source_name;
            if (begin > text.size()) continue;  // past the end: no line to show
            d.line_text = detail::line_window(detail::line_from(text, begin), d.where.column, d.line_text_column);
        }
    }

    /// Copies every string the findings view (ids, names, source lines) into this list, so that
    /// it stays meaningful after the ladder or text it was found in is gone.
    constexpr void own_strings() {
        owned_ = items_.size();
        text_ = detail::own_strings([&](auto&& f) { detail::for_each_string(items_, owned_, f); });  // a move keeps the views
    }

    /// True when nothing is an error (warnings and notes allowed).
    [[nodiscard]] constexpr bool ok() const noexcept { return error_count() == 0; }
    [[nodiscard]] constexpr std::size_t error_count() const noexcept { return count(severity::error); }
    [[nodiscard]] constexpr std::size_t warning_count() const noexcept { return count(severity::warning); }
    [[nodiscard]] constexpr std::size_t count(ladder::severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.severity == s ? 1 : 0;
        return n;
    }
    /// Number of findings with this code.
    [[nodiscard]] constexpr std::size_t count(diagnostic_code c) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.code == c ? 1 : 0;
        return n;
    }
    [[nodiscard]] constexpr bool contains(diagnostic_code c) const noexcept { return count(c) != 0; }

    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] constexpr const diagnostic& operator[](std::size_t i) const { return items_[i]; }
    [[nodiscard]] constexpr auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return items_.end(); }

    /// Every finding as `source:line:col: severity[code]: message`, then, for a finding in a
    /// text, its line and a caret under the column. `default_source` names findings that carry
    /// no source name of their own.
    /// At most `max_shown` findings, then a line saying how many more there are.
    [[nodiscard]] std::string to_string(std::string_view default_source = "<ladder>",
                                        std::size_t max_shown = static_cast<std::size_t>(-1)) const;

private:
    constexpr_vector<diagnostic> items_;
    constexpr_vector<char> text_;  ///< strings of the first `owned_` items, after own_strings()
    std::size_t owned_ = 0;
    bool stopped_ = false;  ///< add_within() reached its limit
};

LADDER_END_NAMESPACE

// The definitions of message() and to_string() declared above.
#include <ladder/core/diagnostic_text.hpp>
