// The whole chain, with nothing stubbed: the browser app (wasm core) assesses an SME and signs
// the result with its device key → the real dbi-server verifies, re-scores, commits and
// receipts it → an assessor countersigns with the CLI → the certificate verifies with
// `dbi verify`, with the static verification page and with the independent PyNaCl verifier,
// and any single changed byte fails all three → the enterprise appears in the public ranking
// of its province, sector and size class (issues 3, 4 and 6).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axe, byId, startServer, criteriaOf, dbiCli, launchBrowser, mirrorChoose, mirrorFill, model, newPage, openApp,
  plannedAnswer, settle, waitRoute,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'tests/crypto/fixtures');
const trust = join(repo, 'indices/trust/trust.json');
const root = join(repo, 'indices/trust/root.pub.json');
// Debian's python3, which has python3-nacl (a pyenv python3 earlier on PATH may not).
const PYTHON = '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'dbi-e2e-'));

let server;
let base;
let browser;

before(async () => {
  dbiCli();
  server = await startServer(work);
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function flipByteOfPayload(text) {
  const env = JSON.parse(text);
  const payload = Buffer.from(env.statements[0].payload, 'base64');
  payload[payload.indexOf('"points":') + 9] ^= 0x01;  // one digit of the first score
  env.statements[0].payload = payload.toString('base64');
  return JSON.stringify(env);
}

test('browser → server receipt → assessor countersignature → three verifiers → ranking', async () => {
  const page = await newPage(browser);
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  await openApp(page, base + '#/welcome');

  // Profile, through the accessible mirror (the canvas path is covered by app.test.mjs).
  await page.focus(byId('cmd:start'));
  await page.keyboard.press('Enter');
  await waitRoute(page, '/profile');
  await mirrorFill(page, 'field:name', 'Công ty TNHH Thương mại Sao Mai');
  await mirrorFill(page, 'field:tax_code', '0300588569');
  await page.selectOption(byId('field:province'), '79');
  await page.selectOption(byId('field:vsic'), 'G');
  await mirrorFill(page, 'field:employees', '45');
  await mirrorFill(page, 'field:revenue_m', '30000');
  await mirrorFill(page, 'field:capital_m', '12000');

  let k = 0;
  for (let p = 1; p <= 6; p++) {
    await page.focus(byId('cmd:next'));
    await page.keyboard.press('Enter');
    await waitRoute(page, `/pillar/${p}`);
    for (const c of criteriaOf(await model(page))) {
      const plan = plannedAnswer(c, ++k);
      if (c.kind === 'ladder') { await mirrorChoose(page, plan.key); continue; }
      if (plan.gateKey) await mirrorChoose(page, plan.gateKey);
      for (const [key, value] of Object.entries(plan.numbers)) await mirrorFill(page, key, value);
    }
  }
  await page.focus(byId('cmd:next'));
  await page.keyboard.press('Enter');
  await waitRoute(page, '/results');
  let m = await model(page);
  assert.equal(m.results.answered, 60);

  // Opt in to the public ranking, then submit to the real endpoint.
  await mirrorChoose(page, 'cmd:publish');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === base + 'api/v1/submissions'),
    (async () => { await page.focus(byId('cmd:submit')); await page.keyboard.press('Enter'); })(),
  ]);
  assert.equal(response.status(), 201, await response.text());
  const body = await response.json();
  assert.equal(body.status, 'accepted');
  await page.waitForFunction((id) => window.dbiApp.model().results.submit_status.includes(id),
                             body.receipt_id, { timeout: 10000 });
  await settle(page);
  await screenshot(page, 'e2e-submitted');
  m = await model(page);
  assert.ok(outside.length === 0, `requests left the kit's origin: ${outside}`);

  // The receipted envelope, countersigned by the demo assessor with the CLI.
  const receipted = join(work, 'receipted.json');
  writeFileSync(receipted, JSON.stringify(body.envelope));
  const certified = join(work, 'certified.json');
  execFileSync(dbiCli(), ['sign', '--countersign', receipted, '--key', join(fixtures, 'test-assessor.json'),
                          '--out', certified, '--trust', trust, '--root', root]);
  const text = readFileSync(certified, 'utf8');

  // 1. dbi verify: three roles, the browser's score.
  const cli = JSON.parse(execFileSync(dbiCli(), ['verify', certified, '--trust', trust, '--root', root,
                                                 '--json'], { encoding: 'utf8' }));
  assert.equal(cli.valid, true);
  assert.deepEqual(cli.signers.map((s) => s.role), ['device', 'receipt', 'assessor']);
  assert.equal(cli.result.points, m.results.total);
  assert.equal(cli.result.level, m.results.level);

  // 2. The independent verifier (PyNaCl + its own JCS).
  const py = spawnSync(PYTHON, [join(repo, 'tests/interop/verify_with_nacl.py'), certified,
                                   '--trust', trust, '--root', root], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stdout + py.stderr);

  // 3. The static verification page, offline in the same browser.
  const vp = await newPage(browser);
  await vp.goto(base + 'verify.html');
  await vp.fill('#paste', text);
  await vp.click('#check');
  await vp.waitForSelector('#verdict');
  assert.equal(await vp.getAttribute('#verdict', 'data-valid'), 'true');
  assert.equal(await vp.textContent('#score'), `${m.results.total}/${m.results.max}`);
  await screenshot(vp, 'e2e-verify-page');

  // Any single changed byte fails all three.
  const bad = join(work, 'tampered.json');
  writeFileSync(bad, flipByteOfPayload(text));
  const cliBad = spawnSync(dbiCli(), ['verify', bad, '--trust', trust, '--root', root], { encoding: 'utf8' });
  assert.equal(cliBad.status, 1);
  assert.match(cliBad.stderr, /DBI-SUB-008/);
  const pyBad = spawnSync(PYTHON, [join(repo, 'tests/interop/verify_with_nacl.py'), bad,
                                      '--trust', trust, '--root', root], { encoding: 'utf8' });
  assert.equal(pyBad.status, 1, pyBad.stdout + pyBad.stderr);
  await vp.fill('#paste', readFileSync(bad, 'utf8'));
  await vp.click('#check');
  await vp.waitForFunction(() => document.querySelector('#verdict')?.dataset.valid === 'false');

  // The enterprise is in the ranking of its province, sector and size class.
  const ranking = await (await fetch(base + 'api/v1/rankings?index=vn.mic.1970-2021.sme&province=79' +
                                     '&sector=G&size=small')).json();
  const row = JSON.stringify(ranking);
  assert.match(row, /Công ty TNHH Thương mại Sao Mai/);
  assert.ok(row.includes(`"score":${m.results.total}`) || row.includes(`"points":${m.results.total}`), row);

  // The public ranking page of the same server shows it, and axe finds no WCAG 2.1 AA
  // violation there in either language (issue 9: every HTML page).
  const rp = await newPage(browser);
  await rp.goto(base + 'ranking.html');
  await rp.waitForFunction(() => document.querySelector('main').textContent.includes('Sao Mai'), null,
                           { timeout: 20000 });
  assert.ok(await axe(rp, 'ranking-vi') > 5);
  await screenshot(rp, 'ranking-vi');
  await rp.click('#lang');
  await rp.waitForFunction(() => document.documentElement.lang === 'en');
  await rp.waitForFunction(() => document.querySelector('main').textContent.includes('Sao Mai'));
  assert.ok(await axe(rp, 'ranking-en') > 5);
  assert.deepEqual(rp.errors, []);
  await rp.context_.close();
});
