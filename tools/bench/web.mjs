// Web figures of the built kit in Debian's Chromium (headless, software GL), printed as text:
//   - time from navigation to the first interactive frame (median of 5 cold loads);
//   - main-thread CPU while idle for 10 s on the welcome and the results screens (target ≈ 0 %)
//     and the frames drawn meanwhile (render on demand: 0);
//   - frame time of the results screen (main-thread time per frame over 60 forced frames).
// Usage (from tests/browser, where playwright-core is installed):
//   node ../../tools/bench/web.mjs        env DBI_SITE_DIR (default build-wasm/site)
import { launchBrowser, serveSite } from '../../tests/browser/harness.mjs';
import { answerAll, fillProfile, go, newPage, openApp } from '../../tests/browser/app-support.mjs';

const site = await serveSite();
const browser = await launchBrowser();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

try {
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const page = await newPage(browser);
    await page.goto(site.url + '#/welcome');
    const ms = await page.evaluate(() => new Promise((ok) => {
      const poll = () => (window.dbiApp && window.dbiApp.ready && window.dbiApp.frames() > 0
        ? ok(performance.now()) : requestAnimationFrame(poll));
      poll();
    }));
    loads.push(ms);
    await page.context_.close();
  }
  console.log(`navigation → first interactive frame: median ${median(loads).toFixed(0)} ms ` +
              `(runs: ${loads.map((x) => x.toFixed(0)).join(', ')})`);

  const page = await newPage(browser);
  const cdp = await page.context_.newCDPSession(page);
  await cdp.send('Performance.enable');
  await openApp(page, site.url + '#/welcome');
  for (const screen of ['welcome', 'results']) {
    if (screen === 'results') {
      await fillProfile(page);
      await answerAll(page);
      await go(page, '/results');
    }
    await new Promise((ok) => setTimeout(ok, 1000));
    const f0 = await page.evaluate(() => window.dbiApp.frames());
    const t0 = await taskSeconds(cdp);
    await new Promise((ok) => setTimeout(ok, 10000));
    const busy = (await taskSeconds(cdp)) - t0;
    const frames = (await page.evaluate(() => window.dbiApp.frames())) - f0;
    console.log(`idle 10 s on ${screen}: main thread busy ${(busy * 1000).toFixed(1)} ms ` +
                `(${(busy / 10 * 100).toFixed(2)} % CPU), ${frames} frames drawn`);
  }
  // Frame time: 60 frames forced by scroll input on the results screen.
  const f0 = await page.evaluate(() => window.dbiApp.frames());
  const t0 = await taskSeconds(cdp);
  for (let i = 0; i < 60; i++) {
    await page.evaluate((dy) => new Promise((ok) => {
      window.dbiApp.call('app_scroll', 0, dy);
      requestAnimationFrame(() => requestAnimationFrame(ok));
    }), i % 2 ? 1 : -1);
  }
  const busy = (await taskSeconds(cdp)) - t0;
  const frames = (await page.evaluate(() => window.dbiApp.frames())) - f0;
  console.log(`results screen: ${frames} frames, ${(busy * 1000 / Math.max(1, frames)).toFixed(1)} ms ` +
              'main-thread time per frame (software GL)');
  await page.context_.close();
} finally {
  await browser.close();
  await site.close();
}
