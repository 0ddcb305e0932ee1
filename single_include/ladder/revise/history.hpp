// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// This single header is generated from include/ by cmake/amalgamate.cmake: do not edit it.
#pragma once
#include <ladder/ladder.hpp>

// The versions of a ladder in the order they took effect (`effective 2026-07-01`), each revision
// saying what the ids of the one before it are now called (`maps L5 -> E5`). A history answers
// which version was in force on a day, and what an id of one version is called in a later one;
// people whose review cycles straddle a revision are read through it (io/people_csv.hpp).
// docs/versions.md describes it.

// ladder/core/config.hpp (included above)
// ladder/core/date.hpp (included above)
// ladder/core/diagnostic.hpp (included above)
// ladder/core/result.hpp (included above)
// ladder/model/lookup.hpp (included above)
// ladder/model/runtime_ladder.hpp (included above)
// ladder/model/view.hpp (included above)
// ladder/build/load.hpp (included above)

#include <algorithm>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

LADDER_BEGIN_NAMESPACE

/// Versions of one ladder, oldest first, each with the name of the file it came from.
class ladder_history {
public:
    /// No version after the last one (what in_force() gives before the first took effect).
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    [[nodiscard]] std::size_t size() const noexcept { return versions_.size(); }
    [[nodiscard]] const runtime_ladder& operator[](std::size_t i) const noexcept { return versions_[i]; }
    [[nodiscard]] std::span<const runtime_ladder> versions() const noexcept { return versions_; }
    [[nodiscard]] const runtime_ladder& newest() const noexcept { return versions_.back(); }
    /// The file version `i` was read from (as given to load_history), or what make_history was told.
    [[nodiscard]] std::string_view source(std::size_t i) const noexcept { return sources_[i]; }

    /// The version in force on `day`: the last one whose effective day is on or before it; `none`
    /// before the first took effect. A history of one version holds it on every day.
    [[nodiscard]] std::size_t in_force(day_number day) const noexcept {
        if (versions_.size() == 1) return 0;
        std::size_t found = none;
        for (std::size_t i = 0; i != versions_.size() && versions_[i].view().effective() <= day; ++i) found = i;
        return found;
    }

    /// What level `id` of version `from` is called in version `to` (from <= to), through each
    /// revision between: itself where a revision keeps the id and maps nothing from it, else
    /// what its `maps` line names (two or more ids for a split). Empty: gone.
    [[nodiscard]] std::vector<std::string_view> level_ids(std::size_t from, std::size_t to, std::string_view id) const {
        return ids_through(from, to, id, false);
    }
    /// The same for a competency (a rating of one version is a rating of these in a later one).
    [[nodiscard]] std::vector<std::string_view> competency_ids(std::size_t from, std::size_t to, std::string_view id) const {
        return ids_through(from, to, id, true);
    }

private:
    friend result<ladder_history> make_history(std::vector<runtime_ladder> versions, std::vector<std::string> sources);

    [[nodiscard]] std::vector<std::string_view> ids_through(std::size_t from, std::size_t to, std::string_view id, bool competency) const {
        std::vector<std::string_view> ids{id}, next;
        for (std::size_t v = from + 1; v <= to && v < versions_.size(); ++v) {
            next.clear();
            for (const std::string_view old : ids) {
                bool mapped = false;
                for (const revision_map& m : versions_[v].view().maps()) {
                    if (m.from != old || m.competency != competency) continue;
                    mapped = true;
                    if (std::find(next.begin(), next.end(), m.to.id) == next.end()) next.push_back(m.to.id);
                }
                if (mapped) continue;
                const ladder_view now = versions_[v].view();
                const bool kept = competency ? detail::find_row(now.competencies(), old) != no_index
                                             : detail::find_row(now.levels(), old) != no_index;
                if (kept && std::find(next.begin(), next.end(), old) == next.end()) next.push_back(old);
            }
            ids.swap(next);
        }
        // The ids are the later version's own strings (or the caller's, when nothing changed).
        return ids;
    }

    std::vector<runtime_ladder> versions_;
    std::vector<std::string> sources_;
};

namespace detail {

/// A finding about a whole version (no place in its text), naming its file.
inline diagnostic version_finding(diagnostic_code code, std::string_view subject, std::string_view other, std::string_view source,
                                  source_position where = {}, std::string_view suggestion = {}) {
    diagnostic d = make_diagnostic(code, severity::error, entity::text, subject, other, where, 0, 0, suggestion);
    d.source = source;
    return d;
}

/// The checks between a version and the one before it: every `maps` line names an id the one
/// before has, of the kind it maps to; every level of the one before is kept or mapped.
inline void check_revision(const ladder_view& before, std::string_view before_name, const ladder_view& after, std::string_view source,
                           diagnostic_list& found, std::deque<std::string>& texts) {
    for (const revision_map& m : after.maps()) {
        if (!m.to.resolved()) continue;  // the version's own validation said so
        const bool known = m.competency ? find_row(before.competencies(), m.from) != no_index : find_row(before.levels(), m.from) != no_index;
        if (known) continue;
        const std::string_view near = m.competency ? closest_id(before.competencies(), m.from) : closest_id(before.levels(), m.from);
        texts.push_back(std::string("the version before (") + std::string(before_name) + ") has no " +
                        (m.competency ? "competency" : "level") + " of that id");
        found.add(version_finding(diagnostic_code::bad_map, m.from, texts.back(), source, m.where, near));
    }
    for (const level& l : before.levels()) {
        bool mapped = find_row(after.levels(), l.id) != no_index;
        for (const revision_map& m : after.maps()) mapped = mapped || (!m.competency && m.from == l.id);
        if (mapped) continue;
        texts.push_back(std::string(before_name));
        found.add(version_finding(diagnostic_code::unmapped_level, l.id, texts.back(), source));
    }
}

/// The `.ladder` files a directory holds, sorted by name (what went wrong in `error`: never an
/// exception, the increment included).
inline std::vector<std::string> ladder_files_in(const std::string& directory, std::error_code& error) {
    std::vector<std::string> out;
    std::filesystem::directory_iterator at(directory, error), end;
    for (; !error && at != end; at.increment(error)) {
        if (at->path().extension() == ".ladder") out.push_back(at->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// A version's name in messages: `Small Co 2026.1`, or its file.
inline std::string version_name(const ladder_view& l, std::string_view source) {
    if (l.version().empty()) return std::string(source);
    return std::string(l.name()) + " " + std::string(l.version());
}

}  // namespace detail

/// A history from versions in any order (and the names of their files, for messages; may be
/// empty): ordered by their effective days, then checked. With more than one version, each must
/// state its day (`effective 2026-07-01`), no two the same; each revision's `maps` lines must name
/// ids of the version before it, and every level of that version must be kept (same id) or mapped.
[[nodiscard]] inline result<ladder_history> make_history(std::vector<runtime_ladder> versions, std::vector<std::string> sources) {
    sources.resize(versions.size());
    for (std::size_t i = 0; i != sources.size(); ++i) {
        if (sources[i].empty()) sources[i] = "<version " + std::to_string(i + 1) + ">";
    }
    diagnostic_list found;
    std::deque<std::string> texts;  // what the findings view, until they own it (a deque: they stay put)
    if (versions.empty()) {
        found.add(detail::version_finding(diagnostic_code::version_order, {}, "a history needs at least one version of the ladder", {}));
        return found;
    }
    std::vector<std::size_t> order(versions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return versions[a].view().effective() < versions[b].view().effective(); });
    if (versions.size() > 1) {
        for (std::size_t k = 0; k != order.size(); ++k) {
            const ladder_view v = versions[order[k]].view();
            if (v.effective() == 0) {
                texts.push_back(detail::version_name(v, sources[order[k]]) +
                                " states no day it takes effect: a history orders its versions by it (`effective 2026-07-01` on the `ladder` line)");
                found.add(detail::version_finding(diagnostic_code::version_order, {}, texts.back(), sources[order[k]]));
            } else if (k != 0 && versions[order[k - 1]].view().effective() == v.effective()) {
                texts.push_back("it takes effect on " + day_text(v.effective()) + ", as " + sources[order[k - 1]] + " does");
                found.add(detail::version_finding(diagnostic_code::version_order, {}, texts.back(), sources[order[k]]));
            }
        }
    }
    found.own_strings();  // the findings view `sources`, about to move
    ladder_history h;
    for (const std::size_t i : order) {
        h.versions_.push_back(std::move(versions[i]));
        h.sources_.push_back(std::move(sources[i]));
    }
    if (found.ok()) {
        for (std::size_t k = 1; k != h.versions_.size(); ++k) {
            const ladder_view before = h.versions_[k - 1].view();
            detail::check_revision(before, detail::version_name(before, h.sources_[k - 1]), h.versions_[k].view(), h.sources_[k], found,
                                   texts);
        }
    }
    if (!found.ok()) {
        found.own_strings();
        return found;
    }
    return h;
}

/// Reads every version and makes a history of them: each path a .ladder file, or a directory
/// whose `*.ladder` files are read. Every file's errors are reported, each naming its file.
[[nodiscard]] inline result<ladder_history> load_history(std::span<const std::string> paths, const text_limits& limits = {}) {
    std::vector<std::string> files;
    diagnostic_list found;
    for (const std::string& path : paths) {
        std::error_code error;
        if (!std::filesystem::is_directory(path, error)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> inside = detail::ladder_files_in(path, error);
        if (error) {
            const std::string why = error.message();
            found.add(detail::make_diagnostic(diagnostic_code::cannot_read_file, severity::error, entity::text, path, why));
            found.own_strings();  // before `why` goes
            continue;
        }
        if (inside.empty()) {
            found.add(detail::version_finding(diagnostic_code::version_order, {}, "the directory holds no .ladder file", path));
            found.own_strings();
        }
        files.insert(files.end(), inside.begin(), inside.end());
    }
    std::vector<runtime_ladder> versions;
    for (const std::string& file : files) {
        auto loaded = load_file(file, limits);
        if (!loaded) {
            found.append(loaded.diagnostics());
            continue;
        }
        versions.push_back(std::move(*loaded));
    }
    if (!found.ok()) return found;
    return make_history(std::move(versions), std::move(files));
}

LADDER_END_NAMESPACE
