// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>
#include <ladder/validate/validate.hpp>

#include <cstddef>
#include <memory>
#include <string_view>

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
/// outlives whatever it was made from. Copies share the immutable strings and are cheap.
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

    [[nodiscard]] ladder_view view() const noexcept { return ladder_view(t_); }
    operator ladder_view() const noexcept { return view(); }
    [[nodiscard]] table_sizes sizes() const noexcept { return t_.sizes(); }

private:
    explicit runtime_ladder(const detail::growing_tables& resolved) : t_(resolved) {
        std::size_t total = 0;
        for_each_string([&](std::string_view& s) { total += s.size(); });
        // libc++ 14 lacks make_shared<T[]>.
        std::shared_ptr<char[]> buffer(new char[total]);
        char* next = buffer.get();
        for_each_string([&](std::string_view& s) {
            char* start = next;
            for (char c : s) *next++ = c;
            s = std::string_view(start, s.size());
        });
        text_ = std::move(buffer);
    }

    template <class F>
    void for_each_string(F&& f) {
        detail::strings_of(t_.info, f);
        t_.for_each_table([&](auto& table) {
            for (auto& row : table) detail::strings_of(row, f);
        });
    }

    detail::growing_tables t_;
    std::shared_ptr<const char[]> text_;
};

LADDER_END_NAMESPACE
