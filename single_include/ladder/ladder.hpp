// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once

/// The umbrella header: everything but the optional integrations.

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

    constexpr void push_back(const T& value) { emplace_back(value); }
    constexpr void push_back(T&& value) { emplace_back(std::move(value)); }
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
// begin ladder/core/diagnostic.hpp

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)

#include <cstdint>
#include <string>
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
};

/// The kind of thing a diagnostic is about; it names the thing in messages.
enum class entity : std::uint8_t {
    ladder, scale, scale_point, category, competency, track, level, expectation,
    equivalence, archetype, transition,
};

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

    /// A sentence a person can act on, e.g. "level 'L6' expects 'design' 3, less than 'L5' (4)".
    [[nodiscard]] std::string message() const;
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
    }
    return "item";
}

/// The findings of one check, in the order found. Usable in constant expressions, so
/// `static_assert(validate(l).ok())` works.
class diagnostic_list {
public:
    constexpr diagnostic_list() = default;

    constexpr void add(const diagnostic& d) { items_.push_back(d); }
    constexpr void append(const diagnostic_list& other) {
        for (const auto& d : other.items_) items_.push_back(d);
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

    /// Every finding as `name: severity[code]: message`, one per line.
    [[nodiscard]] std::string to_string(std::string_view source_name = "<ladder>") const;

private:
    constexpr_vector<diagnostic> items_;
};

namespace detail {
/// The sentence for each code, with placeholders: {thing} is the kind and quoted subject,
/// {subject} and {other} quoted ids, {actual} and {expected} numbers, {kind} the kind.
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
        case diagnostic_code::rating_off_scale: return "{thing} expects {actual} of {other}, which is not a point on its scale";
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

inline std::string diagnostic_list::to_string(std::string_view source_name) const {
    std::string out;
    for (const auto& d : items_) {
        out += source_name;
        if (d.where.line != 0) {
            out += ':' + std::to_string(d.where.line) + ':' + std::to_string(d.where.column);
        }
        out += ": ";
        out += name_of(d.severity);
        out += '[';
        out += name_of(d.code);
        out += "]: ";
        out += d.message();
        out += '\n';
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/core/diagnostic.hpp
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

/// Levenshtein distance, ignoring ASCII case (ids differing only in case are a likely typo).
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) {
    constexpr_vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (fold_case(a[i - 1]) == fold_case(b[j - 1]) ? 0 : 1);
            const std::size_t deletion = above + 1;
            const std::size_t insertion = row[j - 1] + 1;
            std::size_t best = substitution < deletion ? substitution : deletion;
            row[j] = best < insertion ? best : insertion;
            diagonal = above;
        }
    }
    return row[b.size()];
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

/// How loudly a ladder wants one of the optional checks reported.
enum class check_level : std::uint8_t { off, warning, error };

/// A reference from one row to another: the id as written, and the row once resolved.
struct reference {
    std::string_view id;
    index_t index = no_index;
    [[nodiscard]] constexpr bool resolved() const noexcept { return index != no_index; }
    [[nodiscard]] constexpr bool empty() const noexcept { return id.empty(); }    friend constexpr bool operator==(const reference&, const reference&) = default;
};

/// One point of a rating scale, e.g. `3 advanced "Advanced"`.
struct scale_point {
    rating value = 0;
    std::string_view id;
    std::string_view name;
    index_t scale = no_index;  ///< the scale this point belongs to
    source_position where{};    friend constexpr bool operator==(const scale_point&, const scale_point&) = default;
};

/// An ordered rating scale; its points are rows [first_point, first_point + point_count).
struct scale {
    std::string_view id;
    std::string_view name;
    index_t first_point = 0;
    index_t point_count = 0;
    source_position where{};    friend constexpr bool operator==(const scale&, const scale&) = default;
};

/// A group of competencies, e.g. craft, impact, people.
struct category {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    source_position where{};    friend constexpr bool operator==(const category&, const category&) = default;
};

/// A skill or behaviour levels set expectations on.
struct competency {
    std::string_view id;
    std::string_view name;
    std::string_view description;
    reference category;
    reference scale;  ///< empty id: the ladder's default scale
    source_position where{};    friend constexpr bool operator==(const competency&, const competency&) = default;
};

/// A career path: individual contributor, management, tech lead, TPM …
struct track {
    std::string_view id;
    std::string_view name;
    track_kind kind = track_kind::individual_contributor;
    source_position where{};    friend constexpr bool operator==(const track&, const track&) = default;
};

/// A pay range, in whole units of one currency.
struct pay_band {
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    std::string_view currency;
    friend constexpr bool operator==(const pay_band&, const pay_band&) = default;
};

/// A minimum rating on one competency.
struct expectation {
    reference competency;
    rating minimum = 0;
    source_position where{};    friend constexpr bool operator==(const expectation&, const expectation&) = default;
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
    source_position where{};    friend constexpr bool operator==(const level&, const level&) = default;
};

/// `level ~ lowest..highest`: a level compares with a range of levels of another track.
struct equivalence {
    reference level;
    reference lowest;
    reference highest;
    source_position where{};    friend constexpr bool operator==(const equivalence&, const equivalence&) = default;
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
    source_position where{};    friend constexpr bool operator==(const archetype&, const archetype&) = default;
};

/// A move between two levels.
struct transition {
    transition_kind kind = transition_kind::promote;
    reference from;
    reference to;
    bool both_ways = false;  ///< a switch that also allows the way back
    pay_policy pay = pay_policy::keep;
    source_position where{};    friend constexpr bool operator==(const transition&, const transition&) = default;
};

/// Choices a ladder makes about how strictly it is checked.
struct ladder_policy {
    /// An expectation that is lower at a higher level of the same track.
    check_level decreasing_expectations = check_level::error;
    /// A level that states nothing about some competency.
    check_level missing_expectations = check_level::warning;
    /// Adjacent pay bands may overlap by this share of the lower band's width.
    std::int32_t max_band_overlap_percent = 50;    friend constexpr bool operator==(const ladder_policy&, const ladder_policy&) = default;
};

/// What a ladder says about itself.
struct ladder_info {
    std::string_view name;
    std::string_view version;
    reference default_scale;  ///< empty id: the first scale declared
    ladder_policy policy{};    friend constexpr bool operator==(const ladder_info&, const ladder_info&) = default;
};

LADDER_END_NAMESPACE
// end ladder/model/records.hpp
// begin ladder/model/tables.hpp

// One definition of a ladder's tables, instantiated with two storages: constexpr_vector (builder,
// runtime ladder) and std::array sized by the data (compile-time ladder).

// ladder/core/config.hpp (included above)
// ladder/core/constexpr_vector.hpp (included above)
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
    std::size_t equivalences = 0;
    std::size_t archetypes = 0;
    std::size_t transitions = 0;
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
    Table<ladder::equivalence, S.equivalences> equivalences{};
    Table<ladder::archetype, S.archetypes> archetypes{};
    Table<ladder::transition, S.transitions> transitions{};

    /// Calls f(table) for every table, in declaration order.
    template <class F>
    constexpr void for_each_table(F&& f) {
        f(scales), f(scale_points), f(categories), f(competencies), f(tracks);
        f(levels), f(expectations), f(equivalences), f(archetypes), f(transitions);
    }

    [[nodiscard]] constexpr table_sizes sizes() const noexcept {
        return {scales.size(),  scale_points.size(), categories.size(),   competencies.size(),
                tracks.size(),  levels.size(),       expectations.size(), equivalences.size(),
                archetypes.size(), transitions.size()};
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
// ladder/model/handles.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/tables.hpp (included above)

#include <span>
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
          scales_(t.scales),
          scale_points_(t.scale_points),
          categories_(t.categories),
          competencies_(t.competencies),
          tracks_(t.tracks),
          levels_(t.levels),
          expectations_(t.expectations),
          equivalences_(t.equivalences),
          archetypes_(t.archetypes),
          transitions_(t.transitions) {}

    [[nodiscard]] constexpr std::string_view name() const noexcept { return info_ ? info_->name : std::string_view{}; }
    [[nodiscard]] constexpr std::string_view version() const noexcept { return info_ ? info_->version : std::string_view{}; }
    [[nodiscard]] constexpr const ladder_policy& policy() const noexcept { return info().policy; }
    [[nodiscard]] constexpr const ladder_info& info() const noexcept { return info_ ? *info_ : empty_info_; }

    [[nodiscard]] constexpr std::span<const ladder::scale> scales() const noexcept { return scales_; }
    [[nodiscard]] constexpr std::span<const ladder::scale_point> scale_points() const noexcept { return scale_points_; }
    [[nodiscard]] constexpr std::span<const ladder::category> categories() const noexcept { return categories_; }
    [[nodiscard]] constexpr std::span<const ladder::competency> competencies() const noexcept { return competencies_; }
    [[nodiscard]] constexpr std::span<const ladder::track> tracks() const noexcept { return tracks_; }
    [[nodiscard]] constexpr std::span<const ladder::level> levels() const noexcept { return levels_; }
    [[nodiscard]] constexpr std::span<const ladder::expectation> expectations() const noexcept { return expectations_; }
    [[nodiscard]] constexpr std::span<const ladder::equivalence> equivalences() const noexcept { return equivalences_; }
    [[nodiscard]] constexpr std::span<const ladder::archetype> archetypes() const noexcept { return archetypes_; }
    [[nodiscard]] constexpr std::span<const ladder::transition> transitions() const noexcept { return transitions_; }

    [[nodiscard]] constexpr const ladder::scale& operator[](scale_ref r) const noexcept { return scales_[r.index()]; }
    [[nodiscard]] constexpr const ladder::category& operator[](category_ref r) const noexcept { return categories_[r.index()]; }
    [[nodiscard]] constexpr const ladder::competency& operator[](competency_ref r) const noexcept { return competencies_[r.index()]; }
    [[nodiscard]] constexpr const ladder::track& operator[](track_ref r) const noexcept { return tracks_[r.index()]; }
    [[nodiscard]] constexpr const ladder::level& operator[](level_ref r) const noexcept { return levels_[r.index()]; }
    [[nodiscard]] constexpr const ladder::archetype& operator[](archetype_ref r) const noexcept { return archetypes_[r.index()]; }

    /// The points of a scale, lowest first.
    [[nodiscard]] constexpr std::span<const ladder::scale_point> points_of(const ladder::scale& s) const noexcept {
        return scale_points_.subspan(s.first_point, s.point_count);
    }
    /// The expectations a level states itself (not counting archetypes).
    [[nodiscard]] constexpr std::span<const ladder::expectation> expectations_of(const ladder::level& l) const noexcept {
        return expectations_.subspan(l.first_expectation, l.expectation_count);
    }
    /// The expectations an archetype overrides.
    [[nodiscard]] constexpr std::span<const ladder::expectation> expectations_of(const ladder::archetype& a) const noexcept {
        return expectations_.subspan(a.first_expectation, a.expectation_count);
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
    /// True when `value` is a point of the scale at row `scale_row`.
    [[nodiscard]] constexpr bool on_scale(index_t scale_row, rating value) const noexcept {
        if (scale_row >= scales_.size()) return false;
        for (const auto& p : points_of(scales_[scale_row])) {
            if (p.value == value) return true;
        }
        return false;
    }

private:
    static constexpr ladder_info empty_info_{};
    const ladder_info* info_ = nullptr;
    std::span<const ladder::scale> scales_;
    std::span<const ladder::scale_point> scale_points_;
    std::span<const ladder::category> categories_;
    std::span<const ladder::competency> competencies_;
    std::span<const ladder::track> tracks_;
    std::span<const ladder::level> levels_;
    std::span<const ladder::expectation> expectations_;
    std::span<const ladder::equivalence> equivalences_;
    std::span<const ladder::archetype> archetypes_;
    std::span<const ladder::transition> transitions_;
};

namespace detail {
template <class T>
[[nodiscard]] constexpr bool equal_rows(std::span<const T> a, std::span<const T> b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        if (!(a[i] == b[i])) return false;
    }
    return true;
}
}  // namespace detail

/// True when two ladders hold the same rows (ids, names, numbers, references, positions),
/// wherever they are stored: a compile-time and a runtime ladder from one source compare equal.
[[nodiscard]] constexpr bool equal(const ladder_view& a, const ladder_view& b) noexcept {
    return a.info() == b.info() && detail::equal_rows(a.scales(), b.scales()) &&
           detail::equal_rows(a.scale_points(), b.scale_points()) &&
           detail::equal_rows(a.categories(), b.categories()) &&
           detail::equal_rows(a.competencies(), b.competencies()) && detail::equal_rows(a.tracks(), b.tracks()) &&
           detail::equal_rows(a.levels(), b.levels()) && detail::equal_rows(a.expectations(), b.expectations()) &&
           detail::equal_rows(a.equivalences(), b.equivalences()) &&
           detail::equal_rows(a.archetypes(), b.archetypes()) && detail::equal_rows(a.transitions(), b.transitions());
}

LADDER_END_NAMESPACE
// end ladder/model/view.hpp
// begin ladder/model/lookup.hpp

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/core/suggest.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/view.hpp (included above)

#include <span>
#include <type_traits>
#include <string_view>

LADDER_BEGIN_NAMESPACE
namespace detail {

template <class Record>
[[nodiscard]] constexpr std::span<const Record> rows_of(const ladder_view& v) noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return v.scales();
    else if constexpr (std::is_same_v<Record, ladder::category>) return v.categories();
    else if constexpr (std::is_same_v<Record, ladder::competency>) return v.competencies();
    else if constexpr (std::is_same_v<Record, ladder::track>) return v.tracks();
    else if constexpr (std::is_same_v<Record, ladder::level>) return v.levels();
    else return v.archetypes();
}

template <class Record>
[[nodiscard]] constexpr entity entity_of() noexcept {
    if constexpr (std::is_same_v<Record, ladder::scale>) return entity::scale;
    else if constexpr (std::is_same_v<Record, ladder::category>) return entity::category;
    else if constexpr (std::is_same_v<Record, ladder::competency>) return entity::competency;
    else if constexpr (std::is_same_v<Record, ladder::track>) return entity::track;
    else if constexpr (std::is_same_v<Record, ladder::level>) return entity::level;
    else return entity::archetype;
}

/// The first row with this id, or no_index.
template <class Row>
[[nodiscard]] constexpr index_t find_row(std::span<const Row> rows, std::string_view id) noexcept {
    for (std::size_t i = 0; i != rows.size(); ++i) {
        if (rows[i].id == id) return static_cast<index_t>(i);
    }
    return no_index;
}

/// The id among `rows` closest to `wanted`, for a did-you-mean; empty if none is close.
template <class Row>
[[nodiscard]] constexpr std::string_view closest_id(std::span<const Row> rows, std::string_view wanted) {
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
    diagnostic d{};
    d.code = diagnostic_code::unknown_id;
    d.about = detail::entity_of<Record>();
    d.subject = id;
    d.suggestion = detail::closest_id(rows, id);
    found.add(d);
    return found;
}

[[nodiscard]] constexpr result<scale_ref> find_scale(const ladder_view& v, std::string_view id) { return find<scale>(v, id); }
[[nodiscard]] constexpr result<category_ref> find_category(const ladder_view& v, std::string_view id) { return find<category>(v, id); }
[[nodiscard]] constexpr result<competency_ref> find_competency(const ladder_view& v, std::string_view id) { return find<competency>(v, id); }
[[nodiscard]] constexpr result<track_ref> find_track(const ladder_view& v, std::string_view id) { return find<track>(v, id); }
[[nodiscard]] constexpr result<level_ref> find_level(const ladder_view& v, std::string_view id) { return find<level>(v, id); }
[[nodiscard]] constexpr result<archetype_ref> find_archetype(const ladder_view& v, std::string_view id) { return find<archetype>(v, id); }

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
[[nodiscard]] constexpr std::optional<rating> minimum_of(std::span<const expectation> list, index_t competency_row) noexcept {
    for (const auto& e : list) {
        if (e.competency.index == competency_row) return e.minimum;
    }
    return std::nullopt;
}
}  // namespace detail

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

/// The effective expectations at a level: its own, in its order, then for an archetype
/// the overrides replacing or adding to them.
[[nodiscard]] constexpr constexpr_vector<expectation> expectations(const ladder_view& v, level_ref l,
                                                              std::optional<archetype_ref> a = std::nullopt) {
    const auto own = v.expectations_of(v[l]);
    constexpr_vector<expectation> out(own.begin(), own.end());
    if (!a) return out;
    for (const auto& over : v.expectations_of(v[*a])) {
        bool replaced = false;
        for (auto& e : out) {
            if (e.competency.index == over.competency.index) {
                e.minimum = over.minimum;
                replaced = true;
            }
        }
        if (!replaced) out.push_back(over);
    }
    return out;
}

LADDER_END_NAMESPACE
// end ladder/model/expectations.hpp
// begin ladder/model/builder.hpp

// ladder/core/config.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/records.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <initializer_list>
#include <string_view>

LADDER_BEGIN_NAMESPACE

/// `{value, id, name}`: one point when declaring a scale.
struct point_spec {
    rating value = 0;
    std::string_view id;
    std::string_view name;
};

/// `{competency id, minimum}`: one expectation when declaring a level or an archetype.
struct expectation_spec {
    std::string_view competency;
    rating minimum = 0;
};

/// Marks a switch that goes both ways (the two-way door).
enum class direction : std::uint8_t { one_way, both_ways };

/// Builds a ladder's tables in C++, in constant expressions or at runtime.
///
/// The builder stores views of the strings it is given: they must outlive it (string
/// literals always do). Ids may be referred to before they are declared; references are
/// resolved when a view is taken. Use freeze() for a compile-time ladder and
/// runtime_ladder::build() for a runtime one; both validate.
class builder {
public:
    class level_builder;
    class archetype_builder;

    constexpr builder() = default;
    constexpr explicit builder(std::string_view name, std::string_view version = {}) {
        t_.info.name = name;
        t_.info.version = version;
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
        ladder::scale s{id, name, static_cast<index_t>(t_.scale_points.size()), static_cast<index_t>(points.size()), {}};
        t_.scales.push_back(s);
        for (const auto& p : points) t_.scale_points.push_back(ladder::scale_point{p.value, p.id, p.name, row, {}});
        return *this;
    }

    constexpr builder& category(std::string_view id, std::string_view name, std::string_view description = {}) {
        t_.categories.push_back(ladder::category{id, name, description, {}});
        return *this;
    }

    /// A competency in a category, rated on `scale` (empty: the ladder's default scale).
    constexpr builder& competency(std::string_view id, std::string_view name, std::string_view category,
                                  std::string_view description = {}, std::string_view scale = {}) {
        t_.competencies.push_back(ladder::competency{id, name, description, reference{category}, reference{scale}, {}});
        return *this;
    }

    constexpr builder& track(std::string_view id, std::string_view name,
                             track_kind kind = track_kind::individual_contributor) {
        t_.tracks.push_back(ladder::track{id, name, kind, {}});
        return *this;
    }

    /// A level on a track. Its rank defaults to one above the last level declared on that track.
    constexpr level_builder level(std::string_view id, std::string_view title, std::string_view track);

    /// `level ~ lowest..highest`: the level compares with that range of another track.
    constexpr builder& equivalent(std::string_view level, std::string_view lowest, std::string_view highest) {
        t_.equivalences.push_back(ladder::equivalence{reference{level}, reference{lowest}, reference{highest}, {}});
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

    /// Resolves every reference and returns a view of the tables as they are now.
    [[nodiscard]] constexpr ladder_view view() {
        resolve();
        return ladder_view(t_);
    }
    [[nodiscard]] constexpr table_sizes sizes() const noexcept { return t_.sizes(); }
    /// The tables themselves, for storages that copy them (freeze, runtime_ladder).
    [[nodiscard]] constexpr const detail::growing_tables& tables() const noexcept { return t_; }

private:
    constexpr builder& add_transition(transition_kind k, std::string_view from, std::string_view to, bool both,
                                      pay_policy pay) {
        t_.transitions.push_back(ladder::transition{k, reference{from}, reference{to}, both, pay, {}});
        return *this;
    }

    /// Inserts an expectation at the end of an owner's range, shifting the ranges after it.
    constexpr void insert_expectation(index_t& first, index_t& count, const expectation_spec& e) {
        const index_t at = first + count;
        t_.expectations.insert(t_.expectations.begin() + at,
                               ladder::expectation{reference{e.competency}, e.minimum, {}});
        for (auto& l : t_.levels) {
            if (&l.first_expectation != &first && l.first_expectation >= at) ++l.first_expectation;
        }
        for (auto& a : t_.archetypes) {
            if (&a.first_expectation != &first && a.first_expectation >= at) ++a.first_expectation;
        }
        ++count;
    }

    template <class Row>
    constexpr void resolve_in(reference& r, const Row& rows) {
        r.index = r.id.empty() ? no_index : detail::find_row(std::span<const typename Row::value_type>(rows), r.id);
    }

    constexpr void resolve() {
        resolve_in(t_.info.default_scale, t_.scales);
        for (auto& c : t_.competencies) {
            resolve_in(c.category, t_.categories);
            resolve_in(c.scale, t_.scales);
        }
        for (auto& l : t_.levels) resolve_in(l.track, t_.tracks);
        for (auto& e : t_.expectations) resolve_in(e.competency, t_.competencies);
        for (auto& q : t_.equivalences) {
            resolve_in(q.level, t_.levels);
            resolve_in(q.lowest, t_.levels);
            resolve_in(q.highest, t_.levels);
        }
        for (auto& a : t_.archetypes) {
            resolve_in(a.from, t_.levels);
            resolve_in(a.until, t_.levels);
        }
        for (auto& tr : t_.transitions) {
            resolve_in(tr.from, t_.levels);
            resolve_in(tr.to, t_.levels);
        }
    }

    detail::growing_tables t_;
};

/// Sets the optional parts of a level just declared. Valid while its builder lives.
class builder::level_builder {
public:
    constexpr level_builder(builder& b, index_t row) noexcept : b_(&b), row_(row) {}

    constexpr level_builder& rank(std::int32_t r) {
        row().rank = r;
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
    constexpr level_builder& expect(std::initializer_list<expectation_spec> list) {
        for (const auto& e : list) {
            auto& r = row();
            b_->insert_expectation(r.first_expectation, r.expectation_count, e);
        }
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
        for (const auto& e : list) {
            auto& r = b_->t_.archetypes[row_];
            b_->insert_expectation(r.first_expectation, r.expectation_count, e);
        }
        return *this;
    }

private:
    builder* b_;
    index_t row_;
};

constexpr builder::level_builder builder::level(std::string_view id, std::string_view title, std::string_view track) {
    std::int32_t rank = 1;
    for (const auto& l : t_.levels) {
        if (l.track.id == track && l.rank >= rank) rank = l.rank + 1;
    }
    ladder::level l{};
    l.id = id;
    l.title = title;
    l.track = reference{track};
    l.rank = rank;
    l.first_expectation = static_cast<index_t>(t_.expectations.size());
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
    t_.archetypes.push_back(a);
    return archetype_builder(*this, static_cast<index_t>(t_.archetypes.size() - 1));
}

LADDER_END_NAMESPACE
// end ladder/model/builder.hpp
// begin ladder/validate/validate.hpp

// Every well-formedness rule of a ladder, written once over the view and usable in
// constant expressions: static_assert(ladder::validate(l).ok()).

// ladder/core/config.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/model/expectations.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/view.hpp (included above)

#include <cstdint>
#include <optional>
#include <span>

LADDER_BEGIN_NAMESPACE
namespace detail {

/// Collects findings, filling in the fields every finding has.
struct finding_sink {
    diagnostic_list& out;

    constexpr void add(diagnostic_code code, severity sev, entity about, std::string_view subject,
                       std::string_view other, source_position where, std::int64_t actual = 0,
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
        out.add(d);
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

template <class Row>
constexpr void check_duplicate_ids(std::span<const Row> rows, entity about, finding_sink& sink) {
    for (std::size_t i = 0; i != rows.size(); ++i) {
        for (std::size_t j = 0; j != i; ++j) {
            if (rows[j].id == rows[i].id) {
                sink.add(diagnostic_code::duplicate_id, severity::error, about, rows[i].id, {}, rows[i].where);
                break;
            }
        }
    }
}

/// Reports a reference that names an id no row has.
template <class Row>
constexpr void check_reference(const reference& r, std::span<const Row> rows, entity about, std::string_view referrer,
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
    for (const auto& a : v.archetypes()) {
        check_reference(a.from, v.levels(), entity::level, a.id, a.where, sink);
        check_reference(a.until, v.levels(), entity::level, a.id, a.where, sink);
        for (const auto& e : v.expectations_of(a)) {
            check_reference(e.competency, v.competencies(), entity::competency, a.id, e.where, sink);
        }
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

/// Duplicates and off-scale ratings in one owner's list of expectations.
constexpr void check_expectation_list(const ladder_view& v, std::span<const expectation> list, entity owner,
                                      std::string_view owner_id, finding_sink& sink) {
    for (std::size_t i = 0; i != list.size(); ++i) {
        const auto& e = list[i];
        if (!e.competency.resolved()) continue;
        for (std::size_t j = 0; j != i; ++j) {
            if (list[j].competency.index == e.competency.index) {
                sink.add(diagnostic_code::duplicate_expectation, severity::error, owner, owner_id, e.competency.id,
                         e.where);
                break;
            }
        }
        const index_t scale_row = v.scale_index_of(v.competencies()[e.competency.index]);
        if (scale_row != no_index && !v.on_scale(scale_row, e.minimum)) {
            sink.add(diagnostic_code::rating_off_scale, severity::error, owner, owner_id, e.competency.id, e.where,
                     e.minimum);
        }
    }
}

/// The level on the same track with the highest rank below `l` satisfying `pred`, or no_index.
template <class Pred>
constexpr index_t next_lower_level(const ladder_view& v, const level& l, Pred pred) {
    index_t best = no_index;
    const auto levels = v.levels();
    for (std::size_t i = 0; i != levels.size(); ++i) {
        const auto& o = levels[i];
        if (!o.track.resolved() || o.track.index != l.track.index || o.rank >= l.rank || !pred(o)) continue;
        if (best == no_index || o.rank > levels[best].rank) best = static_cast<index_t>(i);
    }
    return best;
}

constexpr void check_levels(const ladder_view& v, finding_sink& sink) {
    const auto levels = v.levels();
    const ladder_policy& policy = v.policy();
    if (levels.empty()) sink.add(diagnostic_code::no_levels, severity::warning, entity::ladder, v.name(), {}, {});
    for (std::size_t i = 0; i != levels.size(); ++i) {
        const level& l = levels[i];
        check_expectation_list(v, v.expectations_of(l), entity::level, l.id, sink);
        if (!l.track.resolved()) continue;

        for (std::size_t j = 0; j != i; ++j) {
            if (levels[j].track.index == l.track.index && levels[j].rank == l.rank) {
                sink.add(diagnostic_code::duplicate_rank, severity::error, entity::level, l.id, levels[j].id, l.where,
                         l.rank);
                break;
            }
        }

        for (std::size_t c = 0; c != v.competencies().size(); ++c) {
            if (!detail::minimum_of(v.expectations_of(l), static_cast<index_t>(c))) {
                sink.add_by_policy(policy.missing_expectations, diagnostic_code::missing_expectation, entity::level,
                                   l.id, v.competencies()[c].id, l.where);
            }
        }

        for (const auto& e : v.expectations_of(l)) {
            if (!e.competency.resolved()) continue;
            const index_t below = next_lower_level(v, l, [&](const level& o) {
                return detail::minimum_of(v.expectations_of(o), e.competency.index).has_value();
            });
            if (below == no_index) continue;
            const rating lower = *detail::minimum_of(v.expectations_of(levels[below]), e.competency.index);
            if (e.minimum < lower) {
                sink.add_by_policy(policy.decreasing_expectations, diagnostic_code::decreasing_expectation,
                                   entity::level, l.id, levels[below].id, e.where, e.minimum, lower);
            }
        }

        if (l.band) {
            const pay_band& b = *l.band;
            if (b.minimum > b.maximum) {
                sink.add(diagnostic_code::inverted_band, severity::error, entity::level, l.id, {}, l.where, b.minimum,
                         b.maximum);
                continue;
            }
            const index_t below = next_lower_level(v, l, [](const level& o) {
                return o.band.has_value() && o.band->minimum <= o.band->maximum;
            });
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
    for (const auto& a : v.archetypes()) {
        check_expectation_list(v, v.expectations_of(a), entity::archetype, a.id, sink);
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
    detail::check_references(v, sink);
    detail::check_scales(v, sink);
    detail::check_levels(v, sink);
    detail::check_equivalences(v, sink);
    detail::check_archetypes(v, sink);
    detail::check_transitions(v, sink);
    return out;
}

LADDER_END_NAMESPACE
// end ladder/validate/validate.hpp
// begin ladder/model/static_ladder.hpp

// ladder/core/config.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/handles.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/validate/validate.hpp (included above)

#include <cstdint>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Named in the compiler's message when a compile-time ladder is invalid: the arguments are
/// the first error's code and, for a ladder read from text, its line and column.
template <diagnostic_code Code, std::uint32_t Line, std::uint32_t Column>
struct invalid_ladder;

/// Reached (and so named in the compiler's message) when a compile-time lookup finds no row.
template <class Record>
void compile_time_lookup_found_no_such_id() {}
}  // namespace detail

/// A ladder whose tables are arrays sized by its data: usable as `static constexpr`, in
/// constant expressions, and at runtime with no allocation. Made by freeze().
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

private:
    template <class Make>
    friend consteval auto freeze(Make);

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
/// What freeze() learns from a first run of the builder: the table sizes, and the first
/// error if the ladder is invalid (code 0 when it is valid).
struct freeze_plan {
    table_sizes sizes;
    diagnostic first_error;
};

template <class Make>
consteval freeze_plan plan_freeze() {
    builder b = Make{}();
    const diagnostic_list found = validate(b.view());
    for (const auto& d : found) {
        if (d.severity == severity::error) return {b.sizes(), d};
    }
    return {b.sizes(), diagnostic{}};
}

template <class To, class From>
constexpr void copy_rows(To& to, const From& from) {
    for (std::size_t i = 0; i != from.size(); ++i) to[i] = from[i];
}
}  // namespace detail

/// Turns a ladder built in a constant expression into a compile-time ladder. `make` is a
/// captureless lambda returning a builder; it runs twice (once to learn the table sizes,
/// once to fill them), since no allocation may survive a constant expression.
/// An invalid ladder fails to compile, naming detail::invalid_ladder<code, line, column>.
template <class Make>
consteval auto freeze(Make) {
    constexpr detail::freeze_plan plan = detail::plan_freeze<Make>();
    if constexpr (plan.first_error.code != diagnostic_code{}) {
        return detail::invalid_ladder<plan.first_error.code, plan.first_error.where.line,
                                      plan.first_error.where.column>{};
    } else {
        static_ladder<plan.sizes> out;
        builder b = Make{}();
        (void)b.view();  // resolves references
        const auto& from = b.tables();
        out.t_.info = from.info;
        detail::copy_rows(out.t_.scales, from.scales);
        detail::copy_rows(out.t_.scale_points, from.scale_points);
        detail::copy_rows(out.t_.categories, from.categories);
        detail::copy_rows(out.t_.competencies, from.competencies);
        detail::copy_rows(out.t_.tracks, from.tracks);
        detail::copy_rows(out.t_.levels, from.levels);
        detail::copy_rows(out.t_.expectations, from.expectations);
        detail::copy_rows(out.t_.equivalences, from.equivalences);
        detail::copy_rows(out.t_.archetypes, from.archetypes);
        detail::copy_rows(out.t_.transitions, from.transitions);
        return out;
    }
}

LADDER_END_NAMESPACE
// end ladder/model/static_ladder.hpp
// begin ladder/model/runtime_ladder.hpp

// ladder/core/config.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/tables.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/validate/validate.hpp (included above)

#include <cstddef>
#include <string>
#include <string_view>
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
    f(r.id), f(r.title), f(r.track.id);
    if (r.band) f(r.band->currency);
}
template <class F> constexpr void strings_of(expectation& r, F&& f) { f(r.competency.id); }
template <class F> constexpr void strings_of(equivalence& r, F&& f) { f(r.level.id), f(r.lowest.id), f(r.highest.id); }
template <class F> constexpr void strings_of(archetype& r, F&& f) { f(r.id), f(r.name), f(r.from.id), f(r.until.id); }
template <class F> constexpr void strings_of(transition& r, F&& f) { f(r.from.id), f(r.to.id); }
}  // namespace detail

/// A ladder made at runtime (by a builder, or loaded from text). It owns its strings, so it
/// outlives whatever it was made from.
class runtime_ladder {
public:
    /// Validates what the builder holds: the ladder and any warnings, or the errors.
    /// Diagnostics view the strings given to the builder.
    [[nodiscard]] static result<runtime_ladder> build(builder& b) {
        const ladder_view v = b.view();
        diagnostic_list found = validate(v);
        if (!found.ok()) return found;
        return result<runtime_ladder>(runtime_ladder(b.tables()), std::move(found));
    }

    runtime_ladder(const runtime_ladder& other) : t_(other.t_), text_(other.text_) { rebase(other.text_.data()); }
    runtime_ladder(runtime_ladder&& other) noexcept : runtime_ladder(std::move(other), other.text_.data()) {}
    runtime_ladder& operator=(const runtime_ladder& other) {
        if (this != &other) *this = runtime_ladder(other);
        return *this;
    }
    runtime_ladder& operator=(runtime_ladder&& other) noexcept {
        const char* old_base = other.text_.data();
        t_ = std::move(other.t_);
        text_ = std::move(other.text_);
        rebase(old_base);
        return *this;
    }
    ~runtime_ladder() = default;

    [[nodiscard]] ladder_view view() const noexcept { return ladder_view(t_); }
    operator ladder_view() const noexcept { return view(); }
    [[nodiscard]] table_sizes sizes() const noexcept { return t_.sizes(); }

private:
    explicit runtime_ladder(const detail::growing_tables& resolved) : t_(resolved) {
        std::size_t total = 0;
        for_each_string([&](std::string_view& s) { total += s.size(); });
        text_.reserve(total);
        std::size_t at = 0;
        for_each_string([&](std::string_view& s) {
            text_.append(s);
            s = std::string_view(text_.data() + at, s.size());  // reserved: appending never moves text_
            at += s.size();
        });
    }

    runtime_ladder(runtime_ladder&& other, const char* old_base) noexcept
        : t_(std::move(other.t_)), text_(std::move(other.text_)) {
        rebase(old_base);
    }

    /// Every view points into text_; after a copy or a move (a short string moves its bytes)
    /// they are moved to the same offsets in this object's text.
    void rebase(const char* old_base) noexcept {
        for_each_string([&](std::string_view& s) { s = std::string_view(text_.data() + (s.data() - old_base), s.size()); });
    }

    template <class F>
    void for_each_string(F&& f) {
        detail::strings_of(t_.info, f);
        t_.for_each_table([&](auto& table) {
            for (auto& row : table) detail::strings_of(row, f);
        });
    }

    detail::growing_tables t_;
    std::string text_;
};

LADDER_END_NAMESPACE
// end ladder/model/runtime_ladder.hpp
// begin ladder/presets/engineering.hpp

// The embedded default ladder: a starting point a company can use as it is or adapt.
// docs/default-ladder.md says which public frameworks it follows and why.

// ladder/core/config.hpp (included above)
// ladder/model/builder.hpp (included above)
// ladder/model/static_ladder.hpp (included above)

LADDER_BEGIN_NAMESPACE
namespace presets {

/// The default ladder as a builder, to extend before freezing or building it.
[[nodiscard]] constexpr builder engineering_builder() {
    builder b("Engineering", "1.0");
    b.scale("proficiency", "Proficiency",
            {{1, "developing", "Developing"},
             {2, "proficient", "Proficient"},
             {3, "advanced", "Advanced"},
             {4, "expert", "Expert"},
             {5, "leading", "Leading"}});

    b.category("craft", "Craft", "Building software well");
    b.category("execution", "Execution", "Getting the right things done, safely");
    b.category("impact", "Impact", "Reach beyond one's own work");
    b.category("people", "People", "Growing others and working with them");

    b.competency("coding", "Technical skill", "craft", "Writes clear, tested, maintainable code");
    b.competency("design", "System design", "craft", "Shapes systems that meet today's needs and tomorrow's");
    b.competency("delivery", "Delivery", "execution", "Plans, scopes and ships work predictably");
    b.competency("operations", "Quality and operations", "execution", "Keeps what ships reliable and observable");
    b.competency("cross_team", "Cross-team impact", "impact", "Moves work forward across team boundaries");
    b.competency("strategy", "Technical direction", "impact", "Sets direction others follow");
    b.competency("mentorship", "Mentorship", "people", "Grows the people around them");
    b.competency("communication", "Communication", "people", "Makes hard things clear, in writing and aloud");

    b.track("ic", "Individual contributor", track_kind::individual_contributor);
    b.track("mgmt", "Engineering management", track_kind::management);

    // Expectations, in the order coding, design, delivery, operations, cross_team, strategy,
    // mentorship, communication.
    b.level("L1", "Associate Engineer", "ic").scope(scope::task).typical_months(12).band(60000, 85000, "USD")
        .expect({{"coding", 1}, {"design", 1}, {"delivery", 1}, {"operations", 1},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 1}});
    b.level("L2", "Software Engineer I", "ic").scope(scope::task).typical_months(18).band(75000, 105000, "USD")
        .expect({{"coding", 2}, {"design", 1}, {"delivery", 2}, {"operations", 1},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 1}});
    b.level("L3", "Software Engineer II", "ic").scope(scope::feature).typical_months(18).band(95000, 130000, "USD")
        .expect({{"coding", 2}, {"design", 2}, {"delivery", 2}, {"operations", 2},
                 {"cross_team", 1}, {"strategy", 1}, {"mentorship", 1}, {"communication", 2}});
    b.level("L4", "Software Engineer III", "ic").scope(scope::feature).typical_months(24).band(115000, 160000, "USD")
        .expect({{"coding", 3}, {"design", 2}, {"delivery", 3}, {"operations", 2},
                 {"cross_team", 2}, {"strategy", 1}, {"mentorship", 2}, {"communication", 2}});
    b.level("L5", "Senior Software Engineer", "ic").scope(scope::team).career().band(150000, 210000, "USD")
        .expect({{"coding", 4}, {"design", 3}, {"delivery", 4}, {"operations", 3},
                 {"cross_team", 2}, {"strategy", 2}, {"mentorship", 3}, {"communication", 3}});
    b.level("L6", "Staff Engineer", "ic").scope(scope::multi_team).band(190000, 260000, "USD")
        .expect({{"coding", 4}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 3}, {"mentorship", 3}, {"communication", 4}});
    b.level("L7", "Senior Staff Engineer", "ic").scope(scope::org).band(240000, 320000, "USD")
        .expect({{"coding", 5}, {"design", 5}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 5}, {"strategy", 4}, {"mentorship", 4}, {"communication", 4}});
    b.level("L8", "Principal Engineer", "ic").scope(scope::company).band(300000, 400000, "USD")
        .expect({{"coding", 5}, {"design", 5}, {"delivery", 5}, {"operations", 5},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 4}, {"communication", 5}});

    b.level("M1", "Engineering Manager", "mgmt").scope(scope::team).career().band(180000, 240000, "USD")
        .expect({{"coding", 3}, {"design", 3}, {"delivery", 4}, {"operations", 3},
                 {"cross_team", 3}, {"strategy", 2}, {"mentorship", 4}, {"communication", 4}});
    b.level("M2", "Senior Engineering Manager", "mgmt").scope(scope::multi_team).band(220000, 300000, "USD")
        .expect({{"coding", 3}, {"design", 3}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 3}, {"mentorship", 4}, {"communication", 4}});
    b.level("M3", "Director of Engineering", "mgmt").scope(scope::org).band(270000, 360000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 4}, {"operations", 4},
                 {"cross_team", 4}, {"strategy", 4}, {"mentorship", 5}, {"communication", 5}});
    b.level("M4", "Senior Director of Engineering", "mgmt").scope(scope::org).band(330000, 430000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 5}, {"operations", 4},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 5}, {"communication", 5}});
    b.level("M5", "VP of Engineering", "mgmt").scope(scope::company).band(400000, 550000, "USD")
        .expect({{"coding", 3}, {"design", 4}, {"delivery", 5}, {"operations", 5},
                 {"cross_team", 5}, {"strategy", 5}, {"mentorship", 5}, {"communication", 5}});

    // Overlapping ranges, not a one-to-one table.
    b.equivalent("M1", "L5", "L6");
    b.equivalent("M2", "L6", "L7");
    b.equivalent("M3", "L7");
    b.equivalent("M4", "L7", "L8");
    b.equivalent("M5", "L8");

    // Larson's staff+ archetypes, from Staff upward.
    b.archetype("tech_lead", "Tech Lead", "L6").expect({{"delivery", 5}, {"mentorship", 4}});
    b.archetype("architect", "Architect", "L6").expect({{"design", 5}, {"strategy", 4}});
    b.archetype("solver", "Solver", "L6").expect({{"coding", 5}, {"design", 5}});
    b.archetype("right_hand", "Right Hand", "L6").expect({{"cross_team", 5}, {"strategy", 4}, {"communication", 5}});

    b.promote("L1", "L2").promote("L2", "L3").promote("L3", "L4").promote("L4", "L5");
    b.promote("L5", "L6").promote("L6", "L7").promote("L7", "L8");
    b.promote("M1", "M2").promote("M2", "M3").promote("M3", "M4").promote("M4", "M5");
    // Two-way doors between the tracks.
    b.switch_track("L5", "M1", direction::both_ways);
    b.switch_track("L6", "M1", direction::both_ways);
    b.switch_track("L7", "M2", direction::both_ways);
    // Stepping back is a normal move, not a demotion in disguise: pay lands at the top of the band.
    b.step_back("L6", "L5", pay_policy::top_of_band);
    b.step_back("M1", "L5", pay_policy::top_of_band);
    b.step_back("M2", "M1", pay_policy::top_of_band);
    return b;
}

namespace detail {
// A variable template, so that only translation units that use the default ladder pay for
// freezing it at compile time; including the umbrella header does not.
template <class = void>
inline constexpr auto engineering_ladder = freeze([] { return engineering_builder(); });
}  // namespace detail

/// The embedded default ladder: individual contributor L1–L8, management M1–M5, eight
/// competencies in four categories, Larson's four staff+ archetypes, and the moves between.
/// (A template only so that it is frozen where it is used; call it as `engineering()`.)
template <class T = void>
[[nodiscard]] constexpr const auto& engineering() noexcept {
    return detail::engineering_ladder<T>;
}

}  // namespace presets
LADDER_END_NAMESPACE
// end ladder/presets/engineering.hpp
