// The group index in the app (issue 4) in Chromium. One browser context plays a member unit:
// it completes an SME assessment and downloads its signed result file. Another plays the
// group: it chooses the group index set, imports that file through the page's file chooser
// (verified in the page by the core's verify_envelope), assesses a second unit here through
// the HTML mirror, and reads the group result. Every figure is checked against `dbi score` on
// the same answers; the members survive a reload; a forged file is refused with its code; axe
// finds nothing on the group screen. Screenshots: app-group-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerAll, axe, byId, cliScore, dbiCli, fillProfile, go, launchBrowser, mirrorChoose, mirrorFill,
  mirrorPress, model, newPage, openApp, serveSite, settle, waitReady, waitRoute,
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

// A member unit on its own device: profile, a full SME assessment, the signed result file.
async function memberResultFile() {
  const page = await newPage(browser);
  await openApp(page, site.url + '#/profile');
  await fillProfile(page, { name: 'Công ty con Miền Nam', tax_code: '0300588569' });
  const answers = await answerAll(page);
  await go(page, '/results');
  await mirrorPress(page, 'cmd:download');
  await page.waitForFunction(() => window.dbiApp.downloads.length === 1);
  const file = await page.evaluate(() => window.dbiApp.downloads[0]);
  await page.context_.close();
  return { file, answers };
}

async function importFile(page, name, content) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), mirrorPress(page, 'cmd:member_import')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
}

test('group: import a signed member result, assess a unit here, read the aggregate', async () => {
  const unitA = await memberResultFile();
  const cliA = await cliScore(unitA.answers, 'app-group-unit-a-answers.json');

  const page = await newPage(browser);
  await openApp(page, site.url + '#/profile');
  await mirrorChoose(page, 'set:group');
  await mirrorPress(page, 'cmd:next');
  await waitRoute(page, '/group');
  let m = await model(page);
  assert.ok(m.group.empty, 'an empty group says how to start');
  await screenshot(page, 'app-group-empty');

  // 1. The member's signed file, through the file chooser.
  await importFile(page, unitA.file.name, unitA.file.content);
  await page.waitForFunction(() => window.dbiApp.model().group.members.length === 1);
  m = await model(page);
  const a = m.group.members[0];
  assert.equal(a.title.includes('Công ty con Miền Nam'), true, a.title);
  const aText = a.lines.join(' | ');
  assert.ok(aText.includes('0300588569'), aText);
  assert.ok(aText.includes(`${cliA.total.points}/${cliA.total.max}`), `unit A score as dbi score: ${aText}`);
  assert.deepEqual(a.errors, []);

  // 2. A forged copy (an answer changed after signing) is refused with the core's code.
  const forged = JSON.parse(unitA.file.content);
  const crit = Object.keys(forged.answers.answers).find((id) => forged.answers.answers[id].option > 1);
  forged.answers.answers[crit].option -= 1;
  await importFile(page, 'forged.json', JSON.stringify(forged));
  await page.waitForFunction(() => window.dbiApp.model().notices.length > 0);
  m = await model(page);
  assert.equal(m.group.members.length, 1, 'the forged file was not added');
  assert.ok(m.notices.some((n) => /DBI-SUB-\d{3}/.test(n)), m.notices.join(' | '));
  await mirrorPress(page, 'cmd:dismiss');

  // 3. A second unit, assessed here: name and revenue through the mirror, then its questionnaire.
  await mirrorPress(page, 'cmd:member_add');
  await page.waitForSelector(byId('field:member:1:name'));
  await mirrorFill(page, 'field:member:1:name', 'Chi nhánh Hà Nội');
  await page.selectOption(byId('field:member:1:relation'), 'branch', { force: true });
  await mirrorFill(page, 'field:member:0:revenue_m', '30000');
  await mirrorFill(page, 'field:member:1:revenue_m', '30000');
  await settle(page);
  await mirrorPress(page, 'cmd:member_assess:1');
  await waitRoute(page, '/pillar/1');
  assert.match(await page.textContent('#member-banner'), /Chi nhánh Hà Nội/);
  // Different answers from unit A: the plan shifted by one criterion.
  await page.evaluate(() => window.dbiApp.call('app_answer_option', '1.1.1', 1));
  const answersB = await answerAll(page);
  const cliB = await cliScore(answersB, 'app-group-unit-b-answers.json');
  await go(page, '/results');
  m = await model(page);
  assert.equal(m.results.total, cliB.total.points);
  assert.equal(m.results.level, cliB.total.level);
  assert.equal(m.actions.some((x) => x.key === 'cmd:submit' || x.key === 'cmd:download'), false,
               'a unit assessed for the group is neither signed nor sent on its own');
  await mirrorPress(page, 'cmd:group');
  await waitRoute(page, '/group');

  // 4. The aggregate: equal revenues → the group level is the floor of the mean unit level.
  m = await model(page);
  assert.equal(m.group.has_result, true, m.group.result.join(' | '));
  const level = Math.floor((cliA.total.level + cliB.total.level) / 2);
  assert.ok(m.group.result[0].includes(String(level)), `${m.group.result[0]} (levels ${cliA.total.level}, ${cliB.total.level})`);
  const permille = Math.floor(((cliA.total.points * 1000 / cliA.total.max | 0) +
                               (cliB.total.points * 1000 / cliB.total.max | 0)) / 2);
  assert.ok(m.group.result.some((l) => l.includes(`${Math.floor(permille / 10)} %`)), m.group.result.join(' | '));
  assert.equal(m.group.pillars.length, 6);
  assert.equal(await page.locator('#group-result table tbody tr').count(), 6);
  await screenshot(page, 'app-group-result');
  const passes = await axe(page, 'group');
  assert.ok(passes > 5);

  // 5. Reload: members, the imported file and the result come back.
  await page.reload();
  await waitReady(page);
  await waitRoute(page, '/group');
  const again = await model(page);
  assert.equal(again.group.members.length, 2);
  assert.deepEqual(again.group.result, m.group.result);
  assert.deepEqual(page.errors, []);
  await page.context_.close();
});
