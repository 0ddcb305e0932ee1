// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The whole ladder as JSON, keys in a fixed order (docs/views.md). Optional header.

#include <ladder/render/common.hpp>
#include <span>

#include <string>

LADDER_BEGIN_NAMESPACE

namespace detail {
inline std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    constexpr char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}
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
inline std::string json_expectations(const ladder_view& l, std::span<const expectation> list) {
    return json_list(list, [&](const expectation& e) {
        return "{\"competency\": " + json_quote(l.competencies()[e.competency.index].id) + ", \"minimum\": " + std::to_string(e.minimum) + "}";
    });
}
}  // namespace detail

/// The whole ladder as JSON: one object, keys in a fixed order (name, version, scales,
/// categories, competencies, tracks, levels, equivalences, archetypes, transitions, attributes,
/// rules), ids as written, two-space indentation. A writer only: the library reads .ladder text.
inline std::string to_json(const ladder_view& l) {
    using detail::json_quote;
    using detail::json_list;
    std::string out = "{\n";
    out += "  \"name\": " + json_quote(l.info().name) + ",\n";
    out += "  \"version\": " + json_quote(l.info().version) + ",\n";
    out += "  \"scales\": " + json_list(l.scales(), [&](const scale& s) {
        return "{\"id\": " + json_quote(s.id) + ", \"name\": " + json_quote(s.name) + ", \"points\": " +
               json_list(l.points_of(s), [&](const scale_point& p) {
                   return "{\"value\": " + std::to_string(p.value) + ", \"id\": " + json_quote(p.id) + ", \"name\": " + json_quote(p.name) + "}";
               }) + "}";
    }) + ",\n";
    out += "  \"categories\": " + json_list(l.categories(), [&](const category& c) {
        return "{\"id\": " + json_quote(c.id) + ", \"name\": " + json_quote(c.name) + ", \"description\": " + json_quote(c.description) + "}";
    }) + ",\n";
    out += "  \"competencies\": " + json_list(l.competencies(), [&](const competency& c) {
        return "{\"id\": " + json_quote(c.id) + ", \"name\": " + json_quote(c.name) + ", \"category\": " + json_quote(c.category.id) +
               ", \"scale\": " + json_quote(l.scale_index_of(c) == no_index ? std::string_view{} : l.scales()[l.scale_index_of(c)].id) +
               ", \"description\": " + json_quote(c.description) + "}";
    }) + ",\n";
    out += "  \"tracks\": " + json_list(l.tracks(), [&](const track& t) {
        return "{\"id\": " + json_quote(t.id) + ", \"name\": " + json_quote(t.name) + ", \"kind\": " + json_quote(name_of(t.kind)) + "}";
    }) + ",\n";
    out += "  \"levels\": " + json_list(l.levels(), [&](const level& v) {
        std::string x = "{\"id\": " + json_quote(v.id) + ", \"title\": " + json_quote(v.title) + ", \"track\": " + json_quote(v.track.id) +
                        ", \"rank\": " + std::to_string(v.rank) + ", \"scope\": " + json_quote(name_of(v.scope)) +
                        ", \"career\": " + (v.career ? "true" : "false");
        x += ", \"band\": " + (v.band ? "{\"minimum\": " + std::to_string(v.band->minimum) + ", \"maximum\": " +
                                           std::to_string(v.band->maximum) + ", \"currency\": " + json_quote(v.band->currency) + "}"
                                     : std::string("null"));
        x += ", \"typical_months\": " + (v.typical_months ? std::to_string(*v.typical_months) : std::string("null"));
        return x + ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(v)) + "}";
    }) + ",\n";
    out += "  \"equivalences\": " + json_list(l.equivalences(), [&](const equivalence& e) {
        return "{\"level\": " + json_quote(e.level.id) + ", \"lowest\": " + json_quote(e.lowest.id) + ", \"highest\": " + json_quote(e.highest.id) + "}";
    }) + ",\n";
    out += "  \"archetypes\": " + json_list(l.archetypes(), [&](const archetype& a) {
        return "{\"id\": " + json_quote(a.id) + ", \"name\": " + json_quote(a.name) + ", \"from\": " + json_quote(a.from.id) +
               ", \"until\": " + (a.until.empty() ? std::string("null") : json_quote(a.until.id)) +
               ", \"expectations\": " + detail::json_expectations(l, l.expectations_of(a)) + "}";
    }) + ",\n";
    out += "  \"transitions\": " + json_list(l.transitions(), [&](const transition& t) {
        return "{\"kind\": " + json_quote(name_of(t.kind)) + ", \"from\": " + json_quote(t.from.id) + ", \"to\": " + json_quote(t.to.id) +
               ", \"both_ways\": " + (t.both_ways ? "true" : "false") + ", \"pay\": " + json_quote(name_of(t.pay)) +
               ", \"when\": " + (t.guard.empty() ? std::string("null") : json_quote(t.guard)) + "}";
    }) + ",\n";
    out += "  \"attributes\": " + json_list(l.attributes(), [&](const attribute& a) {
        return "{\"id\": " + json_quote(a.id) + ", \"type\": " + json_quote(name_of(a.type)) + "}";
    }) + ",\n";
    out += "  \"rules\": " + json_list(l.rules(), [&](const named_rule& r) {
        return "{\"id\": " + json_quote(r.id) + ", \"parameters\": " + json_quote(r.parameters) + ", \"text\": " + json_quote(r.text) + "}";
    }) + "\n";
    return out + "}\n";
}

LADDER_END_NAMESPACE
