// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// The self-assessment page in headless Chromium, driven through the DevTools protocol (over a
// pipe: no port, no package): it opens the page from a file, rates every competency at the top
// of its scale through the DOM, then one competency at the bottom, and after each change reads
// the verdict off the page and checks it against `ladder evaluate` run on the people CSV the page
// itself exports; then it reopens the page's own address and checks the state came back. Fails
// on any console error or uncaught exception. Leaves a screenshot.
//   node page.js CHROMIUM LADDER_COMMAND PAGE.html SCREENSHOT.png WORK_DIR
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [chromium, ladderCommand, pagePath, screenshotPath, workDir] = process.argv.slice(2);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-chromium-'));
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-pipe',
  `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let browserLog = '';
browser.stderr.on('data', (d) => { browserLog += d; });

// The protocol over the pipe: JSON messages ended by a NUL byte, fd 3 to the browser, fd 4 back.
let nextId = 1, pending = Buffer.alloc(0);
const waiting = new Map(), listeners = [];
browser.stdio[4].on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (let end = pending.indexOf(0); end >= 0; end = pending.indexOf(0)) {
    const message = JSON.parse(pending.subarray(0, end).toString('utf8'));
    pending = pending.subarray(end + 1);
    const call = waiting.get(message.id);
    if (call) {
      waiting.delete(message.id);
      if (message.error) call.reject(new Error(JSON.stringify(message.error))); else call.resolve(message.result);
    } else {
      listeners.forEach((f) => f(message));
    }
  }
});
function send(method, params = {}, sessionId = undefined) {
  const id = nextId++;
  browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}

function fail(message) {
  console.error(`FAILED: ${message}`);
  if (browserLog) console.error(`chromium said:\n${browserLog.slice(-2000)}`);
  browser.kill('SIGKILL');
  process.exit(1);
}

async function main() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  const errors = [];
  listeners.push((m) => {
    if (m.sessionId !== sessionId) return;
    if (m.method === 'Runtime.exceptionThrown') errors.push(m.params.exceptionDetails.exception?.description || m.params.exceptionDetails.text);
    if (m.method === 'Runtime.consoleAPICalled' && m.params.type === 'error') errors.push(m.params.args.map((a) => a.value ?? a.description).join(' '));
    if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') errors.push(m.params.entry.text);
  });
  await page('Runtime.enable');
  await page('Log.enable');
  await page('Page.enable');
  await page('Emulation.setDeviceMetricsOverride', { width: 1300, height: 1400, deviceScaleFactor: 1, mobile: false });
  const evaluate = async (expression) => {
    const r = await page('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) fail(`${expression}: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
    return r.result.value;
  };
  const open = async (url) => {
    await page('Page.navigate', { url });
    const started = Date.now();
    while (await evaluate("document.body && document.body.getAttribute('data-ready')") !== 'yes') {
      if (errors.length) fail(`the page logged errors while loading: ${errors.join('; ')}`);
      if (Date.now() - started > 60000) fail(`the page gave no verdict in 60 s; it shows: ${await evaluate('document.body.innerText')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Date.now() - started;
  };
  const shown = () => evaluate(`(() => {
    const v = document.querySelector('[data-role=next] [data-verdict]');
    return { verdict: v ? v.dataset.verdict : null, csv: document.getElementById('csv').value,
             problem: document.getElementById('problem').textContent, hash: location.hash };
  })()`);
  // What the command says of the CSV the page exports: its verdict for the same person.
  const commandVerdict = (csv, name) => {
    const file = path.join(workDir, `${name}.csv`);
    fs.writeFileSync(file, csv);
    const out = execFileSync(ladderCommand, ['evaluate', '--people', file, '--format', 'csv'], { encoding: 'utf8' });
    const row = out.split('\r\n')[1].split(',');
    return row[5];
  };

  const url = 'file://' + path.resolve(pagePath);
  const firstVerdictMs = await open(`${url}#level=L5&cycles=3`);
  // Every rating at the top of its scale, through the DOM, as a person would pick them.
  const picked = await evaluate(`(() => {
    const all = [...document.querySelectorAll('#ratings select')];
    all.forEach((s) => { s.selectedIndex = s.options.length - 1; s.dispatchEvent(new Event('change', { bubbles: true })); });
    return all.length;
  })()`);
  if (picked < 3) fail(`the form has ${picked} rating fields`);
  const high = await shown();
  if (high.problem) fail(`the page shows a problem: ${high.problem}`);
  const highCommand = commandVerdict(high.csv, 'high');
  if (high.verdict !== highCommand) fail(`the page says ${high.verdict} with every rating at the top; the command says ${highCommand}`);
  // One competency at the bottom of its scale in every cycle.
  await evaluate(`(() => {
    const row = document.querySelector('#ratings tbody tr');
    row.querySelectorAll('select').forEach((s) => { s.selectedIndex = 1; s.dispatchEvent(new Event('change', { bubbles: true })); });
  })()`);
  const low = await shown();
  const lowCommand = commandVerdict(low.csv, 'low');
  if (low.verdict !== lowCommand) fail(`the page says ${low.verdict} with one rating at the bottom; the command says ${lowCommand}`);
  if (low.verdict === high.verdict) fail(`the verdict did not change (${low.verdict}) when a rating fell to the bottom of its scale`);
  // An id a spreadsheet would read as a formula is written with a leading ' in the CSV: the page
  // still assesses that person, with the same verdict.
  await evaluate(`(() => {
    const id = document.getElementById('id');
    id.value = '=HYPERLINK("x")';
    id.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
  const formula = await shown();
  if (formula.problem) fail(`with an id that reads as a formula, the page shows a problem: ${formula.problem}`);
  if (!formula.csv.includes(`'=HYPERLINK`)) fail(`the CSV does not neutralise the id that reads as a formula:\n${formula.csv}`);
  if (formula.verdict !== low.verdict) fail(`with an id that reads as a formula, the page says ${formula.verdict}, not ${low.verdict}`);
  // The address keeps the state: reopened, the page shows the same ratings and verdict.
  await page('Page.navigate', { url: 'about:blank' });
  await open(url + low.hash);
  const again = await shown();
  if (again.csv !== low.csv || again.verdict !== low.verdict) fail(`reopened from its address, the page shows ${again.verdict} and\n${again.csv}\nnot ${low.verdict} and\n${low.csv}`);
  if (errors.length) fail(`console errors: ${errors.join('; ')}`);
  const shot = await page('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
  fs.writeFileSync(screenshotPath, Buffer.from(shot.data, 'base64'));
  console.log(`the page gave its first verdict ${firstVerdictMs} ms after opening; every rating at the top: ${high.verdict} (the command: ${highCommand}); ` +
    `one at the bottom: ${low.verdict} (the command: ${lowCommand}); reopened from its address: ${again.verdict}; ` +
    `page ${fs.statSync(pagePath).size} bytes; screenshot ${screenshotPath}`);
  browser.kill('SIGKILL');
  process.exit(0);
}

setTimeout(() => fail('the browser run took more than 120 s'), 120000).unref();
main().catch((e) => fail(e.stack || String(e)));
