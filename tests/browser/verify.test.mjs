// The static verification page (web/verify.html + dbi-verify.wasm) in Debian's Chromium:
// certificates made by the dbi CLI (tests/crypto/fixtures, test-only keys that the kit's DEMO
// trust list also lists) are pasted, chosen and dropped; a one-byte change must turn the verdict
// to "not genuine" with the reason; nothing may be requested except this site's static files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite, launchBrowser, screenshot, siteDir } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'crypto', 'fixtures');
const fixture = (name) => readFile(join(fixtures, name), 'utf8');

let server;
let browser;
const offsite = [];      // requests that left the site
const nonStatic = [];    // requests that are not GETs of this site's static files

// Only these may be fetched: the page, its script, style and engine (code has content-hashed
// names, wasm/assemble_site.cmake), and the kit's JSON data.
const HASH = '(\\.[0-9a-f]{10})?';
const STATIC = new RegExp(`^/(verify\\.html|verify${HASH}\\.(js|css)|dbi-verify${HASH}\\.(js|wasm)|` +
                          'indices/(trust/)?[a-z0-9.-]+\\.json)$');

before(async () => {
  server = await serveSite(siteDir);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1500 } });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin) offsite.push(req.url());
    else if (req.method() !== 'GET' || !STATIC.test(url.pathname)) nonStatic.push(`${req.method()} ${url.pathname}`);
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + 'verify.html');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { page, context, errors, name };
}

// One bit of the decoded payload of statement 0 flipped, re-encoded: valid JSON and base64.
function tamper(text) {
  const env = JSON.parse(text);
  const bytes = Buffer.from(env.statements[0].payload, 'base64');
  bytes[150] ^= 0x01;
  env.statements[0].payload = bytes.toString('base64');
  return JSON.stringify(env);
}

test('a pasted certificate is genuine: signers, index, score, level and chart are shown', async () => {
  const { page, context, errors } = await openPage('paste');
  await page.fill('#paste', await fixture('certificate.json'));
  await page.click('#check');
  await page.waitForSelector('#verdict');
  assert.equal(await page.getAttribute('#verdict', 'data-valid'), 'true');
  assert.match(await page.textContent('#verdict'), /Chứng nhận HỢP LỆ/);
  assert.match(await page.textContent('#status'), /HỢP LỆ/);
  assert.equal(await page.textContent('#score'), '126/320');
  assert.equal(await page.textContent('#level'), 'mức 2 — Bắt đầu');  // name from the index file
  const result = await page.textContent('#result');
  assert.match(result, /Công ty TNHH Thương mại Sao Mai/);
  assert.match(result, /Quyết định 1970\/QĐ-BTTTT\) · vn\.mic\.1970-2021\.sme · phiên bản dữ liệu 1/);
  assert.match(result, /Quy mônhỏ/);
  assert.match(result, /Đã được chuyên gia đánh giá thẩm định/);
  assert.match(result, /không đính kèm \(bản chứng nhận để chia sẻ\)/);
  assert.ok(await page.isVisible('#demo'), 'the DEMO root warning is shown');

  const rows = await page.$$eval('#signers tbody tr', (trs) => trs.map((tr) =>
    [tr.dataset.role, ...[...tr.cells].map((c) => c.textContent)]));
  assert.equal(rows.length, 3);
  assert.deepEqual(rows.map((r) => r[0]), ['device', 'receipt', 'assessor']);
  assert.equal(rows[0][1], 'Thiết bị');
  assert.equal(rows[1][2], '24b03a0e3818a49e');
  assert.equal(rows[1][3], 'Máy chủ thu nhận KIỂM THỬ — test only');
  assert.equal(rows[1][4], '2026-11-23T08:15:02Z');
  assert.match(rows[1][5], /biên nhận r-000000000123/);
  assert.equal(rows[2][2], '5292550d8c0f6512');

  // The chart: six bars whose widths follow points/max, and the same numbers as a table.
  const bars = await page.$$eval('#chart rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
  assert.equal(bars.length, 6);
  assert.equal(bars[0], Math.round((330 * 39) / 65));
  assert.equal(await page.getAttribute('#chart', 'role'), 'img');
  const pillarRows = await page.$$eval('#pillars tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(pillarRows.length, 6);
  assert.match(pillarRows[0], /Trụ cột 1 — Trải nghiệm số cho khách hàng.*39.*65.*3 — Hình thành/);

  await screenshot(page, 'verify-genuine-vi');
  // English, without verifying again.
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#verdict'), /The certificate is GENUINE/);
  assert.equal(await page.textContent('#level'), 'level 2 — Beginning');
  assert.match(await page.textContent('#signers'), /Collection server/);
  await screenshot(page, 'verify-genuine-en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a chosen file with attached answers is re-scored in the page', async () => {
  const { page, context, errors } = await openPage('file');
  await page.setInputFiles('#file', join(fixtures, 'envelope-full.json'));
  await page.waitForSelector('#verdict');
  assert.equal(await page.getAttribute('#verdict', 'data-valid'), 'true');
  assert.match(await page.textContent('#result'), /khớp mã băm đã ký và chấm lại cho cùng kết quả/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('one changed byte: not genuine, with the reason, in both languages', async () => {
  const { page, context, errors } = await openPage('tampered');
  await page.fill('#paste', tamper(await fixture('certificate.json')));
  await page.click('#check');
  await page.waitForSelector('#verdict');
  assert.equal(await page.getAttribute('#verdict', 'data-valid'), 'false');
  const text = await page.textContent('#verdict');
  assert.match(text, /Chứng nhận KHÔNG HỢP LỆ/);
  assert.match(text, /Lý do: chữ ký của mục 0 không khớp nội dung: tệp đã bị sửa/);
  assert.match(text, /DBI-SUB-008 \/statements\/0\/signature\/sig/);
  assert.equal(await page.$('#signers'), null, 'no signer is shown for a forged certificate');
  assert.match(await page.textContent('#status'), /KHÔNG HỢP LỆ/);
  await screenshot(page, 'verify-tampered-vi');
  await page.click('#lang');
  assert.match(await page.textContent('#verdict'), /NOT GENUINE.*does not match its content/s);

  // Truncated text: a JSON syntax error, still a verdict.
  const cert = await fixture('certificate.json');
  await page.fill('#paste', cert.slice(0, cert.length - 10));
  await page.click('#check');
  await page.waitForFunction(() => /DBI-JSON-001/.test(document.querySelector('#verdict')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped file is verified; another trust list and root can be loaded', async () => {
  const { page, context, errors } = await openPage('drop');
  const text = await fixture('certificate.json');
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'certificate.json', { type: 'application/json' }));
    const drop = document.getElementById('drop');
    drop.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    drop.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForSelector('#verdict[data-valid="true"]');

  // The test trust list (same test root, keys valid 2026–2027) is accepted…
  await page.click('details.trust summary');
  await page.setInputFiles('#trust-file', join(fixtures, 'test-trust.json'));
  await page.waitForFunction(() => /bạn đã tải lên/.test(document.getElementById('trust-status').textContent));
  await page.waitForSelector('#verdict[data-valid="true"]');
  // …but a "root" that is not a root key makes the trust list unusable.
  await page.setInputFiles('#root-file', join(fixtures, 'test-device.pub.json'));
  await page.waitForSelector('#verdict[data-valid="false"]');
  assert.match(await page.textContent('#verdict'), /Khóa gốc không dùng được|Danh sách tin cậy không dùng được/);
  await page.click('#trust-reset');
  await page.waitForSelector('#verdict[data-valid="true"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('accessibility: no WCAG 2.1 A/AA violations found by axe on the result', async () => {
  const { page, context } = await openPage('axe');
  await page.fill('#paste', await fixture('certificate.json'));
  await page.click('#check');
  await page.waitForSelector('#verdict[data-valid="true"]');
  await page.click('details.trust summary');
  const require = createRequire(import.meta.url);
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);  // DevTools evaluation: not subject to the page's CSP
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('no request left the site, and only static files were requested', async () => {
  assert.deepEqual(offsite, []);
  assert.deepEqual(nonStatic, []);
  assert.ok(server.requests.some((p) => /^\/dbi-verify\.[0-9a-f]{10}\.wasm$/.test(p)), 'the engine, content-hashed');
  assert.ok(server.requests.some((p) => p.startsWith('/indices/trust/trust.json')));
  assert.ok(server.requests.some((p) => p.startsWith('/indices/vn.mic.1970-2021.sme.json')));
});
