// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What changed from one version of a ladder to the next, in the ladder's own terms: levels,
// tracks and competencies added, removed or renamed; a level's title, track, rank, scope, band,
// career flag and criterion; expectations raised or lowered; archetypes and their titles for
// levels; level groups and their ranges; moves added or removed, their pay and guards; named
// rules. docs/changes.md tells how things are matched.

#include <ladder/core/config.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/view.hpp>
#include <ladder/text/printer.hpp>  // band_text, range_text, move_text: values as the format writes them

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
