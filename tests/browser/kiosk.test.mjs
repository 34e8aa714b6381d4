// Kiosk mode (issue 5, `?mode=kiosk`), in Chromium against a real dbi-server:
//  - the operator provisions the kiosk through the operator view: a PIN, then the kiosk key file
//    through the real file chooser (a device key file is refused with its code);
//  - offline, two enterprises complete an SME assessment one after the other; the first ends
//    with "Next enterprise", the second by the idle wipe (after the "Still there?" prompt);
//    after each wipe nothing of the session is left: not in the app, the page, localStorage or
//    sessionStorage — while the outbox keeps every signed result;
//  - the operator view counts the queue and exports it: the envelopes exactly as stored, signed
//    by the kiosk key, channel "kiosk";
//  - back online, both reach the endpoint exactly once (two rows in its SQLite file, signed in
//    the kiosk role), the receipts verify with `dbi verify`, and a reload sends nothing again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerAll, axe, canvasReveal, dbiCli, fillProfile, go, launchBrowser, mirrorPress, model, newPage, openApp,
  siteDir, startServer, waitReady, writeArtifact,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dbi-kiosk-'));
const ROOT_KEY = join(repoDir, 'tests/crypto/fixtures/test-root.json');
const ROOT_PUB = join(repoDir, 'indices/trust/root.pub.json');
const TRUST = join(work, 'trust.json');
const KIOSK_LABEL = 'Ki-ốt K-07 Hội chợ';
const PIN = '482913';
const A = { name: 'Công ty TNHH Ánh Dương Kiốt', tax_code: '0300588569' };
const B = { name: 'Công ty CP Bình Minh Kiốt', tax_code: '0312345673' };
let server;
let browser;
let kioskKeyId;

before(async () => {
  const cli = dbiCli();
  // The kiosk key, and the demo trust list with it added (signed again by the test root).
  execFileSync(cli, ['keygen', '--role', 'kiosk', '--label', KIOSK_LABEL, '--out', join(work, 'kiosk.json')]);
  execFileSync(cli, ['keygen', '--role', 'device', '--label', 'Máy tính', '--out', join(work, 'device.json')]);
  kioskKeyId = JSON.parse(readFileSync(join(work, 'kiosk.json'), 'utf8')).key_id;
  execFileSync(cli, ['trust', '--root', ROOT_KEY, '--base', join(repoDir, 'indices/trust/trust.json'),
                     '--valid-from', '2026-01-01T00:00:00Z', '--valid-until', '2099-12-31T23:59:59Z',
                     '--out', TRUST, join(work, 'kiosk.pub.json')]);
  // The site with that trust list: the server and the page use the same one.
  const site = join(work, 'site');
  cpSync(siteDir, site, { recursive: true });
  cpSync(TRUST, join(site, 'indices/trust/trust.json'));
  server = await startServer(work, [], { site, trust: TRUST });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function sql(query) {
  return execFileSync('sqlite3', ['-readonly', '-separator', '|', join(work, 'data', 'dbi.sqlite3'), query],
                      { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function verifyFile(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return execFileSync(dbiCli(), ['verify', path, '--trust', TRUST, '--root', ROOT_PUB, '--json'], { encoding: 'utf8' });
}

const outbox = (page) => page.evaluate(() => window.DbiOutbox.list());

async function openOperator(page) {
  await page.focus('#kiosk-operator-open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kiosk-operator:not([hidden])');
  if (await page.$('#kiosk-pin')) {
    await page.fill('#kiosk-pin', PIN);
    await page.click('#kiosk-unlock');
    await page.waitForSelector('#kiosk-counts');
  }
}

async function pickKeyFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#kiosk-import')]);
  await chooser.setFiles(path);
}

// Everything the page still holds after a wipe, as text: the app's model and answers, the
// page's text (canvas mirror included), and both storages.
async function leftovers(page) {
  return page.evaluate(() => {
    const dump = (s) => JSON.stringify(Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)])));
    return {
      model: JSON.stringify(window.dbiApp.model()),
      answers: window.dbiApp.answers(),
      text: document.body.innerText + '\n' + document.getElementById('mirror').textContent,
      local: dump(window.localStorage),
      session: dump(window.sessionStorage),
    };
  });
}

function assertNothingOf(left, who, what) {
  for (const [where, text] of Object.entries(left)) {
    for (const value of [who.name, who.tax_code]) {
      assert.ok(!text.includes(value), `${what}: ${where} still holds ${value}`);
    }
  }
  assert.deepEqual(JSON.parse(left.answers).answers ?? {}, {}, `${what}: no answers`);
}

// The QR code on the results screen, as a user's phone sees it: a screenshot of the canvas
// region, decoded by zbarimg (an independent decoder), then checked with `dbi verify`.
async function scanResultQr(page, name) {
  const r = await canvasReveal(page, 'qr:result').catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify(await page.evaluate(() => window.dbiApp.itemRect('qr:result')))}`);
  });
  const png = join(work, `${name}.png`);
  await page.screenshot({ path: png, clip: { x: r.x, y: r.y, width: r.w, height: r.h } });
  await writeArtifact(`${name}.png`, readFileSync(png));
  return { text: execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).replace(/\n$/, ''), rect: r };
}

async function completeAndSubmit(page, who) {
  await fillProfile(page, who);
  await answerAll(page);
  await go(page, '/results');
  await mirrorPress(page, 'cmd:submit');
  await page.waitForFunction(() => /hộp thư đi/.test(window.dbiApp.model().results.submit_status), null,
                             { timeout: 30000 });
  const m = await model(page);
  assert.match(m.results.signed_note, /Ki-ốt K-07 Hội chợ/);
  assert.ok(m.actions.some((a) => a.key === 'cmd:next_enterprise' && a.primary));
  assert.ok(!m.actions.some((a) => a.key === 'cmd:download'), 'no file download at a kiosk');
}

test('kiosk: provisioning, two sessions offline, wipes, queue export, delivered exactly once', async (t) => {
  const page = await newPage(browser);
  const context = page.context_;
  const start = server.base + '?mode=kiosk&idle=5';
  await openApp(page, start + '#/welcome');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  let m = await model(page);
  assert.equal(m.kiosk.mode, true);
  assert.equal(m.large_text, true, 'large text preset');
  assert.equal(m.kiosk.key_id, '');
  assert.equal(await page.isVisible('#outbox'), false);

  // ---- Provisioning: PIN first, then the key file (a device key is refused) ----------------
  await openOperator(page);
  await page.fill('#kiosk-new-pin', PIN);
  await page.fill('#kiosk-new-pin2', PIN);
  await page.click('#kiosk-set-pin');
  await page.waitForSelector('#kiosk-counts');
  await pickKeyFile(page, join(work, 'device.json'));
  await page.waitForSelector('#kiosk-key-error');
  assert.match(await page.textContent('#kiosk-key-error'), /DBI-SUB-030/);
  assert.equal((await model(page)).kiosk.key_id, '');
  await pickKeyFile(page, join(work, 'kiosk.json'));
  await page.waitForFunction(() => window.dbiApp.model().kiosk.key_id !== '');
  await page.waitForSelector('#kiosk-key-error', { state: 'detached' });
  assert.equal((await model(page)).kiosk.key_id, kioskKeyId);
  assert.match(await page.textContent('#kiosk-key'), new RegExp(kioskKeyId));
  const stored = await page.evaluate(() => ({ key: localStorage.getItem('dbi.kiosk.key'),
                                               pin: localStorage.getItem('dbi.kiosk.pin') }));
  assert.equal(stored.key, readFileSync(join(work, 'kiosk.json'), 'utf8'), 'the key file, kept as is');
  assert.ok(!stored.pin.includes(PIN), 'the PIN itself is not stored');
  assert.match(JSON.parse(stored.pin).sha256, /^[0-9a-f]{64}$/);
  await screenshot(page, 'kiosk-operator');
  assert.ok(await axe(page, 'kiosk-operator') > 5);
  await page.click('#kiosk-close');
  // The PIN protects the view: a wrong one does not open it.
  await page.focus('#kiosk-operator-open');
  await page.keyboard.press('Enter');
  await page.fill('#kiosk-pin', '000000');
  await page.click('#kiosk-unlock');
  await page.waitForFunction(() => /không đúng|Wrong/.test(document.getElementById('kiosk-op-msg').textContent));
  assert.equal(await page.$('#kiosk-counts'), null);
  await page.click('#kiosk-close');

  // ---- Session 1, offline: Next enterprise -------------------------------------------------
  await context.setOffline(true);
  await completeAndSubmit(page, A);
  // The QR code: the signed certificate without the answers, valid with the kiosk key.
  m = await model(page);
  assert.match(m.results.qr_note, /không kèm câu trả lời/);
  assert.equal(m.results.qr_link, false);
  const scan = await scanResultQr(page, 'kiosk-qr-session1');
  assert.ok(scan.rect.w >= 3 * 37, `at least 3 px per module: ${scan.rect.w} px`);
  const cert = JSON.parse(scan.text);
  assert.equal(cert.answers, undefined, 'no answers in the QR code');
  assert.equal(cert.statements[0].payload, JSON.parse((await outbox(page))[0].envelope).statements[0].payload);
  const checked = JSON.parse(verifyFile('qr-certificate.json', scan.text));
  assert.equal(checked.valid, true);
  assert.equal(checked.answers_attached, false);
  assert.equal(checked.signers[0].role, 'kiosk');
  assert.equal(checked.kiosk, KIOSK_LABEL);
  assert.equal(checked.subject.tax_code, A.tax_code);
  t.diagnostic(`QR code: ${scan.text.length} bytes, ${scan.rect.w} × ${scan.rect.h} px on screen`);
  // The kit's own verification page (same site, same trust list, offline from the cache) says
  // genuine, answers not attached.
  const vpage = await context.newPage();
  await vpage.goto(server.base + 'verify.html');
  await vpage.fill('#paste', scan.text);
  await vpage.click('#check');
  await vpage.waitForSelector('#verdict');
  assert.equal(await vpage.getAttribute('#verdict', 'data-valid'), 'true');
  assert.match(await vpage.textContent('#result'), /không đính kèm/);
  assert.deepEqual(await vpage.$$eval('#signers tbody tr', (trs) => trs.map((tr) => tr.dataset.role)), ['kiosk']);
  await vpage.close();
  // The printed slip: the QR code as SVG, the level and the kiosk's name (no printer here:
  // window.print is replaced by a stand-in that reports the print as done).
  await page.evaluate(() => { window.print = () => { window.dispatchEvent(new Event('afterprint')); }; });
  await mirrorPress(page, 'cmd:print_slip');
  const slip = await page.evaluate(() => (window.dbiApp.slips || [])[0] || '');
  assert.match(slip, /<svg[^>]*role="img"/);
  assert.ok(slip.includes(KIOSK_LABEL) && slip.includes(m.results.level_text), slip.slice(0, 400));
  assert.equal(await page.$('#kiosk-slip'), null, 'the slip is removed after printing');
  assert.equal((await outbox(page)).length, 1);
  assert.equal((await outbox(page))[0].title, '', 'no enterprise name in the outbox list');
  await page.focus('[id="cmd:next_enterprise"]');
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await waitReady(page);
  m = await model(page);
  assert.equal(m.route, '/welcome');
  assert.equal(m.kiosk.key_id, kioskKeyId, 'the kiosk key survives the wipe');
  const wipe1 = await page.evaluate(() => window.dbiApp.lastWipe);
  assert.equal(wipe1.reason, 'next');
  t.diagnostic(`wipe after "Next enterprise": ${wipe1.ms} ms until the fresh app ran`);
  assertNothingOf(await leftovers(page), A, 'after Next enterprise');
  assert.equal((await outbox(page)).length, 1, 'the outbox keeps the queued result');

  // ---- Session 2, offline: the idle wipe after "Still there?" -------------------------------
  await completeAndSubmit(page, B);
  assert.equal((await outbox(page)).length, 2);
  await page.waitForSelector('#kiosk-idle:not([hidden])', { timeout: 15000 });
  assert.ok(await axe(page, 'kiosk-still-there') > 5);
  await screenshot(page, 'kiosk-still-there');
  await page.click('#kiosk-continue');  // still there: the session stays
  assert.equal(await page.isVisible('#kiosk-idle'), false);
  assert.equal((await model(page)).results.tax_code, B.tax_code);
  const idleStart = Date.now();
  await page.waitForEvent('load', { timeout: 30000 });
  await waitReady(page);
  const wipe2 = await page.evaluate(() => window.dbiApp.lastWipe);
  assert.equal(wipe2.reason, 'idle');
  assert.ok(Date.now() - idleStart >= 4000, 'not before the idle time');
  t.diagnostic(`idle wipe: ${wipe2.ms} ms until the fresh app ran`);
  assertNothingOf(await leftovers(page), B, 'after the idle wipe');
  assertNothingOf(await leftovers(page), A, 'after the idle wipe');
  const queued = await outbox(page);
  assert.equal(queued.length, 2);

  // ---- Operator: counts and the queue export -------------------------------------------------
  await openOperator(page);
  assert.equal(await page.getAttribute('#kiosk-count-waiting', 'data-count'), '2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kiosk-export')]);
  assert.match(download.suggestedFilename(), /^dbi-kiosk-queue-Ki-ot-K-07-Hoi-cho-\d\d-\d\d-\d{4}\.json$/);
  const exported = readFileSync(await download.path(), 'utf8');
  await writeArtifact('kiosk-queue.json', exported);
  assert.equal(exported, '[' + queued.map((it) => it.envelope).join(',\n') + ']\n', 'the envelopes as stored');
  const envelopes = JSON.parse(exported);
  assert.equal(envelopes.length, 2);
  const taxCodes = [];
  envelopes.forEach((env, i) => {
    const sig = env.statements[0].signature;
    assert.equal(sig.role, 'kiosk');
    assert.equal(sig.key_id, kioskKeyId);
    const statement = JSON.parse(Buffer.from(env.statements[0].payload, 'base64').toString('utf8'));
    assert.equal(statement.channel, 'kiosk');
    assert.equal(statement.kiosk, KIOSK_LABEL);
    taxCodes.push(statement.subject.tax_code);
    const v = JSON.parse(verifyFile(`queued-${i}.json`, queued[i].envelope));
    assert.equal(v.valid, true);
    assert.equal(v.channel, 'kiosk');
    assert.equal(v.signers[0].role, 'kiosk');
  });
  assert.deepEqual(taxCodes.sort(), [A.tax_code, B.tax_code].sort());
  await page.click('#kiosk-close');
  assert.deepEqual(sql('SELECT count(*) FROM submissions'), ['0']);

  // ---- Back online: both delivered, once each ------------------------------------------------
  await context.setOffline(false);
  // The page sends by itself when the browser is back online (no operator action).
  for (let i = 0; ; i++) {
    const list = await outbox(page);
    if (list.length === 2 && list.every((it) => it.state === 'receipted')) break;
    assert.ok(i < 120, `not delivered: ${JSON.stringify(list.map((it) => [it.state, it.attempts]))}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
  const rows = sql('SELECT submission_id, tax_code, signer_role, signer_key_id FROM submissions ORDER BY seq');
  assert.equal(rows.length, 2, rows.join('\n'));
  assert.deepEqual(rows.map((r) => r.split('|')[1]).sort(), [A.tax_code, B.tax_code].sort());
  for (const r of rows) {
    const [, , role, key] = r.split('|');
    assert.equal(role, 'kiosk');
    assert.equal(key, kioskKeyId);
  }
  assert.deepEqual(rows.map((r) => r.split('|')[0]).sort(), queued.map((it) => it.id).sort());
  const done = await outbox(page);
  done.forEach((it, i) => {
    const body = JSON.parse(it.response);
    const v = JSON.parse(verifyFile(`receipted-${i}.json`, JSON.stringify(body.envelope)));
    const roles = v.signers.map((s) => s.role);
    assert.ok(roles.includes('kiosk') && roles.includes('receipt'), JSON.stringify(v));
  });

  // A reload sends nothing again; the operator sees both recorded.
  const before = server.log().length;
  await page.reload();
  await waitReady(page);
  await openOperator(page);
  assert.equal(await page.getAttribute('#kiosk-count-receipted', 'data-count'), '2');
  assert.equal(await page.getAttribute('#kiosk-count-waiting', 'data-count'), '0');
  await new Promise((ok) => setTimeout(ok, 1500));
  assert.equal(sql('SELECT count(*) FROM submissions')[0], '2');
  assert.equal((await outbox(page)).length, 2);
  t.diagnostic(`server log grew by ${server.log().length - before} bytes after the reload`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
