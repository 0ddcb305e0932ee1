// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A person of one version of a ladder, as the next version names them: a person refers to a
// ladder by row, so judging them under a revision means building them again against it, their
// level, archetype and ratings carried through the renames, merges and splits the comparison of
// the two versions reports (docs/changes.md).

#include <ladder/core/config.hpp>
#include <ladder/core/result.hpp>
#include <ladder/model/builder.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/person.hpp>
#include <ladder/model/view.hpp>
#include <ladder/revise/changes.hpp>

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
