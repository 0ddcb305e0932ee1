// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once

/// The umbrella header: every layer, in the order data flows (docs/architecture.md), but not
/// the optional integrations: <ladder/io/people_csv.hpp>, <ladder/io/matrix_csv.hpp>,
/// <ladder/render/all.hpp>, <ladder/catch2.hpp>.

// begin ladder/version.hpp

// The one source of the version: CMake reads these three lines.
#define LADDER_VERSION_MAJOR 0
#define LADDER_VERSION_MINOR 1
#define LADDER_VERSION_PATCH 0

#define LADDER_VERSION_CONCAT_(a, b, c) v##a##_##b##_##c
#define LADDER_VERSION_CONCAT(a, b, c) LADDER_VERSION_CONCAT_(a, b, c)

// Two copies of ladder in one program must not silently share symbols: every public name
// lives in an inline namespace named after the version, and mixing versions warns.
#if defined(LADDER_VERSION_SEEN) && LADDER_VERSION_SEEN != (LADDER_VERSION_MAJOR * 10000 + LADDER_VERSION_MINOR * 100 + LADDER_VERSION_PATCH)
#warning "two different versions of ladder are included in one translation unit"
#endif
#ifndef LADDER_VERSION_SEEN
#define LADDER_VERSION_SEEN (LADDER_VERSION_MAJOR * 10000 + LADDER_VERSION_MINOR * 100 + LADDER_VERSION_PATCH)
#endif
// end ladder/version.hpp
// core: the vocabulary
// begin ladder/core/config.hpp

// ladder/version.hpp (included above)

#if __cplusplus < 202002L && !defined(_MSVC_LANG)
#error "ladder needs C++20 (-std=c++20)"
#endif

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define LADDER_HAS_EXCEPTIONS 1
#else
#define LADDER_HAS_EXCEPTIONS 0
#endif

#define LADDER_ABI_NAMESPACE LADDER_VERSION_CONCAT(LADDER_VERSION_MAJOR, LADDER_VERSION_MINOR, LADDER_VERSION_PATCH)
#define LADDER_BEGIN_NAMESPACE \
    namespace ladder {         \
    inline namespace LADDER_ABI_NAMESPACE {
#define LADDER_END_NAMESPACE \
    }                        \
    }

#include <cstdint>

LADDER_BEGIN_NAMESPACE

/// Position of a row in one of a ladder's tables.
using index_t = std::uint32_t;
/// "No row": an unresolved or absent reference.
inline constexpr index_t no_index = static_cast<index_t>(-1);
/// A rating on a scale (a scale point's value).
using rating = std::int32_t;
/// The one value no rating holds, the least `rating`: what a cell stores where a competency was
/// not rated (model/person.hpp). No scale point may be it, and a person rated it is refused.
inline constexpr rating not_rated = INT32_MIN;

LADDER_END_NAMESPACE
// end ladder/core/config.hpp
// begin ladder/core/constexpr_vector.hpp

// The subset of std::vector the library needs, usable in constant expressions on every
// standard library in the matrix. libc++ 14 has no constexpr std::vector (it arrived in
// libc++ 15). Storage comes from new[]/delete[], which constant evaluation allows, rather
// than std::allocator: <memory> would add a tenth of a second to every includer's build.

// ladder/core/config.hpp (included above)

#include <cstddef>
#include <initializer_list>
#include <utility>

LADDER_BEGIN_NAMESPACE

/// A growable contiguous array usable in constant expressions (allocations made during
/// constant evaluation must be freed before it ends). A contiguous range: use it with
/// std::span, range-for, or copy it into a std::vector. T must be default-constructible and
/// move-assignable: spare capacity holds default-constructed elements.
template <class T>
class constexpr_vector {
public:
    using value_type = T;
    using size_type = std::size_t;
    using iterator = T*;
    using const_iterator = const T*;
    using reference = T&;
    using const_reference = const T&;

    constexpr constexpr_vector() noexcept = default;
    constexpr explicit constexpr_vector(size_type n) {
        reserve(n);
        size_ = n;
    }
    constexpr constexpr_vector(std::initializer_list<T> values) : constexpr_vector(values.begin(), values.end()) {}
    // No <iterator> here: it drags in the iostream machinery, a cost every includer would pay.
    template <class It>
    constexpr constexpr_vector(It first, It last) {
        for (; first != last; ++first) push_back(*first);
    }
    constexpr constexpr_vector(const constexpr_vector& other) : constexpr_vector(other.begin(), other.end()) {}
    constexpr constexpr_vector(constexpr_vector&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    constexpr constexpr_vector& operator=(const constexpr_vector& other) {
        if (this != &other) {
            constexpr_vector copy(other);
            swap(copy);
        }
        return *this;
    }
    constexpr constexpr_vector& operator=(constexpr_vector&& other) noexcept {
        constexpr_vector taken(std::move(other));
        swap(taken);
        return *this;
    }
    constexpr ~constexpr_vector() { release(); }

    constexpr void swap(constexpr_vector& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
    }

    constexpr void reserve(size_type n) {
        if (n <= capacity_) return;
        T* fresh = new T[n]{};
        for (size_type i = 0; i != size_; ++i) fresh[i] = std::move(data_[i]);
        delete[] data_;
        data_ = fresh;
        capacity_ = n;
    }

    // Straight into place when there is room (no temporary: copying an element twice costs
    // the rule compiler a fifth of its time); `value` may refer into this vector when it grows.
    constexpr void push_back(const T& value) {
        if (size_ == capacity_) {
            emplace_back(value);
            return;
        }
        data_[size_++] = value;
    }
    constexpr void push_back(T&& value) {
        if (size_ == capacity_) {
            emplace_back(std::move(value));
            return;
        }
        data_[size_++] = std::move(value);
    }
    template <class... Args>
    constexpr T& emplace_back(Args&&... args) {
        T value(std::forward<Args>(args)...);  // before growing: args may refer into this vector
        if (size_ == capacity_) grow();
        data_[size_] = std::move(value);
        return data_[size_++];
    }

    /// Inserts before `pos`; returns an iterator to the new element.
    constexpr iterator insert(const_iterator pos, T value) {
        const auto at = static_cast<size_type>(pos - data_);
        if (size_ == capacity_) grow();
        for (size_type i = size_; i > at; --i) data_[i] = std::move(data_[i - 1]);
        data_[at] = std::move(value);
        ++size_;
        return data_ + at;
    }

    /// Removed elements are reset to T{} at once, so what they held is released.
    constexpr void pop_back() { data_[--size_] = T{}; }
    constexpr void clear() {
        while (size_ != 0) pop_back();
    }

    [[nodiscard]] constexpr size_type size() const noexcept { return size_; }
    [[nodiscard]] constexpr size_type capacity() const noexcept { return capacity_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr T* data() noexcept { return data_; }
    [[nodiscard]] constexpr const T* data() const noexcept { return data_; }
    [[nodiscard]] constexpr T& operator[](size_type i) noexcept { return data_[i]; }
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept { return data_[i]; }
    [[nodiscard]] constexpr T& front() noexcept { return data_[0]; }
    [[nodiscard]] constexpr const T& front() const noexcept { return data_[0]; }
    [[nodiscard]] constexpr T& back() noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr iterator begin() noexcept { return data_; }
    [[nodiscard]] constexpr iterator end() noexcept { return data_ + size_; }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return data_ + size_; }

    friend constexpr bool operator==(const constexpr_vector& a, const constexpr_vector& b) {
        if (a.size_ != b.size_) return false;
        for (size_type i = 0; i != a.size_; ++i) {
            if (!(a.data_[i] == b.data_[i])) return false;
        }
        return true;
    }

private:
    constexpr void grow() { reserve(capacity_ == 0 ? 4 : capacity_ * 2); }
    constexpr void release() noexcept {
        delete[] data_;
        data_ = nullptr;
        size_ = 0;
        capacity_ = 0;
    }

    T* data_ = nullptr;
    size_type size_ = 0;
    size_type capacity_ = 0;
};

LADDER_END_NAMESPACE
// end ladder/core/constexpr_vector.hpp
// begin ladder/core/fixed_string.hpp

// ladder/core/config.hpp (included above)

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Text usable as a template argument: `parse<"...">()` and checked ids take one.
/// Views into it stay valid at runtime, since a template parameter object has static storage.
template <std::size_t N>
struct fixed_string {
    char data[N + 1]{};  // public: a structural type for use as a template argument

    constexpr fixed_string(const char (&text)[N + 1]) noexcept {
        for (std::size_t i = 0; i != N + 1; ++i) data[i] = text[i];
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return N; }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
    constexpr operator std::string_view() const noexcept { return view(); }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

LADDER_END_NAMESPACE
// end ladder/core/fixed_string.hpp
// begin ladder/core/diagnostic_code.hpp

// What a finding is: its severity, its stable code (numbered by the layer that finds it: 1xx a
// ladder's validation and people, 2xx reading text, 3xx rules, 4xx people from CSV), the kind of
// thing it is about, and their names.

// ladder/core/config.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// How bad a finding is. Only errors make a ladder unusable.
enum class severity : std::uint8_t { note, warning, error };

/// Stable diagnostic codes. The numbers never change meaning; new codes get new numbers.
enum class diagnostic_code : std::uint16_t {
    // lookups
    unknown_id = 1,
    // validation of a ladder
    duplicate_id = 100,
    unknown_reference = 101,
    duplicate_rank = 102,
    decreasing_expectation = 103,
    rating_off_scale = 104,
    inverted_band = 105,
    decreasing_band = 106,
    overlapping_bands = 107,
    inconsistent_equivalence = 108,
    archetype_without_level = 109,
    one_way_switch = 110,
    missing_expectation = 111,
    empty_scale = 112,
    unordered_scale = 113,
    duplicate_expectation = 114,
    promotion_not_upward = 115,
    step_back_not_downward = 116,
    switch_within_track = 117,
    switch_without_equivalence = 118,
    pay_policy_without_band = 119,
    mixed_band_currencies = 120,
    no_levels = 121,
    no_default_scale = 122,
    text_without_expectation = 123,
    duplicate_text = 124,
    partial_text = 125,
    inconsistent_group = 126,
    misplaced_title = 127,
    // people
    person_without_level = 130,
    wrong_attribute_type = 131,
    // versions of a ladder
    unmapped_level = 140,
    bad_map = 141,
    version_order = 142,
    // reading a text
    syntax_error = 200,
    unterminated_string = 201,
    invalid_character = 202,
    invalid_utf8 = 203,
    nul_byte = 204,
    number_too_large = 205,
    input_too_large = 206,
    line_too_long = 207,
    too_many_items = 208,
    missing_ladder_declaration = 209,
    unknown_statement = 210,
    not_supported_yet = 211,
    unterminated_block = 212,
    duplicate_clause = 213,
    duplicate_ladder_declaration = 214,
    cannot_read_file = 215,
    too_many_errors = 216,
    format_changed_meaning = 217,
    // rules
    unknown_name = 300,
    type_mismatch = 301,
    rule_too_deep = 302,
    rule_too_long = 303,
    nested_quantifier = 304,
    division_by_zero = 305,
    evaluation_budget_exceeded = 306,
    rule_cycle = 307,
    no_expectation = 308,
    wrong_arity = 309,
    criterion_cycle = 310,
    arithmetic_overflow = 311,
    // people from CSV
    csv_syntax = 400,
    ragged_row = 401,
    unknown_column = 402,
    missing_column = 403,
    duplicate_row = 404,
    conflicting_value = 405,
    bad_value = 406,
    // competency x level matrices from CSV
    matrix_shape = 407,
    // people of a ladder's history
    not_in_version = 408,
};

/// The kind of thing a diagnostic is about; it names the thing in messages.
enum class entity : std::uint8_t {
    ladder, scale, scale_point, category, competency, track, level, expectation,
    equivalence, archetype, transition, attribute, text, person, rule, group,
};

/// Stable short name of a code, e.g. "duplicate-id".
[[nodiscard]] constexpr std::string_view name_of(diagnostic_code code) noexcept {
    switch (code) {
        case diagnostic_code::unknown_id: return "unknown-id";
        case diagnostic_code::duplicate_id: return "duplicate-id";
        case diagnostic_code::unknown_reference: return "unknown-reference";
        case diagnostic_code::duplicate_rank: return "duplicate-rank";
        case diagnostic_code::decreasing_expectation: return "decreasing-expectation";
        case diagnostic_code::rating_off_scale: return "rating-off-scale";
        case diagnostic_code::inverted_band: return "inverted-band";
        case diagnostic_code::decreasing_band: return "decreasing-band";
        case diagnostic_code::overlapping_bands: return "overlapping-bands";
        case diagnostic_code::inconsistent_equivalence: return "inconsistent-equivalence";
        case diagnostic_code::archetype_without_level: return "archetype-without-level";
        case diagnostic_code::one_way_switch: return "one-way-switch";
        case diagnostic_code::missing_expectation: return "missing-expectation";
        case diagnostic_code::empty_scale: return "empty-scale";
        case diagnostic_code::unordered_scale: return "unordered-scale";
        case diagnostic_code::duplicate_expectation: return "duplicate-expectation";
        case diagnostic_code::promotion_not_upward: return "promotion-not-upward";
        case diagnostic_code::step_back_not_downward: return "step-back-not-downward";
        case diagnostic_code::switch_within_track: return "switch-within-track";
        case diagnostic_code::switch_without_equivalence: return "switch-without-equivalence";
        case diagnostic_code::pay_policy_without_band: return "pay-policy-without-band";
        case diagnostic_code::mixed_band_currencies: return "mixed-band-currencies";
        case diagnostic_code::no_levels: return "no-levels";
        case diagnostic_code::no_default_scale: return "no-default-scale";
        case diagnostic_code::text_without_expectation: return "text-without-expectation";
        case diagnostic_code::duplicate_text: return "duplicate-text";
        case diagnostic_code::partial_text: return "partial-text";
        case diagnostic_code::inconsistent_group: return "inconsistent-group";
        case diagnostic_code::misplaced_title: return "misplaced-title";
        case diagnostic_code::person_without_level: return "person-without-level";
        case diagnostic_code::wrong_attribute_type: return "wrong-attribute-type";
        case diagnostic_code::syntax_error: return "syntax-error";
        case diagnostic_code::unterminated_string: return "unterminated-string";
        case diagnostic_code::invalid_character: return "invalid-character";
        case diagnostic_code::invalid_utf8: return "invalid-utf8";
        case diagnostic_code::nul_byte: return "nul-byte";
        case diagnostic_code::number_too_large: return "number-too-large";
        case diagnostic_code::input_too_large: return "input-too-large";
        case diagnostic_code::line_too_long: return "line-too-long";
        case diagnostic_code::too_many_items: return "too-many-items";
        case diagnostic_code::missing_ladder_declaration: return "missing-ladder-declaration";
        case diagnostic_code::unknown_statement: return "unknown-statement";
        case diagnostic_code::not_supported_yet: return "not-supported-yet";
        case diagnostic_code::unterminated_block: return "unterminated-block";
        case diagnostic_code::duplicate_clause: return "duplicate-clause";
        case diagnostic_code::duplicate_ladder_declaration: return "duplicate-ladder-declaration";
        case diagnostic_code::cannot_read_file: return "cannot-read-file";
        case diagnostic_code::too_many_errors: return "too-many-errors";
        case diagnostic_code::format_changed_meaning: return "format-changed-meaning";
        case diagnostic_code::unknown_name: return "unknown-name";
        case diagnostic_code::type_mismatch: return "type-mismatch";
        case diagnostic_code::rule_too_deep: return "rule-too-deep";
        case diagnostic_code::rule_too_long: return "rule-too-long";
        case diagnostic_code::nested_quantifier: return "nested-quantifier";
        case diagnostic_code::division_by_zero: return "division-by-zero";
        case diagnostic_code::arithmetic_overflow: return "arithmetic-overflow";
        case diagnostic_code::evaluation_budget_exceeded: return "evaluation-budget-exceeded";
        case diagnostic_code::rule_cycle: return "rule-cycle";
        case diagnostic_code::no_expectation: return "no-expectation";
        case diagnostic_code::wrong_arity: return "wrong-arity";
        case diagnostic_code::criterion_cycle: return "criterion-cycle";
        case diagnostic_code::csv_syntax: return "csv-syntax";
        case diagnostic_code::ragged_row: return "ragged-row";
        case diagnostic_code::unknown_column: return "unknown-column";
        case diagnostic_code::missing_column: return "missing-column";
        case diagnostic_code::duplicate_row: return "duplicate-row";
        case diagnostic_code::conflicting_value: return "conflicting-value";
        case diagnostic_code::bad_value: return "bad-value";
        case diagnostic_code::matrix_shape: return "matrix-shape";
        case diagnostic_code::unmapped_level: return "unmapped-level";
        case diagnostic_code::bad_map: return "bad-map";
        case diagnostic_code::version_order: return "version-order";
        case diagnostic_code::not_in_version: return "not-in-version";
    }
    return "unknown-code";
}

[[nodiscard]] constexpr std::string_view name_of(ladder::severity s) noexcept {
    switch (s) {
        case severity::note: return "note";
        case severity::warning: return "warning";
        case severity::error: return "error";
    }
    return "error";
}

[[nodiscard]] constexpr std::string_view name_of(entity e) noexcept {
    switch (e) {
        case entity::ladder: return "ladder";
        case entity::scale: return "scale";
        case entity::scale_point: return "scale point";
        case entity::category: return "category";
        case entity::competency: return "competency";
        case entity::track: return "track";
        case entity::level: return "level";
        case entity::expectation: return "expectation";
        case entity::equivalence: return "equivalence";
        case entity::archetype: return "archetype";
        case entity::transition: return "transition";
        case entity::attribute: return "attribute";
        case entity::text: return "text";
        case entity::person: return "person";
        case entity::rule: return "rule";
        case entity::group: return "group";
    }
    return "item";
}

LADDER_END_NAMESPACE
// end ladder/core/diagnostic_code.hpp
// begin ladder/core/diagnostic.hpp

// One finding (diagnostic) and the findings of one check (diagnostic_list), usable in constant
// expressions. Their sentences and printing: diagnostic_text.hpp, included at the end.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic_code.hpp (included above)
// begin ladder/core/owned_strings.hpp

// Records view their strings (std::string_view), so that they work in constant expressions.
// A value that must outlive the text it was made from (a runtime ladder, a diagnostic list)
// copies every string into one buffer of its own and points the views there; after a copy of
// that value, the views are moved to the copy's buffer. A move keeps the buffer, and the views.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Copies every string `visit` reaches into one new buffer and points each at its copy.
/// `visit(f)` calls f(std::string_view&) on every string, in the same order each time.
template <class Visit>
constexpr constexpr_vector<char> own_strings(Visit&& visit) {
    std::size_t total = 0;
    visit([&](std::string_view& s) { total += s.size(); });
    constexpr_vector<char> buffer(total);
    std::size_t at = 0;
    visit([&](std::string_view& s) {
        for (std::size_t i = 0; i != s.size(); ++i) buffer[at + i] = s[i];
        s = std::string_view(buffer.data() + at, s.size());
        at += s.size();
    });
    return buffer;
}

/// After a buffer was copied from `from` to `to`: points every string `visit` reaches to the
/// same offset in the copy.
template <class Visit>
constexpr void rebase_strings(const char* from, const char* to, Visit&& visit) {
    if (from == to) return;
    visit([&](std::string_view& s) { s = std::string_view(to + (s.data() - from), s.size()); });
}

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/core/owned_strings.hpp
// begin ladder/core/sort.hpp

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)

#include <cstddef>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Sorts `items` by `less`, stably, in O(n log n): a bottom-up merge sort, usable in constant
/// expressions on every standard library in the matrix (libc++ 14's std::sort is not constexpr).
template <class T, class Less>
constexpr void stable_sort(constexpr_vector<T>& items, Less less) {
    const std::size_t n = items.size();
    constexpr_vector<T> scratch(n);
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = lo + width < n ? lo + width : n;
            const std::size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            std::size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) scratch[k++] = less(items[j], items[i]) ? items[j++] : items[i++];
            while (i < mid) scratch[k++] = items[i++];
            while (j < hi) scratch[k++] = items[j++];
        }
        items.swap(scratch);
    }
}

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/core/sort.hpp
// begin ladder/core/utf8.hpp

// ladder/core/config.hpp (included above)

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The length of a UTF-8 byte order mark at the start of a text (3), or 0: every reader of
/// text (.ladder files, CSV, the source lines diagnostics quote) skips it the same way.
[[nodiscard]] constexpr std::size_t utf8_bom_length(std::string_view text) noexcept {
    return text.size() >= 3 && text[0] == '\xEF' && text[1] == '\xBB' && text[2] == '\xBF' ? 3 : 0;
}

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid (overlong
/// forms, surrogates and code points past U+10FFFF are invalid).
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) { n = 2; cp = b0 & 0x1Fu; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; cp = b0 & 0x0Fu; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; cp = b0 & 0x07u; }
    else return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k != n; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/// The character at s[i] as a terminal would get it: its length in bytes (1 for a byte that is
/// not valid UTF-8), and whether it must be shown escaped: a control character (C0 but tab, DEL,
/// C1) or an invalid byte, any of which could move the cursor, clear the screen, colour the
/// terminal or start a line of its own.
[[nodiscard]] constexpr std::size_t shown_length(std::string_view s, std::size_t i, bool& escaped) noexcept {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        escaped = (b < 0x20 && b != '\t') || b == 0x7F;
        return 1;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
        escaped = true;
        return 1;
    }
    escaped = b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // U+0080 to U+009F
    return n;
}

/// Appends `s` with every character shown_length() calls escaped written as \xHH per byte.
inline void append_printable(std::string& out, std::string_view s) {
    constexpr char hex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < s.size();) {
        bool escaped = false;
        const std::size_t n = shown_length(s, i, escaped);
        if (escaped) {
            for (std::size_t k = i; k != i + n; ++k) {
                const auto b = static_cast<unsigned char>(s[k]);
                out += "\\x";
                out += hex[b >> 4];
                out += hex[b & 0xF];
            }
        } else {
            out.append(s.data() + i, n);
        }
        i += n;
    }
}

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/core/utf8.hpp

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A place in a source text; line 0 means "not from a text" (e.g. built in C++).
struct source_position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend constexpr bool operator==(const source_position&, const source_position&) = default;
};

/// One finding. Views point into the ladder (or text) it was found in: keep that alive, or
/// call message() while it is.
struct diagnostic {
    diagnostic_code code{};
    ladder::severity severity = severity::error;
    entity about = entity::ladder;
    std::string_view subject;     ///< id of the thing at fault (for unknown ids: the id)
    std::string_view other;       ///< a second id the finding involves (competency, level, referrer …)
    std::string_view suggestion;  ///< did-you-mean for an unknown id; empty if none
    std::int64_t actual = 0;      ///< a number the finding is about (meaning per code)
    std::int64_t expected = 0;    ///< the number it was checked against (meaning per code)
    source_position where{};
    std::string_view source;      ///< name of the text it was found in (a file name); empty if none
    std::string_view line_text;   ///< that text's line at `where`, to show the place (a long line: the part around it)
    std::uint32_t line_text_column = 1;  ///< the column line_text starts at (1 unless a long line is cut)

    /// A sentence a person can act on, e.g. "level 'L6' expects 'design' 3, less than 'L5' (4)".
    [[nodiscard]] std::string message() const;
};

namespace detail {
/// A diagnostic from its parts (designated initializers would make g++ 12 warn, under -Wextra,
/// about every member left to its default).
[[nodiscard]] constexpr diagnostic make_diagnostic(diagnostic_code code, severity sev, entity about,
                                                   std::string_view subject, std::string_view other = {},
                                                   source_position where = {}, std::int64_t actual = 0,
                                                   std::int64_t expected = 0, std::string_view suggestion = {}) {
    diagnostic d{};
    d.code = code;
    d.severity = sev;
    d.about = about;
    d.subject = subject;
    d.other = other;
    d.suggestion = suggestion;
    d.actual = actual;
    d.expected = expected;
    d.where = where;
    return d;
}

/// Calls f on every string a diagnostic views. (A namespace-scope template, not a member one:
/// clang 14 does not instantiate a member template of a non-template class in time for
/// constant evaluation.)
template <class F>
constexpr void for_each_string(diagnostic& d, F&& f) {
    f(d.subject), f(d.other), f(d.suggestion), f(d.source), f(d.line_text);
}
/// The same for the first `count` diagnostics of a list's items.
template <class F>
constexpr void for_each_string(constexpr_vector<diagnostic>& items, std::size_t count, F&& f) {
    for (std::size_t i = 0; i != count; ++i) for_each_string(items[i], f);
}

/// The part of a line shown with a finding: the whole line when it is short, else about
/// `line_window_bytes` around `column`, cut at character boundaries. Sets `first_column` to the
/// column the part starts at. Bounds what each finding costs to keep and to print, however long
/// the line (a file of NUL bytes is one line).
inline constexpr std::size_t line_window_bytes = 160;
[[nodiscard]] constexpr std::string_view line_window(std::string_view line, std::uint32_t column,
                                                     std::uint32_t& first_column) noexcept {
    first_column = 1;
    if (line.size() <= line_window_bytes) return line;
    const auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(line[i]) & 0xC0u) == 0x80u; };
    // The byte the column starts at, counting characters as the diagnostics do.
    std::size_t at = 0;
    for (std::uint32_t c = 1; at < line.size() && c < column; ++c) {
        ++at;
        while (at < line.size() && continuation(at)) ++at;
    }
    std::size_t begin = at > line_window_bytes / 2 ? at - line_window_bytes / 2 : 0;
    while (begin < at && continuation(begin)) ++begin;
    std::size_t end = begin + line_window_bytes < line.size() ? begin + line_window_bytes : line.size();
    while (end > at && end < line.size() && continuation(end)) --end;
    for (std::size_t i = 0; i != begin; ++i) first_column += continuation(i) ? 0 : 1;
    return line.substr(begin, end - begin);
}

/// The line that starts at byte `begin` of a text, without its line break (LF or CRLF).
[[nodiscard]] constexpr std::string_view line_from(std::string_view text, std::size_t begin) noexcept {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin && text[end - 1] == '\r') --end;
    return text.substr(begin, end - begin);
}

/// Line `number` (1-based) of a text, without its line break; empty past the end.
[[nodiscard]] constexpr std::string_view line_of_text(std::string_view text, std::uint32_t number) noexcept {
    std::size_t begin = utf8_bom_length(text);
    for (std::uint32_t line = 1; line < number; ++line) {
        const std::size_t newline = text.find('\n', begin);
        if (newline == std::string_view::npos) return {};
        begin = newline + 1;
    }
    return line_from(text, begin);
}
}  // namespace detail

/// The findings of one check, in the order found. Usable in constant expressions, so
/// `static_assert(validate(l).ok())` works.
class diagnostic_list {
public:
    constexpr diagnostic_list() = default;
    constexpr diagnostic_list(const diagnostic_list& other)
        : items_(other.items_), text_(other.text_), owned_(other.owned_), stopped_(other.stopped_) {
        detail::rebase_strings(other.text_.data(), text_.data(), [&](auto&& f) { detail::for_each_string(items_, owned_, f); });
    }
    constexpr diagnostic_list(diagnostic_list&&) noexcept = default;  // the text buffer moves with its views
    constexpr diagnostic_list& operator=(const diagnostic_list& other) {
        if (this != &other) *this = diagnostic_list(other);
        return *this;
    }
    constexpr diagnostic_list& operator=(diagnostic_list&&) noexcept = default;
    constexpr ~diagnostic_list() = default;

    constexpr void add(const diagnostic& d) { items_.push_back(d); }
    constexpr void append(const diagnostic_list& other) {
        for (const auto& d : other.items_) items_.push_back(d);
        if (!other.text_.empty()) own_strings();  // the other list's text may not live long
    }

    /// Adds `d` while fewer than `max_errors` errors are listed. At the limit, a reader should
    /// stop: the first finding refused is replaced by one too-many-errors finding at its place,
    /// and every later one is dropped (stopped() says so). Returns whether `d` was added.
    constexpr bool add_within(diagnostic d, std::size_t max_errors) {
        if (stopped_) return false;
        if (error_count() >= max_errors) {
            stop_at(d, max_errors);
            return false;
        }
        add(d);
        return true;
    }
    /// Reading stopped at `where` (source and line as `where`'s): one too-many-errors finding.
    constexpr void stop_at(const diagnostic& where, std::size_t max_errors) {
        if (stopped_) return;
        stopped_ = true;
        diagnostic d = detail::make_diagnostic(diagnostic_code::too_many_errors, severity::error, entity::text, {}, {},
                                               where.where, 0, static_cast<std::int64_t>(max_errors));
        d.source = where.source;
        d.line_text = where.line_text;
        d.line_text_column = where.line_text_column;
        add(d);
    }
    /// True once add_within() has reached its limit.
    [[nodiscard]] constexpr bool stopped() const noexcept { return stopped_; }

    /// Names the text the findings with a position were found in, and gives each its line,
    /// so that they print with a caret. Findings that already name a source keep it.
    constexpr void locate_in(std::string_view source_name, std::string_view text) {
        // In order of line, so that one pass over the text finds every line: linear in the text
        // and the findings together, however many there are.
        constexpr_vector<std::size_t> order;
        for (std::size_t i = 0; i != items_.size(); ++i) {
            if (items_[i].where.line != 0 && items_[i].source.empty()) order.push_back(i);
        }
        detail::stable_sort(order, [&](std::size_t a, std::size_t b) { return items_[a].where.line < items_[b].where.line; });
        std::uint32_t line = 1;
        std::size_t begin = detail::utf8_bom_length(text);
        for (const std::size_t i : order) {
            diagnostic& d = items_[i];
            while (line < d.where.line && begin <= text.size()) {
                const std::size_t newline = text.find('\n', begin);
                begin = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
                ++line;
            }
            d.source = source_name;
            if (begin > text.size()) continue;  // past the end: no line to show
            d.line_text = detail::line_window(detail::line_from(text, begin), d.where.column, d.line_text_column);
        }
    }

    /// Copies every string the findings view (ids, names, source lines) into this list, so that
    /// it stays meaningful after the ladder or text it was found in is gone.
    constexpr void own_strings() {
        owned_ = items_.size();
        text_ = detail::own_strings([&](auto&& f) { detail::for_each_string(items_, owned_, f); });  // a move keeps the views
    }

    /// True when nothing is an error (warnings and notes allowed).
    [[nodiscard]] constexpr bool ok() const noexcept { return error_count() == 0; }
    [[nodiscard]] constexpr std::size_t error_count() const noexcept { return count(severity::error); }
    [[nodiscard]] constexpr std::size_t warning_count() const noexcept { return count(severity::warning); }
    [[nodiscard]] constexpr std::size_t count(ladder::severity s) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.severity == s ? 1 : 0;
        return n;
    }
    /// Number of findings with this code.
    [[nodiscard]] constexpr std::size_t count(diagnostic_code c) const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.code == c ? 1 : 0;
        return n;
    }
    [[nodiscard]] constexpr bool contains(diagnostic_code c) const noexcept { return count(c) != 0; }

    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] constexpr const diagnostic& operator[](std::size_t i) const { return items_[i]; }
    [[nodiscard]] constexpr auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return items_.end(); }

    /// Every finding as `source:line:col: severity[code]: message`, then, for a finding in a
    /// text, its line and a caret under the column. `default_source` names findings that carry
    /// no source name of their own.
    /// At most `max_shown` findings, then a line saying how many more there are.
    [[nodiscard]] std::string to_string(std::string_view default_source = "<ladder>",
                                        std::size_t max_shown = static_cast<std::size_t>(-1)) const;

private:
    constexpr_vector<diagnostic> items_;
    constexpr_vector<char> text_;  ///< strings of the first `owned_` items, after own_strings()
    std::size_t owned_ = 0;
    bool stopped_ = false;  ///< add_within() reached its limit
};

LADDER_END_NAMESPACE

// The definitions of message() and to_string() declared above.
// begin ladder/core/diagnostic_text.hpp

// The sentence of each finding, and findings printed as `file:line:col: severity[code]:
// message`, the source line and a caret.

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The sentence for each code, with placeholders: {thing} is the kind and quoted subject,
/// {subject} and {other} quoted ids, {raw_subject} and {raw_other} unquoted text, {actual} and {expected}
/// numbers, {kind} the kind.
/// A did-you-mean is appended to any message whose diagnostic has a suggestion.
[[nodiscard]] constexpr std::string_view message_template(const diagnostic& d) noexcept {
    switch (d.code) {
        case diagnostic_code::unknown_id: return "no {kind} has the id {subject}";
        case diagnostic_code::unknown_reference:
            return d.other.empty() ? "unknown {kind} {subject}" : "unknown {kind} {subject}, referred to by {other}";
        case diagnostic_code::duplicate_id: return "{thing} is declared more than once";
        case diagnostic_code::duplicate_rank: return "{thing} has rank {actual}, the same as {other} on its track";
        case diagnostic_code::decreasing_expectation:
            return "{thing} expects {actual}, less than the level below it, {other} ({expected})";
        case diagnostic_code::rating_off_scale:
            return d.about == entity::person ? "{thing} is rated {actual} on {other}, which is not a point on its scale"
                                             : "{thing} expects {actual} of {other}, which is not a point on its scale";
        case diagnostic_code::inverted_band: return "{thing} has a pay band whose minimum {actual} is above its maximum {expected}";
        case diagnostic_code::decreasing_band: return "{thing} pays less than {other}, the level below it ({actual} < {expected})";
        case diagnostic_code::overlapping_bands:
            return "{thing} overlaps the band of {other} by {actual}% of the lower band, more than the {expected}% the ladder allows";
        case diagnostic_code::inconsistent_equivalence:
            switch (d.actual) {
                case 0: return "equivalence of level {subject} with {other} is inconsistent: the range's ends are on different tracks";
                case 1: return "equivalence of level {subject} with {other} is inconsistent: the range runs downwards";
                case 2: return "equivalence of level {subject} with {other} is inconsistent: the range is on the level's own track";
                default:
                    return "equivalence of level {subject} with {other} is inconsistent: a higher level maps to a lower range than a level below it";
            }
        case diagnostic_code::inconsistent_group:
            switch (d.actual) {
                case 0: return "{thing} runs from one track to another (to {other}): a group is a range of levels on one track";
                case 1: return "{thing} runs downwards: its lowest level {other} is above its highest";
                default: return "{thing} has the id of a level, so at({subject}) would name both";
            }
        case diagnostic_code::misplaced_title:
            return d.actual == 0 ? "{thing} gives a title for level {other}, where it does not apply"
                                 : "{thing} gives level {other} more than one title";
        case diagnostic_code::archetype_without_level: return "{thing} applies to no level";
        case diagnostic_code::one_way_switch: return "the switch from {subject} to {other} has no way back (a one-way door)";
        case diagnostic_code::missing_expectation: return "{thing} states no expectation for competency {other}";
        case diagnostic_code::empty_scale: return "{thing} has no points";
        case diagnostic_code::unordered_scale:
            return "point {other} ({actual}) of {thing} is not above the point before it ({expected})";
        case diagnostic_code::duplicate_expectation: return "{thing} states more than one expectation for {other}";
        case diagnostic_code::promotion_not_upward:
            return "the promotion from {subject} to {other} does not lead to a higher level of the same track";
        case diagnostic_code::step_back_not_downward: return "the step back from {subject} to {other} does not lead to a lower level";
        case diagnostic_code::switch_within_track:
            return "the switch from {subject} to {other} stays on one track (use a promotion or a step back)";
        case diagnostic_code::switch_without_equivalence:
            return "the switch from {subject} to {other} joins levels that no equivalence declares comparable";
        case diagnostic_code::pay_policy_without_band:
            return "the step back from {subject} to {other} sets pay by a band the target level does not have";
        case diagnostic_code::mixed_band_currencies:
            return "{thing} is paid in a different currency than {other}, so their bands cannot be compared";
        case diagnostic_code::no_levels: return "{thing} declares no level";
        case diagnostic_code::no_default_scale: return "competency {subject} names no scale and the ladder declares none";
        case diagnostic_code::text_without_expectation:
            return d.actual == 1 ? "{thing} gives a signal or an example for {other} before saying what it means (`means {raw_other} \"…\"`)"
                                 : "{thing} says what {other} means but states no expectation for it before (`expect {raw_other} N`)";
        case diagnostic_code::duplicate_text: return "{thing} says more than once what {other} means";
        case diagnostic_code::partial_text:
            return "{thing} says in words what it expects of other competencies but not of {other}";
        case diagnostic_code::person_without_level: return "{thing} has no level";
        case diagnostic_code::wrong_attribute_type: return "attribute {subject} takes {raw_other}";
        case diagnostic_code::syntax_error:
            return d.actual == 1 ? "expected {raw_other}, found the end of the text" : "expected {raw_other}, found {subject}";
        case diagnostic_code::unterminated_string: return "this string is not closed before the end of its line";
        case diagnostic_code::invalid_character:
            if (d.expected == 1) return "control character {subject} in a string";
            return d.actual >= 0x80 ? "non-ASCII character outside a string (byte {actual})" : "unexpected character {subject}";
        case diagnostic_code::invalid_utf8: return "invalid UTF-8 (byte {actual})";
        case diagnostic_code::nul_byte: return "NUL byte in the text";
        case diagnostic_code::number_too_large:
            return d.actual == 1 ? "number {subject} is too small: at least {expected}"
                                 : "number {subject} is too large: at most {expected}";
        case diagnostic_code::input_too_large: return "the text is at least {actual} bytes long, more than the limit of {expected}";
        case diagnostic_code::line_too_long: return "this line is {actual} bytes long, more than the limit of {expected}";
        case diagnostic_code::too_many_items: return "more than {expected} rows of {kind}: the limit of one table";
        case diagnostic_code::missing_ladder_declaration:
            return "the text has no ladder declaration: start it with `ladder \"Name\"`";
        case diagnostic_code::unknown_statement: return "unknown statement {subject}";
        case diagnostic_code::not_supported_yet:
            return "{subject} is not supported yet: rules, guards and tests arrive with the rules language";
        case diagnostic_code::unterminated_block: return "the block opened here is not closed with `}`";
        case diagnostic_code::duplicate_clause: return "{subject} is given more than once for {other}";
        case diagnostic_code::duplicate_ladder_declaration: return "the ladder is declared more than once";
        case diagnostic_code::cannot_read_file: return "cannot read the file {subject}";
        case diagnostic_code::format_changed_meaning:
            return "formatting would change what the text says, so nothing is formatted (a bug in ladder: please report it)";
        case diagnostic_code::too_many_errors: return "reading stopped after {expected} errors; the rest of the text is not checked";
        case diagnostic_code::unknown_name:
            return "{subject} is not a competency, scale point, attribute or rule of this ladder";
        case diagnostic_code::type_mismatch: return "expected {raw_other} here, found {raw_subject}";
        case diagnostic_code::rule_too_deep: return "the rule nests deeper than {expected} levels";
        case diagnostic_code::rule_too_long: return "the rule has more than {expected} parts";
        case diagnostic_code::nested_quantifier: return "a count, all, any or sum cannot stand inside another";
        case diagnostic_code::division_by_zero: return "division by zero in {subject}";
        case diagnostic_code::arithmetic_overflow: return "the result of {subject} does not fit in 64 bits";
        case diagnostic_code::evaluation_budget_exceeded: return "evaluating the rule took more than {expected} steps";
        case diagnostic_code::rule_cycle: return "rule {subject} uses itself (through {other})";
        case diagnostic_code::no_expectation: return "level {other} expects nothing of competency {subject}";
        case diagnostic_code::wrong_arity: return "rule {subject}: expected {expected} argument(s), given {actual}";
        case diagnostic_code::criterion_cycle: return "what level {subject} means depends on itself (through {other})";
        case diagnostic_code::csv_syntax: return "{raw_other}";
        case diagnostic_code::ragged_row: return "the row has {actual} fields; the header has {expected}";
        case diagnostic_code::unknown_column:
            return "column {subject} is none of person, name, level, archetype, months_in_level, tenure_months, cycle, "
                   "note, a competency, an attribute or exempt:<competency>";
        case diagnostic_code::missing_column: return "the header has no {subject} column";
        case diagnostic_code::duplicate_row: return "person {subject} has cycle {other} twice (first on line {expected})";
        case diagnostic_code::conflicting_value:
            return "person {subject} is given another {raw_other} here than on line {expected}";
        case diagnostic_code::bad_value: return "{subject} is not {raw_other}";
        case diagnostic_code::matrix_shape: return "{raw_other}";
        case diagnostic_code::unmapped_level:
            return "level {subject} of {raw_other} is not in the next version, and no `maps` line there says what it became";
        case diagnostic_code::bad_map: return "the `maps` line of {subject}: {raw_other}";
        case diagnostic_code::version_order: return "{raw_other}";
        case diagnostic_code::not_in_version:
            return "{subject} is not a competency of the version in force on {raw_other}";
    }
    return "unknown diagnostic";
}
}  // namespace detail

inline std::string diagnostic::message() const {
    const std::string_view pattern = detail::message_template(*this);
    std::string m;
    const auto quoted = [&m](std::string_view id) {
        m += '\'';
        m += id;
        m += '\'';
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            m += pattern[i];
            continue;
        }
        const std::string_view field = pattern.substr(i + 1, close - i - 1);
        if (field == "thing") {
            m += name_of(about);
            m += ' ';
            quoted(subject);
        } else if (field == "kind") {
            m += name_of(about);
        } else if (field == "raw_subject") {
            m += subject;
        } else if (field == "raw_other") {
            m += other;
        } else if (field == "subject") {
            quoted(subject);
        } else if (field == "other") {
            quoted(other);
        } else if (field == "actual") {
            m += std::to_string(actual);
        } else if (field == "expected") {
            m += std::to_string(expected);
        }
        i = close;
    }
    if (!suggestion.empty()) {
        m += " (did you mean ";
        quoted(suggestion);
        m += "?)";
    }
    return m;
}

inline std::string diagnostic_list::to_string(std::string_view default_source, std::size_t max_shown) const {
    std::string out;
    std::size_t shown = 0;
    for (const auto& d : items_) {
        if (shown == max_shown) {
            const std::size_t more = items_.size() - shown;
            out += "... and " + std::to_string(more) + (more == 1 ? " more finding\n" : " more findings\n");
            break;
        }
        ++shown;
        // Everything from a file is shown with its control characters escaped (detail::
        // append_printable): a finding cannot colour the terminal or forge a line of output.
        detail::append_printable(out, d.source.empty() ? default_source : d.source);
        if (d.where.line != 0) {
            out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
        }
        out += ": ";
        out += name_of(d.severity);
        out += '[';
        out += name_of(d.code);
        out += "]: ";
        detail::append_printable(out, d.message());
        out += '\n';
        if (d.where.line != 0 && !d.line_text.empty()) {
            const std::string number = std::to_string(d.where.line);
            // A long line shows only the part around the place, after "...".
            const bool cut = d.line_text_column > 1;
            out += ' ' + number + " | " + (cut ? "..." : "");
            detail::append_printable(out, d.line_text);
            out += '\n';
            out += std::string(number.size() + 1, ' ') + " | " + (cut ? "   " : "");
            // Columns count characters, not bytes (an escaped one takes the width of its
            // escape); tabs stay tabs, so the caret lines up however the terminal shows them.
            std::uint32_t column = d.line_text_column;
            for (std::size_t i = 0; i < d.line_text.size() && column < d.where.column; ++column) {
                bool escaped = false;
                const std::size_t n = detail::shown_length(d.line_text, i, escaped);
                if (escaped) out.append(4 * n, ' ');
                else out += d.line_text[i] == '\t' ? '\t' : ' ';
                i += n;
            }
            out += "^\n";
        }
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/core/diagnostic_text.hpp
// end ladder/core/diagnostic.hpp
// ladder/core/diagnostic_text.hpp (included above)
// ladder/core/owned_strings.hpp (included above)
// ladder/core/utf8.hpp (included above)
// ladder/core/sort.hpp (included above)
// begin ladder/core/result.hpp

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)

#include <optional>
#include <string>
#include <utility>

#if LADDER_HAS_EXCEPTIONS
#include <stdexcept>
#else
#include <cstdio>
#include <cstdlib>
#endif

LADDER_BEGIN_NAMESPACE

#if LADDER_HAS_EXCEPTIONS
/// Thrown by the throwing conveniences (result::value()). Carries the first error's code and
/// every finding as text, so it stays meaningful after the ladder or text is gone.
class error : public std::runtime_error {
public:
    explicit error(const diagnostic_list& found)
        : std::runtime_error(found.to_string()), code_(first_error_code(found)) {}
    [[nodiscard]] diagnostic_code code() const noexcept { return code_; }

private:
    static diagnostic_code first_error_code(const diagnostic_list& found) noexcept {
        for (const auto& d : found) {
            if (d.severity == severity::error) return d.code;
        }
        return found.empty() ? diagnostic_code{} : found[0].code;
    }
    diagnostic_code code_;
};
#endif

namespace detail {
/// Where the throwing conveniences end up. Without exceptions the findings are printed
/// before aborting, so the reason is never lost.
[[noreturn]] inline void fail_with(const diagnostic_list& found) {
#if LADDER_HAS_EXCEPTIONS
    throw error(found);
#else
    std::fputs(found.to_string().c_str(), stderr);
    std::abort();
#endif
}
}  // namespace detail

/// A value, or the errors that prevented it. Warnings may come with a value.
/// Works without exceptions: test ok(), then use operator* / operator->.
template <class T>
class [[nodiscard]] result {
public:
    /// Success, possibly with warnings or notes.
    constexpr result(T value, diagnostic_list findings = {})
        : value_(std::move(value)), findings_(std::move(findings)) {}
    /// Failure: `findings` should hold at least one error.
    constexpr result(diagnostic_list findings) : findings_(std::move(findings)) {}

    [[nodiscard]] constexpr bool ok() const noexcept { return value_.has_value(); }
    constexpr explicit operator bool() const noexcept { return ok(); }

    /// Unchecked access: only after ok().
    [[nodiscard]] constexpr T& operator*() & noexcept { return *value_; }
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return *value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &*value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &*value_; }

    /// Checked access: throws ladder::error (or prints and aborts without exceptions).
    [[nodiscard]] constexpr T& value() & {
        if (!ok()) detail::fail_with(findings_);
        return *value_;
    }
    [[nodiscard]] constexpr const T& value() const& {
        if (!ok()) detail::fail_with(findings_);
        return *value_;
    }
    [[nodiscard]] constexpr T value() && {
        if (!ok()) detail::fail_with(findings_);
        return std::move(*value_);
    }

    /// Errors on failure; warnings and notes either way.
    [[nodiscard]] constexpr const diagnostic_list& diagnostics() const noexcept { return findings_; }

private:
    std::optional<T> value_;
    diagnostic_list findings_;
};

namespace detail {
/// Gives findings in a text their source name and line, and makes them independent of it.
template <class T>
[[nodiscard]] result<T> settled(result<T> r, std::string_view source_name, std::string_view text) {
    diagnostic_list found = r.diagnostics();
    found.locate_in(source_name, text);
    found.own_strings();
    if (!r.ok()) return found;
    return result<T>(std::move(*r), std::move(found));
}
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/core/result.hpp
// begin ladder/core/suggest.hpp

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)

#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

[[nodiscard]] constexpr char fold_case(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Edit distance with adjacent transpositions (optimal string alignment), ignoring ASCII case:
/// `levle` is one edit from `level`, and ids differing only in case are a likely typo.
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t width = b.size() + 1;
    constexpr_vector<std::size_t> before(width), previous(width), current(width);
    for (std::size_t j = 0; j != width; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j != width; ++j) {
            const bool same = fold_case(a[i - 1]) == fold_case(b[j - 1]);
            std::size_t best = previous[j - 1] + (same ? 0 : 1);
            if (previous[j] + 1 < best) best = previous[j] + 1;
            if (current[j - 1] + 1 < best) best = current[j - 1] + 1;
            if (i > 1 && j > 1 && fold_case(a[i - 1]) == fold_case(b[j - 2]) &&
                fold_case(a[i - 2]) == fold_case(b[j - 1]) && before[j - 2] + 1 < best) {
                best = before[j - 2] + 1;
            }
            current[j] = best;
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

/// Collects the closest of several candidate ids to one that was not found.
class suggestion_finder {
public:
    constexpr explicit suggestion_finder(std::string_view wanted) noexcept : wanted_(wanted) {}

    constexpr void consider(std::string_view candidate) {
        const std::size_t d = edit_distance(wanted_, candidate);
        // Farther than a third of the word is a different word, not a typo.
        const std::size_t longest = wanted_.size() > candidate.size() ? wanted_.size() : candidate.size();
        const std::size_t limit = longest / 3 > 0 ? longest / 3 : 1;
        if (d <= limit && d < best_distance_) {
            best_distance_ = d;
            best_ = candidate;
        }
    }
    [[nodiscard]] constexpr std::string_view best() const noexcept { return best_; }

private:
    std::string_view wanted_;
    std::string_view best_;
    std::size_t best_distance_ = static_cast<std::size_t>(-1);
};

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/core/suggest.hpp
// model: the nouns
// begin ladder/model/records.hpp

// The nouns of a career framework as plain rows of flat tables. Rows refer to each other
// by index (a `reference` keeps the id it was written with, for messages and lookups).

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)

#include <cstdint>
#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// The common, ordered scale of a level's reach. It lets levels be compared across tracks
/// and across companies.
enum class scope : std::uint8_t { task, feature, team, multi_team, org, company, industry };

/// What kind of path a track is.
enum class track_kind : std::uint8_t { individual_contributor, management, other };

/// The ways a person moves between levels.
enum class transition_kind : std::uint8_t {
    promote,       ///< to a higher level of the same track
    switch_track,  ///< to an equivalent level of another track
    step_back,     ///< to a lower level
};

/// What happens to pay when a person steps back.
enum class pay_policy : std::uint8_t {
    keep,            ///< pay stays as it is
    top_of_band,     ///< the top of the target level's band
    midpoint,        ///< the middle of the target level's band
    bottom_of_band,  ///< the bottom of the target level's band
};

/// The type of a custom person attribute a ladder declares (e.g. `open_position : bool`).
enum class attribute_type : std::uint8_t { boolean, number, duration, text };

/// How loudly a ladder wants one of the optional checks reported.
enum class check_level : std::uint8_t { off, warning, error };

namespace detail {
// The words for each enumeration, in its order: the text format's keywords and names_of()'s.
inline constexpr std::string_view scope_names[] = {"task", "feature", "team", "multi_team", "org", "company", "industry"};
inline constexpr std::string_view track_kind_names[] = {"individual_contributor", "management", "other"};
inline constexpr std::string_view transition_kind_names[] = {"promote", "switch", "step_back"};
inline constexpr std::string_view pay_policy_names[] = {"keep", "top_of_band", "midpoint", "bottom_of_band"};
inline constexpr std::string_view check_level_names[] = {"off", "warning", "error"};
inline constexpr std::string_view attribute_type_names[] = {"bool", "number", "duration", "text"};
// A scope as a reader says it, for views and reports.
inline constexpr std::string_view scope_words[] = {"task", "feature", "team", "several teams", "organisation", "company", "industry"};
}  // namespace detail

/// A scope in words, for people rather than the format: "several teams", "organisation".
[[nodiscard]] constexpr std::string_view words_of(scope v) noexcept { return detail::scope_words[static_cast<int>(v)]; }

/// The word for a value, as the .ladder format writes it (e.g. "multi_team", "top_of_band").
[[nodiscard]] constexpr std::string_view name_of(scope v) noexcept { return detail::scope_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(track_kind v) noexcept { return detail::track_kind_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(transition_kind v) noexcept {
    return detail::transition_kind_names[static_cast<int>(v)];
}
[[nodiscard]] constexpr std::string_view name_of(pay_policy v) noexcept { return detail::pay_policy_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(check_level v) noexcept { return detail::check_level_names[static_cast<int>(v)]; }
[[nodiscard]] constexpr std::string_view name_of(attribute_type v) noexcept {
    return detail::attribute_type_names[static_cast<int>(v)];
}

/// A reference from one row to another: the id as written, and the row once resolved.
struct reference {
    std::string_view id;
    index_t index = no_index;
    [[nodiscard]] constexpr bool resolved() const noexcept { return index != no_index; }
    [[nodiscard]] constexpr bool empty() const noexcept { return id.empty(); }
    friend constexpr bool operator==(const reference&, const reference&) = default;
};

/// One point of a rating scale, e.g. `3 advanced "Advanced"`.
struct scale_point {
    rating value = 0;
    std::string_view id;
    std::string_view name;
    index_t scale = no_index;  ///< the scale this point belongs to
    source_position where{};
    friend constexpr bool operator==(const scale_point&, const scale_point&) = default;
};

/// An ordered rating scale; its points are rows [first_point, first_point + point_count).
struct scale {
    std::string_view id;
    std::string_view name;
    index_t first_point = 0;
    index_t point_count = 0;
    source_position where{};
    friend constexpr bool operator==(const scale&, const scale&) = default;
};

/// A group of competencies, e.g. craft, impact, people.
struct category {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    source_position where{};
    friend constexpr bool operator==(const category&, const category&) = default;
};

/// A skill or behaviour levels set expectations on.
struct competency {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    reference category;
    reference scale;  ///< empty id: the ladder's default scale
    source_position where{};
    friend constexpr bool operator==(const competency&, const competency&) = default;
};

/// A career path: individual contributor, management, tech lead, TPM …
struct track {
    std::string_view id;
    std::string_view name;
    track_kind kind = track_kind::individual_contributor;
    source_position where{};
    friend constexpr bool operator==(const track&, const track&) = default;
};

/// A pay range, in whole units of one currency.
struct pay_band {
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    std::string_view currency;
    friend constexpr bool operator==(const pay_band&, const pay_band&) = default;
};

/// What a note under an expectation's statement is.
enum class note_kind : std::uint8_t {
    signal,   ///< something one sees in a person who meets the expectation
    example,  ///< a piece of work that shows it
};

namespace detail {
inline constexpr std::string_view note_kind_names[] = {"signal", "example"};
}  // namespace detail

[[nodiscard]] constexpr std::string_view name_of(note_kind v) noexcept { return detail::note_kind_names[static_cast<int>(v)]; }

/// A minimum rating on one competency, and what it means in words at this level (`means design
/// "…" { signal "…" example "…" }`); its notes are rows [first_note, + note_count).
struct expectation {
    reference competency;
    rating minimum = 0;
    /// The scale point as written (`expect delivery expert`); empty when written as a number.
    /// Once resolved, `minimum` is that point's value.
    reference point;
    source_position where{};
    /// What is expected, in the level's (or the archetype's) own words; empty: none stated.
    std::string_view statement;
    index_t first_note = 0;
    index_t note_count = 0;
    source_position statement_at{};  ///< of the `means` statement
    friend constexpr bool operator==(const expectation&, const expectation&) = default;
};

/// A signal or an example under an expectation's statement.
struct expectation_note {
    note_kind kind = note_kind::signal;
    std::string_view text;
    source_position where{};
    friend constexpr bool operator==(const expectation_note&, const expectation_note&) = default;
};

/// A level on a track; its expectations are rows [first_expectation, + expectation_count).
struct level {
    std::string_view id;
    std::string_view title;
    reference track;
    std::int32_t rank = 0;  ///< position on its track; higher is more senior
    ladder::scope scope = scope::task;
    std::optional<pay_band> band;
    std::optional<std::int32_t> typical_months;  ///< usual time spent at this level
    bool career = false;  ///< staying at this level is a good outcome, not a failure
    index_t first_expectation = 0;
    index_t expectation_count = 0;
    source_position where{};
    /// `when …`: what being at this level means beyond its expectations (e.g. `points >= 43`);
    /// empty: the expectations alone. meets(this level) asks both.
    std::string_view criterion;
    source_position criterion_at{};
    friend constexpr bool operator==(const level&, const level&) = default;
};

/// `level ~ lowest..highest`: a level compares with a range of levels of another track.
struct equivalence {
    reference level;
    reference lowest;
    reference highest;
    source_position where{};
    friend constexpr bool operator==(const equivalence&, const equivalence&) = default;
};

/// `group senior "Senior and above" = L5..L8`: a named range of levels on one track, for rules
/// (`at(senior)`: the person's level is in it) and views.
struct level_group {
    std::string_view id;
    std::string_view name;
    reference lowest;
    reference highest;
    source_position where{};
    friend constexpr bool operator==(const level_group&, const level_group&) = default;
};

/// `title L6 "Group Lead"` in an archetype's block: what the level is called for a person of
/// that archetype (Snowflake's "Senior Engineer / Group Lead" on one points band).
struct level_title {
    index_t archetype = no_index;
    reference level;
    std::string_view title;
    source_position where{};
    friend constexpr bool operator==(const level_title&, const level_title&) = default;
};

/// A staff+ archetype (Tech Lead, Architect, Solver, Right Hand): from a level upward on its
/// track (up to `until` if given), with expectations overriding the level's.
struct archetype {
    std::string_view id;
    std::string_view name;
    reference from;
    reference until;  ///< empty id: up to the top of the track
    index_t first_expectation = 0;
    index_t expectation_count = 0;
    source_position where{};
    friend constexpr bool operator==(const archetype&, const archetype&) = default;
};

/// A move between two levels.
struct transition {
    transition_kind kind = transition_kind::promote;
    reference from;
    reference to;
    bool both_ways = false;  ///< a switch that also allows the way back
    pay_policy pay = pay_policy::keep;
    source_position where{};
    /// `when …`: the condition a person must meet to make the move; empty: meets(to).
    std::string_view guard;
    source_position guard_at{};
    friend constexpr bool operator==(const transition&, const transition&) = default;
};

/// `warn condition "message"` under a transition: an advisory clause. Its failure never changes
/// the verdict and always shows in the report (e.g. "usually a year or more at Senior").
struct advisory {
    index_t transition = no_index;
    std::string_view text;
    std::string_view message;
    source_position where{};
    source_position text_at{};
    friend constexpr bool operator==(const advisory&, const advisory&) = default;
};

/// What a line of a test's `person { … }` block states.
enum class fact_kind : std::uint8_t { level, archetype, time_in_level, tenure, attribute, exempt, rating };

/// How an attribute's value was written in a test, so it prints back the same.
enum class value_form : std::uint8_t { boolean, number, duration, text };

/// One fact about a test's person: `level L5`, `time_in_level 20 months`, `open_position true`,
/// `exempt mentorship "reason"`, or one rating `delivery 4` in cycle `cycle`.
struct test_fact {
    fact_kind kind = fact_kind::level;
    std::string_view id;     ///< level, archetype, attribute or competency id
    std::int64_t number = 0; ///< months, a number, a boolean (0/1), or a rating
    std::string_view text;   ///< a text value, an exemption's reason, or a rating's scale point id
    value_form form = value_form::number;
    std::string_view cycle;  ///< for a rating: the review cycle's id
    source_position where{};
    friend constexpr bool operator==(const test_fact&, const test_fact&) = default;
};

/// `expect promote L6 pass` (or `switch`, `step_back`), or `expect rule name fail`.
struct test_check {
    bool is_rule = false;
    transition_kind move = transition_kind::promote;
    std::string_view target;  ///< the level moved to, or the rule's name
    std::uint8_t expected = 0;  ///< a ladder::verdict: 0 pass, 1 fail, 2 unknown
    source_position where{};
    source_position target_at{};  ///< of the target's first character, to place a rule's errors
    friend constexpr bool operator==(const test_check&, const test_check&) = default;
};

/// `test "name" { person { … } expect … }`: a person and the outcomes the ladder must give.
/// Its facts and checks are rows [first_fact, + fact_count) and [first_check, + check_count).
struct ladder_test {
    std::string_view name;
    index_t first_fact = 0;
    index_t fact_count = 0;
    index_t first_check = 0;
    index_t check_count = 0;
    source_position where{};
    friend constexpr bool operator==(const ladder_test&, const ladder_test&) = default;
};

/// A fact about a person that the ladder declares and people's records supply, for rules to
/// use (e.g. `open_position : bool`).
struct attribute {
    std::string_view id;
    attribute_type type = attribute_type::boolean;
    source_position where{};
    friend constexpr bool operator==(const attribute&, const attribute&) = default;
};

/// `rule people_leader = count(c in people where c >= expert) >= 1`: a named condition that other
/// rules and guards use by name. The text is compiled against the ladder when it is built.
struct named_rule {
    std::string_view id;
    std::string_view text;
    std::string_view parameters;  ///< as written between the parentheses (`L, k`); empty: none
    source_position where{};  ///< of the statement
    source_position text_at{};  ///< of the text's first character, to place errors inside it
    friend constexpr bool operator==(const named_rule&, const named_rule&) = default;
};

/// `maps L5 -> E5` in a revision: what an id of the previous version is called now (docs/versions.md).
/// One row per new id: `maps L5 -> L5a, L5b` (a level split in two) is two rows, and two
/// statements mapping to one id (`maps L5 -> E5` and `maps L6 -> E5`) merge two levels. The
/// target is a level or a competency of this version; which, the ladder's build finds.
struct revision_map {
    std::string_view from;  ///< an id of the previous version
    reference to;           ///< a level's or a competency's id in this one
    bool competency = false;  ///< `to` names a competency (found when the ladder is built)
    source_position where{};
    friend constexpr bool operator==(const revision_map&, const revision_map&) = default;
};

/// Choices a ladder makes about how strictly it is checked.
struct ladder_policy {
    /// An expectation that is lower at a higher level of the same track.
    check_level decreasing_expectations = check_level::error;
    /// A level that states nothing about some competency.
    check_level missing_expectations = check_level::warning;
    /// Adjacent pay bands may overlap by this share of the lower band's width.
    std::int32_t max_band_overlap_percent = 50;
    friend constexpr bool operator==(const ladder_policy&, const ladder_policy&) = default;
};

/// What a ladder says about itself.
struct ladder_info {
    std::string_view name;
    std::string_view version;
    /// `effective 2026-07-01`: the day this version takes effect, as year * 10000 + month * 100 +
    /// day (20260701); 0 when the ladder does not say.
    std::int32_t effective = 0;
    reference default_scale;  ///< empty id: the first scale declared
    ladder_policy policy{};
    friend constexpr bool operator==(const ladder_info&, const ladder_info&) = default;
};

LADDER_END_NAMESPACE
// end ladder/model/records.hpp
// begin ladder/model/condition.hpp

// The compiled form of a condition: a flat array of typed nodes that refer to each other and to
// the ladder by index, never by pointer or string. Every entry point of the rules language
// lowers to this, and a ladder keeps its own conditions in this form (compiled once, when the
// ladder is built): it is data of the model, written by the rule compiler.

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// The type of a rule expression.
enum class value_type : std::uint8_t { boolean, number, duration };

[[nodiscard]] constexpr std::string_view name_of(value_type t) noexcept {
    switch (t) {
        case value_type::boolean: return "a condition";
        case value_type::number: return "a number";
        case value_type::duration: return "a duration";
    }
    return "a value";
}

enum class node_kind : std::uint8_t {
    constant,       ///< `value`
    rating,         ///< the rating of competency `a` in the cycle being looked at
    bound_rating,   ///< the rating of the competency a quantifier is visiting
    attribute,      ///< the person's value of attribute `a`
    time_in_level,  ///< months in the current level
    tenure,         ///< months at the company
    negate, logical_not,
    add, subtract, multiply, divide,
    less, less_equal, greater, greater_equal, equal, not_equal,
    logical_and, logical_or,
    meets,          ///< meets every expectation of level `a` (as archetype `b`, or no_index)
    gap,            ///< the total shortfall against level `a`'s expectations (as archetype `b`)
    count, all, any, sum,  ///< over the competencies of category `a` (no_index: all); body `left`
    in_cycles,      ///< `left` holds in at least `a` of the last `b` cycles
    trend,          ///< `left` in the latest cycle minus `left` `a` - 1 cycles before
    at_level,       ///< the person's level is on the track of levels `a`..`b` and between them (`at(L5)`, `at(senior)`)
};

/// One node. Children are indices of earlier nodes, so the array is in evaluation order, and a
/// node's subtree is the contiguous range [first, its own index].
struct rule_node {
    node_kind kind = node_kind::constant;
    value_type type = value_type::boolean;
    index_t left = no_index;
    index_t right = no_index;
    index_t a = no_index;
    index_t b = no_index;
    std::int64_t value = 0;
    index_t first = 0;          ///< the first node of this node's subtree
    index_t context = no_index; ///< the nearest enclosing in_cycles or quantifier node
    /// The `and`/`or` node whose right operand starts here (for its context): a verdict-only
    /// evaluation skips that operand when the left one decides.
    index_t right_of = no_index;
    std::uint32_t begin = 0;  ///< the node's text: [begin, end) in the rule's text
    std::uint32_t end = 0;
    source_position where{};
    friend constexpr bool operator==(const rule_node&, const rule_node&) = default;
};

/// A node from its parts (positional aggregate initialisation would make g++ warn, under
/// -Wextra, about each member left to its default).
[[nodiscard]] constexpr rule_node make_node(node_kind kind, value_type type, index_t left = no_index,
                                            index_t right = no_index) noexcept {
    rule_node n{};
    n.kind = kind;
    n.type = type;
    n.left = left;
    n.right = right;
    return n;
}

/// True for the nodes that evaluate their subtree in another setting (another cycle, or once
/// per competency).
[[nodiscard]] constexpr bool sets_context(node_kind k) noexcept {
    return k == node_kind::in_cycles || k == node_kind::trend || k == node_kind::count || k == node_kind::all || k == node_kind::any ||
           k == node_kind::sum;
}

/// One condition a ladder states, compiled when the ladder was built. Its nodes are rows
/// [first_node, + node_count) of the ladder's condition nodes (indices inside are relative to
/// first_node); its text, chars [first_char, + text_size) of the ladder's condition text: its
/// own text (own_length chars), then that of each named rule and level criterion it uses.
struct compiled_condition {
    index_t first_node = 0;
    index_t node_count = 0;  ///< 0: there is no such condition (a move without `when` …)
    index_t root = no_index;
    index_t first_char = 0;
    index_t text_size = 0;
    index_t own_length = 0;
    [[nodiscard]] constexpr bool empty() const noexcept { return node_count == 0; }
    friend constexpr bool operator==(const compiled_condition&, const compiled_condition&) = default;
};

/// The words of the rules language; none can name a rule's parameter.
[[nodiscard]] constexpr bool is_rule_word(std::string_view w) noexcept {
    constexpr std::string_view words[] = {"and",   "or",    "not",    "in",    "at",     "least", "of",      "last",
                                          "cycle", "cycles", "where", "over",  "as",     "true",  "false",   "meets",
                                          "gap",   "expected", "trend", "count", "all",   "any",   "sum",     "competencies",
                                          "month", "months", "year",  "years", "time_in_level", "tenure"};
    for (std::string_view k : words) {
        if (k == w) return true;
    }
    return false;
}

/// The names in a named rule's parameter list as written (`"L, k"`): split at commas, blanks
/// around each trimmed. An empty list has none.
class parameter_names {
public:
    constexpr explicit parameter_names(std::string_view list) noexcept : list_(list) {}

    class iterator {
    public:
        constexpr iterator() = default;
        constexpr explicit iterator(std::string_view rest) noexcept : rest_(rest), done_(false) { step(); }
        [[nodiscard]] constexpr std::string_view operator*() const noexcept { return name_; }
        constexpr iterator& operator++() noexcept {
            step();
            return *this;
        }
        [[nodiscard]] constexpr bool operator==(const iterator& o) const noexcept { return done_ == o.done_ && done_; }

    private:
        static constexpr bool blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
        constexpr void step() noexcept {
            std::size_t i = 0;
            while (i < rest_.size() && blank(rest_[i])) ++i;
            if (i == rest_.size()) {
                done_ = true;
                return;
            }
            std::size_t j = i;
            while (j < rest_.size() && rest_[j] != ',') ++j;
            std::size_t k = j;
            while (k > i && blank(rest_[k - 1])) --k;
            name_ = rest_.substr(i, k - i);
            rest_ = j < rest_.size() ? rest_.substr(j + 1) : std::string_view{};
        }
        std::string_view rest_;
        std::string_view name_;
        bool done_ = true;
    };

    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(list_); }
    [[nodiscard]] constexpr iterator end() const noexcept { return {}; }

private:
    std::string_view list_;
};

LADDER_END_NAMESPACE
// end ladder/model/condition.hpp
// begin ladder/model/tables.hpp

// One definition of a ladder's tables, instantiated with two storages: constexpr_vector (builder,
// runtime ladder) and std::array sized by the data (compile-time ladder).

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/model/records.hpp (included above)

#include <array>
#include <cstddef>

LADDER_BEGIN_NAMESPACE

/// Row counts of every table of a ladder; the shape of a compile-time ladder.
struct table_sizes {
    std::size_t scales = 0;
    std::size_t scale_points = 0;
    std::size_t categories = 0;
    std::size_t competencies = 0;
    std::size_t tracks = 0;
    std::size_t levels = 0;
    std::size_t expectations = 0;
    std::size_t notes = 0;
    std::size_t equivalences = 0;
    std::size_t groups = 0;
    std::size_t archetypes = 0;
    std::size_t titles = 0;
    std::size_t transitions = 0;
    std::size_t attributes = 0;
    std::size_t rules = 0;
    std::size_t advisories = 0;
    std::size_t tests = 0;
    std::size_t test_facts = 0;
    std::size_t test_checks = 0;
    std::size_t maps = 0;
    std::size_t conditions = 0;
    std::size_t condition_nodes = 0;
    std::size_t condition_text = 0;
    friend constexpr bool operator==(const table_sizes&, const table_sizes&) = default;
};

namespace detail {

template <class T, std::size_t N>
using array_table = std::array<T, N>;
template <class T, std::size_t>
using vector_table = constexpr_vector<T>;

template <template <class, std::size_t> class Table, table_sizes S = table_sizes{}>
struct tables {
    ladder_info info{};
    Table<ladder::scale, S.scales> scales{};
    Table<ladder::scale_point, S.scale_points> scale_points{};
    Table<ladder::category, S.categories> categories{};
    Table<ladder::competency, S.competencies> competencies{};
    Table<ladder::track, S.tracks> tracks{};
    Table<ladder::level, S.levels> levels{};
    Table<ladder::expectation, S.expectations> expectations{};
    Table<ladder::expectation_note, S.notes> notes{};
    Table<ladder::equivalence, S.equivalences> equivalences{};
    Table<ladder::level_group, S.groups> groups{};
    Table<ladder::archetype, S.archetypes> archetypes{};
    Table<ladder::level_title, S.titles> titles{};
    Table<ladder::transition, S.transitions> transitions{};
    Table<ladder::attribute, S.attributes> attributes{};
    Table<ladder::named_rule, S.rules> rules{};
    Table<ladder::advisory, S.advisories> advisories{};
    Table<ladder::ladder_test, S.tests> tests{};
    Table<ladder::test_fact, S.test_facts> test_facts{};
    Table<ladder::test_check, S.test_checks> test_checks{};
    Table<ladder::revision_map, S.maps> maps{};
    // Derived when the ladder is built (build/conditions.hpp): every condition it states, compiled.
    Table<compiled_condition, S.conditions> conditions{};
    Table<rule_node, S.condition_nodes> condition_nodes{};
    Table<char, S.condition_text> condition_text{};

    /// Calls f(table) for every table, in declaration order.
    template <class F>
    constexpr void for_each_table(F&& f) {
        f(scales), f(scale_points), f(categories), f(competencies), f(tracks);
        f(levels), f(expectations), f(notes), f(equivalences), f(groups), f(archetypes), f(titles), f(transitions), f(attributes), f(rules), f(advisories), f(tests), f(test_facts),
            f(test_checks), f(maps);
        f(conditions), f(condition_nodes), f(condition_text);
    }

    /// Calls f(this table, the same table of `other`) for every table, in declaration order.
    template <class Other, class F>
    constexpr void for_each_table_with(Other& other, F&& f) {
        f(scales, other.scales), f(scale_points, other.scale_points), f(categories, other.categories);
        f(competencies, other.competencies), f(tracks, other.tracks), f(levels, other.levels);
        f(expectations, other.expectations), f(notes, other.notes), f(equivalences, other.equivalences);
        f(groups, other.groups), f(archetypes, other.archetypes), f(titles, other.titles);
        f(transitions, other.transitions), f(attributes, other.attributes), f(rules, other.rules);
        f(advisories, other.advisories), f(tests, other.tests), f(test_facts, other.test_facts);
        f(test_checks, other.test_checks), f(maps, other.maps);
        f(conditions, other.conditions), f(condition_nodes, other.condition_nodes), f(condition_text, other.condition_text);
    }

    [[nodiscard]] constexpr table_sizes sizes() const noexcept {
        return {scales.size(),  scale_points.size(), categories.size(),   competencies.size(),
                tracks.size(),  levels.size(),       expectations.size(), notes.size(), equivalences.size(),
                groups.size(), archetypes.size(), titles.size(), transitions.size(), attributes.size(), rules.size(), advisories.size(), tests.size(), test_facts.size(), test_checks.size(), maps.size(),
                conditions.size(), condition_nodes.size(), condition_text.size()};
    }
};

using growing_tables = tables<vector_table>;

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/model/tables.hpp
// begin ladder/model/handles.hpp

// ladder/core/config.hpp (included above)
// ladder/model/records.hpp (included above)

LADDER_BEGIN_NAMESPACE

namespace detail {
struct handle_access;
}

/// A typed row index into a ladder. Only a checked lookup makes one (find_level(),
/// or a compile-time ladder's level("L6")), so holding one means the row exists.
template <class Record>
class handle {
public:
    using record_type = Record;
    [[nodiscard]] constexpr index_t index() const noexcept { return index_; }
    friend constexpr bool operator==(handle, handle) = default;

private:
    friend struct detail::handle_access;
    constexpr explicit handle(index_t i) noexcept : index_(i) {}
    index_t index_;
};

using scale_ref = handle<scale>;
using category_ref = handle<category>;
using competency_ref = handle<competency>;
using track_ref = handle<track>;
using level_ref = handle<level>;
using archetype_ref = handle<archetype>;
using group_ref = handle<level_group>;

namespace detail {
/// The one door through which the library's lookups make handles.
struct handle_access {
    template <class Record>
    [[nodiscard]] static constexpr handle<Record> make(index_t i) noexcept {
        return handle<Record>(i);
    }
};
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/model/handles.hpp
// begin ladder/model/view.hpp

// ladder/core/config.hpp (included above)
// begin ladder/core/row_span.hpp

// ladder/core/config.hpp (included above)

#include <cstddef>
#include <span>  // also declares std::ranges::enable_view and enable_borrowed_range, which <ranges> names
#include <type_traits>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Not constexpr on purpose: a row_span reaching past its rows in a constant expression calls
/// it, and the build stops with this name in its message.
inline void row_span_reaches_past_its_rows() noexcept {}
}  // namespace detail

/// The rows of one table, read-only: what `ladder_view` hands out for each of its tables. It reads
/// as a `std::span<const T>` does (iterators are plain pointers; `size`, `[]`, `subspan`, `first`,
/// `last`, range-for; a contiguous, borrowed view to std::ranges) and converts to one wherever
/// one is asked for.
///
/// Why not `std::span` itself: making a `std::span<const T>` costs the compiler a check of
/// `contiguous_iterator<const T*>` for each `T` (about 7 ms each on clang++ 14 with libstdc++ 12),
/// and a view of 22 tables paid it 22 times in every translation unit that made one. A row_span
/// is two words with nothing to check; a translation unit pays for a `std::span` only for the
/// tables it converts.
template <class T>
class row_span {
public:
    using element_type = const T;
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;
    using iterator = const T*;

    constexpr row_span() noexcept = default;
    /// The `count` rows from `first`.
    constexpr row_span(const T* first, size_type count) noexcept : first_(first), count_(count) {}

    [[nodiscard]] constexpr const T* begin() const noexcept { return first_; }
    [[nodiscard]] constexpr const T* end() const noexcept { return first_ + count_; }
    [[nodiscard]] constexpr const T* data() const noexcept { return first_; }
    [[nodiscard]] constexpr size_type size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }

    /// Row `i`; `i < size()`. Reading past the rows (past this slice, even where the table goes
    /// on) does not compile in a constant expression; at run time it is not checked, as for
    /// `std::span`.
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept {
        expect(i < count_);
        return first_[i];
    }
    [[nodiscard]] constexpr const T& front() const noexcept { return (*this)[0]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return (*this)[count_ - 1]; }

    /// The first `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span first(size_type n) const noexcept {
        expect(n <= count_);
        return {first_, n};
    }
    /// The last `n` rows; `n <= size()`.
    [[nodiscard]] constexpr row_span last(size_type n) const noexcept {
        expect(n <= count_);
        return {first_ + (count_ - n), n};
    }
    /// `count` rows from row `offset` (to the end without `count`); `offset <= size()` and
    /// `count <= size() - offset`.
    [[nodiscard]] constexpr row_span subspan(size_type offset, size_type count = std::dynamic_extent) const noexcept {
        expect(offset <= count_ && (count == std::dynamic_extent || count <= count_ - offset));
        return {first_ + offset, count == std::dynamic_extent ? count_ - offset : count};
    }

    /// The same rows as a `std::span`, for code that takes one.
    constexpr operator std::span<const T>() const noexcept { return {first_, count_}; }  // NOLINT: implicit, as a span is

private:
    static constexpr void expect(bool within) noexcept {
        if (std::is_constant_evaluated() && !within) detail::row_span_reaches_past_its_rows();
    }

    const T* first_ = nullptr;
    size_type count_ = 0;
};

LADDER_END_NAMESPACE

/// A row_span refers to rows it does not own, as `std::span` does: iterators taken from a
/// temporary one stay valid, and it is a view (cheap to copy). <span> declares both variables in
/// libstdc++ and libc++ (std::span is a borrowed view itself), so this header need not pay for
/// <ranges>.
namespace std::ranges {
template <class T>
inline constexpr bool enable_borrowed_range<::ladder::row_span<T>> = true;
template <class T>
inline constexpr bool enable_view<::ladder::row_span<T>> = true;
}  // namespace std::ranges
// end ladder/core/row_span.hpp
// ladder/model/handles.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/tables.hpp (included above)

#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A read-only view of a ladder's tables. Every algorithm is written once over it; the
/// compile-time and the runtime ladder both convert to it. Cheap to copy; it does not own.
class ladder_view {
public:
    constexpr ladder_view() = default;

    template <template <class, std::size_t> class Table, table_sizes S>
    constexpr explicit ladder_view(const detail::tables<Table, S>& t) noexcept
        : info_(&t.info),
          scales_(t.scales.data(), t.scales.size()),
          scale_points_(t.scale_points.data(), t.scale_points.size()),
          categories_(t.categories.data(), t.categories.size()),
          competencies_(t.competencies.data(), t.competencies.size()),
          tracks_(t.tracks.data(), t.tracks.size()),
          levels_(t.levels.data(), t.levels.size()),
          expectations_(t.expectations.data(), t.expectations.size()),
          notes_(t.notes.data(), t.notes.size()),
          equivalences_(t.equivalences.data(), t.equivalences.size()),
          groups_(t.groups.data(), t.groups.size()),
          titles_(t.titles.data(), t.titles.size()),
          archetypes_(t.archetypes.data(), t.archetypes.size()),
          transitions_(t.transitions.data(), t.transitions.size()),
          attributes_(t.attributes.data(), t.attributes.size()),
          rules_(t.rules.data(), t.rules.size()),
          advisories_(t.advisories.data(), t.advisories.size()),
          tests_(t.tests.data(), t.tests.size()),
          test_facts_(t.test_facts.data(), t.test_facts.size()),
          test_checks_(t.test_checks.data(), t.test_checks.size()),
          maps_(t.maps.data(), t.maps.size()),
          conditions_(t.conditions.data(), t.conditions.size()),
          condition_nodes_(t.condition_nodes.data(), t.condition_nodes.size()),
          condition_text_(t.condition_text.data(), t.condition_text.size()) {}

    [[nodiscard]] constexpr std::string_view name() const noexcept { return info_ ? info_->name : std::string_view{}; }
    [[nodiscard]] constexpr std::string_view version() const noexcept { return info_ ? info_->version : std::string_view{}; }
    /// The day this version takes effect (20260701 for 2026-07-01); 0 when not stated.
    [[nodiscard]] constexpr std::int32_t effective() const noexcept { return info().effective; }
    [[nodiscard]] constexpr const ladder_policy& policy() const noexcept { return info().policy; }
    [[nodiscard]] constexpr const ladder_info& info() const noexcept { return info_ ? *info_ : empty_info_; }

    [[nodiscard]] constexpr row_span<ladder::scale> scales() const noexcept { return scales_; }
    [[nodiscard]] constexpr row_span<ladder::scale_point> scale_points() const noexcept { return scale_points_; }
    [[nodiscard]] constexpr row_span<ladder::category> categories() const noexcept { return categories_; }
    [[nodiscard]] constexpr row_span<ladder::competency> competencies() const noexcept { return competencies_; }
    [[nodiscard]] constexpr row_span<ladder::track> tracks() const noexcept { return tracks_; }
    [[nodiscard]] constexpr row_span<ladder::level> levels() const noexcept { return levels_; }
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations() const noexcept { return expectations_; }
    [[nodiscard]] constexpr row_span<ladder::expectation_note> notes() const noexcept { return notes_; }
    [[nodiscard]] constexpr row_span<ladder::equivalence> equivalences() const noexcept { return equivalences_; }
    [[nodiscard]] constexpr row_span<ladder::level_group> groups() const noexcept { return groups_; }
    /// Archetypes' own titles for levels (`title L6 "Group Lead"` in an archetype's block).
    [[nodiscard]] constexpr row_span<ladder::level_title> titles() const noexcept { return titles_; }
    [[nodiscard]] constexpr row_span<ladder::archetype> archetypes() const noexcept { return archetypes_; }
    [[nodiscard]] constexpr row_span<ladder::transition> transitions() const noexcept { return transitions_; }
    [[nodiscard]] constexpr row_span<ladder::attribute> attributes() const noexcept { return attributes_; }
    [[nodiscard]] constexpr row_span<ladder::named_rule> rules() const noexcept { return rules_; }
    [[nodiscard]] constexpr row_span<ladder::advisory> advisories() const noexcept { return advisories_; }
    [[nodiscard]] constexpr row_span<ladder::ladder_test> tests() const noexcept { return tests_; }
    [[nodiscard]] constexpr row_span<ladder::test_fact> test_facts() const noexcept { return test_facts_; }
    [[nodiscard]] constexpr row_span<ladder::test_check> test_checks() const noexcept { return test_checks_; }
    /// What each id of the previous version is called in this one (`maps L5 -> E5`), a row per new id.
    [[nodiscard]] constexpr row_span<ladder::revision_map> maps() const noexcept { return maps_; }

    /// Every condition the ladder states, compiled when it was built, in the order
    /// meets_condition(), guard_condition(), advisory_condition(), rule_condition(),
    /// check_condition() give them; empty in a builder's view.
    [[nodiscard]] constexpr row_span<compiled_condition> conditions() const noexcept { return conditions_; }
    [[nodiscard]] constexpr row_span<rule_node> condition_nodes() const noexcept { return condition_nodes_; }
    [[nodiscard]] constexpr std::string_view condition_text() const noexcept { return condition_text_; }

    /// Row `row` of conditions(); an empty condition past its end.
    [[nodiscard]] constexpr const compiled_condition& condition(std::size_t row) const noexcept { return condition_at(row); }
    /// meets(level): the level's expectations and its criterion.
    [[nodiscard]] constexpr const compiled_condition& meets_condition(index_t level_row) const noexcept {
        return condition_at(level_row);
    }
    /// A transition's `when` (empty without one: the move asks meets(its target)).
    [[nodiscard]] constexpr const compiled_condition& guard_condition(index_t transition_row) const noexcept {
        return condition_at(levels_.size() + transition_row);
    }
    [[nodiscard]] constexpr const compiled_condition& advisory_condition(index_t advisory_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisory_row);
    }
    /// A named rule (empty for one with parameters: it means something only where it is used).
    [[nodiscard]] constexpr const compiled_condition& rule_condition(index_t rule_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisories_.size() + rule_row);
    }
    /// A test's `expect rule …` (empty for an `expect` of a move).
    [[nodiscard]] constexpr const compiled_condition& check_condition(index_t check_row) const noexcept {
        return condition_at(levels_.size() + transitions_.size() + advisories_.size() + rules_.size() + check_row);
    }

    [[nodiscard]] constexpr const ladder::scale& operator[](scale_ref r) const noexcept { return scales_[r.index()]; }
    [[nodiscard]] constexpr const ladder::category& operator[](category_ref r) const noexcept { return categories_[r.index()]; }
    [[nodiscard]] constexpr const ladder::competency& operator[](competency_ref r) const noexcept { return competencies_[r.index()]; }
    [[nodiscard]] constexpr const ladder::track& operator[](track_ref r) const noexcept { return tracks_[r.index()]; }
    [[nodiscard]] constexpr const ladder::level& operator[](level_ref r) const noexcept { return levels_[r.index()]; }
    [[nodiscard]] constexpr const ladder::archetype& operator[](archetype_ref r) const noexcept { return archetypes_[r.index()]; }

    /// The points of a scale, lowest first.
    [[nodiscard]] constexpr row_span<ladder::scale_point> points_of(const ladder::scale& s) const noexcept {
        return scale_points_.subspan(s.first_point, s.point_count);
    }
    /// The expectations a level states itself (not counting archetypes).
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations_of(const ladder::level& l) const noexcept {
        return expectations_.subspan(l.first_expectation, l.expectation_count);
    }
    /// The expectations an archetype overrides.
    [[nodiscard]] constexpr row_span<ladder::expectation> expectations_of(const ladder::archetype& a) const noexcept {
        return expectations_.subspan(a.first_expectation, a.expectation_count);
    }

    /// The signals and examples under an expectation's statement, in the order written.
    [[nodiscard]] constexpr row_span<ladder::expectation_note> notes_of(const ladder::expectation& e) const noexcept {
        return notes_.subspan(e.first_note, e.note_count);
    }

    /// The row of the ladder's default scale, or no_index when it declares none.
    [[nodiscard]] constexpr index_t default_scale_index() const noexcept {
        const reference& d = info().default_scale;
        if (d.resolved()) return d.index;
        return d.empty() && !scales_.empty() ? 0 : no_index;
    }
    /// The row of the scale a competency is rated on, or no_index.
    [[nodiscard]] constexpr index_t scale_index_of(const ladder::competency& c) const noexcept {
        if (c.scale.empty()) return default_scale_index();
        return c.scale.index;
    }
    /// The point of the scale at row `scale_row` with id `id` (`expert`), or nullptr.
    [[nodiscard]] constexpr const ladder::scale_point* point_by_id(index_t scale_row, std::string_view id) const noexcept {
        if (scale_row >= scales_.size()) return nullptr;
        for (const auto& p : points_of(scales_[scale_row])) {
            if (p.id == id) return &p;
        }
        return nullptr;
    }
    /// The point of the scale at row `scale_row` worth `value`, or nullptr.
    [[nodiscard]] constexpr const ladder::scale_point* point_by_value(index_t scale_row, rating value) const noexcept {
        if (scale_row >= scales_.size()) return nullptr;
        for (const auto& p : points_of(scales_[scale_row])) {
            if (p.value == value) return &p;
        }
        return nullptr;
    }
    /// True when `value` is a point of the scale at row `scale_row`.
    [[nodiscard]] constexpr bool on_scale(index_t scale_row, rating value) const noexcept {
        return point_by_value(scale_row, value) != nullptr;
    }

private:
    [[nodiscard]] constexpr const compiled_condition& condition_at(std::size_t row) const noexcept {
        return row < conditions_.size() ? conditions_[row] : no_condition_;
    }

    static constexpr ladder_info empty_info_{};
    static constexpr compiled_condition no_condition_{};
    const ladder_info* info_ = nullptr;
    row_span<ladder::scale> scales_;
    row_span<ladder::scale_point> scale_points_;
    row_span<ladder::category> categories_;
    row_span<ladder::competency> competencies_;
    row_span<ladder::track> tracks_;
    row_span<ladder::level> levels_;
    row_span<ladder::expectation> expectations_;
    row_span<ladder::expectation_note> notes_;
    row_span<ladder::equivalence> equivalences_;
    row_span<ladder::level_group> groups_;
    row_span<ladder::level_title> titles_;
    row_span<ladder::archetype> archetypes_;
    row_span<ladder::transition> transitions_;
    row_span<ladder::attribute> attributes_;
    row_span<ladder::named_rule> rules_;
    row_span<ladder::advisory> advisories_;
    row_span<ladder::ladder_test> tests_;
    row_span<ladder::test_fact> test_facts_;
    row_span<ladder::test_check> test_checks_;
    row_span<ladder::revision_map> maps_;
    row_span<compiled_condition> conditions_;
    row_span<rule_node> condition_nodes_;
    std::string_view condition_text_;
};

namespace detail {
/// Rows compared by content: where a row was written does not count.
template <class T>
[[nodiscard]] constexpr bool equal_rows(row_span<T> a, row_span<T> b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        T left = a[i];
        T right = b[i];
        left.where = right.where = source_position{};
        if constexpr (requires { left.text_at; }) left.text_at = right.text_at = source_position{};
        if constexpr (requires { left.guard_at; }) left.guard_at = right.guard_at = source_position{};
        if constexpr (requires { left.criterion_at; }) left.criterion_at = right.criterion_at = source_position{};
        if constexpr (requires { left.target_at; }) left.target_at = right.target_at = source_position{};
        if constexpr (requires { left.statement_at; }) left.statement_at = right.statement_at = source_position{};
        if constexpr (requires { left.first_note; }) left.first_note = right.first_note = 0;  // notes: compared by owner
        if (!(left == right)) return false;
    }
    return true;
}

/// Each expectation's notes, in its order: where the notes table keeps them does not count.
[[nodiscard]] constexpr bool equal_notes(const ladder_view& a, const ladder_view& b) noexcept {
    if (a.notes().size() != b.notes().size()) return false;
    for (std::size_t i = 0; i != a.expectations().size() && i != b.expectations().size(); ++i) {
        if (!equal_rows(a.notes_of(a.expectations()[i]), b.notes_of(b.expectations()[i]))) return false;
    }
    return true;
}
}  // namespace detail

/// True when two ladders hold the same content (ids, names, numbers, references, in the same
/// order), wherever they are stored and wherever their rows were written: a compile-time and
/// a runtime ladder from one source compare equal, and so do a text and its reformatting.
[[nodiscard]] constexpr bool equal(const ladder_view& a, const ladder_view& b) noexcept {
    return a.info() == b.info() && detail::equal_rows(a.scales(), b.scales()) &&
           detail::equal_rows(a.attributes(), b.attributes()) && detail::equal_rows(a.rules(), b.rules()) &&
           detail::equal_rows(a.advisories(), b.advisories()) && detail::equal_rows(a.tests(), b.tests()) &&
           detail::equal_rows(a.test_facts(), b.test_facts()) && detail::equal_rows(a.test_checks(), b.test_checks()) &&
           detail::equal_rows(a.maps(), b.maps()) &&
           detail::equal_rows(a.scale_points(), b.scale_points()) &&
           detail::equal_rows(a.categories(), b.categories()) &&
           detail::equal_rows(a.competencies(), b.competencies()) && detail::equal_rows(a.tracks(), b.tracks()) &&
           detail::equal_rows(a.levels(), b.levels()) && detail::equal_rows(a.expectations(), b.expectations()) &&
           detail::equal_notes(a, b) &&
           detail::equal_rows(a.equivalences(), b.equivalences()) && detail::equal_rows(a.groups(), b.groups()) &&
           detail::equal_rows(a.titles(), b.titles()) &&
           detail::equal_rows(a.archetypes(), b.archetypes()) && detail::equal_rows(a.transitions(), b.transitions());
}

LADDER_END_NAMESPACE
// end ladder/model/view.hpp
// begin ladder/model/lookup.hpp

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/sort.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/view.hpp (included above)

#include <type_traits>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

template <class Record>
[[nodiscard]] constexpr row_span<Record> rows_of(const ladder_view& v) noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return v.scales();
    else if constexpr (std::is_same_v<Record, ladder::category>) return v.categories();
    else if constexpr (std::is_same_v<Record, ladder::competency>) return v.competencies();
    else if constexpr (std::is_same_v<Record, ladder::track>) return v.tracks();
    else if constexpr (std::is_same_v<Record, ladder::level>) return v.levels();
    else if constexpr (std::is_same_v<Record, ladder::named_rule>) return v.rules();
    else if constexpr (std::is_same_v<Record, ladder::level_group>) return v.groups();
    else return v.archetypes();
}

template <class Record>
[[nodiscard]] constexpr entity entity_of() noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return entity::scale;
    else if constexpr (std::is_same_v<Record, ladder::category>) return entity::category;
    else if constexpr (std::is_same_v<Record, ladder::competency>) return entity::competency;
    else if constexpr (std::is_same_v<Record, ladder::track>) return entity::track;
    else if constexpr (std::is_same_v<Record, ladder::level>) return entity::level;
    else if constexpr (std::is_same_v<Record, ladder::named_rule>) return entity::rule;
    else if constexpr (std::is_same_v<Record, ladder::level_group>) return entity::group;
    else return entity::archetype;
}

/// The first row with this id, or no_index.
template <class Row>
[[nodiscard]] constexpr index_t find_row(row_span<Row> rows, std::string_view id) noexcept {
    for (std::size_t i = 0; i != rows.size(); ++i) {
        if (rows[i].id == id) return static_cast<index_t>(i);
    }
    return no_index;
}

/// A table's rows ordered by id, for lookups in O(log n). Where ids repeat (an error validation
/// reports), the first-declared row is found, as a linear search would.
class id_index {
public:
    /// `rows`: a table's rows (a row_span, or a builder's table), each with an `id`.
    template <class Rows>
    constexpr explicit id_index(const Rows& rows) : order_(rows.size()), ids_(rows.size()) {
        for (std::size_t i = 0; i != rows.size(); ++i) {
            order_[i] = static_cast<index_t>(i);
            ids_[i] = rows[i].id;
        }
        stable_sort(order_, [this](index_t a, index_t b) { return ids_[a] < ids_[b]; });
    }

    /// The row with this id, or no_index.
    [[nodiscard]] constexpr index_t find(std::string_view id) const noexcept {
        std::size_t lo = 0, hi = order_.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (ids_[order_[mid]] < id) lo = mid + 1;
            else hi = mid;
        }
        return lo < order_.size() && ids_[order_[lo]] == id ? order_[lo] : no_index;
    }

    /// For each row, whether an earlier row has the same id: in O(n) over the sorted order.
    [[nodiscard]] constexpr constexpr_vector<bool> repeated() const {
        constexpr_vector<bool> out(order_.size());
        for (std::size_t k = 1; k < order_.size(); ++k) {
            if (ids_[order_[k]] == ids_[order_[k - 1]]) out[order_[k]] = true;  // stable: the first is the earliest
        }
        return out;
    }

private:
    constexpr_vector<index_t> order_;
    constexpr_vector<std::string_view> ids_;
};

/// The id among `rows` closest to `wanted`, for a did-you-mean; empty if none is close.
template <class Row>
[[nodiscard]] constexpr std::string_view closest_id(row_span<Row> rows, std::string_view wanted) {
    suggestion_finder finder(wanted);
    for (const auto& r : rows) finder.consider(r.id);
    return finder.best();
}

}  // namespace detail

/// Looks a row up by id: a handle, or an unknown-id diagnostic with a did-you-mean.
template <class Record>
[[nodiscard]] constexpr result<handle<Record>> find(const ladder_view& v, std::string_view id) {
    const auto rows = detail::rows_of<Record>(v);
    const index_t row = detail::find_row(rows, id);
    if (row != no_index) return detail::handle_access::make<Record>(row);
    diagnostic_list found;
    found.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, detail::entity_of<Record>(), id, {},
                                      {}, 0, 0, detail::closest_id(rows, id)));
    return found;
}

[[nodiscard]] constexpr result<scale_ref> find_scale(const ladder_view& v, std::string_view id) { return find<scale>(v, id); }
[[nodiscard]] constexpr result<category_ref> find_category(const ladder_view& v, std::string_view id) { return find<category>(v, id); }
[[nodiscard]] constexpr result<competency_ref> find_competency(const ladder_view& v, std::string_view id) { return find<competency>(v, id); }
[[nodiscard]] constexpr result<track_ref> find_track(const ladder_view& v, std::string_view id) { return find<track>(v, id); }
[[nodiscard]] constexpr result<level_ref> find_level(const ladder_view& v, std::string_view id) { return find<level>(v, id); }
[[nodiscard]] constexpr result<archetype_ref> find_archetype(const ladder_view& v, std::string_view id) { return find<archetype>(v, id); }
[[nodiscard]] constexpr result<group_ref> find_group(const ladder_view& v, std::string_view id) { return find<level_group>(v, id); }

LADDER_END_NAMESPACE
// end ladder/model/lookup.hpp
// begin ladder/model/expectations.hpp

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/view.hpp (included above)

#include <optional>

LADDER_BEGIN_NAMESPACE

/// True when the archetype applies to the level: same track as its `from` level, at or above
/// it, and not above its `until` level when it has one.
[[nodiscard]] constexpr bool applies_to(const ladder_view& v, archetype_ref a, level_ref l) noexcept {
    const archetype& arch = v[a];
    const level& lvl = v[l];
    if (!arch.from.resolved()) return false;
    const level& from = v.levels()[arch.from.index];
    if (from.track.index != lvl.track.index || lvl.rank < from.rank) return false;
    if (arch.until.empty()) return true;
    if (!arch.until.resolved()) return false;
    const level& until = v.levels()[arch.until.index];
    return until.track.index == lvl.track.index && lvl.rank <= until.rank;
}

namespace detail {
[[nodiscard]] constexpr std::optional<rating> minimum_of(row_span<expectation> list, index_t competency_row) noexcept {
    for (const auto& e : list) {
        if (e.competency.index == competency_row) return e.minimum;
    }
    return std::nullopt;
}
}  // namespace detail

/// The archetype a person of archetype `archetype_row` is judged as at level `level_row`: that
/// archetype where it applies there, else none (no_index) and the level's own expectations.
[[nodiscard]] constexpr index_t archetype_in_force(const ladder_view& v, index_t archetype_row, index_t level_row) noexcept {
    if (archetype_row == no_index || level_row == no_index) return no_index;
    return applies_to(v, detail::handle_access::make<archetype>(archetype_row), detail::handle_access::make<level>(level_row))
               ? archetype_row
               : no_index;
}

/// What a level is called for a person of an archetype: the archetype's own title for it
/// (`title L6 "Group Lead"`) where the archetype applies there and states one, else the level's.
[[nodiscard]] constexpr std::string_view title_of(const ladder_view& v, index_t level_row, index_t archetype_row) noexcept {
    if (const index_t as = archetype_in_force(v, archetype_row, level_row); as != no_index) {
        for (const auto& t : v.titles()) {
            if (t.archetype == as && t.level.index == level_row) return t.title;
        }
    }
    return v.levels()[level_row].title;
}

/// Calls f(competency row, minimum) for each expectation in force at a level for an archetype
/// (no_index: none): the level's own in its order, an override replacing its minimum, then the
/// archetype's others. The one walk every reader of expectations uses; f returns false to stop.
template <class F>
constexpr void for_each_expectation(const ladder_view& v, index_t level_row, index_t archetype_row, F&& f) {
    const auto own = v.expectations_of(v.levels()[level_row]);
    const auto over = archetype_row == no_index ? row_span<expectation>{} : v.expectations_of(v.archetypes()[archetype_row]);
    for (const auto& e : own) {
        const auto overridden = detail::minimum_of(over, e.competency.index);
        if (!f(e.competency.index, overridden ? *overridden : e.minimum)) return;
    }
    for (const auto& e : over) {
        if (!detail::minimum_of(own, e.competency.index) && !f(e.competency.index, e.minimum)) return;
    }
}

namespace detail {
/// True when any expectation of the list says in words what it means.
[[nodiscard]] constexpr bool has_words(row_span<expectation> list) noexcept {
    for (const auto& e : list) {
        if (!e.statement.empty()) return true;
    }
    return false;
}
}  // namespace detail

/// The expectation whose words say what a competency means at a level for an archetype
/// (no_index: none): the archetype's where it says it, else the level's; nullptr when neither
/// does. Its statement and notes_of() are the words a report quotes for a gap.
[[nodiscard]] constexpr const expectation* stated_expectation(const ladder_view& v, index_t level_row, index_t archetype_row,
                                                             index_t competency_row) noexcept {
    const auto said_in = [&](row_span<expectation> list) -> const expectation* {
        for (const auto& e : list) {
            if (e.competency.index == competency_row && !e.statement.empty()) return &e;
        }
        return nullptr;
    };
    if (archetype_row != no_index && archetype_row < v.archetypes().size()) {
        if (const expectation* e = said_in(v.expectations_of(v.archetypes()[archetype_row]))) return e;
    }
    return level_row < v.levels().size() ? said_in(v.expectations_of(v.levels()[level_row])) : nullptr;
}

/// The minimum rating a level expects on a competency; empty when it states none.
[[nodiscard]] constexpr std::optional<rating> expected(const ladder_view& v, level_ref l, competency_ref c) noexcept {
    return detail::minimum_of(v.expectations_of(v[l]), c.index());
}

/// The same for a person of an archetype at that level: the archetype's override wins.
/// The override is applied as asked; check applies_to() where that matters.
[[nodiscard]] constexpr std::optional<rating> expected(const ladder_view& v, level_ref l, archetype_ref a,
                                                       competency_ref c) noexcept {
    if (auto over = detail::minimum_of(v.expectations_of(v[a]), c.index())) return over;
    return expected(v, l, c);
}

/// The effective expectations at a level: its own rows, in its order (an archetype's override
/// replacing the minimum), then the archetype's other rows.
[[nodiscard]] constexpr constexpr_vector<expectation> expectations(const ladder_view& v, level_ref l,
                                                              std::optional<archetype_ref> a = std::nullopt) {
    const auto own = v.expectations_of(v[l]);
    const auto over = a ? v.expectations_of(v[*a]) : row_span<expectation>{};
    constexpr_vector<expectation> out(own.begin(), own.end());
    for (auto& e : out) {
        for (const auto& o : over) {
            if (o.competency.index != e.competency.index) continue;
            e.minimum = o.minimum;
            e.point = o.point;  // the override's words, not the level's
            if (!o.statement.empty()) {
                e.statement = o.statement;
                e.statement_at = o.statement_at;
                e.first_note = o.first_note;
                e.note_count = o.note_count;
            }
            break;
        }
    }
    for (const auto& e : over) {
        if (!detail::minimum_of(own, e.competency.index)) out.push_back(e);
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/model/expectations.hpp
// begin ladder/model/specs.hpp

// What a caller writes to rate a competency or name a scale's point: the builder's levels and
// archetypes expect them, and people are rated with them (model/person.hpp), so the two share
// this header and a person needs no builder.

// ladder/core/config.hpp (included above)
// ladder/model/records.hpp (included above)

#include <string_view>

LADDER_BEGIN_NAMESPACE

/// `{value, id, name}`: one point when declaring a scale.
struct point_spec {
    rating value = 0;
    std::string_view id;
    std::string_view name;
};

/// A competency and a rating: `{"design", 4}`, or by the id of a point on the competency's
/// scale, `{"design", "expert"}`. Levels and archetypes expect them; people are rated with them.
struct rating_spec {
    constexpr rating_spec() noexcept = default;
    constexpr rating_spec(std::string_view competency_id, rating rating_value) noexcept
        : competency(competency_id), value(rating_value) {}
    constexpr rating_spec(std::string_view competency_id, std::string_view point_id) noexcept
        : competency(competency_id), point(point_id) {}
    constexpr rating_spec(std::string_view competency_id, const char* point_id) noexcept
        : competency(competency_id), point(point_id) {}

    std::string_view competency;
    rating value = 0;
    std::string_view point;  ///< empty: `value` as given
};

/// One expectation when declaring a level or an archetype.
using expectation_spec = rating_spec;

LADDER_END_NAMESPACE
// end ladder/model/specs.hpp
// begin ladder/model/builder.hpp

// ladder/core/config.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/specs.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The rank a level declared without one takes: one above the highest rank on its track so far
/// (1 on a new track). At the largest rank there is no higher one: the level keeps it, validation
/// reports the duplicate rank, and nothing overflows. The printer asks the same to know when a
/// rank need not be written.
[[nodiscard]] constexpr std::int32_t inferred_rank(std::int32_t highest) noexcept {
    return highest < 1 ? 1 : highest < std::numeric_limits<std::int32_t>::max() ? highest + 1 : highest;
}
}  // namespace detail

/// Marks a switch that goes both ways (the two-way door).
enum class direction : std::uint8_t { one_way, both_ways };

/// Builds a ladder's tables in C++, in constant expressions or at runtime. It is the only way
/// in: the .ladder reader feeds it through this same public interface, as a SAX parser feeds
/// its consumer, and says where each row was written with at().
///
/// The builder stores views of the strings it is given: they must outlive it (string
/// literals always do). Ids may be referred to before they are declared; references are
/// resolved when a view is taken. Use freeze() for a compile-time ladder and
/// build() for a runtime one; both compile the ladder's conditions and validate.
class builder {
public:
    class level_builder;
    class archetype_builder;

    constexpr builder() = default;
    constexpr explicit builder(std::string_view name, std::string_view version = {}) { named(name, version); }

    /// The ladder's name and version.
    constexpr builder& named(std::string_view name, std::string_view version = {}) {
        t_.info.name = name;
        t_.info.version = version;
        return *this;
    }

    /// Where the next row declared was written (a reader's line and column), for diagnostics;
    /// rows declared without it have no position.
    constexpr builder& at(source_position where) {
        next_where_ = where;
        return *this;
    }

    /// The ladder's checking policy.
    constexpr builder& policy(const ladder_policy& p) {
        t_.info.policy = p;
        return *this;
    }
    /// The scale competencies use unless they name one (default: the first declared).
    constexpr builder& default_scale(std::string_view id) {
        t_.info.default_scale = reference{id};
        return *this;
    }

    /// A rating scale; points are listed lowest first.
    constexpr builder& scale(std::string_view id, std::string_view name, std::initializer_list<point_spec> points) {
        const auto row = static_cast<index_t>(t_.scales.size());
        ladder::scale s{id, name, static_cast<index_t>(t_.scale_points.size()), static_cast<index_t>(points.size()), take_where()};
        t_.scales.push_back(s);
        for (const auto& p : points) t_.scale_points.push_back(ladder::scale_point{p.value, p.id, p.name, row, {}});
        return *this;
    }
    /// One more point, above the others, on the scale declared last.
    constexpr builder& point(rating value, std::string_view id, std::string_view name) {
        if (t_.scales.empty()) return *this;
        const auto row = static_cast<index_t>(t_.scales.size() - 1);
        t_.scale_points.push_back(ladder::scale_point{value, id, name, row, take_where()});
        ++t_.scales.back().point_count;
        return *this;
    }

    constexpr builder& category(std::string_view id, std::string_view name, std::string_view description = {}) {
        t_.categories.push_back(ladder::category{id, name, description, take_where()});
        return *this;
    }

    /// A competency in a category, rated on `scale` (empty: the ladder's default scale).
    constexpr builder& competency(std::string_view id, std::string_view name, std::string_view category,
                                  std::string_view description = {}, std::string_view scale = {}) {
        t_.competencies.push_back(ladder::competency{id, name, description, reference{category}, reference{scale}, take_where()});
        return *this;
    }

    constexpr builder& track(std::string_view id, std::string_view name,
                             track_kind kind = track_kind::individual_contributor) {
        t_.tracks.push_back(ladder::track{id, name, kind, take_where()});
        return *this;
    }

    /// A level on a track. Its rank defaults to one above the last level declared on that track.
    constexpr level_builder level(std::string_view id, std::string_view title, std::string_view track);

    /// `level ~ lowest..highest`: the level compares with that range of another track.
    constexpr builder& equivalent(std::string_view level, std::string_view lowest, std::string_view highest) {
        t_.equivalences.push_back(ladder::equivalence{reference{level}, reference{lowest}, reference{highest}, take_where()});
        return *this;
    }
    /// `group id "name" = lowest..highest`: a named range of levels on one track.
    constexpr builder& group(std::string_view id, std::string_view name, std::string_view lowest, std::string_view highest) {
        t_.groups.push_back(ladder::level_group{id, name, reference{lowest}, reference{highest}, take_where()});
        return *this;
    }
    /// `maps from -> to`: id `from` of the previous version is `to` (a level or competency) in
    /// this one; call again with the same `from` for a split, with the same `to` for a merge.
    constexpr builder& maps(std::string_view from, std::string_view to) {
        t_.maps.push_back(ladder::revision_map{from, reference{to}, false, take_where()});
        return *this;
    }
    /// `effective 2026-07-01`, as 20260701: the day this version takes effect.
    constexpr builder& effective(std::int32_t day) {
        t_.info.effective = day;
        return *this;
    }
    /// `level ~ other`: one-to-one.
    constexpr builder& equivalent(std::string_view level, std::string_view other) {
        return equivalent(level, other, other);
    }

    /// An archetype that applies from a level upward on its track.
    constexpr archetype_builder archetype(std::string_view id, std::string_view name, std::string_view from,
                                          std::string_view until = {});

    constexpr builder& promote(std::string_view from, std::string_view to) {
        return add_transition(transition_kind::promote, from, to, false, pay_policy::keep);
    }
    constexpr builder& switch_track(std::string_view from, std::string_view to, direction d = direction::one_way) {
        return add_transition(transition_kind::switch_track, from, to, d == direction::both_ways, pay_policy::keep);
    }
    constexpr builder& step_back(std::string_view from, std::string_view to, pay_policy pay = pay_policy::keep) {
        return add_transition(transition_kind::step_back, from, to, false, pay);
    }

    /// A fact about people the ladder's rules may use, supplied per person.
    constexpr builder& attribute(std::string_view id, attribute_type type) {
        t_.attributes.push_back(ladder::attribute{id, type, take_where()});
        return *this;
    }

    /// The condition for the transition declared last (`promote("L5", "L6").when("…")`);
    /// without one, a transition asks meets(target). `text_at`: where the condition's text
    /// starts in a file, to place what compiling it finds.
    constexpr builder& when(std::string_view condition, source_position text_at = {}) {
        if (!t_.transitions.empty()) {
            t_.transitions.back().guard = condition;
            t_.transitions.back().guard_at = text_at;
        }
        return *this;
    }
    /// An advisory clause for the transition declared last: reported, never deciding.
    constexpr builder& warn(std::string_view condition, std::string_view message, source_position text_at = {}) {
        if (!t_.transitions.empty()) {
            t_.advisories.push_back(
                ladder::advisory{static_cast<index_t>(t_.transitions.size() - 1), condition, message, take_where(), text_at});
        }
        return *this;
    }

    /// A named rule other rules and guards use by name (docs/rules.md).
    constexpr builder& rule(std::string_view id, std::string_view text) { return rule(id, {}, text); }
    /// A named rule with parameters, given as written between parentheses: `rule("sustained",
    /// "L, k", "meets(L) in at least k of last 3 cycles")`, used as `sustained(L6, 2)`.
    constexpr builder& rule(std::string_view id, std::string_view parameters, std::string_view text,
                            source_position text_at = {}) {
        t_.rules.push_back(ladder::named_rule{id, text, parameters, take_where(), text_at});
        return *this;
    }

    /// A test block (`test "name" { … }`): the facts and checks declared after it are its own.
    constexpr builder& test(std::string_view name) {
        ladder::ladder_test t{};
        t.name = name;
        t.first_fact = static_cast<index_t>(t_.test_facts.size());
        t.first_check = static_cast<index_t>(t_.test_checks.size());
        t.where = take_where();
        t_.tests.push_back(t);
        return *this;
    }
    /// A fact about the person of the test declared last (`level L5`, a rating …).
    constexpr builder& fact(const test_fact& f) {
        if (t_.tests.empty()) return *this;
        t_.test_facts.push_back(f);
        ++t_.tests.back().fact_count;
        return *this;
    }
    /// An outcome the test declared last expects (`expect promote L6 pass`).
    constexpr builder& check(const test_check& c) {
        if (t_.tests.empty()) return *this;
        t_.test_checks.push_back(c);
        ++t_.tests.back().check_count;
        return *this;
    }

    /// Records a problem found while making the ladder (a text's syntax error, say). A builder
    /// with a reported error is not built or frozen; its errors come first.
    constexpr void report(const diagnostic& d) { reported_.add(d); }
    [[nodiscard]] constexpr const diagnostic_list& reported() const noexcept { return reported_; }

    /// Resolves every reference and returns a view of the tables as they are now.
    [[nodiscard]] constexpr ladder_view view() {
        resolve();
        return ladder_view(t_);
    }
    [[nodiscard]] constexpr table_sizes sizes() const noexcept { return t_.sizes(); }
    /// The tables themselves, for storages that copy them (freeze, runtime_ladder).
    [[nodiscard]] constexpr const detail::growing_tables& tables() const noexcept { return t_; }

private:
    /// The highest rank of any level on a track, kept per track as levels are declared, so that
    /// inferring the next rank reads one row per track, not every level (0: none yet).
    struct track_rank {
        std::string_view track;
        std::int32_t highest = 0;
    };
    [[nodiscard]] constexpr std::int32_t highest_rank(std::string_view track) const noexcept {
        for (const auto& r : highest_ranks_) {
            if (r.track == track) return r.highest;
        }
        return 0;
    }
    /// A level of `track` went from rank `was` to `now` (a new level: both its rank).
    constexpr void note_rank(std::string_view track, std::int32_t was, std::int32_t now) {
        for (auto& r : highest_ranks_) {
            if (r.track != track) continue;
            if (now >= r.highest) {
                r.highest = now;
            } else if (was == r.highest) {  // the highest came down: read the track's levels again
                r.highest = 0;
                for (const auto& l : t_.levels) {
                    if (l.track.id == track && l.rank > r.highest) r.highest = l.rank;
                }
            }
            return;
        }
        highest_ranks_.push_back(track_rank{track, now > 0 ? now : 0});
    }

    /// The position at() gave, for the row being declared; used once.
    constexpr source_position take_where() noexcept {
        const source_position w = next_where_;
        next_where_ = {};
        return w;
    }

    constexpr builder& add_transition(transition_kind k, std::string_view from, std::string_view to, bool both,
                                      pay_policy pay) {
        ladder::transition t{};
        t.kind = k;
        t.from = reference{from};
        t.to = reference{to};
        t.both_ways = both;
        t.pay = pay;
        t.where = take_where();
        t_.transitions.push_back(t);
        return *this;
    }

    /// Inserts an expectation at the end of an owner's range, shifting the ranges after it.
    constexpr void insert_expectation(index_t& first, index_t& count, const expectation_spec& e) {
        const index_t at = first + count;
        const bool at_end = at == t_.expectations.size();
        ladder::expectation row{};
        row.competency = reference{e.competency};
        row.minimum = e.value;
        row.point = reference{e.point};
        row.where = take_where();
        t_.expectations.insert(t_.expectations.begin() + at, row);
        ++count;
        // Appending (the usual case: expectations follow their level) moves no other range; an
        // empty range may stay where it is.
        if (at_end) return;
        for (auto& l : t_.levels) {
            if (&l.first_expectation != &first && l.first_expectation >= at) ++l.first_expectation;
        }
        for (auto& a : t_.archetypes) {
            if (&a.first_expectation != &first && a.first_expectation >= at) ++a.first_expectation;
        }
    }

    /// The expectation of `competency` among rows [first, first + count), or nullptr. The search
    /// starts after the row found last: words are given in the order of the expectations, with
    /// signals and examples after them, so a level of n expectations and their words costs n
    /// steps, not n squared (6,000 of them once took seconds).
    [[nodiscard]] constexpr ladder::expectation* expectation_of(index_t first, index_t count,
                                                               std::string_view competency) noexcept {
        const index_t start = last_expectation_ >= first && last_expectation_ < first + count ? last_expectation_ : first;
        for (index_t k = 0; k != count; ++k) {
            const index_t row = start + k < first + count ? start + k : start + k - count;
            if (t_.expectations[row].competency.id == competency) {
                last_expectation_ = row;
                return &t_.expectations[row];
            }
        }
        return nullptr;
    }

    /// `means competency "…"` for the owner whose expectations are rows [first, + count): the
    /// statement goes to that expectation, which must be stated first and only once.
    constexpr void state_meaning(entity owner, std::string_view owner_id, index_t first, index_t count,
                                 std::string_view competency, std::string_view statement) {
        const source_position where = take_where();
        ladder::expectation* e = expectation_of(first, count, competency);
        if (e == nullptr) {
            report(detail::make_diagnostic(diagnostic_code::text_without_expectation, severity::error, owner, owner_id,
                                           competency, where));
        } else if (!e->statement.empty()) {
            report(detail::make_diagnostic(diagnostic_code::duplicate_text, severity::error, owner, owner_id,
                                           competency, where));
        } else {
            e->statement = statement;
            e->statement_at = where;
        }
    }

    /// A signal or an example under the statement of `competency`'s expectation: it goes after
    /// the notes that expectation has, shifting the notes of the expectations after it. Empty
    /// text adds nothing (as an empty statement states nothing).
    constexpr void add_note(entity owner, std::string_view owner_id, index_t first, index_t count,
                            std::string_view competency, note_kind kind, std::string_view text) {
        const source_position where = take_where();
        if (text.empty()) return;
        ladder::expectation* e = expectation_of(first, count, competency);
        if (e == nullptr || e->statement.empty()) {
            report(detail::make_diagnostic(diagnostic_code::text_without_expectation, severity::error, owner, owner_id,
                                           competency, where, e == nullptr ? 0 : 1));
            return;
        }
        if (e->note_count == 0) e->first_note = static_cast<index_t>(t_.notes.size());
        const index_t at = e->first_note + e->note_count;
        const bool at_end = at == t_.notes.size();
        t_.notes.insert(t_.notes.begin() + at, expectation_note{kind, text, where});
        ++e->note_count;
        if (at_end) return;
        for (auto& other : t_.expectations) {
            if (&other != e && other.note_count != 0 && other.first_note >= at) ++other.first_note;
        }
    }

    /// An expectation written as a scale point takes that point's value.
    constexpr void resolve_point(ladder::expectation& e) {
        e.point.index = no_index;
        if (e.point.empty() || !e.competency.resolved()) return;
        const ladder_view v(t_);
        if (const scale_point* p = v.point_by_id(v.scale_index_of(t_.competencies[e.competency.index]), e.point.id)) {
            e.point.index = static_cast<index_t>(p - v.scale_points().data());
            e.minimum = p->value;
        }
    }

    constexpr void resolve() {
        // One sorted index per table: resolving is O(n log n), not a linear search per reference.
        using detail::id_index;
        const id_index scales(t_.scales);
        const id_index categories(t_.categories);
        const id_index competencies(t_.competencies);
        const id_index tracks(t_.tracks);
        const id_index levels(t_.levels);
        const auto in = [](reference& r, const id_index& index) { r.index = r.id.empty() ? no_index : index.find(r.id); };

        in(t_.info.default_scale, scales);
        for (auto& c : t_.competencies) {
            in(c.category, categories);
            in(c.scale, scales);
        }
        for (auto& l : t_.levels) in(l.track, tracks);
        for (auto& e : t_.expectations) {
            in(e.competency, competencies);
            resolve_point(e);
        }
        for (auto& q : t_.equivalences) {
            in(q.level, levels);
            in(q.lowest, levels);
            in(q.highest, levels);
        }
        for (auto& g : t_.groups) {
            in(g.lowest, levels);
            in(g.highest, levels);
        }
        for (auto& a : t_.archetypes) {
            in(a.from, levels);
            in(a.until, levels);
        }
        for (auto& x : t_.titles) in(x.level, levels);
        for (auto& tr : t_.transitions) {
            in(tr.from, levels);
            in(tr.to, levels);
        }
        // A map's target is a level, or else a competency.
        for (auto& m : t_.maps) {
            in(m.to, levels);
            m.competency = false;
            if (m.to.resolved()) continue;
            in(m.to, competencies);
            m.competency = m.to.resolved();
        }
    }

    detail::growing_tables t_;
    diagnostic_list reported_;
    source_position next_where_{};
    constexpr_vector<track_rank> highest_ranks_;
    index_t last_expectation_ = 0;  ///< where expectation_of() found the last one
};

/// Sets the optional parts of a level just declared. Valid while its builder lives.
class builder::level_builder {
public:
    constexpr level_builder(builder& b, index_t row) noexcept : b_(&b), row_(row) {}

    constexpr level_builder& rank(std::int32_t r) {
        const std::int32_t was = row().rank;
        row().rank = r;
        b_->note_rank(row().track.id, was, r);
        return *this;
    }
    constexpr level_builder& scope(ladder::scope s) {
        row().scope = s;
        return *this;
    }
    /// Pay band in whole units of `currency` (e.g. "USD").
    constexpr level_builder& band(std::int64_t minimum, std::int64_t maximum, std::string_view currency) {
        row().band = pay_band{minimum, maximum, currency};
        return *this;
    }
    constexpr level_builder& typical_months(std::int32_t months) {
        row().typical_months = months;
        return *this;
    }
    /// Staying at this level is a good outcome.
    constexpr level_builder& career(bool is_career_level = true) {
        row().career = is_career_level;
        return *this;
    }
    /// What being at this level means beyond its expectations, in the rules language:
    /// `.when("points >= 43")`. meets(this level) then asks both. `text_at`: where the text
    /// starts in a file, to place what compiling it finds.
    constexpr level_builder& when(std::string_view criterion, source_position text_at = {}) {
        row().criterion = criterion;
        row().criterion_at = text_at;
        return *this;
    }
    constexpr level_builder& expect(std::initializer_list<expectation_spec> list) {
        for (const auto& e : list) expect(e);
        return *this;
    }
    /// One expectation (placed by the builder's at(), as any row).
    constexpr level_builder& expect(const expectation_spec& e) {
        auto& r = row();
        b_->insert_expectation(r.first_expectation, r.expectation_count, e);
        return *this;
    }

    /// What the level's expectation of `competency` means, in its own words (`means design
    /// "Designs systems that span several teams"`). The expectation comes first; a statement
    /// for a competency the level does not expect, or a second one, is reported; an empty one
    /// states nothing.
    constexpr level_builder& means(std::string_view competency, std::string_view statement) {
        auto& r = row();
        b_->state_meaning(entity::level, r.id, r.first_expectation, r.expectation_count, competency, statement);
        return *this;
    }
    /// Something one sees in a person who meets the expectation of `competency` (after means()).
    constexpr level_builder& signal(std::string_view competency, std::string_view text) {
        return note(competency, note_kind::signal, text);
    }
    /// A piece of work that shows the expectation of `competency` is met (after means()).
    constexpr level_builder& example(std::string_view competency, std::string_view text) {
        return note(competency, note_kind::example, text);
    }
    constexpr level_builder& note(std::string_view competency, note_kind kind, std::string_view text) {
        auto& r = row();
        b_->add_note(entity::level, r.id, r.first_expectation, r.expectation_count, competency, kind, text);
        return *this;
    }

private:
    constexpr ladder::level& row() { return b_->t_.levels[row_]; }
    builder* b_;
    index_t row_;
};

/// Sets the expectation overrides of an archetype just declared.
class builder::archetype_builder {
public:
    constexpr archetype_builder(builder& b, index_t row) noexcept : b_(&b), row_(row) {}

    constexpr archetype_builder& expect(std::initializer_list<expectation_spec> list) {
        for (const auto& e : list) expect(e);
        return *this;
    }
    constexpr archetype_builder& expect(const expectation_spec& e) {
        auto& r = b_->t_.archetypes[row_];
        b_->insert_expectation(r.first_expectation, r.expectation_count, e);
        return *this;
    }
    /// The archetype's own words for its expectation of `competency`, where they differ from
    /// the level's (as level_builder::means).
    constexpr archetype_builder& means(std::string_view competency, std::string_view statement) {
        auto& r = b_->t_.archetypes[row_];
        b_->state_meaning(entity::archetype, r.id, r.first_expectation, r.expectation_count, competency, statement);
        return *this;
    }
    constexpr archetype_builder& signal(std::string_view competency, std::string_view text) {
        return note(competency, note_kind::signal, text);
    }
    constexpr archetype_builder& example(std::string_view competency, std::string_view text) {
        return note(competency, note_kind::example, text);
    }
    constexpr archetype_builder& note(std::string_view competency, note_kind kind, std::string_view text) {
        auto& r = b_->t_.archetypes[row_];
        b_->add_note(entity::archetype, r.id, r.first_expectation, r.expectation_count, competency, kind, text);
        return *this;
    }
    /// `title L6 "Group Lead"`: what level L6 is called for a person of this archetype.
    constexpr archetype_builder& title(std::string_view level, std::string_view title) {
        b_->t_.titles.push_back(ladder::level_title{row_, reference{level}, title, b_->take_where()});
        return *this;
    }

private:
    builder* b_;
    index_t row_;
};

constexpr builder::level_builder builder::level(std::string_view id, std::string_view title, std::string_view track) {
    const std::int32_t rank = detail::inferred_rank(highest_rank(track));
    note_rank(track, rank, rank);
    ladder::level l{};
    l.id = id;
    l.title = title;
    l.track = reference{track};
    l.rank = rank;
    l.first_expectation = static_cast<index_t>(t_.expectations.size());
    l.where = take_where();
    t_.levels.push_back(l);
    return level_builder(*this, static_cast<index_t>(t_.levels.size() - 1));
}

constexpr builder::archetype_builder builder::archetype(std::string_view id, std::string_view name,
                                                        std::string_view from, std::string_view until) {
    ladder::archetype a{};
    a.id = id;
    a.name = name;
    a.from = reference{from};
    a.until = reference{until};
    a.first_expectation = static_cast<index_t>(t_.expectations.size());
    a.where = take_where();
    t_.archetypes.push_back(a);
    return archetype_builder(*this, static_cast<index_t>(t_.archetypes.size() - 1));
}

LADDER_END_NAMESPACE
// end ladder/model/builder.hpp
// begin ladder/model/person.hpp

// A person as the rules see them: where they stand on a ladder, their ratings over review
// cycles, the facts the ladder asks about them, and what they are exempt from. Rows refer to the
// ladder by index, so a person belongs to one ladder; build one with person_builder, which checks
// every id against it.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// begin ladder/core/date.hpp

// Calendar days as the library keeps them: one integer, year * 10000 + month * 100 + day
// (2026-07-01 is 20260701), so that days compare as numbers do; 0 is "no day". Used by a
// version's `effective` day and by the dates of review cycles (docs/versions.md).

// ladder/core/config.hpp (included above)

#include <cstdint>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A day as year * 10000 + month * 100 + day; 0 for none.
using day_number = std::int32_t;

namespace detail {
[[nodiscard]] constexpr bool leap_year(std::int32_t y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace detail

/// The day, or 0 when there is no such day (2026-02-29, month 13, a year outside 1..9999).
[[nodiscard]] constexpr day_number make_day(std::int64_t year, std::int64_t month, std::int64_t day) noexcept {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return 0;
    constexpr std::int32_t lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const std::int64_t length = lengths[month - 1] + (month == 2 && detail::leap_year(static_cast<std::int32_t>(year)) ? 1 : 0);
    if (day > length) return 0;
    return static_cast<day_number>(year * 10000 + month * 100 + day);
}

/// `YYYY-MM-DD`, exactly (four, two and two digits), as a day; 0 when it is not one.
[[nodiscard]] constexpr day_number parse_day(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return 0;
    std::int64_t parts[3] = {0, 0, 0};
    std::size_t part = 0;
    for (std::size_t i = 0; i != text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9') return 0;
        parts[part] = parts[part] * 10 + (text[i] - '0');
    }
    return make_day(parts[0], parts[1], parts[2]);
}

/// The day as `YYYY-MM-DD`; empty for 0.
[[nodiscard]] inline std::string day_text(day_number day) {
    if (day <= 0) return {};
    std::string out = std::to_string(day / 10000);
    out.insert(0, 4 - out.size(), '0');
    const auto two = [&](std::int32_t n) {
        out += '-';
        out += static_cast<char>('0' + n / 10);
        out += static_cast<char>('0' + n % 10);
    };
    two(day / 100 % 100);
    two(day % 100);
    return out;
}

LADDER_END_NAMESPACE
// end ladder/core/date.hpp
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/specs.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

LADDER_BEGIN_NAMESPACE

/// One review cycle: its name, note and date. Its ratings are a row of the person's `ratings`.
struct review_cycle {
    std::string_view id;    ///< e.g. "2026H1"
    std::string_view note;  ///< optional
    day_number date = 0;    ///< the day it was decided (core/date.hpp); 0 when not given
};

/// A rating, or none where a competency was not rated: as small as a rating, so that a million
/// people's ratings are one dense block of integers. A cell that holds no rating stores
/// `not_rated` (core/config.hpp), a value no rating may have. It reads like
/// `std::optional<rating>`.
class rating_cell {
public:
    constexpr rating_cell() noexcept = default;
    constexpr rating_cell(std::nullopt_t) noexcept {}  // NOLINT(google-explicit-constructor): as optional
    /// A rated cell; `r` must not be `not_rated` (that reads as no rating).
    constexpr rating_cell(rating r) noexcept : value_(r) {}  // NOLINT(google-explicit-constructor): as optional
    constexpr rating_cell(std::optional<rating> r) noexcept  // NOLINT(google-explicit-constructor)
        : value_(r.has_value() ? *r : not_rated) {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return value_ != not_rated; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    /// The rating; the cell must hold one.
    [[nodiscard]] constexpr rating operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr rating value_or(rating otherwise) const noexcept { return has_value() ? value_ : otherwise; }
    /// The rating, or `not_rated`: one load and one comparison, for code that reads many.
    [[nodiscard]] constexpr rating stored() const noexcept { return value_; }
    constexpr operator std::optional<rating>() const noexcept {  // NOLINT(google-explicit-constructor)
        return has_value() ? std::optional<rating>(value_) : std::nullopt;
    }

    friend constexpr bool operator==(rating_cell, rating_cell) noexcept = default;
    friend constexpr bool operator==(rating_cell c, std::nullopt_t) noexcept { return !c.has_value(); }

private:
    rating value_ = not_rated;
};

/// The value of a ladder-declared attribute for one person. Booleans are 0 or 1, durations are
/// in months; `text` holds a text attribute.
struct attribute_value {
    index_t attribute = no_index;
    std::int64_t number = 0;
    std::string_view text;
};

/// A competency a person is exempt from, with the reason (reported wherever it is skipped).
struct exemption {
    index_t competency = no_index;
    std::string_view reason;
};

struct person;

/// A person as rules, checks and reports read them: a light view of a `person`, or of one row of
/// a `people_table` (model/people_table.hpp). Ratings are one block of cells, a row per cycle
/// (oldest first) of one cell per competency; reading one is an index, not a search. The
/// person's storage must outlive the view.
class person_ref {
public:
    std::string_view id;
    std::string_view name;
    index_t level = no_index;
    index_t archetype = no_index;  ///< no_index: none
    std::int32_t months_in_level = 0;
    std::int32_t tenure_months = 0;

    constexpr person_ref() noexcept = default;
    constexpr person_ref(const person& p) noexcept;  // NOLINT(google-explicit-constructor): a person is read as its view
    /// A view of parts kept elsewhere: `ratings` holds a row of `row_size` cells per cycle.
    constexpr person_ref(std::string_view person_id, std::string_view person_name, index_t level_row,
                         index_t archetype_row, std::int32_t months, std::int32_t tenure, std::span<const review_cycle> cycles,
                         const rating_cell* ratings, std::uint32_t row_size, std::span<const attribute_value> attributes,
                         std::span<const exemption> exemptions) noexcept
        : id(person_id), name(person_name), level(level_row), archetype(archetype_row), months_in_level(months),
          tenure_months(tenure), cycles_(cycles), ratings_(ratings), row_size_(row_size), attributes_(attributes),
          exemptions_(exemptions) {}

    /// How many review cycles the person has.
    [[nodiscard]] constexpr std::size_t cycle_count() const noexcept { return cycles_.size(); }
    /// The review cycles, oldest first.
    [[nodiscard]] constexpr std::span<const review_cycle> cycles() const noexcept { return cycles_; }
    /// The rating in the cycle `back` cycles before the latest (0: the latest); empty if unrated.
    [[nodiscard]] constexpr std::optional<rating> rating_of(index_t competency, std::size_t back = 0) const noexcept {
        const rating_cell* c = cell(competency, back);
        return c != nullptr ? std::optional<rating>(*c) : std::nullopt;
    }
    /// The same cell in place, or nullptr where the person has no such cycle or competency: what
    /// evaluation reads, as returning an optional by value costs a trip through memory.
    [[nodiscard]] constexpr const rating_cell* cell(index_t competency, std::size_t back = 0) const noexcept {
        if (back >= cycles_.size() || competency >= row_size_) return nullptr;
        return &ratings_[(cycles_.size() - 1 - back) * row_size_ + competency];
    }
    /// The ratings of cycle `k` (0: the oldest), one cell per competency.
    [[nodiscard]] constexpr std::span<const rating_cell> ratings_in(std::size_t k) const noexcept {
        if (k >= cycles_.size()) return {};
        return {ratings_ + k * row_size_, row_size_};
    }
    /// The cells of the cycle `back` cycles before the latest, `row_size()` of them, or nullptr
    /// where there is no such cycle: what a walk over many competencies reads, bounds checked once.
    [[nodiscard]] constexpr const rating_cell* cycle_row(std::size_t back) const noexcept {
        return back < cycles_.size() ? ratings_ + (cycles_.size() - 1 - back) * row_size_ : nullptr;
    }
    /// Cells per cycle: the ladder's competencies.
    [[nodiscard]] constexpr std::size_t row_size() const noexcept { return row_size_; }
    /// The value of an attribute, if the person has one.
    [[nodiscard]] constexpr const attribute_value* value_of(index_t attribute) const noexcept {
        for (const auto& a : attributes_) {
            if (a.attribute == attribute) return &a;
        }
        return nullptr;
    }
    /// Whether the person is exempt from anything (most are not: one test skips every lookup).
    [[nodiscard]] constexpr bool has_exemptions() const noexcept { return !exemptions_.empty(); }
    /// The exemption from a competency, if any.
    [[nodiscard]] constexpr const exemption* exemption_from(index_t competency) const noexcept {
        for (const auto& e : exemptions_) {
            if (e.competency == competency) return &e;
        }
        return nullptr;
    }
    [[nodiscard]] constexpr std::span<const attribute_value> attributes() const noexcept { return attributes_; }
    [[nodiscard]] constexpr std::span<const exemption> exemptions() const noexcept { return exemptions_; }

private:
    std::span<const review_cycle> cycles_;
    const rating_cell* ratings_ = nullptr;
    std::uint32_t row_size_ = 0;
    std::span<const attribute_value> attributes_;
    std::span<const exemption> exemptions_;
};

/// A person on a ladder, owning their record. Cycles are oldest first; `ratings` holds a row of
/// `row_size` cells per cycle (a cell per competency of the ladder), in the cycles' order.
struct person {
    std::string_view id;
    std::string_view name;
    index_t level = no_index;
    index_t archetype = no_index;  ///< no_index: none
    std::int32_t months_in_level = 0;
    std::int32_t tenure_months = 0;
    constexpr_vector<review_cycle> cycles;
    constexpr_vector<rating_cell> ratings;
    std::uint32_t row_size = 0;  ///< cells per cycle: the ladder's competencies
    constexpr_vector<attribute_value> attributes;
    constexpr_vector<exemption> exemptions;

    /// The rating in the cycle `back` cycles before the latest (0: the latest); empty if unrated.
    [[nodiscard]] constexpr std::optional<rating> rating_of(index_t competency, std::size_t back = 0) const noexcept {
        return person_ref(*this).rating_of(competency, back);
    }
    /// The ratings of cycle `k` (0: the oldest), one cell per competency.
    [[nodiscard]] constexpr std::span<const rating_cell> ratings_in(std::size_t k) const noexcept {
        return person_ref(*this).ratings_in(k);
    }
    /// The value of an attribute, if the person has one.
    [[nodiscard]] constexpr const attribute_value* value_of(index_t attribute) const noexcept {
        return person_ref(*this).value_of(attribute);
    }
    /// The exemption from a competency, if any.
    [[nodiscard]] constexpr const exemption* exemption_from(index_t competency) const noexcept {
        return person_ref(*this).exemption_from(competency);
    }
};

constexpr person_ref::person_ref(const person& p) noexcept
    : id(p.id), name(p.name), level(p.level), archetype(p.archetype), months_in_level(p.months_in_level),
      tenure_months(p.tenure_months), cycles_(p.cycles.data(), p.cycles.size()), ratings_(p.ratings.data()),
      row_size_(p.row_size), attributes_(p.attributes.data(), p.attributes.size()),
      exemptions_(p.exemptions.data(), p.exemptions.size()) {}

/// Builds a person against a ladder, in constant expressions or at runtime. Every id is looked
/// up as it is given; build() returns the person or every unknown id, each with a did-you-mean.
/// Strings are viewed, not copied: they must outlive the person.
class person_builder {
public:
    constexpr person_builder(const ladder_view& l, std::string_view id, std::string_view name = {}) : ladder_(l) {
        p_.id = id;
        p_.name = name;
    }

    /// The person's name, as people read it.
    constexpr person_builder& name(std::string_view name) {
        p_.name = name;
        return *this;
    }
    constexpr person_builder& level(std::string_view id) {
        if (auto r = find_level(ladder_, id)) p_.level = r->index();
        else keep(r.diagnostics());
        return *this;
    }
    constexpr person_builder& archetype(std::string_view id) {
        if (auto r = find_archetype(ladder_, id)) p_.archetype = r->index();
        else keep(r.diagnostics());
        return *this;
    }
    constexpr person_builder& months_in_level(std::int32_t months) {
        p_.months_in_level = months;
        return *this;
    }
    constexpr person_builder& tenure_months(std::int32_t months) {
        p_.tenure_months = months;
        return *this;
    }

    /// A review cycle, after the ones given before (give them oldest first).
    constexpr person_builder& cycle(std::string_view id, std::initializer_list<rating_spec> ratings,
                                    std::string_view note = {}) {
        return cycle(id, std::span<const rating_spec>(ratings.begin(), ratings.size()), note);
    }
    /// The same, from ratings gathered at runtime; `date`, the day the cycle was decided, tells
    /// which version of a ladder was in force (docs/versions.md).
    constexpr person_builder& cycle(std::string_view id, std::span<const rating_spec> ratings, std::string_view note = {},
                                    day_number date = 0) {
        const std::size_t row = p_.ratings.size();
        p_.row_size = static_cast<std::uint32_t>(ladder_.competencies().size());
        for (std::size_t k = 0; k != p_.row_size; ++k) p_.ratings.push_back(std::nullopt);
        for (const auto& r : ratings) {
            const auto found = find_competency(ladder_, r.competency);
            if (!found) {
                keep(found.diagnostics());
                continue;
            }
            const auto value = value_of(ladder_.competencies()[found->index()], r);
            if (value) p_.ratings[row + found->index()] = *value;
        }
        p_.cycles.push_back(review_cycle{id, note, date});
        return *this;
    }

    /// A boolean, number or duration (in months) attribute the ladder declares.
    template <class Number>
        requires std::is_integral_v<Number>
    constexpr person_builder& attribute(std::string_view id, Number value) {
        return set_attribute(id, static_cast<std::int64_t>(value), {});
    }
    /// A text attribute the ladder declares.
    constexpr person_builder& attribute(std::string_view id, std::string_view value) {
        return set_attribute(id, 0, value);
    }

    /// Exempts the person from a competency, with the reason reports will show.
    constexpr person_builder& exempt(std::string_view competency, std::string_view reason) {
        if (auto r = find_competency(ladder_, competency)) p_.exemptions.push_back(exemption{r->index(), reason});
        else keep(r.diagnostics());
        return *this;
    }

    /// The person, or every problem found while building them. A person needs a level.
    [[nodiscard]] constexpr result<person> build() const {
        diagnostic_list found = found_;
        if (p_.level == no_index && found.ok()) {
            found.add(detail::make_diagnostic(diagnostic_code::person_without_level, severity::error, entity::person,
                                              p_.id));
        }
        if (!found.ok()) return found;
        return person(p_);
    }

    /// The problems found so far, in the order found (a reader that knows where each value came
    /// from places them).
    [[nodiscard]] constexpr const diagnostic_list& problems() const noexcept { return found_; }

private:
    constexpr void keep(const diagnostic_list& problems) { found_.append(problems); }

    constexpr std::optional<rating> value_of(const competency& c, const rating_spec& r) {
        const index_t scale_row = ladder_.scale_index_of(c);
        if (r.point.empty()) {
            // not_rated is refused on any scale: a cell holding it reads as no rating.
            if (r.value == not_rated || (scale_row != no_index && !ladder_.on_scale(scale_row, r.value))) {
                found_.add(detail::make_diagnostic(diagnostic_code::rating_off_scale, severity::error, entity::person, p_.id,
                                                   c.id, {}, r.value));
                return std::nullopt;
            }
            return r.value;
        }
        if (scale_row != no_index) {
            if (const scale_point* point = ladder_.point_by_id(scale_row, r.point)) return point->value;
            found_.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::scale_point, r.point, {},
                                               {}, 0, 0, detail::closest_id(ladder_.points_of(ladder_.scales()[scale_row]), r.point)));
        }
        return std::nullopt;
    }

    constexpr person_builder& set_attribute(std::string_view id, std::int64_t number, std::string_view text) {
        const index_t row = detail::find_row(ladder_.attributes(), id);
        if (row == no_index) {
            found_.add(detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::attribute, id, {}, {}, 0,
                                               0, detail::closest_id(ladder_.attributes(), id)));
            return *this;
        }
        const attribute_type type = ladder_.attributes()[row].type;
        const bool is_text = type == attribute_type::text;
        const bool given_text = !text.empty() || (number == 0 && is_text);
        std::string_view wanted;
        if (is_text != given_text) wanted = is_text ? "text" : "a number";
        else if (type == attribute_type::boolean && number != 0 && number != 1) wanted = "a bool (0 or 1)";
        if (!wanted.empty()) {
            found_.add(detail::make_diagnostic(diagnostic_code::wrong_attribute_type, severity::error, entity::attribute, id,
                                               wanted));
            return *this;
        }
        for (auto& a : p_.attributes) {
            if (a.attribute == row) {
                a = attribute_value{row, number, text};
                return *this;
            }
        }
        p_.attributes.push_back(attribute_value{row, number, text});
        return *this;
    }

    ladder_view ladder_;
    person p_;
    diagnostic_list found_;
};

LADDER_END_NAMESPACE
// end ladder/model/person.hpp
// begin ladder/model/people_table.hpp

// A company's people as one table: a column per fact (ids, names, levels, archetypes, months),
// every review cycle of everyone in one column, and every rating in one block of cells, a row
// per cycle of a cell per competency. Attributes and exemptions, which few people have, are side
// columns. A person is a row, read as a person_ref: judging a million people walks a few arrays
// front to back instead of following each person's own buffers.
//
//     ladder::people_table team(l.competencies().size());
//     for (const ladder::person& p : people) team.add(p);
//     ladder::judge(moves, team, targets, out);

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/model/person.hpp (included above)

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

class people_table;

/// Rows [first, last) of a people table: what judge() and threads sharing the work take.
class people_rows {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = person_ref;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = person_ref;

        constexpr iterator() noexcept = default;
        constexpr iterator(const people_table* t, std::size_t row) noexcept : table_(t), row_(row) {}
        [[nodiscard]] constexpr person_ref operator*() const noexcept;
        [[nodiscard]] constexpr person_ref operator[](difference_type n) const noexcept { return *(*this + n); }
        constexpr iterator& operator++() noexcept { return ++row_, *this; }
        constexpr iterator operator++(int) noexcept { return {table_, row_++}; }
        constexpr iterator& operator--() noexcept { return --row_, *this; }
        constexpr iterator operator--(int) noexcept { return {table_, row_--}; }
        constexpr iterator& operator+=(difference_type n) noexcept { return row_ += static_cast<std::size_t>(n), *this; }
        constexpr iterator& operator-=(difference_type n) noexcept { return row_ -= static_cast<std::size_t>(n), *this; }
        [[nodiscard]] friend constexpr iterator operator+(iterator i, difference_type n) noexcept { return i += n; }
        [[nodiscard]] friend constexpr iterator operator+(difference_type n, iterator i) noexcept { return i += n; }
        [[nodiscard]] friend constexpr iterator operator-(iterator i, difference_type n) noexcept { return i -= n; }
        [[nodiscard]] friend constexpr difference_type operator-(iterator a, iterator b) noexcept {
            return static_cast<difference_type>(a.row_) - static_cast<difference_type>(b.row_);
        }
        [[nodiscard]] friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.row_ == b.row_; }
        [[nodiscard]] friend constexpr auto operator<=>(iterator a, iterator b) noexcept { return a.row_ <=> b.row_; }

    private:
        const people_table* table_ = nullptr;
        std::size_t row_ = 0;
    };

    constexpr people_rows(const people_table& t, std::size_t first, std::size_t last) noexcept
        : table_(&t), first_(first), last_(last < first ? first : last) {}

    [[nodiscard]] constexpr std::size_t size() const noexcept { return last_ - first_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return last_ == first_; }
    [[nodiscard]] constexpr person_ref operator[](std::size_t i) const noexcept;
    [[nodiscard]] constexpr iterator begin() const noexcept { return {table_, first_}; }
    [[nodiscard]] constexpr iterator end() const noexcept { return {table_, last_}; }

private:
    const people_table* table_;
    std::size_t first_;
    std::size_t last_;
};

/// People of one ladder, a row each. Strings are viewed, not copied: they must outlive the
/// table (a people_list keeps its own text; people built in code view their literals).
class people_table {
public:
    constexpr people_table() noexcept = default;
    /// A table for a ladder of `competencies` competencies: each cycle holds that many cells.
    constexpr explicit people_table(std::size_t competencies) noexcept
        : row_size_(static_cast<std::uint32_t>(competencies)) {}

    /// Room for `people` people of `cycles` cycles each, so that adding them does not move the
    /// columns.
    constexpr void reserve(std::size_t people, std::size_t cycles = 3) {
        ids_.reserve(people);
        names_.reserve(people);
        levels_.reserve(people);
        archetypes_.reserve(people);
        months_.reserve(people);
        tenure_.reserve(people);
        first_cycle_.reserve(people + 1);
        first_attribute_.reserve(people + 1);
        first_exemption_.reserve(people + 1);
        cycles_.reserve(people * cycles);
        ratings_.reserve(people * cycles * row_size_);
    }

    /// Adds a person as the next row and returns the row. A cycle keeps the table's number of
    /// cells: ratings past it are dropped and missing ones are not rated (a person of the same
    /// ladder has exactly as many).
    constexpr std::size_t add(person_ref p) {
        const std::size_t row = ids_.size();
        if (row == 0) {
            first_cycle_.push_back(0);
            first_attribute_.push_back(0);
            first_exemption_.push_back(0);
        }
        ids_.push_back(p.id);
        names_.push_back(p.name);
        levels_.push_back(p.level);
        archetypes_.push_back(p.archetype);
        months_.push_back(p.months_in_level);
        tenure_.push_back(p.tenure_months);
        for (std::size_t k = 0; k != p.cycle_count(); ++k) {
            cycles_.push_back(p.cycles()[k]);
            const auto cells = p.ratings_in(k);
            for (std::size_t c = 0; c != row_size_; ++c) ratings_.push_back(c < cells.size() ? cells[c] : rating_cell{});
        }
        for (const auto& a : p.attributes()) attributes_.push_back(a);
        for (const auto& e : p.exemptions()) exemptions_.push_back(e);
        first_cycle_.push_back(static_cast<std::uint32_t>(cycles_.size()));
        first_attribute_.push_back(static_cast<std::uint32_t>(attributes_.size()));
        first_exemption_.push_back(static_cast<std::uint32_t>(exemptions_.size()));
        return row;
    }

    [[nodiscard]] constexpr std::size_t size() const noexcept { return ids_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return ids_.empty(); }
    /// Cells per cycle: the ladder's competencies.
    [[nodiscard]] constexpr std::size_t competencies() const noexcept { return row_size_; }

    /// Row `i`, as the rules read a person.
    [[nodiscard]] constexpr person_ref operator[](std::size_t i) const noexcept {
        const std::uint32_t c0 = first_cycle_[i], c1 = first_cycle_[i + 1];
        const std::uint32_t a0 = first_attribute_[i], a1 = first_attribute_[i + 1];
        const std::uint32_t e0 = first_exemption_[i], e1 = first_exemption_[i + 1];
        return person_ref(ids_[i], names_[i], levels_[i], archetypes_[i], months_[i], tenure_[i],
                          std::span<const review_cycle>(cycles_.data() + c0, c1 - c0),
                          ratings_.data() + static_cast<std::size_t>(c0) * row_size_, row_size_,
                          std::span<const attribute_value>(attributes_.data() + a0, a1 - a0),
                          std::span<const exemption>(exemptions_.data() + e0, e1 - e0));
    }
    [[nodiscard]] constexpr people_rows rows(std::size_t first, std::size_t last) const noexcept {
        return {*this, first, last < size() ? last : size()};
    }
    [[nodiscard]] constexpr people_rows::iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] constexpr people_rows::iterator end() const noexcept { return {this, size()}; }

    /// The columns, for code that reads one fact of everyone (a level's headcount, say).
    [[nodiscard]] constexpr std::span<const std::string_view> ids() const noexcept { return {ids_.data(), ids_.size()}; }
    [[nodiscard]] constexpr std::span<const index_t> levels() const noexcept { return {levels_.data(), levels_.size()}; }

private:
    constexpr_vector<std::string_view> ids_;
    constexpr_vector<std::string_view> names_;
    constexpr_vector<index_t> levels_;
    constexpr_vector<index_t> archetypes_;
    constexpr_vector<std::int32_t> months_;
    constexpr_vector<std::int32_t> tenure_;
    constexpr_vector<std::uint32_t> first_cycle_;  ///< row i's cycles are [first_cycle_[i], first_cycle_[i + 1])
    constexpr_vector<review_cycle> cycles_;
    constexpr_vector<rating_cell> ratings_;  ///< row_size_ cells per cycle, in cycles_' order
    constexpr_vector<std::uint32_t> first_attribute_;
    constexpr_vector<attribute_value> attributes_;
    constexpr_vector<std::uint32_t> first_exemption_;
    constexpr_vector<exemption> exemptions_;
    std::uint32_t row_size_ = 0;
};

constexpr person_ref people_rows::iterator::operator*() const noexcept { return (*table_)[row_]; }
constexpr person_ref people_rows::operator[](std::size_t i) const noexcept { return (*table_)[first_ + i]; }

LADDER_END_NAMESPACE
// end ladder/model/people_table.hpp
// begin ladder/model/static_ladder.hpp

// ladder/core/config.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)

#include <array>
#include <cstddef>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
struct ladder_storage;
struct embedded_access;

/// Reached (and so named in the compiler's message) when a compile-time lookup finds no row.
template <class Record>
void compile_time_lookup_found_no_such_id() {}
}  // namespace detail

/// A ladder whose tables are arrays sized by its data: usable as `static constexpr`, in
/// constant expressions, and at runtime with no allocation. Made by freeze() or parse<>().
template <table_sizes Sizes>
class static_ladder {
public:
    constexpr static_ladder() = default;

    [[nodiscard]] constexpr ladder_view view() const noexcept { return ladder_view(t_); }
    constexpr operator ladder_view() const noexcept { return view(); }
    [[nodiscard]] static constexpr table_sizes sizes() noexcept { return Sizes; }

    /// Compile-time checked lookups: a misspelled id fails to compile.
    [[nodiscard]] consteval scale_ref scale(std::string_view id) const { return checked<ladder::scale>(id); }
    [[nodiscard]] consteval category_ref category(std::string_view id) const { return checked<ladder::category>(id); }
    [[nodiscard]] consteval competency_ref competency(std::string_view id) const {
        return checked<ladder::competency>(id);
    }
    [[nodiscard]] consteval track_ref track(std::string_view id) const { return checked<ladder::track>(id); }
    [[nodiscard]] consteval level_ref level(std::string_view id) const { return checked<ladder::level>(id); }
    [[nodiscard]] consteval archetype_ref archetype(std::string_view id) const {
        return checked<ladder::archetype>(id);
    }
    [[nodiscard]] consteval group_ref group(std::string_view id) const { return checked<ladder::level_group>(id); }

private:
    friend struct detail::ladder_storage;
    friend struct detail::embedded_access;

    template <class Record>
    consteval handle<Record> checked(std::string_view id) const {
        const auto rows = detail::rows_of<Record>(view());
        const index_t row = detail::find_row(rows, id);
        if (row == no_index) detail::compile_time_lookup_found_no_such_id<Record>();
        return detail::handle_access::make<Record>(row);
    }

    detail::tables<detail::array_table, Sizes> t_{};
};

namespace detail {
/// What a header written by to_cpp_header() (render/cpp.hpp) assembles its ladder with: the
/// rows it spells out become a compile-time ladder as they are, nothing read or compiled.
struct embedded_access {
    template <table_sizes Sizes>
    static constexpr static_ladder<Sizes> make(const tables<array_table, Sizes>& rows) noexcept {
        static_ladder<Sizes> out;
        out.t_ = rows;
        return out;
    }
};

template <table_sizes Sizes>
[[nodiscard]] constexpr static_ladder<Sizes> embedded_ladder(const tables<array_table, Sizes>& rows) noexcept {
    return embedded_access::make(rows);
}

/// A table of characters from a string literal of exactly `Size` characters (and its NUL).
template <std::size_t Size, std::size_t Length>
[[nodiscard]] constexpr std::array<char, Size> char_table(const char (&text)[Length]) noexcept {
    static_assert(Length == Size + 1, "the literal is not as long as the table");
    std::array<char, Size> out{};
    for (std::size_t i = 0; i != Size; ++i) out[i] = text[i];
    return out;
}
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/model/static_ladder.hpp
// begin ladder/model/runtime_ladder.hpp

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/owned_strings.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)

#include <string_view>
#include <type_traits>
#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
// Every string a row holds, so a runtime ladder can own copies of them.
template <class F> constexpr void strings_of(ladder_info& r, F&& f) { f(r.name), f(r.version), f(r.default_scale.id); }
template <class F> constexpr void strings_of(scale& r, F&& f) { f(r.id), f(r.name); }
template <class F> constexpr void strings_of(scale_point& r, F&& f) { f(r.id), f(r.name); }
template <class F> constexpr void strings_of(category& r, F&& f) { f(r.id), f(r.name), f(r.description); }
template <class F> constexpr void strings_of(competency& r, F&& f) {
    f(r.id), f(r.name), f(r.description), f(r.category.id), f(r.scale.id);
}
template <class F> constexpr void strings_of(track& r, F&& f) { f(r.id), f(r.name); }
template <class F> constexpr void strings_of(level& r, F&& f) {
    f(r.id), f(r.title), f(r.track.id), f(r.criterion);
    if (r.band) f(r.band->currency);
}
template <class F> constexpr void strings_of(expectation& r, F&& f) { f(r.competency.id), f(r.point.id), f(r.statement); }
template <class F> constexpr void strings_of(expectation_note& r, F&& f) { f(r.text); }
template <class F> constexpr void strings_of(equivalence& r, F&& f) { f(r.level.id), f(r.lowest.id), f(r.highest.id); }
template <class F> constexpr void strings_of(level_group& r, F&& f) { f(r.id), f(r.name), f(r.lowest.id), f(r.highest.id); }
template <class F> constexpr void strings_of(level_title& r, F&& f) { f(r.level.id), f(r.title); }
template <class F> constexpr void strings_of(archetype& r, F&& f) { f(r.id), f(r.name), f(r.from.id), f(r.until.id); }
template <class F> constexpr void strings_of(transition& r, F&& f) { f(r.from.id), f(r.to.id), f(r.guard); }
template <class F> constexpr void strings_of(advisory& r, F&& f) { f(r.text), f(r.message); }
template <class F> constexpr void strings_of(ladder_test& r, F&& f) { f(r.name); }
template <class F> constexpr void strings_of(test_fact& r, F&& f) { f(r.id), f(r.text), f(r.cycle); }
template <class F> constexpr void strings_of(test_check& r, F&& f) { f(r.target); }
template <class F> constexpr void strings_of(revision_map& r, F&& f) { f(r.from), f(r.to.id); }
template <class F> constexpr void strings_of(attribute& r, F&& f) { f(r.id); }
template <class F> constexpr void strings_of(named_rule& r, F&& f) { f(r.id), f(r.text), f(r.parameters); }
// Compiled conditions hold no views: their text is a table of its own.
template <class F> constexpr void strings_of(compiled_condition&, F&&) {}
}  // namespace detail

namespace detail {
struct ladder_storage;
}

/// A ladder made at runtime (by ladder::build() from a builder, or loaded from text), its
/// conditions compiled. It owns its strings, so it outlives whatever it was made from.
class runtime_ladder {
public:
    runtime_ladder(const runtime_ladder& other) : t_(other.t_), text_(other.text_) {
        detail::rebase_strings(other.text_.data(), text_.data(), [&](auto&& f) { for_each_string(f); });
    }
    runtime_ladder(runtime_ladder&&) noexcept = default;  // the text buffer moves with its views
    runtime_ladder& operator=(const runtime_ladder& other) {
        if (this != &other) *this = runtime_ladder(other);
        return *this;
    }
    runtime_ladder& operator=(runtime_ladder&&) noexcept = default;
    ~runtime_ladder() = default;

    [[nodiscard]] ladder_view view() const noexcept { return ladder_view(t_); }
    operator ladder_view() const noexcept { return view(); }
    [[nodiscard]] table_sizes sizes() const noexcept { return t_.sizes(); }

private:
    friend struct detail::ladder_storage;

    explicit runtime_ladder(detail::growing_tables&& built)
        : t_(std::move(built)), text_(detail::own_strings([&](auto&& f) { for_each_string(f); })) {}

    template <class F>
    void for_each_string(F&& f) {
        detail::strings_of(t_.info, f);
        t_.for_each_table([&](auto& table) {
            using row_type = std::remove_cvref_t<decltype(table[0])>;
            if constexpr (!std::is_same_v<row_type, char> && !std::is_same_v<row_type, rule_node>) {
                for (auto& row : table) detail::strings_of(row, f);
            }
        });
    }

    detail::growing_tables t_;
    constexpr_vector<char> text_;  ///< every string the tables view
};

LADDER_END_NAMESPACE
// end ladder/model/runtime_ladder.hpp
// text: .ladder files into a builder, and back
// begin ladder/text/limits.hpp

// ladder/core/config.hpp (included above)

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
// end ladder/text/limits.hpp
// begin ladder/text/lexer.hpp

// Splits a .ladder text into tokens, in constant expressions and at runtime. Comments are
// kept (for the formatter); byte-level problems (NUL, invalid UTF-8, over-long lines) are
// reported as diagnostics and skipped, so reading goes on.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/utf8.hpp (included above)
// ladder/text/limits.hpp (included above)

#include <cstddef>
#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The unit words of a duration (`18 months`, `2 years`), longest first.
inline constexpr std::string_view duration_units[] = {"months", "month", "years", "year"};
/// The months in one unit word of a duration; 0 for any other word.
[[nodiscard]] constexpr std::int64_t months_per_unit(std::string_view word) noexcept {
    if (word == "month" || word == "months") return 1;
    if (word == "year" || word == "years") return 12;
    return 0;
}

enum class token_kind : std::uint8_t {
    end, identifier, string, number,
    left_brace, right_brace, comma, tilde, colon, percent,
    range,       // ..
    arrow,       // ->
    both_ways,   // <->
    // operators of the rules language
    left_paren, right_paren, plus, minus, star, slash,
    less, less_equal, greater, greater_equal, equal_equal, not_equal, assign,
    invalid,
};

struct token {
    token_kind kind = token_kind::end;
    std::string_view text;      ///< as written; for a string, without its quotes
    std::int64_t number = 0;    ///< value of a number
    source_position where{};
    std::size_t offset = 0;     ///< byte offset of its first character
    std::size_t end = 0;        ///< byte offset just past its last character (quotes included)
    bool first_on_line = false;
};

/// A `#` comment, kept so the formatter never drops one.
struct comment {
    std::string_view text;  ///< from `#` to the end of the line, trailing spaces removed
    source_position where{};
    std::size_t offset = 0;
    bool own_line = false;  ///< nothing but blanks before it on its line
};

[[nodiscard]] constexpr bool is_identifier_start(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
[[nodiscard]] constexpr bool is_identifier_char(char c) noexcept {
    return is_identifier_start(c) || (c >= '0' && c <= '9');
}
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

class lexer {
public:
    constexpr lexer() = default;
    constexpr lexer(std::string_view text, std::string_view source_name, const text_limits& limits,
                    diagnostic_list& out, constexpr_vector<comment>* comments = nullptr)
        : text_(text), name_(source_name), limits_(&limits), out_(&out), comments_(comments) {
        // A UTF-8 byte order mark is allowed and skipped.
        pos_ = line_start_ = utf8_bom_length(text_);
    }

    /// Reads the next token into `t` (kind `end` at the end of the text, and from then on).
    /// Into the caller's token rather than returned: a token written field by field and then
    /// copied whole stalls the processor on every token (store forwarding), a tenth of the rule
    /// compiler's time.
    constexpr void next(token& t) {
        scan(t);
        t.end = pos_;
    }

    [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }
    [[nodiscard]] constexpr std::string_view source_name() const noexcept { return name_; }

    /// Goes on reading from `offset`, a token's first character at place `where` (the rule
    /// compiler reads a named rule's argument again where the rule uses it).
    constexpr void seek(std::size_t offset, source_position where) noexcept {
        pos_ = offset;
        line_ = where.line;
        column_ = where.column;
        line_start_ = offset;
        while (line_start_ != 0 && text_[line_start_ - 1] != '\n') --line_start_;
        seen_token_on_line_ = true;
    }

    /// Reports a finding at a place in this text, with its line for showing it. After
    /// `max_errors` errors, reading stops: one too-many-errors finding says so, and nothing more
    /// is reported (so a file of NUL bytes or broken UTF-8 costs 51 findings, not one a byte).
    constexpr void report(diagnostic_code code, source_position where, std::string_view subject, std::int64_t actual = 0,
                          std::int64_t expected = 0, std::string_view other = {}, entity about = entity::text,
                          std::string_view suggestion = {}) {
        if (out_->stopped()) return;
        out_->add_within(placed(make_diagnostic(code, severity::error, about, subject, other, where, actual, expected, suggestion)),
                         limits_->max_errors);
    }

    /// Reading stops at `where` (the error limit is reached): says so, once.
    constexpr void stop_reading(source_position where) {
        if (out_->stopped()) return;
        out_->stop_at(placed(make_diagnostic(diagnostic_code::too_many_errors, severity::error, entity::text, {}, {}, where)),
                      limits_->max_errors);
    }

private:
    /// A finding with its source and the part of its line to show: the line being read is known
    /// without a scan from the start of the text.
    [[nodiscard]] constexpr diagnostic placed(diagnostic d) const {
        d.source = name_;
        std::string_view line;
        if (d.where.line == line_ && line_start_ <= text_.size()) {
            // Up to the end of the line, or a window past where reading is: no more is shown.
            const std::size_t shown_to = pos_ + line_window_bytes < text_.size() ? pos_ + line_window_bytes : text_.size();
            line = line_from(text_.substr(0, shown_to), line_start_);
        } else {
            line = line_of_text(text_, d.where.line);
        }
        d.line_text = line_window(line, d.where.column, d.line_text_column);
        return d;
    }

    constexpr void scan(token& t) {
        skip_blanks_and_comments();
        t = token{};
        t.where = here();
        t.offset = pos_;
        t.first_on_line = !seen_token_on_line_;
        seen_token_on_line_ = true;
        if (pos_ >= text_.size()) {
            t.kind = token_kind::end;
            return;
        }
        const char c = text_[pos_];
        if (is_identifier_start(c)) {
            const std::size_t start = pos_;
            while (pos_ < text_.size() && is_identifier_char(text_[pos_])) advance_ascii();
            t.kind = token_kind::identifier;
            t.text = text_.substr(start, pos_ - start);
            return;
        }
        if (is_digit(c) || (c == '-' && is_digit(peek(1)))) return number(t);
        if (c == '"' || c == '\'') return string(t, c);
        const auto punct = [&](token_kind k, std::size_t length) {
            t.kind = k;
            t.text = text_.substr(pos_, length);
            for (std::size_t i = 0; i != length; ++i) advance_ascii();
        };
        switch (c) {
            case '{': return punct(token_kind::left_brace, 1);
            case '}': return punct(token_kind::right_brace, 1);
            case ',': return punct(token_kind::comma, 1);
            case '~': return punct(token_kind::tilde, 1);
            case ':': return punct(token_kind::colon, 1);
            case '%': return punct(token_kind::percent, 1);
            case '(': return punct(token_kind::left_paren, 1);
            case ')': return punct(token_kind::right_paren, 1);
            case '+': return punct(token_kind::plus, 1);
            case '*': return punct(token_kind::star, 1);
            case '/': return punct(token_kind::slash, 1);
            case '.':
                if (peek(1) == '.') return punct(token_kind::range, 2);
                break;
            case '-':
                return peek(1) == '>' ? punct(token_kind::arrow, 2) : punct(token_kind::minus, 1);
            case '<':
                if (peek(1) == '-' && peek(2) == '>') return punct(token_kind::both_ways, 3);
                return peek(1) == '=' ? punct(token_kind::less_equal, 2) : punct(token_kind::less, 1);
            case '>':
                return peek(1) == '=' ? punct(token_kind::greater_equal, 2) : punct(token_kind::greater, 1);
            case '=':
                return peek(1) == '=' ? punct(token_kind::equal_equal, 2) : punct(token_kind::assign, 1);
            case '!':
                if (peek(1) == '=') return punct(token_kind::not_equal, 2);
                break;
            default: break;
        }
        // Anything else is reported once and stands as an invalid token.
        const auto byte = static_cast<unsigned char>(c);
        std::size_t length = 1;
        if (byte < 0x80) {
            report(diagnostic_code::invalid_character, t.where, text_.substr(pos_, 1), byte);
        } else if (const std::size_t n = utf8_sequence_length(text_, pos_); n == 0) {
            report(diagnostic_code::invalid_utf8, t.where, {}, byte);
        } else {
            length = n;
            report(diagnostic_code::invalid_character, t.where, text_.substr(pos_, n), byte);
        }
        t.kind = token_kind::invalid;
        t.text = text_.substr(pos_, length);
        advance_char(length);
    }

    [[nodiscard]] constexpr char peek(std::size_t ahead) const noexcept {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    [[nodiscard]] constexpr source_position here() const noexcept {
        return {line_, column_};
    }
    constexpr void advance_ascii() {
        ++pos_;
        ++column_;
    }
    /// Moves past one character of `length` bytes: columns count characters, not bytes.
    constexpr void advance_char(std::size_t length) {
        pos_ += length;
        ++column_;
    }
    constexpr void new_line() {
        const std::size_t length = pos_ - line_start_;
        if (length > limits_->max_line_bytes) {
            report(diagnostic_code::line_too_long, {line_, 1}, {}, static_cast<std::int64_t>(length),
                   static_cast<std::int64_t>(limits_->max_line_bytes));
        }
        ++pos_;
        ++line_;
        column_ = 1;
        line_start_ = pos_;
        seen_token_on_line_ = false;
    }

    constexpr void skip_blanks_and_comments() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n') {
                new_line();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                advance_ascii();
            } else if (c == '\0') {
                report(diagnostic_code::nul_byte, here(), {});
                advance_ascii();
            } else if (c == '#') {
                comment k;
                k.where = here();
                k.offset = pos_;
                k.own_line = !seen_token_on_line_;
                const std::size_t start = pos_;
                skip_text_to_end_of_line();
                std::size_t end = pos_;
                while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t' || text_[end - 1] == '\r')) --end;
                k.text = text_.substr(start, end - start);
                if (comments_ != nullptr) comments_->push_back(k);
            } else {
                return;
            }
        }
        if (pos_ >= text_.size() && pos_ - line_start_ > limits_->max_line_bytes) {
            report(diagnostic_code::line_too_long, {line_, 1}, {}, static_cast<std::int64_t>(pos_ - line_start_),
                   static_cast<std::int64_t>(limits_->max_line_bytes));
            line_start_ = pos_;  // reported once
        }
    }

    /// Moves to the end of the line (before its '\n'), checking the bytes on the way.
    constexpr void skip_text_to_end_of_line() {
        while (pos_ < text_.size() && text_[pos_] != '\n') {
            skip_printable_ascii('\n');
            if (pos_ < text_.size() && text_[pos_] != '\n') text_char();
        }
    }

    /// Moves past a run of printable ASCII characters (nothing to check in them) up to `stop`.
    /// Most of a string or comment is such a run: one tight loop per run keeps the text's cost
    /// in a compile-time parse to a few constexpr steps a character.
    constexpr void skip_printable_ascii(char stop) {
        std::size_t p = pos_;
        while (p < text_.size() && text_[p] >= ' ' && text_[p] <= '~' && text_[p] != stop) ++p;
        column_ += static_cast<decltype(column_)>(p - pos_);
        pos_ = p;
    }

    /// Moves past one character of text (a comment or string), reporting NUL and invalid UTF-8.
    constexpr void text_char() {
        const char c = text_[pos_];
        if (c == '\0') {
            report(diagnostic_code::nul_byte, here(), {});
            advance_ascii();
            return;
        }
        const std::size_t length = utf8_sequence_length(text_, pos_);
        if (length == 0) {
            report(diagnostic_code::invalid_utf8, here(), {}, static_cast<unsigned char>(c));
            advance_ascii();
            return;
        }
        advance_char(length);
    }

    constexpr void number(token& t) {
        const std::size_t start = pos_;
        const bool negative = text_[pos_] == '-';
        if (negative) advance_ascii();
        std::int64_t value = 0;
        bool too_large = false;
        while (pos_ < text_.size() && (is_digit(text_[pos_]) || (text_[pos_] == '_' && is_digit(peek(1))))) {
            if (text_[pos_] != '_') {
                const std::int64_t digit = text_[pos_] - '0';
                if (value > (limits_->max_number - digit) / 10) too_large = true;
                else value = value * 10 + digit;
            }
            advance_ascii();
        }
        t.kind = token_kind::number;
        t.text = text_.substr(start, pos_ - start);
        t.number = negative ? -value : value;
        if (too_large) {
            report(diagnostic_code::number_too_large, t.where, t.text, 0, limits_->max_number);
            t.number = negative ? -limits_->max_number : limits_->max_number;
        }
    }

    constexpr void string(token& t, char quote) {
        advance_ascii();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != quote && text_[pos_] != '\n') {
            skip_printable_ascii(quote);
            if (pos_ >= text_.size() || text_[pos_] == quote || text_[pos_] == '\n') break;
            // A control character in a string would reach every report and terminal that shows
            // it (NUL and bytes that are not UTF-8 are reported by text_char()).
            bool escaped = false;
            const std::size_t n = shown_length(text_, pos_, escaped);
            const bool line_end = text_[pos_] == '\r' && peek(1) == '\n';
            if (escaped && !line_end && text_[pos_] != '\0' && utf8_sequence_length(text_, pos_) != 0) {
                report(diagnostic_code::invalid_character, here(), text_.substr(pos_, n),
                       static_cast<unsigned char>(text_[pos_]), 1);
            }
            text_char();
        }
        t.kind = token_kind::string;
        std::size_t end = pos_;
        if (pos_ >= text_.size() || text_[pos_] != quote) {
            report(diagnostic_code::unterminated_string, t.where, {});
            if (end > start && text_[end - 1] == '\r') --end;
        } else {
            advance_ascii();
        }
        t.text = text_.substr(start, end - start);
    }

    std::string_view text_;
    std::string_view name_;
    const text_limits* limits_ = nullptr;  // pointers, not references: a lexer can be stored and assigned
    diagnostic_list* out_ = nullptr;
    constexpr_vector<comment>* comments_ = nullptr;
    // line_ and column_ apart: side by side, a compiler reads both with one load in here(),
    // right after column_ was written alone, and the processor stalls on every token.
    std::uint32_t line_ = 1;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    std::uint32_t column_ = 1;
    bool seen_token_on_line_ = false;
};

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/text/lexer.hpp
// begin ladder/text/token_cursor.hpp

// ladder/core/config.hpp (included above)
// ladder/text/lexer.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// The current and the previous token of a reader, and the small steps both readers take (the
/// .ladder reader and the rule compiler): `Reader` supplies next_token(token&), which reads the
/// token after the current one into its argument, however it finds it.
template <class Reader>
class token_cursor {
protected:
    constexpr void advance() {
        prev_ = cur_;
        static_cast<Reader&>(*this).next_token(cur_);
    }
    [[nodiscard]] constexpr bool at_word(std::string_view w) const noexcept {
        // The first character before the rest: most words asked about are not the one read, and
        // telling them apart by a call to compare cost the rule compiler a twentieth of its time.
        return cur_.kind == token_kind::identifier && cur_.text.size() == w.size() && !w.empty() && cur_.text[0] == w[0] &&
               cur_.text == w;
    }
    constexpr bool accept_word(std::string_view w) {
        if (!at_word(w)) return false;
        advance();
        return true;
    }
    constexpr bool accept(token_kind k) {
        if (cur_.kind != k) return false;
        advance();
        return true;
    }
    /// The months in the current word when it is a duration's unit, else 0.
    [[nodiscard]] constexpr std::int64_t duration_unit() const noexcept {
        return cur_.kind == token_kind::identifier ? months_per_unit(cur_.text) : 0;
    }

    token cur_{};
    token prev_{};
};

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/text/token_cursor.hpp
// begin ladder/text/parser.hpp

// Reads a .ladder text into a builder, once, as constexpr code: the same reader serves
// load() at runtime and parse<"...">() at compile time. Grammar: docs/ladder-format.md.
// Blocks nest only where the grammar says (a test's person and its cycles: three levels at
// most), so the reader needs no recursion and has no nesting limit to hit.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/date.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/text/lexer.hpp (included above)
// ladder/text/limits.hpp (included above)
// ladder/text/token_cursor.hpp (included above)

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
// end ladder/text/parser.hpp
// begin ladder/text/printer.hpp

// Writes a ladder as canonical .ladder text: to_text(l), and the statements format() lays out.
// Runtime only (it builds std::strings). No <vector>: every includer of the umbrella header
// would pay for it.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/date.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/text/parser.hpp (included above)

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// A statement's text, one line per element, without line breaks.
using text_lines = constexpr_vector<std::string>;

/// A pay band as the format writes it: `150000..210000 USD`.
inline std::string band_text(const pay_band& b) {
    std::string out = std::to_string(b.minimum) + ".." + std::to_string(b.maximum);
    if (!b.currency.empty()) out += " " + std::string(b.currency);
    return out;
}

/// A duration as the format writes it: in years when whole (`2 years`), else in months.
inline std::string duration_text(std::int32_t months) {
    if (months != 0 && months % 12 == 0) return std::to_string(months / 12) + (months == 12 ? " year" : " years");
    return std::to_string(months) + (months == 1 ? " month" : " months");
}

/// A range of levels as the format writes it, between the ids named: `L5..L8`, or `L7` alone
/// when both ends are one level.
inline std::string range_text(std::string_view lowest, std::string_view highest) {
    std::string out(lowest);
    if (highest != lowest) {
        out += "..";
        out += highest;
    }
    return out;
}

/// A move as the format writes it, between the levels named: `promote L5 -> L6`, `switch L5 <-> M1`.
inline std::string move_text(const transition& t, std::string_view from, std::string_view to) {
    std::string out(name_of(t.kind));
    out += " " + std::string(from) + (t.both_ways ? " <-> " : " -> ") + std::string(to);
    return out;
}

/// Whether two rows of `maps` come from one statement (`maps L5 -> L5a, L5b`).
[[nodiscard]] constexpr bool same_statement(const revision_map& a, const revision_map& b) noexcept {
    return a.from == b.from && a.where == b.where;
}

/// Prints one statement at a time, as lines without line breaks.
class text_printer {
public:
    explicit text_printer(const ladder_view& v) : v_(v) {}

    [[nodiscard]] text_lines statement(statement_kind kind, index_t row) {
        text_lines lines;
        switch (kind) {
            case statement_kind::ladder: lines.push_back(ladder_line()); break;
            case statement_kind::default_scale: lines.push_back("default scale " + std::string(v_.info().default_scale.id)); break;
            case statement_kind::policy: policy(lines); break;
            case statement_kind::scale: scale(lines, v_.scales()[row]); break;
            case statement_kind::category: category(lines, v_.categories()[row]); break;
            case statement_kind::competency: competency(lines, v_.competencies()[row]); break;
            case statement_kind::track: track(lines, v_.tracks()[row]); break;
            case statement_kind::level: level(lines, v_.levels()[row]); break;
            case statement_kind::equivalence: equivalence(lines, v_.equivalences()[row]); break;
            case statement_kind::group: group(lines, v_.groups()[row]); break;
            case statement_kind::maps: maps(lines, row); break;
            case statement_kind::archetype: archetype(lines, v_.archetypes()[row]); break;
            case statement_kind::attribute: attribute(lines, v_.attributes()[row]); break;
            case statement_kind::transition: transition(lines, row); break;
            case statement_kind::test: test(lines, v_.tests()[row]); break;
            case statement_kind::rule: {
                const auto& r = v_.rules()[row];
                std::string head = "rule " + std::string(r.id);
                if (!r.parameters.empty()) head += "(" + std::string(r.parameters) + ")";
                lines.push_back(head + " = " + std::string(r.text));
                break;
            }
        }
        return lines;
    }

    /// A string in quotes: double unless it holds a double quote.
    [[nodiscard]] static std::string quoted(std::string_view s) {
        const char q = s.find('"') == std::string_view::npos ? '"' : '\'';
        std::string out(1, q);
        out += s;
        out += q;
        return out;
    }

private:
    [[nodiscard]] std::string ladder_line() const {
        std::string line = "ladder " + quoted(v_.name());
        if (!v_.version().empty()) line += " version " + quoted(v_.version());
        if (v_.effective() != 0) line += " effective " + day_text(v_.effective());
        return line;
    }

    void policy(text_lines& lines) const {
        const ladder_policy& p = v_.policy();
        lines.push_back("policy {");
        lines.push_back("  decreasing_expectations " + std::string(name_of(p.decreasing_expectations)));
        lines.push_back("  missing_expectations " + std::string(name_of(p.missing_expectations)));
        lines.push_back("  max_band_overlap " + std::to_string(p.max_band_overlap_percent) + "%");
        lines.push_back("}");
    }

    void scale(text_lines& lines, const ladder::scale& s) const {
        lines.push_back("scale " + std::string(s.id) + " " + quoted(s.name) + " {");
        for (const auto& p : v_.points_of(s)) {
            lines.push_back("  " + std::to_string(p.value) + " " + std::string(p.id) + " " + quoted(p.name));
        }
        lines.push_back("}");
    }

    void category(text_lines& lines, const ladder::category& c) const {
        std::string line = "category " + std::string(c.id) + " " + quoted(c.name);
        if (!c.description.empty()) line += " about " + quoted(c.description);
        lines.push_back(line);
    }

    void competency(text_lines& lines, const ladder::competency& c) const {
        std::string line = "competency " + std::string(c.id) + " " + quoted(c.name) + " in " + std::string(c.category.id);
        if (!c.scale.empty()) line += " scale " + std::string(c.scale.id);
        if (!c.description.empty()) line += " about " + quoted(c.description);
        lines.push_back(line);
    }

    void track(text_lines& lines, const ladder::track& t) const {
        std::string line = "track " + std::string(t.id) + " " + quoted(t.name);
        if (t.kind != track_kind::individual_contributor) line += " " + std::string(name_of(t.kind));
        lines.push_back(line);
    }

    void level(text_lines& lines, const ladder::level& l) {
        std::string line = "level " + std::string(l.id) + " " + quoted(l.title) + " on " + std::string(l.track.id);
        // The rank is written only where the reader would not infer it: one above the highest
        // rank declared before on the same track (by track id, as the builder counts), or 1.
        std::int32_t highest = 0;
        for (auto& [track, seen] : rank_seen_) {
            if (track == l.track.id) highest = seen;
        }
        if (l.rank != detail::inferred_rank(highest)) line += " rank " + std::to_string(l.rank);
        bool known = false;
        for (auto& [track, seen] : rank_seen_) {
            if (track == l.track.id) {
                known = true;
                if (l.rank > seen) seen = l.rank;
            }
        }
        if (!known) rank_seen_.emplace_back(l.track.id, l.rank > 0 ? l.rank : 0);
        line += " scope " + std::string(name_of(l.scope));
        if (l.career) line += " career";
        if (l.band) line += " band " + band_text(*l.band);
        if (l.typical_months) line += " typical " + duration_text(*l.typical_months);
        if (!l.criterion.empty()) line += " when " + std::string(l.criterion);
        expectation_block(lines, line, v_.expectations_of(l));
    }

    /// `head {` + `leading` lines (an archetype's titles) + `expect …` lines + `means …`
    /// statements + `}`, or just `head` when there is nothing to put in the block.
    void expectation_block(text_lines& lines, const std::string& head, row_span<ladder::expectation> list,
                           const text_lines& leading = {}) const {
        if (list.empty() && leading.empty()) {
            lines.push_back(head);
            return;
        }
        lines.push_back(head + " {");
        for (const auto& l : leading) lines.push_back(l);
        if (list.empty()) {
            lines.push_back("}");
            return;
        }
        std::string current;
        std::uint32_t line = list.front().where.line;
        for (const auto& e : list) {
            std::string item = std::string(e.competency.id) + " " +
                               (e.point.empty() ? std::to_string(e.minimum) : std::string(e.point.id));
            // Lines break where the text broke them; text with no positions wraps at 120 columns.
            const bool break_here = e.where.line != 0 ? e.where.line != line : current.size() + item.size() + 2 > 120;
            if (!current.empty() && break_here) {
                lines.push_back(current);
                current.clear();
            }
            line = e.where.line;
            current += current.empty() ? "  expect " + item : ", " + item;
        }
        lines.push_back(current);
        for (const auto& e : list) {
            if (e.statement.empty()) continue;
            const std::string means = "  means " + std::string(e.competency.id) + " " + quoted(e.statement);
            if (e.note_count == 0) {
                lines.push_back(means);
                continue;
            }
            lines.push_back(means + " {");
            for (const auto& n : v_.notes_of(e)) lines.push_back("    " + std::string(name_of(n.kind)) + " " + quoted(n.text));
            lines.push_back("  }");
        }
        lines.push_back("}");
    }

    void equivalence(text_lines& lines, const ladder::equivalence& q) const {
        lines.push_back("equivalent " + std::string(q.level.id) + " ~ " + range_text(q.lowest.id, q.highest.id));
    }

    void group(text_lines& lines, const ladder::level_group& g) const {
        lines.push_back("group " + std::string(g.id) + " " + quoted(g.name) + " = " + range_text(g.lowest.id, g.highest.id));
    }

    /// `maps L5 -> L5a, L5b`: the row and the rows after it of the same statement.
    void maps(text_lines& lines, index_t row) const {
        const auto rows = v_.maps();
        std::string line = "maps " + std::string(rows[row].from) + " -> " + std::string(rows[row].to.id);
        for (std::size_t i = row + 1; i < rows.size() && same_statement(rows[i - 1], rows[i]); ++i) line += ", " + std::string(rows[i].to.id);
        lines.push_back(std::move(line));
    }

    void archetype(text_lines& lines, const ladder::archetype& a) const {
        std::string head = "archetype " + std::string(a.id) + " " + quoted(a.name) + " from " + std::string(a.from.id);
        if (!a.until.empty()) head += " until " + std::string(a.until.id);
        const auto row = static_cast<index_t>(&a - v_.archetypes().data());
        text_lines titles;
        for (const auto& t : v_.titles()) {
            if (t.archetype == row) titles.push_back("  title " + std::string(t.level.id) + " " + quoted(t.title));
        }
        expectation_block(lines, head, v_.expectations_of(a), titles);
    }

    static void attribute(text_lines& lines, const ladder::attribute& a) {
        lines.push_back("attribute " + std::string(a.id) + " : " +
                        std::string(name_of(a.type)));
    }

    void transition(text_lines& lines, index_t row) const {
        const ladder::transition& t = v_.transitions()[row];
        std::string line = move_text(t, t.from.id, t.to.id);
        if (t.kind == transition_kind::step_back && t.pay != pay_policy::keep) {
            line += " pay " + std::string(name_of(t.pay));
        }
        if (!t.guard.empty()) line += " when " + std::string(t.guard);
        lines.push_back(line);
        for (const auto& a : v_.advisories()) {
            if (a.transition == row) lines.push_back("  warn " + std::string(a.text) + " " + quoted(a.message));
        }
    }

    /// A cycle id prints bare when the reader takes it back as one word (letters, digits, `_`).
    static std::string cycle_id(std::string_view id) {
        bool bare = !id.empty();
        for (char c : id) bare = bare && is_identifier_char(c);
        return bare ? std::string(id) : quoted(id);
    }

    static constexpr std::size_t max_width = 120;  ///< columns of a test's cycle line before it wraps

    void test(text_lines& lines, const ladder_test& t) const {
        lines.push_back("test " + quoted(t.name) + " {");
        const auto facts = v_.test_facts().subspan(t.first_fact, t.fact_count);
        lines.push_back("  person {");
        for (std::size_t i = 0; i != facts.size(); ++i) {
            const test_fact& f = facts[i];
            switch (f.kind) {
                case fact_kind::level: lines.push_back("    level " + std::string(f.id)); break;
                case fact_kind::archetype: lines.push_back("    archetype " + std::string(f.id)); break;
                case fact_kind::time_in_level: lines.push_back("    time_in_level " + duration_text(static_cast<std::int32_t>(f.number))); break;
                case fact_kind::tenure: lines.push_back("    tenure " + duration_text(static_cast<std::int32_t>(f.number))); break;
                case fact_kind::exempt: lines.push_back("    exempt " + std::string(f.id) + " " + quoted(f.text)); break;
                case fact_kind::attribute: {
                    std::string value;
                    switch (f.form) {
                        case value_form::boolean: value = f.number != 0 ? "true" : "false"; break;
                        case value_form::number: value = std::to_string(f.number); break;
                        case value_form::duration: value = duration_text(static_cast<std::int32_t>(f.number)); break;
                        case value_form::text: value = quoted(f.text); break;
                    }
                    lines.push_back("    " + std::string(f.id) + " " + value);
                    break;
                }
                case fact_kind::rating: {
                    // One line per cycle (the ratings that follow each other in one cycle), or, past
                    // max_width columns, the ratings on lines of their own.
                    std::string line = "    cycle " + cycle_id(f.cycle) + " {";
                    text_lines wrapped{line, "     "};
                    for (; i != facts.size() && facts[i].kind == fact_kind::rating && facts[i].cycle == f.cycle; ++i) {
                        const std::string item = " " + std::string(facts[i].id) + " " +
                                                 (facts[i].text.empty() ? std::to_string(facts[i].number)
                                                                        : std::string(facts[i].text));
                        line += item;
                        if (wrapped.back().size() + item.size() > max_width && wrapped.back().size() > 5) wrapped.push_back("     ");
                        wrapped.back() += item;
                    }
                    --i;
                    if (line.size() + 2 <= max_width) {
                        lines.push_back(line + " }");
                    } else {
                        wrapped.push_back("    }");
                        for (auto& w : wrapped) lines.push_back(std::move(w));
                    }
                    break;
                }
            }
        }
        lines.push_back("  }");
        for (const auto& c : v_.test_checks().subspan(t.first_check, t.check_count)) {
            const std::string_view move = c.is_rule ? std::string_view("rule") : name_of(c.move);
            lines.push_back("  expect " + std::string(move) + " " + std::string(c.target) + " " +
                            std::string(verdict_names[c.expected]));
        }
        lines.push_back("}");
    }

    ladder_view v_;
    constexpr_vector<std::pair<std::string_view, std::int32_t>> rank_seen_;  ///< highest rank so far per track id
};

inline void append_lines(std::string& out, const text_lines& lines) {
    for (const auto& l : lines) {
        out += l;
        out += '\n';
    }
}

}  // namespace detail

/// The ladder as canonical .ladder text: statements grouped by kind, in table order. Reading
/// it back gives an equal ladder (ladder::equal). Names holding both kinds of quote cannot be
/// written and are a documented limit.
[[nodiscard]] inline std::string to_text(const ladder_view& v) {
    using detail::statement_kind;
    detail::text_printer printer(v);
    std::string out;
    const auto group = [&](statement_kind kind, std::size_t rows, bool blank_between) {
        if (rows == 0) return;
        out += '\n';
        for (std::size_t i = 0; i != rows; ++i) {
            if (blank_between && i != 0) out += '\n';
            detail::append_lines(out, printer.statement(kind, static_cast<index_t>(i)));
        }
    };
    detail::append_lines(out, printer.statement(statement_kind::ladder, 0));
    if (!v.info().default_scale.empty()) detail::append_lines(out, printer.statement(statement_kind::default_scale, 0));
    if (!(v.policy() == ladder_policy{})) detail::append_lines(out, printer.statement(statement_kind::policy, 0));
    group(statement_kind::scale, v.scales().size(), true);
    group(statement_kind::category, v.categories().size(), false);
    group(statement_kind::competency, v.competencies().size(), false);
    group(statement_kind::track, v.tracks().size(), false);
    group(statement_kind::attribute, v.attributes().size(), false);
    group(statement_kind::level, v.levels().size(), true);
    group(statement_kind::equivalence, v.equivalences().size(), false);
    group(statement_kind::group, v.groups().size(), false);
    // One statement per id mapped: its rows follow one another.
    const auto maps = v.maps();
    for (std::size_t i = 0; i != maps.size(); ++i) {
        if (i != 0 && detail::same_statement(maps[i - 1], maps[i])) continue;
        if (i == 0) out += '\n';
        detail::append_lines(out, printer.statement(statement_kind::maps, static_cast<index_t>(i)));
    }
    group(statement_kind::archetype, v.archetypes().size(), true);
    group(statement_kind::rule, v.rules().size(), false);
    group(statement_kind::transition, v.transitions().size(), false);
    group(statement_kind::test, v.tests().size(), true);
    return out;
}

LADDER_END_NAMESPACE
// end ladder/text/printer.hpp
// begin ladder/text/format.hpp

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/text/limits.hpp (included above)
// ladder/text/parser.hpp (included above)
// ladder/text/printer.hpp (included above)

#include <cstddef>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Reformats a .ladder text: canonical spelling and layout, statements in their order, blank
/// lines between paragraphs kept (one at most), and every comment kept: a comment above a
/// statement stays above it; one at the end of a statement's first line ends that line; one at
/// the end of its last line ends its last printed line (a `warn`), or after a block's `}` its
/// first; one inside a block opens the block, and any other inside the statement stands above
/// it; conditions keep the comments between their first and last token as written. Formatting
/// is idempotent, and never changes what the text says: the result is read back and compared
/// with the original, ladder for ladder, and a difference is a format-changed-meaning error.
/// A text that does not read gives its errors; one that reads but does not validate is still
/// formatted.
[[nodiscard]] inline result<std::string> format(std::string_view text, std::string_view source_name = "<input>",
                                                const text_limits& limits = {}) {
    detail::parse_output parsed = detail::read_text(text, source_name, limits, true);
    if (!parsed.ladder.reported().ok()) {
        return detail::settled(result<std::string>(parsed.ladder.reported()), source_name, text);
    }
    const ladder_view v = parsed.ladder.view();
    detail::text_printer printer(v);
    // Conditions (rules, guards, advisories, criteria) are printed as written, with the comments
    // between their first and last token; verbatim ranges come in text order, as comments do.
    std::size_t next_range = 0;
    const auto inside_condition = [&](std::size_t offset) {
        const auto& ranges = parsed.verbatim;
        while (next_range < ranges.size() && ranges[next_range].end <= offset) ++next_range;
        return next_range < ranges.size() && ranges[next_range].begin <= offset;
    };
    const auto& comments = parsed.comments;
    std::size_t next_comment = 0;
    std::uint32_t last_line = 0;  // source line of the last thing written; 0 before the first
    std::string out;

    const auto append_comment = [](std::string& to, std::string_view comment) {
        if (comment.empty()) return;
        if (!to.empty()) to += ' ';
        to += comment;
    };
    const auto blank_before = [&](std::uint32_t line) {
        if (last_line != 0 && line > last_line + 1 && !out.empty()) {
            // A blank line in the source between the two: keep one.
            bool blank = false;
            for (std::uint32_t l = last_line + 1; l < line && !blank; ++l) {
                const std::string_view t = detail::line_of_text(text, l);
                blank = t.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
            }
            if (blank) out += '\n';
        }
    };

    for (const auto& span : parsed.statements) {
        constexpr_vector<std::string_view> inner;
        std::string trailing, last_trailing;
        // Comments before the statement stand above it.
        while (next_comment < comments.size() && comments[next_comment].offset < span.begin) {
            const auto& c = comments[next_comment++];
            blank_before(c.where.line);
            if (!c.own_line && !out.empty()) {
                // Ends the previous line in the source but was not claimed by it: keep it on that line.
                out.pop_back();
                out += "  ";
            }
            out += c.text;
            out += '\n';
            last_line = c.where.line;
        }
        // Comments inside it, or ending its last line, belong to it. A rule's text keeps the
        // comments between its first and last token itself.
        while (next_comment < comments.size() &&
               (comments[next_comment].offset < span.end || comments[next_comment].where.line == span.end_line)) {
            const auto& c = comments[next_comment++];
            if (inside_condition(c.offset)) continue;
            if (c.where.line == span.where.line) {
                append_comment(trailing, c.text);
            } else if (c.where.line == span.end_line) {
                append_comment(last_trailing, c.text);
            } else {
                inner.push_back(c.text);
            }
        }
        detail::text_lines lines = printer.statement(span.kind, span.row);
        const bool has_block = lines.size() > 1 && lines.back() == "}";
        // A comment ending the statement's last line ends its last printed line (the last
        // `warn`), or, after a block's `}`, its first.
        if (has_block || lines.size() == 1) {
            append_comment(trailing, last_trailing);
        } else if (!last_trailing.empty()) {
            lines.back() += "  " + last_trailing;
        }
        if (!trailing.empty()) lines.front() += "  " + trailing;
        // Inner comments open the block, or stand above a statement that has none.
        const std::size_t at = has_block ? 1 : 0;
        for (std::size_t i = 0; i != inner.size(); ++i) {
            lines.insert(lines.begin() + at + i, (has_block ? "  " : "") + std::string(inner[i]));
        }
        blank_before(span.where.line);
        detail::append_lines(out, lines);
        last_line = span.end_line;
    }
    while (next_comment < comments.size()) {
        const auto& c = comments[next_comment++];
        blank_before(c.where.line);
        out += c.text;
        out += '\n';
        last_line = c.where.line;
    }
    // What the text says must not change: the result is read back and compared, ladder for
    // ladder (never text for text), and a difference is an error, never a formatted file.
    detail::parse_output reread = detail::read_text(out, source_name, limits);
    if (!reread.ladder.reported().ok() || !equal(reread.ladder.view(), v)) {
        diagnostic_list found;
        diagnostic d = detail::make_diagnostic(diagnostic_code::format_changed_meaning, severity::error, entity::text, {});
        d.source = source_name;
        found.add(d);
        found.own_strings();
        return found;
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/text/format.hpp
// rules: the rules language
// begin ladder/rules/rule.hpp

// A compiled rule as evaluation reads it (rule_view), whatever its storage: a rule compiled at
// runtime (rule), one compiled while compiling (static_rule, static_rule.hpp), or a condition the
// ladder keeps (rule_of).

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstddef>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Limits on rule text from untrusted sources; each is a clean error naming it.
struct rule_limits {
    std::size_t max_depth = 64;          ///< rule-too-deep: nesting of parentheses and operators
    std::size_t max_nodes = 4096;        ///< rule-too-long
    std::size_t max_steps = 1'000'000;   ///< evaluation-budget-exceeded, per evaluation
    std::size_t max_text_bytes = 65536;  ///< input-too-large
};

/// A read-only view of a compiled rule, whatever its storage. Evaluation takes one.
class rule_view {
public:
    /// An empty view: no nodes, no ladder.
    constexpr rule_view() = default;
    /// `text` is the rule's own text followed by the text of each named rule it uses (their
    /// nodes point there); `own_length` is the length of the rule's own text.
    constexpr rule_view(std::span<const rule_node> nodes, std::string_view text, std::size_t own_length, index_t root,
                        const rule_limits& limits, const ladder_view& on) noexcept
        : nodes_(nodes), text_(text), own_length_(own_length), root_(root), limits_(limits), ladder_(on) {}

    [[nodiscard]] constexpr std::span<const rule_node> nodes() const noexcept { return nodes_; }
    /// The rule's text as written.
    [[nodiscard]] constexpr std::string_view text() const noexcept { return text_.substr(0, own_length_); }
    [[nodiscard]] constexpr index_t root() const noexcept { return root_; }
    [[nodiscard]] constexpr const rule_limits& limits() const noexcept { return limits_; }
    /// The rule's text followed by the texts of the named rules it uses.
    [[nodiscard]] constexpr std::string_view full_text() const noexcept { return text_; }
    /// The ladder the rule was compiled against.
    [[nodiscard]] constexpr const ladder_view& ladder() const noexcept { return ladder_; }
    /// The text a node was written as.
    [[nodiscard]] constexpr std::string_view text_of(const rule_node& n) const noexcept {
        return text_.substr(n.begin, n.end - n.begin);
    }

private:
    std::span<const rule_node> nodes_;
    std::string_view text_;
    std::size_t own_length_ = 0;
    index_t root_ = no_index;
    rule_limits limits_{};
    ladder_view ladder_;
};

namespace detail {
class rule_access;
}

/// A rule compiled at runtime against one ladder: its own copy of the text and the node array,
/// and a view of the ladder, which must outlive it.
class rule {
public:
    constexpr rule() = default;

    [[nodiscard]] constexpr rule_view view() const noexcept {
        return rule_view({nodes_.data(), nodes_.size()}, {text_.data(), text_.size()}, own_length_, root_, limits_, ladder_);
    }
    constexpr operator rule_view() const noexcept { return view(); }

private:
    friend class detail::rule_access;
    constexpr_vector<char> text_;
    std::size_t own_length_ = 0;
    constexpr_vector<rule_node> nodes_;
    index_t root_ = no_index;
    rule_limits limits_{};
    ladder_view ladder_;
};

namespace detail {
/// The compiler's way in to a rule's parts.
class rule_access {
public:
    static constexpr constexpr_vector<char>& text(rule& r) noexcept { return r.text_; }
    static constexpr void set_own_length(rule& r, std::size_t n) noexcept { r.own_length_ = n; }
    static constexpr constexpr_vector<rule_node>& nodes(rule& r) noexcept { return r.nodes_; }
    static constexpr void set_root(rule& r, index_t root) noexcept { r.root_ = root; }
    static constexpr void set_limits(rule& r, const rule_limits& l) noexcept { r.limits_ = l; }
    static constexpr void set_ladder(rule& r, const ladder_view& l) noexcept { r.ladder_ = l; }
};
}  // namespace detail

/// A condition the ladder states (a guard, an advisory, meets(level) …), compiled when the ladder
/// was built, as a rule to evaluate. The ladder must outlive the view.
[[nodiscard]] constexpr rule_view rule_of(const ladder_view& l, const compiled_condition& c) noexcept {
    return rule_view(l.condition_nodes().subspan(c.first_node, c.node_count), l.condition_text().substr(c.first_char, c.text_size),
                     c.own_length, c.root, rule_limits{}, l);
}

LADDER_END_NAMESPACE
// end ladder/rules/rule.hpp
// begin ladder/rules/rule_tokens.hpp

// Where the rule compiler's tokens come from. Tokens come from a stack of sources: the rule's
// text; the text of a named rule, or of a level's criterion, read in place where it is used;
// and the argument of a parameter, read again where the parameter stands (in parentheses when
// it is more than one token, so `double(a + b)` keeps its meaning). Token offsets are made
// absolute: positions in the rule's whole text (its own, then each text read in place).

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/rule.hpp (included above)
// ladder/text/lexer.hpp (included above)
// ladder/text/limits.hpp (included above)
// ladder/text/token_cursor.hpp (included above)

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
// end ladder/rules/rule_tokens.hpp
// begin ladder/rules/compile.hpp

// Rule text -> a type-checked flat node array, with every id resolved against a ladder.
// Written once as constexpr code over std::string_view. Grammar: docs/rules.md.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/rules/rule.hpp (included above)
// ladder/text/lexer.hpp (included above)
// ladder/text/limits.hpp (included above)
// ladder/rules/rule_tokens.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The row of an id in a table, or no_index and the closest id for a did-you-mean.
struct id_match {
    index_t row = no_index;
    std::string_view suggestion;
};
template <class Row>
[[nodiscard]] constexpr id_match match_id(row_span<Row> rows, std::string_view id) {
    const index_t row = find_row(rows, id);
    return row != no_index ? id_match{row, {}} : id_match{no_index, closest_id(rows, id)};
}

/// Rule text to nodes in one pass: a recursive-descent parser (lowest precedence first) that
/// resolves each name against the ladder and checks each operand's type as it reads it. Where its
/// tokens come from (named rules and level criteria read in place) is rule_tokens' business.
class rule_compiler : rule_tokens {
public:
    /// With own_diagnostics false, diagnostics view the rule text and the ladder (building a
    /// ladder uses this, build/conditions.hpp: both outlive its findings, even in a constant
    /// expression).
    constexpr rule_compiler(const ladder_view& l, std::string_view text, std::string_view name, const rule_limits& limits,
                            bool own_diagnostics = true)
        : rule_tokens(l, text, name, limits), own_diagnostics_(own_diagnostics) {}
    rule_compiler(const rule_compiler&) = delete;  // its lexers point at its limits and findings
    rule_compiler& operator=(const rule_compiler&) = delete;

    /// `any_type`: the text may be a number or a duration too (a named rule such as
    /// `rule points = sum(c in competencies)`, used inside conditions); else a condition.
    constexpr result<rule> compile(bool any_type = false) {
        if (text_.size() > limits_.max_text_bytes) {
            lex().report(diagnostic_code::input_too_large, {1, 1}, {}, static_cast<std::int64_t>(text_.size()),
                        static_cast<std::int64_t>(limits_.max_text_bytes));
            return finish_failed();
        }
        // About a node for every nine characters of rule text: room for them at once, instead
        // of the node array doubling (and each new buffer cleared) from four.
        nodes_.reserve(text_.size() / 8 + 4);
        advance();
        const index_t root = any_type ? or_expression() : expression(value_type::boolean);
        if (found_.ok() && cur_.kind != token_kind::end) expected("the end of the rule, `and` or `or`");
        if (root == no_index && found_.ok()) expected("a condition");
        return finish(root);
    }

    /// meets(level `row`) as a move without `when` asks it, with no text to read: the compiler
    /// writes the rule's text itself (`meets(L6)`), for explanations.
    constexpr result<rule> compile_meets(index_t row) {
        const level& l = ladder_.levels()[row];
        for (char c : std::string_view("meets(")) composed_.push_back(c);
        for (char c : l.id) composed_.push_back(c);
        composed_.push_back(')');
        text_ = std::string_view(composed_.data(), composed_.size());
        token use;
        use.offset = 0;
        use.end = composed_.size();
        use.where = source_position{1, 1};
        prev_ = token{};
        rule_node n = make_node(node_kind::meets, value_type::boolean);
        n.a = row;
        index_t root = add(n, use);
        if (root != no_index && !l.criterion.empty()) root = with_criterion(root, row, use, no_frame);
        return finish(root);
    }

private:
    constexpr result<rule> finish(index_t root) {
        if (!found_.ok()) return finish_failed();
        // Each node's nearest enclosing context node: the innermost one is the lowest index
        // above it whose subtree holds it, so assigning outer ones first lets inner ones win.
        for (std::size_t x = nodes_.size(); x-- != 0;) {
            if (!sets_context(nodes_[x].kind)) continue;
            for (index_t i = nodes_[x].first; i != x; ++i) nodes_[i].context = static_cast<index_t>(x);
        }
        // Where each `and`/`or`'s right operand starts, in the operator's context.
        for (std::size_t x = 0; x != nodes_.size(); ++x) {
            const rule_node& op = nodes_[x];
            if (op.kind != node_kind::logical_and && op.kind != node_kind::logical_or) continue;
            index_t j = nodes_[op.right].first;
            while (nodes_[j].context != op.context) ++j;
            if (nodes_[j].right_of == no_index) nodes_[j].right_of = static_cast<index_t>(x);
        }
        rule r;
        rule_access::text(r).reserve(text_.size() + used_text_.size());
        for (char c : text_) rule_access::text(r).push_back(c);
        for (char c : used_text_) rule_access::text(r).push_back(c);
        rule_access::set_own_length(r, text_.size());
        rule_access::nodes(r) = std::move(nodes_);
        rule_access::set_root(r, root);
        rule_access::set_limits(r, limits_);
        rule_access::set_ladder(r, ladder_);
        return r;
    }

    constexpr result<rule> finish_failed() {
        if (own_diagnostics_) found_.own_strings();
        return found_;
    }

    // ---- nodes ----
    constexpr index_t add(const rule_node& n, const token& first) {
        if (nodes_.size() >= limits_.max_nodes) {
            if (found_.ok()) {
                lex().report(diagnostic_code::rule_too_long, first.where, {}, 0, static_cast<std::int64_t>(limits_.max_nodes));
            }
            return no_index;
        }
        const auto self = static_cast<index_t>(nodes_.size());
        // What the node knows of its place is written in place, after the copy: a copy of a
        // node just written field by field would stall the processor.
        nodes_.push_back(n);
        rule_node& added = nodes_.back();
        added.first = self;
        if (added.left != no_index && nodes_[added.left].first < added.first) added.first = nodes_[added.left].first;
        if (added.right != no_index && nodes_[added.right].first < added.first) added.first = nodes_[added.right].first;
        // A node's text runs from its first token to the last read; where a parameter's argument
        // stands, the two may lie in different texts, and then the first token stands for it.
        added.begin = static_cast<std::uint32_t>(first.offset);
        added.end = static_cast<std::uint32_t>(prev_.end > first.offset ? prev_.end : first.end);
        added.where = first.where;
        return self;
    }
    [[nodiscard]] constexpr value_type type_of(index_t n) const noexcept { return nodes_[n].type; }

    /// Reports that node `n` is not of type `want`.
    constexpr bool require(index_t n, value_type want) {
        if (n == no_index) return false;
        if (type_of(n) == want) return true;
        if (found_.ok()) {
            const rule_node& bad = nodes_[n];
            lex().report(diagnostic_code::type_mismatch, bad.where, name_of(bad.type), 0, 0, name_of(want));
        }
        return false;
    }

    struct depth_guard {
        rule_compiler& c;
        constexpr explicit depth_guard(rule_compiler& compiler) : c(compiler) { ++c.depth_; }
        constexpr ~depth_guard() { --c.depth_; }
    };
    constexpr bool too_deep() {
        if (depth_ <= limits_.max_depth) return false;
        if (found_.ok()) {
            lex().report(diagnostic_code::rule_too_deep, cur_.where, {}, 0, static_cast<std::int64_t>(limits_.max_depth));
        }
        return true;
    }

    // ---- grammar (lowest precedence first) ----
    constexpr index_t expression(value_type want) {
        const index_t e = or_expression();
        if (e == no_index || !require(e, want)) return no_index;
        return e;
    }

    constexpr index_t or_expression() {
        const token first = cur_;
        index_t left = and_expression();
        while (left != no_index && at_word("or")) {
            advance();
            const index_t right = and_expression();
            if (!require(left, value_type::boolean) || !require(right, value_type::boolean)) return no_index;
            left = add(make_node(node_kind::logical_or, value_type::boolean, left, right), first);
        }
        return left;
    }

    constexpr index_t and_expression() {
        const token first = cur_;
        index_t left = not_expression();
        while (left != no_index && at_word("and")) {
            advance();
            const index_t right = not_expression();
            if (!require(left, value_type::boolean) || !require(right, value_type::boolean)) return no_index;
            left = add(make_node(node_kind::logical_and, value_type::boolean, left, right), first);
        }
        return left;
    }

    constexpr index_t not_expression() {
        depth_guard guard(*this);
        if (too_deep()) return no_index;
        const token first = cur_;
        if (accept_word("not")) {
            const index_t inner = not_expression();
            if (!require(inner, value_type::boolean)) return no_index;
            return add(make_node(node_kind::logical_not, value_type::boolean, inner), first);
        }
        return historical();
    }

    /// `condition in at least K of last N cycles`, or `condition in last N cycles` (every one).
    constexpr index_t historical() {
        const token first = cur_;
        const index_t inner = comparison();
        if (inner == no_index || !at_word("in")) return inner;
        advance();
        std::int64_t k = 0, n = 0;
        const bool at_least = accept_word("at");
        if (at_least) {
            if (!expect_word("least", "`least`") || !count_literal(k) || !expect_word("of", "`of`")) return no_index;
        }
        if (!expect_word("last", "`last` and a number of cycles") || !count_literal(n)) return no_index;
        if (!accept_word("cycles") && !accept_word("cycle")) return expected("`cycles`");
        if (!at_least) k = n;
        if (k > n) return expected("at least K of last N cycles with K no more than N");
        if (!require(inner, value_type::boolean)) return no_index;
        rule_node node = make_node(node_kind::in_cycles, value_type::boolean, inner);
        node.a = static_cast<index_t>(k);
        node.b = static_cast<index_t>(n);
        return add(node, first);
    }

    constexpr bool count_literal(std::int64_t& into) {
        if (cur_.kind != token_kind::number || cur_.number < 1 || cur_.number > 1000) {
            expected("a number of cycles from 1 to 1000");
            return false;
        }
        into = cur_.number;
        advance();
        return true;
    }

    constexpr index_t comparison() {
        const token first = cur_;
        const index_t left = additive();
        if (left == no_index) return no_index;
        node_kind kind{};
        switch (cur_.kind) {
            case token_kind::less: kind = node_kind::less; break;
            case token_kind::less_equal: kind = node_kind::less_equal; break;
            case token_kind::greater: kind = node_kind::greater; break;
            case token_kind::greater_equal: kind = node_kind::greater_equal; break;
            case token_kind::equal_equal: kind = node_kind::equal; break;
            case token_kind::not_equal: kind = node_kind::not_equal; break;
            default: return left;
        }
        advance();
        const index_t right = additive();
        if (right == no_index) return no_index;
        if (type_of(left) == value_type::boolean && kind != node_kind::equal && kind != node_kind::not_equal) {
            require(left, value_type::number);
            return no_index;
        }
        if (!require(right, type_of(left))) return no_index;
        return add(make_node(kind, value_type::boolean, left, right), first);
    }

    constexpr index_t additive() {
        const token first = cur_;
        index_t left = multiplicative();
        while (left != no_index) {
            node_kind kind{};
            if (cur_.kind == token_kind::plus) kind = node_kind::add;
            else if (cur_.kind == token_kind::minus) kind = node_kind::subtract;
            else if (cur_.kind == token_kind::number && cur_.number < 0) kind = node_kind::subtract;  // `a -1`
            else break;
            index_t right = no_index;
            if (cur_.kind == token_kind::number) {
                // The lexer read `-1` as one number: it is `- 1` here.
                rule_node constant = make_node(node_kind::constant, value_type::number);
                constant.value = -cur_.number;
                right = add(constant, cur_);
                advance();
                if (const std::int64_t unit = duration_unit(); right != no_index && unit != 0) {
                    nodes_[right].type = value_type::duration;
                    nodes_[right].value *= unit;
                    advance();
                }
            } else {
                advance();
                right = multiplicative();
            }
            if (right == no_index || !same_arithmetic_type(left, right)) return no_index;
            left = add(make_node(kind, type_of(left), left, right), first);
        }
        return left;
    }

    /// + and - take two numbers or two durations.
    constexpr bool same_arithmetic_type(index_t left, index_t right) {
        if (type_of(left) == value_type::boolean) return require(left, value_type::number);
        return require(right, type_of(left));
    }

    constexpr index_t multiplicative() {
        const token first = cur_;
        index_t left = unary();
        while (left != no_index && (cur_.kind == token_kind::star || cur_.kind == token_kind::slash)) {
            const node_kind kind = cur_.kind == token_kind::star ? node_kind::multiply : node_kind::divide;
            advance();
            const index_t right = unary();
            // A duration may be scaled by a number; otherwise both sides are numbers.
            if (right == no_index || !require(right, value_type::number)) return no_index;
            if (type_of(left) == value_type::boolean && !require(left, value_type::number)) return no_index;
            left = add(make_node(kind, type_of(left), left, right), first);
        }
        return left;
    }

    constexpr index_t unary() {
        depth_guard guard(*this);
        if (too_deep()) return no_index;
        const token first = cur_;
        if (accept(token_kind::minus)) {
            const index_t inner = unary();
            if (inner == no_index) return no_index;
            if (type_of(inner) == value_type::boolean && !require(inner, value_type::number)) return no_index;
            return add(make_node(node_kind::negate, type_of(inner), inner), first);
        }
        return primary();
    }

    constexpr index_t primary() {
        const token first = cur_;
        if (cur_.kind == token_kind::number) {
            rule_node n = make_node(node_kind::constant, value_type::number);
            n.value = cur_.number;
            advance();
            if (const std::int64_t unit = duration_unit(); unit != 0) {
                n.type = value_type::duration;
                n.value *= unit;
                advance();
            }
            return add(n, first);
        }
        if (accept(token_kind::left_paren)) {
            const index_t inner = or_expression();
            if (inner == no_index || !expect(token_kind::right_paren, "`)`")) return no_index;
            // The parenthesised node spans the parentheses too, for explanations.
            if (prev_.end >= first.offset) {
                nodes_[inner].begin = static_cast<std::uint32_t>(first.offset);
                nodes_[inner].end = static_cast<std::uint32_t>(prev_.end);
            }
            return inner;
        }
        if (cur_.kind != token_kind::identifier) return expected("a rating, a number, a condition or `(`");
        const std::string_view word = cur_.text;
        if (word == "true" || word == "false") {
            advance();
            rule_node n = make_node(node_kind::constant, value_type::boolean);
            n.value = word == "true" ? 1 : 0;
            return add(n, first);
        }
        if (word == "meets" || word == "gap") return meets_or_gap();
        if (word == "at") return at_level();
        if (word == "expected") return expected_rating();
        if (word == "trend") return trend();
        if (word == "count" || word == "all" || word == "any" || word == "sum") return quantifier();
        if (word == "time_in_level" || word == "tenure") {
            advance();
            return add(make_node(word == "tenure" ? node_kind::tenure : node_kind::time_in_level, value_type::duration), first);
        }
        return name();
    }

    /// A bare name: the bound competency, a competency, a scale point, or an attribute.
    constexpr index_t name() {
        const token first = cur_;
        const std::string_view word = cur_.text;
        const std::size_t frame = cur_from_.frame;
        advance();
        if (!bound_name_.empty() && word == bound_name_) return add(make_node(node_kind::bound_rating, value_type::number), first);
        if (const index_t c = find_row(ladder_.competencies(), word); c != no_index) {
            rule_node n = make_node(node_kind::rating, value_type::number);
            n.a = c;
            return add(n, first);
        }
        if (const scale_point* p = ladder_.point_by_id(ladder_.default_scale_index(), word)) {
            rule_node n = make_node(node_kind::constant, value_type::number);
            n.value = p->value;
            return add(n, first);
        }
        if (const index_t a = find_row(ladder_.attributes(), word); a != no_index) {
            const attribute_type t = ladder_.attributes()[a].type;
            if (t == attribute_type::text) {
                lex().report(diagnostic_code::type_mismatch, first.where, "a text attribute", 0, 0,
                            "a condition, a number or a duration");
                return no_index;
            }
            rule_node n = make_node(node_kind::attribute, t == attribute_type::boolean  ? value_type::boolean
                                                          : t == attribute_type::number ? value_type::number
                                                                                        : value_type::duration);
            n.a = a;
            return add(n, first);
        }
        if (const index_t k = find_row(ladder_.rules(), word); k != no_index) return use_rule(k, first, frame);
        suggestion_finder finder(word);
        for (const auto& c : ladder_.competencies()) finder.consider(c.id);
        for (const auto& r : ladder_.rules()) finder.consider(r.id);
        for (const auto& a : ladder_.attributes()) finder.consider(a.id);
        if (const index_t s = ladder_.default_scale_index(); s != no_index) {
            for (const auto& p : ladder_.points_of(ladder_.scales()[s])) finder.consider(p.id);
        }
        for (std::string_view w : {"time_in_level", "tenure", "meets", "gap", "at", "expected", "trend", "count", "all", "any", "sum",
                                   "true", "false"}) {
            finder.consider(w);
        }
        lex().report(diagnostic_code::unknown_name, first.where, word, 0, 0, {}, entity::text, finder.best());
        return no_index;
    }

    /// A named rule used by name: its text is read in place, as if written here (so it sees the
    /// same cycle and competency as the use), each parameter standing for its argument. Its text
    /// is kept after the rule's own, so its parts explain themselves; a one-clause rule stands in
    /// explanations as its use (`sustained(L6)`).
    constexpr index_t use_rule(index_t k, const token& use, std::size_t frame) {
        const named_rule& named = ladder_.rules()[k];
        if (reading(frame, k, no_index, use)) return no_index;
        const std::size_t first_argument = arguments_.size();
        std::size_t parameters = 0;
        for (std::string_view p : parameter_names(named.parameters)) parameters += p.empty() ? 0 : 1;
        if ((parameters != 0 || cur_.kind == token_kind::left_paren) && !read_arguments()) return no_index;
        const std::size_t given = arguments_.size() - first_argument;
        if (given != parameters) {
            lex().report(diagnostic_code::wrong_arity, use.where, named.id, static_cast<std::int64_t>(given),
                         static_cast<std::int64_t>(parameters), {}, entity::rule);
            return no_index;
        }
        const std::size_t use_end = prev_.end;
        expansion x;
        x.rule = k;
        x.caller = frame;
        x.first_argument = first_argument;
        const index_t body = read_in_place(x, named.text, named.id);
        if (body == no_index) return no_index;
        if (nodes_[body].kind != node_kind::logical_and && use_end >= use.offset) {
            // A single clause reads best as the use; an `and` of clauses shows its parts.
            nodes_[body].begin = static_cast<std::uint32_t>(use.offset);
            nodes_[body].end = static_cast<std::uint32_t>(use_end);
        }
        return body;
    }

    /// Reads `text` (a named rule's, or a level's criterion) where it is used, as if written
    /// there, in a frame of its own; its text is kept after the rule's own. `condition`: it
    /// must be one (a criterion), checked while its own text is read, so an error is placed there.
    constexpr index_t read_in_place(const expansion& x, std::string_view text, std::string_view source_name,
                                    bool condition = false) {
        frames_.push_back(x);
        const token saved_cur = cur_, saved_prev = prev_;
        const token_origin saved_from = cur_from_;
        const std::size_t depth = sources_.size();
        used_text_.push_back('\n');
        const std::size_t region = text_.size() + used_text_.size();
        for (char c : text) used_text_.push_back(c);
        push_source(lexer(text, source_name, text_limits_, found_), region, frames_.size() - 1);
        advance();
        index_t body = or_expression();
        if (body != no_index && cur_.kind != token_kind::end) body = expected("the end of the rule, `and` or `or`");
        if (condition && body != no_index && !require(body, value_type::boolean)) body = no_index;
        while (sources_.size() > depth) sources_.pop_back();
        cur_ = saved_cur;
        prev_ = saved_prev;
        cur_from_ = saved_from;
        return body;
    }

    /// meets(L) where level L states a criterion: its expectations and that criterion, read in
    /// place as a named rule is (so it sees the cycle and competency of the use).
    constexpr index_t with_criterion(index_t expectations, index_t level_row, const token& use, std::size_t frame) {
        const level& l = ladder_.levels()[level_row];
        if (reading(frame, no_index, level_row, use)) return no_index;
        expansion x;
        x.level = level_row;
        x.caller = frame;
        x.first_argument = arguments_.size();
        const index_t body = read_in_place(x, l.criterion, l.id, true);
        if (body == no_index) return no_index;
        return add(make_node(node_kind::logical_and, value_type::boolean, expectations, body), use);
    }

    /// `meets(L6)`, `meets(L6 as architect)`; `gap(L6)`, `gap(L6 as architect)`.
    /// meets() asks a level's criterion too (`level S5 … when points >= 43`); gap() is the
    /// shortfall against its expectations alone.
    constexpr index_t meets_or_gap() {
        const token first = cur_;
        const std::size_t frame = cur_from_.frame;
        const bool gap = cur_.text == "gap";
        advance();
        rule_node n = gap ? make_node(node_kind::gap, value_type::number) : make_node(node_kind::meets, value_type::boolean);
        if (!expect(token_kind::left_paren, "`(` and a level") || !level_as_archetype(n.a, n.b)) return no_index;
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        const index_t expectations = add(n, first);
        if (gap || expectations == no_index || ladder_.levels()[n.a].criterion.empty()) return expectations;
        return with_criterion(expectations, n.a, first, frame);
    }

    /// `at(L5)`: the person is at level L5; `at(senior)`: at a level of group senior
    /// (`group senior "…" = L5..L8`).
    constexpr index_t at_level() {
        const token first = cur_;
        advance();
        if (!expect(token_kind::left_paren, "`(` and a level or a group") || !at_id("a level or a group id")) return no_index;
        rule_node n = make_node(node_kind::at_level, value_type::boolean);
        if (const index_t g = find_row(ladder_.groups(), cur_.text); g != no_index) {
            const level_group& group = ladder_.groups()[g];
            if (!group.lowest.resolved() || !group.highest.resolved()) {
                // The group names a level that does not exist (validation reports it at the group).
                lex().report(diagnostic_code::unknown_reference, cur_.where, group.lowest.resolved() ? group.highest.id : group.lowest.id,
                             0, 0, group.id, entity::level);
                return no_index;
            }
            n.a = group.lowest.index;
            n.b = group.highest.index;
            advance();
        } else if (const index_t x = find_row(ladder_.levels(), cur_.text); x != no_index) {
            n.a = n.b = x;
            advance();
        } else {
            suggestion_finder finder(cur_.text);
            for (const auto& v : ladder_.levels()) finder.consider(v.id);
            for (const auto& v : ladder_.groups()) finder.consider(v.id);
            lex().report(diagnostic_code::unknown_id, cur_.where, cur_.text, 0, 0, {}, entity::level, finder.best());
            return no_index;
        }
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        return add(n, first);
    }

    /// `L6` or `L6 as architect`.
    constexpr bool level_as_archetype(index_t& level, index_t& archetype) {
        return known_level(level) && (!accept_word("as") || known_archetype(archetype));
    }

    /// `expected(L6, design)`, `expected(L6 as architect, design)`: the rating the level expects,
    /// a number known when the rule is compiled.
    constexpr index_t expected_rating() {
        const token first = cur_;
        advance();
        index_t level = no_index, archetype = no_index, competency = no_index;
        if (!expect(token_kind::left_paren, "`(` and a level") || !level_as_archetype(level, archetype) ||
            !expect(token_kind::comma, "`,` and a competency")) {
            return no_index;
        }
        const token named = cur_;
        if (!known_competency(competency)) return no_index;
        std::optional<rating> minimum;
        if (archetype != no_index) minimum = minimum_of(ladder_.expectations_of(ladder_.archetypes()[archetype]), competency);
        if (!minimum) minimum = minimum_of(ladder_.expectations_of(ladder_.levels()[level]), competency);
        if (!minimum) {
            lex().report(diagnostic_code::no_expectation, named.where, named.text, 0, 0, ladder_.levels()[level].id,
                         entity::level);
            return no_index;
        }
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        rule_node n = make_node(node_kind::constant, value_type::number);
        n.value = *minimum;
        return add(n, first);
    }

    /// `trend(X over last N cycles)`: X in the latest cycle minus X N - 1 cycles before.
    constexpr index_t trend() {
        const token first = cur_;
        advance();
        if (!expect(token_kind::left_paren, "`(` and a number")) return no_index;
        const index_t body = additive();
        if (body == no_index || !require(body, value_type::number)) return no_index;
        std::int64_t n = 0;
        if (!expect_word("over", "`over last N cycles`") || !expect_word("last", "`last` and a number of cycles")) {
            return no_index;
        }
        if (cur_.kind == token_kind::number && cur_.number == 1) return expected("at least 2 cycles for a trend");
        if (!count_literal(n)) return no_index;
        if (!accept_word("cycles")) return expected("`cycles`");
        if (!expect(token_kind::right_paren, "`)`")) return no_index;
        rule_node node = make_node(node_kind::trend, value_type::number, body);
        node.a = static_cast<index_t>(n);
        return add(node, first);
    }

    // Plain functions over a namespace-scope template, not a member template: clang 14 does not
    // instantiate a member template of a non-template class in time for constant evaluation.
    constexpr bool known_level(index_t& into) {
        return at_id("a level id") && resolve(match_id(ladder_.levels(), cur_.text), entity::level, into);
    }
    constexpr bool known_archetype(index_t& into) {
        return at_id("an archetype id") && resolve(match_id(ladder_.archetypes(), cur_.text), entity::archetype, into);
    }
    constexpr bool known_competency(index_t& into) {
        return at_id("a competency id") && resolve(match_id(ladder_.competencies(), cur_.text), entity::competency, into);
    }
    constexpr bool known_category(index_t& into) {
        return at_id("a category id, or `competencies`") &&
               resolve(match_id(ladder_.categories(), cur_.text), entity::category, into);
    }
    /// True at an identifier; otherwise reports what was expected.
    constexpr bool at_id(std::string_view what) {
        if (cur_.kind == token_kind::identifier) return true;
        expected(what);
        return false;
    }
    /// Takes the current id as the matched row, or reports it unknown with the suggestion.
    constexpr bool resolve(const id_match& match, entity about, index_t& into) {
        if (match.row == no_index) {
            lex().report(diagnostic_code::unknown_id, cur_.where, cur_.text, 0, 0, {}, about, match.suggestion);
            return false;
        }
        into = match.row;
        advance();
        return true;
    }

    /// `count(c in people where c >= 4)`, `all(…)`, `any(…)`; `sum(c in craft)`.
    constexpr index_t quantifier() {
        const token first = cur_;
        const std::string_view word = cur_.text;
        advance();
        if (!bound_name_.empty()) {
            lex().report(diagnostic_code::nested_quantifier, first.where, word);
            return no_index;
        }
        std::string_view name;
        if (!expect(token_kind::left_paren, "`(`")) return no_index;
        if (cur_.kind != token_kind::identifier) return expected("a name for each competency, as in `count(c in people …)`");
        name = cur_.text;
        advance();
        if (!expect_word("in", "`in` and a category, or `competencies`")) return no_index;
        rule_node n{};
        if (!accept_word("competencies") && !known_category(n.a)) return no_index;
        bound_name_ = name;
        index_t body = no_index;
        if (word == "sum") {
            body = add(make_node(node_kind::bound_rating, value_type::number), first);
        } else if (!expect_word("where", "`where` and a condition on each competency")) {
            bound_name_ = {};
            return no_index;
        } else {
            body = expression(value_type::boolean);
        }
        bound_name_ = {};
        if (body == no_index || !expect(token_kind::right_paren, "`)`")) return no_index;
        n.kind = word == "count" ? node_kind::count : word == "all" ? node_kind::all : word == "any" ? node_kind::any : node_kind::sum;
        n.type = (n.kind == node_kind::count || n.kind == node_kind::sum) ? value_type::number : value_type::boolean;
        n.left = body;
        return add(n, first);
    }

    bool own_diagnostics_;
    constexpr_vector<rule_node> nodes_;
    std::size_t depth_ = 0;
    std::string_view bound_name_;
};

}  // namespace detail

/// Compiles rule text against a ladder: the rule, or every problem with its place (unknown
/// names with a did-you-mean, type errors, limits). The rule keeps its own copy of the text.
[[nodiscard]] constexpr result<rule> compile_rule(const ladder_view& l, std::string_view text,
                                                  std::string_view name = "<rule>", const rule_limits& limits = {}) {
    detail::rule_compiler compiler(l, text, name, limits);
    return compiler.compile();
}

LADDER_END_NAMESPACE
// end ladder/rules/compile.hpp
// begin ladder/rules/static_rule.hpp

// Rules compiled while compiling: compile_rule<ladder, "text">() runs the compiler of compile.hpp
// in a constant expression, once for most rules (into arrays with room for them, then copied
// into arrays of their size; a rule larger than that room is compiled again), and fails the
// build on a rule that does not compile. Its check() runs as lowered code (lowered.hpp).

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/fixed_string.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/compile.hpp (included above)
// ladder/rules/rule.hpp (included above)

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A rule compiled at compile time: arrays sized by the rule, usable as `constexpr`, evaluated
/// at compile time or at runtime with no allocation for its storage. Made by compile_rule<>().
template <std::size_t Nodes, std::size_t TextBytes>
struct static_rule {
    std::array<rule_node, Nodes> nodes{};
    std::array<char, TextBytes> text{};
    std::size_t own_length = 0;
    index_t root = no_index;
    rule_limits limits{};
    ladder_view ladder;

    [[nodiscard]] constexpr rule_view view() const noexcept {
        return rule_view(nodes, std::string_view(text.data(), text.size()), own_length, root, limits, ladder);
    }
    constexpr operator rule_view() const noexcept { return view(); }
};

namespace detail {
/// Named in the compiler's message when a compile-time rule does not compile: the first
/// error's code, line and column in the rule's text.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_rule;

/// A compile-time rule compiled once, into arrays of room Nodes and TextBytes: its nodes, its
/// text (its own and the texts of the named rules it uses), or its first error's code and place
/// (plain values: the diagnostic's strings do not outlive the compilation). When the rule needs
/// more room than it has, only its sizes are kept.
template <std::size_t Nodes, std::size_t TextBytes>
struct rule_draft {
    std::array<rule_node, Nodes> nodes{};
    std::array<char, TextBytes> text{};
    std::size_t node_count = 0;
    std::size_t text_size = 0;
    index_t root = no_index;
    rule_limits limits{};
    diagnostic_code error{};
    source_position where{};

    [[nodiscard]] constexpr bool fits() const noexcept { return node_count <= Nodes && text_size <= TextBytes; }
};

template <const auto& Ladder, fixed_string Text, std::size_t Nodes, std::size_t TextBytes>
inline constexpr auto draft_of = [] {
    rule_draft<Nodes, TextBytes> d;
    const auto r = compile_rule(Ladder, Text.view());
    if (!r) {
        d.error = r.diagnostics()[0].code;
        d.where = r.diagnostics()[0].where;
        return d;
    }
    const rule_view v = r->view();
    d.node_count = v.nodes().size();
    d.text_size = v.full_text().size();
    d.root = v.root();
    d.limits = v.limits();
    if (!d.fits()) return d;
    for (std::size_t i = 0; i != d.node_count; ++i) d.nodes[i] = v.nodes()[i];
    for (std::size_t i = 0; i != d.text_size; ++i) d.text[i] = v.full_text()[i];
    return d;
}();

/// The room a rule's compilation is first given: most rules fit, and are compiled once; a rule
/// that does not is compiled again with the room it asked for.
inline constexpr std::size_t first_draft_nodes = 64;
inline constexpr std::size_t first_draft_extra_text = 256;

/// The compilation of a compile-time rule that holds it whole (or its error).
template <const auto& Ladder, fixed_string Text>
consteval const auto& draft() {
    constexpr const auto& first = draft_of<Ladder, Text, first_draft_nodes, Text.size() + first_draft_extra_text>;
    if constexpr (first.fits()) {
        return first;
    } else {
        return draft_of<Ladder, Text, first.node_count, first.text_size>;
    }
}

/// The rule's arrays, sized by its compilation.
template <const auto& Ladder, fixed_string Text>
consteval auto make_static_rule() {
    constexpr const auto& d = draft<Ladder, Text>();
    static_rule<d.node_count, d.text_size> out;
    for (std::size_t i = 0; i != d.node_count; ++i) out.nodes[i] = d.nodes[i];
    for (std::size_t i = 0; i != d.text_size; ++i) out.text[i] = d.text[i];
    out.own_length = Text.size();
    out.root = d.root;
    out.limits = d.limits;
    out.ladder = Ladder;
    return out;
}
}  // namespace detail

/// A rule compiled at compile time. Its nodes are a constant of its type, so check() runs it as
/// code generated from them (lowered.hpp) rather than by interpreting them; evaluate() and
/// everything that takes a rule_view read the same nodes. Made by compile_rule<>().
template <const auto& Ladder, fixed_string Text>
struct compiled_rule {
    static constexpr auto data = detail::make_static_rule<Ladder, Text>();
    [[nodiscard]] constexpr rule_view view() const noexcept { return data.view(); }
    constexpr operator rule_view() const noexcept { return view(); }
};

/// Compiles rule text against a compile-time ladder while compiling: an ill-formed or
/// ill-typed rule fails to build, naming detail::invalid_rule<code, line, column>. The ladder
/// must have static storage (a namespace-scope or static constexpr variable).
///
///     static constexpr auto acme = ladder::presets::engineering();
///     constexpr auto staff = ladder::compile_rule<acme, "meets(L6) in at least 2 of last 3 cycles">();
template <const auto& Ladder, fixed_string Text>
[[nodiscard]] consteval auto compile_rule() {
    constexpr const auto& d = detail::draft<Ladder, Text>();
    if constexpr (d.error != diagnostic_code{}) {
        return detail::invalid_rule<d.error, d.where.line, d.where.column>{};
    } else {
        return compiled_rule<Ladder, Text>{};
    }
}

LADDER_END_NAMESPACE
// end ladder/rules/static_rule.hpp
// begin ladder/rules/evaluate.hpp

// Evaluates a compiled rule for one person: a verdict (pass, fail, or unknown when data is
// missing), and what a manager needs to read it: each clause with its values, the gaps to a
// level, what was missing, and the exemptions applied. Three-valued (Kleene) logic; no
// recursion over the rule's shape (nodes run in array order), so deep rules cannot exhaust the
// stack or the compiler's constexpr frame limit.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/rules/rule.hpp (included above)

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// What a rule says about a person.
enum class verdict : std::uint8_t { pass, fail, unknown };

[[nodiscard]] constexpr std::string_view name_of(verdict v) noexcept {
    switch (v) {
        case verdict::pass: return "pass";
        case verdict::fail: return "fail";
        case verdict::unknown: return "unknown";
    }
    return "unknown";
}

/// A competency below what a level expects (or unrated), in the latest cycle.
struct gap {
    index_t competency = no_index;
    rating required = 0;
    std::optional<rating> actual;  ///< empty: not rated
    friend constexpr bool operator==(const gap&, const gap&) = default;
};

/// Data the rule needed and the person's record lacks.
struct missing_data {
    entity about = entity::competency;  ///< competency (a rating), attribute, or text (a cycle)
    index_t row = no_index;             ///< the competency or attribute row
    std::uint32_t cycles_back = 0;      ///< 0: the latest cycle
    friend constexpr bool operator==(const missing_data&, const missing_data&) = default;
};

/// One clause of the rule's explanation, as evaluated: a part of the top-level `and`, or (one
/// level deeper each time) an alternative of an `or` or the operand of a `not` above it.
struct clause_result {
    index_t node = no_index;
    ladder::verdict result = verdict::unknown;
    bool compares = false;               ///< a comparison: `left` and `right` hold its sides
    std::optional<std::int64_t> left;
    std::optional<std::int64_t> right;
    std::int64_t cycles_met = 0;         ///< for `… in at least K of last N cycles`
    std::uint32_t depth = 0;             ///< 0: a top-level clause; 1: a part of the clause above it …
};

namespace detail {
class rule_evaluator;
}

/// The outcome of one evaluation. Rows refer to the rule's ladder; reasons view the person.
class evaluation {
public:
    [[nodiscard]] constexpr ladder::verdict result() const noexcept { return verdict_; }
    [[nodiscard]] constexpr bool passed() const noexcept { return verdict_ == verdict::pass; }
    [[nodiscard]] constexpr bool failed() const noexcept { return verdict_ == verdict::fail; }
    [[nodiscard]] constexpr const constexpr_vector<clause_result>& clauses() const noexcept { return clauses_; }
    [[nodiscard]] constexpr const constexpr_vector<gap>& gaps() const noexcept { return gaps_; }
    [[nodiscard]] constexpr const constexpr_vector<missing_data>& missing() const noexcept { return missing_; }
    [[nodiscard]] constexpr const constexpr_vector<exemption>& exemptions_applied() const noexcept { return exempt_; }

private:
    friend class detail::rule_evaluator;
    ladder::verdict verdict_ = verdict::unknown;
    constexpr_vector<clause_result> clauses_;
    constexpr_vector<gap> gaps_;
    constexpr_vector<missing_data> missing_;
    constexpr_vector<exemption> exempt_;
};

namespace detail {

/// A value in three-valued logic, or broken (division by zero): a broken value that decides
/// the verdict is a diagnostic, never a "no".
/// Trivially constructible (no member initialisers), so a verdict-only evaluation can keep its
/// values in an uninitialised stack buffer: every value is written before it is read.
struct tri {
    enum class state : std::uint8_t { known, unknown, broken };
    state s;
    std::int64_t v;
    [[nodiscard]] constexpr bool known() const noexcept { return s == state::known; }
};
[[nodiscard]] constexpr tri known(std::int64_t v) noexcept { return {tri::state::known, v}; }
inline constexpr tri unknown_value{tri::state::unknown, 0};
/// A person's rating of a competency `back` cycles before the latest, read in place: unknown
/// where not rated. The interpreter and the lowered code both read ratings through it.
[[nodiscard]] constexpr tri rating_at(const person_ref& p, index_t competency, std::size_t back) noexcept {
    const rating_cell* r = p.cell(competency, back);
    return r != nullptr && r->has_value() ? known(**r) : unknown_value;
}
/// The same read from a cycle's row (person_ref::cycle_row: nullptr where there is no such
/// cycle), for code that keeps the row of the cycle it looks at.
[[nodiscard]] constexpr tri rating_in_row(const person_ref& p, const rating_cell* row, index_t competency) noexcept {
    return row != nullptr && competency < p.row_size() && row[competency].has_value() ? known(*row[competency])
                                                                                      : unknown_value;
}
/// Broken at node `at`: a division by zero, or (`overflow`) arithmetic whose result does not fit
/// in 64 bits. The node and the cause travel with the value, so the verdict's diagnostic names
/// the operation that decided it.
[[nodiscard]] constexpr tri broken_at(index_t at, bool overflow = false) noexcept {
    return {tri::state::broken, static_cast<std::int64_t>(at) * 2 + (overflow ? 1 : 0)};
}
/// The node a broken value broke at, and why.
[[nodiscard]] constexpr index_t broken_node(tri t) noexcept { return static_cast<index_t>(t.v / 2); }
[[nodiscard]] constexpr diagnostic_code broken_code(tri t) noexcept {
    return t.v % 2 != 0 ? diagnostic_code::arithmetic_overflow : diagnostic_code::division_by_zero;
}

/// a + b, a - b and a * b when they fit in 64 bits (the checks are exact, never a wrapped result).
[[nodiscard]] constexpr bool fits_sum(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    return b >= 0 ? a <= top - b : a >= bottom - b;
}
[[nodiscard]] constexpr bool fits_difference(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    return b >= 0 ? a >= bottom + b : a <= top + b;
}
[[nodiscard]] constexpr bool fits_product(std::int64_t a, std::int64_t b) noexcept {
    constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max(), bottom = std::numeric_limits<std::int64_t>::min();
    if (a == 0 || b == 0) return true;
    if (a > 0) return b > 0 ? a <= top / b : b >= bottom / a;
    return b > 0 ? a >= bottom / b : a >= top / b;
}

// The meaning of each operation on values, shared by the interpreter and by the code a
// compile-time rule is lowered to (lowered.hpp): one semantics.

[[nodiscard]] constexpr tri logical_and(tri a, tri b) noexcept {
    if ((a.known() && a.v == 0) || (b.known() && b.v == 0)) return known(0);
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    return known(1);
}
[[nodiscard]] constexpr tri logical_or(tri a, tri b) noexcept {
    if ((a.known() && a.v != 0) || (b.known() && b.v != 0)) return known(1);
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    return known(0);
}
/// Negation and `not`; node `at` is the operation (the negation of the smallest number overflows).
[[nodiscard]] constexpr tri unary(node_kind k, tri a, index_t at) noexcept {
    if (!a.known()) return a;
    if (k != node_kind::negate) return known(a.v == 0 ? 1 : 0);
    return fits_difference(0, a.v) ? known(-a.v) : broken_at(at, true);
}
/// Arithmetic and comparisons; node `at` is the operation (for a division by zero or an overflow).
[[nodiscard]] constexpr tri binary(node_kind k, tri a, tri b, index_t at) noexcept {
    if (a.s == tri::state::broken) return a;
    if (b.s == tri::state::broken) return b;
    if (!a.known() || !b.known()) return unknown_value;
    switch (k) {
        case node_kind::add: return fits_sum(a.v, b.v) ? known(a.v + b.v) : broken_at(at, true);
        case node_kind::subtract: return fits_difference(a.v, b.v) ? known(a.v - b.v) : broken_at(at, true);
        case node_kind::multiply: return fits_product(a.v, b.v) ? known(a.v * b.v) : broken_at(at, true);
        case node_kind::divide:
            if (b.v == 0) return broken_at(at);
            return a.v == std::numeric_limits<std::int64_t>::min() && b.v == -1 ? broken_at(at, true) : known(a.v / b.v);
        case node_kind::less: return known(a.v < b.v);
        case node_kind::less_equal: return known(a.v <= b.v);
        case node_kind::greater: return known(a.v > b.v);
        case node_kind::greater_equal: return known(a.v >= b.v);
        case node_kind::equal: return known(a.v == b.v);
        case node_kind::not_equal: return known(a.v != b.v);
        default: return unknown_value;
    }
}

/// at(L5) and at(group): whether a person at `level` stands in the range `lowest`..`highest` of
/// one track (a level alone is the range of itself); unknown when the person has no level.
[[nodiscard]] constexpr tri at_level(const ladder_view& l, index_t level, index_t lowest, index_t highest) noexcept {
    if (level == no_index || level >= l.levels().size()) return unknown_value;
    const auto levels = l.levels();
    const ladder::level& x = levels[level];
    return known(x.track.index == levels[lowest].track.index && levels[lowest].rank <= x.rank && x.rank <= levels[highest].rank ? 1 : 0);
}

/// meets() and gap() over a level's expectations, one rating at a time.
struct expectation_tally {
    bool unknown = false;
    std::int64_t shortfall = 0;
    constexpr void add(tri rating, std::int64_t minimum) noexcept {
        if (!rating.known()) unknown = true;
        else if (rating.v < minimum) shortfall += minimum - rating.v;
    }
    [[nodiscard]] constexpr tri result(node_kind k) const noexcept {
        if (k == node_kind::gap) return unknown ? unknown_value : known(shortfall);
        if (shortfall > 0) return known(0);
        return unknown ? unknown_value : known(1);
    }
};

/// meets() over one cycle's row of cells, without a branch per rating: judging a million
/// people, a walk that stopped at the first shortfall mispredicted where it stopped, and cost
/// twice what reading the whole row does (the compiler turns this into a few vector compares).
struct meets_tally {
    bool short_of = false;
    bool unrated = false;
    constexpr void add(rating_cell cell, rating minimum) noexcept {
        const rating r = cell.stored();
        unrated |= r == not_rated;
        short_of |= (r != not_rated) & (r < minimum);
    }
    [[nodiscard]] constexpr tri result() const noexcept {
        if (short_of) return known(0);
        return unrated ? unknown_value : known(1);
    }
};

/// meets() or gap() (`k`) of expectations read straight from one cycle's row of cells: every
/// competency `competency_of(e)` names is in the row, and none is exempt. The generated code
/// and the interpreter both walk a level's own expectations so.
template <class List, class CompetencyOf>
[[nodiscard]] constexpr tri meets_or_gap_in_row(node_kind k, const List& list, const rating_cell* row,
                                                CompetencyOf competency_of) noexcept {
    if (k == node_kind::meets) {
        meets_tally met;
        for (const auto& e : list) met.add(row[competency_of(e)], e.minimum);
        return met.result();
    }
    expectation_tally tally;
    for (const auto& e : list) {
        const rating_cell c = row[competency_of(e)];
        tally.add(c.has_value() ? known(*c) : unknown_value, e.minimum);
    }
    return tally.result(k);
}

/// count / all / any / sum over competencies, one body value at a time.
struct quantifier_tally {
    node_kind kind;
    index_t at;  ///< the quantifier's node (a sum too large for 64 bits breaks there)
    std::int64_t total = 0;
    bool unknown = false, any_true = false, any_false = false;
    tri broken{tri::state::known, 0};
    constexpr quantifier_tally(node_kind k, index_t node) noexcept : kind(k), at(node) {}
    constexpr void add(tri t) noexcept {
        if (t.s == tri::state::broken) {
            if (broken.known()) broken = t;
        } else if (!t.known()) {
            unknown = true;
        } else if (kind == node_kind::sum) {
            if (fits_sum(total, t.v)) total += t.v;
            else if (broken.known()) broken = broken_at(at, true);
        } else if (t.v != 0) {
            any_true = true;
            ++total;
        } else {
            any_false = true;
        }
    }
    [[nodiscard]] constexpr tri result() const noexcept {
        if (kind == node_kind::all && any_false) return known(0);
        if (kind == node_kind::any && any_true) return known(1);
        if (!broken.known()) return broken;
        if (unknown) return unknown_value;
        if (kind == node_kind::all) return known(1);
        if (kind == node_kind::any) return known(0);
        return known(total);
    }
};

/// `X in at least K of last N cycles`, one cycle at a time; cycles the person lacks are unknown.
struct history_tally {
    std::int64_t met = 0, open = 0;
    tri broken{tri::state::known, 0};
    constexpr void add(tri t) noexcept {
        if (t.s == tri::state::broken) {
            if (broken.known()) broken = t;
        } else if (!t.known()) {
            ++open;
        } else if (t.v != 0) {
            ++met;
        }
    }
    /// Whether the `left` cycles not yet looked at cannot change result(needed): K are met, or
    /// too few cycles are left to reach K and (`body_breaks` false) none of them can be broken.
    [[nodiscard]] constexpr bool decided(std::int64_t needed, std::size_t left, bool body_breaks) const noexcept {
        return met >= needed || (!body_breaks && met + open + static_cast<std::int64_t>(left) < needed);
    }
    [[nodiscard]] constexpr tri result(std::int64_t needed) const noexcept {
        if (met >= needed) return known(1);
        if (!broken.known()) return broken;
        if (met + open < needed) return known(0);
        return unknown_value;
    }
};

/// `trend(X over last N cycles)` at node `at`: X now minus X then.
[[nodiscard]] constexpr tri trend_of(tri now, tri then, index_t at) noexcept {
    if (now.s == tri::state::broken) return now;
    if (then.s == tri::state::broken) return then;
    if (!now.known() || !then.known()) return unknown_value;
    return fits_difference(now.v, then.v) ? known(now.v - then.v) : broken_at(at, true);
}

/// The diagnostic for a rule that cannot be evaluated for this input, at node `at`.
[[nodiscard]] constexpr diagnostic_list rule_problem(const rule_view& r, diagnostic_code code, index_t at,
                                                     std::size_t limit) {
    diagnostic_list found;
    const rule_node& n = r.nodes()[at];
    diagnostic d = make_diagnostic(code, severity::error, entity::text, r.text_of(n), {}, n.where, 0,
                                   static_cast<std::int64_t>(limit));
    d.line_text = line_of_text(r.text(), n.where.line);
    found.add(d);
    found.own_strings();
    return found;
}

/// The verdict a rule's value gives: pass or fail where known, else unknown.
[[nodiscard]] constexpr verdict verdict_of(tri t) noexcept {
    if (t.s != tri::state::known) return verdict::unknown;
    return t.v != 0 ? verdict::pass : verdict::fail;
}

class rule_evaluator {
public:
    /// With explain false, only the verdict is worked out: no clause, gap or missing-data lists.
    constexpr rule_evaluator(const rule_view& r, const person_ref& p, bool explain = true)
        : rule_evaluator(r, &p, explain) {}
    /// An evaluator of verdicts alone, for judge(p) of one person after another: what it sets up
    /// (its view of the rule, its values) is set up once for them all.
    constexpr explicit rule_evaluator(const rule_view& r) : rule_evaluator(r, nullptr, false) {}
    rule_evaluator(const rule_evaluator&) = delete;  // values_ may point into the object
    rule_evaluator& operator=(const rule_evaluator&) = delete;

    constexpr result<evaluation> run() {
        // An empty rule (a condition a ladder does not state, or a builder's view, which holds no
        // compiled conditions) decides nothing.
        if (r_.nodes().empty()) return std::move(out_);
        const auto top = root_value();
        if (!top) return top.diagnostics();
        out_.verdict_ = verdict_of(*top);
        if (explain_) collect_clauses(r_.root());
        return std::move(out_);
    }
    /// The verdict alone (an evaluator made with explain false): run() without an evaluation to
    /// build and hand back.
    constexpr result<verdict> run_verdict() {
        if (r_.nodes().empty()) return verdict::unknown;
        const auto top = root_value();
        if (!top) return top.diagnostics();
        return verdict_of(*top);
    }

    /// The verdict alone, empty where the rule is broken for this input: run_verdict() without
    /// the diagnostic that says why, for judging many people (a failed result costs a list).
    constexpr std::optional<ladder::verdict> judge() {
        if (r_.nodes().empty()) return verdict::unknown;
        const index_t root = r_.root();
        run_range(0, root, no_index);
        if (budget_exceeded_ || values_[root].s == tri::state::broken) return std::nullopt;
        return verdict_of(values_[root]);
    }

    /// judge() for person `p`, the evaluator made with explain false: one evaluator judges a run
    /// of people on its rule.
    constexpr std::optional<ladder::verdict> judge(const person_ref& p) {
        p_ = &p;
        steps_ = 0;
        budget_exceeded_ = false;
        return judge();
    }

private:
    using state = tri::state;

    constexpr rule_evaluator(const rule_view& r, const person_ref* p, bool explain)
        : r_(r), nodes_(r.nodes()), l_(r.ladder()), p_(p), cycles_met_(explain ? r.nodes().size() : 0),
          explain_(explain) {
        // A rule of up to inline_nodes nodes is evaluated without touching the heap.
        if (nodes_.size() <= inline_nodes) {
            values_ = std::span<tri>(inline_values_, nodes_.size());
        } else {
            heap_values_ = constexpr_vector<tri>(nodes_.size());
            values_ = std::span<tri>(heap_values_.data(), heap_values_.size());
        }
    }

    /// Evaluates the rule: its root's value, or why the rule is broken for this input.
    constexpr result<tri> root_value() {
        const index_t root = r_.root();
        run_range(0, root, no_index);
        if (budget_exceeded_) return rule_problem(r_, diagnostic_code::evaluation_budget_exceeded, root, r_.limits().max_steps);
        const tri top = values_[root];
        if (top.s == tri::state::broken) return rule_problem(r_, broken_code(top), broken_node(top), 0);
        return top;
    }

    /// Evaluates the nodes in [first, last] that belong to context `ctx`, in order.
    constexpr void run_range(index_t first, index_t last, index_t ctx) {
        for (index_t i = first; i <= last && !budget_exceeded_; ++i) {
            if (nodes_[i].context != ctx) continue;
            if (!explain_ && nodes_[i].right_of != no_index) {
                // The verdict alone: an `and` whose left side is false (an `or`, true) is decided.
                const index_t op = nodes_[i].right_of;
                const tri left = values_[nodes_[op].left];
                if (left.known() && (left.v != 0) == (nodes_[op].kind == node_kind::logical_or)) {
                    values_[op] = left;
                    i = op;
                    continue;
                }
            }
            if (!counted_step(i)) return;
        }
    }

    /// Evaluates node i into its value, within the step budget; false once the budget is spent.
    constexpr bool counted_step(index_t i) {
        if (++steps_ > r_.limits().max_steps) {
            budget_exceeded_ = true;
            return false;
        }
        values_[i] = step(i);
        return true;
    }

    /// Evaluates a context node's body once, in the current setting.
    constexpr tri body_of(index_t ctx) {
        const rule_node& n = nodes_[ctx];
        if (nodes_[n.left].first == n.left) {
            // A body of one node (`meets(L6) in at least 2 of last 3 cycles`): that step alone.
            if (!budget_exceeded_) counted_step(n.left);
        } else {
            run_range(nodes_[n.left].first, n.left, ctx);
        }
        return values_[n.left];
    }

    [[nodiscard]] constexpr bool recording() const noexcept {
        return explain_ && cycles_back_ == 0 && bound_ == no_index;
    }

    constexpr void note_missing(entity about, index_t row) {
        if (!explain_) return;
        const missing_data m{about, row, static_cast<std::uint32_t>(cycles_back_)};
        for (const auto& k : out_.missing_) {
            if (k == m) return;
        }
        out_.missing_.push_back(m);
    }
    constexpr void note_exemption(const exemption& e) {
        if (!recording()) return;
        for (const auto& k : out_.exempt_) {
            if (k.competency == e.competency) return;
        }
        out_.exempt_.push_back(e);
    }

    constexpr tri rating_value(index_t competency) {
        const tri r = rating_at(*p_, competency, cycles_back_);
        return r.known() ? r : missing_rating(competency);
    }
    constexpr tri missing_rating(index_t competency) {
        note_missing(cycles_back_ < p_->cycle_count() ? entity::competency : entity::text, competency);
        return unknown_value;
    }

    constexpr tri step(index_t i) {
        const rule_node& n = nodes_[i];
        const auto arg = [&](index_t k) { return values_[k]; };
        switch (n.kind) {
            case node_kind::constant: return known(n.value);
            case node_kind::rating: return rating_value(n.a);
            case node_kind::bound_rating: return bound_ == no_index ? unknown_value : rating_value(bound_);
            case node_kind::attribute: {
                const attribute_value* v = p_->value_of(n.a);
                if (v == nullptr) {
                    note_missing(entity::attribute, n.a);
                    return unknown_value;
                }
                return known(v->number);
            }
            case node_kind::time_in_level: return known(p_->months_in_level);
            case node_kind::tenure: return known(p_->tenure_months);
            case node_kind::negate:
            case node_kind::logical_not: return unary(n.kind, arg(n.left), i);
            case node_kind::add:
            case node_kind::subtract:
            case node_kind::multiply:
            case node_kind::divide:
            case node_kind::less:
            case node_kind::less_equal:
            case node_kind::greater:
            case node_kind::greater_equal:
            case node_kind::equal:
            case node_kind::not_equal: return binary(n.kind, arg(n.left), arg(n.right), i);
            case node_kind::logical_and: return logical_and(arg(n.left), arg(n.right));
            case node_kind::logical_or: return logical_or(arg(n.left), arg(n.right));
            case node_kind::meets:
            case node_kind::gap: return meets_or_gap(n);
            case node_kind::trend: return trend(i);
            case node_kind::count:
            case node_kind::all:
            case node_kind::any:
            case node_kind::sum: return quantify(i);
            case node_kind::in_cycles: return in_cycles(i);
            case node_kind::at_level: return at_level(l_, p_->level, n.a, n.b);
        }
        return unknown_value;
    }

    /// Walks level `n.a`'s expectations in the cycle looked at, with the overrides of archetype
    /// `n.b` (`meets(L6 as architect)`) or else of the person's own archetype where it applies at
    /// that level: meets() is whether none falls short, gap() the total shortfall. Read in place:
    /// no list is built per evaluation.
    constexpr tri meets_or_gap(const rule_node& n) {
        const index_t as = n.b != no_index                ? n.b
                           : p_->archetype == no_index ? no_index
                                                       : archetype_in_force(l_, p_->archetype, n.a);
        expectation_tally tally;
        const bool exemptions = p_->has_exemptions();
        if (!explain_) {
            // The verdict alone: nothing to note. A level's own expectations, none exempt, are
            // read straight from the cycle's row (meets() without a branch per rating); else
            // meets() stops at the first shortfall.
            const rating_cell* row = p_->cycle_row(cycles_back_);
            if (as == no_index && !exemptions && row != nullptr && p_->row_size() >= l_.competencies().size()) {
                return meets_or_gap_in_row(n.kind, l_.expectations_of(l_.levels()[n.a]), row,
                                           [](const expectation& e) { return e.competency.index; });
            }
            const bool meets = n.kind == node_kind::meets;
            for_each_expectation(l_, n.a, as, [&](index_t competency, rating minimum) {
                if (exemptions && p_->exemption_from(competency) != nullptr) return true;
                tally.add(rating_at(*p_, competency, cycles_back_), minimum);
                return !meets || tally.shortfall == 0;
            });
            return tally.result(n.kind);
        }
        for_each_expectation(l_, n.a, as, [&](index_t competency, rating minimum) {
            if (const exemption* x = exemptions ? p_->exemption_from(competency) : nullptr) {
                note_exemption(*x);
                return true;
            }
            const tri r = rating_value(competency);
            const bool short_of = r.known() && r.v < minimum;
            tally.add(r, minimum);
            if (recording() && (short_of || !r.known())) {
                gap g{competency, minimum, r.known() ? std::optional<rating>(static_cast<rating>(r.v)) : std::nullopt};
                bool seen = false;
                for (const auto& k : out_.gaps_) seen = seen || k.competency == g.competency;
                if (!seen) out_.gaps_.push_back(g);
            }
            return true;
        });
        return tally.result(n.kind);
    }

    /// `trend(X over last N cycles)`: X now minus X N - 1 cycles before; unknown if either is.
    constexpr tri trend(index_t i) {
        const std::size_t outer = cycles_back_;
        const tri now = body_of(i);
        cycles_back_ = outer + nodes_[i].a - 1;
        const tri then = body_of(i);
        cycles_back_ = outer;
        return trend_of(now, then, i);
    }

    constexpr tri quantify(index_t i) {
        const rule_node& n = nodes_[i];
        quantifier_tally tally(n.kind, i);
        const auto competencies = l_.competencies();
        for (std::size_t c = 0; c != competencies.size(); ++c) {
            if (n.a != no_index && competencies[c].category.index != n.a) continue;
            if (const exemption* x = p_->exemption_from(static_cast<index_t>(c))) {
                note_exemption(*x);
                continue;
            }
            const index_t saved = bound_;
            bound_ = static_cast<index_t>(c);
            tally.add(body_of(i));
            bound_ = saved;
            if (!explain_ && ((n.kind == node_kind::all && tally.any_false) || (n.kind == node_kind::any && tally.any_true))) {
                break;  // decided
            }
        }
        return tally.result();
    }

    /// `body in at least K of last N cycles`: cycles the person lacks count as unknown.
    constexpr tri in_cycles(index_t i) {
        const rule_node& n = nodes_[i];
        const std::size_t outer = cycles_back_;
        history_tally tally;
        const bool breaks = nodes_[n.left].kind != node_kind::meets;  // meets() is never broken
        for (std::size_t back = 0; back != n.b; ++back) {
            if (!explain_ && tally.decided(static_cast<std::int64_t>(n.a), n.b - back, breaks)) break;
            cycles_back_ = outer + back;
            tally.add(body_of(i));
        }
        cycles_back_ = outer;
        if (explain_) cycles_met_[i] = tally.met;
        return tally.result(static_cast<std::int64_t>(n.a));
    }

    /// The clauses a manager reads, as a tree in reading order: the operands of the top-level
    /// `and`s; under an `or` its alternatives, under a `not` what it negates, one level deeper.
    /// Clauses inside a history clause or a quantifier are not listed (they hold values for many
    /// cycles or competencies); their parent shows the outcome.
    constexpr void collect_clauses(index_t root) {
        struct item {
            index_t node;
            std::uint32_t depth;
            node_kind joins;  ///< a node of this kind is flattened into its parent's list
        };
        constexpr_vector<item> stack;
        stack.push_back({root, 0, node_kind::logical_and});
        while (!stack.empty()) {
            const item it = stack.back();
            stack.pop_back();
            const rule_node& n = nodes_[it.node];
            const bool logical = n.kind == node_kind::logical_and || n.kind == node_kind::logical_or;
            if (logical && n.kind == it.joins) {
                stack.push_back({n.right, it.depth, it.joins});
                stack.push_back({n.left, it.depth, it.joins});
                continue;
            }
            clause_result c;
            c.node = it.node;
            c.depth = it.depth;
            c.result = verdict_of(values_[it.node]);
            c.compares = n.kind >= node_kind::less && n.kind <= node_kind::not_equal;
            if (c.compares) {
                if (values_[n.left].known()) c.left = values_[n.left].v;
                if (values_[n.right].known()) c.right = values_[n.right].v;
            }
            c.cycles_met = cycles_met_[it.node];
            out_.clauses_.push_back(c);
            if (logical) {
                stack.push_back({n.right, it.depth + 1, n.kind});
                stack.push_back({n.left, it.depth + 1, n.kind});
            } else if (n.kind == node_kind::logical_not) {
                stack.push_back({n.left, it.depth + 1, node_kind::constant});
            }
        }
    }

    // Views of what the caller holds for the evaluation's length: nothing is copied per person.
    const rule_view& r_;
    std::span<const rule_node> nodes_;
    const ladder_view& l_;
    const person_ref* p_;  ///< the person judged (judge(p) moves it to the next)
    static constexpr std::size_t inline_nodes = 128;
    tri inline_values_[inline_nodes];
    constexpr_vector<tri> heap_values_;
    std::span<tri> values_;
    constexpr_vector<std::int64_t> cycles_met_;
    evaluation out_;
    std::size_t cycles_back_ = 0;
    index_t bound_ = no_index;
    std::size_t steps_ = 0;
    bool budget_exceeded_ = false;
    bool explain_ = true;
};

}  // namespace detail

/// Evaluates a rule for a person on the ladder both were made against (the rule's). A failed
/// result means the rule is broken for this input (division by zero, too many steps), never
/// "the rule says no".
[[nodiscard]] constexpr result<evaluation> evaluate(const rule_view& r, const person_ref& p) {
    detail::rule_evaluator e(r, p);
    return e.run();
}

/// The verdict alone, without the explanation's lists: the fast path for many people. A failed
/// result means the rule is broken for this input, as with evaluate().
[[nodiscard]] constexpr result<verdict> check(const rule_view& r, const person_ref& p) {
    detail::rule_evaluator e(r, p, false);
    return e.run_verdict();
}

namespace detail {
/// check() without the diagnostic: the verdict, empty where the rule is broken for this input.
[[nodiscard]] constexpr std::optional<verdict> judge_rule(const rule_view& r, const person_ref& p) {
    rule_evaluator e(r, p, false);
    return e.judge();
}
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/rules/evaluate.hpp
// begin ladder/rules/lowered.hpp

// A compile-time rule's verdict as code. Each node of a compiled_rule is a constant, so a
// function template per node evaluates it with everything known while compiling resolved
// away: which operation, which competency, the level's expectations, a category's members (for a
// person whose archetype applies at the level, known only at runtime, its overrides are read
// from the ladder, as the interpreter reads them).
// The optimizer sees straight-line code, as if the check were written by hand. The meaning of
// each operation is the interpreter's (the shared operations in evaluate.hpp), and a test
// compares the two on generated people.

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/rules/compile.hpp (included above)
// ladder/rules/static_rule.hpp (included above)
// ladder/rules/evaluate.hpp (included above)

#include <array>
#include <cstdint>

LADDER_BEGIN_NAMESPACE

namespace detail {

/// Where the lowered code stands: the person, the cycle looked at and its row of cells (nullptr
/// where the person has no such cycle), the competency a quantifier visits.
struct lowered_state {
    const person_ref& p;
    std::size_t back = 0;
    index_t bound = no_index;
    const rating_cell* row = p.cycle_row(0);

    /// Looks at the cycle `to` cycles before the latest.
    constexpr void look_back(std::size_t to) noexcept {
        back = to;
        row = p.cycle_row(to);
    }
};

[[nodiscard]] constexpr tri lowered_rating(const lowered_state& s, index_t competency) noexcept {
    return rating_in_row(s.p, s.row, competency);
}

struct expected_minimum {
    index_t competency = no_index;
    rating minimum = 0;
};

/// Level `L`'s expectations with archetype `A`'s overrides (A may be no_index), as a list.
template <const auto& R, index_t L, index_t A>
consteval std::size_t expectation_count() {
    std::size_t n = 0;
    for_each_expectation(R.ladder, L, A, [&](index_t, rating) { return ++n != 0; });
    return n;
}
template <const auto& R, index_t L, index_t A>
consteval auto make_expectation_list() {
    std::array<expected_minimum, expectation_count<R, L, A>()> out{};
    std::size_t i = 0;
    for_each_expectation(R.ladder, L, A, [&](index_t competency, rating minimum) {
        out[i++] = {competency, minimum};
        return true;
    });
    return out;
}
template <const auto& R, index_t L, index_t A>
inline constexpr auto expectation_list = make_expectation_list<R, L, A>();
/// The largest competency row a list names (0 for none).
template <std::size_t N>
consteval index_t widest_competency(const std::array<expected_minimum, N>& list) {
    index_t widest = 0;
    for (const auto& e : list) widest = e.competency > widest ? e.competency : widest;
    return widest;
}

/// The competencies of category `C` (no_index: all), as a list of rows.
template <const auto& R, index_t C>
consteval std::size_t member_count() {
    std::size_t n = 0;
    for (const auto& c : R.ladder.competencies()) n += (C == no_index || c.category.index == C) ? 1 : 0;
    return n;
}
template <const auto& R, index_t C>
consteval auto make_member_list() {
    std::array<index_t, member_count<R, C>()> out{};
    std::size_t i = 0;
    const auto all = R.ladder.competencies();
    for (std::size_t c = 0; c != all.size(); ++c) {
        if (C == no_index || all[c].category.index == C) out[i++] = static_cast<index_t>(c);
    }
    return out;
}
template <const auto& R, index_t C>
inline constexpr auto member_list = make_member_list<R, C>();

/// Node `I` of rule `R`, as code.
template <const auto& R, index_t I>
constexpr tri lowered(lowered_state& s) noexcept {
    constexpr rule_node n = R.nodes[I];
    constexpr node_kind k = n.kind;
    if constexpr (k == node_kind::constant) {
        return known(n.value);
    } else if constexpr (k == node_kind::rating) {
        return lowered_rating(s, n.a);
    } else if constexpr (k == node_kind::bound_rating) {
        return s.bound == no_index ? unknown_value : lowered_rating(s, s.bound);
    } else if constexpr (k == node_kind::attribute) {
        const attribute_value* v = s.p.value_of(n.a);
        return v != nullptr ? known(v->number) : unknown_value;
    } else if constexpr (k == node_kind::time_in_level) {
        return known(s.p.months_in_level);
    } else if constexpr (k == node_kind::tenure) {
        return known(s.p.tenure_months);
    } else if constexpr (k == node_kind::negate || k == node_kind::logical_not) {
        return unary(k, lowered<R, n.left>(s), I);
    } else if constexpr (k == node_kind::logical_and) {
        const tri a = lowered<R, n.left>(s);
        if (a.known() && a.v == 0) return a;  // decided: the right side cannot change it
        return logical_and(a, lowered<R, n.right>(s));
    } else if constexpr (k == node_kind::logical_or) {
        const tri a = lowered<R, n.left>(s);
        if (a.known() && a.v != 0) return a;
        return logical_or(a, lowered<R, n.right>(s));
    } else if constexpr (k >= node_kind::add && k <= node_kind::not_equal) {
        const tri a = lowered<R, n.left>(s);
        return binary(k, a, lowered<R, n.right>(s), I);
    } else if constexpr (k == node_kind::meets || k == node_kind::gap) {
        expectation_tally tally;
        if constexpr (n.b == no_index) {
            // A person of an archetype that applies at the level is judged by its overrides: which
            // one is known only at runtime, so that walk reads the ladder, as the interpreter does.
            if (const index_t as = s.p.archetype == no_index ? no_index : archetype_in_force(R.ladder, s.p.archetype, n.a);
                as != no_index) {
                for_each_expectation(R.ladder, n.a, as, [&](index_t competency, rating minimum) {
                    if (s.p.has_exemptions() && s.p.exemption_from(competency) != nullptr) return true;
                    tally.add(lowered_rating(s, competency), minimum);
                    return k != node_kind::meets || tally.shortfall == 0;
                });
                return tally.result(k);
            }
        }
        constexpr auto& list = expectation_list<R, n.a, n.b>;
        if (s.row != nullptr && !s.p.has_exemptions() && s.p.row_size() > widest_competency(list)) {
            // The common case, read straight from the cycle's row: no exemption to look up, no
            // bound to check per rating, no branch on one.
            return meets_or_gap_in_row(k, list, s.row, [](const expected_minimum& e) { return e.competency; });
        }
        for (const auto& e : list) {
            if (s.p.has_exemptions() && s.p.exemption_from(e.competency) != nullptr) continue;
            tally.add(lowered_rating(s, e.competency), e.minimum);
            if (k == node_kind::meets && tally.shortfall > 0) return known(0);
        }
        return tally.result(k);
    } else if constexpr (k == node_kind::count || k == node_kind::all || k == node_kind::any || k == node_kind::sum) {
        quantifier_tally tally(k, I);
        const index_t outer = s.bound;
        const bool exemptions = s.p.has_exemptions();
        for (index_t c : member_list<R, n.a>) {
            if (exemptions && s.p.exemption_from(c) != nullptr) continue;
            s.bound = c;
            tally.add(lowered<R, n.left>(s));
        }
        s.bound = outer;
        return tally.result();
    } else if constexpr (k == node_kind::in_cycles) {
        history_tally tally;
        const std::size_t outer = s.back;
        constexpr bool breaks = R.nodes[n.left].kind != node_kind::meets;  // meets() is never broken
        constexpr auto needed = static_cast<std::int64_t>(n.a);
        for (std::size_t back = 0; back != n.b && !tally.decided(needed, n.b - back, breaks); ++back) {
            s.look_back(outer + back);
            tally.add(lowered<R, n.left>(s));
        }
        s.look_back(outer);
        return tally.result(needed);
    } else if constexpr (k == node_kind::at_level) {
        return at_level(R.ladder, s.p.level, n.a, n.b);
    } else if constexpr (k == node_kind::trend) {
        const std::size_t outer = s.back;
        const tri now = lowered<R, n.left>(s);
        s.look_back(outer + n.a - 1);
        const tri then = lowered<R, n.left>(s);
        s.look_back(outer);
        return trend_of(now, then, I);
    } else {
        static_assert(k == node_kind::constant, "every node kind is lowered");
        return unknown_value;
    }
}

/// Whether rule R is lowered: its tree is shallow enough for one function template per level
/// of nesting, and the most steps the interpreter could take on it stay within its budget (so
/// the two always agree; a rule past either is interpreted).
template <const auto& R>
consteval bool lowerable() {
    constexpr std::size_t max_tree_depth = 96;
    constexpr std::size_t n = R.nodes.size();
    std::array<std::size_t, n> depth{}, steps{};
    for (std::size_t i = 0; i != n; ++i) {
        const rule_node& x = R.nodes[i];
        std::size_t d = 0, body = 0;
        for (index_t child : {x.left, x.right}) {
            if (child == no_index) continue;
            d = depth[child] > d ? depth[child] : d;
            body += steps[child];
        }
        depth[i] = d + 1;
        std::size_t times = 1;
        if (x.kind == node_kind::in_cycles) times = x.b;
        else if (x.kind == node_kind::trend) times = 2;
        else if (sets_context(x.kind)) times = member_count<R, no_index>();
        steps[i] = 1 + times * body;
    }
    return depth[R.root] <= max_tree_depth && steps[R.root] <= R.limits.max_steps;
}

}  // namespace detail

namespace detail {
/// The verdict by the lowered code of `Data` (a static_rule with static storage), or by the
/// interpreter where it is not lowerable: what check() of `Data.view()` gives. The view is made
/// only where it is read (a view is a few hundred bytes: copying one per person showed).
template <const auto& Data>
[[nodiscard]] constexpr result<verdict> check_lowered(const person_ref& p) {
    if constexpr (!lowerable<Data>()) {
        return check(Data.view(), p);
    } else {
        lowered_state s{p};
        const tri t = lowered<Data, Data.root>(s);
        if (t.s == tri::state::broken) return rule_problem(Data.view(), broken_code(t), broken_node(t), 0);
        return verdict_of(t);
    }
}

/// check_lowered() without the diagnostic: the verdict, empty where the rule is broken for
/// this person (judging many, a failed result's list showed).
template <const auto& Data>
[[nodiscard]] constexpr std::optional<verdict> judge_lowered(const person_ref& p) {
    if constexpr (!lowerable<Data>()) {
        return judge_rule(Data.view(), p);
    } else {
        lowered_state s{p};
        const tri t = lowered<Data, Data.root>(s);
        if (t.s == tri::state::broken) return std::nullopt;
        return verdict_of(t);
    }
}

/// Condition `Condition` of a compile-time ladder with static storage, as lowered code reads a
/// rule: its nodes and text copied into arrays that are constants of this type.
template <const auto& Ladder, std::size_t Condition>
struct ladder_condition {
    static constexpr compiled_condition at = Ladder.view().conditions()[Condition];
    static constexpr auto data = [] {
        const ladder_view v = Ladder;
        static_rule<at.node_count, at.text_size> out;
        for (std::size_t i = 0; i != at.node_count; ++i) out.nodes[i] = v.condition_nodes()[at.first_node + i];
        for (std::size_t i = 0; i != at.text_size; ++i) out.text[i] = v.condition_text()[at.first_char + i];
        out.own_length = at.own_length;
        out.root = at.root;
        out.ladder = v;
        return out;
    }();
};
}  // namespace detail

/// The verdict of a compile-time rule for a person, by the rule's lowered code: what check()
/// of its view gives (verdict, or the division-by-zero diagnostic), at the speed of the check
/// written by hand. Usable in constant expressions.
template <const auto& Ladder, fixed_string Text>
[[nodiscard]] constexpr result<verdict> check(const compiled_rule<Ladder, Text>& /* its type names the rule */,
                                              const person_ref& p) {
    return detail::check_lowered<compiled_rule<Ladder, Text>::data>(p);
}

/// The verdict of condition `Condition` (an index into ladder_view::conditions()) of a
/// compile-time ladder with static storage, by lowered code: what check(rule_of(…)) gives. An
/// empty condition (a move without `when`) has no verdict of its own: unknown.
template <const auto& Ladder, std::size_t Condition>
[[nodiscard]] constexpr result<verdict> check_condition(const person_ref& p) {
    using condition = detail::ladder_condition<Ladder, Condition>;
    if constexpr (condition::at.node_count == 0) {
        return verdict::unknown;
    } else {
        return detail::check_lowered<condition::data>(p);
    }
}

namespace detail {
/// check_condition() without the diagnostic: the verdict, empty where the condition is broken
/// for this person.
template <const auto& Ladder, std::size_t Condition>
[[nodiscard]] constexpr std::optional<verdict> judge_condition(const person_ref& p) {
    using condition = ladder_condition<Ladder, Condition>;
    if constexpr (condition::at.node_count == 0) {
        return verdict::unknown;
    } else {
        return judge_lowered<condition::data>(p);
    }
}
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/rules/lowered.hpp
// begin ladder/rules/dsl.hpp

// Rules written as C++ expressions over typed handles:
//
//     using namespace ladder::dsl;
//     const auto L6 = acme.level("L6");
//     const auto mentorship = acme.competency("mentorship");
//     auto staff = make_rule(acme, sustained(meets(L6), 2, 3) && rating(mentorship) >= 3);
//
// An expression's C++ type is its rule type (a condition, a number, a duration), so comparing a
// rating with a duration does not compile, and handles come only from checked lookups, so an
// id cannot be misspelt. make_rule() prints the expression as rule text (with the ladder's ids,
// parenthesised where precedence needs it) and compiles that: the rule has the same nodes and
// explanations as the text, because it is the text. Constexpr throughout.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/rules/compile.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace dsl {

namespace detail {

/// What a node of an expression is; children are earlier nodes of the same array.
enum class op : std::uint8_t {
    number, months, rating, each, attribute, time_in_level, tenure,
    negate, logical_not, add, subtract, multiply, divide,
    less, less_equal, greater, greater_equal, equal, not_equal, logical_and, logical_or,
    meets, gap, expected, count, all, any, sum, in_cycles, trend, at_level,
};

struct node {
    op kind = op::number;
    index_t left = no_index;
    index_t right = no_index;
    index_t a = no_index;  ///< a row: competency, level or category; or K of `in at least K`
    index_t b = no_index;  ///< a row: archetype or competency; or N cycles
    std::int64_t value = 0;
    std::string_view name;  ///< an attribute's id
};

[[nodiscard]] constexpr node make(op kind, index_t left = no_index, index_t right = no_index) noexcept {
    node n{};
    n.kind = kind;
    n.left = left;
    n.right = right;
    return n;
}

}  // namespace detail

/// A rule expression of rule type T (value_type::boolean, number or duration): a small tree in
/// an array, its root last.
template <value_type T>
class expr {
public:
    using node = detail::node;

    constexpr expr() = default;
    constexpr explicit expr(const node& n) { nodes_.push_back(n); }

    /// The array of nodes; the root is the last.
    [[nodiscard]] constexpr const constexpr_vector<node>& nodes() const noexcept { return nodes_; }

    /// Builds `op(left, right)` (right may be empty) from two expressions' arrays.
    template <value_type L, value_type R>
    [[nodiscard]] static constexpr expr combine(detail::op kind, const expr<L>& left, const expr<R>* right, node extra = {}) {
        expr out;
        for (const auto& n : left.nodes()) out.nodes_.push_back(n);
        const auto left_root = static_cast<index_t>(out.nodes_.size() - 1);
        index_t right_root = no_index;
        if (right != nullptr) {
            const auto offset = static_cast<index_t>(out.nodes_.size());
            for (auto n : right->nodes()) {
                if (n.left != no_index) n.left += offset;
                if (n.right != no_index) n.right += offset;
                out.nodes_.push_back(n);
            }
            right_root = static_cast<index_t>(out.nodes_.size() - 1);
        }
        extra.kind = kind;
        extra.left = left_root;
        extra.right = right_root;
        out.nodes_.push_back(extra);
        return out;
    }

private:
    constexpr_vector<node> nodes_;
};

using condition = expr<value_type::boolean>;
using number = expr<value_type::number>;
using duration = expr<value_type::duration>;

namespace detail {
template <value_type T>
[[nodiscard]] constexpr expr<T> leaf(op kind, index_t a = no_index, index_t b = no_index, std::int64_t value = 0) {
    node n = make(kind);
    n.a = a;
    n.b = b;
    n.value = value;
    return expr<T>(n);
}
template <value_type T, value_type L, value_type R>
[[nodiscard]] constexpr expr<T> binary(op kind, const expr<L>& left, const expr<R>& right) {
    return expr<T>::combine(kind, left, &right);
}
template <value_type T, value_type L>
[[nodiscard]] constexpr expr<T> unary(op kind, const expr<L>& inner, node extra = {}) {
    return expr<T>::combine(kind, inner, static_cast<const expr<L>*>(nullptr), extra);
}
}  // namespace detail

// ---- values ----

/// A number.
[[nodiscard]] constexpr number value(std::int64_t n) { return detail::leaf<value_type::number>(detail::op::number, no_index, no_index, n); }
/// Durations, in months.
[[nodiscard]] constexpr duration months(std::int64_t n) {
    return detail::leaf<value_type::duration>(detail::op::months, no_index, no_index, n);
}
[[nodiscard]] constexpr duration years(std::int64_t n) { return months(12 * n); }
/// The rating of a competency in the cycle looked at.
[[nodiscard]] constexpr number rating(competency_ref c) { return detail::leaf<value_type::number>(detail::op::rating, c.index()); }
[[nodiscard]] constexpr duration time_in_level() { return detail::leaf<value_type::duration>(detail::op::time_in_level); }
[[nodiscard]] constexpr duration tenure() { return detail::leaf<value_type::duration>(detail::op::tenure); }

/// A ladder-declared attribute by id, of the type the ladder declares (checked by make_rule).
template <value_type T>
[[nodiscard]] constexpr expr<T> attribute(std::string_view id) {
    detail::node n = detail::make(detail::op::attribute);
    n.name = id;
    return expr<T>(n);
}
[[nodiscard]] constexpr condition flag(std::string_view id) { return attribute<value_type::boolean>(id); }

// ---- expectations ----

/// `at(L5)`: the person is at level L5.
[[nodiscard]] constexpr condition at(level_ref l) { return detail::leaf<value_type::boolean>(detail::op::at_level, l.index()); }
/// `at(senior)`: the person is at a level of the group (`group senior "…" = L5..L8`).
[[nodiscard]] constexpr condition at(group_ref g) {
    return detail::leaf<value_type::boolean>(detail::op::at_level, g.index(), 1);
}
[[nodiscard]] constexpr condition meets(level_ref l) { return detail::leaf<value_type::boolean>(detail::op::meets, l.index()); }
[[nodiscard]] constexpr condition meets(level_ref l, archetype_ref as) {
    return detail::leaf<value_type::boolean>(detail::op::meets, l.index(), as.index());
}
[[nodiscard]] constexpr number gap(level_ref l) { return detail::leaf<value_type::number>(detail::op::gap, l.index()); }
[[nodiscard]] constexpr number gap(level_ref l, archetype_ref as) {
    return detail::leaf<value_type::number>(detail::op::gap, l.index(), as.index());
}
/// What a level expects of a competency (`expected(L6, design)`).
[[nodiscard]] constexpr number expected(level_ref l, competency_ref c) {
    return detail::leaf<value_type::number>(detail::op::expected, l.index(), c.index());
}
[[nodiscard]] constexpr number expected(level_ref l, archetype_ref as, competency_ref c) {
    number e = detail::leaf<value_type::number>(detail::op::expected, l.index(), c.index());
    detail::node extra = e.nodes().back();
    extra.value = static_cast<std::int64_t>(as.index()) + 1;  // 0: no archetype
    return number(extra);
}

// ---- quantifiers: `pred` takes the rating of each competency visited, a number ----

namespace detail {
template <op Kind, value_type T, class Pred>
[[nodiscard]] constexpr expr<T> quantify(index_t category, Pred&& pred) {
    const condition body = pred(expr<value_type::number>(make(op::each)));
    node extra{};
    extra.a = category;
    return unary<T>(Kind, body, extra);
}
}  // namespace detail

template <class Pred>
[[nodiscard]] constexpr number count(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::count, value_type::number>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr number count(Pred&& pred) {
    return detail::quantify<detail::op::count, value_type::number>(no_index, pred);
}
template <class Pred>
[[nodiscard]] constexpr condition all(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::all, value_type::boolean>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr condition all(Pred&& pred) {
    return detail::quantify<detail::op::all, value_type::boolean>(no_index, pred);
}
template <class Pred>
[[nodiscard]] constexpr condition any(category_ref in, Pred&& pred) {
    return detail::quantify<detail::op::any, value_type::boolean>(in.index(), pred);
}
template <class Pred>
[[nodiscard]] constexpr condition any(Pred&& pred) {
    return detail::quantify<detail::op::any, value_type::boolean>(no_index, pred);
}
/// The sum of the ratings of a category's competencies (or of all).
[[nodiscard]] constexpr number sum(category_ref in) {
    detail::node extra{};
    extra.a = in.index();
    return detail::unary<value_type::number>(detail::op::sum, number(detail::make(detail::op::each)), extra);
}
[[nodiscard]] constexpr number sum() {
    return detail::unary<value_type::number>(detail::op::sum, number(detail::make(detail::op::each)));
}

// ---- history ----

/// `c in at least k of last n cycles`.
[[nodiscard]] constexpr condition in_cycles(const condition& c, std::int64_t k, std::int64_t n) {
    detail::node extra{};
    extra.a = static_cast<index_t>(k);
    extra.b = static_cast<index_t>(n);
    return detail::unary<value_type::boolean>(detail::op::in_cycles, c, extra);
}
/// `c in last n cycles`: every one of them.
[[nodiscard]] constexpr condition sustained(const condition& c, std::int64_t n) { return in_cycles(c, n, n); }
/// `trend(x over last n cycles)`.
[[nodiscard]] constexpr number trend(const number& x, std::int64_t n) {
    detail::node extra{};
    extra.a = static_cast<index_t>(n);
    return detail::unary<value_type::number>(detail::op::trend, x, extra);
}

// ---- operators ----

[[nodiscard]] constexpr condition operator&&(const condition& a, const condition& b) {
    return detail::binary<value_type::boolean>(detail::op::logical_and, a, b);
}
[[nodiscard]] constexpr condition operator||(const condition& a, const condition& b) {
    return detail::binary<value_type::boolean>(detail::op::logical_or, a, b);
}
[[nodiscard]] constexpr condition operator!(const condition& a) {
    return detail::unary<value_type::boolean>(detail::op::logical_not, a);
}

/// Numbers and durations: + and - within a type, * and / by a number.
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator+(const expr<T>& a, const expr<T>& b) {
    return detail::binary<T>(detail::op::add, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator-(const expr<T>& a, const expr<T>& b) {
    return detail::binary<T>(detail::op::subtract, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator*(const expr<T>& a, const number& b) {
    return detail::binary<T>(detail::op::multiply, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator/(const expr<T>& a, const number& b) {
    return detail::binary<T>(detail::op::divide, a, b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator-(const expr<T>& a) {
    return detail::unary<T>(detail::op::negate, a);
}
[[nodiscard]] constexpr number operator+(const number& a, std::int64_t b) { return a + value(b); }
[[nodiscard]] constexpr number operator+(std::int64_t a, const number& b) { return value(a) + b; }
[[nodiscard]] constexpr number operator-(const number& a, std::int64_t b) { return a - value(b); }
[[nodiscard]] constexpr number operator-(std::int64_t a, const number& b) { return value(a) - b; }
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator*(const expr<T>& a, std::int64_t b) {
    return a * value(b);
}
template <value_type T>
    requires(T != value_type::boolean)
[[nodiscard]] constexpr expr<T> operator/(const expr<T>& a, std::int64_t b) {
    return a / value(b);
}

/// Comparisons of two values of one type (`==` and `!=` also of conditions), or of a number
/// with an integer.
#define LADDER_DSL_COMPARISON(symbol, kind)                                                                  \
    template <value_type T>                                                                                  \
    [[nodiscard]] constexpr condition operator symbol(const expr<T>& a, const expr<T>& b) {                 \
        static_assert(T != value_type::boolean || detail::op::kind == detail::op::equal ||                   \
                          detail::op::kind == detail::op::not_equal,                                        \
                      "conditions compare only with == and !=");                                            \
        return detail::binary<value_type::boolean>(detail::op::kind, a, b);                                  \
    }                                                                                                        \
    [[nodiscard]] constexpr condition operator symbol(const number& a, std::int64_t b) { return a symbol value(b); } \
    [[nodiscard]] constexpr condition operator symbol(std::int64_t a, const number& b) { return value(a) symbol b; }
LADDER_DSL_COMPARISON(<, less)
LADDER_DSL_COMPARISON(<=, less_equal)
LADDER_DSL_COMPARISON(>, greater)
LADDER_DSL_COMPARISON(>=, greater_equal)
LADDER_DSL_COMPARISON(==, equal)
LADDER_DSL_COMPARISON(!=, not_equal)
#undef LADDER_DSL_COMPARISON

namespace detail {

/// Prints an expression as rule text, with the ladder's ids, parenthesised only where the
/// grammar's precedence needs it.
class printer {
public:
    constexpr printer(const ladder_view& l, const constexpr_vector<node>& nodes) : l_(l), nodes_(nodes) {}

    /// False when a handle is not a row of this ladder.
    constexpr bool print(constexpr_vector<char>& out) {
        out_ = &out;
        write(static_cast<index_t>(nodes_.size() - 1), 0);
        return ok_;
    }

private:
    // Loosest first, as docs/rules.md lists them.
    enum precedence : int { p_or = 1, p_and, p_not, p_history, p_compare, p_add, p_multiply, p_unary, p_primary };

    static constexpr int precedence_of(op k) noexcept {
        switch (k) {
            case op::logical_or: return p_or;
            case op::logical_and: return p_and;
            case op::logical_not: return p_not;
            case op::in_cycles: return p_history;
            case op::less: case op::less_equal: case op::greater: case op::greater_equal: case op::equal:
            case op::not_equal: return p_compare;
            case op::add: case op::subtract: return p_add;
            case op::multiply: case op::divide: return p_multiply;
            case op::negate: return p_unary;
            default: return p_primary;
        }
    }
    static constexpr std::string_view symbol_of(op k) noexcept {
        switch (k) {
            case op::logical_or: return " or ";
            case op::logical_and: return " and ";
            case op::add: return " + ";
            case op::subtract: return " - ";
            case op::multiply: return " * ";
            case op::divide: return " / ";
            case op::less: return " < ";
            case op::less_equal: return " <= ";
            case op::greater: return " > ";
            case op::greater_equal: return " >= ";
            case op::equal: return " == ";
            case op::not_equal: return " != ";
            default: return " ";
        }
    }

    constexpr void put(std::string_view s) {
        for (char c : s) out_->push_back(c);
    }
    constexpr void put_number(std::int64_t v) {
        std::uint64_t magnitude = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
        if (v < 0) out_->push_back('-');
        char digits[20]{};
        int n = 0;
        do {
            digits[n++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        while (n != 0) out_->push_back(digits[--n]);
    }
    template <class Row>
    constexpr void put_id(row_span<Row> rows, index_t row) {
        if (row >= rows.size()) {
            ok_ = false;
            return;
        }
        put(rows[row].id);
    }

    /// Writes node `i` where the grammar wants precedence `at_least`.
    constexpr void write(index_t i, int at_least) {
        const node& n = nodes_[i];
        const int own = precedence_of(n.kind);
        // A negative number reads as one token, which binds tighter than anything.
        const bool wrap = own < at_least || (n.kind == op::number && n.value < 0 && at_least > p_add);
        if (wrap) put("(");
        write_bare(n, own);
        if (wrap) put(")");
    }

    constexpr void write_bare(const node& n, int own) {
        switch (n.kind) {
            case op::number: put_number(n.value); break;
            case op::months:
                put_number(n.value);
                put(" months");
                break;
            case op::rating: put_id(l_.competencies(), n.a); break;
            case op::each: put("each"); break;
            case op::attribute: put(n.name); break;
            case op::time_in_level: put("time_in_level"); break;
            case op::tenure: put("tenure"); break;
            case op::negate:
                put("-");
                write(n.left, p_unary);
                break;
            case op::logical_not:
                put("not ");
                write(n.left, p_not);
                break;
            case op::meets:
            case op::gap:
                put(n.kind == op::meets ? "meets(" : "gap(");
                put_id(l_.levels(), n.a);
                if (n.b != no_index) {
                    put(" as ");
                    put_id(l_.archetypes(), n.b);
                }
                put(")");
                break;
            case op::at_level:
                put("at(");
                if (n.b == 1) put_id(l_.groups(), n.a);
                else put_id(l_.levels(), n.a);
                put(")");
                break;
            case op::expected:
                put("expected(");
                put_id(l_.levels(), n.a);
                if (n.value != 0) {
                    put(" as ");
                    put_id(l_.archetypes(), static_cast<index_t>(n.value - 1));
                }
                put(", ");
                put_id(l_.competencies(), n.b);
                put(")");
                break;
            case op::count:
            case op::all:
            case op::any:
            case op::sum:
                put(n.kind == op::count ? "count(each in " : n.kind == op::all ? "all(each in " : n.kind == op::any ? "any(each in " : "sum(each in ");
                if (n.a == no_index) put("competencies");
                else put_id(l_.categories(), n.a);
                if (n.kind != op::sum) {
                    put(" where ");
                    write(n.left, p_or);
                }
                put(")");
                break;
            case op::in_cycles:
                write(n.left, p_compare);
                put(" in ");
                if (n.a != n.b) {
                    put("at least ");
                    put_number(n.a);
                    put(" of ");
                }
                put("last ");
                put_number(n.b);
                put(" cycles");
                break;
            case op::trend:
                put("trend(");
                write(n.left, p_add);
                put(" over last ");
                put_number(n.a);
                put(" cycles)");
                break;
            default:  // binary operators, left-associative
                write(n.left, own == p_compare ? p_add : own);
                put(symbol_of(n.kind));
                write(n.right, own == p_compare ? p_add : own + 1);
                break;
        }
    }

    const ladder_view& l_;
    const constexpr_vector<node>& nodes_;
    constexpr_vector<char>* out_ = nullptr;
    bool ok_ = true;
};

}  // namespace detail

/// The rule text an expression stands for, with the ladder's ids; empty when a handle in it is
/// not a row of the ladder.
[[nodiscard]] constexpr constexpr_vector<char> to_text(const ladder_view& l, const condition& c) {
    constexpr_vector<char> out;
    detail::printer p(l, c.nodes());
    if (!p.print(out)) out.clear();
    return out;
}

/// Compiles an expression into a rule against a ladder, exactly as its text would compile.
[[nodiscard]] constexpr result<rule> make_rule(const ladder_view& l, const condition& c, const rule_limits& limits = {}) {
    const constexpr_vector<char> text = to_text(l, c);
    if (text.empty()) {
        diagnostic_list found;
        found.add(ladder::detail::make_diagnostic(diagnostic_code::unknown_id, severity::error, entity::text,
                                  "a handle from another ladder", {}, {}, 0, 0));
        found.own_strings();
        return found;
    }
    return compile_rule(l, std::string_view(text.data(), text.size()), "<dsl>", limits);
}

}  // namespace dsl

LADDER_END_NAMESPACE
// end ladder/rules/dsl.hpp
// validate: well-formedness
// begin ladder/validate/validate.hpp

// Every well-formedness rule of a ladder's tables, written once over the view and usable in
// constant expressions: static_assert(ladder::validate(l).ok()). Whether its conditions compile
// is checked where they are compiled, when the ladder is built (build/conditions.hpp).

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/sort.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <optional>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Collects findings, filling in the fields every finding has.
struct finding_sink {
    diagnostic_list& out;

    constexpr void add(diagnostic_code code, severity sev, entity about, std::string_view subject,
                       std::string_view other, source_position where, std::int64_t actual = 0,
                       std::int64_t expected = 0, std::string_view suggestion = {}) {
        out.add(make_diagnostic(code, sev, about, subject, other, where, actual, expected, suggestion));
    }
    /// Adds a finding whose severity a ladder's policy sets; nothing when the policy is off.
    constexpr void add_by_policy(check_level level, diagnostic_code code, entity about, std::string_view subject,
                                 std::string_view other, source_position where, std::int64_t actual = 0,
                                 std::int64_t expected = 0) {
        if (level == check_level::off) return;
        add(code, level == check_level::error ? severity::error : severity::warning, about, subject, other, where,
            actual, expected);
    }
};

/// Every row whose id an earlier row has; one sort, not a search per row.
template <class Row>
constexpr void check_duplicate_ids(row_span<Row> rows, entity about, finding_sink& sink) {
    const auto repeated = id_index(rows).repeated();
    for (std::size_t i = 0; i != rows.size(); ++i) {
        if (repeated[i]) sink.add(diagnostic_code::duplicate_id, severity::error, about, rows[i].id, {}, rows[i].where);
    }
}

/// Reports a reference that names an id no row has.
template <class Row>
constexpr void check_reference(const reference& r, row_span<Row> rows, entity about, std::string_view referrer,
                               source_position where, finding_sink& sink) {
    if (r.empty() || r.resolved()) return;
    sink.add(diagnostic_code::unknown_reference, severity::error, about, r.id, referrer, where, 0, 0,
             closest_id(rows, r.id));
}

constexpr void check_references(const ladder_view& v, finding_sink& sink) {
    const auto& info = v.info();
    check_reference(info.default_scale, v.scales(), entity::scale, v.name(), {}, sink);
    for (const auto& c : v.competencies()) {
        check_reference(c.category, v.categories(), entity::category, c.id, c.where, sink);
        check_reference(c.scale, v.scales(), entity::scale, c.id, c.where, sink);
        if (c.category.empty()) {
            sink.add(diagnostic_code::unknown_reference, severity::error, entity::category, c.category.id, c.id,
                     c.where);
        }
    }
    for (const auto& l : v.levels()) {
        check_reference(l.track, v.tracks(), entity::track, l.id, l.where, sink);
        if (l.track.empty()) {
            sink.add(diagnostic_code::unknown_reference, severity::error, entity::track, {}, l.id, l.where);
        }
        for (const auto& e : v.expectations_of(l)) {
            check_reference(e.competency, v.competencies(), entity::competency, l.id, e.where, sink);
        }
    }
    for (const auto& q : v.equivalences()) {
        check_reference(q.level, v.levels(), entity::level, {}, q.where, sink);
        check_reference(q.lowest, v.levels(), entity::level, q.level.id, q.where, sink);
        check_reference(q.highest, v.levels(), entity::level, q.level.id, q.where, sink);
    }
    for (const auto& g : v.groups()) {
        check_reference(g.lowest, v.levels(), entity::level, g.id, g.where, sink);
        check_reference(g.highest, v.levels(), entity::level, g.id, g.where, sink);
    }
    for (const auto& a : v.archetypes()) {
        check_reference(a.from, v.levels(), entity::level, a.id, a.where, sink);
        check_reference(a.until, v.levels(), entity::level, a.id, a.where, sink);
        for (const auto& e : v.expectations_of(a)) {
            check_reference(e.competency, v.competencies(), entity::competency, a.id, e.where, sink);
        }
    }
    for (const auto& t : v.titles()) {
        const std::string_view owner = t.archetype < v.archetypes().size() ? v.archetypes()[t.archetype].id : std::string_view{};
        check_reference(t.level, v.levels(), entity::level, owner, t.where, sink);
    }
    for (const auto& t : v.transitions()) {
        check_reference(t.from, v.levels(), entity::level, {}, t.where, sink);
        check_reference(t.to, v.levels(), entity::level, t.from.id, t.where, sink);
    }
}

constexpr void check_scales(const ladder_view& v, finding_sink& sink) {
    for (const auto& s : v.scales()) {
        const auto points = v.points_of(s);
        if (points.empty()) {
            sink.add(diagnostic_code::empty_scale, severity::error, entity::scale, s.id, {}, s.where);
            continue;
        }
        check_duplicate_ids(points, entity::scale_point, sink);
        for (const auto& point : points) {
            if (point.value == not_rated) {
                sink.add(diagnostic_code::number_too_large, severity::error, entity::scale_point, point.id, s.id,
                         point.where, 1, static_cast<std::int64_t>(not_rated) + 1);
            }
        }
        for (std::size_t i = 1; i < points.size(); ++i) {
            if (points[i].value <= points[i - 1].value) {
                sink.add(diagnostic_code::unordered_scale, severity::error, entity::scale, s.id, points[i].id,
                         points[i].where, points[i].value, points[i - 1].value);
            }
        }
    }
    if (v.default_scale_index() == no_index) {
        for (const auto& c : v.competencies()) {
            if (c.scale.empty()) {
                sink.add(diagnostic_code::no_default_scale, severity::error, entity::competency, c.id, {}, c.where);
            }
        }
    }
}

/// For each competency, the last owner (a stamp) that stated it: a duplicate in a list, or a
/// competency a level leaves out, is found in one pass, not by a search per expectation.
struct competency_stamps {
    constexpr_vector<std::size_t> stamp;
    std::size_t now = 0;
    constexpr explicit competency_stamps(std::size_t competencies) : stamp(competencies) {}
    /// Starts a new owner's list.
    constexpr void next_owner() noexcept { ++now; }
    /// Marks a competency as stated; false when this owner stated it already.
    constexpr bool mark(index_t competency) noexcept {
        if (stamp[competency] == now) return false;
        stamp[competency] = now;
        return true;
    }
    [[nodiscard]] constexpr bool stated(std::size_t competency) const noexcept { return stamp[competency] == now; }
};

/// A level that says in words what it expects of some competencies should say it of all: each
/// expectation left without words is a warning (a level with no words at all is fine).
constexpr void check_partial_text(row_span<expectation> list, std::string_view level_id, finding_sink& sink) {
    if (!detail::has_words(list)) return;
    for (const auto& e : list) {
        if (e.statement.empty()) {
            sink.add(diagnostic_code::partial_text, severity::warning, entity::level, level_id, e.competency.id, e.where);
        }
    }
}

/// Duplicates and off-scale ratings in one owner's list of expectations.
constexpr void check_expectation_list(const ladder_view& v, row_span<expectation> list, entity owner,
                                      std::string_view owner_id, competency_stamps& stated, finding_sink& sink) {
    stated.next_owner();
    for (std::size_t i = 0; i != list.size(); ++i) {
        const auto& e = list[i];
        if (!e.competency.resolved()) continue;
        if (!stated.mark(e.competency.index)) {
            sink.add(diagnostic_code::duplicate_expectation, severity::error, owner, owner_id, e.competency.id, e.where);
        }
        const index_t scale_row = v.scale_index_of(v.competencies()[e.competency.index]);
        if (!e.point.empty() && !e.point.resolved()) {
            if (scale_row != no_index) {
                check_reference(e.point, v.points_of(v.scales()[scale_row]), entity::scale_point, owner_id, e.where,
                                sink);
            }
            continue;
        }
        if (scale_row != no_index && !v.on_scale(scale_row, e.minimum)) {
            sink.add(diagnostic_code::rating_off_scale, severity::error, owner, owner_id, e.competency.id, e.where,
                     e.minimum);
        }
    }
}

/// Levels in track order: for each level, the nearest level below it on its track, and for a
/// level that repeats an earlier-declared level's rank, that level. One sort, so validating a
/// ladder of thousands of levels stays fast.
struct track_order {
    constexpr_vector<index_t> below;
    constexpr_vector<index_t> same_rank_as;
    constexpr_vector<index_t> up;  ///< every level, by track, then rank, then declaration
};

constexpr track_order order_levels_on_tracks(const ladder_view& v) {
    const auto levels = v.levels();
    const std::size_t n = levels.size();
    const auto before = [&](index_t a, index_t b) {
        const level& x = levels[a];
        const level& y = levels[b];
        if (x.track.index != y.track.index) return x.track.index < y.track.index;
        if (x.rank != y.rank) return x.rank < y.rank;
        return a < b;
    };
    constexpr_vector<index_t> order(n);
    for (std::size_t i = 0; i != n; ++i) order[i] = static_cast<index_t>(i);
    stable_sort(order, before);
    track_order out{constexpr_vector<index_t>(n), constexpr_vector<index_t>(n), order};
    for (std::size_t i = 0; i != n; ++i) out.below[i] = out.same_rank_as[i] = no_index;
    for (std::size_t k = 1; k < n; ++k) {
        const index_t a = order[k - 1];
        const index_t b = order[k];
        if (!levels[a].track.resolved() || levels[a].track.index != levels[b].track.index) continue;
        if (levels[a].rank == levels[b].rank) {
            out.same_rank_as[b] = out.same_rank_as[a] != no_index ? out.same_rank_as[a] : a;
            out.below[b] = out.below[a];
        } else {
            out.below[b] = a;
        }
    }
    return out;
}

/// For each expectation row of the levels, the level below on its track whose expectation
/// decreasing_expectations compares with: the nearest that states that competency (of levels
/// sharing a rank, the last declared speaks for them). One pass up each track, keeping the
/// latest minimum per competency: linear in the number of expectations.
struct lower_expectations {
    constexpr_vector<index_t> level;  ///< by expectation row; no_index: none below
    constexpr_vector<rating> minimum;
};

constexpr lower_expectations find_lower_expectations(const ladder_view& v, const track_order& order) {
    const auto levels = v.levels();
    const std::size_t competencies = v.competencies().size();
    lower_expectations out{constexpr_vector<index_t>(v.expectations().size()), constexpr_vector<rating>(v.expectations().size())};
    for (auto& x : out.level) x = no_index;
    // The latest level up the current track to state each competency, and its minimum; a
    // competency's entry counts only while its track stamp is the current track's.
    constexpr_vector<index_t> last_level(competencies);
    constexpr_vector<rating> last_minimum(competencies);
    constexpr_vector<std::size_t> last_track(competencies);
    competency_stamps stated(competencies);
    std::size_t track_stamp = 0;
    const auto& up = order.up;
    for (std::size_t k = 0; k != up.size();) {
        const index_t track = levels[up[k]].track.index;
        if (track == no_index) break;  // levels with an unknown track sort last; they are reported
        if (k == 0 || levels[up[k - 1]].track.index != track) ++track_stamp;
        std::size_t group_end = k + 1;
        while (group_end != up.size() && levels[up[group_end]].track.index == track &&
               levels[up[group_end]].rank == levels[up[k]].rank) {
            ++group_end;
        }
        for (std::size_t g = k; g != group_end; ++g) {
            const level& l = levels[up[g]];
            for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
                const index_t c = v.expectations()[row].competency.index;
                if (c == no_index || last_track[c] != track_stamp) continue;
                out.level[row] = last_level[c];
                out.minimum[row] = last_minimum[c];
            }
        }
        const index_t speaker = up[group_end - 1];
        const level& l = levels[speaker];
        stated.next_owner();
        for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
            const index_t c = v.expectations()[row].competency.index;
            if (c == no_index || !stated.mark(c)) continue;  // the first of a duplicate speaks
            last_level[c] = speaker;
            last_minimum[c] = v.expectations()[row].minimum;
            last_track[c] = track_stamp;
        }
        k = group_end;
    }
    return out;
}

constexpr void check_levels(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const ladder_policy& policy = v.policy();
    if (levels.empty()) sink.add(diagnostic_code::no_levels, severity::warning, entity::ladder, v.name(), {}, {});
    const track_order order = order_levels_on_tracks(v);
    const lower_expectations lower = find_lower_expectations(v, order);
    competency_stamps stated(v.competencies().size());
    for (std::size_t i = 0; i != levels.size(); ++i) {
        const level& l = levels[i];
        check_expectation_list(v, v.expectations_of(l), entity::level, l.id, stated, sink);
        check_partial_text(v.expectations_of(l), l.id, sink);
        if (!l.track.resolved()) continue;

        if (const index_t same = order.same_rank_as[i]; same != no_index) {
            sink.add(diagnostic_code::duplicate_rank, severity::error, entity::level, l.id, levels[same].id, l.where,
                     l.rank);
        }

        // A level with an unknown competency in its list is already reported; which competency it
        // misses is then a guess, so the missing-expectation check waits for the fix.
        bool all_known = true;
        for (const auto& e : v.expectations_of(l)) all_known = all_known && e.competency.resolved();
        for (std::size_t c = 0; all_known && c != v.competencies().size(); ++c) {
            if (!stated.stated(c)) {
                sink.add_by_policy(policy.missing_expectations, diagnostic_code::missing_expectation, entity::level,
                                   l.id, v.competencies()[c].id, l.where);
            }
        }

        for (index_t row = l.first_expectation; row != l.first_expectation + l.expectation_count; ++row) {
            const expectation& e = v.expectations()[row];
            if (!e.competency.resolved() || lower.level[row] == no_index) continue;
            if (e.minimum < lower.minimum[row]) {
                sink.add_by_policy(policy.decreasing_expectations, diagnostic_code::decreasing_expectation,
                                   entity::level, l.id, levels[lower.level[row]].id, e.where, e.minimum, lower.minimum[row]);
            }
        }

        if (l.band) {
            const pay_band& b = *l.band;
            if (b.minimum > b.maximum) {
                sink.add(diagnostic_code::inverted_band, severity::error, entity::level, l.id, {}, l.where, b.minimum,
                         b.maximum);
                continue;
            }
            // The nearest level below with a well-formed band.
            index_t below = order.below[i];
            while (below != no_index &&
                   !(levels[below].band && levels[below].band->minimum <= levels[below].band->maximum)) {
                below = order.below[below];
            }
            if (below == no_index) continue;
            const level& lower_level = levels[below];
            const pay_band& lb = *lower_level.band;
            if (lb.currency != b.currency) {
                sink.add(diagnostic_code::mixed_band_currencies, severity::warning, entity::level, l.id,
                         lower_level.id, l.where);
            } else if (b.minimum < lb.minimum || b.maximum < lb.maximum) {
                const bool by_minimum = b.minimum < lb.minimum;
                sink.add(diagnostic_code::decreasing_band, severity::error, entity::level, l.id, lower_level.id,
                         l.where, by_minimum ? b.minimum : b.maximum, by_minimum ? lb.minimum : lb.maximum);
            } else if (lb.maximum > b.minimum) {
                const std::int64_t width = lb.maximum - lb.minimum;
                const std::int64_t overlap = lb.maximum - b.minimum;
                const std::int64_t percent = width > 0 ? overlap * 100 / width : 100;
                if (percent > policy.max_band_overlap_percent) {
                    sink.add(diagnostic_code::overlapping_bands, severity::warning, entity::level, l.id,
                             lower_level.id, l.where, percent, policy.max_band_overlap_percent);
                }
            }
        }
    }
}

/// A group is a range of levels on one track, upwards, with an id no level has (`at(id)` names
/// either).
constexpr void check_groups(const ladder_view& v, finding_sink& sink) {
    const id_index levels(v.levels());
    for (const auto& g : v.groups()) {
        const auto inconsistent = [&](std::int64_t why, std::string_view other) {
            sink.add(diagnostic_code::inconsistent_group, severity::error, entity::group, g.id, other, g.where, why);
        };
        if (levels.find(g.id) != no_index) inconsistent(2, g.id);
        if (!g.lowest.resolved() || !g.highest.resolved()) continue;
        const level& lo = v.levels()[g.lowest.index];
        const level& hi = v.levels()[g.highest.index];
        if (lo.track.index != hi.track.index) {
            inconsistent(0, g.highest.id);
        } else if (lo.rank > hi.rank) {
            inconsistent(1, g.lowest.id);
        }
    }
}

/// An archetype's title names a level where the archetype applies, once. Titles sorted by
/// archetype and level, so a second title for one level is found next to the first.
constexpr void check_titles(const ladder_view& v, finding_sink& sink) {
    const auto titles = v.titles();
    constexpr_vector<index_t> order;
    for (std::size_t i = 0; i != titles.size(); ++i) {
        const level_title& t = titles[i];
        if (t.archetype >= v.archetypes().size() || !t.level.resolved()) continue;
        const archetype& a = v.archetypes()[t.archetype];
        if (archetype_in_force(v, t.archetype, t.level.index) == no_index) {
            sink.add(diagnostic_code::misplaced_title, severity::error, entity::archetype, a.id, t.level.id, t.where, 0);
            continue;
        }
        order.push_back(static_cast<index_t>(i));
    }
    stable_sort(order, [&](index_t x, index_t y) {
        return titles[x].archetype != titles[y].archetype ? titles[x].archetype < titles[y].archetype
                                                          : titles[x].level.index < titles[y].level.index;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const level_title &before = titles[order[k - 1]], &t = titles[order[k]];
        if (before.archetype != t.archetype || before.level.index != t.level.index) continue;
        sink.add(diagnostic_code::misplaced_title, severity::error, entity::archetype, v.archetypes()[t.archetype].id, t.level.id,
                 t.where, 1);
    }
}

constexpr bool all_resolved(const equivalence& q) noexcept {
    return q.level.resolved() && q.lowest.resolved() && q.highest.resolved();
}

constexpr void check_equivalences(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const auto eqs = v.equivalences();
    const auto inconsistent = [&](const equivalence& q, std::int64_t why) {
        sink.add(diagnostic_code::inconsistent_equivalence, severity::error, entity::equivalence, q.level.id,
                 q.lowest.id, q.where, why);
    };
    for (std::size_t i = 0; i != eqs.size(); ++i) {
        const auto& q = eqs[i];
        if (!all_resolved(q)) continue;
        const level& l = levels[q.level.index];
        const level& lo = levels[q.lowest.index];
        const level& hi = levels[q.highest.index];
        if (lo.track.index != hi.track.index) {
            inconsistent(q, 0);
            continue;
        }
        if (lo.rank > hi.rank) {
            inconsistent(q, 1);
            continue;
        }
        if (lo.track.index == l.track.index) {
            inconsistent(q, 2);
            continue;
        }
        // A higher level must not map to a lower range than a level below it on its track.
        for (std::size_t j = 0; j != i; ++j) {
            const auto& p = eqs[j];
            if (!all_resolved(p)) continue;
            const level& pl = levels[p.level.index];
            const level& plo = levels[p.lowest.index];
            const level& phi = levels[p.highest.index];
            if (pl.track.index != l.track.index || plo.track.index != lo.track.index || pl.rank == l.rank) continue;
            const bool p_below = pl.rank < l.rank;
            const bool crossed = p_below ? (plo.rank > lo.rank || phi.rank > hi.rank)
                                         : (plo.rank < lo.rank || phi.rank < hi.rank);
            if (crossed) {
                inconsistent(q, 3);
                break;
            }
        }
    }
}

constexpr void check_archetypes(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    competency_stamps stated(v.competencies().size());
    for (const auto& a : v.archetypes()) {
        check_expectation_list(v, v.expectations_of(a), entity::archetype, a.id, stated, sink);
        if (a.from.empty()) {
            sink.add(diagnostic_code::archetype_without_level, severity::error, entity::archetype, a.id, {}, a.where);
            continue;
        }
        if (!a.from.resolved() || !a.until.resolved()) continue;
        const level& from = levels[a.from.index];
        const level& until = levels[a.until.index];
        if (until.track.index != from.track.index || until.rank < from.rank) {
            sink.add(diagnostic_code::archetype_without_level, severity::error, entity::archetype, a.id, until.id,
                     a.where);
        }
    }
}

/// True when an equivalence puts `b` in the range of `a` (or `a` in the range of `b`).
constexpr bool declared_equivalent(const ladder_view& v, index_t a, index_t b) {
    const auto levels = v.levels();
    const auto in_range = [&](const equivalence& q, index_t x) {
        const level& lx = levels[x];
        const level& lo = levels[q.lowest.index];
        const level& hi = levels[q.highest.index];
        return lx.track.index == lo.track.index && lo.rank <= lx.rank && lx.rank <= hi.rank;
    };
    for (const auto& q : v.equivalences()) {
        if (!all_resolved(q)) continue;
        if (q.level.index == a && in_range(q, b)) return true;
        if (q.level.index == b && in_range(q, a)) return true;
    }
    return false;
}

constexpr void check_transitions(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const auto transitions = v.transitions();
    for (const auto& t : transitions) {
        if (!t.from.resolved() || !t.to.resolved()) continue;
        const level& from = levels[t.from.index];
        const level& to = levels[t.to.index];
        const bool same_track = from.track.index == to.track.index;
        switch (t.kind) {
            case transition_kind::promote:
                if (!same_track || to.rank <= from.rank) {
                    sink.add(diagnostic_code::promotion_not_upward, severity::error, entity::transition, from.id, to.id,
                             t.where);
                }
                break;
            case transition_kind::step_back: {
                // Across tracks, "lower" is read on the common scope scale (a manager back to senior IC).
                const bool lower = same_track ? to.rank < from.rank : to.scope <= from.scope;
                if (!lower) {
                    sink.add(diagnostic_code::step_back_not_downward, severity::error, entity::transition, from.id,
                             to.id, t.where);
                }
                if (t.pay != pay_policy::keep && !to.band) {
                    sink.add(diagnostic_code::pay_policy_without_band, severity::warning, entity::transition, from.id,
                             to.id, t.where);
                }
                break;
            }
            case transition_kind::switch_track: {
                if (same_track) {
                    sink.add(diagnostic_code::switch_within_track, severity::error, entity::transition, from.id, to.id,
                             t.where);
                    break;
                }
                if (!declared_equivalent(v, t.from.index, t.to.index)) {
                    sink.add(diagnostic_code::switch_without_equivalence, severity::warning, entity::transition,
                             from.id, to.id, t.where);
                }
                if (!t.both_ways) {
                    bool way_back = false;
                    for (const auto& r : transitions) {
                        way_back = way_back || (r.kind == transition_kind::switch_track && r.from.index == t.to.index &&
                                                r.to.index == t.from.index);
                    }
                    if (!way_back) {
                        sink.add(diagnostic_code::one_way_switch, severity::warning, entity::transition, from.id,
                                 to.id, t.where);
                    }
                }
                break;
            }
        }
    }
}

/// `maps`: each new id a level or a competency of this version; an old id mapped to levels or to
/// competencies, not both; no pair twice. Whether the old ids were in the previous version is
/// for a history to check (revise/history.hpp): one file does not know it.
constexpr void check_maps(const ladder_view& v, finding_sink& sink) {
    const auto maps = v.maps();
    constexpr_vector<index_t> order;
    for (std::size_t i = 0; i != maps.size(); ++i) {
        const revision_map& m = maps[i];
        if (m.to.resolved()) {
            order.push_back(static_cast<index_t>(i));
            continue;
        }
        std::string_view near = closest_id(v.levels(), m.to.id);
        if (near.empty()) near = closest_id(v.competencies(), m.to.id);
        sink.add(diagnostic_code::unknown_reference, severity::error, entity::level, m.to.id, m.from, m.where, 0, 0, near);
    }
    // Sorted by old id, then new id: a repeat and a mix of kinds are neighbours (n log n).
    stable_sort(order, [&](index_t a, index_t b) {
        return maps[a].from != maps[b].from ? maps[a].from < maps[b].from : maps[a].to.id < maps[b].to.id;
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const revision_map &before = maps[order[k - 1]], &m = maps[order[k]];
        if (before.from != m.from) continue;
        if (before.to.id == m.to.id) {
            sink.add(diagnostic_code::bad_map, severity::error, entity::text, m.from, "it names the same id twice", m.where);
        } else if (before.competency != m.competency) {
            sink.add(diagnostic_code::bad_map, severity::error, entity::text, m.from,
                     "it maps one id to a level and to a competency", m.where);
        }
    }
}

}  // namespace detail

/// Checks every well-formedness rule of a ladder. ok() is true when nothing is an error;
/// warnings (a one-way door, a missing expectation …) are reported but allowed.
[[nodiscard]] constexpr diagnostic_list validate(const ladder_view& v) {
    diagnostic_list out;
    detail::finding_sink sink{out};
    detail::check_duplicate_ids(v.scales(), entity::scale, sink);
    detail::check_duplicate_ids(v.categories(), entity::category, sink);
    detail::check_duplicate_ids(v.competencies(), entity::competency, sink);
    detail::check_duplicate_ids(v.tracks(), entity::track, sink);
    detail::check_duplicate_ids(v.levels(), entity::level, sink);
    detail::check_duplicate_ids(v.archetypes(), entity::archetype, sink);
    detail::check_duplicate_ids(v.attributes(), entity::attribute, sink);
    detail::check_duplicate_ids(v.rules(), entity::rule, sink);
    detail::check_duplicate_ids(v.groups(), entity::group, sink);
    detail::check_references(v, sink);
    detail::check_scales(v, sink);
    detail::check_levels(v, sink);
    detail::check_equivalences(v, sink);
    detail::check_groups(v, sink);
    detail::check_titles(v, sink);
    detail::check_archetypes(v, sink);
    detail::check_transitions(v, sink);
    detail::check_maps(v, sink);
    return out;
}

LADDER_END_NAMESPACE
// end ladder/validate/validate.hpp
// build: builder -> compiled conditions -> validated ladder
// begin ladder/build/conditions.hpp

// Every condition a ladder states, compiled once when the ladder is built, into tables the
// ladder owns: meets(L) for each level (its expectations and its criterion), each move's `when`,
// each advisory, each named rule without parameters, each test's `expect rule …`. Decisions,
// tests and the command evaluate these; nothing compiles a ladder's text after this.

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/model/condition.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/compile.hpp (included above)

#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Where a place in a condition's text stands in the file the condition was read from.
[[nodiscard]] constexpr source_position in_file(source_position text_at, source_position in_text) noexcept {
    if (text_at.line == 0 || in_text.line == 0) return {};
    return {text_at.line + in_text.line - 1, in_text.line == 1 ? text_at.column + in_text.column - 1 : in_text.column};
}

/// What a condition is and where it was written, to place its findings.
struct condition_source {
    std::string_view text;
    std::string_view name;    ///< the source name its text is compiled under
    source_position text_at;  ///< of the text's first character in the file; line 0: not from a file
    source_position where;    ///< of the statement
};

/// A limit reached while reading what a condition uses in place belongs to the condition (its
/// whole expansion is too deep or too long), not to the text where it happened to be reached.
[[nodiscard]] constexpr bool reported_where_used(diagnostic_code code) noexcept {
    return code == diagnostic_code::rule_cycle || code == diagnostic_code::criterion_cycle ||
           code == diagnostic_code::rule_too_deep || code == diagnostic_code::rule_too_long;
}

/// A failed condition whose findings all lie in a named rule or a level criterion it uses: its
/// first error, placed at its statement, reported unless that rule or level failed on its own.
struct deferred_finding {
    std::string_view in;  ///< the named rule or level the finding lies in
    diagnostic placed;
};

/// Reports what compiling a condition found. A finding inside its own text is placed in the
/// file; one inside a named rule or a level criterion it uses is left to that one's own
/// compilation, except a cycle or a limit (reported here too) and a finding in a rule with
/// parameters (which has no compilation of its own), placed in that rule's text. When every
/// finding was left to another, the first error comes back, to report unless that other failed:
/// a condition that does not compile is never dropped in silence (a rule may compile alone and
/// fail where it is used, inside a quantifier say).
constexpr std::optional<deferred_finding> report_condition(const ladder_view& v, const condition_source& from,
                                                           const diagnostic_list& found, diagnostic_list& out) {
    const std::size_t errors_before = out.error_count();
    for (diagnostic d : found) {
        bool own = d.source == from.name;
        source_position base = from.text_at;
        if (!own) {
            const index_t r = find_row(v.rules(), d.source);
            if (r != no_index && !v.rules()[r].parameters.empty()) {
                own = true;
                base = v.rules()[r].text_at;
            } else if (!reported_where_used(d.code)) {
                continue;
            }
        }
        if (from.text_at.line != 0) {
            d.where = own ? in_file(base, d.where) : from.where;
            d.source = {};
            d.line_text = {};
        }
        out.add(d);
    }
    if (out.error_count() != errors_before) return std::nullopt;
    for (diagnostic d : found) {
        if (d.severity != severity::error) continue;
        const std::string_view in = d.source;
        if (from.text_at.line != 0) {
            d.where = from.where;
            d.source = {};
            d.line_text = {};
        }
        return deferred_finding{in, d};
    }
    return std::nullopt;
}

/// Appends a compiled rule to the tables as one condition (an empty one when it did not compile).
template <class Tables>
constexpr void keep_condition(Tables& t, const result<rule>& compiled) {
    compiled_condition c;
    c.first_node = static_cast<index_t>(t.condition_nodes.size());
    c.first_char = static_cast<index_t>(t.condition_text.size());
    if (compiled.ok()) {
        const rule_view r = compiled->view();
        for (const rule_node& n : r.nodes()) t.condition_nodes.push_back(n);
        for (char ch : r.full_text()) t.condition_text.push_back(ch);
        c.node_count = static_cast<index_t>(r.nodes().size());
        c.root = r.root();
        c.text_size = static_cast<index_t>(r.full_text().size());
        c.own_length = static_cast<index_t>(r.text().size());
    }
    t.conditions.push_back(c);
}

/// Compiles every condition of resolved tables into their condition tables (which must be
/// empty), in the order ladder_view's condition accessors read them. Returns what compiling
/// found; diagnostics view the tables' strings.
constexpr diagnostic_list compile_conditions(growing_tables& t) {
    diagnostic_list out;
    // The view reads the ladder's rows, which compiling never changes; only the condition
    // tables grow, and the compiler does not read them.
    const ladder_view v(t);
    constexpr_vector<std::string_view> failed;  ///< named rules and levels that fail on their own
    constexpr_vector<deferred_finding> deferred;
    // `named`: a named rule's or a level's own compilation, which others' findings may lie in.
    const auto report = [&](const condition_source& from, const diagnostic_list& found, bool named) {
        if (named) failed.push_back(from.name);
        if (auto d = report_condition(v, from, found, out)) deferred.push_back(*d);
    };
    // `any_type`: a named rule, which may be a number or a duration (kept only when a condition).
    const auto compile = [&](const condition_source& from, bool any_type = false) {
        if (from.text.empty()) {
            keep_condition(t, result<rule>(diagnostic_list{}));
            return;
        }
        rule_compiler compiler(v, from.text, from.name, rule_limits{}, false);
        const auto compiled = compiler.compile(any_type);
        if (!compiled.ok()) report(from, compiled.diagnostics(), any_type);
        // (if/else, not `?:`: g++ 12 misjudges class temporaries of a conditional in constant evaluation)
        if (compiled.ok() && compiled->view().nodes()[compiled->view().root()].type == value_type::boolean) {
            keep_condition(t, compiled);
        } else {
            keep_condition(t, result<rule>(diagnostic_list{}));
        }
    };
    for (std::size_t i = 0; i != t.levels.size(); ++i) {
        const level& l = t.levels[i];
        rule_compiler compiler(v, {}, l.id, rule_limits{}, false);
        const auto compiled = compiler.compile_meets(static_cast<index_t>(i));
        if (!compiled.ok()) report({l.criterion, l.id, l.criterion_at, l.where}, compiled.diagnostics(), true);
        keep_condition(t, compiled);
    }
    for (const transition& tr : t.transitions) compile({tr.guard, "when", tr.guard_at, tr.where});
    for (const advisory& a : t.advisories) compile({a.text, "warn", a.text_at, a.where});
    for (const named_rule& r : t.rules) compile({r.parameters.empty() ? r.text : std::string_view{}, r.id, r.text_at, r.where}, true);
    for (const test_check& c : t.test_checks) compile({c.is_rule ? c.target : std::string_view{}, "expect", c.target_at, c.where});
    for (const deferred_finding& d : deferred) {
        bool reported = false;
        for (std::string_view name : failed) reported = reported || name == d.in;
        if (!reported) out.add(d.placed);
    }
    return out;
}

}  // namespace detail
LADDER_END_NAMESPACE
// end ladder/build/conditions.hpp
// begin ladder/build/build.hpp

// From a builder to a ladder, the one way for both storages:
//   builder -> references resolved -> every condition compiled once (conditions.hpp)
//           -> validated -> runtime_ladder (build) or static_ladder (freeze).

// ladder/build/conditions.hpp (included above)
// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/runtime_ladder.hpp (included above)
// ladder/model/static_ladder.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/validate/validate.hpp (included above)

#include <cstdint>
#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Named in the compiler's message when a compile-time ladder is invalid: the arguments are
/// the first error's code and, for a ladder read from text, its line and column.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_ladder;

/// A builder's tables made into a ladder's, and what stands between them and a ladder: the
/// problems reported while making them (then nothing is compiled or validated, since it would
/// mostly repeat them), or else the validation findings and what compiling conditions found.
struct built_tables {
    growing_tables tables;
    diagnostic_list found;
};

/// `validate`: false where the tables are known valid (freeze()'s second run).
constexpr built_tables build_tables(builder& b, bool validate_them = true) {
    built_tables out;
    out.found = b.reported();
    (void)b.view();  // resolves every reference
    out.tables = b.tables();
    if (!out.found.ok()) return out;
    if (validate_them) out.found.append(validate(ladder_view(out.tables)));
    out.found.append(compile_conditions(out.tables));
    return out;
}

/// The storages' way in: only built tables become a ladder.
struct ladder_storage {
    static runtime_ladder make(growing_tables&& t) { return runtime_ladder(std::move(t)); }

    template <table_sizes Sizes>
    static constexpr void fill(static_ladder<Sizes>& to, const growing_tables& from) {
        to.t_.info = from.info;
        to.t_.for_each_table_with(from, [](auto& rows, const auto& source) {
            for (std::size_t i = 0; i != source.size(); ++i) rows[i] = source[i];
        });
    }
};

/// What freeze() learns from a first run of the builder: the table sizes, and the first
/// error if the ladder is invalid (code 0 when it is valid).
struct freeze_plan {
    table_sizes sizes;
    diagnostic first_error;
};

template <class Make>
consteval freeze_plan plan_freeze() {
    builder b = Make{}();
    const built_tables built = build_tables(b);
    for (const auto& d : built.found) {
        if (d.severity == severity::error) return {built.tables.sizes(), d};
    }
    return {built.tables.sizes(), diagnostic{}};
}
}  // namespace detail

/// Builds a ladder from what a builder holds: references resolved, every condition compiled,
/// the whole validated. The ladder and any warnings, or the errors. Diagnostics view the strings
/// given to the builder.
[[nodiscard]] inline result<runtime_ladder> build(builder& b) {
    detail::built_tables built = detail::build_tables(b);
    if (!built.found.ok()) return std::move(built.found);
    return result<runtime_ladder>(detail::ladder_storage::make(std::move(built.tables)), std::move(built.found));
}

/// Turns a ladder built in a constant expression into a compile-time ladder. `make` is a
/// captureless lambda returning a builder; it runs twice (once to learn the table sizes,
/// once to fill them), since no allocation may survive a constant expression.
/// An invalid ladder fails to compile, naming detail::invalid_ladder<code, line, column>.
template <class Make>
consteval auto freeze(Make) {
    // When the compiler stops here, building the ladder took more steps than it allows a constant
    // expression: a .ladder text beyond about 10 KB does (docs/embedding.md). Embed the file
    // with ladder_embed() or `ladder embed`, which hand the compiler tables, not text.
    constexpr detail::freeze_plan plan = detail::plan_freeze<Make>();  // too large? ladder_embed: docs/embedding.md
    if constexpr (plan.first_error.code != diagnostic_code{}) {
        return detail::invalid_ladder<plan.first_error.code, plan.first_error.where.line,
                                      plan.first_error.where.column>{};
    } else {
        static_ladder<plan.sizes> out;
        builder b = Make{}();
        detail::ladder_storage::fill(out, detail::build_tables(b, false).tables);
        return out;
    }
}

LADDER_END_NAMESPACE
// end ladder/build/build.hpp
// begin ladder/build/parse.hpp

// ladder/core/config.hpp (included above)
// ladder/core/fixed_string.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/build/build.hpp (included above)
// ladder/model/static_ladder.hpp (included above)
// ladder/text/parser.hpp (included above)

#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The builder freeze() runs: the text read by the same reader load() uses. Named for what to
/// do when reading runs out of the compiler's constexpr steps, since compilers print this name
/// then (and in the notes of any error of parse<>; docs/embedding.md).
template <fixed_string Text>
struct text_read_while_compiling_if_it_runs_out_of_steps_embed_it_with_ladder_embed {
    constexpr builder operator()() const { return std::move(read_text(Text.view(), "<parse>").ladder); }
};
}  // namespace detail

/// Reads a .ladder text at compile time into a compile-time ladder. A text that does not
/// read or validate fails to compile, naming detail::invalid_ladder<code, line, column>:
/// the first error's code and place. Views into the text stay valid at runtime. Texts up to
/// about 10 KB fit the compilers' default constexpr limits; embed larger ones as tables with
/// ladder_embed() or `ladder embed` (docs/embedding.md).
///
///     constexpr auto acme = ladder::parse<"ladder \"Acme\" ...">();
template <fixed_string Text>
[[nodiscard]] consteval auto parse() {
    return freeze(detail::text_read_while_compiling_if_it_runs_out_of_steps_embed_it_with_ladder_embed<Text>{});
}

LADDER_END_NAMESPACE
// end ladder/build/parse.hpp
// begin ladder/build/load.hpp

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/build/build.hpp (included above)
// ladder/model/runtime_ladder.hpp (included above)
// ladder/text/limits.hpp (included above)
// ladder/text/parser.hpp (included above)

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// Reads a .ladder text: the ladder and any warnings, or every error found (several per run
/// where reading can go on), each with its line and column. The ladder and the diagnostics
/// own their strings: `text` need not outlive the call.
[[nodiscard]] inline result<runtime_ladder> load(std::string_view text, std::string_view source_name = "<input>",
                                                 const text_limits& limits = {}) {
    auto parsed = detail::read_text(text, source_name, limits);
    return detail::settled(build(parsed.ladder), source_name, text);
}

/// Reads what is left of an open stream (a file, standard input, a pipe), up to `max_bytes`;
/// `name` is what diagnostics call it. cannot-read-file when reading fails, input-too-large
/// (naming it) when it holds more. A longer input is never read whole: a seekable stream is
/// measured first (and left where it was), anything else (a pipe, /dev/zero) is read only to one
/// byte past the limit. The stream stays open.
[[nodiscard]] inline result<std::string> read_stream(std::FILE* f, std::string_view name,
                                                     std::size_t max_bytes = text_limits{}.max_input_bytes) {
    std::string content;
    std::int64_t too_large = -1;  // the size found, when above the limit
    const long here = std::ftell(f);
    if (here >= 0 && std::fseek(f, 0, SEEK_END) == 0) {
        const long end = std::ftell(f);
        if (end > here && static_cast<unsigned long>(end - here) > max_bytes) too_large = end - here;
        std::fseek(f, here, SEEK_SET);
    }
    char buffer[65536];
    while (too_large < 0) {
        const std::size_t room = max_bytes + 1 - content.size();
        const std::size_t n = std::fread(buffer, 1, room < sizeof buffer ? room : sizeof buffer, f);
        if (n == 0) break;
        content.append(buffer, n);
        if (content.size() > max_bytes) too_large = static_cast<std::int64_t>(content.size());
    }
    if (std::ferror(f) == 0 && too_large < 0) return content;
    diagnostic_list found;
    if (too_large >= 0) {
        diagnostic d = detail::make_diagnostic(diagnostic_code::input_too_large, severity::error, entity::text, name, {},
                                               {}, too_large, static_cast<std::int64_t>(max_bytes));
        d.source = name;
        found.add(d);
    } else {
        found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, name));
    }
    found.own_strings();
    return found;
}

/// Reads a whole file's bytes, up to `max_bytes` (read_stream): cannot-read-file also when it
/// cannot be opened.
[[nodiscard]] inline result<std::string> read_file(const std::string& path,
                                                   std::size_t max_bytes = text_limits{}.max_input_bytes) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
        diagnostic_list found;
        found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, path));
        found.own_strings();
        return found;
    }
    auto content = read_stream(f, path, max_bytes);
    std::fclose(f);
    return content;
}

/// load() on a file's content; diagnostics name the file.
[[nodiscard]] inline result<runtime_ladder> load_file(const std::string& path, const text_limits& limits = {}) {
    auto content = read_file(path, limits.max_input_bytes);
    if (!content.ok()) return content.diagnostics();
    return load(*content, path, limits);
}

LADDER_END_NAMESPACE
// end ladder/build/load.hpp
// begin ladder/presets/engineering.hpp

// The embedded default ladder as a compile-time ladder: the tables of engineering_tables.hpp,
// written from its .ladder text (presets/engineering_text.hpp; a test keeps them current), so
// using it costs what reading data costs, not what reading its text while compiling would.
// docs/default-ladder.md says which public frameworks it follows. Its test blocks pass
// (ladder::run_tests).

// ladder/core/config.hpp (included above)
// ladder/model/static_ladder.hpp (included above)
// begin ladder/presets/engineering_tables.hpp

// Generated from ladder::presets::engineering_source() by tests/support/write_preset_tables.cpp: do not
// edit (a test fails when it is stale). The ladder's tables, every condition compiled.

// ladder/core/config.hpp (included above)
// ladder/model/static_ladder.hpp (included above)

// Fields equal to their defaults are left out of each row.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

LADDER_BEGIN_NAMESPACE
namespace presets::detail::engineering_tables {
template <class = void>
inline constexpr ::ladder::table_sizes sizes{1u, 5u, 4u, 8u, 2u, 13u, 113u, 0u, 5u, 0u, 4u, 0u, 17u, 0u, 2u, 1u, 4u, 62u, 5u, 0u, 38u, 35u, 403u};
template <class T = void>
inline constexpr ::ladder::detail::tables<::ladder::detail::array_table, sizes<T>> rows{
    .info = {.name = {"Engineering", 11}, .version = {"1.0", 3}},
    .scales = {{
        {.id = {"proficiency", 11}, .name = {"Proficiency", 11}, .point_count = 5u, .where = {6, 1}},
    }},
    .scale_points = {{
        {.value = 1, .id = {"developing", 10}, .name = {"Developing", 10}, .scale = 0u, .where = {7, 3}},
        {.value = 2, .id = {"proficient", 10}, .name = {"Proficient", 10}, .scale = 0u, .where = {8, 3}},
        {.value = 3, .id = {"advanced", 8}, .name = {"Advanced", 8}, .scale = 0u, .where = {9, 3}},
        {.value = 4, .id = {"expert", 6}, .name = {"Expert", 6}, .scale = 0u, .where = {10, 3}},
        {.value = 5, .id = {"leading", 7}, .name = {"Leading", 7}, .scale = 0u, .where = {11, 3}},
    }},
    .categories = {{
        {.id = {"craft", 5}, .name = {"Craft", 5}, .description = {"Building software well", 22}, .where = {14, 1}},
        {.id = {"execution", 9}, .name = {"Execution", 9}, .description = {"Getting the right things done, safely", 37}, .where = {15, 1}},
        {.id = {"impact", 6}, .name = {"Impact", 6}, .description = {"Reach beyond one's own work", 27}, .where = {16, 1}},
        {.id = {"people", 6}, .name = {"People", 6}, .description = {"Growing others and working with them", 36}, .where = {17, 1}},
    }},
    .competencies = {{
        {.id = {"coding", 6}, .name = {"Technical skill", 15}, .description = {"Writes clear, tested, maintainable code", 39}, .category = {{"craft", 5}, 0u}, .where = {19, 1}},
        {.id = {"design", 6}, .name = {"System design", 13}, .description = {"Shapes systems that meet today's needs and tomorrow's", 53}, .category = {{"craft", 5}, 0u}, .where = {20, 1}},
        {.id = {"delivery", 8}, .name = {"Delivery", 8}, .description = {"Plans, scopes and ships work predictably", 40}, .category = {{"execution", 9}, 1u}, .where = {21, 1}},
        {.id = {"operations", 10}, .name = {"Quality and operations", 22}, .description = {"Keeps what ships reliable and observable", 40}, .category = {{"execution", 9}, 1u}, .where = {22, 1}},
        {.id = {"cross_team", 10}, .name = {"Cross-team impact", 17}, .description = {"Moves work forward across team boundaries", 41}, .category = {{"impact", 6}, 2u}, .where = {23, 1}},
        {.id = {"strategy", 8}, .name = {"Technical direction", 19}, .description = {"Sets direction others follow", 28}, .category = {{"impact", 6}, 2u}, .where = {24, 1}},
        {.id = {"mentorship", 10}, .name = {"Mentorship", 10}, .description = {"Grows the people around them", 28}, .category = {{"people", 6}, 3u}, .where = {25, 1}},
        {.id = {"communication", 13}, .name = {"Communication", 13}, .description = {"Makes hard things clear, in writing and aloud", 45}, .category = {{"people", 6}, 3u}, .where = {26, 1}},
    }},
    .tracks = {{
        {.id = {"ic", 2}, .name = {"Individual contributor", 22}, .where = {29, 1}},
        {.id = {"mgmt", 4}, .name = {"Engineering management", 22}, .kind = static_cast<::ladder::track_kind>(1), .where = {30, 1}},
    }},
    .levels = {{
        {.id = {"L1", 2}, .title = {"Associate Engineer", 18}, .track = {{"ic", 2}, 0u}, .rank = 1, .band = ::ladder::pay_band{60000, 85000, {"USD", 3}}, .typical_months = 12, .expectation_count = 8u, .where = {32, 1}},
        {.id = {"L2", 2}, .title = {"Software Engineer I", 19}, .track = {{"ic", 2}, 0u}, .rank = 2, .band = ::ladder::pay_band{75000, 105000, {"USD", 3}}, .typical_months = 18, .first_expectation = 8u, .expectation_count = 8u, .where = {36, 1}},
        {.id = {"L3", 2}, .title = {"Software Engineer II", 20}, .track = {{"ic", 2}, 0u}, .rank = 3, .scope = static_cast<::ladder::scope>(1), .band = ::ladder::pay_band{95000, 130000, {"USD", 3}}, .typical_months = 18, .first_expectation = 16u, .expectation_count = 8u, .where = {40, 1}},
        {.id = {"L4", 2}, .title = {"Software Engineer III", 21}, .track = {{"ic", 2}, 0u}, .rank = 4, .scope = static_cast<::ladder::scope>(1), .band = ::ladder::pay_band{115000, 160000, {"USD", 3}}, .typical_months = 24, .first_expectation = 24u, .expectation_count = 8u, .where = {44, 1}},
        {.id = {"L5", 2}, .title = {"Senior Software Engineer", 24}, .track = {{"ic", 2}, 0u}, .rank = 5, .scope = static_cast<::ladder::scope>(2), .band = ::ladder::pay_band{150000, 210000, {"USD", 3}}, .career = true, .first_expectation = 32u, .expectation_count = 8u, .where = {49, 1}},
        {.id = {"L6", 2}, .title = {"Staff Engineer", 14}, .track = {{"ic", 2}, 0u}, .rank = 6, .scope = static_cast<::ladder::scope>(3), .band = ::ladder::pay_band{190000, 260000, {"USD", 3}}, .first_expectation = 40u, .expectation_count = 8u, .where = {53, 1}},
        {.id = {"L7", 2}, .title = {"Senior Staff Engineer", 21}, .track = {{"ic", 2}, 0u}, .rank = 7, .scope = static_cast<::ladder::scope>(4), .band = ::ladder::pay_band{240000, 320000, {"USD", 3}}, .first_expectation = 48u, .expectation_count = 8u, .where = {57, 1}},
        {.id = {"L8", 2}, .title = {"Principal Engineer", 18}, .track = {{"ic", 2}, 0u}, .rank = 8, .scope = static_cast<::ladder::scope>(5), .band = ::ladder::pay_band{300000, 400000, {"USD", 3}}, .first_expectation = 56u, .expectation_count = 8u, .where = {61, 1}},
        {.id = {"M1", 2}, .title = {"Engineering Manager", 19}, .track = {{"mgmt", 4}, 1u}, .rank = 1, .scope = static_cast<::ladder::scope>(2), .band = ::ladder::pay_band{180000, 240000, {"USD", 3}}, .career = true, .first_expectation = 64u, .expectation_count = 8u, .where = {65, 1}},
        {.id = {"M2", 2}, .title = {"Senior Engineering Manager", 26}, .track = {{"mgmt", 4}, 1u}, .rank = 2, .scope = static_cast<::ladder::scope>(3), .band = ::ladder::pay_band{220000, 300000, {"USD", 3}}, .first_expectation = 72u, .expectation_count = 8u, .where = {69, 1}},
        {.id = {"M3", 2}, .title = {"Director of Engineering", 23}, .track = {{"mgmt", 4}, 1u}, .rank = 3, .scope = static_cast<::ladder::scope>(4), .band = ::ladder::pay_band{270000, 360000, {"USD", 3}}, .first_expectation = 80u, .expectation_count = 8u, .where = {73, 1}},
        {.id = {"M4", 2}, .title = {"Senior Director of Engineering", 30}, .track = {{"mgmt", 4}, 1u}, .rank = 4, .scope = static_cast<::ladder::scope>(4), .band = ::ladder::pay_band{330000, 430000, {"USD", 3}}, .first_expectation = 88u, .expectation_count = 8u, .where = {77, 1}},
        {.id = {"M5", 2}, .title = {"VP of Engineering", 17}, .track = {{"mgmt", 4}, 1u}, .rank = 5, .scope = static_cast<::ladder::scope>(5), .band = ::ladder::pay_band{400000, 550000, {"USD", 3}}, .first_expectation = 96u, .expectation_count = 8u, .where = {81, 1}},
    }},
    .expectations = {{
        {.competency = {{"coding", 6}, 0u}, .minimum = 1, .where = {33, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 1, .where = {33, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 1, .where = {33, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 1, .where = {33, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 1, .where = {33, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 1, .where = {33, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 1, .where = {33, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 1, .where = {33, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 2, .where = {37, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 1, .where = {37, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 2, .where = {37, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 1, .where = {37, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 1, .where = {37, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 1, .where = {37, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 1, .where = {37, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 1, .where = {37, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 2, .where = {41, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 2, .where = {41, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 2, .where = {41, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 2, .where = {41, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 1, .where = {41, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 1, .where = {41, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 1, .where = {41, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 2, .where = {41, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {45, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 2, .where = {45, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 3, .where = {45, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 2, .where = {45, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 2, .where = {45, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 1, .where = {45, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 2, .where = {45, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 2, .where = {45, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 4, .where = {50, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 3, .where = {50, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {50, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 3, .where = {50, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 2, .where = {50, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 2, .where = {50, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 3, .where = {50, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 3, .where = {50, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 4, .where = {54, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 4, .where = {54, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {54, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 4, .where = {54, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 4, .where = {54, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 3, .where = {54, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 3, .where = {54, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 4, .where = {54, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 5, .where = {58, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 5, .where = {58, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {58, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 4, .where = {58, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 5, .where = {58, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 4, .where = {58, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 4, .where = {58, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 4, .where = {58, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 5, .where = {62, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 5, .where = {62, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 5, .where = {62, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 5, .where = {62, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 5, .where = {62, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 5, .where = {62, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 4, .where = {62, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 5, .where = {62, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {66, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 3, .where = {66, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {66, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 3, .where = {66, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 3, .where = {66, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 2, .where = {66, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 4, .where = {66, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 4, .where = {66, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {70, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 3, .where = {70, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {70, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 4, .where = {70, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 4, .where = {70, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 3, .where = {70, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 4, .where = {70, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 4, .where = {70, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {74, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 4, .where = {74, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 4, .where = {74, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 4, .where = {74, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 4, .where = {74, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 4, .where = {74, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 5, .where = {74, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 5, .where = {74, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {78, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 4, .where = {78, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 5, .where = {78, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 4, .where = {78, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 5, .where = {78, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 5, .where = {78, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 5, .where = {78, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 5, .where = {78, 96}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 3, .where = {82, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 4, .where = {82, 20}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 5, .where = {82, 30}},
        {.competency = {{"operations", 10}, 3u}, .minimum = 5, .where = {82, 42}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 5, .where = {82, 56}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 5, .where = {82, 70}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 5, .where = {82, 82}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 5, .where = {82, 96}},
        {.competency = {{"delivery", 8}, 2u}, .minimum = 5, .where = {98, 10}},
        {.competency = {{"mentorship", 10}, 6u}, .minimum = 4, .where = {98, 22}},
        {.competency = {{"design", 6}, 1u}, .minimum = 5, .where = {102, 10}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 4, .where = {102, 20}},
        {.competency = {{"coding", 6}, 0u}, .minimum = 5, .where = {106, 10}},
        {.competency = {{"design", 6}, 1u}, .minimum = 5, .where = {106, 20}},
        {.competency = {{"cross_team", 10}, 4u}, .minimum = 5, .where = {110, 10}},
        {.competency = {{"strategy", 8}, 5u}, .minimum = 4, .where = {110, 24}},
        {.competency = {{"communication", 13}, 7u}, .minimum = 5, .where = {110, 36}},
    }},
    .equivalences = {{
        {.level = {{"M1", 2}, 8u}, .lowest = {{"L5", 2}, 4u}, .highest = {{"L6", 2}, 5u}, .where = {86, 1}},
        {.level = {{"M2", 2}, 9u}, .lowest = {{"L6", 2}, 5u}, .highest = {{"L7", 2}, 6u}, .where = {87, 1}},
        {.level = {{"M3", 2}, 10u}, .lowest = {{"L7", 2}, 6u}, .highest = {{"L7", 2}, 6u}, .where = {88, 1}},
        {.level = {{"M4", 2}, 11u}, .lowest = {{"L7", 2}, 6u}, .highest = {{"L8", 2}, 7u}, .where = {89, 1}},
        {.level = {{"M5", 2}, 12u}, .lowest = {{"L8", 2}, 7u}, .highest = {{"L8", 2}, 7u}, .where = {90, 1}},
    }},
    .archetypes = {{
        {.id = {"tech_lead", 9}, .name = {"Tech Lead", 9}, .from = {{"L6", 2}, 5u}, .first_expectation = 104u, .expectation_count = 2u, .where = {97, 1}},
        {.id = {"architect", 9}, .name = {"Architect", 9}, .from = {{"L6", 2}, 5u}, .first_expectation = 106u, .expectation_count = 2u, .where = {101, 1}},
        {.id = {"solver", 6}, .name = {"Solver", 6}, .from = {{"L6", 2}, 5u}, .first_expectation = 108u, .expectation_count = 2u, .where = {105, 1}},
        {.id = {"right_hand", 10}, .name = {"Right Hand", 10}, .from = {{"L6", 2}, 5u}, .first_expectation = 110u, .expectation_count = 3u, .where = {109, 1}},
    }},
    .transitions = {{
        {.from = {{"L1", 2}, 0u}, .to = {{"L2", 2}, 1u}, .where = {113, 1}},
        {.from = {{"L2", 2}, 1u}, .to = {{"L3", 2}, 2u}, .where = {114, 1}},
        {.from = {{"L3", 2}, 2u}, .to = {{"L4", 2}, 3u}, .where = {115, 1}},
        {.from = {{"L4", 2}, 3u}, .to = {{"L5", 2}, 4u}, .where = {116, 1}},
        {.from = {{"L5", 2}, 4u}, .to = {{"L6", 2}, 5u}, .where = {118, 1}, .guard = {"sustained(L6) and people_leader", 31}, .guard_at = {118, 23}},
        {.from = {{"L6", 2}, 5u}, .to = {{"L7", 2}, 6u}, .where = {120, 1}, .guard = {"sustained(L7)", 13}, .guard_at = {120, 23}},
        {.from = {{"L7", 2}, 6u}, .to = {{"L8", 2}, 7u}, .where = {121, 1}, .guard = {"sustained(L8)", 13}, .guard_at = {121, 23}},
        {.from = {{"M1", 2}, 8u}, .to = {{"M2", 2}, 9u}, .where = {122, 1}},
        {.from = {{"M2", 2}, 9u}, .to = {{"M3", 2}, 10u}, .where = {123, 1}},
        {.from = {{"M3", 2}, 10u}, .to = {{"M4", 2}, 11u}, .where = {124, 1}},
        {.from = {{"M4", 2}, 11u}, .to = {{"M5", 2}, 12u}, .where = {125, 1}},
        {.kind = static_cast<::ladder::transition_kind>(1), .from = {{"L5", 2}, 4u}, .to = {{"M1", 2}, 8u}, .both_ways = true, .where = {127, 1}},
        {.kind = static_cast<::ladder::transition_kind>(1), .from = {{"L6", 2}, 5u}, .to = {{"M1", 2}, 8u}, .both_ways = true, .where = {128, 1}},
        {.kind = static_cast<::ladder::transition_kind>(1), .from = {{"L7", 2}, 6u}, .to = {{"M2", 2}, 9u}, .both_ways = true, .where = {129, 1}},
        {.kind = static_cast<::ladder::transition_kind>(2), .from = {{"L6", 2}, 5u}, .to = {{"L5", 2}, 4u}, .pay = static_cast<::ladder::pay_policy>(1), .where = {131, 1}},
        {.kind = static_cast<::ladder::transition_kind>(2), .from = {{"M1", 2}, 8u}, .to = {{"L5", 2}, 4u}, .pay = static_cast<::ladder::pay_policy>(1), .where = {132, 1}},
        {.kind = static_cast<::ladder::transition_kind>(2), .from = {{"M2", 2}, 9u}, .to = {{"M1", 2}, 8u}, .pay = static_cast<::ladder::pay_policy>(1), .where = {133, 1}},
    }},
    .rules = {{
        {.id = {"sustained", 9}, .text = {"meets(L) in at least 2 of last 3 cycles", 39}, .parameters = {"L", 1}, .where = {93, 1}, .text_at = {93, 21}},
        {.id = {"people_leader", 13}, .text = {"count(c in people where c >= expert) >= 1", 41}, .where = {94, 1}, .text_at = {94, 22}},
    }},
    .advisories = {{
        {.transition = 4u, .text = {"time_in_level >= 12 months", 26}, .message = {"usually a year or more at Senior", 32}, .where = {119, 3}, .text_at = {119, 8}},
    }},
    .tests = {{
        {.name = {"a strong senior with sustained staff-level work is ready for staff", 66}, .fact_count = 26u, .check_count = 1u, .where = {135, 1}},
        {.name = {"one great half-year is not enough", 33}, .first_fact = 26u, .fact_count = 26u, .first_check = 1u, .check_count = 1u, .where = {146, 1}},
        {.name = {"staying at senior is a good outcome: the manager track is open both ways", 72}, .first_fact = 52u, .fact_count = 9u, .first_check = 2u, .check_count = 2u, .where = {157, 1}},
        {.name = {"without ratings, the verdict is unknown, not no", 47}, .first_fact = 61u, .fact_count = 1u, .first_check = 4u, .check_count = 1u, .where = {166, 1}},
    }},
    .test_facts = {{
        {.id = {"L5", 2}, .form = static_cast<::ladder::value_form>(3), .where = {137, 5}},
        {.kind = static_cast<::ladder::fact_kind>(2), .number = 20, .form = static_cast<::ladder::value_form>(2), .where = {138, 5}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 3, .cycle = {"2025H2", 6}, .where = {139, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 4, .cycle = {"2025H2", 6}, .where = {139, 99}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 3, .cycle = {"2026H1", 6}, .where = {140, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 3, .cycle = {"2026H1", 6}, .where = {140, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 4, .cycle = {"2026H1", 6}, .where = {140, 99}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 5, .cycle = {"2026H2", 6}, .where = {141, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 3, .cycle = {"2026H2", 6}, .where = {141, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 4, .cycle = {"2026H2", 6}, .where = {141, 99}},
        {.id = {"L5", 2}, .form = static_cast<::ladder::value_form>(3), .where = {148, 5}},
        {.kind = static_cast<::ladder::fact_kind>(2), .number = 30, .form = static_cast<::ladder::value_form>(2), .where = {149, 5}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 4, .cycle = {"2025H2", 6}, .where = {150, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 3, .cycle = {"2025H2", 6}, .where = {150, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2025H2", 6}, .where = {150, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 3, .cycle = {"2025H2", 6}, .where = {150, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 2, .cycle = {"2025H2", 6}, .where = {150, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 2, .cycle = {"2025H2", 6}, .where = {150, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 3, .cycle = {"2025H2", 6}, .where = {150, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 3, .cycle = {"2025H2", 6}, .where = {150, 99}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 4, .cycle = {"2026H1", 6}, .where = {151, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 3, .cycle = {"2026H1", 6}, .where = {151, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2026H1", 6}, .where = {151, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 3, .cycle = {"2026H1", 6}, .where = {151, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 3, .cycle = {"2026H1", 6}, .where = {151, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 2, .cycle = {"2026H1", 6}, .where = {151, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 3, .cycle = {"2026H1", 6}, .where = {151, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 3, .cycle = {"2026H1", 6}, .where = {151, 99}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 5, .cycle = {"2026H2", 6}, .where = {152, 99}},
        {.id = {"L6", 2}, .form = static_cast<::ladder::value_form>(3), .where = {159, 5}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"coding", 6}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 20}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"design", 6}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 29}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"delivery", 8}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 38}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"operations", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 49}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"cross_team", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 62}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"strategy", 8}, .number = 3, .cycle = {"2026H2", 6}, .where = {160, 75}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"mentorship", 10}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 86}},
        {.kind = static_cast<::ladder::fact_kind>(6), .id = {"communication", 13}, .number = 4, .cycle = {"2026H2", 6}, .where = {160, 99}},
        {.id = {"L5", 2}, .form = static_cast<::ladder::value_form>(3), .where = {168, 5}},
    }},
    .test_checks = {{
        {.target = {"L6", 2}, .where = {143, 3}, .target_at = {143, 18}},
        {.target = {"L6", 2}, .expected = 1u, .where = {154, 3}, .target_at = {154, 18}},
        {.move = static_cast<::ladder::transition_kind>(1), .target = {"M1", 2}, .where = {162, 3}, .target_at = {162, 17}},
        {.move = static_cast<::ladder::transition_kind>(2), .target = {"L5", 2}, .where = {163, 3}, .target_at = {163, 20}},
        {.target = {"L6", 2}, .expected = 2u, .where = {170, 3}, .target_at = {170, 18}},
    }},
    .conditions = {{
        {.node_count = 1u, .root = 0u, .text_size = 9u, .own_length = 9u},
        {.first_node = 1u, .node_count = 1u, .root = 0u, .first_char = 9u, .text_size = 9u, .own_length = 9u},
        {.first_node = 2u, .node_count = 1u, .root = 0u, .first_char = 18u, .text_size = 9u, .own_length = 9u},
        {.first_node = 3u, .node_count = 1u, .root = 0u, .first_char = 27u, .text_size = 9u, .own_length = 9u},
        {.first_node = 4u, .node_count = 1u, .root = 0u, .first_char = 36u, .text_size = 9u, .own_length = 9u},
        {.first_node = 5u, .node_count = 1u, .root = 0u, .first_char = 45u, .text_size = 9u, .own_length = 9u},
        {.first_node = 6u, .node_count = 1u, .root = 0u, .first_char = 54u, .text_size = 9u, .own_length = 9u},
        {.first_node = 7u, .node_count = 1u, .root = 0u, .first_char = 63u, .text_size = 9u, .own_length = 9u},
        {.first_node = 8u, .node_count = 1u, .root = 0u, .first_char = 72u, .text_size = 9u, .own_length = 9u},
        {.first_node = 9u, .node_count = 1u, .root = 0u, .first_char = 81u, .text_size = 9u, .own_length = 9u},
        {.first_node = 10u, .node_count = 1u, .root = 0u, .first_char = 90u, .text_size = 9u, .own_length = 9u},
        {.first_node = 11u, .node_count = 1u, .root = 0u, .first_char = 99u, .text_size = 9u, .own_length = 9u},
        {.first_node = 12u, .node_count = 1u, .root = 0u, .first_char = 108u, .text_size = 9u, .own_length = 9u},
        {.first_node = 13u, .first_char = 117u},
        {.first_node = 13u, .first_char = 117u},
        {.first_node = 13u, .first_char = 117u},
        {.first_node = 13u, .first_char = 117u},
        {.first_node = 13u, .node_count = 9u, .root = 8u, .first_char = 117u, .text_size = 113u, .own_length = 31u},
        {.first_node = 22u, .node_count = 2u, .root = 1u, .first_char = 230u, .text_size = 53u, .own_length = 13u},
        {.first_node = 24u, .node_count = 2u, .root = 1u, .first_char = 283u, .text_size = 53u, .own_length = 13u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .first_char = 336u},
        {.first_node = 26u, .node_count = 3u, .root = 2u, .first_char = 336u, .text_size = 26u, .own_length = 26u},
        {.first_node = 29u, .first_char = 362u},
        {.first_node = 29u, .node_count = 6u, .root = 5u, .first_char = 362u, .text_size = 41u, .own_length = 41u},
        {.first_node = 35u, .first_char = 403u},
        {.first_node = 35u, .first_char = 403u},
        {.first_node = 35u, .first_char = 403u},
        {.first_node = 35u, .first_char = 403u},
        {.first_node = 35u, .first_char = 403u},
    }},
    .condition_nodes = {{
        {.kind = static_cast<::ladder::node_kind>(20), .a = 0u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 1u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 2u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 3u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 4u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 5u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 6u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 7u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 8u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 9u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 10u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 11u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 12u, .end = 9u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 5u, .context = 1u, .begin = 32u, .end = 40u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(26), .left = 0u, .a = 2u, .b = 3u, .end = 13u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(2), .type = static_cast<::ladder::value_type>(1), .first = 2u, .context = 5u, .begin = 96u, .end = 97u, .where = {1, 25}},
        {.type = static_cast<::ladder::value_type>(1), .value = 4, .first = 3u, .context = 5u, .begin = 101u, .end = 107u, .where = {1, 30}},
        {.kind = static_cast<::ladder::node_kind>(15), .left = 2u, .right = 3u, .first = 2u, .context = 5u, .begin = 96u, .end = 107u, .where = {1, 25}},
        {.kind = static_cast<::ladder::node_kind>(22), .type = static_cast<::ladder::value_type>(1), .left = 4u, .a = 3u, .first = 2u, .right_of = 8u, .begin = 72u, .end = 108u, .where = {1, 1}},
        {.type = static_cast<::ladder::value_type>(1), .value = 1, .first = 6u, .begin = 112u, .end = 113u, .where = {1, 41}},
        {.kind = static_cast<::ladder::node_kind>(15), .left = 5u, .right = 6u, .first = 2u, .begin = 18u, .end = 31u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(18), .left = 1u, .right = 7u, .end = 31u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 6u, .context = 1u, .begin = 14u, .end = 22u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(26), .left = 0u, .a = 2u, .b = 3u, .end = 13u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(20), .a = 7u, .context = 1u, .begin = 14u, .end = 22u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(26), .left = 0u, .a = 2u, .b = 3u, .end = 13u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(4), .type = static_cast<::ladder::value_type>(2), .end = 13u, .where = {1, 1}},
        {.type = static_cast<::ladder::value_type>(2), .value = 12, .first = 1u, .begin = 17u, .end = 26u, .where = {1, 18}},
        {.kind = static_cast<::ladder::node_kind>(15), .left = 0u, .right = 1u, .end = 26u, .where = {1, 1}},
        {.kind = static_cast<::ladder::node_kind>(2), .type = static_cast<::ladder::value_type>(1), .context = 3u, .begin = 24u, .end = 25u, .where = {1, 25}},
        {.type = static_cast<::ladder::value_type>(1), .value = 4, .first = 1u, .context = 3u, .begin = 29u, .end = 35u, .where = {1, 30}},
        {.kind = static_cast<::ladder::node_kind>(15), .left = 0u, .right = 1u, .context = 3u, .begin = 24u, .end = 35u, .where = {1, 25}},
        {.kind = static_cast<::ladder::node_kind>(22), .type = static_cast<::ladder::value_type>(1), .left = 2u, .a = 3u, .end = 36u, .where = {1, 1}},
        {.type = static_cast<::ladder::value_type>(1), .value = 1, .first = 4u, .begin = 40u, .end = 41u, .where = {1, 41}},
        {.kind = static_cast<::ladder::node_kind>(15), .left = 3u, .right = 4u, .end = 41u, .where = {1, 1}},
    }},
    .condition_text = ::ladder::detail::char_table<sizes<T>.condition_text>(
        "meets(L1)meets(L2)meets(L3)meets(L4)meets(L5)meets(L6)meets(L7)meets(L8)meets(M1)meets(M2)meets(M3)m"
        "eets(M4)meets(M5)sustained(L6) and people_leader\012"
        "meets(L) in at least 2 of last 3 cycles\012"
        "count(c in people where c >= expert) >= 1sustained(L7)\012"
        "meets(L) in at least 2 of last 3 cyclessustained(L8)\012"
        "meets(L) in at least 2 of last 3 cyclestime_in_level >= 12 monthscount(c in people where c >= expert"
        ") >= 1"),
};
}  // namespace presets::detail::engineering_tables
LADDER_END_NAMESPACE

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
// end ladder/presets/engineering_tables.hpp

LADDER_BEGIN_NAMESPACE
namespace presets {

namespace detail {
template <class T>
inline constexpr auto engineering_ladder = ::ladder::detail::embedded_ladder(engineering_tables::rows<T>);
}  // namespace detail

/// The embedded default ladder: individual contributor L1–L8, management M1–M5, eight
/// competencies in four categories, Larson's four staff+ archetypes, the moves between, the
/// guards on them, and tests. (A template only so that it is read where it is used; call it
/// as `engineering()`.)
template <class T = void>
[[nodiscard]] constexpr const auto& engineering() noexcept {
    return detail::engineering_ladder<T>;
}

}  // namespace presets
LADDER_END_NAMESPACE
// end ladder/presets/engineering.hpp
// begin ladder/presets/engineering_text.hpp

// The embedded default ladder as .ladder text: the same bytes as examples/data/engineering.ladder
// (a test keeps the two identical), and as a builder to extend. The compile-time ladder made
// from this text is presets/engineering.hpp, which does not include the reader.

// ladder/core/config.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/text/parser.hpp (included above)

#include <string_view>
#include <utility>

LADDER_BEGIN_NAMESPACE
namespace presets {

namespace detail {
// A variable template, reached through the function templates below, so that only translation
// units that use the text pay for evaluating it.
template <class = void>
inline constexpr char engineering_text[] = R"ladder(# The embedded default ladder, as text: ladder::presets::engineering() is this ladder.
# A test checks that the two stay equal. docs/default-ladder.md explains its shape.

ladder "Engineering" version "1.0"

scale proficiency "Proficiency" {
  1 developing "Developing"
  2 proficient "Proficient"
  3 advanced "Advanced"
  4 expert "Expert"
  5 leading "Leading"
}

category craft "Craft" about "Building software well"
category execution "Execution" about "Getting the right things done, safely"
category impact "Impact" about "Reach beyond one's own work"
category people "People" about "Growing others and working with them"

competency coding "Technical skill" in craft about "Writes clear, tested, maintainable code"
competency design "System design" in craft about "Shapes systems that meet today's needs and tomorrow's"
competency delivery "Delivery" in execution about "Plans, scopes and ships work predictably"
competency operations "Quality and operations" in execution about "Keeps what ships reliable and observable"
competency cross_team "Cross-team impact" in impact about "Moves work forward across team boundaries"
competency strategy "Technical direction" in impact about "Sets direction others follow"
competency mentorship "Mentorship" in people about "Grows the people around them"
competency communication "Communication" in people about "Makes hard things clear, in writing and aloud"

# Two tracks that meet as overlapping ranges (see the equivalences below).
track ic "Individual contributor"
track mgmt "Engineering management" management

level L1 "Associate Engineer" on ic scope task band 60000..85000 USD typical 1 year {
  expect coding 1, design 1, delivery 1, operations 1, cross_team 1, strategy 1, mentorship 1, communication 1
}

level L2 "Software Engineer I" on ic scope task band 75000..105000 USD typical 18 months {
  expect coding 2, design 1, delivery 2, operations 1, cross_team 1, strategy 1, mentorship 1, communication 1
}

level L3 "Software Engineer II" on ic scope feature band 95000..130000 USD typical 18 months {
  expect coding 2, design 2, delivery 2, operations 2, cross_team 1, strategy 1, mentorship 1, communication 2
}

level L4 "Software Engineer III" on ic scope feature band 115000..160000 USD typical 2 years {
  expect coding 3, design 2, delivery 3, operations 2, cross_team 2, strategy 1, mentorship 2, communication 2
}

# A career level: staying at Senior is a good outcome, not a failure.
level L5 "Senior Software Engineer" on ic scope team career band 150000..210000 USD {
  expect coding 4, design 3, delivery 4, operations 3, cross_team 2, strategy 2, mentorship 3, communication 3
}

level L6 "Staff Engineer" on ic scope multi_team band 190000..260000 USD {
  expect coding 4, design 4, delivery 4, operations 4, cross_team 4, strategy 3, mentorship 3, communication 4
}

level L7 "Senior Staff Engineer" on ic scope org band 240000..320000 USD {
  expect coding 5, design 5, delivery 4, operations 4, cross_team 5, strategy 4, mentorship 4, communication 4
}

level L8 "Principal Engineer" on ic scope company band 300000..400000 USD {
  expect coding 5, design 5, delivery 5, operations 5, cross_team 5, strategy 5, mentorship 4, communication 5
}

level M1 "Engineering Manager" on mgmt scope team career band 180000..240000 USD {
  expect coding 3, design 3, delivery 4, operations 3, cross_team 3, strategy 2, mentorship 4, communication 4
}

level M2 "Senior Engineering Manager" on mgmt scope multi_team band 220000..300000 USD {
  expect coding 3, design 3, delivery 4, operations 4, cross_team 4, strategy 3, mentorship 4, communication 4
}

level M3 "Director of Engineering" on mgmt scope org band 270000..360000 USD {
  expect coding 3, design 4, delivery 4, operations 4, cross_team 4, strategy 4, mentorship 5, communication 5
}

level M4 "Senior Director of Engineering" on mgmt scope org band 330000..430000 USD {
  expect coding 3, design 4, delivery 5, operations 4, cross_team 5, strategy 5, mentorship 5, communication 5
}

level M5 "VP of Engineering" on mgmt scope company band 400000..550000 USD {
  expect coding 3, design 4, delivery 5, operations 5, cross_team 5, strategy 5, mentorship 5, communication 5
}

# Overlapping ranges, not a one-to-one table.
equivalent M1 ~ L5..L6
equivalent M2 ~ L6..L7
equivalent M3 ~ L7
equivalent M4 ~ L7..L8
equivalent M5 ~ L8

# Sustained work at a level: two of the last three review cycles, not a one-off.
rule sustained(L) = meets(L) in at least 2 of last 3 cycles
rule people_leader = count(c in people where c >= expert) >= 1

# Larson's staff+ archetypes, from Staff upward.
archetype tech_lead "Tech Lead" from L6 {
  expect delivery 5, mentorship 4
}

archetype architect "Architect" from L6 {
  expect design 5, strategy 4
}

archetype solver "Solver" from L6 {
  expect coding 5, design 5
}

archetype right_hand "Right Hand" from L6 {
  expect cross_team 5, strategy 4, communication 5
}

promote L1 -> L2
promote L2 -> L3
promote L3 -> L4
promote L4 -> L5
# Evidence of sustained work at the next level, not a one-off; and someone they grew.
promote L5 -> L6 when sustained(L6) and people_leader
  warn time_in_level >= 12 months "usually a year or more at Senior"
promote L6 -> L7 when sustained(L7)
promote L7 -> L8 when sustained(L8)
promote M1 -> M2
promote M2 -> M3
promote M3 -> M4
promote M4 -> M5
# Two-way doors between the tracks.
switch L5 <-> M1
switch L6 <-> M1
switch L7 <-> M2
# Stepping back is a normal move: pay lands at the top of the lower band.
step_back L6 -> L5 pay top_of_band
step_back M1 -> L5 pay top_of_band
step_back M2 -> M1 pay top_of_band

test "a strong senior with sustained staff-level work is ready for staff" {
  person {
    level L5
    time_in_level 20 months
    cycle 2025H2 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
    cycle 2026H1 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 3 communication 4 }
    cycle 2026H2 { coding 5 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
  }
  expect promote L6 pass
}

test "one great half-year is not enough" {
  person {
    level L5
    time_in_level 30 months
    cycle 2025H2 { coding 4 design 3 delivery 4 operations 3 cross_team 2 strategy 2 mentorship 3 communication 3 }
    cycle 2026H1 { coding 4 design 3 delivery 4 operations 3 cross_team 3 strategy 2 mentorship 3 communication 3 }
    cycle 2026H2 { coding 5 design 5 delivery 5 operations 5 cross_team 5 strategy 5 mentorship 5 communication 5 }
  }
  expect promote L6 fail
}

test "staying at senior is a good outcome: the manager track is open both ways" {
  person {
    level L6
    cycle 2026H2 { coding 4 design 4 delivery 4 operations 4 cross_team 4 strategy 3 mentorship 4 communication 4 }
  }
  expect switch M1 pass
  expect step_back L5 pass
}

test "without ratings, the verdict is unknown, not no" {
  person {
    level L5
  }
  expect promote L6 unknown
}
)ladder";
}  // namespace detail

/// The default ladder's .ladder text.
template <class T = void>
[[nodiscard]] constexpr std::string_view engineering_source() noexcept {
    return {detail::engineering_text<T>, sizeof(detail::engineering_text<T>) - 1};
}

/// The default ladder as a builder, to extend before freezing or building it.
template <class T = void>
[[nodiscard]] constexpr builder engineering_builder() {
    return std::move(ladder::detail::read_text(engineering_source<T>(), "engineering.ladder").ladder);
}

}  // namespace presets
LADDER_END_NAMESPACE
// end ladder/presets/engineering_text.hpp
// decide: readiness, moves, test blocks, many people
// begin ladder/decide/transition.hpp

// A move between levels, judged for a person: the transition's guard (its `when` condition, or
// meets(target) without one) decides; its advisories (`warn …`) are reported and never decide.
// Every condition is the ladder's own, compiled when it was built: nothing here compiles text.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/evaluate.hpp (included above)
// ladder/rules/rule.hpp (included above)

#include <cstddef>
#include <optional>

LADDER_BEGIN_NAMESPACE

/// A move from a level to a target as the ladder sees it: the transition that declares it (if
/// any) and the condition that judges it.
struct level_move {
    index_t from = no_index;
    index_t to = no_index;
    index_t transition = no_index;  ///< no_index: the ladder declares no such move
    /// The way back through a two-way switch (from its `to` to its `from`).
    bool way_back = false;

    [[nodiscard]] constexpr bool declared() const noexcept { return transition != no_index; }
};

/// The move from level `from` to level `to`: the first transition between them (a two-way
/// switch counts both ways) of kind `kind` (any kind when empty), or an undeclared move.
[[nodiscard]] constexpr level_move find_move(const ladder_view& l, index_t from, index_t to,
                                             std::optional<transition_kind> kind = std::nullopt) noexcept {
    for (std::size_t i = 0; i != l.transitions().size(); ++i) {
        const transition& t = l.transitions()[i];
        if (kind && t.kind != *kind) continue;
        if (t.from.index == from && t.to.index == to) return level_move{from, to, static_cast<index_t>(i), false};
        if (t.both_ways && t.from.index == to && t.to.index == from) return level_move{from, to, static_cast<index_t>(i), true};
    }
    return level_move{from, to, no_index, false};
}

/// What kind of move it is: the transition's, or for an undeclared one, a switch to another
/// track, a promotion to a level ranked at or above, or else a step back.
[[nodiscard]] constexpr transition_kind kind_of(const ladder_view& l, const level_move& m) noexcept {
    if (m.declared()) return l.transitions()[m.transition].kind;
    const level& a = l.levels()[m.from];
    const level& b = l.levels()[m.to];
    return a.track.index != b.track.index ? transition_kind::switch_track
           : b.rank >= a.rank             ? transition_kind::promote
                                          : transition_kind::step_back;
}

/// The row in ladder_view::conditions() of what decides a move: the transition's `when` (which
/// guards a two-way switch both ways), or else meets(target), its expectations and criterion.
[[nodiscard]] constexpr std::size_t guard_row(const ladder_view& l, const level_move& m) noexcept {
    if (m.declared() && !l.guard_condition(m.transition).empty()) return l.levels().size() + m.transition;
    return m.to;
}
/// What decides a move, as a rule to evaluate.
[[nodiscard]] constexpr rule_view guard_of(const ladder_view& l, const level_move& m) noexcept {
    return rule_of(l, l.condition(guard_row(l, m)));
}

/// One advisory clause of a transition, as evaluated.
struct advisory_outcome {
    index_t advisory = no_index;
    ladder::verdict result = verdict::unknown;
};

/// A transition judged for a person: the guard's evaluation decides; advisories only inform.
/// The guard views the ladder, which must outlive the outcome.
struct transition_outcome {
    index_t transition = no_index;
    rule_view guard;
    evaluation decision;
    constexpr_vector<advisory_outcome> advisories;

    [[nodiscard]] ladder::verdict result() const noexcept { return decision.result(); }
};

/// Judges a move for a person: its guard, and a declared move's advisories. Fails only when a
/// condition is broken for this person (division by zero), never because the answer is no.
[[nodiscard]] inline result<transition_outcome> judge_move(const ladder_view& l, const level_move& m, const person_ref& p) {
    const rule_view guard = guard_of(l, m);
    auto decision = evaluate(guard, p);
    if (!decision) return decision.diagnostics();
    transition_outcome out{m.transition, guard, std::move(*decision), {}};
    if (!m.declared()) return out;
    for (std::size_t i = 0; i != l.advisories().size(); ++i) {
        if (l.advisories()[i].transition != m.transition) continue;
        const auto e = check(rule_of(l, l.advisory_condition(static_cast<index_t>(i))), p);
        if (!e) return e.diagnostics();
        out.advisories.push_back(advisory_outcome{static_cast<index_t>(i), *e});
    }
    return out;
}

/// The move transition `row` declares (`way_back`: back through a two-way switch, from its `to`
/// to its `from`).
[[nodiscard]] constexpr level_move move_of(const ladder_view& l, index_t row, bool way_back = false) noexcept {
    const transition& t = l.transitions()[row];
    return way_back ? level_move{t.to.index, t.from.index, row, true} : level_move{t.from.index, t.to.index, row, false};
}

/// Judges transition `row` for a person (`way_back`: back through a two-way switch).
[[nodiscard]] inline result<transition_outcome> evaluate_transition(const ladder_view& l, index_t row, const person_ref& p,
                                                                    bool way_back = false) {
    return judge_move(l, move_of(l, row, way_back), p);
}

/// The rule that guards transition `row`: its `when` condition, or meets(target) (`way_back`:
/// the target of the way back through a two-way switch is its `from`).
[[nodiscard]] constexpr rule_view guard_rule(const ladder_view& l, index_t row, bool way_back = false) noexcept {
    return guard_of(l, move_of(l, row, way_back));
}

LADDER_END_NAMESPACE
// end ladder/decide/transition.hpp
// begin ladder/decide/decisions.hpp

// What a manager or an HR system asks of a ladder about one person:
//   readiness(l, p, target)  is this person ready for that move, and what is missing, by how much?
//   diff(l, a, b)            what separates two levels?
//   best_fit(l, p)           the highest level this profile meets, with the margin;
//   archetype_fits(l, p, at) the staff+ archetypes ranked by how well the profile fits.
// Readiness (the move's guard) and fit (how the ratings match a level or an archetype) are
// reported separately: being ready for the next level and fitting it are different questions.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/sort.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/decide/transition.hpp (included above)
// ladder/rules/evaluate.hpp (included above)
// ladder/rules/rule.hpp (included above)

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE


// ---- what separates two levels ----

/// One competency whose expectation differs between two levels.
struct expectation_change {
    index_t competency = no_index;
    std::optional<rating> from;  ///< empty: the first level states none
    std::optional<rating> to;
    friend constexpr bool operator==(const expectation_change&, const expectation_change&) = default;
};

/// What separates level `from` from level `to`, on one track or across tracks.
struct level_diff {
    index_t from = no_index;
    index_t to = no_index;
    constexpr_vector<expectation_change> changes;  ///< in competency order
};

/// What separates two levels: each competency whose expected rating differs.
[[nodiscard]] constexpr level_diff diff(const ladder_view& l, level_ref from, level_ref to) {
    level_diff out;
    out.from = from.index();
    out.to = to.index();
    const auto a = l.expectations_of(l[from]);
    const auto b = l.expectations_of(l[to]);
    for (std::size_t c = 0; c != l.competencies().size(); ++c) {
        const auto row = static_cast<index_t>(c);
        const auto x = detail::minimum_of(a, row);
        const auto y = detail::minimum_of(b, row);
        if (x != y) out.changes.push_back(expectation_change{row, x, y});
    }
    return out;
}

// ---- readiness for a move ----

/// A competency short of what the move asks, in words a manager reads.
struct gap_in_words {
    index_t competency = no_index;
    rating required = 0;
    std::optional<rating> actual;  ///< empty: not rated
    /// How far short: required - actual, or required when not rated.
    [[nodiscard]] constexpr std::int32_t shortfall() const noexcept { return required - (actual ? *actual : 0); }
};

/// What a move does to pay, by the transition's policy and the target level's band.
struct pay_outcome {
    pay_policy policy = pay_policy::keep;
    std::optional<std::int64_t> amount;  ///< empty: pay is kept, or the target has no band
    std::string_view currency;
};

/// A person judged for a move to a target level.
struct readiness_report {
    index_t from = no_index;  ///< the person's level
    index_t to = no_index;    ///< the target
    transition_kind kind = transition_kind::promote;
    bool defined = false;  ///< the ladder declares this move; otherwise it is judged by meets(target)
    index_t archetype = no_index;  ///< judged as this archetype at the target (the person's own, where it applies)
    transition_outcome outcome;  ///< the guard, its evaluation, the advisories
    constexpr_vector<gap_in_words> gaps;  ///< largest shortfall first
    std::optional<pay_outcome> pay;       ///< for a step back

    [[nodiscard]] ladder::verdict result() const noexcept { return outcome.result(); }
};

namespace detail {
[[nodiscard]] constexpr pay_outcome pay_for(const ladder_view& l, pay_policy policy, index_t to) noexcept {
    pay_outcome out{policy, std::nullopt, {}};
    const auto& band = l.levels()[to].band;
    if (!band || policy == pay_policy::keep) return out;
    out.currency = band->currency;
    switch (policy) {
        case pay_policy::top_of_band: out.amount = band->maximum; break;
        case pay_policy::midpoint: out.amount = (band->minimum + band->maximum) / 2; break;
        case pay_policy::bottom_of_band: out.amount = band->minimum; break;
        case pay_policy::keep: break;
    }
    return out;
}
}  // namespace detail

/// Is the person ready to move to `target`? The move's guard decides (or meets(target) where
/// the ladder declares no such move); the report explains it, lists the gaps largest first in
/// the ladder's words, the advisories, and for a step back the pay outcome. Fails only when a
/// condition is broken for this person (a diagnostic), never because the answer is no.
[[nodiscard]] inline result<readiness_report> readiness(const ladder_view& l, const person_ref& p, level_ref target) {
    readiness_report out;
    out.from = p.level;
    out.to = target.index();
    const level_move m = find_move(l, p.level, out.to);
    out.defined = m.declared();
    out.kind = kind_of(l, m);
    out.archetype = archetype_in_force(l, p.archetype, out.to);
    auto judged = judge_move(l, m, p);
    if (!judged) return judged.diagnostics();
    out.outcome = std::move(*judged);
    if (out.kind == transition_kind::step_back) {
        out.pay = detail::pay_for(l, m.declared() ? l.transitions()[m.transition].pay : pay_policy::keep, out.to);
    }
    for (const auto& g : out.outcome.decision.gaps()) out.gaps.push_back(gap_in_words{g.competency, g.required, g.actual});
    // Largest shortfall first; ties keep the ladder's order.
    detail::stable_sort(out.gaps, [](const gap_in_words& a, const gap_in_words& b) { return a.shortfall() > b.shortfall(); });
    return out;
}

/// The same, with the target by id (an unknown id is a diagnostic with a did-you-mean).
[[nodiscard]] inline result<readiness_report> readiness(const ladder_view& l, const person_ref& p, std::string_view target) {
    const auto t = find_level(l, target);
    if (!t) return t.diagnostics();
    return readiness(l, p, *t);
}

/// The level a person would be promoted to: the first promotion the ladder declares from their
/// level, or else the next rank on their track; empty at the top.
[[nodiscard]] constexpr std::optional<level_ref> next_level(const ladder_view& l, const person_ref& p) noexcept {
    for (const auto& t : l.transitions()) {
        if (t.kind == transition_kind::promote && t.from.index == p.level && t.to.resolved()) {
            return detail::handle_access::make<level>(t.to.index);
        }
    }
    const level& at = l.levels()[p.level];
    std::optional<level_ref> best;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != at.track.index || x.rank <= at.rank) continue;
        if (!best || x.rank < l[*best].rank) best = detail::handle_access::make<level>(static_cast<index_t>(i));
    }
    return best;
}

// ---- many people ----

/// People a batch reads: a people_table (or its rows), a people_list, or persons (a span, a
/// vector); each read as a person_ref.
template <class People>
concept people_range = requires(const People& people, std::size_t i) {
    { people.size() } -> std::convertible_to<std::size_t>;
    person_ref(people[i]);
};

/// Judges many people's moves against one ladder, whose conditions were compiled once, when it
/// was built: the move's `when`, or meets(target) where the ladder declares no such move (or the
/// move has no `when`). Judging only reads the ladder, so several threads may share one table.
class move_table {
public:
    /// A table over a ladder, which must outlive it. Nothing is compiled here (the ladder's
    /// conditions were, when it was built), so it does not fail today; a result, so that a
    /// table that prepares more can say why it could not.
    [[nodiscard]] static result<move_table> make(const ladder_view& l) {
        move_table t;
        t.ladder_ = l;
        return t;
    }

    /// The verdict on a person's move to `target`, as readiness() would decide it; a failed
    /// result means the guard is broken for this person (readiness() gives the explanation).
    [[nodiscard]] constexpr result<verdict> check(const person_ref& p, level_ref target) const {
        return guard_for(p.level, target).check(p);
    }

    /// What decides a move from level row `from` to `target`: its check(p) is check(p, target)
    /// for anyone at `from`. judge() looks it up once for a run of people with the same move.
    class guard {
    public:
        constexpr explicit guard(const rule_view& r) noexcept : rule_(r) {}
        [[nodiscard]] constexpr result<verdict> check(const person_ref& p) const { return ladder::check(rule_, p); }
        /// The verdict alone, empty where the guard is broken for the person: what judge() reads.
        [[nodiscard]] constexpr std::optional<verdict> judge(const person_ref& p) const { return detail::judge_rule(rule_, p); }

        /// Judges one person after another by this guard, what evaluating its rule needs set up
        /// once for them all: what judge() of many people holds for each run of people making
        /// this move.
        class judger {
        public:
            constexpr explicit judger(const guard& g) : rule_(g.rule_), evaluator_(rule_) {}
            [[nodiscard]] constexpr std::optional<verdict> judge(const person_ref& p) { return evaluator_.judge(p); }

        private:
            rule_view rule_;
            detail::rule_evaluator evaluator_;  // views rule_: a judger stays where it was made
        };

    private:
        rule_view rule_;
    };
    [[nodiscard]] constexpr guard guard_for(index_t from, level_ref target) const noexcept {
        return guard(guard_of(ladder_, find_move(ladder_, from, target.index())));
    }

    [[nodiscard]] constexpr const ladder_view& ladder() const noexcept { return ladder_; }

private:
    ladder_view ladder_;
};

/// Judges many people into caller-provided storage: `out[i]` is person i's verdict for
/// `targets[i]` (or `targets[0]` for everyone, when one target is given); empty where the guard
/// is broken for that person. `table` is a move_table, or a lowered_moves<ladder> of a
/// compile-time ladder (its guards run as generated code). `people` is a people_table (the
/// fastest to read), rows of one, or persons (a span, a vector, a people_list). Allocates
/// nothing for rules of up to 128 nodes; safe to call from several threads on one table, each
/// with its own rows of people and out.
template <class Table, people_range People>
    requires requires(const Table& t, const People& people, level_ref target) { t.check(person_ref(people[0]), target); }
void judge(const Table& table, const People& people, std::span<const level_ref> targets,
           std::span<std::optional<verdict>> out) {
    const std::size_t n = people.size() < out.size() ? people.size() : out.size();
    if (targets.empty()) {
        for (std::size_t i = 0; i != n; ++i) out[i].reset();
        return;
    }
    const auto target_of = [&](std::size_t i) {
        return targets.size() == 1 ? targets[0] : targets[i < targets.size() ? i : targets.size() - 1];
    };
    if constexpr (requires { typename decltype(table.guard_for(no_index, targets[0]))::judger; }) {
        // The move's guard found, and set up to judge, once for each run of people making the
        // same move.
        using judger = typename decltype(table.guard_for(no_index, targets[0]))::judger;
        std::optional<judger> j;
        index_t from = no_index, to = no_index;
        for (std::size_t i = 0; i != n; ++i) {
            const person_ref p = people[i];
            const level_ref target = target_of(i);
            if (!j || p.level != from || target.index() != to) {
                from = p.level;
                to = target.index();
                j.emplace(table.guard_for(from, target));
            }
            out[i] = j->judge(p);
        }
    } else {
        for (std::size_t i = 0; i != n; ++i) {
            const auto v = table.check(people[i], target_of(i));
            out[i] = v ? std::optional<verdict>(*v) : std::nullopt;
        }
    }
}

// ---- fit: how a profile matches levels and archetypes ----

/// The highest level of a track whose expectations the latest cycle meets.
struct level_fit {
    index_t level = no_index;   ///< no_index: not even the lowest
    std::int32_t margin = 0;    ///< the smallest surplus over its expectations (0: just meets one)
    index_t next = no_index;    ///< the level above, if any
    std::int32_t gap_to_next = 0;  ///< the total shortfall against it (unrated counts in full)
};

namespace detail {
struct profile_match {
    bool meets = true;
    std::int32_t margin = 0;
    std::int32_t shortfall = 0;
    std::int32_t met = 0;       ///< the sum over expectations of min(rating, required)
    std::int32_t required = 0;  ///< the sum of required ratings
};
/// The latest cycle against a list of expectations (with optional overrides), exemptions skipped.
[[nodiscard]] constexpr profile_match match(const ladder_view& l, const person_ref& p, index_t level_row,
                                            index_t archetype_row = no_index) {
    profile_match m;
    bool first = true;
    for_each_expectation(l, level_row, archetype_row, [&](index_t competency, rating required) {
        if (p.exemption_from(competency) != nullptr) return true;
        const auto r = p.rating_of(competency);
        const std::int32_t have = r ? *r : 0;
        const std::int32_t surplus = have - required;
        if (!r || surplus < 0) m.meets = false;
        if (surplus < 0) m.shortfall -= surplus;
        m.margin = first || surplus < m.margin ? surplus : m.margin;
        m.met += have < required ? have : required;
        m.required += required;
        first = false;
        return true;
    });
    if (m.margin < 0) m.margin = 0;
    return m;
}
}  // namespace detail

/// The highest level on `track` the person's latest cycle meets (every expectation, as their
/// archetype where it applies, and the level's criterion), with the margin over its
/// expectations, and how far the level above is.
[[nodiscard]] constexpr level_fit best_fit(const ladder_view& l, const person_ref& p, track_ref track) {
    level_fit out;
    std::int32_t best_rank = 0;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != track.index()) continue;
        const auto row = static_cast<index_t>(i);
        const auto m = detail::match(l, p, row, archetype_in_force(l, p.archetype, row));
        bool meets = m.meets;
        if (meets && !x.criterion.empty()) {
            const auto v = check(rule_of(l, l.meets_condition(row)), p);
            meets = v.ok() && *v == verdict::pass;
        }
        if (meets && (out.level == no_index || x.rank > best_rank)) {
            out.level = static_cast<index_t>(i);
            out.margin = m.margin;
            best_rank = x.rank;
        }
    }
    // The level just above the best fit (or the lowest level, when none fits).
    std::int32_t next_rank = 0;
    for (std::size_t i = 0; i != l.levels().size(); ++i) {
        const level& x = l.levels()[i];
        if (x.track.index != track.index() || (out.level != no_index && x.rank <= best_rank)) continue;
        if (out.next == no_index || x.rank < next_rank) {
            out.next = static_cast<index_t>(i);
            next_rank = x.rank;
        }
    }
    if (out.next != no_index) out.gap_to_next = detail::match(l, p, out.next, archetype_in_force(l, p.archetype, out.next)).shortfall;
    return out;
}
/// The same on the person's own track.
[[nodiscard]] constexpr level_fit best_fit(const ladder_view& l, const person_ref& p) {
    return best_fit(l, p, detail::handle_access::make<track>(l.levels()[p.level].track.index));
}

/// How well a profile fits one archetype at a level.
struct archetype_fit {
    index_t archetype = no_index;
    std::int32_t score = 0;  ///< 0-100: the share of the archetype's expectations the ratings reach
    bool meets = false;      ///< every expectation at the level, with the archetype's overrides, is met
    bool applies = false;    ///< the archetype is open at that level (its from/until range)
};

/// The archetypes ranked by fit at `at`, best first: the score weighs the archetype's own
/// expectations (what sets it apart), so a Tech Lead profile and an Architect profile at the
/// same level rank differently.
[[nodiscard]] constexpr constexpr_vector<archetype_fit> archetype_fits(const ladder_view& l, const person_ref& p, level_ref at) {
    constexpr_vector<archetype_fit> out;
    for (std::size_t a = 0; a != l.archetypes().size(); ++a) {
        const auto row = static_cast<index_t>(a);
        archetype_fit f;
        f.archetype = row;
        f.applies = applies_to(l, detail::handle_access::make<archetype>(row), at);
        f.meets = detail::match(l, p, at.index(), row).meets;
        std::int32_t met = 0, required = 0;
        for (const auto& e : l.expectations_of(l.archetypes()[a])) {
            if (p.exemption_from(e.competency.index) != nullptr) continue;
            const auto r = p.rating_of(e.competency.index);
            const std::int32_t have = r ? *r : 0;
            met += have < e.minimum ? have : e.minimum;
            required += e.minimum;
        }
        f.score = required == 0 ? 0 : met * 100 / required;
        out.push_back(f);
    }
    // Best first; a fit that meets before one that does not at the same score; stable.
    detail::stable_sort(out, [](const archetype_fit& a, const archetype_fit& b) {
        return a.score > b.score || (a.score == b.score && a.meets && !b.meets);
    });
    return out;
}

/// The same at the person's own level.
[[nodiscard]] constexpr constexpr_vector<archetype_fit> archetype_fits(const ladder_view& l, const person_ref& p) {
    return archetype_fits(l, p, detail::handle_access::make<level>(p.level));
}

// ---- a readiness report for each of many people ----

/// One person's entry in a batch of readiness reports: the report, or why there is none (at the
/// top of their track; a guard broken for them); with the archetypes open at their level ranked
/// by fit, when asked for.
struct readiness_entry {
    person_ref who;  ///< views the person's storage (a people_table's row, or a person)
    std::optional<readiness_report> report;
    std::string problem;
    constexpr_vector<archetype_fit> archetypes;
};

/// What `ladder evaluate` asks of one person: readiness for `target`, or for their next level
/// when none is given; with the archetypes open at their level ranked by fit, when asked for.
[[nodiscard]] inline readiness_entry readiness_entry_of(const ladder_view& l, person_ref p, std::optional<level_ref> target,
                                                        bool with_archetypes = false) {
    readiness_entry e;
    e.who = p;
    const auto to = target ? target : next_level(l, p);
    if (!to) {
        e.problem = "at the top of their track: no next level";
    } else if (auto r = readiness(l, p, *to)) {
        e.report = std::move(*r);
    } else {
        e.problem = r.diagnostics().to_string();
    }
    if (with_archetypes) {
        for (const auto& f : archetype_fits(l, p)) {
            if (f.applies) e.archetypes.push_back(f);
        }
    }
    return e;
}

/// readiness_entry_of() for each of many people, kept in a vector (a batch too large to keep
/// is written one entry at a time: see readiness_writer). `on_progress(done)` is called after
/// each person.
template <people_range People, class Progress>
[[nodiscard]] std::vector<readiness_entry> readiness_of(const ladder_view& l, const People& people,
                                                        std::optional<level_ref> target, bool with_archetypes,
                                                        Progress&& on_progress) {
    std::vector<readiness_entry> out;
    out.reserve(people.size());
    for (std::size_t i = 0; i != people.size(); ++i) {
        out.push_back(readiness_entry_of(l, person_ref(people[i]), target, with_archetypes));
        on_progress(out.size());
    }
    return out;
}
/// The same, without progress.
template <people_range People>
[[nodiscard]] std::vector<readiness_entry> readiness_of(const ladder_view& l, const People& people,
                                                        std::optional<level_ref> target = std::nullopt,
                                                        bool with_archetypes = false) {
    return readiness_of(l, people, target, with_archetypes, [](std::size_t) {});
}

LADDER_END_NAMESPACE
// end ladder/decide/decisions.hpp
// begin ladder/decide/lowered_moves.hpp

// The moves of a compile-time ladder judged by generated code: each level's meets(L) and each
// move's `when`, as compiled into the ladder, lowered the way compile_rule<>() lowers a rule
// (rules/lowered.hpp), so the optimiser sees straight-line code for every guard.

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/decide/transition.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/rules/lowered.hpp (included above)

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The lowered code of every condition a move can be judged by, rows [0, levels + transitions):
/// check_condition (the verdict or the diagnostic) and judge_condition (the verdict alone).
struct lowered_condition {
    result<verdict> (*check)(const person_ref&);
    std::optional<verdict> (*judge)(const person_ref&);
};
template <const auto& Ladder, std::size_t... Row>
constexpr std::array<lowered_condition, sizeof...(Row)> make_lowered_conditions(std::index_sequence<Row...>) {
    return {lowered_condition{&check_condition<Ladder, Row>, &judge_condition<Ladder, Row>}...};
}
template <const auto& Ladder>
inline constexpr auto lowered_conditions = make_lowered_conditions<Ladder>(
    std::make_index_sequence<Ladder.view().levels().size() + Ladder.view().transitions().size()>{});
}  // namespace detail

/// A move table for a compile-time ladder with static storage: check() gives the verdict
/// move_table::check() gives, by generated code. Stateless; share it freely.
///
///     static constexpr auto acme = ladder::presets::engineering();
///     constexpr ladder::lowered_moves<acme> moves;
///     ladder::judge(moves, people, targets, out);
template <const auto& Ladder>
class lowered_moves {
public:
    /// The verdict on a person's move to `target`, as readiness() would decide it; a failed
    /// result means the guard is broken for this person.
    [[nodiscard]] constexpr result<verdict> check(const person_ref& p, level_ref target) const {
        return guard_for(p.level, target).check(p);
    }

    /// What decides a move from level row `from` to `target`, as move_table::guard_for.
    class guard {
    public:
        constexpr explicit guard(const detail::lowered_condition& c) noexcept : code_(&c) {}
        [[nodiscard]] constexpr result<verdict> check(const person_ref& p) const { return code_->check(p); }
        /// The verdict alone, empty where the guard is broken for the person: what judge() reads.
        [[nodiscard]] constexpr std::optional<verdict> judge(const person_ref& p) const { return code_->judge(p); }
        /// What judge() of many people holds for a run of them: generated code keeps no state.
        using judger = guard;

    private:
        const detail::lowered_condition* code_;
    };
    [[nodiscard]] constexpr guard guard_for(index_t from, level_ref target) const noexcept {
        const ladder_view l = Ladder;
        return guard(detail::lowered_conditions<Ladder>[guard_row(l, find_move(l, from, target.index()))]);
    }
    [[nodiscard]] constexpr ladder_view ladder() const noexcept { return Ladder; }
};

LADDER_END_NAMESPACE
// end ladder/decide/lowered_moves.hpp
// begin ladder/decide/run_tests.hpp

// Runs the `test` blocks of a ladder, as `opa test` runs a policy's tests: each test's person is
// built from its facts and every `expect` is checked against what the ladder decides.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/rules/evaluate.hpp (included above)
// ladder/rules/rule.hpp (included above)
// ladder/decide/transition.hpp (included above)

#include <optional>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// One `expect` of one test, as checked.
struct test_outcome {
    index_t test = no_index;
    index_t check = no_index;
    ladder::verdict expected = verdict::pass;
    std::optional<ladder::verdict> actual;  ///< empty when the check could not run (see problems)
    diagnostic_list problems;               ///< a test naming what the ladder lacks, a broken rule …
    /// For a check that ran and failed: the decision and the test's person, to explain it (to_text).
    std::optional<transition_outcome> decision;
    std::optional<person> who;
    [[nodiscard]] bool passed() const noexcept { return actual == expected; }
};

/// Every check of every test block.
struct test_report {
    constexpr_vector<test_outcome> outcomes;

    [[nodiscard]] std::size_t passed() const noexcept {
        std::size_t n = 0;
        for (const auto& o : outcomes) n += o.passed() ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t failed() const noexcept { return outcomes.size() - passed(); }
    [[nodiscard]] bool ok() const noexcept { return failed() == 0; }
};

namespace detail {
/// The person a test describes, built against the ladder (every id checked). Each problem is
/// placed at the line of the fact that caused it (a rating at its own), the test's line if none.
inline result<person> person_of(const ladder_view& l, const ladder_test& t) {
    person_builder b(l, t.name);
    const auto facts = l.test_facts().subspan(t.first_fact, t.fact_count);
    constexpr_vector<source_position> placed;  ///< where the builder's problem of each index came from
    const auto place = [&](source_position where) {
        while (placed.size() < b.problems().size()) placed.push_back(where);
    };
    for (std::size_t i = 0; i != facts.size(); ++i) {
        const test_fact& f = facts[i];
        switch (f.kind) {
            case fact_kind::level: b.level(f.id); break;
            case fact_kind::archetype: b.archetype(f.id); break;
            case fact_kind::time_in_level: b.months_in_level(static_cast<std::int32_t>(f.number)); break;
            case fact_kind::tenure: b.tenure_months(static_cast<std::int32_t>(f.number)); break;
            case fact_kind::exempt: b.exempt(f.id, f.text); break;
            case fact_kind::attribute:
                if (f.form == value_form::text) b.attribute(f.id, f.text);
                else b.attribute(f.id, f.number);
                break;
            case fact_kind::rating: {
                constexpr_vector<rating_spec> ratings;
                const std::size_t first = i;
                const std::string_view cycle = f.cycle;
                for (; i != facts.size() && facts[i].kind == fact_kind::rating && facts[i].cycle == cycle; ++i) {
                    ratings.push_back(facts[i].text.empty() ? rating_spec(facts[i].id, static_cast<rating>(facts[i].number))
                                                            : rating_spec(facts[i].id, facts[i].text));
                }
                --i;
                b.cycle(cycle, std::span<const rating_spec>(ratings.data(), ratings.size()));
                // The builder names the competency (or the point) at fault: find its rating.
                for (std::size_t k = placed.size(); k < b.problems().size(); ++k) {
                    const diagnostic& d = b.problems()[k];
                    source_position where = f.where;
                    for (std::size_t r = first; r <= i; ++r) {
                        if (facts[r].id == d.other || facts[r].id == d.subject || (!facts[r].text.empty() && facts[r].text == d.subject)) {
                            where = facts[r].where;
                        }
                    }
                    placed.push_back(where);
                }
                break;
            }
        }
        place(f.where);
    }
    auto built = b.build();
    if (built) return built;
    diagnostic_list found;
    for (std::size_t k = 0; k != built.diagnostics().size(); ++k) {
        diagnostic d = built.diagnostics()[k];
        if (d.where.line == 0) d.where = k < placed.size() ? placed[k] : t.where;
        found.add(d);
    }
    found.own_strings();
    return found;
}
}  // namespace detail

/// What keeps a ladder's test blocks from running (a level or competency the ladder lacks, a
/// rating off its scale), each at the line of the fact at fault: `ladder check` reports these
/// besides load()'s findings, so that a file that checks clean can run its tests.
[[nodiscard]] inline diagnostic_list test_problems(const ladder_view& l) {
    diagnostic_list found;
    for (const ladder_test& t : l.tests()) {
        const auto someone = detail::person_of(l, t);
        if (!someone) found.append(someone.diagnostics());
    }
    return found;
}

/// Runs every test block of a ladder. Diagnostics view the ladder: keep it alive.
[[nodiscard]] inline test_report run_tests(const ladder_view& l) {
    test_report report;
    for (std::size_t ti = 0; ti != l.tests().size(); ++ti) {
        const ladder_test& t = l.tests()[ti];
        const auto someone = detail::person_of(l, t);
        for (index_t ci = t.first_check; ci != t.first_check + t.check_count; ++ci) {
            const test_check& c = l.test_checks()[ci];
            test_outcome o;
            o.test = static_cast<index_t>(ti);
            o.check = ci;
            o.expected = static_cast<ladder::verdict>(c.expected);
            if (!someone) {
                o.problems = someone.diagnostics();
                report.outcomes.push_back(std::move(o));
                continue;
            }
            const person& p = *someone;
            if (c.is_rule) {
                const rule_view r = rule_of(l, l.check_condition(ci));
                auto e = evaluate(r, p);
                if (e) {
                    o.actual = e->result();
                    if (o.actual != o.expected) {
                        o.decision = transition_outcome{no_index, r, std::move(*e), {}};
                        o.who = p;
                    }
                } else {
                    o.problems = e.diagnostics();
                }
            } else {
                // The move of the kind the test names that the ladder declares to the target, or
                // else, where it declares none of any kind (a skip-level target, say), the move
                // readiness() judges by meets(target), when it is of that kind.
                const index_t target = detail::find_row(l.levels(), c.target);
                const level_move m = target == no_index ? level_move{} : find_move(l, p.level, target, c.move);
                const bool usable = target != no_index && target != p.level &&
                                    (m.declared() || (!find_move(l, p.level, target).declared() && kind_of(l, m) == c.move));
                if (!usable) {
                    o.problems.add(detail::make_diagnostic(diagnostic_code::unknown_reference, severity::error, entity::transition,
                                                           c.target, l.levels()[p.level].id, c.where));
                } else {
                    auto decided = judge_move(l, m, p);
                    if (decided) {
                        o.actual = decided->result();
                        if (o.actual != o.expected) {
                            o.decision = std::move(*decided);
                            o.who = p;
                        }
                    } else {
                        o.problems = decided.diagnostics();
                    }
                }
            }
            report.outcomes.push_back(std::move(o));
        }
    }
    return report;
}

LADDER_END_NAMESPACE
// end ladder/decide/run_tests.hpp
// calibrate: levels across companies
// begin ladder/calibrate/calibration.hpp

// Calibration across companies: where a level of one ladder stands on another. Titles inflate
// and deflate (a big company's Senior does what a smaller one calls Staff), so a level maps to
// candidate levels with a confidence, not one to one. The evidence, each explained in words:
//   - scope, on the scale every ladder shares (task, feature, team, multi_team, org, company,
//     industry): the strongest signal, as it says what the work reaches;
//   - position on the track: how far up its ladder the level stands, or, where the user has
//     anchored a pair of levels (`L6 ~ L5`), the distance from that anchor;
//   - expectations on the competencies both ladders share (by id), each rating as a share of
//     its scale's top.
// An anchor on the level itself settles it.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/sort.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <span>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A user's claim that level `from` of one ladder is level `to` of another (`anchor L6 ~ L5`).
struct anchor {
    std::string_view from;
    std::string_view to;
};

/// One candidate for a level on another ladder, with the evidence.
struct level_match {
    index_t level = no_index;     ///< the candidate, a level of the target ladder
    std::int32_t confidence = 0;  ///< 0-100
    bool anchored = false;        ///< the user anchored exactly this pair
    std::int32_t scope_distance = 0;   ///< steps apart on the common scope scale
    std::int32_t scope_score = 0;      ///< 0-100
    std::int32_t position_score = 0;   ///< 0-100
    bool from_anchor = false;          ///< the position was judged from an anchor on the same tracks
    std::int32_t expectation_score = 0;  ///< 0-100; meaningful when shared > 0
    std::int32_t shared = 0;           ///< competencies both ladders expect something of here
};

namespace detail {

[[nodiscard]] constexpr std::int32_t clamp100(std::int32_t v) noexcept { return v < 0 ? 0 : v > 100 ? 100 : v; }

/// Per mille: how far up its track a level stands (0 the lowest, 1000 the highest).
[[nodiscard]] constexpr std::int32_t position_of(const ladder_view& l, index_t row) noexcept {
    const level& x = l.levels()[row];
    std::int32_t low = x.rank, high = x.rank;
    for (const auto& y : l.levels()) {
        if (y.track.index != x.track.index) continue;
        low = y.rank < low ? y.rank : low;
        high = y.rank > high ? y.rank : high;
    }
    return high == low ? 500 : (x.rank - low) * 1000 / (high - low);
}

/// The top of the scale a competency is rated on, or 0.
[[nodiscard]] constexpr std::int32_t scale_top(const ladder_view& l, const competency& c) noexcept {
    const index_t s = l.scale_index_of(c);
    if (s == no_index) return 0;
    std::int32_t top = 0;
    for (const auto& p : l.points_of(l.scales()[s])) top = p.value > top ? p.value : top;
    return top;
}

/// The row of a level by id, or no_index.
[[nodiscard]] constexpr index_t level_row(const ladder_view& l, std::string_view id) noexcept {
    return find_row(l.levels(), id);
}

}  // namespace detail

/// Where `level` of ladder `from` stands on ladder `to`: every level of `to` on a track of the
/// same kind (individual contributor, management, other; all tracks if none is), best first.
[[nodiscard]] constexpr constexpr_vector<level_match> map_level(const ladder_view& from, level_ref level, const ladder_view& to,
                                                               std::span<const anchor> anchors = {}) {
    const ladder::level& a = from[level];
    const track_kind kind = from.tracks()[a.track.index].kind;
    bool any_same_kind = false;
    for (const auto& y : to.levels()) any_same_kind = any_same_kind || to.tracks()[y.track.index].kind == kind;

    constexpr_vector<level_match> out;
    for (std::size_t i = 0; i != to.levels().size(); ++i) {
        const ladder::level& b = to.levels()[i];
        if (any_same_kind && to.tracks()[b.track.index].kind != kind) continue;
        level_match m;
        m.level = static_cast<index_t>(i);

        // Scope: same step 100, one step apart 50.
        const auto sa = static_cast<std::int32_t>(a.scope), sb = static_cast<std::int32_t>(b.scope);
        m.scope_distance = sa > sb ? sa - sb : sb - sa;
        m.scope_score = m.scope_distance == 0 ? 100 : m.scope_distance == 1 ? 50 : 0;

        // Position: from an anchor between these two tracks if there is one, else the share of
        // the way up each track.
        for (const auto& an : anchors) {
            const index_t fa = detail::level_row(from, an.from), ta = detail::level_row(to, an.to);
            if (fa == no_index || ta == no_index) continue;
            if (from.levels()[fa].track.index != a.track.index || to.levels()[ta].track.index != b.track.index) continue;
            if (fa == level.index() && ta == i) m.anchored = true;
            const std::int32_t expected_rank = to.levels()[ta].rank + (a.rank - from.levels()[fa].rank);
            const std::int32_t off = b.rank > expected_rank ? b.rank - expected_rank : expected_rank - b.rank;
            m.position_score = off == 0 ? 100 : off == 1 ? 40 : 0;
            m.from_anchor = true;
            break;
        }
        if (!m.from_anchor) {
            const std::int32_t d = detail::position_of(from, level.index()) - detail::position_of(to, m.level);
            m.position_score = detail::clamp100(100 - (d < 0 ? -d : d) / 5);
        }

        // Expectations on shared competencies, each as a share of its scale's top.
        std::int32_t total = 0;
        for (const auto& ea : from.expectations_of(a)) {
            const competency& ca = from.competencies()[ea.competency.index];
            const index_t cb = detail::find_row(to.competencies(), ca.id);
            if (cb == no_index) continue;
            std::int32_t rb = -1;
            for (const auto& eb : to.expectations_of(b)) rb = eb.competency.index == cb ? eb.minimum : rb;
            const std::int32_t top_a = detail::scale_top(from, ca), top_b = detail::scale_top(to, to.competencies()[cb]);
            if (rb < 0 || top_a == 0 || top_b == 0) continue;
            const std::int32_t d = ea.minimum * 1000 / top_a - rb * 1000 / top_b;
            total += detail::clamp100(100 - (d < 0 ? -d : d) / 4);
            ++m.shared;
        }
        m.expectation_score = m.shared == 0 ? 0 : total / m.shared;

        // Scope weighs most; expectations count when there are some to compare.
        const std::int32_t weighted = m.shared == 0 ? (m.scope_score * 60 + m.position_score * 40) / 100
                                                    : (m.scope_score * 50 + m.position_score * 30 + m.expectation_score * 20) / 100;
        m.confidence = m.anchored ? 100 : weighted;
        out.push_back(m);
    }
    detail::stable_sort(out, [](const level_match& a, const level_match& b) { return a.confidence > b.confidence; });  // best first
    return out;
}

/// The candidates worth naming: the best, and those within `spread` points of it (an
/// overlapping range), never below `floor`.
[[nodiscard]] constexpr constexpr_vector<level_match> likely_matches(const constexpr_vector<level_match>& all,
                                                                     std::int32_t spread = 15, std::int32_t floor = 40) {
    constexpr_vector<level_match> out;
    for (const auto& m : all) {
        if (m.confidence >= floor && (out.empty() || m.confidence + spread >= out[0].confidence)) out.push_back(m);
    }
    return out;
}

/// One row of a whole-ladder mapping: a level of `from` and its likely levels on `to`.
struct mapped_level {
    index_t level = no_index;
    constexpr_vector<level_match> matches;  ///< likely_matches(), best first
};

/// Every level of `from` on `to`, in `from`'s order.
[[nodiscard]] constexpr constexpr_vector<mapped_level> map_ladder(const ladder_view& from, const ladder_view& to,
                                                                 std::span<const anchor> anchors = {}) {
    constexpr_vector<mapped_level> out;
    for (std::size_t i = 0; i != from.levels().size(); ++i) {
        mapped_level row;
        row.level = static_cast<index_t>(i);
        row.matches = likely_matches(map_level(from, detail::handle_access::make<ladder::level>(row.level), to, anchors));
        out.push_back(std::move(row));
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/calibrate/calibration.hpp

// begin ladder/revise/changes.hpp

// What changed from one version of a ladder to the next, in the ladder's own terms: levels,
// tracks and competencies added, removed or renamed; a level's title, track, rank, scope, band,
// career flag and criterion; expectations raised or lowered; archetypes and their titles for
// levels; level groups and their ranges; moves added or removed, their pay and guards; named
// rules. docs/changes.md tells how things are matched.

// ladder/core/config.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/text/printer.hpp (included above)  // band_text, range_text, move_text: values as the format writes them

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// What a change is about.
enum class change_subject : std::uint8_t { ladder, competency, track, level, expectation, archetype, move, rule, group };

/// What happened to it.
enum class change_kind : std::uint8_t { added, removed, renamed, changed, raised, lowered, split, merged };

namespace detail {
inline constexpr std::string_view change_subject_names[] = {"ladder", "competency", "track", "level",
                                                            "expectation", "archetype", "move", "rule", "group"};
inline constexpr std::string_view change_kind_names[] = {"added", "removed", "renamed", "changed", "raised", "lowered", "split", "merged"};
}  // namespace detail

[[nodiscard]] constexpr std::string_view name_of(change_subject s) noexcept {
    return detail::change_subject_names[static_cast<int>(s)];
}
[[nodiscard]] constexpr std::string_view name_of(change_kind k) noexcept {
    return detail::change_kind_names[static_cast<int>(k)];
}

/// One change. `id` names the thing in the old version (in the new one when it was added);
/// `new_id` its id in the new version when renamed or merged into another, its ids
/// (`E5, E6`) when split. For an expectation `id` is the level and
/// `field` the competency; for a move `id` reads `promote L5 -> L6`; otherwise `field` names
/// what changed (`title`, `scope`, `band`, `guard` …). `before` and `after` are the values as
/// the format writes them, empty where there is none.
struct ladder_change {
    change_subject subject = change_subject::ladder;
    change_kind kind = change_kind::changed;
    std::string id;
    std::string new_id;
    std::string field;
    std::string before;
    std::string after;
};

/// Every change from `before` to `after`, in the order of the new version's statements (what
/// was removed comes where it stood in the old one).
struct ladder_changes {
    std::vector<ladder_change> items;
    [[nodiscard]] bool empty() const noexcept { return items.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return items.size(); }
};

namespace detail {

/// Ids as a change lists them, `E5, E6` (the new ids of a split, in a ladder_change's `new_id`).
template <class Ids>
std::string id_list(const Ids& ids) {
    std::string out;
    for (const std::string_view id : ids) {
        if (!out.empty()) out += ", ";
        out += id;
    }
    return out;
}

/// What the new version's `maps` lines say of one kind of row (levels, or competencies): each
/// old id mapped, with its new ids in the order written; and every new id mapped to.
struct revision_targets {
    std::unordered_map<std::string_view, std::vector<std::string_view>> of;
    std::unordered_set<std::string_view> targets;

    revision_targets() = default;
    revision_targets(const ladder_view& after, bool competencies) {
        for (const revision_map& m : after.maps()) {
            if (m.competency != competencies) continue;
            of[m.from].push_back(m.to.id);
            targets.insert(m.to.id);
        }
    }
    [[nodiscard]] const std::vector<std::string_view>* find(std::string_view old_id) const {
        const auto found = of.find(old_id);
        return found == of.end() ? nullptr : &found->second;
    }
};

/// Pairs rows of two versions: an old id the new version maps to one id (`maps L5 -> E5`) with
/// that row, unless another row has it already (a merge); every other row by id; then what is
/// left on each side by a second key (a title or a name) when it is the only one of its kind
/// left on both sides: a rename. Rows the maps name take no part in the last step: an old id
/// mapped to several is split, a new id mapped to stands for what was mapped. Linear in the rows.
template <class Row, class Key>
std::vector<std::optional<std::size_t>> match_rows(row_span<Row> old_rows, row_span<Row> new_rows, Key second_key,
                                                   const revision_targets& maps = {}) {
    std::vector<std::optional<std::size_t>> to_new(old_rows.size());
    std::vector<bool> taken(new_rows.size(), false);
    std::unordered_map<std::string_view, std::size_t> new_by_id;
    for (std::size_t j = new_rows.size(); j-- != 0;) new_by_id[new_rows[j].id] = j;  // the first of a repeated id
    const auto pair = [&](std::size_t i, std::string_view id) {
        const auto found = new_by_id.find(id);
        if (found == new_by_id.end() || taken[found->second]) return;
        to_new[i] = found->second;
        taken[found->second] = true;
    };
    for (std::size_t i = 0; i != old_rows.size(); ++i) {
        if (maps.find(old_rows[i].id) == nullptr) pair(i, old_rows[i].id);
    }
    for (std::size_t i = 0; i != old_rows.size(); ++i) {
        if (const auto* ids = maps.find(old_rows[i].id); ids != nullptr && ids->size() == 1) pair(i, ids->front());
    }
    // What is left, counted by its second key on each side; a key left once on both is a rename.
    std::unordered_map<std::string_view, std::size_t> old_left, new_left, new_row;
    for (std::size_t i = 0; i != old_rows.size(); ++i) {
        if (!to_new[i] && maps.find(old_rows[i].id) == nullptr) ++old_left[second_key(old_rows[i])];
    }
    for (std::size_t j = 0; j != new_rows.size(); ++j) {
        if (taken[j] || maps.targets.contains(new_rows[j].id)) continue;
        ++new_left[second_key(new_rows[j])];
        new_row[second_key(new_rows[j])] = j;
    }
    for (std::size_t i = 0; i != old_rows.size(); ++i) {
        const std::string_view key = second_key(old_rows[i]);
        if (to_new[i] || key.empty() || maps.find(old_rows[i].id) != nullptr || old_left[key] != 1 || new_left[key] != 1) continue;
        to_new[i] = new_row[key];
        taken[new_row[key]] = true;
    }
    return to_new;
}

class change_finder {
public:
    change_finder(const ladder_view& a, const ladder_view& b) : a_(a), b_(b) {}

    ladder_changes run() {
        if (a_.info().name != b_.info().name) add(change_subject::ladder, change_kind::changed, "", "name", a_.info().name, b_.info().name);
        if (a_.info().version != b_.info().version) {
            add(change_subject::ladder, change_kind::changed, "", "version", a_.info().version, b_.info().version);
        }
        competencies_ = match_rows(a_.competencies(), b_.competencies(), [](const competency& c) { return c.name; }, competency_maps_);
        tracks_ = match_rows(a_.tracks(), b_.tracks(), [](const track& t) { return t.name; });
        levels_ = match_rows(a_.levels(), b_.levels(), [](const level& x) { return x.title; }, level_maps_);
        competency_now_ = ids_now(competencies_, a_.competencies(), b_.competencies(), competency_maps_);
        track_now_ = ids_now(tracks_, a_.tracks(), b_.tracks(), {});
        level_now_ = ids_now(levels_, a_.levels(), b_.levels(), level_maps_);
        rows(change_subject::competency, a_.competencies(), b_.competencies(), competencies_, competency_maps_,
             [&](const competency& x, const competency& y) {
                 field(change_subject::competency, x.id, "name", x.name, y.name);
                 field(change_subject::competency, x.id, "category", x.category.id, y.category.id);
             });
        rows(change_subject::track, a_.tracks(), b_.tracks(), tracks_, {}, [&](const track& x, const track& y) {
            field(change_subject::track, x.id, "name", x.name, y.name);
            field(change_subject::track, x.id, "kind", name_of(x.kind), name_of(y.kind));
        });
        rows(change_subject::level, a_.levels(), b_.levels(), levels_, level_maps_, [&](const level& x, const level& y) {
            field(change_subject::level, x.id, "title", x.title, y.title);
            field(change_subject::level, x.id, "track", id_now(track_now_, x.track.index), y.track.id);
            field(change_subject::level, x.id, "scope", name_of(x.scope), name_of(y.scope));
            field(change_subject::level, x.id, "band", x.band ? band_text(*x.band) : "", y.band ? band_text(*y.band) : "");
            field(change_subject::level, x.id, "career", x.career ? "yes" : "no", y.career ? "yes" : "no");
            field(change_subject::level, x.id, "criterion", x.criterion, y.criterion);
            expectations(x, y);
        });
        archetypes();
        groups();
        moves();
        rules();
        return std::move(found_);
    }

private:
    template <class Row, class Compare>
    void rows(change_subject s, row_span<Row> old_rows, row_span<Row> new_rows,
              const std::vector<std::optional<std::size_t>>& to_new, const revision_targets& maps, Compare compare) {
        std::vector<bool> reached(new_rows.size(), false);
        for (std::size_t i = 0; i != old_rows.size(); ++i) {
            if (!to_new[i]) {
                if (const auto* ids = maps.find(old_rows[i].id); ids != nullptr) {
                    // Mapped but not paired: to several ids (split), or to one another row has (merged).
                    found_.items.push_back(ladder_change{s, ids->size() == 1 ? change_kind::merged : change_kind::split,
                                                         std::string(old_rows[i].id), id_list(*ids), {}, {}, {}});
                } else {
                    add(s, change_kind::removed, old_rows[i].id);
                }
                continue;
            }
            const Row& y = new_rows[*to_new[i]];
            reached[*to_new[i]] = true;
            if (y.id != old_rows[i].id) {
                found_.items.push_back(ladder_change{s, change_kind::renamed, std::string(old_rows[i].id), std::string(y.id), {}, {}, {}});
            }
            compare(old_rows[i], y);
        }
        for (std::size_t j = 0; j != new_rows.size(); ++j) {
            // A row a `maps` line names stands for what was mapped to it, reported there.
            if (!reached[j] && !maps.targets.contains(new_rows[j].id)) add(s, change_kind::added, new_rows[j].id);
        }
    }

    /// Each old row's id in the new version: its match's, the one id it was merged into, or its
    /// own (removed, or split).
    template <class Row>
    static std::vector<std::string_view> ids_now(const std::vector<std::optional<std::size_t>>& to_new, row_span<Row> old_rows,
                                                 row_span<Row> new_rows, const revision_targets& maps) {
        std::vector<std::string_view> out;
        out.reserve(old_rows.size());
        for (std::size_t i = 0; i != old_rows.size(); ++i) {
            const auto* ids = maps.find(old_rows[i].id);
            out.push_back(to_new[i] ? new_rows[*to_new[i]].id : ids != nullptr && ids->size() == 1 ? ids->front() : old_rows[i].id);
        }
        return out;
    }
    /// The new id of the old row `i` (empty for none).
    static std::string_view id_now(const std::vector<std::string_view>& ids, index_t i) { return i < ids.size() ? ids[i] : std::string_view{}; }

    void expectations(const level& x, const level& y) {
        // Old expectations in their order, by the competency's new id; then the new ones.
        std::unordered_map<std::string_view, rating> now;
        for (const expectation& ey : b_.expectations_of(y)) now[ey.competency.id] = ey.minimum;
        std::unordered_set<std::string_view> seen;
        for (const expectation& ex : a_.expectations_of(x)) {
            const std::string_view id = id_now(competency_now_, ex.competency.index);
            seen.insert(id);
            const auto found = now.find(id);
            if (found == now.end()) {
                add(change_subject::expectation, change_kind::removed, x.id, id, std::to_string(ex.minimum), "");
            } else if (found->second != ex.minimum) {
                add(change_subject::expectation, found->second > ex.minimum ? change_kind::raised : change_kind::lowered, x.id, id,
                    std::to_string(ex.minimum), std::to_string(found->second));
            }
        }
        for (const expectation& ey : b_.expectations_of(y)) {
            if (!seen.contains(ey.competency.id)) {
                add(change_subject::expectation, change_kind::added, x.id, ey.competency.id, "", std::to_string(ey.minimum));
            }
        }
    }

    /// An archetype's overrides as the format writes them: `design 5, coding 4`, by new ids.
    std::string overrides(const ladder_view& l, const archetype& x, bool old_version) const {
        std::string out;
        for (const expectation& ex : l.expectations_of(x)) {
            if (!out.empty()) out += ", ";
            out += old_version ? id_now(competency_now_, ex.competency.index) : ex.competency.id;
            out += ' ';
            out += std::to_string(ex.minimum);
        }
        return out;
    }

    void archetypes() {
        const auto to_new = match_rows(a_.archetypes(), b_.archetypes(), [](const archetype& x) { return x.name; });
        rows(change_subject::archetype, a_.archetypes(), b_.archetypes(), to_new, {}, [&](const archetype& x, const archetype& y) {
            field(change_subject::archetype, x.id, "name", x.name, y.name);
            field(change_subject::archetype, x.id, "from", id_now(level_now_, x.from.index), y.from.id);
            const std::string_view until = x.until.id.empty() ? std::string_view{} : id_now(level_now_, x.until.index);
            field(change_subject::archetype, x.id, "until", until, y.until.id);
            field(change_subject::archetype, x.id, "expectations", overrides(a_, x, true), overrides(b_, y, false));
            titles(x, y);
        });
    }

    /// An archetype's titles for levels, level by level (by new ids): `title at S4_2` changed,
    /// added or removed.
    void titles(const archetype& x, const archetype& y) {
        const auto old_row = static_cast<index_t>(&x - a_.archetypes().data());
        const auto new_row = static_cast<index_t>(&y - b_.archetypes().data());
        std::vector<std::pair<std::string_view, std::string_view>> before, after;  // level, title
        for (const level_title& t : a_.titles()) {
            if (t.archetype == old_row) before.emplace_back(id_now(level_now_, t.level.index), t.title);
        }
        for (const level_title& t : b_.titles()) {
            if (t.archetype == new_row) after.emplace_back(t.level.id, t.title);
        }
        std::unordered_map<std::string_view, std::string_view> now(after.begin(), after.end());
        std::unordered_set<std::string_view> seen;
        for (const auto& [level_id, title] : before) {
            seen.insert(level_id);
            const auto found = now.find(level_id);
            field(change_subject::archetype, x.id, "title at " + std::string(level_id), title,
                  found == now.end() ? std::string_view{} : found->second);
        }
        for (const auto& [level_id, title] : after) {
            if (!seen.contains(level_id)) field(change_subject::archetype, x.id, "title at " + std::string(level_id), {}, title);
        }
    }

    /// A group's range as the format writes it (`L5..L8`, or `L7`), by new ids.
    std::string range(const level_group& g, bool old_version) const {
        const auto id = [&](const reference& r) {
            return old_version ? id_now(level_now_, r.index) : r.id;
        };
        return range_text(id(g.lowest), id(g.highest));
    }

    void groups() {
        const auto to_new = match_rows(a_.groups(), b_.groups(), [](const level_group& g) { return g.name; });
        rows(change_subject::group, a_.groups(), b_.groups(), to_new, {}, [&](const level_group& x, const level_group& y) {
            field(change_subject::group, x.id, "name", x.name, y.name);
            field(change_subject::group, x.id, "levels", range(x, true), range(y, false));
        });
    }

    void moves() {
        // A move is the same move when its kind and its levels (renames followed) are.
        std::vector<std::string> old_keys, new_keys;
        for (const transition& t : a_.transitions()) {
            old_keys.push_back(move_text(t, id_now(level_now_, t.from.index),
                                          id_now(level_now_, t.to.index)));
        }
        for (const transition& t : b_.transitions()) new_keys.push_back(move_text(t, t.from.id, t.to.id));
        std::vector<bool> reached(new_keys.size(), false);
        std::unordered_map<std::string_view, std::vector<std::size_t>> new_by_key;  // each key's rows, the first at the back
        for (std::size_t j = new_keys.size(); j-- != 0;) new_by_key[new_keys[j]].push_back(j);
        for (std::size_t i = 0; i != old_keys.size(); ++i) {
            std::optional<std::size_t> match;
            if (auto found = new_by_key.find(old_keys[i]); found != new_by_key.end() && !found->second.empty()) {
                match = found->second.back();
                found->second.pop_back();
            }
            if (!match) {
                add(change_subject::move, change_kind::removed, old_keys[i]);
                continue;
            }
            reached[*match] = true;
            const transition& x = a_.transitions()[i];
            const transition& y = b_.transitions()[*match];
            field(change_subject::move, old_keys[i], "pay", name_of(x.pay), name_of(y.pay));
            field(change_subject::move, old_keys[i], "guard", x.guard, y.guard);
        }
        for (std::size_t j = 0; j != new_keys.size(); ++j) {
            if (!reached[j]) add(change_subject::move, change_kind::added, new_keys[j], "", "", b_.transitions()[j].guard);
        }
    }

    void rules() {
        const auto to_new = match_rows(a_.rules(), b_.rules(), [](const named_rule&) { return std::string_view{}; });
        rows(change_subject::rule, a_.rules(), b_.rules(), to_new, {}, [&](const named_rule& x, const named_rule& y) {
            field(change_subject::rule, x.id, "parameters", x.parameters, y.parameters);
            field(change_subject::rule, x.id, "text", x.text, y.text);
        });
    }

    void field(change_subject s, std::string_view id, std::string_view what, std::string_view before, std::string_view after) {
        if (before != after) add(s, change_kind::changed, id, what, before, after);
    }

    void add(change_subject s, change_kind k, std::string_view id, std::string_view what = {}, std::string_view before = {},
             std::string_view after = {}) {
        found_.items.push_back(ladder_change{s, k, std::string(id), {}, std::string(what), std::string(before), std::string(after)});
    }

    const ladder_view& a_;
    const ladder_view& b_;
    revision_targets level_maps_{b_, false}, competency_maps_{b_, true};
    std::vector<std::optional<std::size_t>> competencies_, tracks_, levels_;
    std::vector<std::string_view> competency_now_, track_now_, level_now_;
    ladder_changes found_;
};

}  // namespace detail

/// Every change from version `before` to version `after` of a ladder (docs/changes.md): what
/// `after`'s `maps` lines say first (renamed, split, merged), then ids, then a thing whose id
/// is gone is matched by its title or name to one that is new (a rename). Empty when the two
/// versions say the same.
[[nodiscard]] inline ladder_changes compare(const ladder_view& before, const ladder_view& after) {
    return detail::change_finder(before, after).run();
}

LADDER_END_NAMESPACE
// end ladder/revise/changes.hpp
// begin ladder/revise/carry.hpp

// A person of one version of a ladder, as the next version names them: a person refers to a
// ladder by row, so judging them under a revision means building them again against it, their
// level, archetype and ratings carried through the renames, merges and splits the comparison of
// the two versions reports (docs/changes.md).

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/revise/changes.hpp (included above)

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Adds a rating of `competency`, or lowers the one `ratings` holds for it already: competencies
/// merged into one are rated by the lowest of their ratings (the one asks what each asked). True
/// when it was added.
template <class Ratings>
bool keep_lowest(Ratings& ratings, std::string_view competency, rating value) {
    for (auto& r : ratings) {
        if (r.competency != competency) continue;
        if (value < r.value) r.value = value;
        return false;
    }
    ratings.push_back(rating_spec(competency, value));
    return true;
}
}  // namespace detail

/// Carries people from one version of a ladder to the next. It keeps its own copy of the
/// renames (`changes` may go), and views the two ladders, which must outlive it; the people it
/// makes view the strings of the people given and of the new version.
class person_carrier {
public:
    /// `changes`: compare(before, after), whose renames, merges and splits say what each id is
    /// now called.
    person_carrier(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) : before_(before), after_(after) {
        for (const auto& c : changes.items) {
            const bool one = c.kind == change_kind::renamed || c.kind == change_kind::merged;
            if (!one && c.kind != change_kind::split) continue;
            // The new ids are the new version's own strings: the views outlive `changes`.
            if (c.subject == change_subject::level && one) levels_.emplace(c.id, new_id_in(after.levels(), c.new_id));
            else if (c.subject == change_subject::level) split_levels_.emplace(c.id, new_ids_in(after.levels(), c.new_id));
            else if (c.subject == change_subject::archetype && one) archetypes_.emplace(c.id, new_id_in(after.archetypes(), c.new_id));
            else if (c.subject == change_subject::competency) competencies_.emplace(c.id, new_ids_in(after.competencies(), c.new_id));
        }
    }

    /// The person `p` (of `before`) on `after`: level, archetype, exemptions and every rating
    /// under their new ids (a rating of a split competency is a rating of each part; of merged
    /// ones, the lowest counts). A rating or
    /// exemption of a competency the new version removed is left out (it no longer counts); a
    /// level or archetype it removed, a level it split (which part the person is at is someone's
    /// decision), or a rating its scale no longer has, is an error: the person cannot stand on the
    /// new version as they are.
    [[nodiscard]] result<person> carry(const person_ref& p) const {
        if (p.level < before_.levels().size()) {
            const std::string_view was = before_.levels()[p.level].id;
            if (const auto split = split_levels_.find(std::string(was)); split != split_levels_.end()) {
                const std::string why = "it is split into " + detail::id_list(split->second) + ": which of them " + std::string(p.id) +
                                        " is at is a decision to make";
                diagnostic_list found;
                found.add(detail::make_diagnostic(diagnostic_code::bad_map, severity::error, entity::person, was, why));
                found.own_strings();  // before `why` goes
                return found;
            }
        }
        person_builder b(after_, p.id, p.name);
        if (p.level < before_.levels().size()) b.level(now(levels_, before_.levels()[p.level].id));
        if (p.archetype < before_.archetypes().size()) b.archetype(now(archetypes_, before_.archetypes()[p.archetype].id));
        b.months_in_level(p.months_in_level).tenure_months(p.tenure_months);
        std::vector<rating_spec> ratings;
        for (std::size_t cycle = 0; cycle != p.cycle_count(); ++cycle) {
            const review_cycle& c = p.cycles()[cycle];
            const auto cells = p.ratings_in(cycle);
            ratings.clear();
            for (std::size_t k = 0; k != cells.size() && k != before_.competencies().size(); ++k) {
                if (!cells[k]) continue;
                for (const std::string_view id : competency_now(static_cast<index_t>(k))) detail::keep_lowest(ratings, id, *cells[k]);
            }
            b.cycle(c.id, std::span<const rating_spec>(ratings.data(), ratings.size()), c.note, c.date);
        }
        for (const auto& a : p.attributes()) {
            if (a.attribute >= before_.attributes().size()) continue;
            const ladder::attribute& was = before_.attributes()[a.attribute];
            const index_t row = detail::find_row(after_.attributes(), was.id);
            if (row == no_index) continue;  // the new version asks no longer
            if (after_.attributes()[row].type == attribute_type::text) b.attribute(was.id, a.text);
            else b.attribute(was.id, a.number);
        }
        for (const auto& e : p.exemptions()) {
            if (e.competency >= before_.competencies().size()) continue;
            for (const std::string_view id : competency_now(e.competency)) b.exempt(id, e.reason);
        }
        return b.build();
    }

    /// A level's id in the new version, for its id in the old one (the same unless renamed).
    [[nodiscard]] std::string_view level_now(std::string_view old_id) const { return now(levels_, old_id); }
    /// Is `new_id` what the old level `old_id` is now: its id through renames and merges, or one
    /// of the parts it was split into?
    [[nodiscard]] bool became(std::string_view old_id, std::string_view new_id) const {
        if (const auto split = split_levels_.find(std::string(old_id)); split != split_levels_.end()) {
            return std::find(split->second.begin(), split->second.end(), new_id) != split->second.end();
        }
        return level_now(old_id) == new_id;
    }

private:
    /// A row's id in the new version's own strings (empty if it has no such row).
    template <class Row>
    [[nodiscard]] static std::string_view new_id_in(row_span<Row> rows, std::string_view id) {
        const index_t row = detail::find_row(rows, id);
        return row == no_index ? std::string_view{} : rows[row].id;
    }
    /// The ids a change lists (`E5, E6` when split), each in the new version's own strings.
    template <class Row>
    [[nodiscard]] static std::vector<std::string_view> new_ids_in(row_span<Row> rows, std::string_view listed) {
        std::vector<std::string_view> out;
        for (std::string_view rest = listed; !rest.empty();) {
            const std::size_t comma = rest.find(", ");
            out.push_back(new_id_in(rows, rest.substr(0, comma)));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
        }
        return out;
    }
    [[nodiscard]] static std::string_view now(const std::unordered_map<std::string, std::string_view>& renamed, std::string_view id) {
        const auto found = renamed.find(std::string(id));  // a short id fits in the string itself
        return found == renamed.end() ? id : found->second;
    }
    /// The competency's ids in the new version: one, several when split, none when removed.
    [[nodiscard]] std::vector<std::string_view> competency_now(index_t row) const {
        const std::string_view was = before_.competencies()[row].id;
        if (const auto found = competencies_.find(std::string(was)); found != competencies_.end()) return found->second;
        if (detail::find_row(after_.competencies(), was) == no_index) return {};
        return {was};
    }

    ladder_view before_, after_;
    /// Old id -> new id(s); the keys are copies (the old ids of `changes`), the values the new
    /// version's strings.
    std::unordered_map<std::string, std::string_view> levels_, archetypes_;
    std::unordered_map<std::string, std::vector<std::string_view>> competencies_, split_levels_;
};

LADDER_END_NAMESPACE
// end ladder/revise/carry.hpp
// report: decisions in words, JSON and CSV
// begin ladder/report/escape.hpp

// Text that goes into a CSV cell or a JSON string, escaped once for every report and view.

// ladder/core/config.hpp (included above)
// ladder/core/utf8.hpp (included above)

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// True for a plain decimal number (an optional sign, digits, at most one point).
[[nodiscard]] constexpr bool plain_number(std::string_view s) noexcept {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    bool digit = false, point = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !point) point = true;
        else return false;
    }
    return digit;
}
}  // namespace detail

/// A CSV field as RFC 4180 wants it, and safe to open in a spreadsheet. A field that starts
/// with = + - @, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
/// (CSV injection): unless it is a plain number, it gets a leading ' and so reads as text. A
/// field that holds a comma, a quote or a line break is quoted whole, its quotes doubled.
inline std::string quote_csv(std::string_view s) {
    std::string cell;
    if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !detail::plain_number(s)) {
        cell += '\'';
    }
    cell += s;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
/// Text from a file (a person's id or name, a cycle, a reason) as a text report shows it:
/// control characters and bytes that are not UTF-8 written as \xHH, so that a name can neither
/// start a line of its own in the report nor send escape codes to a terminal.
inline std::string printable(std::string_view s) {
    std::string out;
    detail::append_printable(out, s);
    return out;
}

/// A JSON string literal: quotes, backslashes and control characters escaped, and always valid
/// UTF-8 (RFC 8259): a byte that is not part of a valid UTF-8 sequence becomes U+FFFD.
inline std::string quote_json(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i != s.size(); ++i) {
        const char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const std::size_t n = detail::utf8_sequence_length(s, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            } else {
                out += s.substr(i, n);
                i += n - 1;
            }
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}
namespace detail {
/// A number in JSON, or `null` where there is none.
template <class Integer>
std::string json_number(const std::optional<Integer>& v) {
    return v ? std::to_string(*v) : std::string("null");
}

/// Text in a Markdown table cell or heading: the characters Markdown would read as markup (a
/// cell's `|` among them) escaped, and a line break a space, so the text cannot end the cell.
inline std::string markdown_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']') out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}
}  // namespace detail

LADDER_END_NAMESPACE
// end ladder/report/escape.hpp
// begin ladder/report/explanation.hpp

// Why a rule or a move decided as it did, in words: the verdict, each clause with its values,
// the gaps, what data was missing, the exemptions applied, the advisories.

// ladder/core/config.hpp (included above)
// ladder/decide/transition.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/rules/evaluate.hpp (included above)
// ladder/rules/rule.hpp (included above)

#include <cstddef>
#include <optional>
#include <string>

LADDER_BEGIN_NAMESPACE

/// What a clause's values were, in words: "3 against 4" for a comparison (`unknown` for a side
/// without data), "at L5" for `at(L)`, "met in 1 of the last 3 cycles; needs 2" for `… in at
/// least K of last N cycles`; empty for any other clause.
[[nodiscard]] inline std::string clause_values(const clause_result& c, const rule_view& r, const person_ref& p) {
    const ladder_view& l = r.ladder();
    const rule_node& n = r.nodes()[c.node];
    const auto number = [](std::optional<std::int64_t> v) { return v ? std::to_string(*v) : std::string("unknown"); };
    if (c.compares) return number(c.left) + " against " + number(c.right);
    if (n.kind == node_kind::at_level) return "at " + (p.level != no_index ? std::string(l.levels()[p.level].id) : std::string("no level"));
    if (n.kind == node_kind::in_cycles) {
        return "met in " + std::to_string(c.cycles_met) + " of the last " + std::to_string(n.b) + " cycles; needs " + std::to_string(n.a);
    }
    return {};
}

/// An evaluation as text a manager reads: the verdict, each clause (indented under the one it
/// belongs to), gaps (unless a caller shows them its own way), missing data, exemptions applied.
[[nodiscard]] inline std::string to_text(const evaluation& e, const rule_view& r, const person_ref& p, bool with_gaps = true) {
    const ladder_view& l = r.ladder();
    std::string out = "verdict: ";
    out += name_of(e.result());
    out += '\n';
    for (const auto& c : e.clauses()) {
        std::string verdict_text(name_of(c.result));
        verdict_text.resize(9, ' ');
        out += std::string(2 + 2 * c.depth, ' ') + verdict_text + std::string(r.text_of(r.nodes()[c.node]));
        const std::string values = clause_values(c, r, p);
        if (!values.empty()) out += "  (" + values + ")";
        out += '\n';
    }
    if (with_gaps && !e.gaps().empty()) {
        out += "gaps in the latest cycle:\n";
        for (const auto& g : e.gaps()) {
            out += "  " + std::string(l.competencies()[g.competency].id) + ": expects " + std::to_string(g.required);
            if (g.actual) {
                out += ", rated " + std::to_string(*g.actual) + " (short by " + std::to_string(g.required - *g.actual) + ")";
            } else {
                out += ", not rated";
            }
            out += '\n';
        }
    }
    if (!e.missing().empty()) {
        out += "missing:\n";
        for (std::size_t i = 0; i != e.missing().size(); ++i) {
            const missing_data& m = e.missing()[i];
            if (m.about == entity::attribute) {
                out += "  attribute " + std::string(l.attributes()[m.row].id) + "\n";
            } else if (m.about == entity::competency) {
                out += "  a rating of " + std::string(l.competencies()[m.row].id);
                if (m.cycles_back < p.cycle_count()) out += " in " + printable(p.cycles()[p.cycle_count() - 1 - m.cycles_back].id);
                out += '\n';
            } else {
                // A whole cycle the record does not have: said once, however many ratings it lacks.
                bool said = false;
                for (std::size_t k = 0; k != i && !said; ++k) {
                    said = e.missing()[k].about == entity::text && e.missing()[k].cycles_back == m.cycles_back;
                }
                if (said) continue;
                out += (p.cycle_count() == 0) ? std::string("  a review cycle (the record has none)\n")
                                        : "  a review cycle " + std::to_string(m.cycles_back) +
                                              " before the latest (the record has " + std::to_string(p.cycle_count()) + ")\n";
            }
        }
    }
    if (!e.exemptions_applied().empty()) {
        out += "exemptions applied:\n";
        for (const auto& x : e.exemptions_applied()) {
            out += "  " + std::string(l.competencies()[x.competency].id) + ": " + printable(x.reason) + "\n";
        }
    }
    return out;
}


/// A move judged: the guard's explanation, then each advisory that did not pass, with its message.
[[nodiscard]] inline std::string to_text(const transition_outcome& t, const person_ref& p, bool with_gaps = true) {
    std::string out = to_text(t.decision, t.guard, p, with_gaps);
    const ladder_view l = t.guard.ladder();
    for (const auto& a : t.advisories) {
        if (a.result == verdict::pass) continue;
        const ladder::advisory& row = l.advisories()[a.advisory];
        out += "advisory (";
        out += name_of(a.result);
        out += "): ";
        out += row.message;
        out += "  [";
        out += row.text;
        out += "]\n";
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/explanation.hpp
// begin ladder/report/readiness.hpp

// A readiness report and what separates two levels, in words (to_text), and a batch of
// readiness reports as text, JSON and CSV: the forms `ladder evaluate` prints.

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/decide/decisions.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/report/explanation.hpp (included above)

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// The name of the point `value` on a competency's scale ("Expert"), or empty.
[[nodiscard]] constexpr std::string_view point_name(const ladder_view& l, index_t competency, rating value) noexcept {
    const scale_point* p = l.point_by_value(l.scale_index_of(l.competencies()[competency]), value);
    return p ? p->name : std::string_view{};
}
/// "Expert (4)", or "4" off the scale's named points.
inline std::string rating_words(const ladder_view& l, index_t competency, rating value) {
    const std::string_view name = point_name(l, competency, value);
    return name.empty() ? std::to_string(value) : std::string(name) + " (" + std::to_string(value) + ")";
}
/// A level as people say it: "L6 Staff"; for a person of an archetype, by the archetype's own
/// title for it where it has one ("S3_1 Group Lead").
inline std::string level_words(const ladder_view& l, index_t row, index_t archetype = no_index) {
    return std::string(l.levels()[row].id) + " " + std::string(title_of(l, row, archetype));
}
/// The move a report judges, as reports name it: its kind, or "stay" when the target is the
/// person's own level (is the level's bar met?), which is no move at all.
[[nodiscard]] constexpr std::string_view move_name(const readiness_report& r) noexcept {
    return r.from == r.to ? std::string_view("stay") : name_of(r.kind);
}
/// True when a report judges a promotion out of a career level, where staying is a good outcome.
[[nodiscard]] constexpr bool promotion_from_career_level(const ladder_view& l, const readiness_report& r) noexcept {
    return l.levels()[r.from].career && r.kind == transition_kind::promote && r.from != r.to;
}
/// What a report says of a promotion out of a career level: staying there is a good outcome.
inline std::string career_level_note(const ladder_view& l, const readiness_report& r) {
    return std::string(l.levels()[r.from].title) + " is a career level: staying there is a good outcome.";
}
}  // namespace detail

/// What separates two levels, in words: "L5 Senior → L6 Staff" and a line per change,
/// "design: Advanced (3) → Expert (4), +1".
[[nodiscard]] inline std::string to_text(const ladder_view& l, const level_diff& d) {
    const level& a = l.levels()[d.from];
    const level& b = l.levels()[d.to];
    std::string out = detail::level_words(l, d.from) + " -> " + detail::level_words(l, d.to);
    if (a.track.index != b.track.index) {
        out += " (" + std::string(l.tracks()[a.track.index].name) + " to " + std::string(l.tracks()[b.track.index].name) + ")";
    }
    out += "\n";
    if (a.scope != b.scope) out += "  scope: " + std::string(name_of(a.scope)) + " -> " + std::string(name_of(b.scope)) + "\n";
    if (d.changes.empty()) out += "  the same expectations\n";
    for (const auto& c : d.changes) {
        out += "  " + std::string(l.competencies()[c.competency].id) + ": ";
        out += c.from ? detail::rating_words(l, c.competency, *c.from) : std::string("nothing");
        out += " -> ";
        out += c.to ? detail::rating_words(l, c.competency, *c.to) : std::string("nothing");
        if (c.from && c.to) {
            const int delta = *c.to - *c.from;
            out += delta > 0 ? ", +" + std::to_string(delta) : ", " + std::to_string(delta);
        }
        out += "\n";
    }
    return out;
}

/// The readiness report a manager reads: the move, as which archetype, the verdict with its
/// explanation, the gaps in words, the advisories, what staying means, and the pay outcome of a
/// step back.
[[nodiscard]] inline std::string to_text(const readiness_report& r, const person_ref& p) {
    const ladder_view l = r.outcome.guard.ladder();
    std::string out;
    out += p.name.empty() ? printable(p.id) : printable(p.name) + " (" + printable(p.id) + ")";
    if (r.from == r.to) {
        out += ": " + detail::level_words(l, r.to, p.archetype) + ", their own level (judged by meets(" + std::string(l.levels()[r.to].id) +
               "))\n";
    } else {
        out += ": " + detail::level_words(l, r.from, p.archetype) + " -> " + detail::level_words(l, r.to, p.archetype) + ", " +
               std::string(name_of(r.kind));
        out += r.defined ? "\n" : " (the ladder declares no such move; judged by meets(" + std::string(l.levels()[r.to].id) + "))\n";
    }
    if (r.archetype != no_index) out += "judged as " + std::string(l.archetypes()[r.archetype].name) + "\n";
    out += to_text(r.outcome, p, false);
    if (!r.gaps.empty()) {
        out += "what " + std::string(l.levels()[r.to].id) + " expects, largest gap first:\n";
        for (const auto& g : r.gaps) {
            const competency& c = l.competencies()[g.competency];
            out += "  " + std::string(c.name) + ": expects " + detail::rating_words(l, g.competency, g.required) + ", ";
            out += g.actual ? "rated " + detail::rating_words(l, g.competency, *g.actual) : std::string("not rated");
            out += " (short by " + std::to_string(g.shortfall()) + ")";
            // The level's own words for the gap (the archetype's where it has them), else the
            // competency's general description.
            if (const expectation* said = stated_expectation(l, r.to, r.archetype, g.competency)) {
                out += ": " + printable(said->statement) + "\n";
                for (const auto& n : l.notes_of(*said)) {
                    out += "    " + std::string(name_of(n.kind)) + ": " + printable(n.text) + "\n";
                }
                continue;
            }
            if (!c.description.empty()) out += ": " + printable(c.description);
            out += "\n";
        }
    }
    if (detail::promotion_from_career_level(l, r)) out += detail::career_level_note(l, r) + "\n";
    if (r.pay) {
        out += "pay: ";
        if (r.pay->policy == pay_policy::keep || !r.pay->amount) {
            out += "kept\n";
        } else {
            const std::string_view where = r.pay->policy == pay_policy::top_of_band ? "the top"
                                           : r.pay->policy == pay_policy::midpoint  ? "the middle"
                                                                                   : "the bottom";
            out += std::string(where) + " of " + std::string(l.levels()[r.to].id) + "'s band, " +
                   std::to_string(*r.pay->amount) + (r.pay->currency.empty() ? "" : " " + std::string(r.pay->currency)) + "\n";
        }
    }
    return out;
}

/// The archetypes open at a person's level ranked by fit, in a line:
/// "archetype fit at L6: Architect 100 (meets), Tech Lead 75".
[[nodiscard]] inline std::string to_text(const ladder_view& l, index_t level, std::span<const archetype_fit> fits) {
    std::string out = "archetype fit at " + std::string(l.levels()[level].id) + ":";
    for (std::size_t i = 0; i != fits.size(); ++i) {
        out += i == 0 ? " " : ", ";
        out += l.archetypes()[fits[i].archetype].name;
        out += " " + std::to_string(fits[i].score);
        if (fits[i].meets) out += " (meets)";
    }
    return out + "\n";
}

/// Where a person of a batch stands: the groups the summary counts and the team page shows.
enum class standing : std::uint8_t {
    ready,       ///< the move's verdict is pass
    not_yet,     ///< fail
    staying,     ///< fail for a promotion out of a career level, where staying is a good outcome
    undecided,   ///< unknown: data missing
    no_verdict,  ///< no report: at the top of their track, or a guard broken for them
};
/// How many standings there are: the size of a table with a row for each.
inline constexpr std::size_t standing_count = static_cast<std::size_t>(standing::no_verdict) + 1;
[[nodiscard]] constexpr std::string_view name_of(standing s) noexcept {
    constexpr std::string_view names[standing_count] = {"ready", "not yet", "staying at a career level", "undecided", "no verdict"};
    return names[static_cast<std::size_t>(s)];
}
[[nodiscard]] constexpr standing standing_of(const ladder_view& l, const readiness_entry& e) noexcept {
    if (!e.report) return standing::no_verdict;
    switch (e.report->result()) {
        case verdict::pass: return standing::ready;
        case verdict::fail: return detail::promotion_from_career_level(l, *e.report) ? standing::staying : standing::not_yet;
        case verdict::unknown: break;
    }
    return standing::undecided;
}

/// The forms a batch of readiness reports is written in.
enum class batch_format : std::uint8_t {
    text,  ///< each report (or why there is none) and archetype fit, then how many people stand where
    json,  ///< an array, one object per person
    csv,   ///< RFC 4180 with CRLF, one row per person
};

/// Writes a batch of readiness reports one entry at a time, so that a batch too large to keep (a
/// whole company, judged by `ladder evaluate`) is written as it is judged: open() once, write()
/// each entry, close() once, each appending to `out`. The forms:
/// - text: each report (or why there is none) and archetype fit, then the count of people ready,
///   not yet, staying at a career level (not ready for a promotion out of a level where staying
///   is a good outcome) and undecided;
/// - json: an array, one object per person: person, name, level, and target, move, verdict,
///   judged_as (when an archetype applies), gaps, or else problem; and archetypes, when asked for;
/// - csv: person, name, level, target, move, verdict, and the gaps as `competency
///   actual/required` joined by `; ` (or the problem, when there is no report).
class readiness_writer {
public:
    readiness_writer(const ladder_view& l, batch_format format) noexcept : l_(l), format_(format) {}

    void open(std::string& out) const {
        if (format_ == batch_format::json) out += "[\n";
        if (format_ == batch_format::csv) out += "person,name,level,target,move,verdict,gaps\r\n";
    }

    void write(const readiness_entry& e, std::string& out) {
        ++count_[static_cast<std::size_t>(standing_of(l_, e))];
        switch (format_) {
            case batch_format::text: text(e, out); break;
            case batch_format::json: json(e, out); break;
            case batch_format::csv: csv(e, out); break;
        }
        ++written_;
    }

    void close(std::string& out) const {
        if (format_ == batch_format::json) out += written_ == 0 ? "]\n" : "\n]\n";
        if (format_ != batch_format::text) return;
        const auto of = [&](standing s) { return std::to_string(count(s)); };
        out += std::to_string(written_) + " people on " + std::string(l_.info().name) + ": " + of(standing::ready) + " ready, " +
               of(standing::not_yet) + " not yet, " + of(standing::staying) + " staying at a career level, " +
               of(standing::undecided) + " undecided (data missing)\n";
    }

    /// How many entries were written, and how many of them stand where.
    [[nodiscard]] std::size_t written() const noexcept { return written_; }
    [[nodiscard]] std::size_t count(standing s) const noexcept { return count_[static_cast<std::size_t>(s)]; }

private:
    void text(const readiness_entry& e, std::string& out) const {
        if (e.report) {
            out += to_text(*e.report, e.who);
        } else {
            out += printable(e.who.name.empty() ? e.who.id : e.who.name);
            out += ": " + e.problem + "\n";
        }
        if (!e.archetypes.empty()) out += to_text(l_, e.who.level, std::span<const archetype_fit>(e.archetypes.data(), e.archetypes.size()));
        out += '\n';
    }

    void json(const readiness_entry& e, std::string& out) const {
        out += written_ == 0 ? "  {" : ",\n  {";
        out += "\"person\": " + quote_json(e.who.id) + ", \"name\": " + quote_json(e.who.name) +
               ", \"level\": " + quote_json(l_.levels()[e.who.level].id);
        if (e.report) {
            const auto& r = *e.report;
            out += ", \"target\": " + quote_json(l_.levels()[r.to].id) + ", \"move\": " + quote_json(detail::move_name(r)) +
                   ", \"verdict\": " + quote_json(name_of(r.result())) + ", \"gaps\": [";
            for (std::size_t g = 0; g != r.gaps.size(); ++g) {
                const auto& gap = r.gaps[g];
                out += g == 0 ? "" : ", ";
                out += "{\"competency\": " + quote_json(l_.competencies()[gap.competency].id) +
                       ", \"required\": " + std::to_string(gap.required) +
                       ", \"actual\": " + detail::json_number(gap.actual) + "}";
            }
            out += "]";
            if (r.archetype != no_index) out += ", \"judged_as\": " + quote_json(l_.archetypes()[r.archetype].id);
        } else {
            out += ", \"problem\": " + quote_json(e.problem);
        }
        if (!e.archetypes.empty()) {
            out += ", \"archetypes\": [";
            for (std::size_t k = 0; k != e.archetypes.size(); ++k) {
                const auto& f = e.archetypes[k];
                out += k == 0 ? "" : ", ";
                out += "{\"archetype\": " + quote_json(l_.archetypes()[f.archetype].id) + ", \"score\": " +
                       std::to_string(f.score) + ", \"meets\": " + (f.meets ? "true" : "false") + "}";
            }
            out += "]";
        }
        out += "}";
    }

    void csv(const readiness_entry& e, std::string& out) const {
        out += quote_csv(e.who.id) + ',' + quote_csv(e.who.name) + ',' + quote_csv(l_.levels()[e.who.level].id) + ',';
        if (!e.report) {
            out += ",,," + quote_csv(e.problem) + "\r\n";
            return;
        }
        const auto& r = *e.report;
        std::string gaps;
        for (const auto& g : r.gaps) {
            if (!gaps.empty()) gaps += "; ";
            gaps += l_.competencies()[g.competency].id;
            gaps += ' ';
            gaps += g.actual ? std::to_string(*g.actual) : std::string("-");
            gaps += '/';
            gaps += std::to_string(g.required);
        }
        out += quote_csv(l_.levels()[r.to].id) + ',' + quote_csv(detail::move_name(r)) + ',' + quote_csv(name_of(r.result())) + ',' +
               quote_csv(gaps) + "\r\n";
    }

    const ladder_view& l_;
    batch_format format_;
    std::size_t written_ = 0;
    std::size_t count_[standing_count] = {};
};

/// A batch of readiness reports written whole, in one of the forms of readiness_writer.
[[nodiscard]] inline std::string to_string(const ladder_view& l, std::span<const readiness_entry> all, batch_format format) {
    readiness_writer w(l, format);
    std::string out;
    w.open(out);
    for (const auto& e : all) w.write(e, out);
    w.close(out);
    return out;
}

/// Many people's readiness as text, JSON and CSV: the forms of readiness_writer.
[[nodiscard]] inline std::string to_text(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::text);
}
[[nodiscard]] inline std::string to_json(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::json);
}
[[nodiscard]] inline std::string to_csv(const ladder_view& l, std::span<const readiness_entry> all) {
    return to_string(l, all, batch_format::csv);
}

LADDER_END_NAMESPACE
// end ladder/report/readiness.hpp
// begin ladder/report/assessment.hpp

// One person's assessment as one JSON object: everything a self-assessment page shows when an
// engineer asks "what if I grew mentorship to 4?" (the next move and a chosen one, each with its
// verdict, clauses, gaps in the level's words and explanation; best fit; archetype fit), in the
// words the other reports use.

// ladder/core/config.hpp (included above)
// ladder/decide/decisions.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/report/explanation.hpp (included above)
// ladder/report/readiness.hpp (included above)

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
inline std::string json_level(const ladder_view& l, index_t row) {
    return row == no_index ? std::string("null") : quote_json(l.levels()[row].id);
}

/// One move of an assessment: its report as JSON, or why there is none.
inline void assessment_move(const ladder_view& l, const readiness_entry& e, std::string_view role, std::string& out) {
    out += "{\"role\": " + quote_json(role);
    if (!e.report) {
        out += ", \"problem\": " + quote_json(e.problem) + "}";
        return;
    }
    const readiness_report& r = *e.report;
    const person_ref& p = e.who;
    const rule_view& guard = r.outcome.guard;
    out += ", \"target\": " + json_level(l, r.to) + ", \"title\": " + quote_json(level_words(l, r.to, p.archetype)) +
           ", \"move\": " + quote_json(move_name(r)) + ", \"declared\": " + (r.defined ? "true" : "false") +
           ", \"verdict\": " + quote_json(name_of(r.result())) + ", \"judged_as\": " +
           (r.archetype == no_index ? std::string("null") : quote_json(l.archetypes()[r.archetype].id)) +
           ", \"guard\": " + quote_json(guard.text()) + ", \"clauses\": [";
    const auto& clauses = r.outcome.decision.clauses();
    for (std::size_t i = 0; i != clauses.size(); ++i) {
        const clause_result& c = clauses[i];
        out += i == 0 ? "" : ", ";
        out += "{\"depth\": " + std::to_string(c.depth) + ", \"text\": " + quote_json(guard.text_of(guard.nodes()[c.node])) +
               ", \"verdict\": " + quote_json(name_of(c.result)) + ", \"actual\": " + (c.compares ? json_number(c.left) : "null") +
               ", \"required\": " + (c.compares ? json_number(c.right) : "null") + ", \"values\": " +
               quote_json(clause_values(c, guard, p)) + "}";
    }
    out += "], \"gaps\": [";
    for (std::size_t i = 0; i != r.gaps.size(); ++i) {
        const gap_in_words& g = r.gaps[i];
        const competency& c = l.competencies()[g.competency];
        const expectation* said = stated_expectation(l, r.to, r.archetype, g.competency);
        out += i == 0 ? "" : ", ";
        out += "{\"competency\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) +
               ", \"required\": " + std::to_string(g.required) + ", \"required_words\": " +
               quote_json(rating_words(l, g.competency, g.required)) + ", \"actual\": " +
               json_number(g.actual) + ", \"actual_words\": " +
               (g.actual ? quote_json(rating_words(l, g.competency, *g.actual)) : std::string("null")) +
               ", \"shortfall\": " + std::to_string(g.shortfall()) + ", \"means\": " +
               (said ? quote_json(said->statement) : c.description.empty() ? std::string("null") : quote_json(c.description)) +
               ", \"notes\": [";
        if (said) {
            const auto notes = l.notes_of(*said);
            for (std::size_t k = 0; k != notes.size(); ++k) {
                out += k == 0 ? "" : ", ";
                out += "{\"kind\": " + quote_json(name_of(notes[k].kind)) + ", \"text\": " + quote_json(notes[k].text) + "}";
            }
        }
        out += "]}";
    }
    out += "], \"career_level_note\": " +
           (promotion_from_career_level(l, r) ? quote_json(career_level_note(l, r)) : std::string("null")) +
           ", \"explanation\": " + quote_json(to_text(r, p)) + "}";
}
}  // namespace detail

/// One person's assessment as one JSON object, keys in this order:
/// - `person`, `name`, `level` (id), `title` (`"L5 Senior Engineer"`, by the archetype's own title
///   where it has one), `archetype` (id or null), `career_level` (true or false);
/// - `moves`: the next move (`"role": "next"`) and, when `target` is given and is another level,
///   that move (`"role": "target"`), each with `target`, `title`, `move` (promotion, switch, step
///   back, stay), `declared`, `verdict` (pass, fail, unknown), `judged_as` (archetype id or null),
///   `guard` (its text), `clauses` (`depth`, `text`, `verdict`, `actual` and `required` for a
///   comparison, `values` in words), `gaps` largest first (`competency`, `name`, `required`,
///   `required_words`, `actual`, `actual_words`, `shortfall`, `means`: the level's words or the
///   competency's description, `notes`: signals and examples), `career_level_note` (or null) and
///   `explanation` (the readiness report as `to_text` words it); or `role` and `problem` when
///   there is no report (at the top of their track, a condition broken for them);
/// - `best_fit`: `level` (the highest level of their track the latest cycle meets, or null),
///   `margin`, `next` (the level above it, or null), `gap_to_next`;
/// - `archetypes`: those open at the person's level, best fit first: `archetype`, `name`,
///   `score` (0-100), `meets`.
[[nodiscard]] inline std::string assessment_json(const ladder_view& l, const person_ref& p,
                                                 std::optional<level_ref> target = std::nullopt) {
    std::string out = "{\"person\": " + quote_json(p.id) + ", \"name\": " + quote_json(p.name) +
                      ", \"level\": " + detail::json_level(l, p.level) + ", \"title\": " +
                      quote_json(detail::level_words(l, p.level, p.archetype)) + ", \"archetype\": " +
                      (p.archetype == no_index ? std::string("null") : quote_json(l.archetypes()[p.archetype].id)) +
                      ", \"career_level\": " + (l.levels()[p.level].career ? "true" : "false") + ",\n \"moves\": [";
    const readiness_entry next = readiness_entry_of(l, p, std::nullopt, true);
    detail::assessment_move(l, next, "next", out);
    const bool other_target = target && (!next.report || next.report->to != target->index());
    if (other_target) {
        out += ",\n  ";
        detail::assessment_move(l, readiness_entry_of(l, p, target), "target", out);
    }
    const level_fit fit = best_fit(l, p);
    out += "],\n \"best_fit\": {\"level\": " + detail::json_level(l, fit.level) + ", \"margin\": " + std::to_string(fit.margin) +
           ", \"next\": " + detail::json_level(l, fit.next) + ", \"gap_to_next\": " + std::to_string(fit.gap_to_next) +
           "},\n \"archetypes\": [";
    for (std::size_t k = 0; k != next.archetypes.size(); ++k) {
        const archetype_fit& f = next.archetypes[k];
        out += k == 0 ? "" : ", ";
        out += "{\"archetype\": " + quote_json(l.archetypes()[f.archetype].id) + ", \"name\": " +
               quote_json(l.archetypes()[f.archetype].name) + ", \"score\": " + std::to_string(f.score) +
               ", \"meets\": " + (f.meets ? "true" : "false") + "}";
    }
    out += "]}\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/assessment.hpp
// begin ladder/report/test_run.hpp

// A run of a ladder's test blocks, in words.

// ladder/core/config.hpp (included above)
// ladder/decide/run_tests.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/report/explanation.hpp (included above)

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// A test run as `ladder test` prints it: each failure with its place, its problems and the
/// explanation of the decision, then `N passed, N failed`. With `every_check`, each check that
/// passed is listed too, as `FILE:LINE:COL: test "name": expect promote L6 pass: passed`.
[[nodiscard]] inline std::string to_text(const ladder_view& l, const test_report& report, std::string_view source = "<ladder>",
                                         bool every_check = false) {
    std::string out;
    for (const auto& o : report.outcomes) {
        if (o.passed() && !every_check) continue;
        const ladder_test& t = l.tests()[o.test];
        const test_check& c = l.test_checks()[o.check];
        out += std::string(source) + ":" + std::to_string(c.where.line) + ":" + std::to_string(c.where.column) +
               ": test \"" + printable(t.name) + "\": ";
        if (o.passed()) {
            out += "expect ";
            out += c.is_rule ? std::string_view("rule") : name_of(c.move);
            out += " " + std::string(c.target) + " " + std::string(name_of(o.expected)) + ": passed\n";
            continue;
        }
        out += "expected " + std::string(name_of(o.expected));
        out += o.actual ? ", got " + std::string(name_of(*o.actual)) + "\n" : ", could not run\n";
        out += o.problems.to_string(source);
        if (o.decision && o.who) out += to_text(*o.decision, *o.who);
    }
    out += std::to_string(report.passed()) + " passed, " + std::to_string(report.failed()) + " failed\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/test_run.hpp
// begin ladder/report/mapping.hpp

// Levels mapped across companies, in words: one candidate (explain) and a whole mapping (to_text).

// ladder/calibrate/calibration.hpp (included above)
// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstddef>
#include <string>

LADDER_BEGIN_NAMESPACE

/// A candidate in words: "L6 Staff Engineer, 85%: same scope (team); …".
[[nodiscard]] inline std::string explain(const ladder_view& from, level_ref level, const ladder_view& to, const level_match& m) {
    const ladder::level& a = from[level];
    const ladder::level& b = to.levels()[m.level];
    std::string out = std::string(b.id) + " " + std::string(b.title) + " (" + std::string(to.info().name) + "), " +
                      std::to_string(m.confidence) + "%: ";
    if (m.anchored) out += "anchored by you to " + std::string(a.id) + "; ";
    if (m.scope_distance == 0) {
        out += "the same scope (" + std::string(name_of(a.scope)) + ")";
    } else {
        out += "scope " + std::string(name_of(b.scope)) + " against " + std::string(name_of(a.scope)) + " (" +
               std::to_string(m.scope_distance) + (m.scope_distance == 1 ? " step" : " steps") + " apart)";
    }
    if (m.from_anchor) {
        out += m.position_score == 100 ? "; as far from your anchor as " + std::string(a.id) + " is"
                                       : "; " + std::string(m.position_score == 0 ? "well off" : "one level off") +
                                             " the place your anchor implies";
    } else {
        out += "; " + std::to_string(detail::position_of(to, m.level) / 10) + "% up its track against " +
               std::to_string(detail::position_of(from, level.index()) / 10) + "%";
    }
    if (m.shared > 0) {
        out += "; expectations on " + std::to_string(m.shared) + " shared competenc" + (m.shared == 1 ? "y" : "ies") + " " +
               std::to_string(m.expectation_score) + "% alike";
    }
    return out;
}

/// The whole mapping as a table people read, with each level's place on the common scope scale:
///   L5 Senior Software Engineer  [team]  ->  E3 Staff Engineer 88%
[[nodiscard]] inline std::string to_text(const ladder_view& from, const ladder_view& to, const constexpr_vector<mapped_level>& table) {
    std::size_t width = 0;
    for (const auto& row : table) {
        const ladder::level& x = from.levels()[row.level];
        const std::size_t w = x.id.size() + 1 + x.title.size();
        width = w > width ? w : width;
    }
    std::string out = std::string(from.info().name) + " on " + std::string(to.info().name) + "\n";
    for (const auto& row : table) {
        const ladder::level& x = from.levels()[row.level];
        std::string name = std::string(x.id) + " " + std::string(x.title);
        name.resize(width, ' ');
        std::string scope(1, '[');  // appended, not `"[" + …`: g++ 12 at -O3 warns falsely on that (-Wrestrict)
        scope += name_of(x.scope);
        scope += ']';
        scope.resize(13, ' ');
        out += "  " + name + "  " + scope + " -> ";
        if (row.matches.empty()) out += "no level alike";
        for (std::size_t k = 0; k != row.matches.size(); ++k) {
            const ladder::level& y = to.levels()[row.matches[k].level];
            out += (k == 0 ? "" : ", ") + std::string(y.id) + " " + std::string(y.title) + " " +
                   std::to_string(row.matches[k].confidence) + "%";
        }
        out += "\n";
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/mapping.hpp
// begin ladder/report/changes.hpp

// What changed between two versions of a ladder, as `ladder diff OLD NEW` prints it: text for
// a terminal, Markdown for a pull-request comment, JSON for tools.

// ladder/core/config.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/revise/changes.hpp (included above)

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// "Engineering 2026.1 -> 2026.2": the versions compared, named once when the name is kept.
inline std::string versions_words(const ladder_view& before, const ladder_view& after, std::string_view arrow) {
    const auto named = [](const ladder_view& l) {
        std::string out = printable(l.info().name);
        if (!l.info().version.empty()) out += " " + printable(l.info().version);
        return out;
    };
    if (before.info().name == after.info().name) {
        std::string out = printable(before.info().name);
        out += " ";
        out += before.info().version.empty() ? "(no version)" : printable(before.info().version);
        out += arrow;
        out += after.info().version.empty() ? "(no version)" : printable(after.info().version);
        return out;
    }
    return named(before) + std::string(arrow) + named(after);
}

/// A value as a text report quotes it: "text", or (none).
inline std::string quoted_value(std::string_view v) { return v.empty() ? std::string("(none)") : "\"" + printable(v) + "\""; }

/// One change in words, after its subject and id: "title \"A\" -> \"B\"", "added" …
inline std::string change_words(const ladder_change& c) {
    switch (c.kind) {
    case change_kind::added:
        if (c.subject == change_subject::expectation) return "now expects " + printable(c.field) + " " + c.after;
        return c.after.empty() ? std::string("added") : "added, when " + printable(c.after);
    case change_kind::removed:
        if (c.subject == change_subject::expectation) return "no longer expects " + printable(c.field) + " (was " + c.before + ")";
        return "removed";
    case change_kind::renamed: return "renamed to " + printable(c.new_id);
    case change_kind::split: return "split into " + printable(c.new_id);
    case change_kind::merged: return "merged into " + printable(c.new_id);
    case change_kind::raised:
    case change_kind::lowered: {
        const long long by = std::stoll(c.after) - std::stoll(c.before);
        return "expects " + printable(c.field) + " " + c.before + " -> " + c.after + " (" + std::string(name_of(c.kind)) +
               " by " + std::to_string(by < 0 ? -by : by) + ")";
    }
    case change_kind::changed: break;
    }
    return printable(c.field) + " " + quoted_value(c.before) + " -> " + quoted_value(c.after);
}
}  // namespace detail

/// The changes as text: a headline (`Engineering 2026.1 -> 2026.2: 3 changes`, or `no
/// changes`), then a line per change, `level L5: title "Senior" -> "Senior Engineer"`.
[[nodiscard]] inline std::string to_text(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    std::string out = detail::versions_words(before, after, " -> ") + ": ";
    out += changes.empty() ? std::string("no changes")
                           : std::to_string(changes.size()) + (changes.size() == 1 ? " change" : " changes");
    out += "\n";
    for (const auto& c : changes.items) {
        out += "  ";
        out += name_of(c.subject == change_subject::expectation ? change_subject::level : c.subject);
        if (!c.id.empty()) out += " " + printable(c.id);
        out += ": " + detail::change_words(c) + "\n";
    }
    return out;
}

/// The changes as Markdown, for a pull-request comment: a heading and a table of what changed,
/// how, and the values before and after.
[[nodiscard]] inline std::string to_markdown(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    std::string out = "### " + detail::markdown_escape(detail::versions_words(before, after, " → ")) + "\n\n";
    if (changes.empty()) return out + "No changes.\n";
    out += "| what | change | before | after |\n|---|---|---|---|\n";
    for (const auto& c : changes.items) {
        std::string what(name_of(c.subject == change_subject::expectation ? change_subject::level : c.subject));
        if (!c.id.empty()) what += " " + c.id;
        if (c.subject == change_subject::expectation) what += ", expects " + c.field;
        else if (!c.field.empty()) what += ", " + c.field;
        const bool moved = c.kind == change_kind::renamed || c.kind == change_kind::split || c.kind == change_kind::merged;
        const std::string after_value = moved ? c.new_id : c.after;
        out += "| " + detail::markdown_escape(what) + " | " + std::string(name_of(c.kind)) + " | " +
               detail::markdown_escape(c.before) + " | " + detail::markdown_escape(after_value) + " |\n";
    }
    return out;
}

/// The changes as JSON: `{"from": {"name", "version"}, "to": {…}, "changes": [{"subject",
/// "change", "id", "new_id", "field", "before", "after"}, …]}`, keys in that order, empty values
/// as "".
[[nodiscard]] inline std::string to_json(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    const auto version = [](const ladder_view& l) {
        return "{\"name\": " + quote_json(l.info().name) + ", \"version\": " + quote_json(l.info().version) + "}";
    };
    std::string out = "{\n  \"from\": " + version(before) + ",\n  \"to\": " + version(after) + ",\n  \"changes\": [";
    for (std::size_t i = 0; i != changes.items.size(); ++i) {
        const auto& c = changes.items[i];
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"subject\": " + quote_json(name_of(c.subject)) + ", \"change\": " + quote_json(name_of(c.kind)) +
               ", \"id\": " + quote_json(c.id) + ", \"new_id\": " + quote_json(c.new_id) + ", \"field\": " + quote_json(c.field) +
               ", \"before\": " + quote_json(c.before) + ", \"after\": " + quote_json(c.after) + "}";
    }
    out += changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/changes.hpp
// begin ladder/report/impact.hpp

// What a revision of a ladder does to the people on it: each judged for their next move under
// the old version and the new one (carried through its renames, revise/carry.hpp); who changes
// verdict, whose gaps grow or shrink, whose level's band moved, who cannot stand on the new
// version. As text, Markdown (for the pull request that changes the ladder) and JSON: what
// `ladder diff OLD NEW --people FILE.csv` prints after the changes.

// ladder/core/config.hpp (included above)
// ladder/decide/decisions.hpp (included above)
// ladder/model/person.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/report/escape.hpp (included above)
// ladder/report/readiness.hpp (included above)
// ladder/revise/carry.hpp (included above)
// ladder/revise/changes.hpp (included above)
// ladder/text/printer.hpp (included above)  // band_text

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// A person's next move under one version: where they stand, toward which level, and by how
/// much they fall short (the gaps' total; 0 without gaps or without a verdict).
struct next_move {
    standing where = standing::no_verdict;
    std::string target;  ///< the level judged, by id; empty without a verdict
    std::int64_t shortfall = 0;
    std::string problem;  ///< why there is no verdict
    friend bool operator==(const next_move&, const next_move&) = default;
};

/// One person under both versions.
struct person_impact {
    person_ref who;               ///< as read against the old version (views the caller's people)
    std::string level;            ///< their level's id in the old version
    std::string new_level;        ///< in the new one; empty when they cannot stand on it
    next_move before, after;
    std::optional<pay_band> band_before, band_after;  ///< of their level, in each version
    bool carried = true;       ///< false: the new version has no place for them (`after.problem` says why)
    bool same_target = true;   ///< the move judged aims at the same level in both (through renames, merges, splits)

    [[nodiscard]] bool verdict_changed() const noexcept { return carried && (before.where != after.where || !same_target); }
    /// The gaps are compared where both versions give a verdict.
    [[nodiscard]] bool gaps_compared() const noexcept {
        return carried && before.where != standing::no_verdict && after.where != standing::no_verdict;
    }
    [[nodiscard]] bool gaps_grew() const noexcept { return gaps_compared() && after.shortfall > before.shortfall; }
    [[nodiscard]] bool gaps_shrank() const noexcept { return gaps_compared() && after.shortfall < before.shortfall; }
    [[nodiscard]] bool band_moved() const noexcept { return carried && band_before != band_after; }
    /// Anything a reviewer of the change should see.
    [[nodiscard]] bool affected() const noexcept { return !carried || verdict_changed() || gaps_grew() || gaps_shrank() || band_moved(); }
};

/// Everyone under both versions, in the order given.
struct ladder_impact {
    std::vector<person_impact> people;
    [[nodiscard]] std::size_t count(bool (person_impact::*what)() const noexcept) const noexcept {
        std::size_t n = 0;
        for (const auto& p : people) n += (p.*what)() ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::size_t not_carried() const noexcept {
        std::size_t n = 0;
        for (const auto& p : people) n += p.carried ? 0 : 1;
        return n;
    }
};

namespace detail {
inline next_move next_move_of(const ladder_view& l, const readiness_entry& e) {
    next_move m;
    m.where = standing_of(l, e);
    if (!e.report) {
        m.problem = e.problem;
        return m;
    }
    m.target = l.levels()[e.report->to].id;
    for (const auto& g : e.report->gaps) m.shortfall += g.shortfall();
    return m;
}
}  // namespace detail

/// Judges `people` (read against `before`) for their next move under `before` and under `after`,
/// `changes` being compare(before, after). `people` as readiness_of() takes them.
template <people_range People>
[[nodiscard]] ladder_impact impact_of(const ladder_view& before, const ladder_view& after, const ladder_changes& changes,
                                      const People& people) {
    ladder_impact out;
    const person_carrier carrier(before, after, changes);
    std::vector<person> carried;
    std::vector<std::size_t> carried_index(people.size(), people.size());
    for (std::size_t i = 0; i != people.size(); ++i) {
        person_impact pi;
        pi.who = person_ref(people[i]);
        pi.level = before.levels()[pi.who.level].id;
        pi.band_before = before.levels()[pi.who.level].band;
        auto moved = carrier.carry(pi.who);
        if (moved) {
            carried_index[i] = carried.size();
            carried.push_back(std::move(*moved));
        } else {
            pi.carried = false;
            pi.after.problem = moved.diagnostics().empty() ? std::string("no place on the new version") : moved.diagnostics()[0].message();
        }
        out.people.push_back(std::move(pi));
    }
    const auto old_verdicts = readiness_of(before, people, std::nullopt, false);
    const auto new_verdicts = readiness_of(after, std::span<const person>(carried.data(), carried.size()), std::nullopt, false);
    for (std::size_t i = 0; i != people.size(); ++i) {
        person_impact& pi = out.people[i];
        pi.before = detail::next_move_of(before, old_verdicts[i]);
        if (carried_index[i] == people.size()) continue;
        const person& now = carried[carried_index[i]];
        pi.new_level = after.levels()[now.level].id;
        pi.band_after = after.levels()[now.level].band;
        pi.after = detail::next_move_of(after, new_verdicts[carried_index[i]]);
        pi.same_target = carrier.became(pi.before.target, pi.after.target);
    }
    return out;
}

namespace detail {
inline std::string who_words(const person_impact& p) {
    const person_ref& w = p.who;
    return w.name.empty() ? printable(w.id) : printable(w.id) + " (" + printable(w.name) + ")";
}
inline std::string move_words(const next_move& m) {
    std::string out(name_of(m.where));
    if (!m.target.empty()) out += " for " + m.target;
    if (m.where == standing::no_verdict && !m.problem.empty()) out += " (" + printable(m.problem) + ")";
    return out;
}
inline std::string band_words(const std::optional<pay_band>& b) { return b ? band_text(*b) : std::string("none"); }
/// What changed for one person, the parts joined by "; ".
inline std::string impact_words(const person_impact& p) {
    if (!p.carried) return "cannot be judged under the new version: " + p.after.problem;
    std::vector<std::string> parts;
    if (p.verdict_changed()) parts.push_back(move_words(p.before) + " -> " + move_words(p.after));
    if (p.gaps_grew() || p.gaps_shrank()) {
        parts.push_back("short by " + std::to_string(p.before.shortfall) + " -> " + std::to_string(p.after.shortfall));
    }
    if (p.band_moved()) parts.push_back("band " + band_words(p.band_before) + " -> " + band_words(p.band_after));
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    return out;
}
inline std::string impact_headline(const ladder_impact& m) {
    const auto n = [](std::size_t k, std::string_view one, std::string_view many) {
        return std::to_string(k) + " " + std::string(k == 1 ? one : many);
    };
    return n(m.people.size(), "person", "people") + " judged under both versions: " +
           n(m.count(&person_impact::verdict_changed), "changes verdict", "change verdict") + ", " +
           n(m.count(&person_impact::gaps_grew), "sees gaps grow", "see gaps grow") + ", " +
           n(m.count(&person_impact::gaps_shrank), "sees gaps shrink", "see gaps shrink") + ", " +
           n(m.count(&person_impact::band_moved), "is at a level whose band moved", "are at a level whose band moved") + ", " +
           n(m.not_carried(), "cannot be judged under the new version", "cannot be judged under the new version");
}
inline std::string level_now(const person_impact& p) {
    return p.new_level.empty() || p.new_level == p.level ? p.level : p.level + " (now " + p.new_level + ")";
}
}  // namespace detail

/// The impact as text: a headline with the counts, then a line per person affected,
/// `ben (Ben): E2: ready for E3 -> not yet for E3; short by 0 -> 1`.
[[nodiscard]] inline std::string to_text(const ladder_impact& m) {
    std::string out = detail::impact_headline(m) + "\n";
    for (const auto& p : m.people) {
        if (p.affected()) out += "  " + detail::who_words(p) + ", " + printable(detail::level_now(p)) + ": " + detail::impact_words(p) + "\n";
    }
    return out;
}

/// The impact as Markdown: the headline, then a table of the people affected.
[[nodiscard]] inline std::string to_markdown(const ladder_impact& m) {
    std::string out = "#### Impact on people\n\n" + detail::markdown_escape(detail::impact_headline(m)) + ".\n";
    bool any = false;
    for (const auto& p : m.people) {
        if (!p.affected()) continue;
        if (!any) out += "\n| person | level | before | after | short by | band |\n|---|---|---|---|---|---|\n";
        any = true;
        const std::string after = p.carried ? detail::move_words(p.after) : "cannot be judged: " + p.after.problem;
        out += "| " + detail::markdown_escape(detail::who_words(p)) + " | " + detail::markdown_escape(detail::level_now(p)) + " | " +
               detail::markdown_escape(detail::move_words(p.before)) + " | " + detail::markdown_escape(after) + " | " +
               std::to_string(p.before.shortfall) + (p.carried ? " → " + std::to_string(p.after.shortfall) : std::string()) + " | " +
               (p.band_moved() ? detail::markdown_escape(detail::band_words(p.band_before) + " → " + detail::band_words(p.band_after))
                               : std::string()) +
               " |\n";
    }
    return out;
}

/// The impact as JSON: `{"people", "verdict_changed", "gaps_grew", "gaps_shrank", "band_moved",
/// "not_carried", "affected": [{"person", "name", "level", "new_level", "before": {"verdict",
/// "target", "shortfall", "problem"}, "after": {…}, "band_before", "band_after", "problem"}]}`.
[[nodiscard]] inline std::string to_json(const ladder_impact& m) {
    const auto move = [](const next_move& x) {
        return "{\"verdict\": " + quote_json(name_of(x.where)) + ", \"target\": " + quote_json(x.target) +
               ", \"shortfall\": " + std::to_string(x.shortfall) + ", \"problem\": " + quote_json(x.problem) + "}";
    };
    const auto band = [](const std::optional<pay_band>& b) { return b ? quote_json(detail::band_text(*b)) : std::string("null"); };
    std::string out = "{\"people\": " + std::to_string(m.people.size()) +
                      ", \"verdict_changed\": " + std::to_string(m.count(&person_impact::verdict_changed)) +
                      ", \"gaps_grew\": " + std::to_string(m.count(&person_impact::gaps_grew)) +
                      ", \"gaps_shrank\": " + std::to_string(m.count(&person_impact::gaps_shrank)) +
                      ", \"band_moved\": " + std::to_string(m.count(&person_impact::band_moved)) +
                      ", \"not_carried\": " + std::to_string(m.not_carried()) + ", \"affected\": [";
    bool first = true;
    for (const auto& p : m.people) {
        if (!p.affected()) continue;
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += "{\"person\": " + quote_json(p.who.id) + ", \"name\": " + quote_json(p.who.name) + ", \"level\": " + quote_json(p.level) +
               ", \"new_level\": " + quote_json(p.new_level) + ", \"before\": " + move(p.before) + ", \"after\": " + move(p.after) +
               ", \"band_before\": " + band(p.band_before) + ", \"band_after\": " + band(p.band_after) +
               ", \"problem\": " + quote_json(p.carried ? std::string() : p.after.problem) + "}";
    }
    out += first ? "]}\n" : "\n  ]}\n";
    return out;
}

LADDER_END_NAMESPACE
// end ladder/report/impact.hpp
