// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// The WebAssembly module gives the answers the native build gives: for each ladder, its test
// blocks (as `ladder test -v` prints them, compared with the command itself) and, with a people
// file, every person's assessment for their next move and for a move to every level (compared
// with assess_native, the same C interface compiled for this machine).
//   node parity.js MODULE ASSESS_NATIVE LADDER_COMMAND LADDER[:PEOPLE.csv]...
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const { open } = require('./module.js');

function sections(text) {
  const out = [];
  for (const part of text.split(/^### /m).slice(1)) {
    const end = part.indexOf('\n');
    out.push({ question: part.slice(0, end), answer: part.slice(end + 1) });
  }
  return out;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) ++i;
  return `at byte ${i}:\n  native: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\n  wasm:   ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

async function main() {
  const [modulePath, nativePath, ladderCommand, ...cases] = process.argv.slice(2);
  if (cases.length === 0) throw new Error('usage: node parity.js MODULE ASSESS_NATIVE LADDER_COMMAND LADDER[:PEOPLE.csv]...');
  const wasm = await open(modulePath);
  let compared = 0, failures = 0;
  const check = (what, native, got) => {
    ++compared;
    if (native === got) return;
    ++failures;
    console.log(`DIFFERENT ${what} ${firstDifference(native, got)}`);
  };
  for (const c of cases) {
    const [ladderPath, peoplePath] = c.split(':');
    const text = fs.readFileSync(ladderPath, 'utf8');
    const session = wasm.load(text, ladderPath);
    const native = sections(execFileSync(nativePath, peoplePath ? [ladderPath, peoplePath] : [ladderPath], { encoding: 'utf8', maxBuffer: 1 << 30 }));
    check(`${ladderPath}: problems`, native[0].answer, session.problems());
    // The command's own output for the test blocks, and the module's: the same checks, verdicts and summary.
    const command = execFileSync(ladderCommand, ['test', '-v', ladderPath], { encoding: 'utf8' });
    const tests = session.tests();
    if (!/ passed, 0 failed\n$/.test(command) || !/: passed\n/.test(command)) throw new Error(`${ladderPath}: the command's test run is not a clean run:\n${command}`);
    check(`${ladderPath}: test blocks (ladder test -v)`, command, tests);
    check(`${ladderPath}: test blocks (assess_native)`, native[1].answer, tests);
    let assessed = 0;
    if (peoplePath) {
      const csv = fs.readFileSync(peoplePath, 'utf8');
      for (const { question, answer } of native.slice(2)) {
        const [, person, target] = question.split(' ');
        const got = session.assess(csv, person, target || '');
        JSON.parse(got);  // every answer is JSON
        check(`${ladderPath}: ${question}`, answer, got);
        ++assessed;
      }
      if (assessed === 0) throw new Error(`${peoplePath}: no person assessed`);
    }
    session.close();
    console.log(`${ladderPath}: ${tests.trim().split('\n').pop()} in both; ${assessed} assessments compared`);
  }
  console.log(`${compared} answers compared, ${failures} different`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
