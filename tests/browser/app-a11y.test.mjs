// Accessibility of the app (issue 9) in Chromium:
//  - the accessibility tree (CDP Accessibility.getFullAXTree) of #/pillar/1: every criterion of
//    pillar 1 is a named group and every option a named control; the results summary too;
//  - keyboard only: an SME assessment completed with key presses alone (Tab, arrows, Space,
//    Enter, typing, the skip link), with the same total and level as `dbi score`;
//  - axe-core: zero WCAG 2.1 A/AA violations on the app's mirror (every screen) and the report.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axe, canvasReveal, cliScore, criteriaOf, dbiCli, launchBrowser, mirrorPress, model, newPage, openApp,
  plannedAnswer, serveSite, settle, waitRoute, writeArtifact,
} from './app-support.mjs';
import { screenshot } from './harness.mjs';

let browser;
let site;

before(async () => {
  dbiCli();
  site = await serveSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const descendants = (node) => {
    const out = [];
    const stack = [...(node.childIds ?? [])];
    while (stack.length) {
      const n = byId.get(stack.pop());
      if (!n) continue;
      out.push(n);
      stack.push(...(n.childIds ?? []));
    }
    return out;
  };
  const visible = nodes.filter((n) => !n.ignored);
  return { nodes: visible, descendants, role: (n) => n.role?.value, name: (n) => n.name?.value ?? '' };
}

test('accessibility tree of #/pillar/1: every criterion a named group, every option a named control', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/pillar/1');
  const m = await model(page);
  const criteria = criteriaOf(m);
  assert.ok(criteria.length > 0);
  const ax = await axTree(page);
  let controls = 0;
  for (const c of criteria) {
    const group = ax.nodes.find((n) => ax.role(n) === 'group' && ax.name(n) === `${c.id} ${c.label}`);
    assert.ok(group, `criterion ${c.id} is a named group`);
    const inside = ax.descendants(group).filter((n) => !n.ignored);
    for (const o of c.options) {
      assert.ok(inside.some((n) => ax.role(n) === 'radio' && ax.name(n) === o.label),
                `${c.id}: option "${o.label}" is a named radio button`);
      controls++;
    }
    for (const n of c.numbers) {
      assert.ok(inside.some((x) => ax.role(x) === 'spinbutton' && ax.name(x) === n.label),
                `${c.id}: "${n.label}" is a named number input`);
      controls++;
    }
  }
  // Headings for the pillar and each indicator, and the polite live region.
  assert.ok(ax.nodes.some((n) => ax.role(n) === 'heading' && ax.name(n) === m.heading));
  for (const ind of m.indicators)
    assert.ok(ax.nodes.some((n) => ax.role(n) === 'heading' && ax.name(n) === `${ind.id} ${ind.label}`));
  assert.equal(await page.getAttribute('#live', 'aria-live'), 'polite');
  assert.equal(await page.getAttribute('#mirror', 'aria-hidden'), null);
  // The canvas is one labelled image, not noise.
  const canvas = ax.nodes.find((n) => ['img', 'image'].includes(ax.role(n)) && ax.name(n) === m.canvas_label);
  assert.ok(canvas, 'canvas labelled as an image');
  await writeArtifact('app-a11y-pillar1-controls.txt',
                      `${criteria.length} criteria, ${controls} named answer controls\n`);
  await page.context_.close();
});

test('accessibility tree of #/results: the summary as text and a table', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/results');
  const m = await model(page);
  const ax = await axTree(page);
  assert.ok(ax.nodes.some((n) => ax.role(n) === 'heading' && ax.name(n) === m.labels.summary));
  const text = ax.nodes.filter((n) => ax.role(n) === 'StaticText').map((n) => ax.name(n));
  assert.ok(text.includes(m.results.total_text), 'total as text');
  assert.ok(text.includes(m.results.level_text), 'level and its name as text');
  const table = ax.nodes.find((n) => ax.role(n) === 'table' && ax.name(n) === m.labels.summary);
  assert.ok(table, 'summary table named by its caption');
  const cells = ax.descendants(table).filter((n) => !n.ignored);
  for (const p of m.results.pillars) {
    assert.ok(cells.some((n) => ax.role(n) === 'rowheader' && ax.name(n) === `${p.id}. ${p.label}`), `row ${p.id}`);
    assert.ok(cells.some((n) => ax.role(n) === 'cell' && ax.name(n) === `${p.level} – ${p.level_name}`));
  }
  await page.context_.close();
});

// ---- Keyboard only --------------------------------------------------------------------------

const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  const fs = a && a.closest ? a.closest('fieldset') : null;
  return { id: a ? a.id : '', tag: a ? a.tagName : '', fieldset: fs ? fs.id : '' };
});

async function tabTo(page, id, max = 80) {
  for (let i = 0; i < max; i++) {
    if ((await active(page)).id === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${id}`);
}

async function typeInto(page, id, text) {
  await tabTo(page, id);
  await page.keyboard.type(text);
  await settle(page);
}

test('keyboard only: a complete SME assessment, scored like dbi score', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/welcome');
  await tabTo(page, 'cmd:start');
  await page.keyboard.press('Enter');
  await waitRoute(page, '/profile');

  await typeInto(page, 'field:name', 'Công ty Bàn Phím');
  await typeInto(page, 'field:tax_code', '0300588569');
  await tabTo(page, 'field:province');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await tabTo(page, 'field:vsic');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');  // "", A, B, C
  await typeInto(page, 'field:employees', '30');
  await typeInto(page, 'field:revenue_m', '9000');
  await typeInto(page, 'field:capital_m', '5000');
  let m = await model(page);
  for (const f of m.fields) assert.equal(f.error, '', `${f.name}: ${f.error}`);
  assert.equal(m.fields.find((f) => f.name === 'vsic').value, 'C');
  assert.ok(m.sets.find((s) => s.value === 'sme').selected);
  await tabTo(page, 'cmd:next');
  await page.keyboard.press('Enter');

  let k = 0;
  for (let p = 1; p <= 6; p++) {
    await waitRoute(page, `/pillar/${p}`);
    m = await model(page);
    // The skip link jumps to the next unanswered criterion.
    await tabTo(page, 'skip-unanswered');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal((await active(page)).id, m.pillar.skip_target);
    const criteria = criteriaOf(m);
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i];
      const plan = plannedAnswer(c, ++k);
      const a = await active(page);
      assert.equal(a.fieldset, `crit-${c.id}`, `focus is on criterion ${c.id}`);
      if (c.options.length) {
        // First option focused, nothing chosen yet: Space takes it, arrows move and choose.
        const target = c.kind === 'ladder' ? plan.value : plan.gate;
        const index = c.options.findIndex((o) => o.value === target);
        if (index === 0) await page.keyboard.press('Space');
        for (let s = 0; s < index; s++) await page.keyboard.press('ArrowDown');
        await settle(page);
      }
      for (const [key, value] of Object.entries(c.kind === 'ladder' ? {} : plan.numbers)) {
        if (c.options.length || key !== c.numbers[0].key) await page.keyboard.press('Tab');
        assert.equal((await active(page)).id, key);
        await page.keyboard.type(value);
        await settle(page);
      }
      await page.keyboard.press('Tab');
    }
    const done = criteriaOf(await model(page));
    assert.ok(done.every((c) => c.answered), `pillar ${p} complete`);
    await tabTo(page, 'cmd:next');
    await page.keyboard.press('Enter');
  }
  await waitRoute(page, '/results');
  m = await model(page);
  const cli = await cliScore(await page.evaluate(() => window.dbiApp.answers()), 'app-keyboard-answers.json');
  assert.equal(m.results.answered, cli.completeness.criteria);
  assert.equal(m.results.total, cli.total.points);
  assert.equal(m.results.level, cli.total.level);
  await screenshot(page, 'app-keyboard-results');
  await page.context_.close();
});

test('the canvas follows the mirror focus: the focused control is scrolled into view', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/pillar/1');
  const m = await model(page);
  const last = criteriaOf(m).at(-1);
  const key = last.options[1]?.key ?? last.numbers[0].key;
  const vh = page.viewportSize().height;
  const before = await page.evaluate((k) => window.dbiApp.itemRect(k), key);
  assert.ok(before && before.y > vh, 'the last criterion starts below the fold');
  await page.focus(`[id="${key}"]`);
  await settle(page);
  const r = await page.evaluate((k) => window.dbiApp.itemRect(k), key);
  assert.ok(r && r.y >= 0 && r.y + r.h <= vh, 'focused element scrolled onto the canvas');
  await screenshot(page, 'app-focus-ring');
  await page.context_.close();
});

test('axe-core: zero WCAG 2.1 AA violations on every screen of the mirror and on the report', async () => {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/welcome');
  const routes = ['/welcome', '/profile', '/pillar/1', '/pillar/3', '/results', '/report'];
  for (const lang of ['vi', 'en']) {
    if (lang === 'en') {
      await page.evaluate(() => window.dbiApp.call('app_set_language', 'en'));
      await settle(page);
    }
    for (const r of routes) {
      await page.evaluate((h) => { location.hash = h; }, '#' + r);
      await waitRoute(page, r);
      const passes = await axe(page, `${lang}-${r.replace(/\//g, '_')}`);
      assert.ok(passes > 5, `axe ran real checks on ${r}`);
    }
  }
  await page.context_.close();
});

// 200 % browser zoom of a 1280 px wide window is a 640 CSS px viewport at twice the pixel
// density: every screen must fit its width (no sideways scrolling) and every page action must
// be drawn inside the canvas, in both text sizes.
test('200 % zoom: every screen fits 640 CSS px, every action on screen, in both text sizes', async () => {
  const page = await newPage(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  await openApp(page, site.url + '#/welcome');
  for (const large of [false, true]) {
    if (large) await mirrorPress(page, 'cmd:text_size');
    for (const r of ['/welcome', '/profile', '/pillar/1', '/pillar/4', '/results', '/report']) {
      await page.evaluate((h) => { location.hash = h; }, '#' + r);
      await waitRoute(page, r);
      const [scrollWidth, innerWidth] = await page.evaluate(() =>
        [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(scrollWidth <= innerWidth, `${r}: page ${scrollWidth} px wide in a ${innerWidth} px viewport`);
      if (r === '/report') continue;  // the HTML report, not the canvas
      for (const a of (await model(page)).actions) {
        const rect = await canvasReveal(page, a.key);
        assert.ok(rect.x >= 0 && rect.x + rect.w <= innerWidth, `${r} ${a.key}: ${JSON.stringify(rect)}`);
      }
    }
    await screenshot(page, `app-zoom200-${large ? 'large' : 'normal'}-results`);
  }
  assert.deepEqual(page.errors, []);
  await page.context_.close();
});
