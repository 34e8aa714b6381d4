// Helpers shared by the app's browser tests (app.test.mjs, app-a11y.test.mjs): open the app,
// read its screen model, act on it the way a user does — canvas clicks and typing, or the HTML
// mirror with the keyboard — and compare with the native `dbi` CLI.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, launchBrowser, nativeBuild, serveSite, siteDir } from './harness.mjs';

export { artifacts, launchBrowser, serveSite, siteDir };

export const SME_INDEX = join(siteDir, 'indices', 'vn.mic.1970-2021.sme.json');

// The dbi CLI of the native tree; the tests that compare with it fail without it (the build
// registers DBI_NATIVE_BUILD — build the native tree first).
export function dbiCli() {
  const cli = join(nativeBuild, 'tools', 'dbi');
  if (!nativeBuild || !existsSync(cli)) {
    throw new Error(`dbi CLI not found at ${cli}: build the native tree and set DBI_NATIVE_BUILD`);
  }
  return cli;
}

export async function writeArtifact(name, content) {
  await mkdir(artifacts, { recursive: true });
  const path = join(artifacts, name);
  await writeFile(path, content);
  return path;
}

// `dbi score --json` on an answers document: the reference total and level.
export async function cliScore(answersJson, name) {
  const path = await writeArtifact(name, answersJson);
  const out = execFileSync(dbiCli(), ['score', path, '--index', SME_INDEX, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

export async function newPage(browser, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
                                        hasTouch = false, query = '', hash = '#/welcome', onRequest } = {}) {
  // bypassCSP only lets the tests inject axe-core; the app itself runs under the site's CSP
  // in every other respect (script-src 'self' 'wasm-unsafe-eval').
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, bypassCSP: true,
                                             acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (onRequest) page.on('request', onRequest);
  page.errors = errors;
  page.context_ = context;
  return page;
}

export async function openApp(page, url) {
  await page.goto(url);
  await waitReady(page);
}

export async function waitReady(page) {
  await page.waitForFunction(() => window.dbiApp && window.dbiApp.ready, null, { timeout: 60000 });
  await settle(page);
}

// Two animation frames: the app has drawn and published what the last action changed.
export async function settle(page) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() =>
    requestAnimationFrame(() => requestAnimationFrame(ok))))));
}

export const model = (page) => page.evaluate(() => window.dbiApp.model());

export async function waitRoute(page, route) {
  await page.waitForFunction((r) => window.dbiApp.model().route === r && location.hash === '#' + r, route,
                             { timeout: 10000 });
  await settle(page);
}

// ---- Canvas (mouse, touch, typing through the IME bridge) --------------------------------

// Scrolls the canvas with the mouse wheel until the element is on screen; returns its rect.
export async function canvasReveal(page, key) {
  const vh = page.viewportSize().height;
  for (let i = 0; i < 60; i++) {
    const r = await page.evaluate((k) => window.dbiApp.itemRect(k), key);
    if (!r) throw new Error(`canvas element ${key} not drawn`);
    if (r.y >= 10 && r.y + r.h <= vh - 10) return r;
    await page.mouse.move(40, vh / 2);
    const dy = r.y < 10 ? Math.max(-400, r.y - vh / 3) : Math.min(400, r.y + r.h - vh * 2 / 3);
    await page.mouse.wheel(0, dy);
    await settle(page);
  }
  throw new Error(`could not scroll ${key} into view`);
}

export async function canvasClick(page, key) {
  const r = await canvasReveal(page, key);
  await page.mouse.click(r.x + Math.min(r.w / 2, 30), r.y + r.h / 2);
  await settle(page);
}

export async function canvasTap(page, key) {
  const r = await canvasReveal(page, key);
  await page.touchscreen.tap(r.x + Math.min(r.w / 2, 30), r.y + r.h / 2);
  await settle(page);
}

// Clicks a canvas text field and waits until the page's IME bridge has the focus.
export async function canvasFocusField(page, key) {
  await canvasClick(page, key);
  await page.waitForFunction(() => document.activeElement && document.activeElement.className === 'bridge',
                             null, { timeout: 5000 });
}

// ---- Mirror (the HTML form; keyboard operation) ---------------------------------------------

export const byId = (key) => `[id="${key}"]`;

// Focuses a button of the mirror and presses Enter, as a keyboard user does (the mirror is
// visually hidden under the canvas, so a mouse never reaches it).
export async function mirrorPress(page, key) {
  await page.focus(byId(key));
  await page.keyboard.press('Enter');
  await settle(page);
}

// Focuses a radio button of the mirror and presses Space, as a keyboard user does.
export async function mirrorChoose(page, key) {
  await page.focus(byId(key));
  await page.keyboard.press('Space');
  await settle(page);
}

export async function mirrorFill(page, key, value) {
  await page.fill(byId(key), value);
  await settle(page);
}

// ---- The answers used by every flow --------------------------------------------------------
// Deterministic, covering every answer type: ladders (including "No" at the gate), gated
// counts, ratios; k counts criteria across the index.
export function plannedAnswer(c, k) {
  if (c.kind === 'ladder') {
    const gated = c.options.length > 0 && c.options[0].value === 0;
    const n = c.options.length - (gated ? 1 : 0);
    const value = gated && k % 7 === 0 ? 0 : (k % n) + 1;
    return { key: c.options.find((o) => o.value === value).key, value };
  }
  const gate = c.options.length ? (k % 5 === 0 ? 0 : 1) : null;
  const numbers = {};
  for (const n of c.numbers) {
    if (n.field === 'numerator') numbers[n.key] = String(k % 10);
    else if (n.field === 'denominator') numbers[n.key] = '10';
    else numbers[n.key] = String((k % 6) * 20);
  }
  return { gate, gateKey: gate === null ? null : c.options.find((o) => o.value === gate).key,
           numbers: gate === 0 ? {} : numbers };
}

export function criteriaOf(m) {
  return m.indicators.flatMap((i) => i.criteria);
}

// ---- axe-core (from npm, injected into the page) -------------------------------------------
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Runs axe-core's WCAG 2.1 A/AA rules on the whole document; fails on any violation (the list
// goes to app-axe-<name>.json). Returns the number of rules that passed, so a caller can check
// that axe really ran.
export async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  await writeArtifact(`app-axe-${name}.json`, JSON.stringify(result.violations, null, 1));
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `${name}: axe violations`);
  return result.passes.length;
}

// ---- Whole assessments through the page API ------------------------------------------------
// Goes to a route by the address bar, as a link or the back button does.
export async function go(page, route) {
  await page.evaluate((h) => { location.hash = h; }, '#' + route);
  await waitRoute(page, route);
}

// Answers every criterion of the active index with the planned answers, through the page API
// the mirror uses (the questionnaire UI itself is covered by app.test.mjs and app-a11y).
export async function answerAll(page) {
  let k = 0;
  for (let p = 1; p <= 6; p++) {
    await go(page, `/pillar/${p}`);
    for (const c of criteriaOf(await model(page))) {
      k++;
      const plan = plannedAnswer(c, k);
      await page.evaluate(({ c, plan }) => {
        const app = window.dbiApp;
        if (c.kind === 'ladder') { app.call('app_answer_option', c.id, plan.value); return; }
        if (plan.gate !== null) app.call('app_answer_gate', c.id, plan.gate);
        for (const [key, value] of Object.entries(plan.numbers)) {
          app.call('app_answer_number', c.id, key.split(':')[2], value);
        }
      }, { c, plan });
    }
  }
  await settle(page);
  return page.evaluate(() => window.dbiApp.answers());
}

// A valid SME profile through the page API; `overrides` replace fields.
export async function fillProfile(page, overrides = {}) {
  const profile = { name: 'Công ty TNHH Ví Dụ', tax_code: '0300588569', province: '79', vsic: 'C',
                    employees: '45', revenue_m: '30.000', capital_m: '12000', ...overrides };
  for (const [field, value] of Object.entries(profile)) {
    await page.evaluate(([f, v]) => window.dbiApp.call('app_profile_set', f, v), [field, value]);
  }
}

// ---- A real dbi-server (native tree) serving this site on 127.0.0.1 --------------------------
const repoDir = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

// Starts dbi-server with a data folder under `work` (SQLite file, receipt key = the test
// receipt key listed in the kit's demo trust list). Resolves with {base, port, stop(),
// log()}. `extraArgs` are added to the command line; `site` and `trust` replace the built site
// and the kit's demo trust list (a test that adds keys to the trust list serves a copy of the
// site with its own list).
export async function startServer(work, extraArgs = [], { site = siteDir, trust = join(repoDir, 'indices/trust/trust.json') } = {}) {
  const data = join(work, 'data');
  await mkdir(data, { recursive: true });
  copyFileSync(join(repoDir, 'tests/crypto/fixtures/test-receipt.json'), join(data, 'receipt-key.json'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(join(nativeBuild, 'server-min', 'dbi-server'),
                       ['--site', site, '--data', data, '--host', '127.0.0.1', '--port', String(port),
                        '--trust', trust,
                        '--root', join(repoDir, 'indices/trust/root.pub.json'), ...extraArgs],
                       { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base + 'api/v1/health')).ok) break;
    } catch { /* not listening yet */ }
    if (i > 300 || server.exitCode !== null) throw new Error(`dbi-server did not start:\n${log}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const stop = () => new Promise((ok) => {
    if (server.exitCode !== null) { ok(); return; }
    server.once('exit', ok);
    server.kill('SIGTERM');
  });
  return { base, port, server, stop, log: () => log };
}
