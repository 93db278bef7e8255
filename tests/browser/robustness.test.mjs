// Robustness under the real Content-Security-Policy: crafted URLs, a blocked .wasm, a panic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstViewFiles } from '../../scripts/size.mjs';
import { blockedWasmProblems, bothWasmFailed, newPage, open, useBrowser, waitForApp, waitForWorker } from './harness.mjs';

const env = useBrowser();

describe('crafted URLs', () => {
  const cases = {
    markup: '?q=%3Cscript%3Ealert(1)%3C/script%3E&trade=%3Cb%3Ex%3C/b%3E',
    'a 100 kB value': '?q=' + 'x'.repeat(100_000),
    'broken percent-encoding': '?rate=%E0%A4%A&kind=%&domain=%ZZ&doc=%C3%28',
    'many keys': '?' + Array.from({ length: 500 }, (_, i) => `k${i}=${i}`).join('&'),
    'an unknown view': '?view=nowhere&embed=everything#not-an-id',
    'unicode': '?q=' + encodeURIComponent('💥 Ωμέγα 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202E') + '&sort=%F0%9F%92%A5',
  };
  for (const [name, query] of Object.entries(cases)) {
    it(`renders a sane view for ${name}, with zero page errors`, async () => {
      // Any alert() would be recorded (and dismissed) as a problem, from before the page loads.
      const { context, page, problems } = await open(env, query);
      await page.locator('canvas[data-chart="trade"]').waitFor();
      assert.equal(await page.locator('main h1#headline').count(), 1);
      assert.equal(await page.locator('#app script, #app img').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('failures', () => {
  it('keeps the article, SVG charts and tables readable with a notice when the .wasm is blocked, with no uncaught error', async () => {
    const { context, page, problems } = await newPage(env);
    await page.route('**/*.wasm', (route) => route.abort());
    const failed = bothWasmFailed(page);
    await page.goto(env.url);
    const notice = page.locator('#app-notice');
    await notice.waitFor({ state: 'visible' });
    await failed;
    // The blocked request itself, as the browser reports it, and nothing else: no page error,
    // no other console error (the loader catches the failed start-up; scripts/post-build.mjs).
    assert.deepEqual([...problems].sort(), blockedWasmProblems(env.url));
    assert.match(await notice.innerText(), /could not start in this browser/);
    assert.match(await page.locator('article').innerText(), /Yntymak Ordo/);
    // Each chart prerendered wide and narrow, one of the two shown.
    assert.equal(await page.locator('svg.chart-svg').count(), 6);
    assert.equal(await page.locator('svg.chart-svg:visible').count(), 3);
    assert.equal(await page.locator('#trade-table tbody tr').count(), 13);
    assert.equal(await page.locator('html[data-app], html[data-charts]').count(), 0);
    await context.close();
  });

  it('shows the notice and logs once when the app panics', async () => {
    const { context, page, problems } = await open(env);
    assert.equal(await page.locator('#app-notice').isVisible(), false);
    // As a panic in an event handler would: uncaught. The release build's panic is a trap
    // (`./run`: -Cpanic=immediate-abort), which the start-up script logs once.
    await page.evaluate(() => setTimeout(() => window.wasmBindings.simulatePanic()));
    await page.locator('#app-notice').waitFor({ state: 'visible' });
    assert.deepEqual(problems, ['console.error: The explainer stopped: RuntimeError: unreachable']);
    // The chart module still runs: the notice says only the app's parts are out.
    assert.match(await page.locator('#app-notice').innerText(), /^The live charts and their sliders work/);
    assert.match(await page.locator('article').innerText(), /Yntymak Ordo/);
    await context.close();
  });
});

describe('the first view', () => {
  it('is exactly what the size budget counts: the page, both modules\' glue and wasm, and the icon', async () => {
    const { context, page, problems } = await newPage(env);
    // A list, not a set: each file is fetched once.
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1) || 'index.html'));
    await page.goto(env.url);
    await waitForApp(page);
    // Once the app has started, the service worker precaches in the background (its requests
    // are the worker's, not the page's).
    await waitForWorker(page);
    assert.deepEqual([...requested].sort(), [...firstViewFiles('dist')].sort());
    assert.equal(requested.length, 6);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('privacy', () => {
  it('requests nothing from other origins, sets no cookies and stores nothing', async () => {
    const { context, page, problems } = await newPage(env);
    const origins = new Set();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(env.url + '?doc=post');
    await waitForApp(page);
    // Use the app: hover, focus a chart, move a slider, search, download.
    await page.locator('a.figure[data-figure="trade_target"]').hover();
    await page.locator('canvas[data-chart="trade"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#agreement-search').fill('health');
    await Promise.all([page.waitForEvent('download'), page.locator('[data-download="agreements-csv"]').click()]);
    const own = new URL(env.url).origin;
    assert.deepEqual([...origins].filter((o) => o !== own && !o.startsWith('blob:') && o !== 'null'), []);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
