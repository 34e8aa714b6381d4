// Offline on the kit's own origin (issue 5), in Chromium against a real dbi-server:
//  - after one visit the service worker holds the whole kit in one versioned cache;
//  - with the network cut, a reload still starts the app; an enterprise completes an SME
//    assessment and presses Submit: the signed result waits in the outbox (IndexedDB), shown
//    in the outbox panel as waiting;
//  - the tab is closed and the network comes back: the submission reaches the endpoint and is
//    stored exactly once (one row in the server's SQLite file, the receipt shown in the outbox),
//    whether the service worker's Background Sync or the next visit sends it first;
//  - sending the same bytes again is answered with the original receipt, not a second row;
//  - a new release of the site installs beside the old one: the open tab keeps its release
//    (old data from the old cache) until the user accepts the update, then only the new
//    release's cache remains.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  answerAll, axe, dbiCli, fillProfile, go, launchBrowser, mirrorPress, model, newPage, openApp,
  serveSite, siteDir, startServer, waitReady,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'dbi-offline-'));
let server;
let browser;

before(async () => {
  dbiCli();
  server = await startServer(work);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Rows of the server's submissions table, read from its SQLite file.
function storedSubmissions() {
  const out = execFileSync('sqlite3', ['-readonly', join(work, 'data', 'dbi.sqlite3'),
                                       'SELECT submission_id FROM submissions ORDER BY seq'], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

const outbox = (page) => page.evaluate(() => window.DbiOutbox.list());

test('offline: precached kit, submit into the outbox, tab closed, delivered exactly once on reconnection', async (t) => {
  const page = await newPage(browser);
  const context = page.context_;
  await openApp(page, server.base + '#/welcome');
  // The first visit installs the worker; clients.claim() makes it control this page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const cache = await page.evaluate(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('dbi-kit-'));
    const entries = keys.length ? await (await caches.open(keys[0])).keys() : [];
    return { keys, urls: entries.map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cache.keys.length, 1, `one release cache: ${cache.keys}`);
  for (const want of ['/index.html', '/verify.html', '/indices/vn.mic.1970-2021.sme.json',
                      '/indices/vn.mic.1970-2021.large.json', '/indices/trust/trust.json']) {
    assert.ok(cache.urls.includes(want), `${want} precached`);
  }
  assert.ok(cache.urls.some((u) => /^\/index\.[0-9a-f]{10}\.wasm$/.test(u)), 'the app wasm, content-hashed');

  // Network off: the kit still starts, from the cache.
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await fillProfile(page, { name: 'Công ty TNHH Ngoại Tuyến' });
  await answerAll(page);
  await go(page, '/results');
  await mirrorPress(page, 'cmd:submit');
  // "Sending…" first, then the outcome: kept in the outbox.
  await page.waitForFunction(() => /hộp thư đi/.test(window.dbiApp.model().results.submit_status), null,
                             { timeout: 30000 });
  let m = await model(page);
  assert.match(m.results.submit_status, /hộp thư đi/, m.results.submit_status);
  const queued = await outbox(page);
  assert.equal(queued.length, 1);
  assert.equal(queued[0].state, 'waiting');
  assert.ok(queued[0].attempts >= 1, 'a send was tried and failed');
  const id = queued[0].id;
  await page.waitForSelector('#outbox li[data-state="waiting"]', { state: 'attached' });
  // Pressing Submit again does not queue a second copy.
  await mirrorPress(page, 'cmd:submit');
  assert.equal((await outbox(page)).length, 1);
  await page.evaluate(() => { document.querySelector('#outbox details').open = true; });
  await screenshot(page, 'offline-outbox-waiting');
  assert.ok(await axe(page, 'offline-outbox') > 5);
  assert.deepEqual(storedSubmissions(), []);

  // The tab is closed; the network comes back.
  await page.close();
  await context.setOffline(false);
  // Background Sync may deliver it with no tab open; otherwise the next visit does.
  for (let i = 0; i < 50 && storedSubmissions().length === 0; i++) await new Promise((ok) => setTimeout(ok, 200));
  const bySync = storedSubmissions().length > 0;
  t.diagnostic(`delivered by ${bySync ? 'Background Sync, with no tab open' : 'the next visit'}`);
  const tab = await context.newPage();  // the same browser profile (same outbox), a new tab
  await openApp(tab, server.base + '#/welcome');
  await tab.waitForFunction(async () => (await window.DbiOutbox.list())[0]?.state === 'receipted', null,
                            { timeout: 30000 });
  const done = (await outbox(tab))[0];
  assert.equal(done.id, id);
  assert.match(done.receipt_id, /^r-/);
  assert.deepEqual(storedSubmissions(), [id], `stored exactly once (${bySync ? 'Background Sync' : 'next visit'})`);
  await tab.waitForSelector('#outbox li[data-state="receipted"]', { state: 'attached' });
  assert.match(await tab.textContent('#outbox li[data-state="receipted"]'), new RegExp(done.receipt_id));

  // The same bytes again (a retry after a lost answer): the original receipt, still one row.
  const retry = await fetch(server.base + 'api/v1/submissions', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: done.envelope });
  assert.equal(retry.status, 200);
  assert.equal((await retry.json()).receipt_id, done.receipt_id);
  assert.deepEqual(storedSubmissions(), [id]);
  await screenshot(tab, 'offline-outbox-receipted');
  await context.close();
});

test('offline: a new release replaces the old one whole, only when the user accepts it', async () => {
  // A copy of the site, served statically; "release 2" changes one data file and sw.js.
  const root = mkdtempSync(join(tmpdir(), 'dbi-release-'));
  cpSync(siteDir, root, { recursive: true });
  const site = await serveSite(root);
  const page = await newPage(browser);
  await openApp(page, site.url + '#/welcome');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  const data = 'indices/reference/vn.gov.provinces-2025.json';
  const fetchData = () => page.evaluate((u) => fetch(u).then((r) => r.text()), data);
  const v1 = await fetchData();
  const release = (text) => /var RELEASE = '([0-9a-f]+)'/.exec(text)[1];
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  const r1 = release(sw);
  writeFileSync(join(root, data), v1.replace(/\n?$/, '\n\n'));
  writeFileSync(join(root, 'sw.js'), sw.replace(`var RELEASE = '${r1}'`, "var RELEASE = 'feedfacefeedface'"));

  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // The new release is installed and waiting; the page offers the update.
  await page.waitForSelector('#outbox-reload', { timeout: 30000 });
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`dbi-kit-${r1}`, 'dbi-kit-feedfacefeedface']);
  assert.equal(await fetchData(), v1, 'the open tab still reads its own release');
  assert.ok(await axe(page, 'offline-update-prompt') > 5);

  await Promise.all([page.waitForEvent('load'), page.click('#outbox-reload')]);
  await waitReady(page);
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['dbi-kit-feedfacefeedface']);
  assert.notEqual(await fetchData(), v1, 'after the update, the new release\'s data');
  assert.deepEqual(page.errors, []);
  await page.context_.close();
  await site.close();
});
