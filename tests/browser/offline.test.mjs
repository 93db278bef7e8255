// Distribution: the bundle from any static path, and the one-file copy opened from disk.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serveDir } from '../../scripts/serve.mjs';
import { recordProblems, useBrowser, waitForApp } from './harness.mjs';

const env = useBrowser();

describe('static hosting', () => {
  it('renders and hydrates from a deep sub-path with zero console errors', async () => {
    const { server, url } = await serveDir('dist', { prefix: '/some/deep/path/' });
    try {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const problems = recordProblems(page);
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
    const context = await env.browser.newContext();
    await context.setOffline(true);
    const page = await context.newPage();
    const problems = recordProblems(page);
    const requests = [];
    page.on('request', (r) => requests.push(r.url().slice(0, 30)));
    await page.goto(pathToFileURL(path).href);
    await waitForApp(page);
    assert.match(await page.locator('article').innerText(), /Yntymak Ordo/);
    const canvas = page.locator('canvas[data-chart="growth"]');
    await canvas.scrollIntoViewIfNeeded();
    const inked = await canvas.evaluate((c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1]) n++;
      return n;
    });
    assert.ok(inked > 5000, 'the chart is drawn');
    await page.locator('#agreement-search').fill('health');
    await page.waitForFunction(() => document.querySelectorAll('.agreement-list > li').length === 2);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
