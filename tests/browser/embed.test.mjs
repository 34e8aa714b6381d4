// Embedding (issue 5) in Chromium, across origins on loopback: the kit is served by a real
// dbi-server on http://127.0.0.1:<p1> that lists http://localhost:<p2> as a frame ancestor; the
// demo host page (web/embed-demo.html) is served from http://localhost:<p2> with one script tag
// pointing at the kit's embed.js. Checked: the iframe appears with an accessible name, "ready"
// arrives, the iframe follows the kit's content height (resize), presets apply (English, high
// contrast), an assessment completed inside the iframe emits "completed" with the level and the
// pillar scores and nothing personal; axe finds no violation on the host page; and the same
// page from an origin the kit does not list (http://127.0.0.1:<p2>) cannot frame it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import {
  answerAll, axe, dbiCli, fillProfile, freePort, go, launchBrowser, model, newPage, siteDir, startServer,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'dbi-embed-'));
let kit;
let host;
let hostPort;
let browser;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

before(async () => {
  dbiCli();
  hostPort = await freePort();
  kit = await startServer(work, ['--frame-ancestor', `http://localhost:${hostPort}`]);
  // The host site: the demo page with its script tag pointing at the kit, under the CSP a
  // portal needs (docs/deploy.md): the kit's origin in script-src and frame-src, nothing more.
  const kitOrigin = kit.base.replace(/\/$/, '');
  host = createServer((req, res) => {
    const path = req.url === '/' ? '/embed-demo.html' : req.url.split('?')[0];
    const file = normalize(join(siteDir, path));
    if (!file.startsWith(siteDir) || !/^\/embed-demo[.\w]*\.(html|js|css)$/.test(path)) {
      res.writeHead(404);
      res.end();
      return;
    }
    let body = readFileSync(file, 'utf8');
    if (path.endsWith('.html')) {
      body = body.replace('<script src="embed.js" data-lang="vi" data-index="sme">',
                          `<script src="${kit.base}embed.js" data-lang="en" data-index="sme" data-theme="contrast">`);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)],
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${kitOrigin}; frame-src ${kitOrigin}`,
    });
    res.end(body);
  });
  await new Promise((ok) => host.listen(hostPort, '127.0.0.1', ok));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await kit?.stop();
  await new Promise((ok) => (host ? host.close(ok) : ok()));
});

const events = (page, type) => page.evaluate((t) => window.dbiEvents.filter((e) => e.type === t), type);

test('embed: one script tag, cross-origin iframe, resize and events without personal data', async () => {
  const page = await newPage(browser);
  await page.goto(`http://localhost:${hostPort}/`);
  await page.waitForFunction(() => window.dbiEvents.some((e) => e.type === 'ready'), null, { timeout: 60000 });
  assert.deepEqual((await events(page, 'ready'))[0].detail, { lang: 'en' });
  const iframe = page.locator('iframe.dbi-kit-frame');
  assert.equal(await iframe.getAttribute('title'), 'DBI Kit — enterprise digital transformation self-assessment');
  const frame = page.frames().find((f) => f.url().startsWith(kit.base));
  assert.ok(frame, 'the kit runs in a frame of its own origin');
  assert.match(frame.url(), /[?&]host=http%3A%2F%2Flocalhost%3A\d+/);

  // Presets from the attributes: English, high contrast.
  let m = await model(frame);
  assert.equal(m.lang, 'en');
  assert.equal(m.high_contrast, true);

  // Resize: the iframe takes the reported content height (within 480…2400 px).
  const heightOf = () => iframe.evaluate((el) => el.clientHeight);  // without the host's border
  await page.waitForFunction(() => window.dbiEvents.some((e) => e.type === 'resize'));
  const welcome = (await events(page, 'resize')).at(-1).detail.height;
  assert.ok(Math.abs(await heightOf() - Math.min(2400, Math.max(480, welcome))) <= 1);
  await go(frame, '/pillar/1');
  await page.waitForFunction((h) => window.dbiEvents.filter((e) => e.type === 'resize').at(-1).detail.height > h,
                             welcome, { timeout: 10000 });
  const pillar = (await events(page, 'resize')).at(-1).detail.height;
  assert.ok(pillar > welcome, `pillar 1 (${pillar} px) is longer than the welcome screen (${welcome} px)`);
  await page.waitForFunction((want) => Math.abs(document.querySelector('iframe').clientHeight - want) <= 1,
                             Math.min(2400, pillar));
  assert.ok((await events(page, 'step')).some((e) => e.detail.route === '/pillar/1'));

  // A whole assessment inside the iframe → "completed" with scores only.
  await fillProfile(frame, { name: 'Công ty TNHH Nhúng Thử' });
  await answerAll(frame);
  await go(frame, '/results');
  await page.waitForFunction(() => window.dbiEvents.some((e) => e.type === 'completed'), null, { timeout: 10000 });
  m = await model(frame);
  const done = (await events(page, 'completed'))[0].detail;
  assert.deepEqual(Object.keys(done).sort(), ['index', 'level', 'pillars']);
  assert.equal(done.index, 'vn.mic.1970-2021.sme');
  assert.equal(done.level, m.results.level);
  assert.deepEqual(done.pillars, m.results.pillars.map((p) => ({ id: p.id, points: p.points, max: p.max, level: p.level })));
  const everything = JSON.stringify(await page.evaluate(() => window.dbiEvents));
  for (const secret of ['Nhúng Thử', '0300588569', 'answers', 'tax']) {
    assert.ok(!everything.includes(secret), `no "${secret}" in any event`);
  }
  await screenshot(page, 'embed-host');
  assert.ok(await axe(page, 'embed-host') > 5);
  assert.deepEqual(page.errors, []);
  await page.context_.close();
});

test('embed: a site the kit does not list cannot frame it', async () => {
  const page = await newPage(browser);
  // Same host server, other origin (127.0.0.1 instead of localhost): not a frame ancestor.
  await page.goto(`http://127.0.0.1:${hostPort}/`);
  await page.waitForSelector('iframe.dbi-kit-frame', { state: 'attached' });
  await new Promise((ok) => setTimeout(ok, 3000));
  assert.deepEqual(await events(page, 'ready'), []);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const running = frame ? await frame.evaluate(() => !!window.dbiApp).catch(() => false) : false;
  assert.equal(running, false, 'the kit did not load in the frame');
  await page.context_.close();
});
