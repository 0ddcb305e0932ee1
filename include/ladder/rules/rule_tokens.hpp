// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Where the rule compiler's tokens come from. Tokens come from a stack of sources: the rule's
// text; the text of a named rule, or of a level's criterion, read in place where it is used;
// and the argument of a parameter, read again where the parameter stands (in parentheses when
// it is more than one token, so `double(a + b)` keeps its meaning). Token offsets are made
// absolute: positions in the rule's whole text (its own, then each text read in place).

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/diagnostic.hpp>
#include <ladder/model/condition.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/rule.hpp>
#include <ladder/text/lexer.hpp>
#include <ladder/text/limits.hpp>
#include <ladder/text/token_cursor.hpp>

#include <cstddef>
#include <string_view>
#include <utility>

LADDER_BEGIN_NAMESPACE
namespace detail {

class rule_tokens : public token_cursor<rule_tokens> {
public:
    constexpr rule_tokens(const ladder_view& l, std::string_view text, std::string_view name, const rule_limits& limits)
        : ladder_(l), text_(text), limits_(limits), text_limits_(text_limits_for(limits)) {
        push_source(lexer(text, name, text_limits_, found_), 0, no_frame);
    }
    rule_tokens(const rule_tokens&) = delete;  // its lexers point at its limits and findings
    rule_tokens& operator=(const rule_tokens&) = delete;

protected:
    friend class token_cursor<rule_tokens>;

    /// A rule is one expression: its lines may be as long as the rule.
    static constexpr text_limits text_limits_for(const rule_limits& limits) noexcept {
        text_limits t;
        t.max_input_bytes = limits.max_text_bytes;
        t.max_line_bytes = limits.max_text_bytes;
        return t;
    }

    static constexpr std::size_t no_frame = static_cast<std::size_t>(-1);

    struct token_source {
        lexer lex;
        std::size_t region = 0;      ///< where lex's text starts in the rule's whole text
        std::size_t frame = no_frame;  ///< the named-rule use whose parameters its words may be
        bool splice = false;         ///< an argument: ends at `stop`
        bool parenthesise = false;   ///< an argument of several tokens, read as `( … )`
        bool opened = false;
        std::size_t start = 0;
        std::size_t stop = 0;
        source_position where{};
    };
    /// Where a token was read: the frame its words belong to, and its text.
    struct token_origin {
        std::size_t frame = no_frame;
        std::size_t region = 0;
        std::string_view text;
        std::string_view name;
    };
    /// A named rule being read where it is used, or a level's criterion where meets() asks it.
    struct expansion {
        index_t rule = no_index;
        index_t level = no_index;  ///< the level whose criterion this is (rule is then no_index)
        std::size_t caller = no_frame;  ///< the use's own frame
        std::size_t first_argument = 0;
    };
    /// The text of one argument of a use, where it was written.
    struct argument {
        std::string_view text;  ///< the whole text it is written in
        std::string_view source_name;
        std::size_t region = 0;
        std::size_t start = 0;
        std::size_t stop = 0;
        source_position where{};
        std::size_t frame = no_frame;  ///< the frame its words are read in: the caller's
        bool single = false;
    };

    constexpr lexer& lex() noexcept { return sources_.back().lex; }

    constexpr void push_source(const lexer& l, std::size_t region, std::size_t frame) {
        token_source src;
        src.lex = l;
        src.region = region;
        src.frame = frame;
        sources_.push_back(std::move(src));
    }

    /// Reads the next token into `t` (the cursor's current token: nothing reads it meanwhile).
    constexpr void next_token(token& t) {
        for (;;) {
            token_source& src = sources_.back();
            if (src.splice && src.parenthesise && !src.opened) {
                src.opened = true;
                return synthetic(t, token_kind::left_paren, "(", src.region + src.start, src.where, src);
            }
            do {
                src.lex.next(t);
            } while (t.kind == token_kind::invalid);
            if (src.splice && (t.kind == token_kind::end || t.offset >= src.stop)) {
                const token_source done = src;
                sources_.pop_back();
                if (done.parenthesise) return synthetic(t, token_kind::right_paren, ")", done.region + done.stop, done.where, done);
                continue;
            }
            if (splicing_ && t.kind == token_kind::identifier && src.frame != no_frame) {
                if (const std::size_t a = argument_named(src.frame, t.text); a != no_frame) {
                    splice(arguments_[a]);
                    continue;
                }
            }
            t.offset += src.region;
            t.end += src.region;
            note_source(src);
            return;
        }
    }

    constexpr void synthetic(token& t, token_kind kind, std::string_view text, std::size_t offset, source_position where,
                             const token_source& from) {
        t = token{};
        t.kind = kind;
        t.text = text;
        t.offset = t.end = offset;
        t.where = where;
        note_source(from);
    }
    constexpr void note_source(const token_source& src) {
        cur_from_.frame = src.frame;
        cur_from_.region = src.region;
        cur_from_.text = src.lex.text();
        cur_from_.name = src.lex.source_name();
    }

    /// The argument given for parameter `word` of the use `frame`, or no_frame.
    constexpr std::size_t argument_named(std::size_t frame, std::string_view word) const {
        const expansion& f = frames_[frame];
        if (f.rule == no_index) return no_frame;  // a level's criterion has no parameters
        std::size_t i = 0;
        for (std::string_view p : parameter_names(ladder_.rules()[f.rule].parameters)) {
            if (p == word) return f.first_argument + i;
            ++i;
        }
        return no_frame;
    }

    constexpr void splice(const argument& a) {
        token_source src;
        src.lex = lexer(a.text, a.source_name, text_limits_, found_);
        src.lex.seek(a.start, a.where);
        src.region = a.region;
        src.frame = a.frame;
        src.splice = true;
        src.parenthesise = !a.single;
        src.start = a.start;
        src.stop = a.stop;
        src.where = a.where;
        sources_.push_back(std::move(src));
    }
    constexpr index_t expected(std::string_view what) {
        if (found_.ok()) {
            lex().report(diagnostic_code::syntax_error, cur_.where, cur_.text, cur_.kind == token_kind::end ? 1 : 0, 0, what);
        }
        return no_index;
    }
    constexpr bool expect_word(std::string_view w, std::string_view what) {
        if (accept_word(w)) return true;
        expected(what);
        return false;
    }
    constexpr bool expect(token_kind k, std::string_view what) {
        if (accept(k)) return true;
        expected(what);
        return false;
    }

    /// True, and a cycle reported at `use`, when frame `frame` or one it is read in already
    /// reads named rule `rule` (or level `level`'s criterion): reading it again would not end.
    constexpr bool reading(std::size_t frame, index_t rule, index_t level, const token& use) {
        for (std::size_t f = frame; f != no_frame; f = frames_[f].caller) {
            if (frames_[f].rule != rule || frames_[f].level != level) continue;
            std::size_t outermost = f;
            while (frames_[outermost].caller != no_frame) outermost = frames_[outermost].caller;
            if (rule != no_index) {
                lex().report(diagnostic_code::rule_cycle, use.where, ladder_.rules()[rule].id, 0, 0, frame_name(outermost), entity::rule);
            } else {
                lex().report(diagnostic_code::criterion_cycle, use.where, ladder_.levels()[level].id, 0, 0, frame_name(outermost),
                             entity::level);
            }
            return true;
        }
        return false;
    }

    /// The id of what frame `f` reads: a named rule, or a level (its criterion).
    [[nodiscard]] constexpr std::string_view frame_name(std::size_t f) const noexcept {
        const expansion& x = frames_[f];
        return x.rule != no_index ? ladder_.rules()[x.rule].id : ladder_.levels()[x.level].id;
    }

    /// `(arg, arg, …)` after a named rule's name: each argument's tokens, kept as text to be read
    /// again where its parameter stands. Parameters inside are not replaced here: an argument is
    /// read in the frame it was written in.
    constexpr bool read_arguments() {
        splicing_ = false;
        const bool ok = read_argument_list();
        splicing_ = true;
        if (ok) advance();  // past `)`, reading parameters again
        return ok;
    }
    constexpr bool read_argument_list() {
        if (!expect(token_kind::left_paren, "`(` and the rule's arguments")) return false;
        if (cur_.kind == token_kind::right_paren) return true;
        for (;;) {
            const token first = cur_;
            argument a;
            a.text = cur_from_.text;
            a.source_name = cur_from_.name;
            a.region = cur_from_.region;
            a.frame = cur_from_.frame;
            a.where = first.where;
            std::size_t tokens = 0, depth = 0, stop = first.end;
            while (depth != 0 || (cur_.kind != token_kind::comma && cur_.kind != token_kind::right_paren)) {
                if (cur_.kind == token_kind::end || cur_from_.text.data() != a.text.data()) {
                    expected("`)` closing the arguments");
                    return false;
                }
                if (cur_.kind == token_kind::left_paren) ++depth;
                if (cur_.kind == token_kind::right_paren) --depth;
                stop = cur_.end;
                ++tokens;
                advance();
            }
            if (tokens == 0) {
                expected("an argument");
                return false;
            }
            a.start = first.offset - a.region;
            a.stop = stop - a.region;
            a.single = tokens == 1;
            arguments_.push_back(a);
            if (cur_.kind == token_kind::right_paren) return true;
            advance();  // past `,`
        }
    }

    ladder_view ladder_;
    std::string_view text_;
    rule_limits limits_;
    text_limits text_limits_{};
    diagnostic_list found_;
    constexpr_vector<token_source> sources_;  ///< innermost last
    constexpr_vector<expansion> frames_;      ///< every named-rule use read so far
    constexpr_vector<argument> arguments_;
    constexpr_vector<char> composed_;   ///< the text compile_meets() writes
    constexpr_vector<char> used_text_;  ///< the texts of the named rules used, each after a line break
    bool splicing_ = true;
    token_origin cur_from_{};  ///< where the current token was read
};

}  // namespace detail
LADDER_END_NAMESPACE
