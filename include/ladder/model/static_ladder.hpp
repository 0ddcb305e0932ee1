// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>

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
