#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

// Printing and formatting never lose anything: parse(print(x)) == x, format keeps every comment,
// and formatting twice changes nothing.

namespace {

ladder::detail::parse_output read(const std::string& text) { return ladder::detail::read_text(text, "<test>"); }

/// A random ladder as a builder: every construct, odd names, optional parts, valid or not
/// (the printer must round-trip what reads, not only what validates). Strings live in `pool`.
ladder::builder random_ladder(std::mt19937& rng, std::vector<std::string>& pool) {
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const auto keep = [&](std::string s) -> std::string_view {
        pool.push_back(std::move(s));
        return pool.back();
    };
    const auto id = [&](std::string_view prefix, int i) { return keep(std::string(prefix) + std::to_string(i)); };
    static const char* const names[] = {"Plain", "With \"double\" quotes", "It's single", "Ünïcödé — 高级", "",
                                        "  spaced  ", "#not a comment", "{braces} and ~tilde~"};
    const auto name = [&] { return keep(names[pick(8)]); };
    const auto words = [&] { return keep(names[pick(4)] + std::string(" in words")); };  // never empty
    // Words for some of what an owner expects, and notes given in a shuffled order, so that
    // notes are inserted between other expectations' notes, not only appended.
    const auto say = [&](auto& owner, const std::vector<std::string_view>& expected) {
        std::vector<std::string_view> stated;
        for (const auto c : expected) {
            if (pick(2)) continue;
            owner.means(c, words());
            stated.push_back(c);
        }
        for (int n = stated.empty() ? 0 : pick(5); n != 0; --n) {
            const auto c = stated[static_cast<std::size_t>(pick(static_cast<int>(stated.size())))];
            if (pick(2)) owner.signal(c, words());
            else owner.example(c, name());  // an empty note adds nothing, and prints as nothing
        }
    };

    ladder::builder b(name(), pick(2) ? name() : std::string_view{});
    if (pick(3) == 0) {
        b.policy(ladder::ladder_policy{static_cast<ladder::check_level>(pick(3)), static_cast<ladder::check_level>(pick(3)),
                                       pick(101)});
    }
    const int scales = 1 + pick(3);
    for (int s = 0; s != scales; ++s) {
        // Scales are declared through the builder, whose list takes an initializer list.
        switch (pick(3)) {
            case 0: b.scale(id("s", s), name(), {{1, "low", "Low"}, {2, "mid", "Middle"}, {3, "high", "High"}}); break;
            case 1: b.scale(id("s", s), name(), {{0, "no", "No"}, {1, "yes", "Yes"}}); break;
            default: b.scale(id("s", s), name(), {{-1, "minus", "Minus"}, {10, "ten", "Ten"}}); break;
        }
    }
    if (pick(4) == 0) b.default_scale(id("s", pick(scales)));
    const int categories = 1 + pick(3);
    for (int c = 0; c != categories; ++c) b.category(id("cat", c), name(), pick(2) ? name() : std::string_view{});
    const int competencies = 1 + pick(6);
    for (int c = 0; c != competencies; ++c) {
        b.competency(id("comp", c), name(), id("cat", pick(categories)), pick(2) ? name() : std::string_view{},
                     pick(3) == 0 ? id("s", pick(scales)) : std::string_view{});
    }
    const int tracks = 1 + pick(3);
    for (int t = 0; t != tracks; ++t) b.track(id("t", t), name(), static_cast<ladder::track_kind>(pick(3)));
    for (int a = pick(3); a != 0; --a) b.attribute(id("attr", a), static_cast<ladder::attribute_type>(pick(4)));
    const int levels = pick(12);
    for (int l = 0; l != levels; ++l) {
        auto level = b.level(id("L", l), name(), id("t", pick(tracks)));
        if (pick(3) == 0) level.rank(pick(20) - 5);
        level.scope(static_cast<ladder::scope>(pick(7)));
        if (pick(2)) level.career();
        if (pick(2)) level.band(pick(100000), pick(1000000), pick(2) ? "USD" : "EUR");
        if (pick(2)) level.typical_months(pick(60));
        std::vector<std::string_view> expected;
        for (int e = pick(5); e != 0; --e) {
            expected.push_back(id("comp", pick(competencies)));
            if (pick(3) == 0) level.expect({{expected.back(), pick(2) ? "low" : "yes"}});
            else level.expect({{expected.back(), pick(12) - 1}});
        }
        say(level, expected);
    }
    for (int q = levels ? pick(4) : 0; q != 0; --q) {
        if (pick(2)) b.equivalent(id("L", pick(levels)), id("L", pick(levels)));
        else b.equivalent(id("L", pick(levels)), id("L", pick(levels)), id("L", pick(levels)));
    }
    for (int g = levels ? pick(3) : 0; g != 0; --g) {
        const std::string_view low = id("L", pick(levels));
        b.group(id("grp", g), name(), low, pick(2) ? low : id("L", pick(levels)));
    }
    if (pick(3) == 0) b.effective(ladder::make_day(1990 + pick(60), 1 + pick(12), 1 + pick(28)));
    for (int m = pick(4); m != 0; --m) {  // what ids of a previous version are called now
        const std::string_view from = id("old", pick(3));
        if (levels != 0 && pick(2)) b.maps(from, id("L", pick(levels)));
        else b.maps(from, id("comp", pick(competencies)));
    }
    for (int a = levels ? pick(3) : 0; a != 0; --a) {
        auto arch = b.archetype(id("arch", a), name(), id("L", pick(levels)), pick(2) ? id("L", pick(levels)) : std::string_view{});
        std::vector<std::string_view> expected;
        for (int e = pick(3); e != 0; --e) {
            expected.push_back(id("comp", pick(competencies)));
            arch.expect({{expected.back(), pick(5)}});
        }
        for (int t = pick(3); t != 0; --t) {
            const std::string_view title = name();  // a title is never empty: the reader refuses ""
            arch.title(id("L", pick(levels)), title.empty() ? std::string_view("Lead") : title);
        }
        say(arch, expected);
    }
    for (int t = levels ? pick(6) : 0; t != 0; --t) {
        const auto from = id("L", pick(levels));
        const auto to = id("L", pick(levels));
        switch (pick(3)) {
            case 0: b.promote(from, to); break;
            case 1: b.switch_track(from, to, pick(2) ? ladder::direction::both_ways : ladder::direction::one_way); break;
            default: b.step_back(from, to, static_cast<ladder::pay_policy>(pick(4))); break;
        }
    }
    return b;
}

}  // namespace

TEST_CASE("parse(print(x)) equals x for 1000 generated ladders", "[text][roundtrip]") {
    std::mt19937 rng(20261129);  // fixed seed: a failure reproduces
    for (int i = 0; i != 1000; ++i) {
        std::vector<std::string> pool;
        pool.reserve(4096);  // views into the pool must stay valid
        ladder::builder b = random_ladder(rng, pool);
        const ladder::ladder_view original = b.view();
        const std::string text = ladder::to_text(original);
        auto back = read(text);
        INFO("ladder " << i << ":\n" << text << back.ladder.reported().to_string());
        REQUIRE(back.ladder.reported().ok());
        REQUIRE(ladder::equal(back.ladder.view(), original));
        // The canonical text is already formatted, and printing what was read gives it again.
        const auto formatted = ladder::format(text);
        REQUIRE(formatted.ok());
        CHECK(*formatted == text);
        CHECK(ladder::to_text(back.ladder.view()) == text);
    }
}

TEST_CASE("every shipped ladder reads clean and formats to itself and round-trips", "[text][data]") {
    for (const char* file : {"engineering.ladder", "five_axes.ladder", "product_company.ladder", "snowflake.ladder"}) {
        const std::string path = std::string(LADDER_DATA_DIR) + "/" + file;
        INFO(path);
        const auto text = ladder::read_file(path);
        REQUIRE(text.ok());
        const auto loaded = ladder::load(*text, path);
        INFO(loaded.diagnostics().to_string());
        REQUIRE(loaded.ok());
        CHECK(loaded.diagnostics().empty());
        const auto formatted = ladder::format(*text, path);
        REQUIRE(formatted.ok());
        CHECK(*formatted == *text);
        const auto reread = ladder::load(ladder::to_text(*loaded));
        REQUIRE(reread.ok());
        CHECK(ladder::equal(*reread, *loaded));
        // Every shipped ladder carries tests, and they pass.
        const auto report = ladder::run_tests(*loaded);
        INFO(ladder::to_text(*loaded, report, path));
        CHECK(report.outcomes.size() >= 2);
        CHECK(report.ok());
    }
}

TEST_CASE("the default ladder's text is the embedded default ladder", "[text][data]") {
    const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/engineering.ladder");
    REQUIRE(loaded.ok());
    CHECK(ladder::equal(*loaded, ladder::presets::engineering()));
}

TEST_CASE("the formatter keeps every comment and formatting twice changes nothing", "[text][format]") {
    const std::string messy =
        "# Leading comment.\n"
        "ladder   \"T\"    version 'v1'   # trailing on the ladder\n"
        "\n\n\n"
        "scale s \"S\" {   1 a \"A\"\n"
        "   # inside a block\n"
        "2 b \"B\" }\n"
        "category c \"C\"\n"
        "competency x \"X\"\n"
        "   in c   # trailing on a continued line\n"
        "track t \"T\"\n"
        "level A \"A\" on t { expect x 1, x\n"
        "  2 }  # after the block\n"
        "# the end\n";
    const auto once = ladder::format(messy);
    REQUIRE(once.ok());
    CHECK(*once ==
          "# Leading comment.\n"
          "ladder \"T\" version \"v1\"  # trailing on the ladder\n"
          "\n"
          "scale s \"S\" {\n"
          "  # inside a block\n"
          "  1 a \"A\"\n"
          "  2 b \"B\"\n"
          "}\n"
          "category c \"C\"\n"
          "competency x \"X\" in c  # trailing on a continued line\n"
          "track t \"T\"\n"
          "level A \"A\" on t scope task {  # after the block\n"
          "  expect x 1, x 2\n"
          "}\n"
          "# the end\n");
    const auto twice = ladder::format(*once);
    REQUIRE(twice.ok());
    CHECK(*twice == *once);
}

TEST_CASE("the formatter keeps every comment after the last statement", "[text][format]") {
    const std::string text = "ladder \"T\"\n# first\n\n# second\n# last\n";
    const auto formatted = ladder::format(text);
    REQUIRE(formatted.ok());
    CHECK(*formatted == text);
}

TEST_CASE("the formatter keeps comments around a guard and its advisories where they can be read", "[text][format]") {
    const std::string head = "ladder \"T\"\nscale s \"S\" {\n  1 a \"A\"\n  2 b \"B\"\n}\ncategory c \"C\"\n"
                             "competency x \"X\" in c\ntrack t \"T\"\nlevel A \"A\" on t scope task {\n  expect x 1\n}\n"
                             "level B \"B\" on t scope task {\n  expect x 2\n}\n";
    const auto formatted = ladder::format(head +
                                          "promote A -> B when x >= 2 and  # strong enough\n"
                                          "    x <= 2  # why\n"
                                          "  # before the advisory\n"
                                          "  warn time_in_level < 6 months \"early\"  # on the advisory\n");
    REQUIRE(formatted.ok());
    // A comment inside the statement that is not at the end of its first or last line, nor
    // inside a condition, stands above it.
    CHECK(*formatted == head +
                            "# why\n"
                            "# before the advisory\n"
                            "promote A -> B when x >= 2 and  # strong enough\n"
                            "    x <= 2\n"
                            "  warn time_in_level < 6 months \"early\"  # on the advisory\n");
}

TEST_CASE("a comment inserted on its own line or at the end of any line of a shipped ladder survives formatting", "[text][format][data]") {
    const std::string marker = "# probe-comment";
    const auto occurrences = [](std::string_view text, std::string_view what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
        return n;
    };
    std::size_t variants = 0;
    for (const char* file : {"engineering.ladder", "five_axes.ladder", "product_company.ladder", "snowflake.ladder",
                             "calibration/big_search.ladder", "calibration/p_levels.ladder", "calibration/social_network.ladder",
                             "calibration/software_giant.ladder", "calibration/startup.ladder"}) {
        const std::string path = std::string(LADDER_DATA_DIR) + "/" + file;
        const auto text = ladder::read_file(path);
        REQUIRE(text.ok());
        const auto original = ladder::load(*text, path);
        REQUIRE(original.ok());
        REQUIRE(occurrences(*text, marker) == 0);
        std::vector<std::string> lines;
        for (std::size_t at = 0; at < text->size();) {
            const auto end = text->find('\n', at);
            lines.emplace_back(text->substr(at, end - at));
            at = end == std::string::npos ? text->size() : end + 1;
        }
        REQUIRE(lines.size() > 50);
        for (std::size_t i = 0; i <= lines.size(); ++i) {
            for (const bool own_line : {true, false}) {
                if (!own_line && i == lines.size()) continue;
                std::string probed;
                for (std::size_t k = 0; k != lines.size(); ++k) {
                    if (own_line && k == i) probed += marker + "\n";
                    probed += lines[k];
                    if (!own_line && k == i) probed += "  " + marker;
                    probed += '\n';
                }
                if (own_line && i == lines.size()) probed += marker + "\n";
                INFO(file << ", a comment " << (own_line ? "above line " : "at the end of line ") << i + 1);
                const auto formatted = ladder::format(probed, path);
                REQUIRE(formatted.ok());
                CHECK(occurrences(*formatted, marker) == 1);
                // What it means is unchanged, and formatting again changes nothing.
                const auto reread = ladder::load(*formatted, path);
                REQUIRE(reread.ok());
                CHECK(ladder::equal(*reread, *original));
                CHECK(ladder::format(*formatted, path).value() == *formatted);
                ++variants;
            }
        }
    }
    CHECK(variants > 2000);
}

TEST_CASE("the largest rank and the level after it print as they read", "[text][format][hostile]") {
    // The level after rank 2147483647 keeps that rank (a duplicate-rank error, not an overflow);
    // the printer knows it need not write it.
    const std::string text = "ladder \"T\"\ntrack t \"T\"\nlevel A \"A\" on t rank 2147483647 scope task\n"
                             "level B \"B\" on t scope task\n";
    const auto formatted = ladder::format(text);
    REQUIRE(formatted.ok());
    CHECK(*formatted == text);
}

TEST_CASE("the formatter refuses a text that does not read and gives its errors", "[text][format]") {
    const auto r = ladder::format("ladder \"T\"\nlevle A \"A\" on t\n", "bad.ladder");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics()[0].code == ladder::diagnostic_code::unknown_statement);
    CHECK(r.diagnostics()[0].source == "bad.ladder");
}
