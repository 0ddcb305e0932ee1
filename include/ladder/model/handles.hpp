// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/model/records.hpp>

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
