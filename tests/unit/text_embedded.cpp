#include <ladder/ladder.hpp>
#include <ladder_data/engineering.hpp>
#include <ladder_data/five_axes.hpp>
#include <ladder_data/product_company.hpp>
#include <ladder_data/snowflake.hpp>
#include <ladder_data/snowflake_read_while_compiling.hpp>

#include "catch.hpp"

#include <string>

// The shipped .ladder files, embedded with ladder_embed(): as tables written by the command,
// and snowflake.ladder also as text read by parse<>() while compiling (CHECK_WITH OFF).

TEST_CASE("parse<> reads the largest shipped ladder while compiling with default limits", "[text][embed]") {
    // docs/embedding.md states that parse<> holds ladders up to about 10 KB.
    STATIC_REQUIRE(sizeof ladder_data::snowflake_read_while_compiling_text > 10'000);
    STATIC_REQUIRE(ladder::validate(ladder_data::snowflake_read_while_compiling).empty());
    STATIC_REQUIRE(ladder::equal(ladder_data::snowflake_read_while_compiling, ladder_data::snowflake));
}

TEST_CASE("the shipped ladders read and validate at compile time", "[text][embed]") {
    STATIC_REQUIRE(ladder::validate(ladder_data::engineering).empty());
    STATIC_REQUIRE(ladder::validate(ladder_data::five_axes).empty());
    STATIC_REQUIRE(ladder::validate(ladder_data::product_company).empty());
    STATIC_REQUIRE(ladder::validate(ladder_data::snowflake).empty());
    STATIC_REQUIRE(ladder::equal(ladder_data::engineering, ladder::presets::engineering()));
    STATIC_REQUIRE(ladder_data::product_company.view()[ladder_data::product_company.level("E3")].career);
}

TEST_CASE("a compile-time ladder equals the same file loaded at runtime", "[text][embed]") {
    const auto check = [](const char* file, const ladder::ladder_view& at_compile_time) {
        const auto loaded = ladder::load_file(std::string(LADDER_DATA_DIR) + "/" + file);
        INFO(file << "\n" << loaded.diagnostics().to_string());
        REQUIRE(loaded.ok());
        CHECK(ladder::equal(*loaded, at_compile_time));
        // Same rows, same places: positions agree too.
        CHECK(loaded->view().levels().back().where == at_compile_time.levels().back().where);
    };
    check("engineering.ladder", ladder_data::engineering);
    check("five_axes.ladder", ladder_data::five_axes);
    check("product_company.ladder", ladder_data::product_company);
    check("snowflake.ladder", ladder_data::snowflake);
}
