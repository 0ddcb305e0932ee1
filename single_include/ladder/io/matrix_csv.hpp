// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// A ladder from the spreadsheet it lives in today: a competency x level matrix as CSV (a row per
// competency, a column per level, each cell a rating), and optionally a second sheet of the
// same shape whose cells say in words what each rating means there. The rows `to_csv` writes
// for what a level is beyond its expectations (title, scope, band …) are read back, so that
// `to_csv` and this reader round-trip. docs/import.md describes the shapes read. Every cell
// that cannot be read is reported with its line and column; a sheet with any error gives no
// ladder.

// ladder/build/build.hpp (included above)
// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/core/utf8.hpp (included above)
// begin ladder/io/csv.hpp
#include <ladder/io/people_csv.hpp>
// end ladder/io/csv.hpp
// ladder/model/builder.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/runtime_ladder.hpp (included above)
// begin ladder/render/csv.hpp
#include <ladder/render/all.hpp>
// end ladder/render/csv.hpp  // the labels of the level rows, as to_csv writes them
// ladder/text/lexer.hpp (included above)
// ladder/text/limits.hpp (included above)

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// How a matrix is read into a ladder (docs/import.md).
struct matrix_options {
    std::string_view name = "Imported ladder";  ///< the ladder's name, `ladder "…"`
    std::string_view source = "<matrix>";       ///< the matrix's file name, for messages
    /// A second sheet of the same shape whose cells are the words for each expectation (`means`;
    /// further lines of a cell become its signals); nullopt: none.
    std::optional<std::string_view> descriptions;
    std::string_view descriptions_source = "<descriptions>";
    /// The rating scale's point names, lowest first, rated 1, 2, …; empty: the names the cells
    /// give (`4 Expert`), and `Rating N` for a number no cell names.
    std::span<const std::string_view> scale{};
    std::string_view track = "engineering";  ///< the track of the levels when the sheet names none
};

namespace detail {

/// Reads a matrix and its descriptions into a builder, then builds.
class matrix_csv {
public:
    matrix_csv(std::string_view text, const matrix_options& o) : text_(text), o_(o) {}

    result<runtime_ladder> read() {
        if (too_large(text_, found_) || (o_.descriptions && too_large(*o_.descriptions, described_))) return finish();
        if (!options_ok()) return finish();
        matrix_.sheet.read(text_, matrix_.buffer, found_);
        read_sheet(matrix_, found_, false);
        if (levels_.empty() || found_.stopped()) return finish();  // no header to go on
        // Every cell is checked, whatever else is wrong: all the problems are reported at once.
        make_scale();
        if (points_.empty() && !pending_names_.empty()) {
            // Names, and no scale to find them in: one finding says so, not one per cell.
            const auto& first = pending_names_.front();
            shape(found_, first.at->where,
                  "'" + std::string(first.name) + "' and " + std::to_string(pending_names_.size() - 1) +
                      " more cells name ratings, but no scale is given: name the scale's ratings in order (--scale) or write them as numbers (`4 Expert`)");
        } else {
            for (const auto& c : pending_names_) named_cell(c);
        }
        for (std::size_t x = 0; x != levels_.size(); ++x) finish_level(x);
        within_limits();
        if (o_.descriptions && found_.ok()) {
            index_for_words();
            words_.sheet.read(*o_.descriptions, words_.buffer, described_);
            read_sheet(words_, described_, true);
        }
        if (!found_.ok() || !described_.ok()) return finish();
        declare();
        return finish();
    }

private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    /// The level rows, in the order of matrix_level_rows.
    enum class level_row : std::uint8_t { track, title, scope, band_minimum, band_maximum, band_currency, typical_months, career, other_titles, groups };
    static constexpr std::int64_t max_rating = 1000;
    static constexpr std::size_t max_text_bytes = 3000;  ///< a .ladder line holds 4096

    /// One CSV text and its records (the buffer stays put once read: fields view it).
    struct sheet_text {
        constexpr_vector<char> buffer;
        csv_records sheet;
    };
    /// Which leading columns label a row.
    struct label_columns {
        std::size_t track = none, category = none, competency = none, count = 0;
    };
    struct named {
        std::string_view id, title;
        source_position where{};
    };
    struct competency_row : named {
        std::size_t category = none;
    };
    struct expectation_cell {
        std::size_t competency = 0;
        std::int64_t value = 0;
        source_position where{};
        std::string_view means;
        std::vector<std::string_view> signals;
    };
    struct level_column : named {
        std::string_view header;  ///< the header cell's text, as the descriptions sheet may name it
        std::size_t track = none;
        const csv_field* facts[std::size(matrix_level_rows)] = {};
        std::vector<expectation_cell> expects;
    };
    /// A name used in a cell for a rating, resolved once the whole scale is known.
    struct pending_name {
        std::size_t level = 0, expectation = 0;
        std::string_view name;
        const csv_field* at = nullptr;
    };
    /// An archetype or a group, from the `other titles` and `level groups` rows: a name on one track.
    struct on_track : named {
        std::size_t track = 0;
        std::vector<std::size_t> levels;              ///< in column order
        std::vector<std::string_view> level_titles;  ///< an archetype's titles, per level
    };

    // ---- reading -------------------------------------------------------------------------

    /// The options' texts: what the file will hold must be a string of the format.
    bool options_ok() {
        if (o_.name.empty() || o_.name.size() > 200 || !fits_a_string(o_.name)) shape(found_, {}, "the ladder's name must be one line of 1 to 200 bytes of UTF-8 without control characters, holding ' or \" but not both");
        if (o_.track.empty() || o_.track.size() > 200 || !fits_a_string(o_.track)) shape(found_, {}, "the track's name must be one line of 1 to 200 bytes of UTF-8 without control characters, holding ' or \" but not both");
        if (o_.scale.size() > max_rating) shape(found_, {}, "the scale has " + std::to_string(o_.scale.size()) + " names: ratings run from 0 to 1000");
        for (std::size_t i = 0; i != o_.scale.size() && i <= max_rating; ++i) {
            const std::string_view n = o_.scale[i];
            if (n.empty() || n.size() > 200 || !fits_a_string(n)) {
                shape(found_, {}, "the scale's name for rating " + std::to_string(i + 1) + " must be one line of 1 to 200 bytes of UTF-8 without control characters, holding ' or \" but not both");
            }
            for (std::size_t j = 0; j != i && j < 1000; ++j) {
                if (lower(o_.scale[j]) == lower(n)) shape(found_, {}, "the scale names ratings " + std::to_string(j + 1) + " and " + std::to_string(i + 1) + " alike ('" + std::string(n) + "'): names are matched in any case");
            }
        }
        return found_.ok();
    }
    /// A ladder holds at most text_limits::max_rows_per_table rows of a kind.
    void within_limits() {
        std::size_t expectations = 0;
        for (const auto& v : levels_) expectations += v.expects.size();
        const std::size_t most = text_limits{}.max_rows_per_table;
        const auto over = [&](std::size_t n, std::string_view what) {
            if (n > most) shape(found_, {1, 1}, "the sheet holds " + std::to_string(n) + " " + std::string(what) + ": a ladder holds at most " + std::to_string(most));
        };
        over(levels_.size(), "levels");
        over(competencies_.size(), "competencies");
        over(expectations, "ratings");
    }

    static bool too_large(std::string_view text, diagnostic_list& found) {
        if (text.size() <= text_limits{}.max_input_bytes) return false;
        found.add(make_diagnostic(diagnostic_code::input_too_large, severity::error, entity::text, {}, {}, {}, static_cast<std::int64_t>(text.size()),
                                  static_cast<std::int64_t>(text_limits{}.max_input_bytes)));
        return true;
    }

    void shape(diagnostic_list& found, source_position where, std::string message, std::string_view suggestion = {}) {
        const std::string& kept = strings_.emplace_back(std::move(message));
        found.add_within(make_diagnostic(diagnostic_code::matrix_shape, severity::error, entity::text, {}, kept, where, 0, 0, suggestion),
                         csv_max_errors);
    }
    /// A cell that is not what its place asks for; a long cell is quoted by its first 60 bytes.
    void bad(diagnostic_list& found, const csv_records& s, const csv_field& f, std::string_view wanted) {
        std::string_view cell = trimmed(s.text_of(f));
        std::string shown(cell);
        if (cell.size() > 60) {
            std::size_t cut = 60;
            while (cut != 0 && (static_cast<unsigned char>(cell[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
            shown = std::string(cell.substr(0, cut)) + "\u2026";
        }
        found.add_within(make_diagnostic(diagnostic_code::bad_value, severity::error, entity::text, strings_.emplace_back(std::move(shown)), wanted,
                                         f.where, 0, 0),
                         csv_max_errors);
    }

    static std::string lower(std::string_view s) {
        std::string out(s);
        for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        return out;
    }
    static bool is_id(std::string_view s) noexcept {
        if (s.empty() || s.size() > 64 || !is_identifier_start(s[0])) return false;
        for (char c : s) {
            if (!is_identifier_char(c)) return false;
        }
        return true;
    }
    /// An id for a title: ASCII letters and digits kept (lower case), any other run of
    /// characters one `_`; `kind_` in front of what starts with a digit or is left empty; a
    /// number after a repeat (`design_2`).
    std::string_view id_for(std::string_view title, std::string_view kind, std::unordered_map<std::string, int>& taken) {
        std::string id;
        for (char c : title) {
            const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (keep) id += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            else if (!id.empty() && id.back() != '_') id += '_';
            if (id.size() == 48) break;
        }
        while (!id.empty() && id.back() == '_') id.pop_back();
        if (id.empty() || (id[0] >= '0' && id[0] <= '9')) id = std::string(kind) + (id.empty() ? "" : "_") + id;
        int& seen = taken[id];
        if (++seen > 1) {
            std::string numbered = id + "_" + std::to_string(seen);
            while (taken.count(numbered) != 0) numbered = id + "_" + std::to_string(++seen);
            taken[numbered] = 1;
            id = std::move(numbered);
        }
        return strings_.emplace_back(std::move(id));
    }
    /// A cell naming something: its text is the title, and the id is made from it (`Technical
    /// skill`: `technical_skill`); a level's header that is an id already (`L5`, `E4`) is kept.
    named name_of_cell(std::string_view text, source_position where, std::string_view kind, std::unordered_map<std::string, int>& taken) {
        if (kind == "level" && is_id(text) && taken[std::string(text)]++ == 0) return named{text, text, where};
        return named{id_for(text, kind, taken), text, where};
    }

    /// True for a text the .ladder format can hold in a string: UTF-8 without control
    /// characters (a tab is fine; line breaks only where `one_line` is false), not both kinds
    /// of quote, at most max_text_bytes.
    [[nodiscard]] static bool fits_a_string(std::string_view text, bool one_line = true) noexcept {
        if (text.size() > max_text_bytes || (text.find('"') != std::string_view::npos && text.find('\'') != std::string_view::npos)) return false;
        for (std::size_t i = 0; i < text.size();) {
            if (!one_line && (text[i] == '\n' || text[i] == '\r')) {
                ++i;
                continue;
            }
            bool escaped = false;
            const std::size_t n = shown_length(text, i, escaped);
            if (escaped) return false;
            i += n;
        }
        return true;
    }
    bool text_ok(diagnostic_list& found, const csv_records& s, const csv_field& f, std::string_view text, bool one_line = true) {
        if (fits_a_string(text, one_line)) return true;
        bad(found, s, f, "a text of one line, at most 3000 bytes, of UTF-8 without control characters, holding ' or \" but not both");
        return false;
    }

    /// The header of a block: its label columns (the first ones), then a level per column.
    bool is_header(const csv_records& s, const csv_records::record& r, const label_columns& labels) const {
        if (r.count <= labels.count) return false;
        for (std::size_t c = 0; c != labels.count; ++c) {
            const std::string name = lower(s.trimmed_at(r, c));
            if (!(c == labels.track ? name == "track" : c == labels.category ? name == "category" : name == "competency")) return false;
        }
        return true;
    }

    void read_sheet(sheet_text& in, diagnostic_list& found, bool descriptions) {
        const csv_records& s = in.sheet;
        if (s.records.empty()) {
            if (found.ok()) shape(found, {1, 1}, "the sheet has no header row (competency, then a column per level)");
            return;
        }
        label_columns labels;
        const auto& head = s.records[0];
        for (std::size_t c = 0; c != head.count; ++c) {
            const std::string name = lower(s.trimmed_at(head, c));
            std::size_t* slot = name == "track" ? &labels.track : name == "category" ? &labels.category : name == "competency" ? &labels.competency : nullptr;
            if (slot == nullptr) break;
            if (*slot != none) {
                shape(found, s.field(head, c).where, "column '" + name + "' is given twice");
                return;
            }
            *slot = c;
            labels.count = c + 1;
        }
        if (labels.competency == none) {
            found.add_within(make_diagnostic(diagnostic_code::missing_column, severity::error, entity::text, "competency", {}, {1, 1}, 0, 0),
                             csv_max_errors);
            return;
        }
        // Empty columns after the last level (spreadsheets export them) are no levels.
        const auto width = [&](const csv_records::record& r) {
            std::size_t w = r.count;
            while (w > labels.count && s.trimmed_at(r, w - 1).empty()) --w;
            return w;
        };
        if (labels.count == width(head)) {
            shape(found, s.field(head, 0).where, "the header names no level: a column per level follows the label columns (track, category, competency)");
            return;
        }
        std::vector<std::size_t> columns;  // the current block's levels, per column after the labels
        std::size_t block_track = none, block_category = none;
        source_position track_given{};
        std::vector<bool> rows_seen;  // per competency: given in this block
        for (std::size_t k = 0; k != s.records.size() && !found.stopped(); ++k) {
            const auto& r = s.records[k];
            if (k == 0 || is_header(s, r, labels)) {
                columns.clear();
                block_track = block_category = none;
                rows_seen.assign(competencies_.size(), false);
                for (std::size_t c = labels.count; c != width(r); ++c) columns.push_back(descriptions ? described_level(s, r, c) : new_level(s, r, c));
                continue;
            }
            bool blank = true;
            for (std::size_t c = 0; c != r.count; ++c) blank = blank && s.trimmed_at(r, c).empty();
            if (blank) continue;  // a separator row, as spreadsheets export them
            const std::size_t expected = labels.count + columns.size();
            bool beyond_empty = true;  // cells past the last level's, as trailing commas give them
            for (std::size_t c = expected; c < r.count; ++c) beyond_empty = beyond_empty && s.trimmed_at(r, c).empty();
            if (r.count < expected || !beyond_empty) {
                found.add_within(make_diagnostic(diagnostic_code::ragged_row, severity::error, entity::text, {}, {}, {r.line, 1},
                                                 static_cast<std::int64_t>(r.count), static_cast<std::int64_t>(labels.count + columns.size())),
                                 csv_max_errors);
                continue;
            }
            // The track column: one track per block, given by its rows.
            if (labels.track != none && !descriptions) {
                const std::string_view t = s.trimmed_at(r, labels.track);
                const csv_field& f = s.field(r, labels.track);
                if (t.empty()) {
                    if (block_track == none) bad(found, s, f, "a track: the first row of a block names the track of its levels");
                } else if (block_track == none) {
                    if (!text_ok(found, s, f, t)) continue;
                    block_track = track_of(t, f.where);
                    track_given = f.where;
                    for (std::size_t x : columns) {
                        if (x != none) levels_[x].track = block_track;
                    }
                } else if (tracks_[block_track].header != t) {
                    shape(found, f.where,
                          "track '" + std::string(t) + "' differs from '" + std::string(tracks_[block_track].header) + "' given on line " +
                              std::to_string(track_given.line) + ": a header row starts each track's block");
                }
            }
            const std::string_view label = s.trimmed_at(r, labels.competency);
            const csv_field& label_field = s.field(r, labels.competency);
            std::size_t fact = std::size(matrix_level_rows);
            const std::string label_words = lower(label);
            for (std::size_t i = 0; i != std::size(matrix_level_rows); ++i) {
                if (label_words == matrix_level_rows[i]) fact = i;
            }
            if (fact != std::size(matrix_level_rows)) {
                if (descriptions) {
                    shape(found, label_field.where, "a descriptions sheet holds competencies' words, not '" + std::string(label) + "'");
                    continue;
                }
                for (std::size_t c = 0; c != columns.size(); ++c) {
                    if (columns[c] == none) continue;
                    const csv_field*& slot = levels_[columns[c]].facts[fact];
                    if (slot != nullptr) {
                        shape(found, label_field.where, "row '" + std::string(label) + "' is given twice for level '" +
                                                            std::string(levels_[columns[c]].id) + "'");
                        break;
                    }
                    slot = &s.field(r, labels.count + c);
                }
                continue;
            }
            if (label.empty()) {
                bad(found, s, label_field, "a competency: the row names none");
                continue;
            }
            if (!text_ok(found, s, label_field, label)) continue;
            std::size_t competency = none;
            if (descriptions) {
                competency = described_competency(label_field, label);
                if (competency == none) continue;
            } else {
                if (labels.category != none) {
                    const std::string_view cat = s.trimmed_at(r, labels.category);
                    const csv_field& f = s.field(r, labels.category);
                    if (!cat.empty()) {
                        if (!text_ok(found, s, f, cat)) continue;
                        block_category = category_of(cat, f.where);
                    } else if (block_category == none) {
                        bad(found, s, f, "a category: the first competency of a block names its category (later rows may leave it empty, as merged cells export)");
                        continue;
                    }
                } else if (block_category == none) {
                    block_category = general_category(label_field.where);
                }
                competency = competency_of(label, label_field.where, block_category, r.line);
                if (competency == none) continue;
            }
            if (competency < rows_seen.size() && rows_seen[competency]) {
                shape(found, label_field.where, "competency '" + std::string(label) + "' is given twice in this block");
                continue;
            }
            if (competency >= rows_seen.size()) rows_seen.resize(competency + 1, false);
            rows_seen[competency] = true;
            for (std::size_t c = 0; c != columns.size(); ++c) {
                if (columns[c] == none) continue;
                const csv_field& f = s.field(r, labels.count + c);
                if (descriptions) words(s, f, columns[c], competency);
                else rating_cell(s, f, columns[c], competency);
            }
        }
    }

    // ---- the matrix -----------------------------------------------------------------------

    std::size_t new_level(const csv_records& s, const csv_records::record& r, std::size_t c) {
        const csv_field& f = s.field(r, c);
        const std::string_view text = s.trimmed_at(r, c);
        if (text.empty()) {
            bad(found_, s, f, "a level: each column after the labels names one");
            return none;
        }
        if (!text_ok(found_, s, f, text)) return none;
        if (const auto seen = level_by_header_.find(text); seen != level_by_header_.end()) {
            shape(found_, f.where, "level '" + std::string(text) + "' has a column already, on line " + std::to_string(levels_[seen->second].where.line));
            return none;
        }
        level_column v;
        static_cast<named&>(v) = name_of_cell(text, f.where, "level", level_ids_);
        v.header = text;
        level_by_header_.emplace(text, levels_.size());
        levels_.push_back(std::move(v));
        return levels_.size() - 1;
    }

    struct track_row : named {
        std::string_view header;
    };
    std::size_t track_of(std::string_view text, source_position where) {
        const auto [at, added] = track_by_header_.emplace(text, tracks_.size());
        if (added) {
            track_row t;
            static_cast<named&>(t) = name_of_cell(text, where, "track", track_ids_);
            t.header = text;
            tracks_.push_back(t);
        }
        return at->second;
    }
    std::size_t category_of(std::string_view text, source_position where) {
        const auto [at, added] = category_by_header_.emplace(text, categories_.size());
        if (added) categories_.push_back(name_of_cell(text, where, "category", category_ids_));
        return at->second;
    }
    /// The one category of a sheet that names none.
    std::size_t general_category(source_position where) {
        if (category_by_header_.emplace(std::string_view{}, categories_.size()).second) {
            categories_.push_back(named{id_for("general", "category", category_ids_), "General", where});
        }
        return category_by_header_[std::string_view{}];
    }
    std::size_t competency_of(std::string_view text, source_position where, std::size_t category, std::uint32_t line) {
        const auto [at, added] = competency_by_header_.emplace(text, competencies_.size());
        if (added) {
            competency_row c;
            static_cast<named&>(c) = name_of_cell(text, where, "competency", competency_ids_);
            c.category = category;
            competencies_.push_back(c);
            competency_lines_.push_back(line);
        } else if (competencies_[at->second].category != category) {
            shape(found_, where,
                  "competency '" + std::string(text) + "' is in category '" + std::string(categories_[category].title) + "' here and in '" +
                      std::string(categories_[competencies_[at->second].category].title) + "' on line " + std::to_string(competency_lines_[at->second]));
            return none;
        }
        return at->second;
    }

    /// `4`, `4 Expert` or `Expert`; empty: no expectation.
    void rating_cell(const csv_records& s, const csv_field& f, std::size_t level, std::size_t competency) {
        const std::string_view text = trimmed(s.text_of(f));
        if (text.empty()) return;
        std::size_t digits = 0;
        while (digits != text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
        const std::string_view number = text.substr(0, digits), name = trimmed(text.substr(digits));
        const bool named_only = digits == 0;
        if (named_only && (text[0] == '-' || text[0] == '+') && text.size() > 1 && text[1] >= '0' && text[1] <= '9') {
            bad(found_, s, f, "a rating: a whole number from 0 to 1000, a name of the scale, or both (`4 Expert`)");
            return;
        }
        if ((digits != 0 && !name.empty() && text[digits] != ' ') || (digits != 0 && (digits > 4 || *whole_number(number) > max_rating))) {
            bad(found_, s, f, "a rating: a whole number from 0 to 1000, a name of the scale, or both (`4 Expert`)");
            return;
        }
        if (!name.empty() && !text_ok(found_, s, f, name)) return;
        expectation_cell e;
        e.competency = competency;
        e.where = f.where;
        if (!named_only) e.value = *whole_number(number);
        auto& list = levels_[level].expects;
        list.push_back(std::move(e));
        if (named_only) {
            pending_names_.push_back(pending_name{level, list.size() - 1, name, &f});
        } else if (!name.empty()) {
            // A number with its name: the scale's point, unless the scale names it otherwise.
            const auto [at, added] = point_names_.emplace(list.back().value, std::pair{name, &f});
            if (!added && lower(at->second.first) != lower(name)) {
                const auto& first = *at->second.second;
                shape(found_, f.where,
                      "rating " + std::string(number) + " is named '" + std::string(name) + "' here and '" + std::string(at->second.first) +
                          "' at line " + std::to_string(first.where.line) + ", column " + std::to_string(first.where.column));
            }
        } else {
            numbers_.emplace(list.back().value);
            number_places_.emplace(list.back().value, f.where);  // the first cell to give it
        }
    }

    /// The scale: --scale's names, or else the names the cells give and `Rating N` for the rest.
    void make_scale() {
        if (!o_.scale.empty()) {
            for (std::size_t i = 0; i != o_.scale.size(); ++i) {
                const auto value = static_cast<std::int64_t>(i + 1);
                if (const auto at = point_names_.find(value); at != point_names_.end() && lower(at->second.first) != lower(o_.scale[i])) {
                    shape(found_, at->second.second->where,
                          "rating " + std::to_string(value) + " is named '" + std::string(at->second.first) + "' here, but the scale given names it '" +
                              std::string(o_.scale[i]) + "'");
                }
                point_names_[value] = {o_.scale[i], nullptr};
            }
        }
        for (std::int64_t v : numbers_) {
            if (!o_.scale.empty() && point_names_.count(v) == 0) {
                shape(found_, number_places_[v], "rating " + std::to_string(v) + " is not on the scale given (1 to " + std::to_string(o_.scale.size()) + ")");
            }
            point_names_.emplace(v, std::pair{std::string_view{}, nullptr});
        }
        if (point_names_.empty()) {
            if (found_.ok() && pending_names_.empty()) shape(found_, {1, 1}, "no cell of the matrix holds a rating and no scale is given: a ladder needs a scale to rate on (name its ratings with the scale option)");
            return;
        }
        std::unordered_map<std::string, int> ids;
        for (auto& [value, name] : point_names_) {
            if (name.first.empty()) name.first = strings_.emplace_back("Rating " + std::to_string(value));
            points_.push_back(named{id_for(name.first, "rating", ids), name.first, {}});
            point_values_.push_back(value);
        }
    }
    void named_cell(const pending_name& c) {
        std::size_t found = none;
        for (std::size_t i = 0; i != points_.size(); ++i) {
            if (lower(points_[i].title) == lower(c.name) || points_[i].id == c.name) found = i;
        }
        if (found == none) {
            if (found_.error_count() >= csv_max_errors) return;  // reported no more: spare the search
            suggestion_finder finder(c.name);
            for (const auto& p : points_) finder.consider(p.title);
            std::string names;
            for (const auto& p : points_) names += (names.empty() ? "" : ", ") + std::string(p.title);
            shape(found_, c.at->where,
                  "'" + std::string(c.name) + "' is no rating of the scale" +
                      (points_.empty()       ? std::string(": name the scale's points in order (--scale) or write ratings as numbers (`4 Expert`)")
                       : points_.size() > 10 ? std::string()
                                             : " (" + names + ")"),
                  finder.best());
            return;
        }
        levels_[c.level].expects[c.expectation].value = point_values_[found];
    }

    /// What a level row says of a level (trimmed), empty when the sheet has no such row.
    [[nodiscard]] std::string_view fact_text(const level_column& v, level_row r) const noexcept {
        const csv_field* f = v.facts[static_cast<std::size_t>(r)];
        return f ? trimmed(matrix_.sheet.text_of(*f)) : std::string_view{};
    }
    /// A scope by its name, in any case, with a space or `-` for `_` (`multi team`).
    [[nodiscard]] static std::optional<ladder::scope> scope_named(std::string_view text) {
        std::string word = lower(text);
        for (char& c : word) c = c == ' ' || c == '-' ? '_' : c;
        for (std::size_t i = 0; i != std::size(scope_names); ++i) {
            if (word == scope_names[i]) return static_cast<ladder::scope>(i);
        }
        return std::nullopt;
    }

    /// What the level rows say of a level, checked.
    void finish_level(std::size_t x) {
        level_column& v = levels_[x];
        const csv_records& s = matrix_.sheet;
        const auto text = [&](level_row r) { return fact_text(v, r); };
        const auto field = [&](level_row r) -> const csv_field& { return *v.facts[static_cast<std::size_t>(r)]; };
        if (const auto t = text(level_row::track); !t.empty()) {
            if (v.track != none && tracks_[v.track].header != t) {
                shape(found_, field(level_row::track).where, "level '" + std::string(v.id) + "' is on track '" + std::string(tracks_[v.track].header) +
                                                                 "' by its block, and '" + std::string(t) + "' here");
            } else if (text_ok(found_, s, field(level_row::track), t)) {
                v.track = track_of(t, field(level_row::track).where);
            }
        } else if (v.facts[static_cast<std::size_t>(level_row::track)] != nullptr) {
            bad(found_, s, field(level_row::track), "a track: the track row names each level's");
        }
        if (v.track == none) v.track = track_of(o_.track, v.where);
        if (const auto t = text(level_row::title); !t.empty() && text_ok(found_, s, field(level_row::title), t)) v.title = t;
        if (const auto t = text(level_row::scope); !t.empty() && !scope_named(t)) {
            bad(found_, s, field(level_row::scope), "a scope: task, feature, team, multi_team, org, company or industry");
        }
        const auto t_min = text(level_row::band_minimum), t_max = text(level_row::band_maximum), t_cur = text(level_row::band_currency);
        if (!t_min.empty() || !t_max.empty() || !t_cur.empty()) {
            if (t_min.empty() || t_max.empty() || t_cur.empty()) {
                const level_row given = !t_min.empty() ? level_row::band_minimum : !t_max.empty() ? level_row::band_maximum : level_row::band_currency;
                shape(found_, field(given).where,
                      "level '" + std::string(v.id) + "' has part of a band: give its minimum, maximum and currency, or none of them");
            } else {
                for (level_row r : {level_row::band_minimum, level_row::band_maximum}) {
                    const auto n = whole_number(text(r));
                    if (!n || *n < 0 || *n > text_limits{}.max_number) bad(found_, s, field(r), "an amount: a whole number from 0 to 999999999999");
                }
                if (!is_id(t_cur)) bad(found_, s, field(level_row::band_currency), "a currency: a word such as USD");
            }
        }
        if (const auto t = text(level_row::typical_months); !t.empty()) {
            const auto n = whole_number(t);
            if (!n || *n < 1 || *n > 1200) bad(found_, s, field(level_row::typical_months), "a number of months from 1 to 1200");
        }
        if (const auto t = lower(text(level_row::career)); !t.empty() && t != "yes" && t != "no" && t != "true" && t != "false") {
            bad(found_, s, field(level_row::career), "yes or no");
        }
        if (v.facts[static_cast<std::size_t>(level_row::other_titles)] != nullptr) other_titles(x);
        if (v.facts[static_cast<std::size_t>(level_row::groups)] != nullptr) groups_of(x);
    }

    /// `Group Lead (Manager), Architect (Architect)`: a title per archetype.
    void other_titles(std::size_t x) {
        const csv_field& f = *levels_[x].facts[static_cast<std::size_t>(level_row::other_titles)];
        std::string_view rest = trimmed(matrix_.sheet.text_of(f));
        while (!rest.empty()) {
            const std::size_t open = rest.find(" ("), close = open == std::string_view::npos ? open : rest.find(')', open);
            if (close == std::string_view::npos || trimmed(rest.substr(0, open)).empty() || close == open + 2) {
                bad(found_, matrix_.sheet, f, "titles as `Title (Archetype)`, separated by commas");
                return;
            }
            const std::string_view title = trimmed(rest.substr(0, open)), archetype = trimmed(rest.substr(open + 2, close - open - 2));
            if (!text_ok(found_, matrix_.sheet, f, title) || !text_ok(found_, matrix_.sheet, f, archetype)) return;
            on_track& a = on_track_of(archetypes_, archetype_ids_, archetype, levels_[x].track, f.where, "archetype");
            a.levels.push_back(x);
            a.level_titles.push_back(title);
            rest = trimmed(rest.substr(close + 1));
            if (!rest.empty() && rest[0] != ',') {
                bad(found_, matrix_.sheet, f, "titles as `Title (Archetype)`, separated by commas");
                return;
            }
            if (!rest.empty()) rest = trimmed(rest.substr(1));
        }
    }
    void groups_of(std::size_t x) {
        const csv_field& f = *levels_[x].facts[static_cast<std::size_t>(level_row::groups)];
        std::string_view rest = trimmed(matrix_.sheet.text_of(f));
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            const std::string_view name = trimmed(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view{} : trimmed(rest.substr(comma + 1));
            if (name.empty() || !text_ok(found_, matrix_.sheet, f, name)) {
                if (name.empty()) bad(found_, matrix_.sheet, f, "group names separated by commas");
                return;
            }
            on_track_of(groups_, group_ids_, name, levels_[x].track, f.where, "group").levels.push_back(x);
        }
    }
    on_track& on_track_of(std::vector<on_track>& list, std::unordered_map<std::string, int>& ids, std::string_view name, std::size_t track,
                          source_position where, std::string_view kind) {
        for (auto& a : list) {
            if (a.title == name && a.track == track) return a;
        }
        on_track a;
        static_cast<named&>(a) = named{id_for(name, kind, ids), name, where};
        a.track = track;
        list.push_back(std::move(a));
        return list.back();
    }

    // ---- the descriptions ----------------------------------------------------------------

    static constexpr std::uint32_t no_cell = static_cast<std::uint32_t>(-1);
    /// What the descriptions sheet looks up, found in one step each: levels and competencies by
    /// id, and each expectation by level and competency (a slot per cell of the matrix).
    void index_for_words() {
        for (std::size_t x = 0; x != levels_.size(); ++x) level_by_id_.emplace(levels_[x].id, x);
        for (std::size_t c = 0; c != competencies_.size(); ++c) competency_by_id_.emplace(competencies_[c].id, c);
        expectation_at_.assign(levels_.size() * competencies_.size(), no_cell);
        for (std::size_t x = 0; x != levels_.size(); ++x) {
            for (std::size_t k = 0; k != levels_[x].expects.size(); ++k) {
                expectation_at_[x * competencies_.size() + levels_[x].expects[k].competency] = static_cast<std::uint32_t>(k);
            }
        }
    }

    std::size_t described_level(const csv_records& s, const csv_records::record& r, std::size_t c) {
        const std::string_view text = s.trimmed_at(r, c);
        if (const auto at = level_by_header_.find(text); at != level_by_header_.end()) return at->second;
        if (const auto at = level_by_id_.find(text); at != level_by_id_.end()) return at->second;
        if (described_.error_count() >= csv_max_errors) return none;  // reported no more: spare the search
        suggestion_finder finder(text);
        for (const auto& v : levels_) finder.consider(v.header);
        shape(described_, s.field(r, c).where, "column '" + std::string(text) + "' is no level of the matrix", finder.best());
        return none;
    }
    std::size_t described_competency(const csv_field& f, std::string_view text) {
        if (const auto at = competency_by_header_.find(text); at != competency_by_header_.end()) return at->second;
        if (const auto at = competency_by_id_.find(text); at != competency_by_id_.end()) return at->second;
        if (described_.error_count() >= csv_max_errors) return none;
        suggestion_finder finder(text);
        for (const auto& c : competencies_) finder.consider(c.title);
        shape(described_, f.where, "row '" + std::string(text) + "' is no competency of the matrix", finder.best());
        return none;
    }
    /// A cell of words: its first line says what the expectation means, each further line (a
    /// bullet's `-`, `*` or `•` left out) is a signal of it.
    void words(const csv_records& s, const csv_field& f, std::size_t level, std::size_t competency) {
        const std::string_view text = trimmed(s.text_of(f));
        if (text.empty()) return;
        const std::uint32_t at = expectation_at_[level * competencies_.size() + competency];
        expectation_cell* e = at == no_cell ? nullptr : &levels_[level].expects[at];
        if (e == nullptr) {
            described_.add_within(make_diagnostic(diagnostic_code::no_expectation, severity::error, entity::level, competencies_[competency].id,
                                                  levels_[level].id, f.where, 0, 0),
                                  csv_max_errors);
            return;
        }
        if (!e->means.empty()) {
            shape(described_, f.where, "level '" + std::string(levels_[level].id) + "' has words for '" + std::string(competencies_[competency].id) + "' already");
            return;
        }
        if (!text_ok(described_, s, f, text, false)) return;
        std::string_view rest = text;
        while (!rest.empty()) {
            const std::size_t end = rest.find_first_of("\r\n");
            std::string_view line = trimmed(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
            for (std::string_view bullet : {"-", "*", "\xE2\x80\xA2"}) {
                if (line == bullet) line = {};
                else if (line.starts_with(bullet) && (line[bullet.size()] == ' ' || line[bullet.size()] == '\t')) line = trimmed(line.substr(bullet.size()));
            }
            if (line.empty()) continue;
            if (e->means.empty()) e->means = line;
            else e->signals.push_back(line);
        }
    }

    // ---- the ladder -----------------------------------------------------------------------

    void declare() {
        builder b(o_.name);
        b.scale("rating", "Rating", {});
        for (std::size_t i = 0; i != points_.size(); ++i) b.point(static_cast<rating>(point_values_[i]), points_[i].id, points_[i].title);
        for (const auto& c : categories_) b.at(c.where).category(c.id, c.title);
        for (const auto& c : competencies_) b.at(c.where).competency(c.id, c.title, categories_[c.category].id);
        for (const auto& t : tracks_) b.at(t.where).track(t.id, t.title);
        for (const auto& v : levels_) {
            const auto text = [&](level_row r) { return fact_text(v, r); };
            auto l = b.at(v.where).level(v.id, v.title, tracks_[v.track].id);
            if (const auto named_scope = scope_named(text(level_row::scope))) l.scope(*named_scope);
            if (const auto t = text(level_row::band_minimum); !t.empty()) {
                l.band(*whole_number(t), *whole_number(text(level_row::band_maximum)), text(level_row::band_currency));
            }
            if (const auto t = text(level_row::typical_months); !t.empty()) l.typical_months(static_cast<std::int32_t>(*whole_number(t)));
            if (const auto t = lower(text(level_row::career)); t == "yes" || t == "true") l.career();
            for (const auto& e : v.expects) {
                const std::string_view c = competencies_[e.competency].id;
                b.at(e.where);
                l.expect(expectation_spec(c, static_cast<rating>(e.value)));
                if (e.means.empty()) continue;
                l.means(c, e.means);
                for (auto signal : e.signals) l.signal(c, signal);
            }
        }
        // The path a matrix implies: each level promoted to the next on its track (in column
        // order), so that the file has a `promote` line to give a guard to.
        std::vector<std::size_t> last_on_track(tracks_.size(), none);
        for (std::size_t x = 0; x != levels_.size(); ++x) {
            std::size_t& last = last_on_track[levels_[x].track];
            if (last != none) b.at(levels_[x].where).promote(levels_[last].id, levels_[x].id);
            last = x;
        }
        for (const auto& a : archetypes_) {
            auto made = b.at(a.where).archetype(a.id, a.title, levels_[a.levels.front()].id, levels_[a.levels.back()].id);
            for (std::size_t i = 0; i != a.levels.size(); ++i) made.title(levels_[a.levels[i]].id, a.level_titles[i]);
        }
        for (const auto& g : groups_) {
            // A group is a range: every level of its track between its first and its last is in it.
            std::vector<bool> in(g.levels.back() - g.levels.front() + 1, false);
            for (std::size_t y : g.levels) in[y - g.levels.front()] = true;
            for (std::size_t x = g.levels.front(); x <= g.levels.back(); ++x) {
                if (!in[x - g.levels.front()] && levels_[x].track == g.track) {
                    const csv_field* cell = levels_[x].facts[static_cast<std::size_t>(level_row::groups)];
                    shape(found_, cell ? cell->where : levels_[x].where, "group '" + std::string(g.title) + "' is a range of levels, but level '" + std::string(levels_[x].id) +
                                                        "' between its first and its last is not in it");
                }
            }
            b.at(g.where).group(g.id, g.title, levels_[g.levels.front()].id, levels_[g.levels.back()].id);
        }
        if (!found_.ok()) return;
        auto built = build(b);
        for (const auto& d : built.diagnostics()) found_.add(d);
        found_.own_strings();  // they may view the builder's tables
        if (built) ladder_.emplace(std::move(*built));
    }

    result<runtime_ladder> finish() {
        found_.locate_in(o_.source, text_);
        if (o_.descriptions) described_.locate_in(o_.descriptions_source, *o_.descriptions);
        found_.append(described_);
        found_.own_strings();
        if (found_.ok() && ladder_) return result<runtime_ladder>(std::move(*ladder_), std::move(found_));
        return std::move(found_);
    }


    std::string_view text_;
    const matrix_options& o_;
    std::deque<std::string> strings_;  ///< ids made from titles, and messages: they stay put
    sheet_text matrix_, words_;
    diagnostic_list found_, described_;
    std::vector<level_column> levels_;
    std::vector<track_row> tracks_;
    std::vector<named> categories_;
    std::vector<competency_row> competencies_;
    std::vector<std::uint32_t> competency_lines_;
    std::vector<on_track> archetypes_, groups_;
    std::unordered_map<std::string_view, std::size_t> level_by_header_, track_by_header_, category_by_header_, competency_by_header_;
    std::unordered_map<std::string_view, std::size_t> level_by_id_, competency_by_id_;  ///< for the descriptions
    std::vector<std::uint32_t> expectation_at_;  ///< level x competency -> its place in the level's expects
    std::unordered_map<std::string, int> level_ids_, track_ids_, category_ids_, competency_ids_, archetype_ids_, group_ids_;
    std::map<std::int64_t, std::pair<std::string_view, const csv_field*>> point_names_;  ///< value -> name, and the cell that named it
    std::set<std::int64_t> numbers_;  ///< ratings given as bare numbers
    std::map<std::int64_t, source_position> number_places_;
    std::vector<pending_name> pending_names_;
    std::vector<named> points_;
    std::vector<std::int64_t> point_values_;
    std::optional<runtime_ladder> ladder_;
};

}  // namespace detail

/// A ladder from a competency x level matrix in CSV (docs/import.md): the ladder and any
/// warnings its validation gives, or every cell that cannot be read, each placed in its sheet.
[[nodiscard]] inline result<runtime_ladder> import_matrix_csv(std::string_view matrix, const matrix_options& options = {}) {
    detail::matrix_csv reader(matrix, options);
    return reader.read();
}

LADDER_END_NAMESPACE
