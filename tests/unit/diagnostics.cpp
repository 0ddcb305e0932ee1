#include <ladder/ladder.hpp>

#include "catch.hpp"

#include <set>
#include <string>

TEST_CASE("edit distance counts single-character edits and ignores case", "[core][suggest]") {
    using ladder::detail::edit_distance;
    STATIC_REQUIRE(edit_distance("L6", "L6") == 0);
    STATIC_REQUIRE(edit_distance("mentorship", "mentorsihp") == 1);  // one transposition
    STATIC_REQUIRE(edit_distance("levle", "level") == 1);
    STATIC_REQUIRE(edit_distance("design", "Design") == 0);
    STATIC_REQUIRE(edit_distance("", "abc") == 3);
    STATIC_REQUIRE(edit_distance("kitten", "sitting") == 3);
    // Every ASCII letter matches its other case, and nothing else: written out, not computed.
    const std::string upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", lower = "abcdefghijklmnopqrstuvwxyz";
    CHECK(edit_distance(upper, lower) == 0);
    CHECK(edit_distance(lower, upper) == 0);
    CHECK(edit_distance("@[`{", "`{@[") == 4);  // the neighbours of the letter ranges fold to nothing
}

TEST_CASE("a suggestion is offered only for a likely typo", "[core][suggest]") {
    ladder::detail::suggestion_finder near("comunication");
    near.consider("communication");
    near.consider("delivery");
    CHECK(near.best() == "communication");

    ladder::detail::suggestion_finder far("payroll");
    far.consider("delivery");
    far.consider("design");
    CHECK(far.best().empty());
}

TEST_CASE("every diagnostic code has its own stable name", "[core][diagnostic]") {
    std::set<std::string_view> names;
    for (int code = 0; code != 1000; ++code) {
        const auto name = ladder::name_of(static_cast<ladder::diagnostic_code>(code));
        if (name != "unknown-code") CHECK(names.insert(name).second);
    }
    CHECK(names.size() == 73);
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(140)) == "unmapped-level");
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(408)) == "not-in-version");
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(407)) == "matrix-shape");
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(127)) == "misplaced-title");
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(126)) == "inconsistent-group");
    CHECK(ladder::name_of(static_cast<ladder::diagnostic_code>(310)) == "criterion-cycle");
    CHECK(static_cast<int>(ladder::diagnostic_code::no_expectation) == 308);
    CHECK(ladder::name_of(ladder::diagnostic_code::wrong_arity) == "wrong-arity");
    CHECK(ladder::name_of(ladder::diagnostic_code::duplicate_id) == "duplicate-id");
    CHECK(static_cast<int>(ladder::diagnostic_code::one_way_switch) == 110);
}

TEST_CASE("diagnostic lists count by severity and code", "[core][diagnostic]") {
    ladder::diagnostic_list list;
    CHECK(list.ok());
    ladder::diagnostic warning{};
    warning.code = ladder::diagnostic_code::one_way_switch;
    warning.severity = ladder::severity::warning;
    warning.subject = "L6";
    warning.other = "M1";
    list.add(warning);
    CHECK(list.ok());
    CHECK(list.warning_count() == 1);

    ladder::diagnostic error{};
    error.code = ladder::diagnostic_code::duplicate_id;
    error.about = ladder::entity::level;
    error.subject = "L5";
    error.where = {3, 7};
    list.add(error);
    CHECK_FALSE(list.ok());
    CHECK(list.error_count() == 1);
    CHECK(list.contains(ladder::diagnostic_code::duplicate_id));
    CHECK_FALSE(list.contains(ladder::diagnostic_code::no_levels));

    CHECK(list.to_string("acme.ladder") ==
          "acme.ladder: warning[one-way-switch]: the switch from 'L6' to 'M1' has no way back (a one-way door)\n"
          "acme.ladder:3:7: error[duplicate-id]: level 'L5' is declared more than once\n");
}

TEST_CASE("an unknown id reads with its did-you-mean", "[core][diagnostic]") {
    ladder::diagnostic d{};
    d.code = ladder::diagnostic_code::unknown_reference;
    d.about = ladder::entity::competency;
    d.subject = "mentorsihp";
    d.other = "L6";
    d.suggestion = "mentorship";
    CHECK(d.message() == "unknown competency 'mentorsihp', referred to by 'L6' (did you mean 'mentorship'?)");
}

TEST_CASE("result holds a value or the errors that prevented it", "[core][result]") {
    ladder::result<int> good(7);
    REQUIRE(good.ok());
    CHECK(*good == 7);
    CHECK(good.value() == 7);

    ladder::diagnostic_list errors;
    ladder::diagnostic d{};
    d.code = ladder::diagnostic_code::unknown_id;
    d.about = ladder::entity::level;
    d.subject = "L9";
    errors.add(d);
    ladder::result<int> bad(errors);
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(static_cast<bool>(bad));
    CHECK(bad.diagnostics().error_count() == 1);
#if LADDER_HAS_EXCEPTIONS
    try {
        (void)bad.value();
        FAIL("value() of a failed result must throw");
    } catch (const ladder::error& e) {
        CHECK(e.code() == ladder::diagnostic_code::unknown_id);
        CHECK(std::string(e.what()).find("no level has the id 'L9'") != std::string::npos);
    }
#endif
}

TEST_CASE("every code reads as a sentence with its placeholders filled", "[core][diagnostic]") {
    for (int value = 0; value != 1000; ++value) {
        const auto c = static_cast<ladder::diagnostic_code>(value);
        if (ladder::name_of(c) == "unknown-code") continue;
        for (std::int64_t variant = 0; variant != 4; ++variant) {
            ladder::diagnostic d{};
            d.code = c;
            d.about = ladder::entity::level;
            d.subject = "L6";
            d.other = "L5";
            d.actual = variant;
            d.expected = 9;
            const std::string text = d.message();
            INFO(ladder::name_of(c) << ": " << text);
            CHECK(text.find('{') == std::string::npos);
            CHECK(text.find("unknown diagnostic") == std::string::npos);
            // Model findings name what they are about; a text's byte-level findings need not, nor
            // does the order of a history's versions (it names their files and days).
            if (value < 200 && c != ladder::diagnostic_code::version_order) CHECK(text.find("'L6'") != std::string::npos);
        }
    }
}

TEST_CASE("messages carry the numbers they are about", "[core][diagnostic]") {
    ladder::diagnostic d{};
    d.code = ladder::diagnostic_code::decreasing_expectation;
    d.about = ladder::entity::level;
    d.subject = "L7";
    d.other = "L6";
    d.actual = 3;
    d.expected = 4;
    CHECK(d.message() == "level 'L7' expects 3, less than the level below it, 'L6' (4)");
    d.code = ladder::diagnostic_code::overlapping_bands;
    d.actual = 85;
    d.expected = 50;
    CHECK(d.message() == "level 'L7' overlaps the band of 'L6' by 85% of the lower band, more than the 50% the ladder allows");
}
