// Distribution: the bundle from any static path, and the one-file copy opened from disk.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDir } from '../../scripts/serve.mjs';
import { stampBuild } from '../../scripts/worker.mjs';
import { OUTPUT, inkedPixels, launchPersistent, newPage, recordProblems, useBrowser, waitForApp, waitForWorker } from './harness.mjs';

const env = useBrowser();

/** The article, a drawn chart and the explorer's search, on a page that has started. */
async function assertWorks(page) {
  await waitForApp(page);
  assert.match(await page.locator('article').innerText(), /Yntymak Ordo/);
  const canvas = page.locator('canvas[data-chart="growth"]');
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('canvas[data-chart="growth"]').width > 0);
  assert.ok((await inkedPixels(canvas)) > 5000, 'the chart is drawn');
  await page.locator('#agreement-search').fill('health');
  await page.waitForFunction(() => document.querySelectorAll('.agreement-list > li').length === 2);
}

describe('static hosting', () => {
  it('renders and hydrates from a deep sub-path with zero console errors', async () => {
    const { server, url } = await serveDir('dist', { prefix: '/some/deep/path/' });
    try {
      const { context, page, problems } = await newPage(env);
      await page.goto(url + '?doc=post');
      await waitForApp(page);
      await page.locator('canvas[data-chart="trade"]').waitFor();
      await page.locator('#agreement-detail-post').waitFor();
      assert.ok(new URL(page.url()).pathname.startsWith('/some/deep/path/'));
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      server.close();
    }
  });
});

describe('one file from disk', () => {
  it('works opened from file:// with the network off: article, charts, explorer', async () => {
    const path = 'single/bishkek-explainer.html';
    assert.ok(statSync(path).size > 100_000);
    const { context, page, problems } = await newPage(env, { offline: true });
    const requests = [];
    page.on('request', (r) => requests.push(r.url().slice(0, 30)));
    await page.goto(pathToFileURL(path).href);
    await assertWorks(page);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says the charts are out too when its chart module stops (a trap)', async () => {
    const { context, page, problems } = await newPage(env, { offline: true });
    await page.goto(pathToFileURL('single/bishkek-explainer.html').href);
    await page.waitForSelector('html[data-charts="ready"]');
    // The chart module's own instance: its glue's data: address, as the loader imports it.
    await page.evaluate(async () => {
      const loader = document.querySelector('script[type="module"][async]').textContent;
      const charts = await import(loader.match(/import\('(data:[^']+)'\)/)[1]);
      setTimeout(() => charts.simulatePanic());
    });
    await page.waitForSelector('html[data-charts="stopped"]');
    assert.match(await page.locator('#app-notice').innerText(), /^The interactive parts \(live charts/);
    assert.deepEqual(problems, ['console.error: The explainer stopped: RuntimeError: unreachable']);
    await context.close();
  });
});

describe('offline after the first visit', () => {
  it('reloads with the network off: article, charts and explorer work, and the page says it is offline', async () => {
    const { context, page, problems } = await newPage(env);
    await page.goto(env.url);
    await waitForApp(page);
    await waitForWorker(page);
    const build = await page.evaluate(() => document.documentElement.dataset.build);
    assert.match(build, /^[0-9a-f]{16}$/);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`bishkek-explainer-${build}`]);
    assert.equal(await page.locator('#net-notice').isHidden(), true);

    await context.setOffline(true);
    await page.reload();
    await assertWorks(page);
    const notice = page.locator('#net-notice');
    await notice.waitFor({ state: 'visible' });
    assert.equal(await notice.innerText(), 'You are offline: this is the copy saved on this device.');
    // An embed view is the same page: it also opens offline.
    await page.goto(env.url + '?embed=trade');
    await waitForApp(page);
    await context.setOffline(false);
    await notice.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('is installable: a valid manifest with an icon, and a service worker (Chromium reports no installability errors)', async () => {
    const dir = mkdtempSync(join(OUTPUT, 'profile-'));
    const context = await launchPersistent(dir);
    try {
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.goto(env.url);
      await waitForWorker(page);
      const cdp = await context.newCDPSession(page);
      assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
      assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
      const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
      assert.equal(manifest.start_url, './');
      assert.ok(manifest.icons.length > 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('a second build replaces the first: a reload gets it, an open page of the old build says so, one cache remains', async () => {
    const site = mkdtempSync(join(OUTPUT, 'site-'));
    cpSync('dist', join(site, 'v1'), { recursive: true });
    cpSync('dist', join(site, 'v2'), { recursive: true });
    // The change: a new title, then the build's last step (the stamp) again.
    const index = join(site, 'v2', 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>Second build: '));
    const second = await stampBuild(join(site, 'v2'));
    const live = join(site, 'live');
    symlinkSync('v1', live);
    const { server, url } = await serveDir(live);
    const context = await env.browser.newContext();
    try {
      const old = await context.newPage();
      const problems = recordProblems(old);
      await old.goto(url);
      await waitForApp(old);
      await waitForWorker(old);
      const first = await old.evaluate(() => document.documentElement.dataset.build);
      assert.notEqual(first, second);

      // Deploy the second build; a new page gets it from the network at once.
      unlinkSync(live);
      symlinkSync('v2', live);
      const fresh = await context.newPage();
      recordProblems(fresh, problems);
      await fresh.goto(url);
      await waitForApp(fresh);
      assert.match(await fresh.title(), /^Second build: /);
      // Its worker takes over: the old page is told, the new one is not.
      const button = old.locator('#net-notice button');
      await button.waitFor({ state: 'visible' });
      assert.equal(await old.locator('#net-notice').innerText(), 'A newer version of this explainer is ready. Reload');
      await old.waitForFunction(async (name) => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0] === name;
      }, `bishkek-explainer-${second}`);
      assert.equal(await fresh.locator('#net-notice').isHidden(), true);

      await Promise.all([old.waitForNavigation(), button.click()]);
      await waitForApp(old);
      assert.match(await old.title(), /^Second build: /);
      assert.equal(await old.evaluate(() => document.documentElement.dataset.build), second);
      assert.deepEqual(await old.evaluate(() => caches.keys()), [`bishkek-explainer-${second}`]);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      server.close();
    }
  });
});
