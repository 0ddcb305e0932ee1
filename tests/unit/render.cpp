#include <ladder/ladder.hpp>
#include <ladder/render/all.hpp>  // the one renderers' header the single-header build has too

#include "catch.hpp"

#include <span>
#include <string>
#include <vector>

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
level I1 "Engineer" on ic scope task band 90_000..120_000 EUR typical 2 years { expect code 1, talk 1 }
level I2 'Senior, "the" engineer' on ic scope multi_team career band 1_000_000..1_500_000 EUR typical 18 months {
  expect code 2, talk 2
}
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

| level | title | scope | pay band | typical time | career level |
|---|---|---|---|---|---|
| I1 | Engineer | task | 90,000–120,000 EUR | 2 years | |
| I2 | Senior, "the" engineer | several teams | 1,000,000–1,500,000 EUR | 18 months | yes: staying is a good outcome |

| competency | I1 Engineer | I2 Senior, "the" engineer (career) |
|---|---|---|
| Code \| review | 1 Basic | 2 Solid, dependable |
| Talk "loud" | 1 Basic | 2 Solid, dependable |

## Managers

| level | title | scope | pay band | typical time | career level |
|---|---|---|---|---|---|
| M1 | Manager | team |  |  | |

| competency | M1 Manager |
|---|---|
| Code \| review |  |
| Talk "loud" | 3 Lead |
)md");
}

TEST_CASE("the CSV matrix quotes what CSV needs", "[render]") {
    CHECK(ladder::to_csv(tricky) ==
          "track,competency,I1,I2\r\n"
          "ic,level title,Engineer,\"Senior, \"\"the\"\" engineer\"\r\n"
          "ic,level scope,task,multi_team\r\n"
          "ic,band minimum,90000,1000000\r\n"
          "ic,band maximum,120000,1500000\r\n"
          "ic,band currency,EUR,EUR\r\n"
          "ic,typical months,24,18\r\n"
          "ic,career level,no,yes\r\n"
          "ic,code,1 Basic,\"2 Solid, dependable\"\r\n"
          "ic,talk,1 Basic,\"2 Solid, dependable\"\r\n"
          "track,competency,M1\r\n"
          "mg,level title,Manager\r\n"
          "mg,level scope,team\r\n"
          "mg,band minimum,\r\n"
          "mg,band maximum,\r\n"
          "mg,band currency,\r\n"
          "mg,typical months,\r\n"
          "mg,career level,no\r\n"
          "mg,code,\r\n"
          "mg,talk,3 Lead\r\n");
}

TEST_CASE("the Graphviz graph has clusters, moves in words that do not shape the layout, tracks lined up by equivalence and a legend", "[render]") {
    CHECK(ladder::to_dot(tricky) == R"dot(digraph ladder {
  label="R&D | \"Core\"";
  rankdir=BT;
  node [shape=box];
  edge [fontsize=10];
  subgraph cluster_0 {
    label="IC <main>";
    "I1" [label="I1\nEngineer\ntask\n90,000–120,000 EUR"];
    "I2" [label="I2\nSenior, \"the\" engineer\nseveral teams\n1,000,000–1,500,000 EUR", peripheries=2];
  }
  subgraph cluster_1 {
    label="Managers";
    "M1" [label="M1\nManager\nteam"];
  }
  "I1" -> "I2" [xlabel="code >= 2"];
  "I2" -> "M1" [style=dashed, dir=both, constraint=false];
  "M1" -> "I1" [style=dotted, constraint=false, xlabel="pay: top of band"];
  "M1" -> "I2" [style=dotted, color=gray, arrowhead=none, constraint=false];
  "I1" -> "M1" [style=invis];
  subgraph cluster_legend {
    label="Legend";
    legend [shape=none, margin=0, label=<<table border="0" cellspacing="2"><tr><td align="left">solid arrow: a promotion, beside it what it asks</td></tr><tr><td align="left">dashed arrow: a switch of track (two heads: both ways)</td></tr><tr><td align="left">dotted arrow: a step back, with its pay</td></tr><tr><td align="left">grey dotted line: levels that compare</td></tr><tr><td align="left">double border: a career level (staying is a good outcome)</td></tr></table>>];
  }
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
  "levels": [{"id": "I1", "title": "Engineer", "track": "ic", "rank": 1, "scope": "task", "career": false, "band": {"minimum": 90000, "maximum": 120000, "currency": "EUR"}, "typical_months": 24, "expectations": [{"competency": "code", "minimum": 1, "means": null, "notes": []}, {"competency": "talk", "minimum": 1, "means": null, "notes": []}]}, {"id": "I2", "title": "Senior, \"the\" engineer", "track": "ic", "rank": 2, "scope": "multi_team", "career": true, "band": {"minimum": 1000000, "maximum": 1500000, "currency": "EUR"}, "typical_months": 18, "expectations": [{"competency": "code", "minimum": 2, "means": null, "notes": []}, {"competency": "talk", "minimum": 2, "means": null, "notes": []}]}, {"id": "M1", "title": "Manager", "track": "mg", "rank": 1, "scope": "team", "career": false, "band": null, "typical_months": null, "expectations": [{"competency": "talk", "minimum": 3, "means": null, "notes": []}]}],
  "equivalences": [{"level": "M1", "lowest": "I2", "highest": "I2"}],
  "groups": [],
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
    const ladder::person_ref who = zoe;
    CHECK(ladder::to_html(tricky, &report, &who) == R"html(<!DOCTYPE html>
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
tr.fact td,tr.fact th{color:#555;font-size:.9em}.legend{color:#555;font-size:.9em}
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
<tr class="fact"><th>scope</th><td>task</td><td>several teams</td></tr>
<tr class="fact"><th>pay band</th><td>90,000–120,000 EUR</td><td>1,000,000–1,500,000 EUR</td></tr>
<tr class="fact"><th>typical time</th><td>2 years</td><td>18 months</td></tr>
<tr><td>Code | review</td><td>1 Basic</td><td class="short">2 Solid, dependable (rated 1)</td></tr>
<tr><td>Talk &quot;loud&quot;</td><td>1 Basic</td><td class="met">2 Solid, dependable</td></tr>
</table>
</section>
</div>
<p class="legend">Cells: the rating each level expects. <span class="career">Italic</span>: a career level, where staying is a good outcome. <span class="target">Blue</span>: the target level; <span class="met">green</span>: met, <span class="short">red</span>: short, with the latest rating.</p>
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
    // Every track, then; a fact row no level fills (Managers' band and typical time) is left out.
    CHECK(plain.find("<h2>Managers</h2>\n<table>\n<tr><th>competency</th><th>M1<br>Manager</th></tr>\n"
                     "<tr class=\"fact\"><th>scope</th><td>team</td></tr>\n<tr><td>Code | review</td>") != std::string::npos);
    CHECK(plain.find("href=") == std::string::npos);
}

TEST_CASE("the Markdown levels table groups a band's thousands and writes the scope in words", "[render]") {
    ladder::builder b("Bands");
    b.scale("s", "S", {{1, "one", "One"}});
    b.category("c", "C");
    b.competency("x", "X", "c");
    b.track("t", "T");
    b.level("A", "Apprentice", "t").scope(ladder::scope::org).band(-1'234'567, 0, "XYZ").expect({{"x", 1}});
    b.level("B", "Builder", "t").band(1'000, 999'999'999'999, "").typical_months(13).expect({{"x", 1}});
    const std::string md = ladder::to_markdown(b.view());
    CHECK(md.find("| A | Apprentice | organisation | -1,234,567\u20130 XYZ |  | |\n") != std::string::npos);
    CHECK(md.find("| B | Builder | task | 1,000\u2013999,999,999,999 | 13 months | |\n") != std::string::npos);
}

namespace {
constexpr auto paged = ladder::parse<R"(ladder "Pages & <co>"
scale p "P" { 1 basic "Basic" 2 solid "Solid" 3 lead "Lead" }
category c "C"
competency code "Code" in c about "Writes <good> code"
competency talk "Talk" in c
track ic "IC"
track mg "Managers" management
level I1 "Engineer" on ic { expect code 1, talk 1 }
level I2 "Senior" on ic scope team career band 100_000..150_000 EUR typical 2 years when code >= 1 {
  expect code 2, talk 2
  means talk "Explains <designs> & decisions" {
    signal "Others quote their docs"
  }
}
level I3 "Staff" on ic scope multi_team { expect code 3, talk 3 }
level M1 "Manager" on mg scope team { expect talk 3 }
equivalent M1 ~ I2..I3
archetype arch "Architect" from I2 { expect code 3
  means code "Owns the design of a system"
}
promote I1 -> I2 when code >= 2
  warn time_in_level >= 12 months "usually a year at Engineer"
promote I2 -> I3
switch I2 <-> M1
step_back I3 -> I2 pay top_of_band
)">();
}  // namespace


TEST_CASE("the level page gives a level's facts and the moves into it and its expectations in its words", "[render][words]") {
    const std::string page = ladder::to_level_html(paged, paged.level("I2"));
    // The same head as every page, with the level and the ladder as its title, escaped.
    const std::string head = ladder::detail::html_head("I2 Senior - Pages & <co>");
    REQUIRE(page.substr(0, head.size()) == head);
    CHECK(head.find("<title>I2 Senior - Pages &amp; &lt;co&gt;</title>") != std::string::npos);
    CHECK(page.substr(head.size()) == R"html(<h1>I2 Senior</h1>
<p>IC, Pages &amp; &lt;co&gt;</p>
<table>
<tr class="fact"><th>scope</th><td>team</td></tr>
<tr class="fact"><th>pay band</th><td>100,000–150,000 EUR</td></tr>
<tr class="fact"><th>typical time</th><td>2 years</td></tr>
<tr class="fact"><th>compares with</th><td>M1 Manager</td></tr>
</table>
<p class="career">A career level: staying here is a good outcome.</p>
<p>Being at this level also means: <code>code &gt;= 1</code></p>
<h2>Getting here</h2>
<ul>
<li>promote from I1 Engineer, when <code>code &gt;= 2</code><ul><li class="note">usually a year at Engineer (<code>time_in_level &gt;= 12 months</code>)</li></ul></li>
<li>switch from M1 Manager, meeting every expectation below</li>
<li>step back from I3 Staff, meeting every expectation below (pay: top of band)</li>
</ul>
<h2>What I2 expects</h2>
<table>
<tr><th>competency</th><th>expects</th><th>in words</th></tr>
<tr><td>Code</td><td>2 Solid</td><td><span class="note">Writes &lt;good&gt; code</span></td></tr>
<tr><td>Talk</td><td>2 Solid</td><td>Explains &lt;designs&gt; &amp; decisions<ul><li class="note">signal: Others quote their docs</li></ul></td></tr>
</table>
<h2>Archetypes at I2</h2>
<dl>
<dt>Architect</dt>
<dd><ul><li>Code: Lead (3): Owns the design of a system</li></ul></dd>
</dl>
</body>
</html>
)html");
}

TEST_CASE("the level page of a first level says no move leads there and lists every way in otherwise", "[render]") {
    const std::string first = ladder::to_level_html(paged, paged.level("I1"));
    CHECK(first.find("<p>No move leads here: people start at this level.</p>") != std::string::npos);
    CHECK(first.find("class=\"career\"") == std::string::npos);
    // M1 is reached by the switch from I2 (both ways), and compares with I2 to I3.
    const std::string manager = ladder::to_level_html(paged, paged.level("M1"));
    CHECK(manager.find("<li>switch from I2 Senior, meeting every expectation below</li>") != std::string::npos);
    CHECK(manager.find("<th>compares with</th><td>I2 Senior to I3 Staff</td>") != std::string::npos);
    CHECK(manager.find("Archetypes") == std::string::npos);
}

TEST_CASE("the comparison page puts two levels side by side with each change and the words of what rises", "[render][words]") {
    const std::string head = ladder::detail::html_head("I1 Engineer and I2 Senior - Pages & <co>");
    const std::string up = ladder::to_comparison_html(paged, paged.level("I1"), paged.level("I2"));
    REQUIRE(up.substr(0, head.size()) == head);
    CHECK(up.substr(head.size()) == R"html(<h1>I1 Engineer &rarr; I2 Senior</h1>
<p>IC, Pages &amp; &lt;co&gt;</p>
<table>
<tr><th></th><th>I1 Engineer</th><th>I2 Senior</th><th>change</th></tr>
<tr class="fact"><th>scope</th><td>task</td><td>team</td><td></td></tr>
<tr class="fact"><th>pay band</th><td></td><td>100,000–150,000 EUR</td><td></td></tr>
<tr class="fact"><th>typical time</th><td></td><td>2 years</td><td></td></tr>
<tr><td>Code</td><td>1 Basic</td><td class="target">2 Solid</td><td><strong>+1</strong></td></tr>
<tr><td>Talk</td><td>1 Basic</td><td class="target">2 Solid<div class="note">Explains &lt;designs&gt; &amp; decisions<ul><li class="note">signal: Others quote their docs</li></ul></div></td><td><strong>+1</strong></td></tr>
</table>
<p class="legend">Blue: what rises from I1 to I2.</p>
</body>
</html>
)html");
    // Across tracks: what the second level drops, and the tracks named.
    const std::string across = ladder::to_comparison_html(paged, paged.level("I1"), paged.level("M1"));
    CHECK(across.find("<p>IC to Managers, Pages &amp; &lt;co&gt;</p>") != std::string::npos);
    CHECK(across.find("<tr><td>Code</td><td>1 Basic</td><td></td><td>dropped</td></tr>") != std::string::npos);
    CHECK(across.find("<tr><td>Talk</td><td>1 Basic</td><td class=\"target\">3 Lead</td><td><strong>+2</strong></td></tr>") != std::string::npos);
    // Downward, nothing rises.
    const std::string down = ladder::to_comparison_html(paged, paged.level("I2"), paged.level("I1"));
    CHECK(down.find("<tr><td>Code</td><td>2 Solid</td><td>1 Basic</td><td>-1</td></tr>") != std::string::npos);
    CHECK(down.find("class=\"target\"") == std::string::npos);
}

TEST_CASE("the career map draws levels lined up by equivalence with bands to scale and each move as an arrow", "[render][map]") {
    CHECK(ladder::to_career_map_svg(tricky) == R"svg(<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 650 336" width="650" height="336" font-family="system-ui,sans-serif" font-size="12">
<title>R&amp;D | &quot;Core&quot;: career map</title>
<defs><marker id="promote" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker><marker id="switch" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#1f6fb2"/></marker><marker id="step" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#c46a00"/></marker></defs>
<text x="60" y="74" font-size="15" font-weight="bold">IC &lt;main&gt;</text>
<text x="380" y="74" font-size="15" font-weight="bold">Managers</text>
<g class="level"><title>I1 Engineer, task scope, 90,000–120,000 EUR</title><rect x="60" y="178" width="210" height="58" rx="5" fill="#fff" stroke="#888"/><text x="68" y="196"><tspan font-weight="bold">I1</tspan> Engineer</text><text x="68" y="228" font-size="10" fill="#555">task scope</text><rect x="68" y="206" width="194" height="8" fill="#eee"/><rect class="band" x="68" y="206" width="4" height="8" fill="#7aa86b"/></g>
<g class="level"><title>I2 Senior, &quot;the&quot; engineer, several teams scope, 1,000,000–1,500,000 EUR, a career level</title><rect x="60" y="90" width="210" height="58" rx="5" fill="#f3f8ee" stroke="#888"/><text x="68" y="108"><tspan font-weight="bold">I2</tspan> Senior, &quot;the&quot; engineer</text><text x="68" y="140" font-size="10" fill="#555">several teams scope, career level</text><rect x="68" y="118" width="194" height="8" fill="#eee"/><rect class="band" x="193" y="118" width="69" height="8" fill="#7aa86b"/></g>
<g class="level"><title>M1 Manager, team scope</title><rect x="380" y="90" width="210" height="58" rx="5" fill="#fff" stroke="#888"/><text x="388" y="108"><tspan font-weight="bold">M1</tspan> Manager</text><text x="388" y="140" font-size="10" fill="#555">team scope</text></g>
<g class="move"><title>promote I1 Engineer -&gt; I2 Senior, &quot;the&quot; engineer when code &gt;= 2</title><path d="M165,178L165,148" fill="none" stroke="#555" stroke-width="1.6" marker-end="url(#promote)"/></g>
<g class="move"><title>switch I2 Senior, &quot;the&quot; engineer &lt;-&gt; M1 Manager</title><path d="M270,119L380,109" fill="none" stroke="#1f6fb2" stroke-width="1.6" marker-end="url(#switch)" marker-start="url(#switch)"/></g>
<g class="move"><title>step back M1 Manager -&gt; I1 Engineer, pay: top of band</title><path d="M380,128L270,207" fill="none" stroke="#c46a00" stroke-width="1.6" stroke-dasharray="5,3" marker-end="url(#step)"/><text x="325" y="179" text-anchor="middle" font-size="10" fill="#c46a00">pay: top of band</text></g>
<g class="legend" fill="#444"><path d="M60,282L100,282" stroke="#555" stroke-width="1.6" marker-end="url(#promote)"/><text x="108" y="286">promotion</text><path d="M200,282L240,282" stroke="#1f6fb2" stroke-width="1.6" marker-end="url(#switch)" marker-start="url(#switch)"/><text x="248" y="286">switch, both ways</text><path d="M380,282L420,282" stroke="#c46a00" stroke-width="1.6" stroke-dasharray="5,3" marker-end="url(#step)"/><text x="428" y="286">step back</text><text x="60" y="310">Green bars: pay bands, drawn to one scale from 90,000 to 1,500,000 EUR. Shaded boxes: career levels.</text></g>
</svg>
)svg");
    // The bars, worked out by hand: one scale from 90,000 to 1,500,000 over 194 pixels; I1's
    // 30,000 is 4 pixels wide at the left end, I2 starts 910,000 in (125 pixels) and runs to the end.
    static_assert(194 * 30'000 / 1'410'000 == 4 && 194 * 910'000 / 1'410'000 == 125);
    // The page wraps the same picture.
    const std::string page = ladder::to_map_html(tricky);
    CHECK(page.find(ladder::to_career_map_svg(tricky)) != std::string::npos);
    CHECK(page.find("<h1>R&amp;D | &quot;Core&quot;: career map</h1>") != std::string::npos);
}

TEST_CASE("the career map puts equivalent levels on one row and climbs a track a row at a time", "[render][map]") {
    const auto l = ladder::presets::engineering();
    const ladder::ladder_view v = l;
    const auto layout = ladder::detail::lay_out_map(v);
    const auto row = [&](std::string_view id) { return layout.row[ladder::find_level(v, id)->index()]; };
    // equivalent M1 ~ L5..L6, M2 ~ L6..L7, M3 ~ L7, M4 ~ L7..L8, M5 ~ L8: each stands level with
    // the lowest level it compares with, unless its own track is already higher.
    CHECK(row("L1") == 0);
    CHECK(row("L8") == 7);
    CHECK(row("M1") == row("L5"));
    CHECK(row("M2") == row("L6"));
    CHECK(row("M3") == row("L7"));
    CHECK(row("M4") == row("M3") + 1);  // L7 is taken by M3: one above it
    CHECK(row("M5") == row("M4") + 1);
    CHECK(layout.rows == row("M5") + 1);
    CHECK(layout.column[ladder::find_level(v, "L3")->index()] == 0);
    CHECK(layout.column[ladder::find_level(v, "M3")->index()] == 1);
}

TEST_CASE("text in a page or a picture cannot break it: markup escaped and what XML forbids replaced", "[render]") {
    using ladder::detail::html_escape;
    CHECK(html_escape("<script>&'\"") == "&lt;script&gt;&amp;&#39;&quot;");
    CHECK(html_escape(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(html_escape("bell\x07 del\x7F") == "bell\xEF\xBF\xBD del\xEF\xBF\xBD");
    CHECK(html_escape("tab\tline\nend") == "tab\tline\nend");
    CHECK(html_escape("Zo\xC3\xAB \xE2\x80\x93 \xF0\x9F\x98\x80") == "Zo\xC3\xAB \xE2\x80\x93 \xF0\x9F\x98\x80");  // UTF-8 kept
    CHECK(html_escape("cut \xC3") == "cut \xEF\xBF\xBD");  // a sequence cut short
    CHECK(html_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // an overlong form
    CHECK(html_escape("c1 \xC2\x85 nbsp \xC2\xA0") == "c1 \xEF\xBF\xBD nbsp \xC2\xA0");  // NEL replaced, a no-break space kept
    CHECK(html_escape("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE, U+FFFF
    CHECK(ladder::detail::shortened("Senior Director of Engineering", 10) == "Senior Dir\xE2\x80\xA6");
    CHECK(ladder::detail::shortened("Zo\xC3\xAB", 3) == "Zo\xC3\xAB");  // three characters, four bytes
    CHECK(ladder::detail::shortened("\xC3\xAB\xC3\xAB\xC3\xAB", 2) == "\xC3\xAB\xC3\xAB\xE2\x80\xA6");
}

namespace {
std::vector<ladder::rating_spec> all_rated(ladder::rating r) {
    std::vector<ladder::rating_spec> out;
    for (std::string_view c : {"coding", "design", "delivery", "operations", "cross_team", "strategy", "mentorship", "communication"}) out.push_back({c, r});
    return out;
}
ladder::person rated_person(const ladder::ladder_view& l, std::string_view id, std::string_view name, std::string_view level, ladder::rating r) {
    const auto specs = all_rated(r);
    const std::span<const ladder::rating_spec> s(specs.data(), specs.size());
    return ladder::person_builder(l, id, name).level(level).cycle("2026H1", s).cycle("2026H2", s).build().value();
}
}  // namespace

TEST_CASE("the team page groups people by where they stand with filters a chart and links for each", "[render][team]") {
    const auto eng = ladder::presets::engineering();
    const ladder::ladder_view l = eng;
    const std::vector<ladder::person> people{
        rated_person(l, "cy", "Cy", "L4", 2),           // short of L5: not yet
        rated_person(l, "a&b", "<Ann>", "L4", 5),       // above L5 everywhere: ready
        rated_person(l, "bo", "Bo", "L5", 3),           // short of L6 from Senior, a career level: staying
        rated_person(l, "pat", "Pat", "L8", 5),         // at the top of the track: no verdict
    };
    const auto all = ladder::readiness_of(l, people);
    const std::string page = ladder::to_team_html(l, all, {"people/{id}.html"});
    CHECK(page.find("<p>4 people: 1 ready, 1 not yet, 1 staying at a career level, 0 undecided, 1 no verdict.</p>") != std::string::npos);
    // Groups in order, each person in theirs; no empty group.
    const auto ready = page.find("<h2>Ready (1)</h2>"), not_yet = page.find("<h2>Not yet (1)</h2>"),
               staying = page.find("<h2>Staying at a career level (1)</h2>"), none = page.find("<h2>No verdict (1)</h2>");
    REQUIRE(ready != std::string::npos);
    REQUIRE(not_yet != std::string::npos);
    REQUIRE(staying != std::string::npos);
    REQUIRE(none != std::string::npos);
    CHECK((ready < not_yet && not_yet < staying && staying < none));
    CHECK(page.find("<h2>Undecided") == std::string::npos);
    const auto at = [&](std::string_view name) { return page.find(std::string(name) + "</a></h3>"); };
    CHECK((ready < at("&lt;Ann&gt;") && at("&lt;Ann&gt;") < not_yet));
    CHECK((not_yet < at("Cy") && at("Cy") < staying));
    CHECK((staying < at("Bo") && at("Bo") < none));
    CHECK(none < at("Pat"));
    CHECK(page.find("at the top of their track") != std::string::npos);
    // The link: the id percent-encoded, then escaped for HTML.
    CHECK(page.find("<a href=\"people/a%26b.html\">&lt;Ann&gt;</a>") != std::string::npos);
    // A filter for each level someone is at, and none for a level nobody is at.
    const auto index = [&](std::string_view id) { return std::to_string(ladder::find_level(l, id)->index()); };
    for (std::string_view id : {"L4", "L5", "L8"}) {
        const std::string v = "v" + index(id);
        CHECK(page.find("<label for=\"" + v + "\">" + std::string(id) + "</label>") != std::string::npos);
        CHECK(page.find("#" + v + ":checked~.groups .person:not(." + v + "){display:none}") != std::string::npos);
    }
    CHECK(page.find(">L6</label>") == std::string::npos);
    CHECK(page.find(">Individual contributor</label>") != std::string::npos);
    CHECK(page.find(">Engineering management</label>") == std::string::npos);
    // Cy's chart: a column per L5 expectation, the last point red where 2 is short of it.
    const auto cy_card = page.substr(at("Cy"), page.find("</article>", at("Cy")) - at("Cy"));
    std::size_t short_of_l5 = 0, columns = 0;
    for (const auto& e : l.expectations_of(l.levels()[ladder::find_level(l, "L5")->index()])) {
        ++columns;
        short_of_l5 += e.minimum > 2 ? 1 : 0;
    }
    REQUIRE(columns == 8);
    const auto count = [](std::string_view text, std::string_view what) {
        std::size_t n = 0;
        for (auto i = text.find(what); i != std::string_view::npos; i = text.find(what, i + 1)) ++n;
        return n;
    };
    CHECK(count(cy_card, "<g><title>") == columns);
    CHECK(count(cy_card, "r=\"2.5\" fill=\"#c62828\"") == short_of_l5);
    CHECK(count(cy_card, "r=\"2.5\" fill=\"#888\"") == columns);  // the earlier cycle, grey
    CHECK(cy_card.find("design: 2, 2 (2026H1 to 2026H2); L5 expects") != std::string::npos);
    // Self-contained: no script, nothing fetched.
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("src=") == std::string::npos);
    // Without a link pattern, names are plain; the reports still open in place.
    const std::string plain = ladder::to_team_html(l, all);
    CHECK(plain.find("<a href") == std::string::npos);
    CHECK(count(plain, "<summary>readiness report</summary>") == 3);
}

TEST_CASE("a long guard beside a Graphviz arrow is broken into short lines at spaces", "[render]") {
    using ladder::detail::wrapped;
    CHECK(wrapped("meets(D5) in at least 2 of last 3 cycles and influence >= 3", 30) ==
          "meets(D5) in at least 2 of\nlast 3 cycles and influence >=\n3");
    CHECK(wrapped("short", 30) == "short");
    CHECK(wrapped("a_single_word_longer_than_the_width", 10) == "a_single_word_longer_than_the_width");
    CHECK(wrapped("", 10).empty());
    // Every line but one that holds a single long word stays within the width.
    const std::string text = wrapped("sustained(L6) and people_leader and time_in_level >= 12 months or open_position", 24);
    std::size_t start = 0, lines = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        CHECK(end - start <= 24);
        ++lines;
        start = end + 1;
    }
    CHECK(lines == 4);
    const auto five = ladder::load_file(LADDER_DATA_DIR "/five_axes.ladder");
    REQUIRE(five);
    CHECK(ladder::to_dot(*five).find("\"D4\" -> \"D5\" [xlabel=\"meets(D5) in at least 2 of\\nlast 3 cycles and influence >=\\n3\"];") !=
          std::string::npos);
}

TEST_CASE("the career map lines levels up by equivalence whichever track is declared first", "[render][map]") {
    const auto managers_first = ladder::load(R"(ladder "M"
scale p "P" { 1 a "A" }
category c "C"
competency code "Code" in c
track mg "Managers" management
track ic "IC"
level M1 "Manager" on mg { expect code 1 }
level M2 "Director" on mg { expect code 1 }
level I1 "Engineer" on ic { expect code 1 }
level I2 "Senior" on ic { expect code 1 }
level I3 "Staff" on ic { expect code 1 }
equivalent M1 ~ I2
equivalent M2 ~ I3
)");
    REQUIRE(managers_first);
    const ladder::ladder_view v = *managers_first;
    const auto layout = ladder::detail::lay_out_map(v);
    const auto row = [&](std::string_view id) { return layout.row[ladder::find_level(v, id)->index()]; };
    CHECK(row("I1") == 0);
    CHECK(row("M1") == row("I2"));
    CHECK(row("M2") == row("I3"));
    CHECK(layout.column[ladder::find_level(v, "M1")->index()] == 0);
    CHECK(layout.rows == 3);
}

TEST_CASE("pay bands near the limits of 64 bits and ratings near the limits of 32 are drawn inside their boxes", "[render][map][team][hostile]") {
    constexpr std::int64_t huge = 9'000'000'000'000'000'000;
    ladder::builder b;
    b.named("Huge").scale("p", "P", {{1, "a", "A"}, {2'000'000'000, "z", "Z"}}).category("c", "C").competency("code", "Code", "c");
    b.track("t", "T");
    b.level("L1", "One", "t").band(-huge, 0, "USD").expect({{"code", 1}});
    b.level("L2", "Two", "t").band(0, huge, "USD").expect({{"code", 2'000'000'000}});
    b.promote("L1", "L2");
    const auto l = ladder::build(b);
    REQUIRE(l);
    const ladder::ladder_view v = *l;
    const std::string map = ladder::to_career_map_svg(v);
    // Each bar starts inside its box (x from 68 to 262 on the first column) and has a width.
    const auto bars = [&] {
        std::vector<int> xs;
        for (auto at = map.find("class=\"band\" x=\""); at != std::string::npos; at = map.find("class=\"band\" x=\"", at + 1)) {
            xs.push_back(std::stoi(map.substr(at + 16)));
        }
        return xs;
    }();
    REQUIRE(bars.size() == 2);
    for (int x : bars) CHECK((x >= 68 && x <= 262));
    CHECK(bars[0] < bars[1]);  // L2's band lies to the right of L1's
    // A chart whose ratings reach two billion keeps every point inside it (y from 0 to 56).
    const auto p = ladder::person_builder(v, "p").level("L1").cycle("c", {{"code", 2'000'000'000}}).build().value();
    const std::vector<ladder::person> people{p};
    const std::string page = ladder::to_team_html(v, ladder::readiness_of(v, people));
    std::size_t points = 0;
    for (auto at = page.find("cy=\""); at != std::string::npos; at = page.find("cy=\"", at + 1)) {
        const int y = std::stoi(page.substr(at + 4));
        CHECK((y >= 0 && y <= 56));
        ++points;
    }
    CHECK(points == 1);
}

TEST_CASE("the self-assessment page holds the module and the ladder's text and no text can end its scripts", "[render][assess][hostile]") {
    static constexpr auto engineering = ladder::presets::engineering();
    const ladder::ladder_view v = engineering;
    const std::string module = "var createLadderModule = function () { return 'module body'; };";
    const std::string text = "ladder text with </script><script>alert(1)</script> and <!-- and \"quotes\"\nand a line";
    const auto page = ladder::to_assessment_html(v, text, "a </script> name", module);
    REQUIRE(page);
    // Three script elements (the text, the module, the page's program), and no other end of one.
    std::size_t ends = 0;
    for (std::size_t at = page->find("</script"); at != std::string::npos; at = page->find("</script", at + 1)) ++ends;
    CHECK(ends == 3);
    CHECK(page->find(module) != std::string::npos);
    // The text as a string literal: JSON's escapes, and every '<' as \u003c.
    CHECK(page->find("var LADDER_TEXT = \"ladder text with \\u003c/script>\\u003cscript>alert(1)\\u003c/script> and \\u003c!-- and "
                     "\\\"quotes\\\"\\nand a line\";") != std::string::npos);
    CHECK(page->find("var LADDER_SOURCE = \"a \\u003c/script> name\";") != std::string::npos);
    CHECK(page->find("<title>" + std::string(v.info().name) + ": self-assessment</title>") != std::string::npos);
    CHECK(page->rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page->size() > page->rfind("</html>\n"));
}

TEST_CASE("the self-assessment page is refused whole for a module that is not one or that would end its script", "[render][assess][hostile]") {
    static constexpr auto engineering = ladder::presets::engineering();
    const ladder::ladder_view v = engineering;
    CHECK_FALSE(ladder::to_assessment_html(v, "x", "y", "console.log('not it')"));
    CHECK(ladder::assessment_module_problem("console.log('not it')").find("not the ladder WebAssembly module") != std::string_view::npos);
    CHECK_FALSE(ladder::to_assessment_html(v, "x", "y", "var createLadderModule = 1; s = '</SCRIPT >';"));
    CHECK(ladder::assessment_module_problem("createLadderModule </sCrIpT").find("'</script'") != std::string_view::npos);
    // A '</' that ends no script is fine, even at the very end.
    CHECK(ladder::assessment_module_problem("createLadderModule a</b> </scrip </").empty());
}
