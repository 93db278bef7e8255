// The two WebAssembly modules (scripts/loaders.mjs): the chart module makes the charts and the
// "what would it take" controls live on its own; the Yew app comes after it (on idle, or at
// once on a first interaction outside the charts) and takes over the state the reader set.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { moduleFiles } from '../../scripts/size.mjs';
import { newPage, open, useBrowser, waitForApp } from './harness.mjs';

const env = useBrowser();
const { app, charts } = moduleFiles('dist');
const appWasm = app.find((f) => f.endsWith('_bg.wasm'));
const chartsGlue = charts.find((f) => f.endsWith('.js'));
const chartsWasm = charts.find((f) => f.endsWith('_bg.wasm'));

/** A page whose Yew app's wasm is held until `release()` is called. */
async function withAppHeld(query = '') {
  const opened = await newPage(env);
  let release;
  const held = new Promise((r) => { release = r; });
  await opened.page.route(`**/${appWasm}`, async (route) => {
    await held;
    await route.continue();
  });
  await opened.page.goto(env.url + query);
  await opened.page.waitForSelector('html[data-charts="ready"]');
  return { ...opened, release };
}

describe('the chart module before the app', () => {
  it('runs tooltips, keys, the live region, the slider and the choices while the app is still loading', async () => {
    const { context, page, problems, release } = await withAppHeld();
    assert.equal(await page.locator('html[data-app]').count(), 0, 'the app has not started');
    const canvas = page.locator('canvas[data-chart="trade"]');
    await canvas.focus();
    await page.keyboard.press('End');
    const key = await canvas.getAttribute('data-active');
    assert.match(key, /^trade-/);
    await page.locator(`.chart-tooltip[data-key="${key}"]`).waitFor();
    assert.notEqual(await page.locator('[data-live="trade"]').innerText(), '');
    await page.locator('#trade-rate-number').fill('5');
    await page.locator('#trade-rate-number').press('Enter');
    assert.equal(await page.locator('#trade-rate-range').inputValue(), '5');
    await page.locator('#trade-rate-range').focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await page.locator('[data-sentence="trade"]').innerText(), /^At 5\.1% a year/);
    assert.equal(await page.locator('#trade-rate-number').inputValue(), '5.1');
    await page.locator('label[for="gdp-base-2014"]').click();
    assert.match(await page.locator('[data-sentence="growth"]').innerText(), /its 2014 level/);
    // The app, once it arrives, takes the state over and writes it into the address.
    release();
    await waitForApp(page);
    await page.waitForURL((u) => u.search === '?rate=5.1&gdp-base=2014');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts the app at once on a first interaction outside the charts, and not for one inside them', async () => {
    const { context, page, problems } = await newPage(env);
    // Hold the idle start back: the page waits for the charts before it schedules the app.
    await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
    await page.goto(env.url);
    await page.waitForSelector('html[data-charts="ready"]');
    await page.locator('canvas[data-chart="growth"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('html[data-app]').count(), 0, 'a key on a chart does not need the app');
    await page.locator('a.figure[data-figure="trade_target"]').focus();
    await waitForApp(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads the URL on its own: the controls and an embed\'s highlight before the app', async () => {
    const { context, page, release } = await withAppHeld('?embed=trade&base=ru&rate=7.5&highlight=trade-ru-2024');
    assert.equal(await page.locator('#baseline-ru').isChecked(), true);
    assert.equal(await page.locator('#trade-rate-range').inputValue(), '7.5');
    assert.match(await page.locator('[data-sentence="trade"]').innerText(), /^At 7\.5% a year/);
    assert.equal(await page.locator('canvas[data-chart="trade"]').getAttribute('data-highlight'), 'trade-ru-2024');
    release();
    await waitForApp(page);
    await context.close();
  });

  it('says which parts are missing when only the app cannot start, and keeps the charts live', async () => {
    const { context, page, problems } = await newPage(env);
    await page.route(`**/${appWasm}`, (route) => route.abort());
    const logged = new Promise((resolve) => page.on('console', (m) => m.text().startsWith('Failed to load resource') && resolve()));
    await page.goto(env.url);
    const notice = page.locator('#app-notice');
    await notice.waitFor({ state: 'visible' });
    await logged;
    assert.match(await notice.innerText(), /^The live charts and their sliders work, but the other interactive parts/);
    assert.equal(await page.locator('html[data-charts="ready"]').count(), 1);
    await page.locator('#trade-rate-number').fill('20');
    await page.locator('#trade-rate-number').press('Enter');
    assert.equal(await page.locator('[data-sentence="trade"]').innerText(), 'At 20% a year, trade would pass $5 billion in 2028.');
    assert.deepEqual([...problems].sort(), [`requestfailed: ${new URL(appWasm, env.url)} net::ERR_FAILED`, 'console.error: Failed to load resource: net::ERR_FAILED'].sort());
    await context.close();
  });

  it('says the charts are out too when the chart module stops (a trap)', async () => {
    const { context, page, problems } = await open(env);
    // The module instance the page runs (one per URL), its fault injection called as an event
    // handler would: uncaught.
    await page.evaluate(async () => {
      const charts = await import(window.bishkekChartsGlue);
      setTimeout(() => charts.simulatePanic());
    });
    const notice = page.locator('#app-notice');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /^The interactive parts \(live charts, sliders, the document explorer\) could not start/);
    assert.equal(await page.locator('html[data-charts="stopped"]').count(), 1);
    assert.deepEqual(problems, ['console.error: The explainer stopped: RuntimeError: unreachable']);
    await context.close();
  });

  for (const [what, glue, wasm, ready] of [
    ['the chart module', chartsGlue, chartsWasm, 'html[data-charts="ready"]'],
    ['the app', app.find((f) => f.endsWith('.js')), appWasm, 'html[data-app="ready"]'],
  ]) {
    it(`asks for ${what}'s wasm without waiting for its glue`, async () => {
      const { context, page, problems } = await newPage(env);
      // The glue is held until the wasm has been asked for: a loader that waited for the glue
      // would never ask, and the test would time out.
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(`**/${glue}`, async (route) => {
        await held;
        await route.continue();
      });
      const wasmAsked = page.waitForRequest(`**/${wasm}`);
      await page.goto(env.url);
      await wasmAsked;
      release();
      await page.waitForSelector(ready);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('puts the chart module\'s loader first, in the head', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    // The import map before any module script; the chart module's loader, an async module
    // script, before the app's.
    const at = (text) => head.indexOf(text);
    assert.ok(at('<script type="importmap">') >= 0 && at('<script type="importmap">') < at('<script type="module"'));
    assert.ok(at('<script type="module" async>') >= 0 && at('<script type="module" async>') < at(`import('./${app.find((f) => f.endsWith('.js'))}')`));
  });
});

describe('the explorer before the app', () => {
  it('keeps the text typed into its search and the focus when the app takes it over', async () => {
    const { context, page, problems, release } = await withAppHeld();
    const search = page.locator('#agreement-search');
    await search.focus();
    await page.keyboard.type('health');
    release();
    await waitForApp(page);
    assert.equal(await search.inputValue(), 'health');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'agreement-search');
    assert.equal(await page.locator('.explorer-status').innerText(), '2 of the 7 items the article lists.');
    await page.waitForURL((u) => u.search === '?q=health');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
