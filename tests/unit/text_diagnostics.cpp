#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <cstdio>
#include <string>

// What a person sees when a .ladder text is wrong: code, place, message, caret.

namespace {

const std::string header = "ladder \"T\"\nscale s \"S\" {\n  1 a \"A\"\n  2 b \"B\"\n}\ncategory c \"C\"\ncompetency x \"X\" in c\ntrack t \"T\"\n";

ladder::diagnostic_list errors_of(const std::string& text, const ladder::text_limits& limits = {}) {
    const auto r = ladder::load(text, "t.ladder", limits);
    return r.diagnostics();
}

// Returns a reference: a diagnostic's strings live in its list, so keep the list alive.
const ladder::diagnostic& first(const ladder::diagnostic_list& found, ladder::diagnostic_code code) {
    INFO(found.to_string());
    REQUIRE_FALSE(found.empty());
    for (const auto& d : found) {
        if (d.code == code) return d;
    }
    FAIL("no diagnostic with code " << ladder::name_of(code));
    return found[0];  // not reached: FAIL ends the test
}

}  // namespace

TEST_CASE("a diagnostic shows file and line and column and message with the line and a caret", "[text][diagnostics]") {
    const auto found = errors_of(header + "level A \"A\" on t { expect x 1, desing 2 }\n");
    REQUIRE(found.size() == 1);
    CHECK(found.to_string() ==
          "t.ladder:9:32: error[unknown-reference]: unknown competency 'desing', referred to by 'A'\n"
          " 9 | level A \"A\" on t { expect x 1, desing 2 }\n"
          "   |                                ^\n");
}

TEST_CASE("an unknown id in a text gets a did-you-mean", "[text][diagnostics]") {
    const auto tt = errors_of(header + "level A \"A\" on tt { expect x 1 }\n");
    const auto& d = first(tt, ladder::diagnostic_code::unknown_reference);
    CHECK(d.subject == "tt");
    CHECK(d.suggestion == "t");
    CHECK(d.where == ladder::source_position{9, 1});

    const auto c = errors_of(header + "level A \"A\" on t { expect x c }\n");
    const auto& point = first(c, ladder::diagnostic_code::unknown_reference);
    CHECK(point.about == ladder::entity::scale_point);
    CHECK(point.subject == "c");

    const auto levle = errors_of(header + "levle A \"A\" on t\n");
    const auto& statement = first(levle, ladder::diagnostic_code::unknown_statement);
    CHECK(statement.suggestion == "level");
    CHECK(statement.message() == "unknown statement 'levle' (did you mean 'level'?)");
}

TEST_CASE("several errors are reported in one run", "[text][diagnostics]") {
    const auto found = errors_of(header +
                                 "level A \"A\" on t scope teem\n"
                                 "level B \"B\" on t { expect x }\n"
                                 "track \"no id\"\n"
                                 "level C \"C\" on t rank 3 rank 4\n");
    INFO(found.to_string());
    REQUIRE(found.error_count() == 4);
    CHECK(found[0].code == ladder::diagnostic_code::syntax_error);
    CHECK(found[0].suggestion == "team");
    CHECK(found[0].where.line == 9);
    CHECK(found[1].where.line == 10);
    CHECK(found[1].message() == "expected a rating: a number or a scale point id, found '}'");
    CHECK(found[2].where.line == 11);
    CHECK(found[3].code == ladder::diagnostic_code::duplicate_clause);
    CHECK(found[3].where == ladder::source_position{12, 25});
}

TEST_CASE("validation findings point at the declaration at fault", "[text][diagnostics]") {
    const auto found = errors_of(header + "level A \"A\" on t { expect x 2 }\nlevel B \"B\" on t {\n  expect x 1\n}\n");
    const auto d = first(found, ladder::diagnostic_code::decreasing_expectation);
    CHECK(d.where == ladder::source_position{11, 10});
    CHECK(d.source == "t.ladder");
    CHECK(d.line_text == "  expect x 1");
}

TEST_CASE("diagnostics outlive the text they were found in", "[text][diagnostics]") {
    ladder::diagnostic_list kept;
    {
        std::string text = header + "level A \"A\" on nowhere_to_be_found { expect x 1 }\n";
        kept = ladder::load(text, std::string("a-long-file-name-that-is-not-a-literal.ladder")).diagnostics();
        text.assign(text.size(), '#');
    }
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].subject == "nowhere_to_be_found");
    CHECK(kept[0].source == "a-long-file-name-that-is-not-a-literal.ladder");
    CHECK(kept.to_string().find("on nowhere_to_be_found {") != std::string::npos);
    const ladder::diagnostic_list copy = kept;
    CHECK(copy.to_string() == kept.to_string());
}

TEST_CASE("line endings and byte order marks and tabs and UTF-8", "[text][encoding]") {
    SECTION("CRLF reads like LF, and lines count the same") {
        std::string crlf;
        for (char c : header + "level A \"A\" on t { expect x 1 }\nlevel B \"B\" on zz\n") {
            if (c == '\n') crlf += '\r';
            crlf += c;
        }
        const auto found = errors_of(crlf);
        const auto d = first(found, ladder::diagnostic_code::unknown_reference);
        CHECK(d.where == ladder::source_position{10, 1});
        CHECK(d.line_text == "level B \"B\" on zz");  // no carriage return shown
    }
    SECTION("a UTF-8 byte order mark is skipped") {
        const auto r = ladder::load("\xEF\xBB\xBF" + header + "level A \"A\" on t { expect x 1 }\n");
        CHECK(r.ok());
        const auto bad = errors_of("\xEF\xBB\xBF" "ladder 5");
        CHECK(first(bad, ladder::diagnostic_code::syntax_error).where == ladder::source_position{1, 8});
    }
    SECTION("tabs are blanks; the caret line keeps them") {
        const auto found = errors_of(header + "level\tA \"A\" on\t5\n");
        CHECK(first(found, ladder::diagnostic_code::syntax_error).where == ladder::source_position{9, 16});
        CHECK(found.to_string().find("\n   |      \t        \t^\n") != std::string::npos);
    }
    SECTION("names and titles may be any UTF-8; columns count characters") {
        const auto r = ladder::load(header + "level A \"Ingénieur·e Senior — 高级\" on t { expect x 1 }\nlevel B \"Ü\" on 5\n");
        const auto& d = first(r.diagnostics(), ladder::diagnostic_code::syntax_error);
        CHECK(d.where == ladder::source_position{10, 16});
        const auto ok = ladder::load(header + "level A \"Ingénieur·e Senior — 高级\" on t { expect x 1 }\n");
        REQUIRE(ok.ok());
        CHECK(ok->view().levels()[0].title == "Ingénieur·e Senior — 高级");
    }
    SECTION("non-ASCII outside a string is an error") {
        const auto d = first(errors_of(header + "level Ä \"A\" on t\n"), ladder::diagnostic_code::invalid_character);
        CHECK(d.message() == "non-ASCII character outside a string (byte 195)");
    }
    SECTION("invalid UTF-8, in a string or a comment") {
        const auto in_string = first(errors_of(header + "level A \"bad \xC3\x28\" on t\n"), ladder::diagnostic_code::invalid_utf8);
        CHECK(in_string.where == ladder::source_position{9, 14});
        CHECK(first(errors_of(header + "# \xFF\n"), ladder::diagnostic_code::invalid_utf8).actual == 0xFF);
        CHECK(errors_of(header + "# overlong \xC0\xAF\n").contains(ladder::diagnostic_code::invalid_utf8));
        CHECK(errors_of(header + "# surrogate \xED\xA0\x80\n").contains(ladder::diagnostic_code::invalid_utf8));
    }
    SECTION("NUL bytes are errors") {
        std::string text = header + "level A \"A\" on t\n";
        text.insert(text.size() - 3, 1, '\0');
        CHECK(first(errors_of(text), ladder::diagnostic_code::nul_byte).where.line == 9);
    }
}

TEST_CASE("limits are clean errors naming the limit", "[text][limits]") {
    SECTION("numbers too large for their use") {
        const auto rating = first(errors_of(header + "level A \"A\" on t { expect x 3000000000 }\n"),
                                  ladder::diagnostic_code::number_too_large);
        CHECK(rating.expected == 2147483647);
        const auto band = errors_of(header + "level A \"A\" on t band 1..99999999999999999999 USD\n");
        const auto& huge = first(band, ladder::diagnostic_code::number_too_large);
        CHECK(huge.subject == "99999999999999999999");
        CHECK(errors_of(header + "policy { max_band_overlap 150% }\n").contains(ladder::diagnostic_code::number_too_large));
        const auto negative = errors_of(header + "policy { max_band_overlap -5% }\n");
        CHECK(first(negative, ladder::diagnostic_code::number_too_large).message() == "number '-5' is too small: at least 0");
    }
    SECTION("input size, line length and rows per table") {
        ladder::text_limits limits;
        limits.max_input_bytes = 64;
        const auto size = first(errors_of(header, limits), ladder::diagnostic_code::input_too_large);
        CHECK(size.expected == 64);

        limits = {};
        limits.max_line_bytes = 30;
        const auto line = first(errors_of(header + "category a_long_category_name \"A long one\"\n", limits),
                                ladder::diagnostic_code::line_too_long);
        CHECK(line.where.line == 9);
        CHECK(line.actual == 42);

        limits = {};
        limits.max_rows_per_table = 2;
        const auto rows = first(errors_of(header + "track u \"U\"\ntrack v \"V\"\n", limits), ladder::diagnostic_code::too_many_items);
        CHECK(rows.about == ladder::entity::track);
        CHECK(rows.where.line == 10);
    }
}

TEST_CASE("100 KB of NUL bytes give 50 errors and a last finding that reading stopped", "[text][limits][hostile]") {
    const std::string nul(100'000, '\0');
    const auto found = errors_of(nul);
    REQUIRE(found.size() == 51);
    for (std::uint32_t i = 0; i != 50; ++i) {
        CHECK(found[i].code == ladder::diagnostic_code::nul_byte);
        CHECK(found[i].where == ladder::source_position{1, i + 1});
    }
    CHECK(found[50].code == ladder::diagnostic_code::too_many_errors);
    CHECK(found[50].message() == "reading stopped after 50 errors; the rest of the text is not checked");
    // Each finding shows at most a window of its 100,000-byte line (each NUL printed as \x00).
    for (const auto& d : found) CHECK(d.line_text.size() <= ladder::detail::line_window_bytes);
    CHECK(found.to_string().size() < 51 * (4 * ladder::detail::line_window_bytes * 2));
}

TEST_CASE("reading stops before the statement after the fiftieth error and says where", "[text][limits]") {
    std::string text = header;
    for (int i = 0; i != 60; ++i) text += "track 5\n";  // a syntax error at column 7 of each line
    const auto found = errors_of(text);
    REQUIRE(found.size() == 51);
    CHECK(found[0].where == ladder::source_position{9, 7});
    CHECK(found[49].where == ladder::source_position{58, 7});
    CHECK(found[50].code == ladder::diagnostic_code::too_many_errors);
    CHECK(found[50].where == ladder::source_position{59, 1});  // the statement not read
}

TEST_CASE("a megabyte of broken UTF-8 in comments gives 50 errors whatever its size", "[text][limits][hostile]") {
    for (const std::size_t lines : {1'000u, 10'000u, 100'000u}) {
        std::string text = header;
        for (std::size_t i = 0; i != lines; ++i) text += "# \xFF\xFE broken\n";
        const auto found = errors_of(text);
        INFO(lines << " lines");
        REQUIRE(found.size() == 51);
        CHECK(found[0].code == ladder::diagnostic_code::invalid_utf8);
        CHECK(found[0].where == ladder::source_position{9, 3});
        CHECK(found[49].where == ladder::source_position{33, 4});
        CHECK(found[50].code == ladder::diagnostic_code::too_many_errors);
    }
}

TEST_CASE("an error far along a long line shows the part of the line around it with the caret under it", "[text][diagnostics]") {
    // Column 1001 of line 2: the window starts 80 bytes before it, at column 921.
    const std::string line = "# " + std::string(998, 'a') + "\xFF" + "bbb";
    const auto found = errors_of("ladder \"T\"\n" + line + "\n");
    const auto& d = first(found, ladder::diagnostic_code::invalid_utf8);
    CHECK(d.where == ladder::source_position{2, 1001});
    CHECK(d.line_text_column == 921);
    CHECK(d.line_text == std::string(80, 'a') + "\xFF" + "bbb");
    const std::string printed = found.to_string();
    INFO(printed);
    CHECK(printed.find(" 2 | ..." + std::string(80, 'a') + "\\xFF" + "bbb\n   |    " + std::string(80, ' ') + "^\n") !=
          std::string::npos);
    // A short line is shown whole, from column 1.
    const auto short_found = errors_of("ladder \"T\"\n# \xFF\n");
    const auto& short_line = first(short_found, ladder::diagnostic_code::invalid_utf8);
    CHECK(short_line.line_text == "# \xFF");
    CHECK(short_line.line_text_column == 1);
}

TEST_CASE("malformed texts get precise errors", "[text][diagnostics]") {
    CHECK(first(errors_of(""), ladder::diagnostic_code::missing_ladder_declaration).where == ladder::source_position{1, 1});
    CHECK(errors_of("# only a comment\n").contains(ladder::diagnostic_code::missing_ladder_declaration));
    CHECK(first(errors_of("track t \"T\"\nladder \"L\"\n"), ladder::diagnostic_code::missing_ladder_declaration).where.line == 1);
    CHECK(errors_of(header + "ladder \"Again\"\n").contains(ladder::diagnostic_code::duplicate_ladder_declaration));
    CHECK(first(errors_of(header + "category d \"Never closed\n"), ladder::diagnostic_code::unterminated_string).where ==
          ladder::source_position{9, 12});
    CHECK(first(errors_of(header + "level A \"A\" on t {\n  expect x 1\n"), ladder::diagnostic_code::unterminated_block).where ==
          ladder::source_position{9, 18});
    CHECK(first(errors_of(header + "test \"a test\" { persn { } }\n"), ladder::diagnostic_code::syntax_error).message() ==
          "expected `person { … }` or `expect …`, found 'persn'");
    CHECK(first(errors_of(header + "level A \"A\" on t\nlevel B \"B\" on t\npromote A -> B when y >= 2\n"),
                ladder::diagnostic_code::unknown_name).where == ladder::source_position{11, 21});
    CHECK(first(errors_of(header + "level A \"A\" on t typical 3 weeks\n"), ladder::diagnostic_code::syntax_error).message() ==
          "expected `months` or `years`, found 'weeks'");
    CHECK(first(errors_of(header + "level A \"A\" on t {\n"), ladder::diagnostic_code::unterminated_block).where.line == 9);
    CHECK(first(errors_of(header + "level A"), ladder::diagnostic_code::syntax_error).message() ==
          "expected the level's title in quotes, found the end of the text");
    CHECK(first(errors_of(header + "level A \"A\" on t ? \n"), ladder::diagnostic_code::invalid_character).subject == "?");
}

TEST_CASE("a file that cannot be read is a diagnostic naming it", "[text][diagnostics]") {
    const auto r = ladder::load_file("no/such/dir/acme.ladder");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::cannot_read_file);
    CHECK(r.diagnostics()[0].message() == "cannot read the file 'no/such/dir/acme.ladder'");
}

TEST_CASE("a stream is read from where it stands and a longer one is refused naming it", "[text][limits][hostile]") {
    std::FILE* f = std::tmpfile();
    REQUIRE(f != nullptr);
    const std::string text = "skipped|ladder \"From a stream\"\n";
    REQUIRE(std::fwrite(text.data(), 1, text.size(), f) == text.size());
    REQUIRE(std::fseek(f, 8, SEEK_SET) == 0);
    const auto rest = ladder::read_stream(f, "<stdin>");
    REQUIRE(rest.ok());
    CHECK(*rest == "ladder \"From a stream\"\n");
    REQUIRE(std::fseek(f, 0, SEEK_SET) == 0);
    const auto refused = ladder::read_stream(f, "<stdin>", 10);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.diagnostics()[0].code == ladder::diagnostic_code::input_too_large);
    CHECK(refused.diagnostics()[0].source == "<stdin>");
    // Refused before reading: the stream is where it was.
    CHECK(std::ftell(f) == 0);
    std::fclose(f);
}

TEST_CASE("a file over the size limit is refused without being read whole", "[text][limits][hostile]") {
    // A regular file is measured before reading.
    const std::string path = "ladder_test_large_input.ladder";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f != nullptr);
        const std::string chunk(1000, '#');
        for (int i = 0; i != 200; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
        std::fclose(f);
    }
    ladder::text_limits limits;
    limits.max_input_bytes = 100'000;
    const auto r = ladder::load_file(path, limits);
    std::remove(path.c_str());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::input_too_large);
    CHECK(r.diagnostics()[0].actual == 200'000);
    CHECK(r.diagnostics().to_string() == "ladder_test_large_input.ladder: error[input-too-large]: the text is at least 200000 "
                                         "bytes long, more than the limit of 100000\n");
#if defined(__unix__)
    // A stream without an end is read only to one byte past the limit.
    const auto endless = ladder::read_file("/dev/zero", 4096);
    REQUIRE_FALSE(endless.ok());
    CHECK(endless.diagnostics()[0].code == ladder::diagnostic_code::input_too_large);
    CHECK(endless.diagnostics()[0].actual == 4097);
#endif
}

TEST_CASE("a control character in a string is an error and no finding prints it raw", "[text][diagnostics][hostile]") {
    const auto found = errors_of(header + "track u \"Ops\x1b[2J\"\n");
    const auto& d = first(found, ladder::diagnostic_code::invalid_character);
    CHECK(d.where == ladder::source_position{9, 13});
    CHECK(d.message() == "control character '\x1b' in a string");
    const std::string printed = found.to_string();
    INFO(printed);
    CHECK(printed.find('\x1b') == std::string::npos);
    CHECK(printed.find("control character '\\x1B' in a string") != std::string::npos);
    // The caret stands under the escaped character: "track u \"Ops" is 12 characters.
    CHECK(printed.find(" 9 | track u \"Ops\\x1B[2J\"\n   | " + std::string(12, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("a test block's person with an unknown id or a rating off the scale is reported at that fact's line", "[text][diagnostics]") {
    const auto loaded = ladder::load(header +
                                         "level A \"A\" on t { expect x 1 }\n"      // line 9
                                         "test \"off the scale\" {\n"               // 10
                                         "  person {\n"                              // 11
                                         "    level A\n"                             // 12
                                         "    cycle c1 { x 9 }\n"                    // 13
                                         "  }\n"
                                         "  expect rule open fail\n"
                                         "}\n"
                                         "test \"unknown ids\" {\n"                 // 17
                                         "  person {\n"
                                         "    level Q\n"                             // 19
                                         "  }\n"
                                         "  expect rule open fail\n"
                                         "}\n"
                                         "rule open = x >= 1\n",
                                     "t.ladder");
    INFO(loaded.diagnostics().to_string());
    REQUIRE(loaded.ok());
    const auto problems = ladder::test_problems(*loaded);
    INFO(problems.to_string());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].code == ladder::diagnostic_code::rating_off_scale);
    CHECK(problems[0].where.line == 13);
    CHECK(problems[1].code == ladder::diagnostic_code::unknown_id);
    CHECK(problems[1].where == ladder::source_position{19, 5});
    // A ladder whose tests can all run has none.
    CHECK(ladder::test_problems(ladder::presets::engineering()).empty());
}
