// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

#include <ladder/core/config.hpp>
#include <ladder/model/lookup.hpp>
#include <ladder/model/records.hpp>
#include <ladder/model/specs.hpp>
#include <ladder/model/tables.hpp>
#include <ladder/model/view.hpp>

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
