#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>  // the one renderers' header the single-header build has too

#include "catch.hpp"

#include <string>

// Renderers, against golden output: a ladder whose names hold what each format must escape
// (`|` and `<>` for Markdown, commas and quotes for CSV, quotes for DOT and JSON, `&<>"'` for
// HTML).

namespace {
constexpr auto tricky = ladder::parse<R"(ladder 'R&D | "Core"'
scale p "P" { 1 basic "Basic" 2 solid "Solid, dependable" 3 lead "Lead" }
category c "C"
competency code "Code | review" in c
competency talk 'Talk "loud"' in c
track ic "IC <main>"
track mg "Managers" management
level I1 "Engineer" on ic scope task { expect code 1, talk 1 }
level I2 'Senior, "the" engineer' on ic scope team career { expect code 2, talk 2 }
level M1 "Manager" on mg scope team { expect talk 3 }
equivalent M1 ~ I2..I2
promote I1 -> I2 when code >= 2
switch I2 <-> M1
step_back M1 -> I1 pay top_of_band
)">();
}  // namespace

TEST_CASE("the Markdown matrix escapes what Markdown would read", "[render]") {
    CHECK(ladder::to_markdown(tricky) == R"md(# R&D \| "Core"

## IC \<main\>

| competency | I1 Engineer | I2 Senior, "the" engineer (career) |
|---|---|---|
| Code \| review | 1 Basic | 2 Solid, dependable |
| Talk "loud" | 1 Basic | 2 Solid, dependable |

## Managers

| competency | M1 Manager |
|---|---|
| Code \| review |  |
| Talk "loud" | 3 Lead |
)md");
}

TEST_CASE("the CSV matrix quotes what CSV needs", "[render]") {
    CHECK(ladder::to_csv(tricky) ==
          "track,competency,I1,I2\r\n"
          "ic,code,1 Basic,\"2 Solid, dependable\"\r\n"
          "ic,talk,1 Basic,\"2 Solid, dependable\"\r\n"
          "track,competency,M1\r\n"
          "mg,code,\r\n"
          "mg,talk,3 Lead\r\n");
}

TEST_CASE("the Graphviz graph has clusters, moves and equivalences, labels quoted", "[render]") {
    CHECK(ladder::to_dot(tricky) == R"dot(digraph ladder {
  label="R&D | \"Core\"";
  rankdir=TB;
  node [shape=box];
  subgraph cluster_0 {
    label="IC <main>";
    "I1" [label="I1\nEngineer\ntask"];
    "I2" [label="I2\nSenior, \"the\" engineer\nteam", peripheries=2];
  }
  subgraph cluster_1 {
    label="Managers";
    "M1" [label="M1\nManager\nteam"];
  }
  "I1" -> "I2" [label="code >= 2"];
  "I2" -> "M1" [style=dashed, dir=both];
  "M1" -> "I1" [style=dotted, label="top_of_band"];
  "M1" -> "I2" [style=dotted, color=gray, arrowhead=none, constraint=false];
}
)dot");
}

TEST_CASE("the JSON view has every table in a fixed key order, strings escaped", "[render]") {
    CHECK(ladder::to_json(tricky) == R"json({
  "name": "R&D | \"Core\"",
  "version": "",
  "scales": [{"id": "p", "name": "P", "points": [{"value": 1, "id": "basic", "name": "Basic"}, {"value": 2, "id": "solid", "name": "Solid, dependable"}, {"value": 3, "id": "lead", "name": "Lead"}]}],
  "categories": [{"id": "c", "name": "C", "description": ""}],
  "competencies": [{"id": "code", "name": "Code | review", "category": "c", "scale": "p", "description": ""}, {"id": "talk", "name": "Talk \"loud\"", "category": "c", "scale": "p", "description": ""}],
  "tracks": [{"id": "ic", "name": "IC <main>", "kind": "individual_contributor"}, {"id": "mg", "name": "Managers", "kind": "management"}],
  "levels": [{"id": "I1", "title": "Engineer", "track": "ic", "rank": 1, "scope": "task", "career": false, "band": null, "typical_months": null, "expectations": [{"competency": "code", "minimum": 1, "means": null, "notes": []}, {"competency": "talk", "minimum": 1, "means": null, "notes": []}]}, {"id": "I2", "title": "Senior, \"the\" engineer", "track": "ic", "rank": 2, "scope": "team", "career": true, "band": null, "typical_months": null, "expectations": [{"competency": "code", "minimum": 2, "means": null, "notes": []}, {"competency": "talk", "minimum": 2, "means": null, "notes": []}]}, {"id": "M1", "title": "Manager", "track": "mg", "rank": 1, "scope": "team", "career": false, "band": null, "typical_months": null, "expectations": [{"competency": "talk", "minimum": 3, "means": null, "notes": []}]}],
  "equivalences": [{"level": "M1", "lowest": "I2", "highest": "I2"}],
  "archetypes": [],
  "transitions": [{"kind": "promote", "from": "I1", "to": "I2", "both_ways": false, "pay": "keep", "when": "code >= 2"}, {"kind": "switch", "from": "I2", "to": "M1", "both_ways": true, "pay": "keep", "when": null}, {"kind": "step_back", "from": "M1", "to": "I1", "both_ways": false, "pay": "top_of_band", "when": null}],
  "attributes": [],
  "rules": []
}
)json");
}

TEST_CASE("the HTML page is self-contained, escaped, and highlights a person against the target", "[render]") {
    const auto zoe = ladder::person_builder(tricky, "zoe", "Zoë <Z>").level("I1").cycle("c", {{"code", 1}, {"talk", 2}}).build().value();
    const auto report = ladder::readiness(tricky, zoe, "I2").value();
    CHECK(ladder::to_html(tricky, &report, &zoe) == R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>R&amp;D | &quot;Core&quot;</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
.tracks{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
th{background:#f4f4f4}.career{font-style:italic}.target{background:#eef5ff}
.short{background:#ffe0e0;font-weight:bold}.met{background:#e3f6e3}
pre{background:#fafafa;border:1px solid #ddd;padding:1rem;white-space:pre-wrap}
td[title]{text-decoration:underline dotted}dd{margin:0 0 .6rem 1.5rem}.note{color:#555}
</style>
</head>
<body>
<h1>R&amp;D | &quot;Core&quot;</h1>
<p>Zoë &lt;Z&gt;: I1 &rarr; I2, <strong>fail</strong></p>
<div class="tracks">
<section>
<h2>IC &lt;main&gt;</h2>
<table>
<tr><th>competency</th><th>I1<br>Engineer</th><th class="career target">I2<br>Senior, &quot;the&quot; engineer</th></tr>
<tr><td>Code | review</td><td>1 Basic</td><td class="short">2 Solid, dependable (rated 1)</td></tr>
<tr><td>Talk &quot;loud&quot;</td><td>1 Basic</td><td class="met">2 Solid, dependable</td></tr>
</table>
</section>
<section>
<h2>Managers</h2>
<table>
<tr><th>competency</th><th>M1<br>Manager</th></tr>
<tr><td>Code | review</td><td></td></tr>
<tr><td>Talk &quot;loud&quot;</td><td>3 Lead</td></tr>
</table>
</section>
</div>
<h2>Readiness</h2>
<pre>Zoë &lt;Z&gt; (zoe): I1 Engineer -&gt; I2 Senior, &quot;the&quot; engineer, promote
verdict: fail
  fail     code &gt;= 2  (1 against 2)
</pre>
</body>
</html>
)html");
    // Without a person: the matrices alone, nothing highlighted.
    const std::string plain = ladder::to_html(tricky);
    CHECK(plain.find("class=\"short\"") == std::string::npos);
    CHECK(plain.find("<h2>Readiness</h2>") == std::string::npos);
    CHECK(plain.find("src=") == std::string::npos);  // no external assets
    CHECK(plain.find("href=") == std::string::npos);
}
