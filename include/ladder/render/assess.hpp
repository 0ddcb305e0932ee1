// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The self-assessment page: one self-contained HTML file in which an engineer picks their level,
// rates themselves for up to three review cycles, and sees the verdict of their next move (and
// of any move they choose), recomputed on every change by the library itself, compiled to
// WebAssembly and inlined in the page (tools/assess: the module's C interface). No server, no
// network: it works from a file.

#include <ladder/core/config.hpp>
#include <ladder/model/view.hpp>
#include <ladder/render/html.hpp>
#include <ladder/report/escape.hpp>

#include <optional>
#include <string>
#include <string_view>

LADDER_BEGIN_NAMESPACE

namespace detail {
/// Text as a JavaScript string literal that may stand inside a <script> element: JSON's escapes,
/// and `<` as \u003c, so that no `</script>` or `<!--` in the text can end the element.
inline std::string script_string(std::string_view text) {
    const std::string quoted = quote_json(text);
    std::string out;
    out.reserve(quoted.size());
    for (const char c : quoted) {
        if (c == '<') {
            out += "\\u003c";
        } else {
            out += c;
        }
    }
    return out;
}

/// Does `text` hold `</script` in any case (which would end the element it stands in)?
inline bool ends_a_script(std::string_view text) {
    constexpr std::string_view closing = "</script";
    for (std::size_t at = text.find("</"); at != std::string_view::npos; at = text.find("</", at + 1)) {
        if (text.size() - at < closing.size()) return false;
        bool same = true;
        for (std::size_t k = 2; k != closing.size() && same; ++k) {
            same = (text[at + k] | 0x20) == closing[k];
        }
        if (same) return true;
    }
    return false;
}

inline constexpr std::string_view assess_style =
    "[hidden]{display:none!important}.fields{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:end;margin-bottom:1rem}\n"
    "label{display:flex;flex-direction:column;font-size:.9em;color:#444}\n"
    "select,input{font:inherit;padding:.15rem}.hint{color:#555;font-size:.85em}.means{max-width:22rem}\n"
    ".pass{background:#e3f6e3}.fail{background:#ffe0e0}.unknown{background:#fff5d6}\n"
    ".verdict{font-weight:bold;padding:.1rem .4rem;border-radius:.2rem}\n"
    "#result section{margin:1rem 0;padding:.5rem 1rem;border:1px solid #ddd;border-radius:.3rem}\n"
    ".depth1{padding-left:1.5rem}.depth2{padding-left:3rem}.depth3{padding-left:4.5rem}\n"
    "#problem{color:#a00;white-space:pre-wrap}textarea{width:100%;font-family:monospace}\n";

/// The page's program: it reads the ladder through the module (ladder_describe), builds the form
/// from it, and on every change writes the person as a people CSV and asks the module for the
/// assessment (ladder_assess). The state lives in the URL's fragment.
inline constexpr std::string_view assess_script = R"js(
(function () {
  'use strict';
  var M, session, ladder, lastCsv = '', lastNext = null;
  var byId = function (id) { return document.getElementById(id); };
  function make(tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') e.textContent = props[k]; else if (k === 'cls') e.className = props[k]; else e.setAttribute(k, props[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }
  // Calls the module with strings copied into its memory (and freed after).
  function withStrings(list, f) {
    var ptrs = list.map(function (s) {
      var n = M.lengthBytesUTF8(s) + 1, p = M._malloc(n);
      M.stringToUTF8(s, p, n);
      return p;
    });
    try { return f.apply(null, ptrs.concat(list.map(function (s) { return M.lengthBytesUTF8(s); }))); }
    finally { ptrs.forEach(function (p) { M._free(p); }); }
  }
  function find(list, id) { for (var i = 0; i < list.length; ++i) if (list[i].id === id) return list[i]; return null; }
  function levelOf(id) { return find(ladder.levels, id); }
  function pointsOf(competency) { var s = find(ladder.scales, competency.scale); return s ? s.points : []; }
  function words(competency, value) {
    var p = pointsOf(competency).filter(function (x) { return x.value === value; })[0];
    return p ? p.name + ' (' + value + ')' : String(value);
  }
  // The expectation of a competency at a level, an archetype's own where it states one.
  function expected(levelId, archetypeId, competencyId) {
    var a = archetypeId ? find(ladder.archetypes, archetypeId) : null, own = null;
    if (a && opensAt(a, levelId)) own = a.expectations.filter(function (e) { return e.competency === competencyId; })[0];
    var lv = levelOf(levelId);
    return own || (lv ? lv.expectations.filter(function (e) { return e.competency === competencyId; })[0] : null) || null;
  }
  function opensAt(a, levelId) {
    var at = levelOf(levelId), from = levelOf(a.from), until = a.until ? levelOf(a.until) : null;
    return !!(at && from && at.track === from.track && at.rank >= from.rank && (!until || at.rank <= until.rank));
  }
  function csvCell(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  // ---- the form ----
  function buildForm() {
    var level = byId('level');
    ladder.tracks.forEach(function (t) {
      var g = make('optgroup', {label: t.name});
      ladder.levels.filter(function (l) { return l.track === t.id; })
        .sort(function (a, b) { return a.rank - b.rank; })
        .forEach(function (l) { g.appendChild(make('option', {value: l.id, text: l.id + ' ' + l.title})); });
      level.appendChild(g);
    });
    var target = byId('target');
    ladder.levels.forEach(function (l) { target.appendChild(make('option', {value: l.id, text: l.id + ' ' + l.title})); });
    var attrs = byId('attributes');
    ladder.attributes.forEach(function (a) {
      var input = a.type === 'bool' ? make('select', {id: 'attr-' + a.id}, [make('option', {value: '', text: 'not given'}),
        make('option', {value: 'yes', text: 'yes'}), make('option', {value: 'no', text: 'no'})])
        : make('input', {id: 'attr-' + a.id, type: a.type === 'text' ? 'text' : 'number'});
      attrs.appendChild(make('label', {text: a.id + (a.type === 'duration' ? ' (months)' : '')}, [input]));
    });
    var body = byId('ratings').tBodies[0];
    ladder.competencies.forEach(function (c) {
      var row = make('tr', {}, [make('th', {text: c.name, title: c.description || ''}),
        make('td', {id: 'expect-' + c.id, cls: 'hint'}), make('td', {id: 'next-' + c.id, cls: 'hint'})]);
      for (var k = 0; k < 3; ++k) {
        var s = make('select', {id: 'rate-' + k + '-' + c.id, 'aria-label': c.name + ', cycle ' + (k + 1)},
          [make('option', {value: '', text: 'not rated'})]);
        pointsOf(c).forEach(function (p) { s.appendChild(make('option', {value: String(p.value), text: p.name + ' (' + p.value + ')'})); });
        row.appendChild(make('td', {cls: 'cycle' + k}, [s]));
      }
      body.appendChild(row);
    });
  }
  function refreshArchetypes() {
    var at = byId('level').value, sel = byId('archetype'), keep = sel.value;
    sel.textContent = '';
    sel.appendChild(make('option', {value: '', text: 'none'}));
    ladder.archetypes.filter(function (a) { return opensAt(a, at); })
      .forEach(function (a) { sel.appendChild(make('option', {value: a.id, text: a.name})); });
    sel.value = keep;
    if (sel.value !== keep) sel.value = '';
    byId('archetype-field').hidden = sel.options.length === 1;
  }
  function cycles() { return Number(byId('cycles').value); }
  function refreshHints() {
    var at = byId('level').value, arch = byId('archetype').value, n = cycles();
    ladder.competencies.forEach(function (c) {
      [['expect-', at], ['next-', lastNext]].forEach(function (pair) {
        var cell = byId(pair[0] + c.id), e = pair[1] ? expected(pair[1], arch, c.id) : null;
        cell.textContent = e ? words(c, e.minimum) : '';
        if (e && e.means) cell.appendChild(make('div', {cls: 'means', text: e.means}));
      });
      for (var k = 0; k < 3; ++k) byId('rate-' + k + '-' + c.id).parentNode.hidden = k >= n;
    });
    byId('next-heading').textContent = lastNext ? lastNext + ' expects' : 'next level expects';
    for (var k = 0; k < 3; ++k) byId('cycle-heading-' + k).hidden = k >= n;
  }

  // ---- the state: the form <-> the URL's fragment <-> a people CSV ----
  function state() {
    var s = new URLSearchParams();
    ['level', 'archetype', 'target', 'cycles', 'months', 'id', 'name'].forEach(function (k) { if (byId(k).value) s.set(k, byId(k).value); });
    ladder.competencies.forEach(function (c) {
      var v = [];
      for (var k = 0; k < cycles(); ++k) v.push(byId('rate-' + k + '-' + c.id).value);
      if (v.some(function (x) { return x !== ''; })) s.set('r.' + c.id, v.join('.'));
    });
    ladder.attributes.forEach(function (a) { var v = byId('attr-' + a.id).value; if (v !== '') s.set('a.' + a.id, v); });
    return s;
  }
  function restore(s) {
    ['level', 'cycles', 'months', 'id', 'name'].forEach(function (k) { if (s.has(k)) byId(k).value = s.get(k); });
    if (!byId('level').value) byId('level').selectedIndex = 0;
    refreshArchetypes();
    byId('archetype').value = s.get('archetype') || '';
    byId('target').value = s.get('target') || '';
    ladder.competencies.forEach(function (c) {
      var v = (s.get('r.' + c.id) || '').split('.');
      for (var k = 0; k < 3; ++k) byId('rate-' + k + '-' + c.id).value = v[k] || '';
    });
    ladder.attributes.forEach(function (a) { byId('attr-' + a.id).value = s.get('a.' + a.id) || ''; });
  }
  function toCsv() {
    var head = ['person', 'name', 'level', 'archetype', 'months_in_level', 'cycle'];
    ladder.competencies.forEach(function (c) { head.push(c.id); });
    ladder.attributes.forEach(function (a) { head.push(a.id); });
    var rows = [head.join(',')], id = byId('id').value.trim() || 'me';
    for (var k = 0; k < cycles(); ++k) {
      var row = [id, byId('name').value, byId('level').value, byId('archetype').value, byId('months').value, 'cycle-' + (k + 1)];
      ladder.competencies.forEach(function (c) { row.push(byId('rate-' + k + '-' + c.id).value); });
      ladder.attributes.forEach(function (a) { row.push(byId('attr-' + a.id).value); });
      rows.push(row.map(csvCell).join(','));
    }
    return rows.join('\r\n') + '\r\n';
  }

  // ---- the verdict ----
  function showMove(m) {
    var box = make('section', {'data-role': m.role});
    if (m.problem) { box.appendChild(make('p', {text: (m.role === 'next' ? 'Next move: ' : 'Chosen move: ') + m.problem})); return box; }
    box.appendChild(make('h2', {}, [document.createTextNode((m.role === 'next' ? 'Next move: ' : 'Chosen move: ') + m.move + ' to ' + m.title + ' '),
      make('span', {cls: 'verdict ' + m.verdict, 'data-verdict': m.verdict, text: m.verdict})]));
    if (m.judged_as) box.appendChild(make('p', {text: 'judged as ' + m.judged_as}));
    box.appendChild(make('p', {cls: 'hint', text: m.declared ? 'the ladder asks: ' + m.guard : 'the ladder declares no such move: judged by ' + m.guard}));
    var t = make('table', {}, [make('tr', {}, [make('th', {text: 'clause'}), make('th', {text: 'verdict'}), make('th', {text: 'actual'}),
      make('th', {text: 'required'}), make('th', {text: 'values'})])]);
    m.clauses.forEach(function (c) {
      t.appendChild(make('tr', {cls: c.verdict}, [make('td', {cls: 'depth' + Math.min(c.depth, 3), text: c.text}), make('td', {text: c.verdict}),
        make('td', {text: c.actual === null ? '' : String(c.actual)}), make('td', {text: c.required === null ? '' : String(c.required)}),
        make('td', {text: c.values})]));
    });
    box.appendChild(t);
    if (m.gaps.length) {
      box.appendChild(make('h3', {text: 'What ' + m.target + ' expects, largest gap first'}));
      box.appendChild(make('ul', {}, m.gaps.map(function (g) {
        return make('li', {text: g.name + ': expects ' + g.required_words + ', ' + (g.actual_words ? 'rated ' + g.actual_words : 'not rated') +
          ' (short by ' + g.shortfall + ')' + (g.means ? ': ' + g.means : '')}, [make('ul', {}, g.notes.map(function (n) {
          return make('li', {cls: 'note', text: n.kind + ': ' + n.text}); }))]);
      })));
    }
    if (m.career_level_note) box.appendChild(make('p', {cls: 'career', text: m.career_level_note}));
    box.appendChild(make('details', {}, [make('summary', {text: 'The whole explanation'}), make('pre', {text: m.explanation})]));
    return box;
  }
  function points(n) { return n + (n === 1 ? ' point' : ' points'); }
  function show(a) {
    var out = byId('result');
    out.textContent = '';
    lastNext = a.moves[0] && a.moves[0].target ? a.moves[0].target : null;
    a.moves.forEach(function (m) { out.appendChild(showMove(m)); });
    var fit = a.best_fit;
    out.appendChild(make('section', {id: 'fit'}, [make('h2', {text: 'Best fit'}), make('p', {text: fit.level
      ? 'Your latest ratings meet ' + fit.level + ' (margin ' + fit.margin + ')' + (fit.next ? '; ' + fit.next + ' is ' + points(fit.gap_to_next) + ' away.' : '.')
      : 'Your latest ratings meet no level of this track yet' + (fit.next ? '; ' + fit.next + ' is ' + points(fit.gap_to_next) + ' away.' : '.')})]));
    if (a.archetypes.length) {
      out.appendChild(make('section', {id: 'archetypes'}, [make('h2', {text: 'Archetype fit at ' + a.level}), make('ul', {}, a.archetypes.map(function (f) {
        return make('li', {text: f.name + ': ' + f.score + (f.meets ? ' (meets)' : '')}); }))]));
    }
    var noted = a.moves.some(function (m) { return m.career_level_note; });
    if (a.career_level && !noted) out.appendChild(make('p', {cls: 'career', text: a.title + ' is a career level: staying there is a good outcome.'}));
  }
  function update(fromUrl) {
    if (fromUrl) restore(new URLSearchParams(location.hash.slice(1)));
    refreshArchetypes();
    var csv = toCsv();
    lastCsv = csv;
    byId('csv').value = csv;
    // The CSV holds one person: asked for by no id (the first), since an id that reads as a formula
    // is written with a leading ' and would not be found as typed.
    var answer = withStrings([csv, '', byId('target').value], function (c, p, t, n) {
      return JSON.parse(M.UTF8ToString(M._ladder_assess(session, c, n, p, t)));
    });
    byId('problem').textContent = answer.error || '';
    if (!answer.error) show(answer);
    refreshHints();
    var s = state().toString();
    if (!fromUrl && location.hash.slice(1) !== s) history.replaceState(null, '', '#' + s);
    byId('share').href = '#' + s;
    document.body.setAttribute('data-ready', 'yes');
  }

  createLadderModule().then(function (module) {
    M = module;
    session = withStrings([LADDER_TEXT, LADDER_SOURCE], function (t, s, n) { return M._ladder_open(t, n, s); });
    var problems = M.UTF8ToString(M._ladder_problems(session));
    if (problems) { byId('problem').textContent = problems; return; }
    ladder = JSON.parse(M.UTF8ToString(M._ladder_describe(session)));
    buildForm();
    byId('form').addEventListener('change', function () { update(false); });
    byId('form').addEventListener('input', function (e) { if (e.target.tagName === 'INPUT') update(false); });
    window.addEventListener('hashchange', function () { update(true); });
    byId('download').addEventListener('click', function () {
      var a = make('a', {href: URL.createObjectURL(new Blob([lastCsv], {type: 'text/csv'})), download: (byId('id').value.trim() || 'me') + '.csv'});
      document.body.appendChild(a); a.click(); a.remove();
    });
    update(true);
  });
})();
)js";
}  // namespace detail

/// Why `module_js` cannot go into a self-assessment page, or empty when it can: it must be the
/// WebAssembly module of tools/assess built as one JavaScript file (`ladder_assess.js`, which
/// defines `createLadderModule`), and hold no `</script`.
[[nodiscard]] inline std::string_view assessment_module_problem(std::string_view module_js) {
    if (module_js.find("createLadderModule") == std::string_view::npos) {
        return "not the ladder WebAssembly module (ladder_assess.js, which defines createLadderModule)";
    }
    if (detail::ends_a_script(module_js)) return "the module holds '</script', which would end the page's script early";
    return {};
}

/// The self-assessment page for a ladder: one self-contained HTML file holding `ladder_text` (the
/// .ladder text, named `source` in findings) and `module_js` (see assessment_module_problem()).
/// The engineer picks a level (and an archetype where one is open), rates each competency for up
/// to three review cycles, and sees their next move's verdict (and that of any move they choose)
/// with its clauses, gaps in the level's words, best fit, archetype fit and the career-level
/// note, recomputed on every change by the module's ladder_assess(); the page's address keeps
/// the state, and the ratings can be copied or downloaded as a people CSV. Empty, and no page at
/// all, when the module cannot go into a page.
[[nodiscard]] inline std::optional<std::string> to_assessment_html(const ladder_view& l, std::string_view ladder_text,
                                                                   std::string_view source, std::string_view module_js) {
    using detail::html_escape;
    if (!assessment_module_problem(module_js).empty()) return std::nullopt;
    const std::string name(l.info().name);
    std::string out = detail::html_head(name + ": self-assessment", detail::assess_style);
    out += "<h1>" + html_escape(name) + ": self-assessment</h1>\n"
           "<p class=\"hint\">Pick your level, rate yourself for up to three review cycles, latest last. The verdict is worked "
           "out in this page by the same code as the <code>ladder</code> command; nothing you enter leaves your machine. "
           "The address of the page keeps your answers: <a id=\"share\" href=\"#\">link to this assessment</a>.</p>\n"
           "<noscript><p id=\"noscript\">This page works out verdicts with JavaScript and WebAssembly: turn scripts on.</p></noscript>\n"
           "<form id=\"form\" onsubmit=\"return false\">\n<div class=\"fields\">\n"
           "<label>Your id<input id=\"id\" value=\"me\" size=\"8\"></label>\n"
           "<label>Name<input id=\"name\" size=\"16\"></label>\n"
           "<label>Level<select id=\"level\"></select></label>\n"
           "<label id=\"archetype-field\">Archetype<select id=\"archetype\"></select></label>\n"
           "<label>Also judge a move to<select id=\"target\"><option value=\"\">(the next move only)</option></select></label>\n"
           "<label>Review cycles<select id=\"cycles\"><option>1</option><option>2</option><option selected>3</option></select></label>\n"
           "<label>Months in level<input id=\"months\" type=\"number\" min=\"0\" max=\"1200\" size=\"5\"></label>\n"
           "<span id=\"attributes\" class=\"fields\"></span>\n</div>\n"
           "<table id=\"ratings\"><thead><tr><th>competency</th><th>your level expects</th><th id=\"next-heading\">next level expects</th>"
           "<th id=\"cycle-heading-0\">cycle 1</th><th id=\"cycle-heading-1\">cycle 2</th><th id=\"cycle-heading-2\">cycle 3</th></tr></thead>"
           "<tbody></tbody></table>\n</form>\n"
           "<p id=\"problem\"></p>\n<div id=\"result\" aria-live=\"polite\"></div>\n"
           "<section><h2>Your ratings as a people CSV</h2><p class=\"hint\">The format <code>ladder evaluate --people</code> reads."
           " <button id=\"download\" type=\"button\">Download</button></p><textarea id=\"csv\" rows=\"5\" readonly></textarea></section>\n"
           "<script>\nvar LADDER_TEXT = " +
           detail::script_string(ladder_text) + ";\nvar LADDER_SOURCE = " + detail::script_string(source) + ";\n</script>\n<script>\n";
    out += module_js;
    out += "\n</script>\n<script>";
    out += detail::assess_script;
    out += "</script>\n</body>\n</html>\n";
    return out;
}

LADDER_END_NAMESPACE
