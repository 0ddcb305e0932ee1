// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>

#include <cstddef>
#include <cstdint>

LADDER_BEGIN_NAMESPACE

/// The limits on a text the reader accepts. Each is a clean error naming the limit when
/// exceeded; none is a silent truncation.
struct text_limits {
    std::size_t max_input_bytes = 16u * 1024u * 1024u;  ///< input-too-large
    std::size_t max_line_bytes = 4096;                  ///< line-too-long
    std::size_t max_rows_per_table = 65535;             ///< too-many-items
    std::int64_t max_number = 999'999'999'999;          ///< number-too-large (ratings: rating's range)
    std::size_t max_errors = 50;                        ///< after this many errors, reading stops
};

LADDER_END_NAMESPACE
