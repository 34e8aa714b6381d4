// The self-assessment app end to end in Chromium (issue 4), in Vietnamese and in English:
// profile (canvas typing through an IME composition, mirror fields), a full SME questionnaire
// (pillar 1 by canvas clicks and typing, pillars 2–6 through the HTML mirror), results checked
// against `dbi score`, reload restores the draft and the screen, back button, printable report,
// signed result file checked with `dbi verify`, submission with a receipt, no third-party
// requests, zero frames while idle, and touch on a HiDPI phone. Screenshots of every screen go
// to DBI_ARTIFACTS (app-<lang>-<screen>.png).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  artifacts, byId, canvasClick, canvasFocusField, canvasTap, cliScore, criteriaOf, dbiCli,
  launchBrowser, mirrorChoose, mirrorFill, model, newPage, openApp, plannedAnswer, serveSite,
  settle, waitReady, waitRoute, writeArtifact,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

let browser;
let site;
const posted = [];

before(async () => {
  dbiCli();  // fail early, with the reason, when the native CLI is missing
  site = await serveSite(undefined, async (req, res) => {
    if (req.method === 'POST' && req.url === '/api/v1/submissions') {
      let body = '';
      for await (const chunk of req) body += chunk;
      posted.push(body);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ receipt_id: `r-test-${posted.length}` }));
      return true;
    }
    return false;
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const TEXT = {
  vi: { welcome: 'DBI Kit — Tự đánh giá', pillar1: 'Trụ cột 1/6', results: 'Kết quả đánh giá' },
  en: { welcome: 'DBI Kit — Enterprise', pillar1: 'Pillar 1 of 6', results: 'Assessment result' },
};

async function answerByCanvas(page, c, k) {
  const plan = plannedAnswer(c, k);
  if (c.kind === 'ladder') {
    await canvasClick(page, plan.key);
    return;
  }
  if (plan.gateKey) await canvasClick(page, plan.gateKey);
  for (const [key, value] of Object.entries(plan.numbers)) {
    await canvasFocusField(page, key);
    await page.keyboard.type(value);
    await settle(page);
  }
}

async function answerByMirror(page, c, k) {
  const plan = plannedAnswer(c, k);
  if (c.kind === 'ladder') {
    await mirrorChoose(page, plan.key);
    return;
  }
  if (plan.gateKey) await mirrorChoose(page, plan.gateKey);
  for (const [key, value] of Object.entries(plan.numbers)) await mirrorFill(page, key, value);
}

// Checks that every criterion of the screen holds the planned answer.
function assertPlanned(m, k0) {
  let k = k0;
  for (const c of criteriaOf(m)) {
    k++;
    const plan = plannedAnswer(c, k);
    assert.ok(c.answered, `${c.id} answered`);
    if (c.kind === 'ladder') {
      assert.equal(c.options.find((o) => o.selected)?.value, plan.value, `${c.id} option`);
    } else {
      for (const n of c.numbers) if (plan.numbers[n.key] !== undefined) assert.equal(n.value, plan.numbers[n.key]);
    }
  }
  return k;
}

async function fullFlow(lang) {
  const external = [];
  const page = await newPage(browser, {
    onRequest: (r) => {
      const u = r.url();
      if (!u.startsWith(site.url) && !u.startsWith('blob:') && !u.startsWith('data:')) external.push(u);
    },
  });
  const shot = (name) => screenshot(page, `app-${lang}-${name}`);
  await openApp(page, site.url + (lang === 'en' ? '?lang=en' : '') + '#/welcome');
  let m = await model(page);
  assert.equal(m.lang, lang);
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  assert.ok(m.heading.startsWith(TEXT[lang].welcome), m.heading);
  await shot('welcome');

  // ---- Welcome → profile, by a canvas click
  await canvasClick(page, 'cmd:start');
  await waitRoute(page, '/profile');

  // Name on the canvas, through the IME bridge: plain text, an IME composition (Telex-style
  // "Viê" → "Việ", then committed) and decomposed text; the stored name must be NFC.
  await canvasFocusField(page, 'field:name');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.insertText', { text: 'Công ty TNHH ' });
  await cdp.send('Input.imeSetComposition', { text: 'Viê', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: 'Việ', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: 'Việ' });
  await cdp.send('Input.insertText', { text: 't S\u00f4\u0301' });  // "ố" decomposed: ô + U+0301
  await settle(page);
  m = await model(page);
  const name = m.fields.find((f) => f.name === 'name').value;
  assert.equal(name, 'Công ty TNHH Việt Số'.normalize('NFC'));
  assert.equal(name, name.normalize('NFC'));
  assert.ok(name.includes('\u1ec7') && name.includes('\u1ed1'), 'precomposed ệ and ố');
  // The mirror shows the same value (both views from one model).
  assert.equal(await page.inputValue(byId('field:name')), name);

  // Tax code with live checksum validation: a wrong check digit is reported at once.
  await mirrorFill(page, 'field:tax_code', '0300588568');
  m = await model(page);
  assert.notEqual(m.fields.find((f) => f.name === 'tax_code').error, '');
  assert.notEqual(await page.textContent('[id="err-tax_code"]'), '');
  await mirrorFill(page, 'field:tax_code', '0300588569');
  await page.selectOption(byId('field:province'), '79');
  await page.selectOption(byId('field:vsic'), 'C');
  await mirrorFill(page, 'field:employees', '45');
  await mirrorFill(page, 'field:revenue_m', '30000');
  await mirrorFill(page, 'field:capital_m', '12000');
  m = await model(page);
  const tax = m.fields.find((f) => f.name === 'tax_code');
  assert.equal(tax.error, '');
  assert.ok(tax.valid);
  assert.ok(m.reasons.length >= 3, 'classification explained');
  const sme = m.sets.find((s) => s.value === 'sme');
  assert.ok(sme.proposed && sme.selected, 'SME index proposed and in use');
  assert.equal(m.fields.find((f) => f.name === 'province').choices.length, 34);
  await shot('profile');

  // ---- Pillar 1 on the canvas: clicks and typing
  await canvasClick(page, 'cmd:next');
  await waitRoute(page, '/pillar/1');
  m = await model(page);
  assert.ok(m.heading.startsWith(TEXT[lang].pillar1), m.heading);
  let k = 0;
  for (const c of criteriaOf(m)) await answerByCanvas(page, c, ++k);
  m = await model(page);
  let k1 = assertPlanned(m, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('pillar-1');

  // ---- Pillars 2–6 through the mirror (keyboard on its controls)
  for (let p = 2; p <= m.pillar.count; p++) {
    await page.focus(byId('cmd:next'));
    await page.keyboard.press('Enter');
    await waitRoute(page, `/pillar/${p}`);
    const mp = await model(page);
    for (const c of criteriaOf(mp)) await answerByMirror(page, c, ++k);
    k1 = assertPlanned(await model(page), k1);
    await shot(`pillar-${p}`);
  }
  assert.equal(k, k1);

  // ---- Results, checked against the CLI on the exported answers
  await page.focus(byId('cmd:next'));
  await page.keyboard.press('Enter');
  await waitRoute(page, '/results');
  m = await model(page);
  const answers = await page.evaluate(() => window.dbiApp.answers());
  const cli = await cliScore(answers, `app-${lang}-answers.json`);
  assert.equal(cli.completeness.answered, cli.completeness.criteria);
  assert.equal(m.results.answered, cli.completeness.criteria);
  assert.equal(m.results.total, cli.total.points);
  assert.equal(m.results.max, cli.total.max);
  assert.equal(m.results.level, cli.total.level);
  assert.deepEqual(m.results.pillars.map((p) => [p.points, p.level]),
                   cli.pillars.map((p) => [p.points, p.level]));
  assert.ok(m.results.total_text.includes(String(cli.total.points)) &&
            m.results.total_text.includes(String(cli.total.max)), m.results.total_text);
  assert.ok(m.results.level_text.includes(String(cli.total.level)));
  // What the page shows (mirror text) is the same.
  const summary = await page.textContent('#results-summary');
  assert.ok(summary.includes(m.results.total_text) && summary.includes(m.results.level_text));
  assert.ok(m.results.next_level.length > 0);
  await shot('results');

  // ---- Reload: same screen, same draft, same language
  await page.reload();
  await waitReady(page);
  const m2 = await model(page);
  assert.equal(m2.route, '/results');
  assert.equal(m2.lang, lang);
  assert.equal(await page.evaluate(() => window.dbiApp.answers()), answers);
  assert.equal(m2.results.total, m.results.total);

  // ---- The back button walks the hash routes
  await page.goBack();
  await waitRoute(page, '/pillar/6');
  await page.goForward();
  await waitRoute(page, '/results');

  // ---- Signed result file, verified by the CLI
  const [download] = await Promise.all([page.waitForEvent('download'), canvasClick(page, 'cmd:download')]);
  const file = join(artifacts, `app-${lang}-result.json`);
  await download.saveAs(file);
  const envelope = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(envelope.format, 'dbi-envelope/1');
  assert.ok(envelope.answers, 'answers attached');
  const verified = JSON.parse(execFileSync(dbiCli(), ['verify', file, '--json'], { encoding: 'utf8' }));
  await writeArtifact(`app-${lang}-verify.json`, JSON.stringify(verified, null, 1));
  assert.equal(verified.valid, true);
  assert.equal(verified.subject.tax_code, '0300588569');
  assert.equal(verified.subject.name, name);
  m = await model(page);
  assert.notEqual(m.results.signed_note, '', 'the device key id is shown');

  // ---- Submit: nothing was sent before the user pressed it
  assert.equal(site.requests.filter((u) => u.startsWith('/api/')).length, posted.length);
  const before = posted.length;
  await canvasClick(page, 'cmd:submit');
  await page.waitForFunction(() => /r-test-/.test(window.dbiApp.model().results.submit_status), null,
                             { timeout: 10000 });
  assert.equal(posted.length, before + 1);
  const sent = JSON.parse(posted[posted.length - 1]);
  assert.equal(sent.format, 'dbi-envelope/1');
  assert.ok(sent.answers);

  // ---- Printable report
  await canvasClick(page, 'cmd:report');
  await waitRoute(page, '/report');
  assert.equal(await page.isVisible('#report'), true);
  const report = await page.textContent('#report');
  assert.ok(report.includes(m.results.total_text) && report.includes(m.results.level_text));
  assert.equal(await page.locator('#report svg[role="img"]').count(), 2);
  await shot('report');
  await page.goBack();
  await waitRoute(page, '/results');

  // ---- Idle: no frames without input
  await settle(page);
  await page.waitForTimeout(300);
  const f0 = await page.evaluate(() => window.dbiApp.frames());
  await page.waitForTimeout(2000);
  const f1 = await page.evaluate(() => window.dbiApp.frames());
  assert.equal(f1 - f0, 0, 'frames rendered while idle');

  assert.deepEqual(external, [], 'no third-party requests');
  assert.deepEqual(page.errors, []);
  await page.context_.close();
  return { total: m.results.total, level: m.results.level };
}

test('Vietnamese: a full SME assessment by canvas and mirror, scored like dbi score', async () => {
  await fullFlow('vi');
});

test('English: the same flow, the same figures', async () => {
  await fullFlow('en');
});

test('phone: 360 px, HiDPI canvas, touch taps answer a criterion', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2,
                                        hasTouch: true });
  await openApp(page, site.url + '#/pillar/1');
  assert.equal(await page.evaluate(() => document.getElementById('canvas').width), 720);
  const m = await model(page);
  const c = criteriaOf(m)[0];
  await canvasTap(page, c.options[2].key);
  const after1 = await model(page);
  assert.equal(criteriaOf(after1)[0].options.find((o) => o.selected)?.key, c.options[2].key);
  await screenshot(page, 'app-phone-pillar-1');
  // A draft from this page survives a reload on the phone too.
  await page.reload();
  await waitReady(page);
  assert.equal(criteriaOf(await model(page))[0].options.find((o) => o.selected)?.key, c.options[2].key);
  assert.deepEqual(page.errors, []);
  await page.context_.close();
});

test('a corrupt draft is reported, kept aside, and the app still starts', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/welcome');
  await page.evaluate(() => localStorage.setItem('dbi.draft', '{"format":"dbi-app-draft/1","answers":{'));
  await page.reload();
  await waitReady(page);
  const m = await model(page);
  assert.equal(m.notices.length, 1);
  assert.match(m.notices[0], /bản nháp/);
  assert.equal(await page.evaluate(() => localStorage.getItem('dbi.draft.corrupt')),
               '{"format":"dbi-app-draft/1","answers":{');
  assert.match(await page.textContent('#live'), /bản nháp/);
  await page.context_.close();
});
