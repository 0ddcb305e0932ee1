// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The whole ladder as JSON, keys in a fixed order (docs/views.md). Optional header.

#include <ladder/render/common.hpp>

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// `[a, b, …]` of what `item` makes of each row.
template <class Rows, class Item>
std::string json_list(const Rows& rows, Item&& item) {
    std::string out = "[";
    bool first = true;
    for (const auto& r : rows) {
        out += first ? "" : ", ";
        out += item(r);
        first = false;
    }
    return out + "]";
}
inline std::string json_expectations(const ladder_view& l, row_span<expectation> list) {
    return json_list(list, [&](const expectation& e) {
        std::string x = "{\"competency\": " + quote_json(l.competencies()[e.competency.index].id) + ", \"minimum\": " + std::to_string(e.minimum);
        x += ", \"means\": " + (e.statement.empty() ? std::string("null") : quote_json(e.statement));
        return x + ", \"notes\": " + json_list(l.notes_of(e), [](const expectation_note& n) {
            return "{\"kind\": " + quote_json(name_of(n.kind)) + ", \"text\": " + quote_json(n.text) + "}";
        }) + "}";
    });
}
}  // namespace detail

/// The whole ladder as JSON: one object, keys in a fixed order (name, version, scales,
/// categories, competencies, tracks, levels, equivalences, groups, archetypes, transitions,
/// attributes, rules), ids as written, two-space indentation. A writer only: the library reads .ladder text.
inline std::string to_json(const ladder_view& l) {
    using detail::json_list;
    std::string out = "{\n";
    out += "  \"name\": " + quote_json(l.info().name) + ",\n";
    out += "  \"version\": " + quote_json(l.info().version) + ",\n";
    out += "  \"scales\": " + json_list(l.scales(), [&](const scale& s) {
        return "{\"id\": " + quote_json(s.id) + ", \"name\": " + quote_json(s.name) + ", \"points\": " +
               json_list(l.points_of(s), [&](const scale_point& p) {
                   return "{\"value\": " + std::to_string(p.value) + ", \"id\": " + quote_json(p.id) + ", \"name\": " + quote_json(p.name) + "}";
               }) + "}";
    }) + ",\n";
    out += "  \"categories\": " + json_list(l.categories(), [&](const category& c) {
        return "{\"id\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) + ", \"description\": " + quote_json(c.description) + "}";
    }) + ",\n";
    out += "  \"competencies\": " + json_list(l.competencies(), [&](const competency& c) {
        return "{\"id\": " + quote_json(c.id) + ", \"name\": " + quote_json(c.name) + ", \"category\": " + quote_json(c.category.id) +
               ", \"scale\": " + quote_json(l.scale_index_of(c) == no_index ? std::string_view{} : l.scales()[l.scale_index_of(c)].id) +
               ", \"description\": " + quote_json(c.description) + "}";
    }) + ",\n";
    out += "  \"tracks\": " + json_list(l.tracks(), [&](const track& t) {
        return "{\"id\": " + quote_json(t.id) + ", \"name\": " + quote_json(t.name) + ", \"kind\": " + quote_json(name_of(t.kind)) + "}";
    }) + ",\n";
    out += "  \"levels\": " + json_list(l.levels(), [&](const level& v) {
        std::string x = "{\"id\": " + quote_json(v.id) + ", \"title\": " + quote_json(v.title) + ", \"track\": " + quote_json(v.track.id) +
                        ", \"rank\": " + std::to_string(v.rank) + ", \"scope\": " + quote_json(name_of(v.scope)) +
                        ", \"career\": " + (v.career ? "true" : "false");
        x += ", \"band\": " + (v.band ? "{\"minimum\": " + std::to_string(v.band->minimum) + ", \"maximum\": " +
                                           std::to_string(v.band->maximum) + ", \"currency\": " + quote_json(v.band->currency) + "}"
                                     : std::string("null"));
        x += ", \"typical_months\": " + detail::json_number(v.typical_months);
        return x + ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(v)) + "}";
    }) + ",\n";
    out += "  \"equivalences\": " + json_list(l.equivalences(), [&](const equivalence& e) {
        return "{\"level\": " + quote_json(e.level.id) + ", \"lowest\": " + quote_json(e.lowest.id) + ", \"highest\": " + quote_json(e.highest.id) + "}";
    }) + ",\n";
    out += "  \"groups\": " + json_list(l.groups(), [&](const level_group& g) {
        return "{\"id\": " + quote_json(g.id) + ", \"name\": " + quote_json(g.name) + ", \"lowest\": " + quote_json(g.lowest.id) +
               ", \"highest\": " + quote_json(g.highest.id) + "}";
    }) + ",\n";
    // An archetype's titles for levels: [{"level": "S3_1", "title": "Group Lead"}].
    const auto titles_of = [&](const archetype& a) {
        const auto row = static_cast<index_t>(&a - l.archetypes().data());
        std::string out_titles = "[";
        for (const auto& t : l.titles()) {
            if (t.archetype != row) continue;
            if (out_titles.size() > 1) out_titles += ", ";
            out_titles += "{\"level\": " + quote_json(t.level.id) + ", \"title\": " + quote_json(t.title) + "}";
        }
        return out_titles + "]";
    };
    out += "  \"archetypes\": " + json_list(l.archetypes(), [&](const archetype& a) {
        return "{\"id\": " + quote_json(a.id) + ", \"name\": " + quote_json(a.name) + ", \"from\": " + quote_json(a.from.id) +
               ", \"until\": " + (a.until.empty() ? std::string("null") : quote_json(a.until.id)) +
               ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(a)) + ", \"titles\": " + titles_of(a) + "}";
    }) + ",\n";
    out += "  \"transitions\": " + json_list(l.transitions(), [&](const transition& t) {
        return "{\"kind\": " + quote_json(name_of(t.kind)) + ", \"from\": " + quote_json(t.from.id) + ", \"to\": " + quote_json(t.to.id) +
               ", \"both_ways\": " + (t.both_ways ? "true" : "false") + ", \"pay\": " + quote_json(name_of(t.pay)) +
               ", \"when\": " + (t.guard.empty() ? std::string("null") : quote_json(t.guard)) + "}";
    }) + ",\n";
    out += "  \"attributes\": " + json_list(l.attributes(), [&](const attribute& a) {
        return "{\"id\": " + quote_json(a.id) + ", \"type\": " + quote_json(name_of(a.type)) + "}";
    }) + ",\n";
    out += "  \"rules\": " + json_list(l.rules(), [&](const named_rule& r) {
        return "{\"id\": " + quote_json(r.id) + ", \"parameters\": " + quote_json(r.parameters) + ", \"text\": " + quote_json(r.text) + "}";
    }) + "\n";
    return out + "}\n";
}

LADDER_END_NAMESPACE
