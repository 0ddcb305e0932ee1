// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A ladder as a C++ header of constant tables (docs/embedding.md): what `ladder embed` and
// ladder_embed() write. The file was read, validated and its conditions compiled when the
// header was written; the compiler only reads the rows back, so the cost of a translation unit
// that includes it grows with the data, not with an interpretation of the text. Optional header.

#include <ladder/core/config.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

LADDER_BEGIN_NAMESPACE

/// What a generated header declares, and where it came from.
struct cpp_header_options {
    std::string_view name;                          ///< the variable: a C++ identifier
    std::string_view name_space = "ladder_data";    ///< where it lives: `a` or `a::b`
    std::string_view file_name;                     ///< named in the header's first line
    std::optional<std::string_view> source;         ///< the file's bytes, declared as `NAME_text` when given
};

namespace detail {

/// True for a C++ identifier (ASCII letters, digits and `_`, not starting with a digit, no
/// reserved `__` or leading `_` + capital) that is not a keyword a header could trip on.
[[nodiscard]] constexpr bool cpp_identifier(std::string_view s) noexcept {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    if (s.find("__") != std::string_view::npos || (s.size() > 1 && s[0] == '_' && s[1] >= 'A' && s[1] <= 'Z')) return false;
    constexpr std::string_view keywords[] = {
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
        "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
        "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
        "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
        "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
        "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
        "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
        "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
        "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq"};
    for (std::string_view k : keywords) {
        if (k == s) return false;
    }
    return true;
}

/// A name a generated header can use: an identifier that does not end in `_` (NAME_text and
/// NAME_tables would hold a reserved `__`).
[[nodiscard]] constexpr bool cpp_ladder_name(std::string_view s) noexcept { return cpp_identifier(s) && s.back() != '_'; }

/// Refuses a name: std::invalid_argument, or without exceptions the message and an abort.
[[noreturn]] inline void refuse_cpp_name(const std::string& message) {
#if LADDER_HAS_EXCEPTIONS
    throw std::invalid_argument(message);
#else
    std::fputs((message + "\n").c_str(), stderr);
    std::abort();
#endif
}

/// `a` or `a::b::c`, each part an identifier.
[[nodiscard]] constexpr bool cpp_namespace(std::string_view s) noexcept {
    for (;;) {
        const auto cut = s.find("::");
        if (!cpp_identifier(s.substr(0, cut))) return false;
        if (cut == std::string_view::npos) return true;
        s.remove_prefix(cut + 2);
    }
}

/// A C++ string literal of exactly these bytes: printable ASCII as it is, everything else
/// (line breaks, NUL, UTF-8, quotes, `?`) as a three-digit octal escape, which never runs
/// into the next character. Broken into pieces of about 100 characters when `wrap` is given.
inline void append_cpp_literal(std::string& out, std::string_view bytes, std::string_view wrap = {}) {
    out += '"';
    std::size_t line = 0;
    for (std::size_t i = 0; i != bytes.size(); ++i) {
        const char ch = bytes[i];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            out += ch;
            ++line;
        } else {
            out += '\\';
            out += static_cast<char>('0' + (c >> 6));
            out += static_cast<char>('0' + ((c >> 3) & 7));
            out += static_cast<char>('0' + (c & 7));
            line += 4;
        }
        if (!wrap.empty() && i + 1 != bytes.size() && (line >= 100 || (c == '\n' && line >= 40))) {
            out += '"';
            out += wrap;
            out += '"';
            line = 0;
        }
    }
    out += '"';
}

/// Writes one row's fields as a designated initializer; a field equal to the record's own
/// default is left out, so the header holds what the file says and little else.
class cpp_row_writer {
public:
    explicit cpp_row_writer(std::string& out) : out_(out) {}

    template <class Record>
    void open(const Record&) {
        out_ += '{';
        first_ = true;
    }
    void close() { out_ += '}'; }

    template <class Record, class T>
    void field(const Record& r, std::string_view name, T Record::*member) {
        const T& v = r.*member;
        if (v == Record{}.*member) return;
        if (!first_) out_ += ", ";
        first_ = false;
        out_ += '.';
        out_ += name;
        out_ += " = ";
        value(v);
    }

    void value(std::string_view s) {
        if (s.empty()) {
            out_ += "{}";
            return;
        }
        out_ += '{';
        append_cpp_literal(out_, s);
        out_ += ", " + std::to_string(s.size()) + "}";
    }
    void value(bool b) { out_ += b ? "true" : "false"; }
    template <class T>
        requires std::is_integral_v<T>
    void value(T v) {
        if constexpr (std::is_signed_v<T>) {
            // The lowest value has no literal of its own: -9223372036854775808 is `-` applied
            // to a number too large for its type.
            if (v == std::numeric_limits<T>::min()) {
                out_ += "(" + std::to_string(v + 1) + " - 1)";
                return;
            }
            out_ += std::to_string(v);
        } else if (v == static_cast<T>(no_index) && sizeof(T) == sizeof(index_t)) {
            out_ += "::ladder::no_index";
        } else {
            out_ += std::to_string(v) + "u";
        }
    }
    template <class E>
        requires std::is_enum_v<E>
    void value(E e) {
        out_ += "static_cast<" + std::string(enum_name<E>()) + ">(" +
                std::to_string(static_cast<std::underlying_type_t<E>>(e)) + ")";
    }
    template <class T>
    void value(const std::optional<T>& v) {
        if (v) value(*v);
        else out_ += "std::nullopt";
    }
    void value(const source_position& p) { out_ += '{' + std::to_string(p.line) + ", " + std::to_string(p.column) + '}'; }
    void value(const reference& r) {
        out_ += '{';
        value(r.id);
        out_ += ", ";
        value(r.index);
        out_ += '}';
    }
    void value(const pay_band& b) {
        out_ += "::ladder::pay_band{";
        value(b.minimum);
        out_ += ", ";
        value(b.maximum);
        out_ += ", ";
        value(b.currency);
        out_ += '}';
    }
    void value(const ladder_policy& p) {
        open(p);
        field(p, "decreasing_expectations", &ladder_policy::decreasing_expectations);
        field(p, "missing_expectations", &ladder_policy::missing_expectations);
        field(p, "max_band_overlap_percent", &ladder_policy::max_band_overlap_percent);
        close();
    }

private:
    template <class E>
    static constexpr std::string_view enum_name() {
        if constexpr (std::is_same_v<E, scope>) return "::ladder::scope";
        else if constexpr (std::is_same_v<E, track_kind>) return "::ladder::track_kind";
        else if constexpr (std::is_same_v<E, transition_kind>) return "::ladder::transition_kind";
        else if constexpr (std::is_same_v<E, pay_policy>) return "::ladder::pay_policy";
        else if constexpr (std::is_same_v<E, attribute_type>) return "::ladder::attribute_type";
        else if constexpr (std::is_same_v<E, check_level>) return "::ladder::check_level";
        else if constexpr (std::is_same_v<E, note_kind>) return "::ladder::note_kind";
        else if constexpr (std::is_same_v<E, fact_kind>) return "::ladder::fact_kind";
        else if constexpr (std::is_same_v<E, value_form>) return "::ladder::value_form";
        else if constexpr (std::is_same_v<E, node_kind>) return "::ladder::node_kind";
        else if constexpr (std::is_same_v<E, value_type>) return "::ladder::value_type";
        else static_assert(sizeof(E) == 0, "an enumeration the header writer does not name");
    }

    std::string& out_;
    bool first_ = true;
};

// One function per record: its fields, in declaration order (designated initializers require
// it). A field left out here is lost on the way into the header; tests/unit/embed.cpp compares
// every row of every shipped ladder with the same file loaded at runtime.
inline void write_row(cpp_row_writer& w, const scale_point& r) {
    w.field(r, "value", &scale_point::value), w.field(r, "id", &scale_point::id), w.field(r, "name", &scale_point::name);
    w.field(r, "scale", &scale_point::scale), w.field(r, "where", &scale_point::where);
}
inline void write_row(cpp_row_writer& w, const scale& r) {
    w.field(r, "id", &scale::id), w.field(r, "name", &scale::name), w.field(r, "first_point", &scale::first_point);
    w.field(r, "point_count", &scale::point_count), w.field(r, "where", &scale::where);
}
inline void write_row(cpp_row_writer& w, const category& r) {
    w.field(r, "id", &category::id), w.field(r, "name", &category::name), w.field(r, "description", &category::description);
    w.field(r, "where", &category::where);
}
inline void write_row(cpp_row_writer& w, const competency& r) {
    w.field(r, "id", &competency::id), w.field(r, "name", &competency::name);
    w.field(r, "description", &competency::description), w.field(r, "category", &competency::category);
    w.field(r, "scale", &competency::scale), w.field(r, "where", &competency::where);
}
inline void write_row(cpp_row_writer& w, const track& r) {
    w.field(r, "id", &track::id), w.field(r, "name", &track::name), w.field(r, "kind", &track::kind);
    w.field(r, "where", &track::where);
}
inline void write_row(cpp_row_writer& w, const level& r) {
    w.field(r, "id", &level::id), w.field(r, "title", &level::title), w.field(r, "track", &level::track);
    w.field(r, "rank", &level::rank), w.field(r, "scope", &level::scope), w.field(r, "band", &level::band);
    w.field(r, "typical_months", &level::typical_months), w.field(r, "career", &level::career);
    w.field(r, "first_expectation", &level::first_expectation), w.field(r, "expectation_count", &level::expectation_count);
    w.field(r, "where", &level::where), w.field(r, "criterion", &level::criterion);
    w.field(r, "criterion_at", &level::criterion_at);
}
inline void write_row(cpp_row_writer& w, const expectation& r) {
    w.field(r, "competency", &expectation::competency), w.field(r, "minimum", &expectation::minimum);
    w.field(r, "point", &expectation::point), w.field(r, "where", &expectation::where);
    w.field(r, "statement", &expectation::statement), w.field(r, "first_note", &expectation::first_note);
    w.field(r, "note_count", &expectation::note_count), w.field(r, "statement_at", &expectation::statement_at);
}
inline void write_row(cpp_row_writer& w, const expectation_note& r) {
    w.field(r, "kind", &expectation_note::kind), w.field(r, "text", &expectation_note::text);
    w.field(r, "where", &expectation_note::where);
}
inline void write_row(cpp_row_writer& w, const equivalence& r) {
    w.field(r, "level", &equivalence::level), w.field(r, "lowest", &equivalence::lowest);
    w.field(r, "highest", &equivalence::highest), w.field(r, "where", &equivalence::where);
}
inline void write_row(cpp_row_writer& w, const level_group& r) {
    w.field(r, "id", &level_group::id), w.field(r, "name", &level_group::name), w.field(r, "lowest", &level_group::lowest);
    w.field(r, "highest", &level_group::highest), w.field(r, "where", &level_group::where);
}
inline void write_row(cpp_row_writer& w, const archetype& r) {
    w.field(r, "id", &archetype::id), w.field(r, "name", &archetype::name), w.field(r, "from", &archetype::from);
    w.field(r, "until", &archetype::until), w.field(r, "first_expectation", &archetype::first_expectation);
    w.field(r, "expectation_count", &archetype::expectation_count), w.field(r, "where", &archetype::where);
}
inline void write_row(cpp_row_writer& w, const level_title& r) {
    w.field(r, "archetype", &level_title::archetype), w.field(r, "level", &level_title::level);
    w.field(r, "title", &level_title::title), w.field(r, "where", &level_title::where);
}
inline void write_row(cpp_row_writer& w, const transition& r) {
    w.field(r, "kind", &transition::kind), w.field(r, "from", &transition::from), w.field(r, "to", &transition::to);
    w.field(r, "both_ways", &transition::both_ways), w.field(r, "pay", &transition::pay);
    w.field(r, "where", &transition::where), w.field(r, "guard", &transition::guard);
    w.field(r, "guard_at", &transition::guard_at);
}
inline void write_row(cpp_row_writer& w, const attribute& r) {
    w.field(r, "id", &attribute::id), w.field(r, "type", &attribute::type), w.field(r, "where", &attribute::where);
}
inline void write_row(cpp_row_writer& w, const named_rule& r) {
    w.field(r, "id", &named_rule::id), w.field(r, "text", &named_rule::text);
    w.field(r, "parameters", &named_rule::parameters), w.field(r, "where", &named_rule::where);
    w.field(r, "text_at", &named_rule::text_at);
}
inline void write_row(cpp_row_writer& w, const advisory& r) {
    w.field(r, "transition", &advisory::transition), w.field(r, "text", &advisory::text);
    w.field(r, "message", &advisory::message), w.field(r, "where", &advisory::where);
    w.field(r, "text_at", &advisory::text_at);
}
inline void write_row(cpp_row_writer& w, const ladder_test& r) {
    w.field(r, "name", &ladder_test::name), w.field(r, "first_fact", &ladder_test::first_fact);
    w.field(r, "fact_count", &ladder_test::fact_count), w.field(r, "first_check", &ladder_test::first_check);
    w.field(r, "check_count", &ladder_test::check_count), w.field(r, "where", &ladder_test::where);
}
inline void write_row(cpp_row_writer& w, const test_fact& r) {
    w.field(r, "kind", &test_fact::kind), w.field(r, "id", &test_fact::id), w.field(r, "number", &test_fact::number);
    w.field(r, "text", &test_fact::text), w.field(r, "form", &test_fact::form), w.field(r, "cycle", &test_fact::cycle);
    w.field(r, "where", &test_fact::where);
}
inline void write_row(cpp_row_writer& w, const test_check& r) {
    w.field(r, "is_rule", &test_check::is_rule), w.field(r, "move", &test_check::move);
    w.field(r, "target", &test_check::target), w.field(r, "expected", &test_check::expected);
    w.field(r, "where", &test_check::where), w.field(r, "target_at", &test_check::target_at);
}
inline void write_row(cpp_row_writer& w, const compiled_condition& r) {
    w.field(r, "first_node", &compiled_condition::first_node), w.field(r, "node_count", &compiled_condition::node_count);
    w.field(r, "root", &compiled_condition::root), w.field(r, "first_char", &compiled_condition::first_char);
    w.field(r, "text_size", &compiled_condition::text_size), w.field(r, "own_length", &compiled_condition::own_length);
}
inline void write_row(cpp_row_writer& w, const rule_node& r) {
    w.field(r, "kind", &rule_node::kind), w.field(r, "type", &rule_node::type), w.field(r, "left", &rule_node::left);
    w.field(r, "right", &rule_node::right), w.field(r, "a", &rule_node::a), w.field(r, "b", &rule_node::b);
    w.field(r, "value", &rule_node::value), w.field(r, "first", &rule_node::first);
    w.field(r, "context", &rule_node::context), w.field(r, "right_of", &rule_node::right_of);
    w.field(r, "begin", &rule_node::begin), w.field(r, "end", &rule_node::end), w.field(r, "where", &rule_node::where);
}
inline void write_row(cpp_row_writer& w, const revision_map& r) {
    w.field(r, "from", &revision_map::from), w.field(r, "to", &revision_map::to);
    w.field(r, "competency", &revision_map::competency), w.field(r, "where", &revision_map::where);
}
inline void write_row(cpp_row_writer& w, const ladder_info& r) {
    w.field(r, "name", &ladder_info::name), w.field(r, "version", &ladder_info::version);
    w.field(r, "effective", &ladder_info::effective);
    w.field(r, "default_scale", &ladder_info::default_scale), w.field(r, "policy", &ladder_info::policy);
}

/// `.name = {{row, row, …}},` with a row to a line.
template <class Record>
void write_table(std::string& out, std::string_view name, row_span<Record> rows) {
    if (rows.empty()) return;
    out += "    ." + std::string(name) + " = {{\n";
    cpp_row_writer w(out);
    for (const Record& r : rows) {
        out += "        ";
        w.open(r);
        write_row(w, r);
        w.close();
        out += ",\n";
    }
    out += "    }},\n";
}

/// Declares `sizes` and `rows`, the ladder's table sizes and its tables row by row, in the
/// namespace the caller opened; as variable templates when `templated` (then a translation
/// unit that never names them never evaluates them).
inline void append_cpp_tables(std::string& out, const ladder_view& l, bool templated) {
    const std::size_t counts[] = {l.scales().size(), l.scale_points().size(), l.categories().size(),
                                  l.competencies().size(), l.tracks().size(), l.levels().size(),
                                  l.expectations().size(), l.notes().size(), l.equivalences().size(),
                                  l.groups().size(), l.archetypes().size(), l.titles().size(),
                                  l.transitions().size(), l.attributes().size(), l.rules().size(),
                                  l.advisories().size(), l.tests().size(), l.test_facts().size(),
                                  l.test_checks().size(), l.maps().size(), l.conditions().size(), l.condition_nodes().size(),
                                  l.condition_text().size()};
    out += std::string(templated ? "template <class = void>\n" : "") + "inline constexpr ::ladder::table_sizes sizes{";
    bool first = true;
    for (std::size_t count : counts) {
        out += (first ? "" : ", ") + std::to_string(count) + "u";
        first = false;
    }
    out += "};\n";
    const std::string sizes = templated ? "sizes<T>" : "sizes";
    out += std::string(templated ? "template <class T = void>\n" : "") +
           "inline constexpr ::ladder::detail::tables<::ladder::detail::array_table, " + sizes + "> rows{\n    .info = ";
    {
        cpp_row_writer w(out);
        w.open(l.info());
        write_row(w, l.info());
        w.close();
    }
    out += ",\n";
    write_table(out, "scales", l.scales());
    write_table(out, "scale_points", l.scale_points());
    write_table(out, "categories", l.categories());
    write_table(out, "competencies", l.competencies());
    write_table(out, "tracks", l.tracks());
    write_table(out, "levels", l.levels());
    write_table(out, "expectations", l.expectations());
    write_table(out, "notes", l.notes());
    write_table(out, "equivalences", l.equivalences());
    write_table(out, "groups", l.groups());
    write_table(out, "archetypes", l.archetypes());
    write_table(out, "titles", l.titles());
    write_table(out, "transitions", l.transitions());
    write_table(out, "attributes", l.attributes());
    write_table(out, "rules", l.rules());
    write_table(out, "advisories", l.advisories());
    write_table(out, "tests", l.tests());
    write_table(out, "test_facts", l.test_facts());
    write_table(out, "test_checks", l.test_checks());
    write_table(out, "maps", l.maps());
    write_table(out, "conditions", l.conditions());
    write_table(out, "condition_nodes", l.condition_nodes());
    if (!l.condition_text().empty()) {
        out += "    .condition_text = ::ladder::detail::char_table<" + sizes + ".condition_text>(\n        ";
        append_cpp_literal(out, l.condition_text(), "\n        ");
        out += "),\n";
    }
    out += "};\n";
}

/// The pragmas around the rows: fields equal to their defaults are left out of each row.
inline constexpr std::string_view cpp_pragmas_on = "// Fields equal to their defaults are left out of each row.\n"
                                                  "#if defined(__GNUC__)\n"
                                                  "#pragma GCC diagnostic push\n"
                                                  "#pragma GCC diagnostic ignored \"-Wmissing-field-initializers\"\n"
                                                  "#endif\n\n";
inline constexpr std::string_view cpp_pragmas_off = "#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n";

/// The library's own form, for a ladder shipped as tables (presets/engineering_tables.hpp):
/// `sizes` and `rows` as variable templates in `namespace inner` of ladder's versioned
/// namespace, including only the model.
inline std::string to_cpp_library_header(const ladder_view& l, std::string_view inner, std::string_view generated_from) {
    std::string out = "// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.\n#pragma once\n\n";
    out += "// Generated from " + std::string(generated_from) + " by tests/support/write_preset_tables.cpp: do not\n"
           "// edit (a test fails when it is stale). The ladder's tables, every condition compiled.\n\n"
           "#include <ladder/core/config.hpp>\n#include <ladder/model/static_ladder.hpp>\n\n";
    out += cpp_pragmas_on;
    out += "LADDER_BEGIN_NAMESPACE\nnamespace " + std::string(inner) + " {\n";
    append_cpp_tables(out, l, true);
    out += "}  // namespace " + std::string(inner) + "\nLADDER_END_NAMESPACE\n\n";
    out += cpp_pragmas_off;
    return out;
}
}  // namespace detail

/// The ladder as a C++ header: `inline constexpr auto NAME` in namespace `name_space`, a
/// compile-time ladder (static_ladder) whose tables are written out row by row, including
/// every condition compiled, so nothing is read, compiled or validated when it is included;
/// `NAME_text`, the file's bytes, when `source` is given. The header holds a static_assert on
/// the library's version: its rows are the library's internal tables, so a header written by
/// another version asks to be written anew rather than misread. Throws std::invalid_argument
/// (without exceptions: prints and aborts) when the name is not a C++ identifier or ends in
/// `_`, or a part of the namespace is not one. Give it a ladder that loaded without errors:
/// the header holds what the view holds.
inline std::string to_cpp_header(const ladder_view& l, const cpp_header_options& o) {
    if (!detail::cpp_ladder_name(o.name))
        detail::refuse_cpp_name("the name of an embedded ladder must be a C++ identifier not ending in _, not '" + std::string(o.name) + "'");
    if (!detail::cpp_namespace(o.name_space))
        detail::refuse_cpp_name("the namespace of an embedded ladder must be C++ identifiers joined by ::, not '" + std::string(o.name_space) + "'");
    const std::string name(o.name);
    std::string out = "// Generated by `ladder embed` from ";
    out += o.file_name.empty() ? std::string("a ladder") : std::string(o.file_name);
    out += ": do not edit.\n"
           "// The ladder's tables, read, validated and with every condition compiled when this header was\n"
           "// written; including it reads them back (docs/embedding.md).\n"
           "#pragma once\n"
           "#if __has_include(<ladder/model/static_ladder.hpp>)\n"
           "#include <ladder/model/static_ladder.hpp>\n"
           "#else\n"
           "#include <ladder/ladder.hpp>\n"
           "#endif\n\n";
    out += "static_assert(LADDER_VERSION_MAJOR == " + std::to_string(LADDER_VERSION_MAJOR) +
           " && LADDER_VERSION_MINOR == " + std::to_string(LADDER_VERSION_MINOR) + " && LADDER_VERSION_PATCH == " +
           std::to_string(LADDER_VERSION_PATCH) + ",\n              \"written by ladder " + std::to_string(LADDER_VERSION_MAJOR) + "." +
           std::to_string(LADDER_VERSION_MINOR) + "." + std::to_string(LADDER_VERSION_PATCH) +
           " for its own tables: write it anew with this version's ladder embed\");\n\n";
    out += detail::cpp_pragmas_on;
    out += "namespace " + std::string(o.name_space) + " {\n";
    if (o.source) {
        out += "/// The bytes of " + std::string(o.file_name) + ".\n";
        out += "inline constexpr char " + name + "_text[] =\n    ";
        detail::append_cpp_literal(out, *o.source, "\n    ");
        out += ";\n\n";
    }
    out += "namespace " + name + "_tables {\n";
    detail::append_cpp_tables(out, l, false);
    out += "}  // namespace " + name + "_tables\n\n";
    out += "/// " + (o.file_name.empty() ? std::string("The ladder") : std::string(o.file_name)) +
           " as a compile-time ladder (checked when this header was written).\n";
    out += "inline constexpr auto " + name + " = ::ladder::detail::embedded_ladder(" + name + "_tables::rows);\n";
    out += "}  // namespace " + std::string(o.name_space) + "\n\n";
    out += detail::cpp_pragmas_off;
    return out;
}

LADDER_END_NAMESPACE
