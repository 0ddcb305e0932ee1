// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/core/constexpr_vector.hpp>
#include <ladder/core/owned_strings.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>

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
