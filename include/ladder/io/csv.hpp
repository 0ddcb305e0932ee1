// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Reading CSV (RFC 4180: quoted fields with commas, quotes and line breaks inside, CRLF or LF,
// an optional UTF-8 byte order mark), shared by the readers of people (people_csv.hpp) and of
// competency x level matrices (matrix_csv.hpp). Every syntax error is reported with its line
// and column.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/utf8.hpp>
#include <ladder/text/limits.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// After this many errors a CSV file is read no further, like a .ladder text: one
/// too-many-errors finding says so.
inline constexpr std::size_t csv_max_errors = text_limits{}.max_errors;

/// The largest CSV text read: 1 GiB. Offsets into it are kept in 32 bits, so that a field costs
/// 16 bytes and a record 12.
inline constexpr std::size_t csv_max_bytes = std::size_t{1} << 30;

/// One field of a CSV record: its text in the reader's buffer, and where it starts in the file.
struct csv_field {
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
    source_position where{};
};

/// An RFC 4180 reader: records of fields, their unquoted text copied into one buffer.
class csv_reader {
public:
    csv_reader(std::string_view text, constexpr_vector<char>& buffer, diagnostic_list& found)
        : text_(text), buffer_(buffer), found_(found) {
        pos_ = counted_ = utf8_bom_length(text_);
    }

    /// The next record's fields (empty at the end); `line` is where it starts. Blank lines are
    /// skipped. A syntax error is reported and the rest of that record skipped.
    bool next(constexpr_vector<csv_field>& fields, std::uint32_t& line) {
        fields.clear();
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) newline();
        if (pos_ >= text_.size()) return false;
        line = line_;
        for (;;) {
            csv_field f;
            f.where = here();
            f.begin = static_cast<std::uint32_t>(buffer_.size());  // under csv_max_bytes: csv_records::read
            if (pos_ < text_.size() && text_[pos_] == '"') {
                if (!quoted()) {
                    skip_record();
                    fields.clear();
                    return true;
                }
            } else {
                while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
                    if (text_[pos_] == '"') {
                        report(here(), "a quote inside an unquoted field: quote the whole field and double the quote");
                        skip_record();
                        fields.clear();
                        return true;
                    }
                    buffer_.push_back(text_[pos_++]);
                }
            }
            f.size = static_cast<std::uint32_t>(buffer_.size() - f.begin);
            fields.push_back(f);
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size()) newline();
            return true;
        }
    }

private:
    [[nodiscard]] source_position here() noexcept {
        // Columns count code points, as the .ladder reader's do; counted on from the last
        // place asked for, so that a line of many fields is read in linear time.
        for (; counted_ < pos_; ++counted_) column_ += (static_cast<unsigned char>(text_[counted_]) & 0xC0) != 0x80 ? 1 : 0;
        return {line_, column_};
    }
    void newline() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        counted_ = pos_;
        column_ = 1;
    }
    void report(source_position where, std::string_view what) {
        add(make_diagnostic(diagnostic_code::csv_syntax, severity::error, entity::text, {}, what, where, 0, 0));
    }
    /// `"…"` with `""` for a quote; line breaks inside are part of the field.
    bool quoted() {
        const source_position open = here();
        ++pos_;
        for (;;) {
            if (pos_ >= text_.size()) {
                report(open, "the quoted field that starts here is not closed");
                return false;
            }
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    buffer_.push_back('"');
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
                    report(here(), "text after a closing quote: a field is either quoted whole or not at all");
                    return false;
                }
                return true;
            }
            if (c == '\n' || c == '\r') {  // CRLF, LF or CR inside quotes: one line break in the field
                buffer_.push_back('\n');
                newline();
                continue;
            }
            buffer_.push_back(c);
            ++pos_;
        }
    }
    /// After an error: on to the next line (quotes no longer trusted).
    void skip_record() {
        while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
    }

    void add(const diagnostic& d) { found_.add_within(d, csv_max_errors); }

    std::string_view text_;
    constexpr_vector<char>& buffer_;
    diagnostic_list& found_;
    std::size_t pos_ = 0;
    std::size_t counted_ = 0;     ///< where column_ was counted to, on this line
    std::uint32_t column_ = 1;
    std::uint32_t line_ = 1;
};

[[nodiscard]] inline std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}
[[nodiscard]] inline std::optional<std::int64_t> whole_number(std::string_view s) noexcept {
    s = trimmed(s);
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 12) return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

/// A whole CSV text read into records: each a run of fields, their unquoted text in one buffer.
struct csv_records {
    struct record {
        std::uint32_t line = 0;   ///< where it starts
        std::uint32_t first = 0;  ///< its first field in `fields`
        std::uint32_t count = 0;
    };
    constexpr_vector<csv_field> fields;
    constexpr_vector<record> records;
    std::string_view text;  ///< the buffer every field's text is in
    std::size_t expected = 0;  ///< how many records there are at most, counted before reading

    [[nodiscard]] std::string_view text_of(const csv_field& f) const noexcept { return text.substr(f.begin, f.size); }
    [[nodiscard]] const csv_field& field(const record& r, std::size_t column) const noexcept { return fields[r.first + column]; }
    /// A field's text without the blanks around it.
    [[nodiscard]] std::string_view trimmed_at(const record& r, std::size_t column) const noexcept {
        return trimmed(text_of(field(r, column)));
    }

    /// Reads every record of `csv`, its text into `buffer` (which must then stay put), its
    /// syntax errors into `found` (a record with one is left out). A text over csv_max_bytes is
    /// input-too-large, and not read. `on_record(n)` is called after each record kept.
    void read(std::string_view csv, constexpr_vector<char>& buffer, diagnostic_list& found) {
        read(csv, buffer, found, [](std::size_t) {});
    }
    template <class Progress>
    void read(std::string_view csv, constexpr_vector<char>& buffer, diagnostic_list& found, Progress&& on_record) {
        if (csv.size() > csv_max_bytes) {
            found.add(make_diagnostic(diagnostic_code::input_too_large, severity::error, entity::text, {}, {}, {},
                                      static_cast<std::int64_t>(csv.size()), static_cast<std::int64_t>(csv_max_bytes)));
            return;
        }
        // Room for everything at once, so that nothing is copied as it grows: a field per comma
        // and a record per line break outside quotes (exact for a well-formed text; a malformed
        // one over-counts at most to what a text of commas of its size holds).
        std::size_t separators = 0, breaks = 1;
        bool quoted = false;
        for (std::size_t i = 0; i != csv.size(); ++i) {
            const char c = csv[i];
            quoted = quoted != (c == '"');
            if (quoted) continue;
            separators += c == ',' ? 1 : 0;
            // LF, CRLF (counted at its LF) or a lone CR ends a line.
            breaks += c == '\n' || (c == '\r' && (i + 1 == csv.size() || csv[i + 1] != '\n')) ? 1 : 0;
        }
        fields.reserve(separators + breaks);
        records.reserve(breaks);
        expected = breaks;
        buffer.reserve(csv.size());
        csv_reader reader(csv, buffer, found);
        constexpr_vector<csv_field> row;
        std::uint32_t line = 0;
        while (!found.stopped() && reader.next(row, line)) {
            if (row.empty()) continue;  // a record with a syntax error, reported
            records.push_back(record{line, static_cast<std::uint32_t>(fields.size()), static_cast<std::uint32_t>(row.size())});
            for (const auto& f : row) fields.push_back(f);
            on_record(records.size());
        }
        text = std::string_view(buffer.data(), buffer.size());
    }
};

}  // namespace detail

LADDER_END_NAMESPACE
