// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What changed between two versions of a ladder, as `ladder diff OLD NEW` prints it: text for
// a terminal, Markdown for a pull-request comment, JSON for tools.

#include <ladder/core/config.hpp>
#include <ladder/model/view.hpp>
#include <ladder/report/escape.hpp>
#include <ladder/revise/changes.hpp>

#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// "Engineering 2026.1 -> 2026.2": the versions compared, named once when the name is kept.
inline std::string versions_words(const ladder_view& before, const ladder_view& after, std::string_view arrow) {
    const auto named = [](const ladder_view& l) {
        std::string out = printable(l.info().name);
        if (!l.info().version.empty()) out += " " + printable(l.info().version);
        return out;
    };
    if (before.info().name == after.info().name) {
        std::string out = printable(before.info().name);
        out += " ";
        out += before.info().version.empty() ? "(no version)" : printable(before.info().version);
        out += arrow;
        out += after.info().version.empty() ? "(no version)" : printable(after.info().version);
        return out;
    }
    return named(before) + std::string(arrow) + named(after);
}

/// A value as a text report quotes it: "text", or (none).
inline std::string quoted_value(std::string_view v) { return v.empty() ? std::string("(none)") : "\"" + printable(v) + "\""; }

/// One change in words, after its subject and id: "title \"A\" -> \"B\"", "added" …
inline std::string change_words(const ladder_change& c) {
    switch (c.kind) {
    case change_kind::added:
        if (c.subject == change_subject::expectation) return "now expects " + printable(c.field) + " " + c.after;
        return c.after.empty() ? std::string("added") : "added, when " + printable(c.after);
    case change_kind::removed:
        if (c.subject == change_subject::expectation) return "no longer expects " + printable(c.field) + " (was " + c.before + ")";
        return "removed";
    case change_kind::renamed: return "renamed to " + printable(c.new_id);
    case change_kind::split: return "split into " + printable(c.new_id);
    case change_kind::merged: return "merged into " + printable(c.new_id);
    case change_kind::raised:
    case change_kind::lowered: {
        const long long by = std::stoll(c.after) - std::stoll(c.before);
        return "expects " + printable(c.field) + " " + c.before + " -> " + c.after + " (" + std::string(name_of(c.kind)) +
               " by " + std::to_string(by < 0 ? -by : by) + ")";
    }
    case change_kind::changed: break;
    }
    return printable(c.field) + " " + quoted_value(c.before) + " -> " + quoted_value(c.after);
}
}  // namespace detail

/// The changes as text: a headline (`Engineering 2026.1 -> 2026.2: 3 changes`, or `no
/// changes`), then a line per change, `level L5: title "Senior" -> "Senior Engineer"`.
[[nodiscard]] inline std::string to_text(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    std::string out = detail::versions_words(before, after, " -> ") + ": ";
    out += changes.empty() ? std::string("no changes")
                           : std::to_string(changes.size()) + (changes.size() == 1 ? " change" : " changes");
    out += "\n";
    for (const auto& c : changes.items) {
        out += "  ";
        out += name_of(c.subject == change_subject::expectation ? change_subject::level : c.subject);
        if (!c.id.empty()) out += " " + printable(c.id);
        out += ": " + detail::change_words(c) + "\n";
    }
    return out;
}

/// The changes as Markdown, for a pull-request comment: a heading and a table of what changed,
/// how, and the values before and after.
[[nodiscard]] inline std::string to_markdown(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    std::string out = "### " + detail::markdown_escape(detail::versions_words(before, after, " → ")) + "\n\n";
    if (changes.empty()) return out + "No changes.\n";
    out += "| what | change | before | after |\n|---|---|---|---|\n";
    for (const auto& c : changes.items) {
        std::string what(name_of(c.subject == change_subject::expectation ? change_subject::level : c.subject));
        if (!c.id.empty()) what += " " + c.id;
        if (c.subject == change_subject::expectation) what += ", expects " + c.field;
        else if (!c.field.empty()) what += ", " + c.field;
        const bool moved = c.kind == change_kind::renamed || c.kind == change_kind::split || c.kind == change_kind::merged;
        const std::string after_value = moved ? c.new_id : c.after;
        out += "| " + detail::markdown_escape(what) + " | " + std::string(name_of(c.kind)) + " | " +
               detail::markdown_escape(c.before) + " | " + detail::markdown_escape(after_value) + " |\n";
    }
    return out;
}

/// The changes as JSON: `{"from": {"name", "version"}, "to": {…}, "changes": [{"subject",
/// "change", "id", "new_id", "field", "before", "after"}, …]}`, keys in that order, empty values
/// as "".
[[nodiscard]] inline std::string to_json(const ladder_view& before, const ladder_view& after, const ladder_changes& changes) {
    const auto version = [](const ladder_view& l) {
        return "{\"name\": " + quote_json(l.info().name) + ", \"version\": " + quote_json(l.info().version) + "}";
    };
    std::string out = "{\n  \"from\": " + version(before) + ",\n  \"to\": " + version(after) + ",\n  \"changes\": [";
    for (std::size_t i = 0; i != changes.items.size(); ++i) {
        const auto& c = changes.items[i];
        out += i == 0 ? "\n    " : ",\n    ";
        out += "{\"subject\": " + quote_json(name_of(c.subject)) + ", \"change\": " + quote_json(name_of(c.kind)) +
               ", \"id\": " + quote_json(c.id) + ", \"new_id\": " + quote_json(c.new_id) + ", \"field\": " + quote_json(c.field) +
               ", \"before\": " + quote_json(c.before) + ", \"after\": " + quote_json(c.after) + "}";
    }
    out += changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

LADDER_END_NAMESPACE
