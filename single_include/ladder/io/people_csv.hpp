// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// People from CSV, the natural HR export: one row per person per review cycle (RFC 4180: quoted
// fields with commas, quotes and line breaks inside, CRLF or LF, an optional UTF-8 byte order
// mark). docs/people-csv.md describes the layout. Every problem is reported with its line and
// column; nothing is dropped, overwritten or guessed: a file with any error gives no people.
// Read against a ladder's history (revise/history.hpp), each cycle's ratings are read against
// the version in force on its date and carried to the version that decides (docs/versions.md).

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/date.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/people_table.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/build/load.hpp (included above)
// ladder/revise/carry.hpp (included above)
// begin ladder/revise/history.hpp
#include <ladder/revise/history.hpp>
// end ladder/revise/history.hpp
// begin ladder/io/csv.hpp

// Reading CSV (RFC 4180: quoted fields with commas, quotes and line breaks inside, CRLF or LF,
// an optional UTF-8 byte order mark), shared by the readers of people (people_csv.hpp) and of
// competency x level matrices (matrix_csv.hpp). Every syntax error is reported with its line
// and column.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/utf8.hpp (included above)
// ladder/text/limits.hpp (included above)

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
// end ladder/io/csv.hpp
// ladder/text/lexer.hpp (included above)
// ladder/text/limits.hpp (included above)

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

LADDER_BEGIN_NAMESPACE

namespace detail {
class people_csv_access;
}

/// Told now and then how far reading a people file has come: `done` steps of `total` (three a
/// row: read, grouped, built), and once more at the end with `done == total`.
using reading_progress = std::function<void(std::size_t done, std::size_t total)>;

/// People read from CSV. They view strings this object owns, so it moves but does not copy.
class people_list {
public:
    people_list() = default;
    people_list(people_list&&) noexcept = default;  // the buffers move, and the views with them
    people_list& operator=(people_list&&) noexcept = default;
    people_list(const people_list&) = delete;
    people_list& operator=(const people_list&) = delete;

    /// Everyone, as a table (model/people_table.hpp): what judge() and readiness_of() read.
    [[nodiscard]] const people_table& all() const noexcept { return people_; }
    [[nodiscard]] std::size_t size() const noexcept { return people_.size(); }
    [[nodiscard]] person_ref operator[](std::size_t i) const noexcept { return people_[i]; }
    [[nodiscard]] people_rows::iterator begin() const noexcept { return people_.begin(); }
    [[nodiscard]] people_rows::iterator end() const noexcept { return people_.end(); }
    /// Read against a history: the version the people stand on (their level, and every rating
    /// carried to it), as an index into the history; 0 otherwise.
    [[nodiscard]] std::size_t version() const noexcept { return version_; }
    /// The person with an id, if any.
    [[nodiscard]] std::optional<person_ref> find(std::string_view id) const noexcept {
        const auto ids = people_.ids();
        for (std::size_t i = 0; i != ids.size(); ++i) {
            if (ids[i] == id) return people_[i];
        }
        return std::nullopt;
    }

private:
    friend class detail::people_csv_access;
    constexpr_vector<char> text_;  ///< every field's text, unquoted, one after another
    people_table people_;
    std::size_t version_ = 0;
};

namespace detail {

/// The reader's way in to a people_list's parts.
class people_csv_access {
public:
    static constexpr_vector<char>& text(people_list& p) noexcept { return p.text_; }
    static people_table& people(people_list& p) noexcept { return p.people_; }
    static std::size_t& version(people_list& p) noexcept { return p.version_; }
};

/// Turns CSV records into people against a ladder.
class people_csv {
public:
    people_csv(const ladder_view& l, std::string_view text, std::string_view source, const reading_progress& on_progress)
        : l_(l), text_(text), source_(source), on_progress_(on_progress) {}
    /// Against a history: the version in force on `as_of` decides (0: on the latest cycle's date).
    people_csv(const ladder_history& h, std::string_view text, std::string_view source, day_number as_of,
               const reading_progress& on_progress)
        : l_(h.newest().view()), text_(text), source_(source), history_(&h), as_of_(as_of), on_progress_(on_progress) {}

    result<people_list> read() {
        people_list out;
        auto& buffer = people_csv_access::text(out);
        // First every record, so that the buffer is complete (and stays put) before any view.
        sheet_.read(text_, buffer, found_, [&](std::size_t records) { step(records); });
        if (sheet_.records.empty()) {
            if (found_.ok()) {
                add(make_diagnostic(diagnostic_code::csv_syntax, severity::error, entity::text, {},
                                    "the file has no header row (person, level, cycle, …)", {1, 1}, 0, 0));
            }
        } else {
            if (history_ != nullptr) deciding_version();
            header(sheet_.records[0]);
            rows();  // even after an error in the header: every problem is reported at once
        }
        if (on_progress_) on_progress_(3 * sheet_.expected, 3 * sheet_.expected);
        if (found_.ok()) {
            people_csv_access::version(out) = deciding_;
            people_csv_access::people(out) = std::move(built_);
            return out;
        }
        found_.locate_in(source_, text_);
        found_.own_strings();
        return found_;
    }

private:
    using record = csv_records::record;
    enum class role : std::uint8_t {
        person, name, level, archetype, months_in_level, tenure_months, cycle, note, date, rating, attribute, exempt,
        unknown,  ///< reported; its values are not read
    };
    static constexpr std::size_t fixed_columns = 9;  ///< person … date
    struct column {
        role what = role::person;
        index_t row = no_index;  ///< the competency or attribute (no_index: a competency of an earlier version only)
        std::string_view title;
    };
    /// What one person's rows have given so far, and on which line.
    struct seen {
        std::string_view value;
        std::uint32_t line = 0;
    };
    /// A level given as one a later version split, kept aside in case no row says which part.
    struct split_level {
        seen level;
        source_position where{};
        std::size_t version = 0;
    };
    /// One person's rows, gathered in a few words (a company of millions is gathered whole
    /// before anyone is built): their rows linked through next_row_, their person-level values
    /// in fixed_.
    struct gathering {
        std::string_view id;
        std::uint32_t first_row = 0;  ///< record numbers: 0 (the header), none
        std::uint32_t last_row = 0;
        std::uint32_t fixed = 0;  ///< where their slots start in fixed_, one per describing column
        std::uint32_t split = 0;  ///< 1 + their entry in splits_; 0: none
        std::uint32_t rows = 0;
        day_number last_date = 0;
        std::uint32_t last_date_line = 0;
    };
    static constexpr std::uint32_t no_slot = static_cast<std::uint32_t>(-1);

    /// The person-level value `g` gave in column `c`, and where (line 0: none yet).
    [[nodiscard]] seen& fixed(const gathering& g, std::size_t c) noexcept { return fixed_[g.fixed + slot_[c]]; }
    [[nodiscard]] const seen* fixed_or_null(const gathering& g, std::size_t c) const noexcept {
        return slot_[c] == no_slot ? nullptr : &fixed_[g.fixed + slot_[c]];
    }
    /// A person's cycles are compared row by row up to this many rows, and found through
    /// cycles_of_many_ past it: a file of one person with a million cycles stays linear.
    static constexpr std::uint32_t scanned_rows = 16;
    struct cycle_key {
        std::size_t person = 0;
        std::string_view cycle;
        friend bool operator==(const cycle_key&, const cycle_key&) = default;
    };
    struct cycle_key_hash {
        std::size_t operator()(const cycle_key& k) const noexcept {
            return std::hash<std::string_view>{}(k.cycle) ^ (k.person * 0x9E3779B97F4A7C15ull);
        }
    };

    /// The record in which person `g` (at `person` in the gathering) already gave `cycle`, or 0.
    [[nodiscard]] std::size_t cycle_given(const gathering& g, std::size_t person, std::string_view cycle,
                                          std::size_t cycle_column) const {
        if (g.rows >= scanned_rows) {
            const auto found = cycles_of_many_.find(cycle_key{person, cycle});
            return found == cycles_of_many_.end() ? 0 : found->second;
        }
        std::size_t earlier = 0;
        each_row(g, [&](std::size_t k) {
            if (earlier == 0 && trimmed(text_of(field(sheet_.records[k], cycle_column))) == cycle) earlier = k;
        });
        return earlier;
    }

    /// `g`'s records, in order.
    template <class F>
    void each_row(const gathering& g, F&& f) const {
        for (std::uint32_t k = g.first_row; k != 0; k = next_row_[k]) f(static_cast<std::size_t>(k));
    }

    [[nodiscard]] std::string_view text_of(const csv_field& f) const noexcept { return sheet_.text_of(f); }
    /// Progress, now and then: each record counts three steps (read, grouped, built).
    void step(std::size_t done) const {
        if (on_progress_ && done % 65536 == 0) on_progress_(done, 3 * sheet_.expected);
    }
    void add(const diagnostic& d) { found_.add_within(d, csv_max_errors); }

    void missing(std::string_view name) {
        add(make_diagnostic(diagnostic_code::missing_column, severity::error, entity::text, name, {}, {1, 1}, 0, 0));
    }

    void header(const record& h) {
        constexpr std::string_view fixed_names[] = {"person", "name", "level", "archetype", "months_in_level", "tenure_months",
                                                    "cycle", "note", "date"};
        static_assert(std::size(fixed_names) == fixed_columns);
        // Each column a known name gives, marked when first seen: a repeat is found in one step,
        // however wide the header (one slot per fixed name, competency, attribute and exemption).
        const std::size_t competencies = l_.competencies().size(), attributes = l_.attributes().size();
        std::vector<bool> taken(fixed_columns + competencies * 2 + attributes);
        std::unordered_set<std::string_view> earlier_taken;  // columns of earlier versions' competencies
        const auto slot = [&](const column& c) -> std::size_t {
            switch (c.what) {
                case role::rating: return fixed_columns + c.row;
                case role::exempt: return fixed_columns + competencies + c.row;
                case role::attribute: return fixed_columns + competencies * 2 + c.row;
                default: return static_cast<std::size_t>(c.what);
            }
        };
        for (std::size_t i = 0; i != h.count && !found_.stopped(); ++i) {
            const csv_field& f = sheet_.field(h, i);
            const std::string_view name = trimmed(text_of(f));
            column c;
            c.title = name;
            bool known = false;
            for (std::size_t k = 0; k != fixed_columns; ++k) {
                if (name == fixed_names[k]) {
                    c.what = static_cast<role>(k);
                    known = true;
                }
            }
            if (!known && name.substr(0, 7) == "exempt:") {
                c.what = role::exempt;
                c.row = find_row(l_.competencies(), trimmed(name.substr(7)));
                known = c.row != no_index;
            } else if (!known) {
                if ((c.row = find_row(l_.competencies(), name)) != no_index) {
                    c.what = role::rating;
                    known = true;
                } else if ((c.row = find_row(l_.attributes(), name)) != no_index) {
                    c.what = role::attribute;
                    known = true;
                } else if (competency_before(name)) {
                    c.what = role::rating;  // c.row stays no_index: read per row, by the version in force
                    known = true;
                }
            }
            const bool earlier = known && c.what == role::rating && c.row == no_index;
            if (known && (earlier ? earlier_taken.contains(name) : taken[slot(c)])) {
                add(make_diagnostic(diagnostic_code::duplicate_clause, severity::error, entity::text, name, "the header", f.where,
                                    0, 0));
            }
            if (earlier) earlier_taken.insert(name);
            else if (known) taken[slot(c)] = true;
            if (!known) {
                c.what = role::unknown;
                suggestion_finder finder(name);
                for (std::string_view k : fixed_names) finder.consider(k);
                for (const auto& c2 : l_.competencies()) finder.consider(c2.id);
                for (const auto& a : l_.attributes()) finder.consider(a.id);
                for (std::size_t v = 0; history_ != nullptr && v < deciding_; ++v) {
                    for (const auto& c2 : (*history_)[v].view().competencies()) finder.consider(c2.id);
                }
                add(make_diagnostic(diagnostic_code::unknown_column, severity::error, entity::text, name, {}, f.where, 0,
                                    0, finder.best()));
            }
            columns_.push_back(c);
        }
        for (std::string_view required : {"person", "level", "cycle"}) {
            bool has = false;
            for (const auto& c : columns_) has = has || c.title == required;
            if (!has) missing(required);
        }
    }

    [[nodiscard]] std::size_t column_of(role r) const noexcept {
        for (std::size_t i = 0; i != columns_.size(); ++i) {
            if (columns_[i].what == r) return i;
        }
        return columns_.size();
    }

    /// Groups rows by person (first appearance first), checks what must agree, then builds.
    void rows() {
        const std::size_t person_column = column_of(role::person), cycle_column = column_of(role::cycle);
        if (person_column == columns_.size() || cycle_column == columns_.size()) return;  // reported: rows mean nothing
        // What describes the person, not the cycle, has a slot per person.
        std::uint32_t slots = 0;
        for (const auto& c : columns_) {
            const bool describes = c.what == role::name || c.what == role::level || c.what == role::archetype ||
                                   c.what == role::months_in_level || c.what == role::tenure_months ||
                                   c.what == role::attribute || c.what == role::exempt;
            slot_.push_back(describes ? slots++ : no_slot);
        }
        next_row_.assign(sheet_.records.size(), 0);
        std::vector<gathering> people;
        std::unordered_map<std::string_view, std::size_t> person_index;  // id -> place in `people`: no scan per row
        person_index.reserve(sheet_.records.size());
        for (std::size_t k = 1; k != sheet_.records.size() && !found_.stopped(); ++k) {
            step(sheet_.expected + k);
            const record& r = sheet_.records[k];
            if (r.count != columns_.size()) {
                add(make_diagnostic(diagnostic_code::ragged_row, severity::error, entity::text, {}, {}, {r.line, 1},
                                    static_cast<std::int64_t>(r.count), static_cast<std::int64_t>(columns_.size())));
                continue;
            }
            const csv_field& id_field = field(r, person_column);
            const std::string_view id = trimmed(text_of(id_field));
            if (id.empty()) {
                bad(id_field, "a person's id: it is empty");
                continue;
            }
            const auto [at, added] = person_index.emplace(id, people.size());
            if (added) {
                gathering fresh;
                fresh.id = id;
                fresh.fixed = static_cast<std::uint32_t>(fixed_.size());
                fixed_.resize(fixed_.size() + slots);
                people.push_back(fresh);
            }
            gathering* g = &people[at->second];
            // One row per cycle: a cycle given twice is an error, naming both lines.
            const csv_field& cycle_field = field(r, cycle_column);
            const std::string_view cycle = trimmed(text_of(cycle_field));
            if (cycle.empty()) {
                bad(cycle_field, "a review cycle's id: it is empty");
                continue;
            }
            if (const std::size_t earlier = cycle_given(*g, at->second, cycle, cycle_column); earlier != 0) {
                add(make_diagnostic(diagnostic_code::duplicate_row, severity::error, entity::person, id, cycle, cycle_field.where,
                                    0, sheet_.records[earlier].line));
                continue;
            }
            std::size_t version = 0;
            if (!dated(r, *g, version)) continue;
            // What describes the person, not the cycle, must agree across their rows.
            for (std::size_t c = 0; c != columns_.size(); ++c) {
                const role what = columns_[c].what;
                if (what == role::cycle || what == role::note || what == role::date || what == role::rating || what == role::person ||
                    what == role::unknown) {
                    continue;
                }
                std::string_view value = trimmed(text_of(field(r, c)));
                if (value.empty()) continue;
                if (what == role::level && history_ != nullptr && !level_now(version, value, *g, field(r, c), r.line)) continue;
                seen& s = fixed(*g, c);
                if (s.line == 0) {
                    s = seen{value, r.line};
                } else if (s.value != value) {
                    add(make_diagnostic(diagnostic_code::conflicting_value, severity::error, entity::person, id,
                                        columns_[c].title, field(r, c).where, 0, s.line));
                }
            }
            const auto row = static_cast<std::uint32_t>(k);
            if (g->first_row == 0) g->first_row = row;
            else next_row_[g->last_row] = row;
            g->last_row = row;
            if (++g->rows == scanned_rows) {
                // From here on, this person's cycles are found through an index.
                const std::size_t person = at->second;  // a lambda may not name a structured binding (clang 14)
                each_row(*g, [&](std::size_t earlier) {
                    cycles_of_many_.emplace(cycle_key{person, trimmed(text_of(field(sheet_.records[earlier], cycle_column)))},
                                            static_cast<std::uint32_t>(earlier));
                });
            } else if (g->rows > scanned_rows) {
                cycles_of_many_.emplace(cycle_key{at->second, cycle}, row);
            }
        }
        // Room for everyone at once: the table is never copied as it grows.
        built_ = people_table(l_.competencies().size());
        built_.reserve(people.size(), people.empty() ? 0 : (sheet_.records.size() + people.size() - 1) / people.size());
        for (const auto& g : people) {
            if (g.first_row != 0) build(g);  // a person none of whose rows was whole: reported already
        }
    }

    [[nodiscard]] const csv_field& field(const record& r, std::size_t column) const noexcept { return sheet_.field(r, column); }

    /// Against a history: the version that decides, in force on `as_of` or on the latest date
    /// the file gives (no date: the newest version).
    void deciding_version() {
        deciding_ = history_->size() - 1;
        std::size_t date_column = sheet_.records[0].count;
        for (std::size_t i = 0; i != sheet_.records[0].count; ++i) {
            if (trimmed(text_of(sheet_.field(sheet_.records[0], i))) == "date") date_column = i;
        }
        day_number day = as_of_, latest = 0;
        for (std::size_t k = 1; day == 0 && date_column != sheet_.records[0].count && k != sheet_.records.size(); ++k) {
            const record& r = sheet_.records[k];
            const day_number d = date_column < r.count ? parse_day(trimmed(text_of(field(r, date_column)))) : 0;
            if (d > latest) latest = d;
        }
        if (day == 0) day = latest;
        if (day == 0) return;
        const std::size_t v = history_->in_force(day);
        if (v == ladder_history::none) {
            add(make_diagnostic(diagnostic_code::version_order, severity::error, entity::text, {},
                                owned("no version of the ladder is in force on " + day_text(day) + ": the first takes effect on " +
                                      day_text((*history_)[0].view().effective())),
                                {1, 1}, 0, 0));
            return;
        }
        deciding_ = v;
        l_ = (*history_)[v].view();
    }

    /// The row's date, checked: a day, on or after the person's row before; with a history of
    /// several versions, given, and on or after the first took effect. `version`: the one in force.
    bool dated(const record& r, gathering& g, std::size_t& version) {
        const std::size_t column = column_of(role::date);
        const bool needed = history_ != nullptr && history_->size() > 1;
        if (column == columns_.size()) {
            if (needed && !date_missing_) missing("date");
            date_missing_ = date_missing_ || needed;
            return !needed;
        }
        const csv_field& f = field(r, column);
        const std::string_view text = trimmed(text_of(f));
        if (text.empty() && !needed) return true;
        const day_number day = parse_day(text);
        if (day == 0) {
            bad(f, needed ? "a day written YYYY-MM-DD: with several versions of the ladder, each cycle's day says which was in force"
                          : "a day written YYYY-MM-DD");
            return false;
        }
        if (day < g.last_date) {
            bad(f, owned("on or after the day of the person's cycle before it, " + day_text(g.last_date) + " on line " +
                         std::to_string(g.last_date_line)));
            return false;
        }
        g.last_date = day;
        g.last_date_line = r.line;
        if (history_ == nullptr) return true;
        version = history_->in_force(day);
        if (version == ladder_history::none) {
            bad(f, owned("a day on which a version of the ladder is in force: the first takes effect on " +
                         day_text((*history_)[0].view().effective())));
            return false;
        }
        if (as_of_ != 0 && day > as_of_) {
            bad(f, owned("a day on or before " + day_text(as_of_) + ", the day the people are judged on"));
            return false;
        }
        return true;
    }

    /// A level given on a row of `version`, as the deciding version calls it: renamed through
    /// the revisions between; a level split since is no answer (which part the person is at is
    /// someone's decision), kept aside in case no row says. False: not a value to compare.
    bool level_now(std::size_t version, std::string_view& value, gathering& g, const csv_field& f, std::uint32_t line) {
        if (detail::find_row((*history_)[version].view().levels(), value) == no_index) return true;  // reported against the deciding version
        const auto ids = history_->level_ids(version, deciding_, value);
        if (ids.size() == 1) {
            value = ids.front();
            return true;
        }
        if (ids.size() > 1 && g.split == 0) {
            splits_.push_back(split_level{seen{value, line}, f.where, version});
            g.split = static_cast<std::uint32_t>(splits_.size());
        }
        return ids.empty();  // removed since: reported as unknown to the deciding version
    }

    /// Is `name` a competency of a version before the deciding one?
    [[nodiscard]] bool competency_before(std::string_view name) const {
        for (std::size_t v = 0; history_ != nullptr && v < deciding_; ++v) {
            if (find_row((*history_)[v].view().competencies(), name) != no_index) return true;
        }
        return false;
    }

    /// A rating of `competency`, which the version in force on the row's day does not have.
    void not_in_version(std::string_view competency, const record& r, std::size_t version, source_position where) {
        const ladder_view then = (*history_)[version].view();
        add(make_diagnostic(diagnostic_code::not_in_version, severity::error, entity::competency, competency,
                            owned(day_text(row_date(r)) + " (" + version_name(then, history_->source(version)) + ")"), where, 0, 0));
    }

    /// Text a finding views, kept until the findings own their strings.
    std::string_view owned(std::string text) { return texts_.emplace_back(std::move(text)); }
    void bad(const csv_field& f, std::string_view wanted) {
        add(make_diagnostic(diagnostic_code::bad_value, severity::error, entity::text, trimmed(text_of(f)), wanted, f.where,
                            0, 0));
    }
    /// Findings the builder made since `before`, placed at `where`.
    void place(const person_builder& b, std::size_t before, source_position where) {
        const diagnostic_list& problems = b.problems();
        for (std::size_t i = before; i < problems.size(); ++i) {
            diagnostic d = problems[i];
            d.where = where;
            add(d);
        }
        if (before < problems.size()) found_.own_strings();  // the builder's strings go with it
    }

    void build(const gathering& g) {
        const record& first = sheet_.records[g.first_row];
        const std::size_t level_column = column_of(role::level);
        const bool split = g.split != 0 && level_column != columns_.size() && fixed_or_null(g, level_column)->line == 0;
        if (split) {
            // Only rows of an earlier version gave the level, and it has been split since.
            const split_level& given = splits_[g.split - 1];
            const std::string parts = id_list(history_->level_ids(given.version, deciding_, given.level.value));
            add(make_diagnostic(diagnostic_code::bad_map, severity::error, entity::text, given.level.value,
                                owned("it is split into " + parts + ": which of them " + std::string(g.id) +
                                      " is at is a decision to make; give their level on a row of " +
                                      version_name(l_, "the version in force")),
                                given.where, 0, 0));
            // The rest of their rows is read all the same: every problem is reported at once.
        }
        person_builder b(l_, g.id);
        for (std::size_t c = 0; c != columns_.size(); ++c) {
            const seen* given = fixed_or_null(g, c);
            if (given == nullptr || given->line == 0) continue;
            const seen& s = *given;
            const csv_field* at = nullptr;
            each_row(g, [&](std::size_t k) {
                if (sheet_.records[k].line == s.line) at = &field(sheet_.records[k], c);
            });
            if (at == nullptr) continue;  // given only on a row that was not whole (reported)
            const std::size_t before = b.problems().size();
            switch (columns_[c].what) {
                case role::name: b.name(s.value); break;
                case role::level: b.level(s.value); break;
                case role::archetype: b.archetype(s.value); break;
                case role::months_in_level:
                case role::tenure_months: {
                    const auto months = whole_number(s.value);
                    if (!months || *months < 0 || *months > 1200) {
                        bad(*at, "a whole number of months from 0 to 1200");
                        break;
                    }
                    if (columns_[c].what == role::months_in_level) b.months_in_level(static_cast<std::int32_t>(*months));
                    else b.tenure_months(static_cast<std::int32_t>(*months));
                    break;
                }
                case role::attribute: attribute(b, columns_[c].row, s.value, *at); break;
                case role::exempt: b.exempt(l_.competencies()[columns_[c].row].id, s.value); break;
                default: break;
            }
            place(b, before, at->where);
        }
        const std::size_t cycle_column = column_of(role::cycle), note_column = column_of(role::note), date_column = column_of(role::date);
        for (std::uint32_t k = g.first_row; k != 0; k = next_row_[k]) {
            step(2 * sheet_.expected + ++built_rows_);
            const record& r = sheet_.records[k];
            constexpr_vector<rating_spec> ratings;
            constexpr_vector<source_position> places;
            const std::size_t version = row_version(r);
            for (std::size_t c = 0; c != columns_.size(); ++c) {
                if (columns_[c].what != role::rating) continue;
                const std::string_view value = trimmed(text_of(field(r, c)));
                if (value.empty()) continue;  // not rated
                const std::string_view competency = columns_[c].row == no_index ? columns_[c].title : l_.competencies()[columns_[c].row].id;
                std::optional<rating> number;
                if (const auto n = whole_number(value)) {
                    if (*n < -1000 || *n > 1000) {
                        bad(field(r, c), "a rating on the competency's scale");
                        continue;
                    }
                    number = static_cast<rating>(*n);
                }
                if (history_ != nullptr && version != deciding_) {
                    // Rated under an earlier version: read by its competencies and scales, then
                    // carried to the deciding version (a point's name as its value there).
                    const ladder_view then = (*history_)[version].view();
                    const index_t row = find_row(then.competencies(), competency);
                    if (row == no_index) {
                        not_in_version(competency, r, version, field(r, c).where);
                        continue;
                    }
                    if (!number) {
                        const index_t scale = then.scale_index_of(then.competencies()[row]);
                        if (const scale_point* point = scale == no_index ? nullptr : then.point_by_id(scale, value)) {
                            number = point->value;
                        } else {
                            // Not a point of the scale it was rated on: did-you-mean from that scale.
                            const std::string_view near = scale == no_index ? std::string_view{} : closest_id(then.points_of(then.scales()[scale]), value);
                            add(make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::scale_point, value, {}, field(r, c).where,
                                                0, 0, near));
                            continue;
                        }
                    }
                    for (const std::string_view id : history_->competency_ids(version, deciding_, competency)) {
                        if (detail::keep_lowest(ratings, id, *number)) places.push_back(field(r, c).where);
                    }
                    continue;
                }
                if (columns_[c].row == no_index) {  // a competency of earlier versions only, on a row of the deciding one
                    not_in_version(competency, r, version, field(r, c).where);
                    continue;
                }
                if (number) ratings.push_back(rating_spec(competency, *number));
                else ratings.push_back(rating_spec(competency, value));
                places.push_back(field(r, c).where);
            }
            // One rating at a time, so that each finding is placed at its cell.
            const std::size_t before = b.problems().size();
            b.cycle(trimmed(text_of(field(r, cycle_column))), std::span<const rating_spec>(ratings.data(), ratings.size()),
                    note_column < columns_.size() ? text_of(field(r, note_column)) : std::string_view{},
                    date_column < columns_.size() ? parse_day(trimmed(text_of(field(r, date_column)))) : 0);
            const diagnostic_list& problems = b.problems();
            for (std::size_t i = before; i < problems.size(); ++i) {
                diagnostic d = problems[i];
                // The builder names the competency (or the point) at fault: find its cell.
                d.where = {r.line, 1};
                for (std::size_t j = 0; j != ratings.size(); ++j) {
                    if (ratings[j].competency == d.other || ratings[j].point == d.subject) d.where = places[j];
                }
                add(d);
            }
            if (before < problems.size()) found_.own_strings();
        }
        const auto built = b.build();
        if (built) {
            built_.add(*built);
        } else if (b.problems().empty() && !split) {
            // Not a value's fault but the person's: no level on any of their rows.
            for (diagnostic d : built.diagnostics()) {
                d.where = {first.line, 1};
                add(d);
            }
            found_.own_strings();
        }
    }

    void attribute(person_builder& b, index_t row, std::string_view value, const csv_field& at) {
        const ladder::attribute& a = l_.attributes()[row];
        switch (a.type) {
            case attribute_type::text: b.attribute(a.id, value); return;
            case attribute_type::boolean:
                if (value == "true" || value == "yes" || value == "1") b.attribute(a.id, 1);
                else if (value == "false" || value == "no" || value == "0") b.attribute(a.id, 0);
                else bad(at, "true or false (yes or no, 1 or 0)");
                return;
            case attribute_type::number:
                if (const auto n = whole_number(value)) b.attribute(a.id, *n);
                else bad(at, "a whole number");
                return;
            case attribute_type::duration: {
                std::string_view digits = value;
                std::int64_t unit = 1;
                for (std::string_view word : duration_units) {
                    if (digits.size() > word.size() && digits.substr(digits.size() - word.size()) == word) {
                        digits = digits.substr(0, digits.size() - word.size());
                        unit = months_per_unit(word);
                        break;
                    }
                }
                if (const auto n = whole_number(digits)) b.attribute(a.id, *n * unit);
                else bad(at, "a duration (months, or `N months` / `N years`)");
                return;
            }
        }
    }

    /// The day a row gives (0: none), and the version in force on it (the deciding one without a history).
    [[nodiscard]] day_number row_date(const record& r) const {
        const std::size_t column = column_of(role::date);
        return column == columns_.size() ? 0 : parse_day(trimmed(text_of(field(r, column))));
    }
    [[nodiscard]] std::size_t row_version(const record& r) const {
        if (history_ == nullptr) return 0;
        const std::size_t v = history_->in_force(row_date(r));
        return v == ladder_history::none ? deciding_ : v;
    }

    ladder_view l_;
    std::string_view text_;
    std::string_view source_;
    const ladder_history* history_ = nullptr;
    day_number as_of_ = 0;
    const reading_progress& on_progress_;
    std::size_t built_rows_ = 0;
    std::size_t deciding_ = 0;
    bool date_missing_ = false;
    std::deque<std::string> texts_;  ///< what findings view until they own it
    diagnostic_list found_;
    csv_records sheet_;
    constexpr_vector<column> columns_;
    std::vector<std::uint32_t> slot_;       ///< per column: its slot among a person's fixed_, or no_slot
    std::vector<seen> fixed_;               ///< every person's person-level values, a run of slots each
    std::vector<std::uint32_t> next_row_;   ///< per record: the same person's next record (0: none)
    std::vector<split_level> splits_;
    std::unordered_map<cycle_key, std::uint32_t, cycle_key_hash> cycles_of_many_;  ///< the cycles of people past scanned_rows
    people_table built_;  ///< everyone built so far, a row each
};

}  // namespace detail

/// The largest people file read: 1 GiB, some ten million people of three review cycles (a
/// .ladder file stops at text_limits' 16 MB).
inline constexpr std::size_t people_csv_max_bytes = detail::csv_max_bytes;

/// Reads people from CSV text (docs/people-csv.md): the people, or every problem found, each
/// with its line and column in `source`.
[[nodiscard]] inline result<people_list> read_people_csv(const ladder_view& l, std::string_view text,
                                                         std::string_view source = "<csv>", const reading_progress& on_progress = {}) {
    detail::people_csv reader(l, text, source, on_progress);
    return reader.read();
}

/// Reads people whose review cycles span versions of a ladder (docs/versions.md): each cycle's
/// ratings are read against the version in force on its `date` and carried through the `maps`
/// lines to the version that decides, the one in force on `as_of` (0: on the latest date the
/// file gives). The people stand on that version: `history[people.version()]`.
[[nodiscard]] inline result<people_list> read_people_csv(const ladder_history& history, std::string_view text,
                                                         std::string_view source = "<csv>", day_number as_of = 0,
                                                         const reading_progress& on_progress = {}) {
    detail::people_csv reader(history, text, source, as_of, on_progress);
    return reader.read();
}

/// The same from a file; the file's text must stay readable only while this runs.
[[nodiscard]] inline result<people_list> load_people_csv(const ladder_history& history, const std::string& path, day_number as_of = 0) {
    auto text = read_file(path, people_csv_max_bytes);
    if (!text) return text.diagnostics();
    return read_people_csv(history, *text, path, as_of);
}

/// The same from a file; the file's text must stay readable only while this runs.
[[nodiscard]] inline result<people_list> load_people_csv(const ladder_view& l, const std::string& path) {
    auto text = read_file(path, people_csv_max_bytes);
    if (!text) return text.diagnostics();
    return read_people_csv(l, *text, path);
}

LADDER_END_NAMESPACE
