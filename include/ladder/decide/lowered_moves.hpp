// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The moves of a compile-time ladder judged by generated code: each level's meets(L) and each
// move's `when`, as compiled into the ladder, lowered the way compile_rule<>() lowers a rule
// (rules/lowered.hpp), so the optimiser sees straight-line code for every guard.

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/decide/transition.hpp>
#include <ladder/model/handles.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/rules/lowered.hpp>

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
