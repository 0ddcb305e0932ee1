// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Splits a .ladder text into tokens, in constant expressions and at runtime. Comments are
// kept (for the formatter); byte-level problems (NUL, invalid UTF-8, over-long lines) are
// reported as diagnostics and skipped, so reading goes on.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/utf8.hpp>
#include <ladder/text/limits.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The unit words of a duration (`18 months`, `2 years`), longest first.
inline constexpr std::string_view duration_units[] = {"months", "month", "years", "year"};
/// The months in one unit word of a duration; 0 for any other word.
[[nodiscard]] constexpr std::int64_t months_per_unit(std::string_view word) noexcept {
    if (word == "month" || word == "months") return 1;
    if (word == "year" || word == "years") return 12;
    return 0;
}

enum class token_kind : std::uint8_t {
    end, identifier, string, number,
    left_brace, right_brace, comma, tilde, colon, percent,
    range,       // ..
    arrow,       // ->
    both_ways,   // <->
    // operators of the rules language
    left_paren, right_paren, plus, minus, star, slash,
    less, less_equal, greater, greater_equal, equal_equal, not_equal, assign,
    invalid,
};

struct token {
    token_kind kind = token_kind::end;
    std::string_view text;      ///< as written; for a string, without its quotes
    std::int64_t number = 0;    ///< value of a number
    source_position where{};
    std::size_t offset = 0;     ///< byte offset of its first character
    std::size_t end = 0;        ///< byte offset just past its last character (quotes included)
    bool first_on_line = false;
};

/// A `#` comment, kept so the formatter never drops one.
struct comment {
    std::string_view text;  ///< from `#` to the end of the line, trailing spaces removed
    source_position where{};
    std::size_t offset = 0;
    bool own_line = false;  ///< nothing but blanks before it on its line
};

[[nodiscard]] constexpr bool is_identifier_start(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
[[nodiscard]] constexpr bool is_identifier_char(char c) noexcept {
    return is_identifier_start(c) || (c >= '0' && c <= '9');
}
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

class lexer {
public:
    constexpr lexer() = default;
    constexpr lexer(std::string_view text, std::string_view source_name, const text_limits& limits,
                    diagnostic_list& out, constexpr_vector<comment>* comments = nullptr)
        : text_(text), name_(source_name), limits_(&limits), out_(&out), comments_(comments) {
        // A UTF-8 byte order mark is allowed and skipped.
        pos_ = line_start_ = utf8_bom_length(text_);
    }

    /// Reads the next token into `t` (kind `end` at the end of the text, and from then on).
    /// Into the caller's token rather than returned: a token written field by field and then
    /// copied whole stalls the processor on every token (store forwarding), a tenth of the rule
    /// compiler's time.
    constexpr void next(token& t) {
        scan(t);
        t.end = pos_;
    }

    [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }
    [[nodiscard]] constexpr std::string_view source_name() const noexcept { return name_; }

    /// Goes on reading from `offset`, a token's first character at place `where` (the rule
    /// compiler reads a named rule's argument again where the rule uses it).
    constexpr void seek(std::size_t offset, source_position where) noexcept {
        pos_ = offset;
        line_ = where.line;
        column_ = where.column;
        line_start_ = offset;
        while (line_start_ != 0 && text_[line_start_ - 1] != '\n') --line_start_;
        seen_token_on_line_ = true;
    }

    /// Reports a finding at a place in this text, with its line for showing it. After
    /// `max_errors` errors, reading stops: one too-many-errors finding says so, and nothing more
    /// is reported (so a file of NUL bytes or broken UTF-8 costs 51 findings, not one a byte).
    constexpr void report(diagnostic_code code, source_position where, std::string_view subject, std::int64_t actual = 0,
                          std::int64_t expected = 0, std::string_view other = {}, entity about = entity::text,
                          std::string_view suggestion = {}) {
        if (out_->stopped()) return;
        out_->add_within(placed(make_diagnostic(code, severity::error, about, subject, other, where, actual, expected, suggestion)),
                         limits_->max_errors);
    }

    /// Reading stops at `where` (the error limit is reached): says so, once.
    constexpr void stop_reading(source_position where) {
        if (out_->stopped()) return;
        out_->stop_at(placed(make_diagnostic(diagnostic_code::too_many_errors, severity::error, entity::text, {}, {}, where)),
                      limits_->max_errors);
    }

private:
    /// A finding with its source and the part of its line to show: the line being read is known
    /// without a scan from the start of the text.
    [[nodiscard]] constexpr diagnostic placed(diagnostic d) const {
        d.source = name_;
        std::string_view line;
        if (d.where.line == line_ && line_start_ <= text_.size()) {
            // Up to the end of the line, or a window past where reading is: no more is shown.
            const std::size_t shown_to = pos_ + line_window_bytes < text_.size() ? pos_ + line_window_bytes : text_.size();
            line = line_from(text_.substr(0, shown_to), line_start_);
        } else {
            line = line_of_text(text_, d.where.line);
        }
        d.line_text = line_window(line, d.where.column, d.line_text_column);
        return d;
    }

    constexpr void scan(token& t) {
        skip_blanks_and_comments();
        t = token{};
        t.where = here();
        t.offset = pos_;
        t.first_on_line = !seen_token_on_line_;
        seen_token_on_line_ = true;
        if (pos_ >= text_.size()) {
            t.kind = token_kind::end;
            return;
        }
        const char c = text_[pos_];
        if (is_identifier_start(c)) {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && is_identifier_char(text_[pos_])) advance_ascii();
            t.kind = token_kind::identifier;
            t.text = text_.substr(start, pos_ - start);
            return;
        }
        if (is_digit(c) || (c == '-' && is_digit(peek(1)))) return number(t);
        if (c == '"' || c == '\'') return string(t, c);
        const auto punct = [&](token_kind k, std::size_t length) {
            t.kind = k;
            t.text = text_.substr(pos_, length);
            for (std::size_t i = 0; i != length; ++i) advance_ascii();
        };
        switch (c) {
            case '{': return punct(token_kind::left_brace, 1);
            case '}': return punct(token_kind::right_brace, 1);
            case ',': return punct(token_kind::comma, 1);
            case '~': return punct(token_kind::tilde, 1);
            case ':': return punct(token_kind::colon, 1);
            case '%': return punct(token_kind::percent, 1);
            case '(': return punct(token_kind::left_paren, 1);
            case ')': return punct(token_kind::right_paren, 1);
            case '+': return punct(token_kind::plus, 1);
            case '*': return punct(token_kind::star, 1);
            case '/': return punct(token_kind::slash, 1);
            case '.':
                if (peek(1) == '.') return punct(token_kind::range, 2);
                break;
            case '-':
                return peek(1) == '>' ? punct(token_kind::arrow, 2) : punct(token_kind::minus, 1);
            case '<':
                if (peek(1) == '-' && peek(2) == '>') return punct(token_kind::both_ways, 3);
                return peek(1) == '=' ? punct(token_kind::less_equal, 2) : punct(token_kind::less, 1);
            case '>':
                return peek(1) == '=' ? punct(token_kind::greater_equal, 2) : punct(token_kind::greater, 1);
            case '=':
                return peek(1) == '=' ? punct(token_kind::equal_equal, 2) : punct(token_kind::assign, 1);
            case '!':
                if (peek(1) == '=') return punct(token_kind::not_equal, 2);
                break;
            default: break;
        }
        // Anything else is reported once and stands as an invalid token.
        const auto byte = static_cast<unsigned char>(c);
        std::size_t length = 1;
        if (byte < 0x80) {
            report(diagnostic_code::invalid_character, t.where, text_.substr(pos_, 1), byte);
        } else if (const std::size_t n = utf8_sequence_length(text_, pos_); n == 0) {
            report(diagnostic_code::invalid_utf8, t.where, {}, byte);
        } else {
            length = n;
            report(diagnostic_code::invalid_character, t.where, text_.substr(pos_, n), byte);
        }
        t.kind = token_kind::invalid;
        t.text = text_.substr(pos_, length);
        advance_char(length);
    }

    [[nodiscard]] constexpr char peek(std::size_t ahead) const noexcept {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    [[nodiscard]] constexpr source_position here() const noexcept {
        return {line_, column_};
    }
    constexpr void advance_ascii() {
        ++pos_;
        ++column_;
    }
    /// Moves past one character of `length` bytes: columns count characters, not bytes.
    constexpr void advance_char(std::size_t length) {
        pos_ += length;
        ++column_;
    }
    constexpr void new_line() {
        const std::size_t length = pos_ - line_start_;
        if (length > limits_->max_line_bytes) {
            report(diagnostic_code::line_too_long, {line_, 1}, {}, static_cast<std::int64_t>(length),
                   static_cast<std::int64_t>(limits_->max_line_bytes));
        }
        ++pos_;
        ++line_;
        column_ = 1;
        line_start_ = pos_;
        seen_token_on_line_ = false;
    }

    constexpr void skip_blanks_and_comments() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n') {
                new_line();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                advance_ascii();
            } else if (c == '\0') {
                report(diagnostic_code::nul_byte, here(), {});
                advance_ascii();
            } else if (c == '#') {
                comment k;
                k.where = here();
                k.offset = pos_;
                k.own_line = !seen_token_on_line_;
                const std::size_t start = pos_;
                skip_text_to_end_of_line();
                std::size_t end = pos_;
                while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t' || text_[end - 1] == '\r')) --end;
                k.text = text_.substr(start, end - start);
                if (comments_ != nullptr) comments_->push_back(k);
            } else {
                return;
            }
        }
        if (pos_ >= text_.size() && pos_ - line_start_ > limits_->max_line_bytes) {
            report(diagnostic_code::line_too_long, {line_, 1}, {}, static_cast<std::int64_t>(pos_ - line_start_),
                   static_cast<std::int64_t>(limits_->max_line_bytes));
            line_start_ = pos_;  // reported once
        }
    }

    /// Moves to the end of the line (before its '\n'), checking the bytes on the way.
    constexpr void skip_text_to_end_of_line() {
        while (pos_ < text_.size() && text_[pos_] != '\n') {
            skip_printable_ascii('\n');
            if (pos_ < text_.size() && text_[pos_] != '\n') text_char();
        }
    }

    /// Moves past a run of printable ASCII characters (nothing to check in them) up to `stop`.
    /// Most of a string or comment is such a run: one tight loop per run keeps the text's cost
    /// in a compile-time parse to a few constexpr steps a character.
    constexpr void skip_printable_ascii(char stop) {
        std::size_t p = pos_;
        while (p < text_.size() && text_[p] >= ' ' && text_[p] <= '~' && text_[p] != stop) ++p;
        column_ += static_cast<decltype(column_)>(p - pos_);
        pos_ = p;
    }

    /// Moves past one character of text (a comment or string), reporting NUL and invalid UTF-8.
    constexpr void text_char() {
        const char c = text_[pos_];
        if (c == '\0') {
            report(diagnostic_code::nul_byte, here(), {});
            advance_ascii();
            return;
        }
        const std::size_t length = utf8_sequence_length(text_, pos_);
        if (length == 0) {
            report(diagnostic_code::invalid_utf8, here(), {}, static_cast<unsigned char>(c));
            advance_ascii();
            return;
        }
        advance_char(length);
    }

    constexpr void number(token& t) {
        const std::size_t start = pos_;
        const bool negative = text_[pos_] == '-';
        if (negative) advance_ascii();
        std::int64_t value = 0;
        bool too_large = false;
        while (pos_ < text_.size() && (is_digit(text_[pos_]) || (text_[pos_] == '_' && is_digit(peek(1))))) {
            if (text_[pos_] != '_') {
                const std::int64_t digit = text_[pos_] - '0';
                if (value > (limits_->max_number - digit) / 10) too_large = true;
                else value = value * 10 + digit;
            }
            advance_ascii();
        }
        t.kind = token_kind::number;
        t.text = text_.substr(start, pos_ - start);
        t.number = negative ? -value : value;
        if (too_large) {
            report(diagnostic_code::number_too_large, t.where, t.text, 0, limits_->max_number);
            t.number = negative ? -limits_->max_number : limits_->max_number;
        }
    }

    constexpr void string(token& t, char quote) {
        advance_ascii();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != quote && text_[pos_] != '\n') {
            skip_printable_ascii(quote);
            if (pos_ >= text_.size() || text_[pos_] == quote || text_[pos_] == '\n') break;
            // A control character in a string would reach every report and terminal that shows
            // it (NUL and bytes that are not UTF-8 are reported by text_char()).
            bool escaped = false;
            const std::size_t n = shown_length(text_, pos_, escaped);
            const bool line_end = text_[pos_] == '\r' && peek(1) == '\n';
            if (escaped && !line_end && text_[pos_] != '\0' && utf8_sequence_length(text_, pos_) != 0) {
                report(diagnostic_code::invalid_character, here(), text_.substr(pos_, n),
                       static_cast<unsigned char>(text_[pos_]), 1);
            }
            text_char();
        }
        t.kind = token_kind::string;
        std::size_t end = pos_;
        if (pos_ >= text_.size() || text_[pos_] != quote) {
            report(diagnostic_code::unterminated_string, t.where, {});
            if (end > start && text_[end - 1] == '\r') --end;
        } else {
            advance_ascii();
        }
        t.text = text_.substr(start, end - start);
    }

    std::string_view text_;
    std::string_view name_;
    const text_limits* limits_ = nullptr;  // pointers, not references: a lexer can be stored and assigned
    diagnostic_list* out_ = nullptr;
    constexpr_vector<comment>* comments_ = nullptr;
    // line_ and column_ apart: side by side, a compiler reads both with one load in here(),
    // right after column_ was written alone, and the processor stalls on every token.
    std::uint32_t line_ = 1;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    std::uint32_t column_ = 1;
    bool seen_token_on_line_ = false;
};

}  // namespace detail
LADDER_END_NAMESPACE
