// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Reads a .ladder text into a builder, once, as constexpr code: the same reader serves
// load() at runtime and parse<"...">() at compile time. Grammar: docs/ladder-format.md.
// Blocks nest only where the grammar says (a test's person and its cycles: three levels at
// most), so the reader needs no recursion and has no nesting limit to hit.

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/date.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/core/suggest.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/text/lexer.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/token_cursor.hpp>

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The kinds of top-level statement; the formatter prints each statement from its row.
enum class statement_kind : std::uint8_t {
    ladder, default_scale, policy, scale, category, competency, track, level, equivalence, archetype,
    attribute, transition, rule, test, group, maps,
};

/// Where one statement stands in the text, and which row it made.
struct statement_span {
    statement_kind kind = statement_kind::ladder;
    index_t row = 0;
    std::size_t begin = 0;  ///< byte offset of its first token
    std::size_t end = 0;    ///< byte offset just past its last token
    source_position where{};
    std::uint32_t end_line = 0;
};

/// What reading a text gives: the ladder as a builder (problems reported into it), and when
/// asked for, the layout the formatter needs.
/// Bytes [begin, end) of the text kept as written (a condition: a rule's body, a guard, an
/// advisory's condition, a level's criterion): a comment inside one is printed with it.
struct verbatim_range {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct parse_output {
    builder ladder;
    constexpr_vector<statement_span> statements;
    constexpr_vector<comment> comments;
    constexpr_vector<verbatim_range> verbatim;  ///< in text order
};

inline constexpr std::string_view statement_keywords[] = {
    "ladder", "default", "policy", "scale", "category", "competency", "track", "level", "equivalent",
    "archetype", "attribute", "promote", "switch", "step_back", "rule", "test", "group", "maps",
};
inline constexpr std::string_view level_clauses[] = {"rank", "scope", "career", "band", "typical", "when"};
inline constexpr std::string_view verdict_names[] = {"pass", "fail", "unknown"};

/// Index of `word` in `names`, or -1.
template <std::size_t N>
[[nodiscard]] constexpr int index_in(const std::string_view (&names)[N], std::string_view word) noexcept {
    for (std::size_t i = 0; i != N; ++i) {
        if (names[i] == word) return static_cast<int>(i);
    }
    return -1;
}

class text_parser : token_cursor<text_parser> {
public:
    constexpr text_parser(std::string_view text, std::string_view source_name, const text_limits& limits,
                          parse_output& out, bool keep_layout)
        : out_(out),
          b_(out.ladder),
          limits_(limits),
          lex_(text, source_name, limits, found_, keep_layout ? &out.comments : nullptr),
          keep_layout_(keep_layout) {}

    constexpr void parse() {
        if (lex_.text().size() > limits_.max_input_bytes) {
            lex_.report(diagnostic_code::input_too_large, {1, 1}, {}, static_cast<std::int64_t>(lex_.text().size()),
                        static_cast<std::int64_t>(limits_.max_input_bytes));
            return;
        }
        advance();
        while (cur_.kind != token_kind::end && found_.error_count() < limits_.max_errors) {
            const token start = cur_;
            const std::size_t errors_before = found_.error_count();
            statement();
            if (found_.error_count() != errors_before) synchronize();
            if (cur_.offset == start.offset && cur_.kind != token_kind::end) advance();  // always progress
        }
        if (cur_.kind != token_kind::end) lex_.stop_reading(cur_.where);  // the error limit, reached between statements
        if (!seen_ladder_ && !reported_missing_ladder_) {
            lex_.report(diagnostic_code::missing_ladder_declaration, {1, 1}, {});
        }
    }

    /// Hands what reading found to the builder (its errors keep it from being built).
    constexpr void report_to_builder() {
        for (const auto& d : found_) b_.report(d);
    }

private:
    friend class token_cursor<text_parser>;

    // ---- tokens ----
    constexpr void next_token(token& t) {
        do {
            lex_.next(t);
        } while (t.kind == token_kind::invalid);  // already reported by the lexer
    }
    [[nodiscard]] constexpr bool at_statement_start() const noexcept {
        return cur_.kind == token_kind::identifier && index_in(statement_keywords, cur_.text) >= 0;
    }

    /// Reports what was expected where the current token stands; always returns false.
    constexpr bool expected(std::string_view what, std::string_view suggestion = {}) {
        lex_.report(diagnostic_code::syntax_error, cur_.where, cur_.text, cur_.kind == token_kind::end ? 1 : 0, 0, what,
                    entity::text, suggestion);
        return false;
    }
    constexpr bool identifier(std::string_view what, std::string_view& into) {
        if (cur_.kind != token_kind::identifier) return expected(what);
        into = cur_.text;
        advance();
        return true;
    }
    constexpr bool string(std::string_view what, std::string_view& into) {
        if (cur_.kind != token_kind::string) return expected(what);
        into = cur_.text;
        advance();
        return true;
    }
    /// A day written `2026-07-01`: to the lexer three numbers (`2026`, `-07`, `-01`) written
    /// together, read as one text.
    constexpr bool day(std::string_view what, day_number& into) {
        if (cur_.kind != token_kind::number) return expected(what);
        const token first = cur_;
        std::size_t length = first.text.size();
        advance();
        for (int part = 1; part != 3 && cur_.kind == token_kind::number && cur_.text.data() == first.text.data() + length; ++part) {
            length += cur_.text.size();
            advance();
        }
        into = parse_day(std::string_view(first.text.data(), length));
        if (into != 0) return true;
        lex_.report(diagnostic_code::syntax_error, first.where, std::string_view(first.text.data(), length), 0, 0, what,
                    entity::text, {});
        return false;
    }
    /// A number in [min, max] (min defaults to -max); outside it, number-too-large names the bound.
    constexpr bool number(std::string_view what, std::int64_t& into, std::int64_t max, std::int64_t min = no_minimum) {
        if (cur_.kind != token_kind::number) return expected(what);
        if (min == no_minimum) min = -max;
        if (cur_.number > max || cur_.number < min) {
            const bool too_small = cur_.number < min;
            lex_.report(diagnostic_code::number_too_large, cur_.where, cur_.text, too_small ? 1 : 0, too_small ? min : max);
            return false;
        }
        into = cur_.number;
        advance();
        return true;
    }
    constexpr bool punct(token_kind k, std::string_view what) {
        if (!accept(k)) return expected(what);
        return true;
    }
    /// One of a fixed set of words, reported with a did-you-mean when it is not.
    template <std::size_t N>
    constexpr bool choice(const std::string_view (&names)[N], std::string_view what, int& into) {
        if (cur_.kind == token_kind::identifier) {
            into = index_in(names, cur_.text);
            if (into >= 0) {
                advance();
                return true;
            }
            suggestion_finder finder(cur_.text);
            for (const auto& n : names) finder.consider(n);
            return expected(what, finder.best());
        }
        return expected(what);
    }

    /// True while the block opened by `open` goes on; false at its `}` (left for the caller to
    /// take) or at the end of the text, which is reported as an unterminated block.
    constexpr bool inside_block(const token& open) {
        if (cur_.kind == token_kind::end) {
            lex_.report(diagnostic_code::unterminated_block, open.where, {});
            return false;
        }
        return cur_.kind != token_kind::right_brace;
    }

    /// After an error: skip to the next statement that starts a line, or past the end of the
    /// outermost block the error was in (a level's, though it came up in a `means { … }`).
    constexpr void synchronize() {
        while (cur_.kind != token_kind::end) {
            if (cur_.first_on_line && at_statement_start()) break;
            if (block_depth_ != 0 && cur_.kind == token_kind::left_brace) ++block_depth_;
            if (block_depth_ != 0 && cur_.kind == token_kind::right_brace) {
                advance();
                if (--block_depth_ == 0) return;
                continue;
            }
            advance();
        }
        block_depth_ = 0;
    }

    // ---- statements ----
    constexpr void statement() {
        const token start = cur_;
        if (cur_.kind != token_kind::identifier) {
            expected("a statement (ladder, scale, category, competency, track, level …)");
            return;
        }
        if (!seen_ladder_ && !at_word("ladder") && !reported_missing_ladder_) {
            lex_.report(diagnostic_code::missing_ladder_declaration, cur_.where, {});
            reported_missing_ladder_ = true;
        }
        const std::string_view word = cur_.text;
        advance();
        if (word == "ladder") ladder_statement(start);
        else if (word == "default") default_scale_statement(start);
        else if (word == "policy") policy_statement(start);
        else if (word == "scale") scale_statement(start);
        else if (word == "category") category_statement(start);
        else if (word == "competency") competency_statement(start);
        else if (word == "track") track_statement(start);
        else if (word == "level") level_statement(start);
        else if (word == "equivalent") equivalent_statement(start);
        else if (word == "group") group_statement(start);
        else if (word == "maps") maps_statement(start);
        else if (word == "archetype") archetype_statement(start);
        else if (word == "attribute") attribute_statement(start);
        else if (word == "rule") rule_statement(start);
        else if (word == "test") test_statement(start);
        else if (word == "promote" || word == "switch" || word == "step_back") transition_statement(start, word);
        else {
            suggestion_finder finder(word);
            for (const auto& k : statement_keywords) finder.consider(k);
            lex_.report(diagnostic_code::unknown_statement, start.where, word, 0, 0, {}, entity::text, finder.best());
        }
    }

    constexpr void record(statement_kind kind, index_t row, const token& start) {
        if (!keep_layout_) return;
        out_.statements.push_back(statement_span{kind, row, start.offset, prev_.end, start.where, prev_.where.line});
    }
    template <class Table>
    constexpr void check_rows(const Table& table, entity about, bool& reported) {
        if (table.size() > limits_.max_rows_per_table && !reported) {
            lex_.report(diagnostic_code::too_many_items, prev_.where, {}, static_cast<std::int64_t>(table.size()),
                        static_cast<std::int64_t>(limits_.max_rows_per_table), {}, about);
            reported = true;
        }
    }
    [[nodiscard]] constexpr static index_t last(std::size_t size) noexcept { return static_cast<index_t>(size - 1); }

    constexpr void ladder_statement(const token& start) {
        if (seen_ladder_) {
            lex_.report(diagnostic_code::duplicate_ladder_declaration, start.where, {});
            return;
        }
        seen_ladder_ = true;
        std::string_view name, version;
        if (!string("the ladder's name in quotes", name)) return;
        if (accept_word("version") && !string("the version in quotes", version)) return;
        day_number effective = 0;
        if (accept_word("effective") && !day("the day it takes effect, as YYYY-MM-DD (`effective 2026-07-01`)", effective)) return;
        b_.named(name, version);
        b_.effective(effective);
        record(statement_kind::ladder, 0, start);
    }

    constexpr void default_scale_statement(const token& start) {
        std::string_view id;
        if (!accept_word("scale")) {
            expected("`scale` (as in `default scale proficiency`)");
            return;
        }
        if (!identifier("a scale id", id)) return;
        b_.default_scale(id);
        record(statement_kind::default_scale, 0, start);
    }

    constexpr void policy_statement(const token& start) {
        if (!punct(token_kind::left_brace, "`{`")) return;
        const token open = prev_;
        ladder_policy p = b_.tables().info.policy;
        while (inside_block(open)) {
            int level = 0;
            if (accept_word("decreasing_expectations")) {
                if (!choice(check_level_names, "off, warning or error", level)) return;
                p.decreasing_expectations = static_cast<check_level>(level);
            } else if (accept_word("missing_expectations")) {
                if (!choice(check_level_names, "off, warning or error", level)) return;
                p.missing_expectations = static_cast<check_level>(level);
            } else if (accept_word("max_band_overlap")) {
                std::int64_t percent = 0;
                if (!number("a percentage", percent, 100, 0) || !punct(token_kind::percent, "`%`")) return;
                p.max_band_overlap_percent = static_cast<std::int32_t>(percent);
            } else {
                expected("a policy: decreasing_expectations, missing_expectations or max_band_overlap");
                return;
            }
        }
        if (!accept(token_kind::right_brace)) return;
        b_.policy(p);
        record(statement_kind::policy, 0, start);
    }

    constexpr void scale_statement(const token& start) {
        std::string_view id, name;
        if (!identifier("a scale id", id) || !string("the scale's name in quotes", name)) return;
        if (!punct(token_kind::left_brace, "`{` and the scale's points")) return;
        const token open = prev_;
        const index_t row = static_cast<index_t>(b_.tables().scales.size());
        b_.at(start.where).scale(id, name, {});
        ++block_depth_;
        while (inside_block(open)) {
            const token point_start = cur_;
            std::int64_t value = 0;
            std::string_view point_id, point_name;
            if (!number("a scale point: value, id and name (`3 advanced \"Advanced\"`)", value, rating_max) ||
                !identifier("the point's id", point_id) || !string("the point's name in quotes", point_name)) {
                return;
            }
            b_.at(point_start.where).point(static_cast<rating>(value), point_id, point_name);
            check_rows(b_.tables().scale_points, entity::scale_point, too_many_points_);
        }
        if (!accept(token_kind::right_brace)) return;
        --block_depth_;
        check_rows(b_.tables().scales, entity::scale, too_many_scales_);
        record(statement_kind::scale, row, start);
    }

    constexpr void category_statement(const token& start) {
        std::string_view id, name, about;
        if (!identifier("a category id", id) || !string("the category's name in quotes", name)) return;
        if (accept_word("about") && !string("a description in quotes", about)) return;
        b_.at(start.where).category(id, name, about);
        check_rows(b_.tables().categories, entity::category, too_many_categories_);
        record(statement_kind::category, last(b_.tables().categories.size()), start);
    }

    constexpr void competency_statement(const token& start) {
        std::string_view id, name, category, about, scale;
        if (!identifier("a competency id", id) || !string("the competency's name in quotes", name)) return;
        if (!accept_word("in")) {
            expected("`in` and its category");
            return;
        }
        if (!identifier("a category id", category)) return;
        bool seen_scale = false, seen_about = false;
        while (true) {
            if (at_word("scale")) {
                if (!once(seen_scale, id)) return;
                advance();
                if (!identifier("a scale id", scale)) return;
            } else if (at_word("about")) {
                if (!once(seen_about, id)) return;
                advance();
                if (!string("a description in quotes", about)) return;
            } else {
                break;
            }
        }
        b_.at(start.where).competency(id, name, category, about, scale);
        check_rows(b_.tables().competencies, entity::competency, too_many_competencies_);
        record(statement_kind::competency, last(b_.tables().competencies.size()), start);
    }

    /// True when the current word continues the statement: a known clause word, or any word on
    /// the statement's line (then reported if it is not a clause). A word that starts a new line
    /// and is no clause starts the next statement (`levle` there is an unknown statement).
    template <std::size_t N>
    [[nodiscard]] constexpr bool optional_clause_follows(const std::string_view (&clauses)[N]) const noexcept {
        if (cur_.kind != token_kind::identifier || at_statement_start()) return false;
        return !cur_.first_on_line || index_in(clauses, cur_.text) >= 0;
    }

    /// A clause given twice is an error naming it.
    constexpr bool once(bool& seen, std::string_view owner) {
        if (seen) {
            lex_.report(diagnostic_code::duplicate_clause, cur_.where, cur_.text, 0, 0, owner);
            return false;
        }
        seen = true;
        return true;
    }

    constexpr void track_statement(const token& start) {
        std::string_view id, name;
        if (!identifier("a track id", id) || !string("the track's name in quotes", name)) return;
        int kind = 0;
        if (optional_clause_follows(track_kind_names) &&
            !choice(track_kind_names, "a track kind (individual_contributor, management or other)", kind)) {
            return;
        }
        b_.at(start.where).track(id, name, static_cast<track_kind>(kind));
        check_rows(b_.tables().tracks, entity::track, too_many_tracks_);
        record(statement_kind::track, last(b_.tables().tracks.size()), start);
    }

    constexpr void level_statement(const token& start) {
        std::string_view id, title, track;
        if (!identifier("a level id", id) || !string("the level's title in quotes", title)) return;
        if (!accept_word("on")) {
            expected("`on` and its track");
            return;
        }
        if (!identifier("a track id", track)) return;
        auto level = b_.at(start.where).level(id, title, track);
        const index_t row = last(b_.tables().levels.size());
        bool seen_rank = false, seen_scope = false, seen_career = false, seen_band = false, seen_typical = false;
        while (optional_clause_follows(level_clauses)) {
            const std::string_view clause = cur_.text;
            if (clause == "rank") {
                if (!once(seen_rank, id)) return;
                advance();
                std::int64_t rank = 0;
                if (!number("a rank", rank, rating_max)) return;
                level.rank(static_cast<std::int32_t>(rank));
            } else if (clause == "scope") {
                if (!once(seen_scope, id)) return;
                advance();
                int s = 0;
                if (!choice(scope_names, "a scope (task, feature, team, multi_team, org, company or industry)", s)) return;
                level.scope(static_cast<ladder::scope>(s));
            } else if (clause == "career") {
                if (!once(seen_career, id)) return;
                advance();
                level.career();
            } else if (clause == "band") {
                if (!once(seen_band, id)) return;
                advance();
                std::int64_t low = 0, high = 0;
                std::string_view currency;
                if (!number("the band's minimum", low, limits_.max_number) ||
                    !punct(token_kind::range, "`..` between the band's minimum and maximum") ||
                    !number("the band's maximum", high, limits_.max_number) ||
                    !identifier("a currency code (USD, EUR …)", currency)) {
                    return;
                }
                level.band(low, high, currency);
            } else if (clause == "typical") {
                if (!once(seen_typical, id)) return;
                advance();
                std::int32_t months = 0;
                if (!duration(months)) return;
                level.typical_months(months);
            } else if (clause == "when") {
                // The criterion runs to the level's `{` or the next statement: the last clause.
                advance();
                const std::string_view criterion = condition_text(true);
                if (criterion.empty()) {
                    expected("a condition after `when`");
                    return;
                }
                level.when(criterion, text_at_);
                break;
            } else {
                expected("a level clause (rank, scope, career, band, typical, when) or `{`");
                return;
            }
        }
        if (cur_.kind == token_kind::left_brace && !expectation_block(&level, nullptr)) return;
        check_rows(b_.tables().levels, entity::level, too_many_levels_);
        record(statement_kind::level, row, start);
    }

    constexpr bool duration(std::int32_t& months) {
        std::int64_t count = 0;
        if (!number("a duration (`18 months`, `2 years`)", count, rating_max / 12, 0)) return false;
        const std::int64_t unit = duration_unit();
        if (unit == 0) return expected("`months` or `years`");
        months = static_cast<std::int32_t>(count * unit);
        advance();
        return true;
    }

    /// `{ expect a 3, b expert … }` for a level or an archetype (the one given). Not a
    /// template: clang 14 does not instantiate a member template of a non-template class in
    /// time for constant evaluation.
    constexpr bool expectation_block(builder::level_builder* level, builder::archetype_builder* archetype) {
        const auto expect = [&](const expectation_spec& e) {
            if (level != nullptr) level->expect(e);
            else archetype->expect(e);
        };
        const token open = cur_;
        advance();
        ++block_depth_;
        while (inside_block(open)) {
            if (at_word("means")) {
                if (!meaning(level, archetype)) return false;
                continue;
            }
            if (archetype != nullptr && at_word("title")) {
                const token item = cur_;
                advance();
                std::string_view at, title;
                if (!identifier("a level id", at)) return false;
                if (cur_.kind == token_kind::string && cur_.text.empty()) return expected("the title, in words");
                if (!string("the level's title for this archetype, in quotes", title)) return false;
                b_.at(item.where);
                archetype->title(at, title);
                check_rows(b_.tables().titles, entity::archetype, too_many_titles_);
                continue;
            }
            if (!accept_word("expect")) {
                return expected(archetype != nullptr ? "`expect` and ratings, `means`, `title`, or `}`" : "`expect` and ratings, `means`, or `}`");
            }
            do {
                const token item = cur_;
                std::string_view competency;
                if (!identifier("a competency id", competency)) return false;
                if (cur_.kind == token_kind::number) {
                    std::int64_t value = 0;
                    if (!number("a rating", value, rating_max)) return false;
                    b_.at(item.where);
                    expect(expectation_spec(competency, static_cast<rating>(value)));
                } else if (cur_.kind == token_kind::identifier && !at_word("expect") && !at_word("means")) {
                    b_.at(item.where);
                    expect(expectation_spec(competency, cur_.text));
                    advance();
                } else {
                    return expected("a rating: a number or a scale point id");
                }
                check_rows(b_.tables().expectations, entity::expectation, too_many_expectations_);
            } while (accept(token_kind::comma));
        }
        if (!accept(token_kind::right_brace)) return false;
        --block_depth_;
        return true;
    }

    /// `means design "…" { signal "…" example "…" }` in a level's or an archetype's block: what
    /// its expectation of a competency means, with optional notes under it.
    constexpr bool meaning(builder::level_builder* level, builder::archetype_builder* archetype) {
        const token start = cur_;
        advance();
        std::string_view competency, statement;
        if (!identifier("a competency id", competency)) return false;
        if (cur_.kind == token_kind::string && cur_.text.empty()) return expected("what the expectation means, in words");
        if (!string("what the expectation means, in quotes", statement)) return false;
        b_.at(start.where);
        if (level != nullptr) level->means(competency, statement);
        else archetype->means(competency, statement);
        if (cur_.kind != token_kind::left_brace) return true;
        const token open = cur_;
        advance();
        ++block_depth_;
        while (inside_block(open)) {
            const token item = cur_;
            int kind = 0;
            std::string_view text;
            if (!choice(detail::note_kind_names, "`signal` or `example` and its text in quotes, or `}`", kind)) return false;
            if (cur_.kind == token_kind::string && cur_.text.empty()) return expected("the text of the note, in words");
            if (!string("the text in quotes", text)) return false;
            b_.at(item.where);
            if (level != nullptr) level->note(competency, static_cast<note_kind>(kind), text);
            else archetype->note(competency, static_cast<note_kind>(kind), text);
            check_rows(b_.tables().notes, entity::expectation, too_many_notes_);
        }
        if (!accept(token_kind::right_brace)) return false;
        --block_depth_;
        return true;
    }

    constexpr void equivalent_statement(const token& start) {
        std::string_view level, low, high;
        if (!identifier("a level id", level) || !punct(token_kind::tilde, "`~`") ||
            !level_range(low, high)) {
            return;
        }
        b_.at(start.where).equivalent(level, low, high);
        check_rows(b_.tables().equivalences, entity::equivalence, too_many_equivalences_);
        record(statement_kind::equivalence, last(b_.tables().equivalences.size()), start);
    }

    /// `L5..L8`, or `L7` for a range of one level.
    constexpr bool level_range(std::string_view& low, std::string_view& high) {
        if (!identifier("a level id, or a range `low..high`", low)) return false;
        high = low;
        return !accept(token_kind::range) || identifier("the range's highest level", high);
    }

    constexpr void group_statement(const token& start) {
        std::string_view id, name, low, high;
        if (!identifier("a group id", id) || !string("the group's name in quotes", name) || !punct(token_kind::assign, "`=`") ||
            !level_range(low, high)) {
            return;
        }
        b_.at(start.where).group(id, name, low, high);
        check_rows(b_.tables().groups, entity::group, too_many_groups_);
        record(statement_kind::group, last(b_.tables().groups.size()), start);
    }

    /// `maps L5 -> E5` (renamed), `maps L5 -> L5a, L5b` (split): a row per new id.
    constexpr void maps_statement(const token& start) {
        std::string_view from, to;
        if (!identifier("an id of the previous version", from) || !punct(token_kind::arrow, "`->`") ||
            !identifier("the level or competency it is now", to)) {
            return;
        }
        const index_t first = static_cast<index_t>(b_.tables().maps.size());
        b_.at(start.where).maps(from, to);
        while (accept(token_kind::comma)) {
            if (!identifier("the level or competency it is now", to)) return;
            b_.at(start.where).maps(from, to);
        }
        check_rows(b_.tables().maps, entity::level, too_many_maps_);
        record(statement_kind::maps, first, start);
    }

    constexpr void archetype_statement(const token& start) {
        std::string_view id, name, from, until;
        if (!identifier("an archetype id", id) || !string("the archetype's name in quotes", name)) return;
        if (!accept_word("from")) {
            expected("`from` and the level it applies from");
            return;
        }
        if (!identifier("a level id", from)) return;
        if (accept_word("until") && !identifier("a level id", until)) return;
        auto archetype = b_.at(start.where).archetype(id, name, from, until);
        const index_t row = last(b_.tables().archetypes.size());
        if (cur_.kind == token_kind::left_brace && !expectation_block(nullptr, &archetype)) return;
        check_rows(b_.tables().archetypes, entity::archetype, too_many_archetypes_);
        record(statement_kind::archetype, row, start);
    }

    constexpr void attribute_statement(const token& start) {
        std::string_view id;
        int type = 0;
        if (!identifier("an attribute id", id) || !punct(token_kind::colon, "`:` and a type") ||
            !choice(attribute_type_names, "a type: bool, number, duration or text", type)) {
            return;
        }
        b_.at(start.where).attribute(id, static_cast<attribute_type>(type));
        check_rows(b_.tables().attributes, entity::attribute, too_many_attributes_);
        record(statement_kind::attribute, last(b_.tables().attributes.size()), start);
    }

    /// `rule name = condition`: the condition runs to the next statement (a statement keyword
    /// starting a line); it is compiled when the ladder is built.
    constexpr void rule_statement(const token& start) {
        std::string_view id, parameters;
        if (!identifier("a rule name", id)) return;
        if (cur_.kind == token_kind::left_paren && !rule_parameters(id, parameters)) return;
        if (!punct(token_kind::assign, "`=` and a condition")) return;
        const std::string_view text = condition_text();
        if (text.empty()) {
            expected("a condition");
            return;
        }
        b_.at(start.where).rule(id, parameters, text, text_at_);
        check_rows(b_.tables().rules, entity::rule, too_many_rules_);
        record(statement_kind::rule, last(b_.tables().rules.size()), start);
    }

    /// `(L, k)` after a rule's name: distinct names, none a word of the rules language. Kept as
    /// written between the parentheses.
    constexpr bool rule_parameters(std::string_view id, std::string_view& into) {
        advance();
        const std::size_t start = cur_.offset;
        std::size_t stop = start;
        do {
            if (cur_.kind != token_kind::identifier || is_rule_word(cur_.text)) {
                return expected("a parameter name (not a word of the rules language)");
            }
            for (std::string_view before : parameter_names(lex_.text().substr(start, stop - start))) {
                if (before == cur_.text) {
                    lex_.report(diagnostic_code::duplicate_clause, cur_.where, cur_.text, 0, 0, id);
                    return false;
                }
            }
            stop = cur_.end;
            advance();
        } while (accept(token_kind::comma));
        if (!punct(token_kind::right_paren, "`)`, or `,` and another parameter")) return false;
        into = lex_.text().substr(start, stop - start);
        return true;
    }

    /// `test "name" { person { … } expect promote L6 pass … }`
    constexpr void test_statement(const token& start) {
        std::string_view name;
        if (!string("the test's name in quotes", name) || !punct(token_kind::left_brace, "`{`")) return;
        const token open = prev_;
        b_.at(start.where).test(name);
        ++block_depth_;
        while (inside_block(open)) {
            if (accept_word("person")) {
                if (!person_block()) return;
            } else if (at_word("expect")) {
                if (!test_expectation()) return;
            } else {
                expected("`person { … }` or `expect …`");
                return;
            }
        }
        if (!accept(token_kind::right_brace)) return;
        --block_depth_;
        check_rows(b_.tables().test_facts, entity::text, too_many_facts_);
        record(statement_kind::test, last(b_.tables().tests.size()), start);
    }

    constexpr void add_fact(fact_kind kind, std::string_view id, std::int64_t number, std::string_view text,
                            value_form form, std::string_view cycle, source_position where) {
        test_fact f{};
        f.kind = kind;
        f.id = id;
        f.number = number;
        f.text = text;
        f.form = form;
        f.cycle = cycle;
        f.where = where;
        b_.fact(f);
    }

    /// `person { level L5 time_in_level 20 months open_position true cycle 2026H1 { design 4 } }`
    constexpr bool person_block() {
        if (!punct(token_kind::left_brace, "`{`")) return false;
        const token open = prev_;
        ++block_depth_;
        while (inside_block(open)) {
            const token at = cur_;
            std::string_view id;
            if (!identifier("a fact: level, archetype, time_in_level, tenure, exempt, cycle, or an attribute", id)) {
                return false;
            }
            if (id == "level" || id == "archetype") {
                std::string_view target;
                if (!identifier(id == "level" ? "a level id" : "an archetype id", target)) return false;
                add_fact(id == "level" ? fact_kind::level : fact_kind::archetype, target, 0, {}, value_form::text, {},
                         at.where);
            } else if (id == "time_in_level" || id == "tenure") {
                std::int32_t months = 0;
                if (!duration(months)) return false;
                add_fact(id == "tenure" ? fact_kind::tenure : fact_kind::time_in_level, {}, months, {},
                         value_form::duration, {}, at.where);
            } else if (id == "exempt") {
                std::string_view competency, reason;
                if (!identifier("a competency id", competency) || !string("the reason in quotes", reason)) return false;
                add_fact(fact_kind::exempt, competency, 0, reason, value_form::text, {}, at.where);
            } else if (id == "cycle") {
                if (!cycle_block()) return false;
            } else if (!attribute_fact(id, at)) {
                return false;
            }
        }
        if (!accept(token_kind::right_brace)) return false;
        --block_depth_;
        return true;
    }

    /// An attribute's value: true, false, a number, a duration, or a string.
    constexpr bool attribute_fact(std::string_view id, const token& at) {
        if (accept_word("true") || accept_word("false")) {
            add_fact(fact_kind::attribute, id, prev_.text == "true" ? 1 : 0, {}, value_form::boolean, {}, at.where);
            return true;
        }
        if (cur_.kind == token_kind::string) {
            add_fact(fact_kind::attribute, id, 0, cur_.text, value_form::text, {}, at.where);
            advance();
            return true;
        }
        std::int64_t value = 0;
        if (!number("a value: true, false, a number, a duration or a string", value, limits_.max_number)) return false;
        value_form form = value_form::number;
        if (const std::int64_t unit = duration_unit(); unit != 0) {
            form = value_form::duration;
            value *= unit;
            advance();
        }
        add_fact(fact_kind::attribute, id, value, {}, form, {}, at.where);
        return true;
    }

    /// `cycle 2026H1 { design 4 delivery expert }`: a cycle id may be a word, a string, or a
    /// number with a word glued to it (2026H1).
    constexpr bool cycle_block() {
        std::string_view cycle;
        if (cur_.kind == token_kind::string || cur_.kind == token_kind::identifier) {
            cycle = cur_.text;
            advance();
        } else if (cur_.kind == token_kind::number) {
            const token digits = cur_;
            advance();
            std::size_t end = digits.end;
            if (cur_.kind == token_kind::identifier && cur_.offset == digits.end) {
                end = cur_.end;
                advance();
            }
            cycle = lex_.text().substr(digits.offset, end - digits.offset);
        } else {
            return expected("a cycle id (2026H1, \"2026 first half\" …)");
        }
        if (!punct(token_kind::left_brace, "`{` and the cycle's ratings")) return false;
        const token open = prev_;
        ++block_depth_;
        while (inside_block(open)) {
            const token at = cur_;
            std::string_view competency;
            if (!identifier("a competency id", competency)) return false;
            if (cur_.kind == token_kind::identifier) {
                add_fact(fact_kind::rating, competency, 0, cur_.text, value_form::text, cycle, at.where);
                advance();
            } else {
                std::int64_t value = 0;
                if (!number("a rating: a number or a scale point id", value, rating_max)) return false;
                add_fact(fact_kind::rating, competency, value, {}, value_form::number, cycle, at.where);
            }
            accept(token_kind::comma);
        }
        if (!accept(token_kind::right_brace)) return false;
        --block_depth_;
        return true;
    }

    /// `expect promote L6 pass`, `expect switch M1 fail`, `expect step_back L5 pass`,
    /// `expect rule name unknown`.
    constexpr bool test_expectation() {
        test_check c{};
        c.where = cur_.where;
        advance();
        int move = 0;
        if (accept_word("rule")) {
            c.is_rule = true;
        } else if (!choice(transition_kind_names, "promote, switch, step_back or rule", move)) {
            return false;
        }
        c.move = static_cast<transition_kind>(move);
        int outcome = 0;
        const std::size_t start = cur_.offset;
        c.target_at = cur_.where;
        if (!identifier(c.is_rule ? "a rule name" : "the level moved to", c.target)) return false;
        if (c.is_rule && cur_.kind == token_kind::left_paren) {
            // A rule's arguments, kept with its name: `points_at_least(40)`.
            std::size_t depth = 0;
            do {
                if (cur_.kind == token_kind::end) return expected("`)` closing the arguments");
                if (cur_.kind == token_kind::left_paren) ++depth;
                if (cur_.kind == token_kind::right_paren) --depth;
                advance();
            } while (depth != 0);
            c.target = lex_.text().substr(start, prev_.end - start);
        }
        if (!choice(verdict_names, "pass, fail or unknown", outcome)) return false;
        c.expected = static_cast<std::uint8_t>(outcome);
        b_.check(c);
        return true;
    }

    /// A condition's text: up to a string (an advisory's message), `warn`, the next statement,
    /// or with `to_block`, a `{` (a level's expectations follow its criterion).
    constexpr std::string_view condition_text(bool to_block = false) {
        const std::size_t begin = cur_.offset;
        text_at_ = cur_.where;
        std::size_t end = begin;
        while (cur_.kind != token_kind::end && cur_.kind != token_kind::string &&
               !(cur_.first_on_line && at_statement_start()) && !at_word("warn") &&
               !(to_block && cur_.kind == token_kind::left_brace)) {
            end = cur_.end;
            advance();
        }
        if (keep_layout_ && end > begin) out_.verbatim.push_back(verbatim_range{begin, end});
        return lex_.text().substr(begin, end - begin);
    }

    constexpr void transition_statement(const token& start, std::string_view word) {
        std::string_view from, to;
        if (!identifier("a level id", from)) return;
        bool both = false;
        if (word == "switch" && accept(token_kind::both_ways)) {
            both = true;
        } else if (!punct(token_kind::arrow, word == "switch" ? "`->` or `<->`" : "`->`")) {
            return;
        }
        if (!identifier("a level id", to)) return;
        int pay = 0;
        if (word == "step_back" && accept_word("pay") &&
            !choice(pay_policy_names, "a pay policy: keep, top_of_band, midpoint or bottom_of_band", pay)) {
            return;
        }
        b_.at(start.where);
        if (word == "promote") b_.promote(from, to);
        else if (word == "switch") b_.switch_track(from, to, both ? direction::both_ways : direction::one_way);
        else b_.step_back(from, to, static_cast<pay_policy>(pay));
        if (accept_word("when")) {
            const std::string_view guard = condition_text();
            if (guard.empty()) {
                expected("a condition after `when`");
                return;
            }
            b_.when(guard, text_at_);
        }
        while (at_word("warn")) {
            const token warn = cur_;
            advance();
            const std::string_view condition = condition_text();
            std::string_view message;
            if (condition.empty()) {
                expected("a condition after `warn`");
                return;
            }
            const source_position condition_at = text_at_;
            if (!string("the advisory's message in quotes", message)) return;
            b_.at(warn.where).warn(condition, message, condition_at);
            check_rows(b_.tables().advisories, entity::transition, too_many_advisories_);
        }
        check_rows(b_.tables().transitions, entity::transition, too_many_transitions_);
        record(statement_kind::transition, last(b_.tables().transitions.size()), start);
    }

    static constexpr std::int64_t rating_max = 2'147'483'647;
    static constexpr std::int64_t no_minimum = -9'223'372'036'854'775'807 - 1;

    parse_output& out_;
    builder& b_;
    const text_limits& limits_;
    diagnostic_list found_;  ///< what reading finds; the builder gets it at the end
    lexer lex_;
    bool keep_layout_;
    bool seen_ladder_ = false;
    bool reported_missing_ladder_ = false;
    std::uint32_t block_depth_ = 0;  ///< blocks open where reading stands (synchronize() leaves them)
    bool too_many_scales_ = false, too_many_points_ = false, too_many_categories_ = false,
         too_many_competencies_ = false, too_many_tracks_ = false, too_many_levels_ = false,
         too_many_expectations_ = false, too_many_notes_ = false, too_many_equivalences_ = false, too_many_groups_ = false, too_many_titles_ = false, too_many_archetypes_ = false,
         too_many_attributes_ = false, too_many_transitions_ = false, too_many_rules_ = false, too_many_advisories_ = false, too_many_maps_ = false, too_many_facts_ = false;
    source_position text_at_{};
};

/// Reads `text` into a builder (and, with keep_layout, the layout the formatter needs).
[[nodiscard]] constexpr parse_output read_text(std::string_view text, std::string_view source_name = "<input>",
                                               const text_limits& limits = {}, bool keep_layout = false) {
    parse_output out;
    text_parser parser(text, source_name, limits, out, keep_layout);
    parser.parse();
    parser.report_to_builder();
    return out;
}

}  // namespace detail
LADDER_END_NAMESPACE
