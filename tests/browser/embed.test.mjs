// Embedding across two origins: a parent page on one loopback port embeds the explainer's
// views served on another, with the editors' embed.js; a third origin tries to interfere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../../scripts/serve.mjs';
import { OUTPUT, blockedWasmProblems, bothWasmFailed, newPage, recordProblems, useBrowser, waitForApp } from './harness.mjs';

const env = useBrowser();
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
const site = { dir: '', server: null, url: '' };

before(async () => {
  site.dir = mkdtempSync(join(OUTPUT, 'parent-'));
  ({ server: site.server, url: site.url } = await serveDir(site.dir));
});
after(() => site.server?.close());

/** A parent page on the other origin with one iframe per query, as the Embed panel writes them. */
function parentPage(name, queries) {
  const frames = queries
    .map((q, i) => `<iframe id="f${i}" src="${env.url}${q}" title="Embed ${i}" width="100%" height="300" sandbox="${SANDBOX}" data-bishkek-embed></iframe>`)
    .join('\n');
  writeFileSync(join(site.dir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title><link rel="icon" href="data:,"></head><body><h1>A newsroom page</h1>${frames}<p>After the embeds.</p><script src="${env.url}embed.js"></script></body></html>`);
  return site.url + name;
}

/** Opens a parent page; returns the page, its problems and the embeds' frames once started. */
async function openParent(context, name, queries) {
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.addInitScript(() => {
    window.received = [];
    addEventListener('message', (e) => window.received.push(e.data));
  });
  await page.goto(parentPage(name, queries));
  const frames = [];
  for (let i = 0; i < queries.length; i++) {
    const frame = await (await page.$(`#f${i}`)).contentFrame();
    await frame.waitForSelector('html[data-app="ready"]', { timeout: 30_000 });
    frames.push(frame);
  }
  return { page, problems, frames };
}

/**
 * Waits until the iframe's height (on the parent) is within 2 px of its document's height (in
 * the embed, another origin) and nothing scrolls inside; returns the height. When they differ,
 * a resize message is on its way: wait for the iframe's height to change, then look again.
 */
async function waitForFit(page, frame, i, selector = `#f${i}`) {
  for (;;) {
    const outer = await page.$eval(selector, (el) => el.getBoundingClientRect().height);
    const [inner, scroll, viewport] = await frame.evaluate(() => [document.documentElement.getBoundingClientRect().height, document.documentElement.scrollHeight, innerHeight]);
    if (Math.abs(outer - inner) <= 2 && scroll <= viewport + 1) return outer;
    await page.waitForFunction(([s, h]) => document.querySelector(s).getBoundingClientRect().height !== h, [selector, outer]);
  }
}

describe('embedding across origins', () => {
  it('shows each view alone, with its credit line, sized to its content without a scrollbar', async () => {
    const context = await env.browser.newContext();
    const views = ['trade', 'investment', 'growth', 'agreements', 'explainer'];
    const { page, problems, frames } = await openParent(context, 'views.html', views.map((v) => `?embed=${v}`));
    const shown = {
      trade: ['#chart-trade'],
      investment: ['#chart-investment'],
      growth: ['#chart-growth'],
      agreements: ['#agreements'],
      explainer: ['article', '#chart-trade', '#agreements', '.site-footer'],
    };
    for (const [i, view] of views.entries()) {
      const frame = frames[i];
      const height = await waitForFit(page, frame, i);
      assert.ok(height > 300, `${view}: taller than the snippet's first height (${height})`);
      for (const selector of shown[view]) assert.equal(await frame.locator(selector).first().isVisible(), true, `${view} shows ${selector}`);
      const hidden = ['#article-body > p', '#chart-trade', '#chart-investment', '#chart-growth', '#agreements', '.site-footer', '.figure-index'].filter((s) => !shown[view].includes(s) && view !== 'explainer');
      for (const selector of hidden) assert.equal(await frame.locator(selector).first().isVisible(), false, `${view} hides ${selector}`);
      const credit = frame.locator('.embed-credit');
      assert.equal(await credit.isVisible(), true);
      assert.match(await credit.innerText(), /CentralasianLIGHT\.org.*Open the full explainer/s);
      assert.equal(await frame.locator('.embed-credit a', { hasText: 'Open the full explainer' }).getAttribute('target'), '_blank');
    }
    // Our message, Pym.js's and AMP's, all with the height.
    const received = await page.evaluate(() => window.received);
    assert.ok(received.some((m) => m?.type === 'bishkek-explainer:resize' && m.id === 'trade' && m.height > 300));
    assert.ok(received.some((m) => typeof m === 'string' && /^pymxPYMxtradexPYMxheightxPYMx\d+$/.test(m)));
    assert.ok(received.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height > 300));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts and sizes itself when it is far below the fold of its host page (no frame drawn yet)', async () => {
    // The chart module waits for a frame before its first paints, and Chromium draws no frames
    // for a cross-origin frame out of view: a fallback starts them anyway (src/live/first_paint.rs).
    writeFileSync(join(site.dir, 'below.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title><link rel="icon" href="data:,"></head><body><h1>A long newsroom page</h1><div style="height:6000px"></div><iframe id="f0" src="${env.url}?embed=trade" title="Embed" width="100%" height="300" sandbox="${SANDBOX}" data-bishkek-embed></iframe><script src="${env.url}embed.js"></script></body></html>`);
    const context = await env.browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(site.url + 'below.html');
    const frame = await (await page.$('#f0')).contentFrame();
    await frame.waitForSelector('html[data-charts="ready"][data-app="ready"]', { timeout: 30_000 });
    // Sized to its content by its first resize message, while still out of view.
    await page.waitForFunction(() => document.getElementById('f0').getBoundingClientRect().height !== 300);
    assert.ok(await page.evaluate(() => document.getElementById('f0').getBoundingClientRect().top > innerHeight), 'still below the fold');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('follows its content: a table toggled, a filter applied, the window resized', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const { page, problems, frames } = await openParent(context, 'follow.html', ['?embed=trade', '?embed=agreements']);
    const [trade, agreements] = frames;
    const before = await waitForFit(page, trade, 0);
    await trade.getByRole('button', { name: 'Table' }).first().click();
    await page.waitForFunction((h) => Math.abs(document.getElementById('f0').getBoundingClientRect().height - h) > 20, before);
    const tabled = await waitForFit(page, trade, 0);
    assert.notEqual(tabled, before);

    const all = await waitForFit(page, agreements, 1);
    await agreements.locator('#agreement-search').fill('health');
    await page.waitForFunction((h) => document.getElementById('f1').getBoundingClientRect().height < h - 50, all);
    await waitForFit(page, agreements, 1);

    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForFunction((h) => document.getElementById('f0').getBoundingClientRect().height > h + 50, tabled);
    await waitForFit(page, trade, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('takes theme and highlight from the URL and from the parent, and tells the parent what the reader does', async () => {
    const context = await env.browser.newContext();
    const { page, problems, frames } = await openParent(context, 'talk.html', ['?embed=trade&title=0&highlight=trade-ru-2024', '?embed=agreements&theme=dark']);
    const [trade, agreements] = frames;
    // title=0: the title leaves the view but stays in the outline (visually hidden).
    assert.ok((await trade.locator('#trade-title').boundingBox()).width <= 1, 'title=0 hides the title');
    assert.equal(await trade.getByRole('heading', { name: /^For 2024 trade/ }).count(), 1);
    assert.equal(await trade.locator('canvas[data-chart="trade"]').getAttribute('data-highlight'), 'trade-ru-2024');
    assert.equal(await agreements.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // A forced dark theme keeps its dark background: the host page may be light.
    const text = (f) => f.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    assert.deepEqual(await text(agreements), ['rgb(233, 230, 223)', 'rgb(21, 22, 26)']);

    // The parent switches the trade embed to dark, then highlights another point.
    await page.evaluate(() => BishkekExplainer.set(document.getElementById('f0'), { theme: 'dark' }));
    await trade.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.deepEqual(await text(trade), ['rgb(233, 230, 223)', 'rgb(21, 22, 26)']);
    await page.evaluate(() => BishkekExplainer.set(document.getElementById('f0'), { highlight: 'trade-kg-2023' }));
    await trade.waitForFunction(() => document.querySelector('canvas[data-chart="trade"]').dataset.highlight === 'trade-kg-2023');
    await page.evaluate(() => BishkekExplainer.set(document.getElementById('f1'), { theme: 'light', highlight: 'post' }));
    await agreements.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await agreements.locator('#agreement-post.is-highlighted').waitFor();

    // Events reach the parent as DOM events on the iframe.
    await page.evaluate(() => {
      window.events = [];
      for (const f of document.querySelectorAll('iframe')) f.addEventListener('bishkek-explainer:event', (e) => window.events.push({ frame: f.id, ...e.detail }));
    });
    await agreements.locator('#agreement-post').getByRole('button', { name: /Details and link/ }).click();
    await page.waitForFunction(() => window.events.some((e) => e.event === 'agreement.select'));
    // The article is not in this view: no link to it.
    assert.equal(await agreements.getByRole('link', { name: 'Show it in the article' }).isVisible(), false);
    // A link that leaves the view (the permalink) opens a new tab; the embed stays.
    const [tab] = await Promise.all([context.waitForEvent('page'), agreements.locator('#agreement-post .permalink').click()]);
    await tab.waitForLoadState();
    assert.match(tab.url(), /\?doc=post#agreements$/);
    assert.match(agreements.url(), /embed=agreements/);
    await tab.close();
    const canvas = trade.locator('canvas[data-chart="trade"]');
    await canvas.focus();
    await canvas.press('ArrowRight');
    await page.waitForFunction(() => window.events.some((e) => e.event === 'point.focus'));
    await trade.getByRole('button', { name: 'Table' }).first().click();
    await page.waitForFunction(() => window.events.some((e) => e.event === 'view.change' && e.frame === 'f0'));
    // The embed keeps its own options in its address as the view changes.
    assert.equal(new URL(trade.url()).search, '?trade=table&embed=trade&title=0&highlight=trade-ru-2024');
    const events = await page.evaluate(() => window.events);
    assert.deepEqual(events.find((e) => e.event === 'agreement.select'), { frame: 'f1', type: 'bishkek-explainer:event', id: 'agreements', event: 'agreement.select', agreement: 'post' });
    const focus = events.find((e) => e.event === 'point.focus');
    assert.equal(focus.frame, 'f0');
    assert.equal(focus.chart, 'trade');
    assert.match(focus.point, /^trade-/);
    assert.deepEqual(events.find((e) => e.event === 'view.change' && e.frame === 'f0'), { frame: 'f0', type: 'bishkek-explainer:event', id: 'trade', event: 'view.change', query: '?trade=table' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('ignores a third origin, malformed messages and absurd heights, with zero console errors on both sides', async () => {
    const context = await env.browser.newContext();
    const embedErrors = [];
    context.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') embedErrors.push(m.text());
    });
    const { page, problems, frames } = await openParent(context, 'hostile.html', [`?embed=trade&origin=${encodeURIComponent(site.url.replace(/\/$/, ''))}`]);
    const [trade] = frames;
    const height = await waitForFit(page, trade, 0);

    // The embed's own origin, but malformed or absurd heights: the parent keeps its height.
    for (const bad of [{ type: 'bishkek-explainer:resize', height: 'tall' }, { type: 'bishkek-explainer:resize', height: 1e9 }, { type: 'bishkek-explainer:resize', height: -5 }, { type: 'bishkek-explainer:resize' }, 'pymxPYMxtradexPYMxheightxPYMx9999', null, [1, 2]]) {
      await trade.evaluate((m) => parent.postMessage(m, '*'), bad);
    }
    // A third origin (another loopback port) posts a height to the parent and a `set` to the embed.
    const third = await serveDir(site.dir);
    writeFileSync(join(site.dir, 'third.html'), '<!doctype html><title>Third</title><link rel="icon" href="data:,">');
    const heard = (h) => page.waitForFunction((h) => window.received.some((m) => m?.height === h), h);
    try {
      await page.evaluate((src) => new Promise((ok) => {
        const f = document.createElement('iframe');
        f.src = src;
        f.onload = ok;
        document.body.append(f);
      }), third.url + 'third.html');
      const intruder = page.frames().find((f) => f.url().startsWith(third.url));
      await intruder.evaluate(() => {
        parent.postMessage({ type: 'bishkek-explainer:resize', id: 'trade', height: 77 }, '*');
        parent.frames[0].postMessage({ type: 'bishkek-explainer:set', theme: 'dark' }, '*');
      });
      await heard(77);
      assert.equal(Math.round(await page.$eval('#f0', (el) => el.getBoundingClientRect().height)), Math.round(height));
    } finally {
      third.server.close();
    }
    // The allowed parent sends malformed messages to the embed.
    await page.evaluate(() => {
      const w = document.getElementById('f0').contentWindow;
      for (const m of ['garbage', 42, null, { type: 'bishkek-explainer:set', theme: 'purple' }, { type: 'bishkek-explainer:navigate', url: 'javascript:alert(1)' }, { type: 'bishkek-explainer:set', highlight: '<img src=x onerror=alert(1)>' }]) w.postMessage(m, '*');
    });
    // A round trip through both sides settles every message above first.
    await page.evaluate(() => BishkekExplainer.set(document.getElementById('f0'), { highlight: 'trade-kg-2024' }));
    await trade.waitForFunction(() => document.querySelector('canvas[data-chart="trade"]').dataset.highlight === 'trade-kg-2024');
    assert.equal(await trade.evaluate(() => document.documentElement.dataset.theme ?? 'auto'), 'auto');
    assert.equal(Math.round(await page.$eval('#f0', (el) => el.getBoundingClientRect().height)), Math.round(height));
    assert.equal(await trade.locator('img').count(), 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(embedErrors, []);
    await context.close();
  });

  it('reads a parent\'s message as the shell converts it: the first 16 fields, strings as text only', async () => {
    const context = await env.browser.newContext();
    const { page, problems, frames } = await openParent(context, 'fields.html', ['?embed=trade']);
    const [trade] = frames;
    const post = (messages) => page.evaluate((ms) => {
      const fillers = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
      const w = document.getElementById('f0').contentWindow;
      for (const m of ms) {
        // Built here, in the parent, so that key order and kinds are the page's own.
        const message = m === 'array' ? ['bishkek-explainer:set', 'dark']
          : m === 'string-object' ? { type: 'bishkek-explainer:set', theme: new String('dark') }
          : m === 'boolean' ? { type: 'bishkek-explainer:set', theme: true }
          : m === 'list' ? { type: 'bishkek-explainer:set', theme: ['dark'] }
          : { ...fillers(m), type: 'bishkek-explainer:set', theme: 'dark' };
        w.postMessage(message, '*');
      }
    }, messages);
    // `type` as the 17th field is not read; nor are an array, or a theme that is a String
    // object, a boolean or a list rather than a string.
    await post([16, 'array', 'string-object', 'boolean', 'list']);
    // A round trip through both sides settles every message above first.
    await page.evaluate(() => BishkekExplainer.set(document.getElementById('f0'), { highlight: 'trade-kg-2023' }));
    await trade.waitForFunction(() => document.querySelector('canvas[data-chart="trade"]').dataset.highlight === 'trade-kg-2023');
    assert.equal(await trade.evaluate(() => document.documentElement.dataset.theme ?? 'auto'), 'auto');
    // With 14 fields before them, `type` and `theme` are the 15th and 16th: read, and applied.
    await post([14]);
    await trade.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads without WebAssembly: the prerendered view alone', async () => {
    const { context, page, problems } = await newPage(env);
    await context.route('**/*.wasm', (route) => route.abort());
    const failed = bothWasmFailed(page);
    await page.goto(env.url + '?embed=growth&theme=dark');
    await page.locator('#app-notice').waitFor({ state: 'visible' });
    await failed;
    assert.deepEqual([...problems].sort(), blockedWasmProblems(env.url));
    assert.equal(await page.locator('#chart-growth svg.chart-svg:visible').isVisible(), true);
    assert.equal(await page.locator('#chart-trade').isVisible(), false);
    assert.equal(await page.locator('#article-body > p').first().isVisible(), false);
    assert.equal(await page.locator('.embed-credit').isVisible(), true);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(233, 230, 223)');
    await context.close();
  });
});

describe('the Embed panel', () => {
  it('writes the code for its view from the page address, copies it, and closes with Escape', async () => {
    const { context, page, problems } = await newPage(env);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(env.url);
    await waitForApp(page);
    await page.locator('#chart-growth .panel-more > summary').click();
    const panel = page.locator('#chart-growth .embed-code');
    const summary = panel.locator('summary');
    await summary.click();
    const code = panel.locator('textarea');
    await page.waitForFunction(() => document.querySelector('#chart-growth .embed-code textarea').value.length > 0, null, { timeout: 30_000 });
    const snippet = await code.inputValue();
    // The options and messages in short, copied in once.
    assert.equal(await panel.locator('.embed-help').count(), 1);
    assert.match(await panel.locator('.embed-help').innerText(), /theme=light\|dark\|auto[\s\S]*bishkek-explainer:set[\s\S]*point\.focus[\s\S]*Sandbox: allow-scripts/);
    // Chart only by default, written with the height its preview measured at 600 px.
    const measured = Number(await panel.getAttribute('data-measured'));
    const preview = await (await panel.locator('.embed-preview iframe').elementHandle()).contentFrame();
    const inner = await preview.evaluate(() => document.documentElement.getBoundingClientRect().height);
    assert.ok(Math.abs(measured - inner) <= 2, `snippet height ${measured}, preview document ${inner}`);
    assert.equal(await panel.locator('.embed-preview iframe').getAttribute('width'), '600');
    assert.match(snippet, new RegExp(`^<iframe src="${env.url}\\?embed=growth&amp;only=chart" title="[^"]+ \\(Bishkek talks explainer\\)" width="100%" height="${measured}" loading="lazy" sandbox="${SANDBOX}" data-bishkek-embed></iframe>\\n<script src="${env.url}embed.js" async></script>$`));
    await panel.getByRole('button', { name: 'Copy code' }).click();
    await panel.locator('.embed-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    await code.focus();
    await page.keyboard.press('Escape');
    assert.equal(await panel.evaluate((d) => d.open), false);
    assert.equal(await summary.evaluate((s) => s === document.activeElement), true);
    // The snippet works as written: a page that pastes it gets the view.
    writeFileSync(join(site.dir, 'pasted.html'), `<!doctype html><html lang="en"><title>Pasted</title><link rel="icon" href="data:,"><body>${snippet}</body></html>`);
    await page.goto(site.url + 'pasted.html');
    const frame = await (await page.$('iframe')).contentFrame();
    await frame.waitForSelector('html[data-app="ready"][data-embed="growth"]', { timeout: 30_000 });
    // At 600 px it is as tall as the snippet says.
    await page.setViewportSize({ width: 600, height: 800 });
    const fitted = await waitForFit(page, frame, 0, 'iframe');
    assert.ok(fitted > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('chart-only embeds', () => {
  it('show the title, the drawn chart, its source and the credit, and fit 640 px at 600 px wide', async () => {
    // 616 px: the parent's body margins leave the iframe 600 px wide.
    const context = await env.browser.newContext({ viewport: { width: 616, height: 900 } });
    const views = ['trade', 'investment', 'growth'];
    const { page, problems, frames } = await openParent(context, 'only.html', views.map((v) => `?embed=${v}&only=chart`));
    for (const [i, view] of views.entries()) {
      const frame = frames[i];
      assert.equal(await page.$eval(`#f${i}`, (f) => f.getBoundingClientRect().width), 600);
      const height = await waitForFit(page, frame, i);
      assert.ok(height <= 640, `${view}: ${height} px tall at 600 px`);
      for (const selector of [`#${view}-title`, `#${view}-summary`, `canvas[data-chart="${view}"]`, `#chart-${view} .chart-source-line`, '.embed-credit']) {
        assert.equal(await frame.locator(selector).first().isVisible(), true, `${view} shows ${selector}`);
      }
      for (const selector of ['.downloads', '.sound', '.mode-toggle', '.what-if', '.embed-code', '.share', '.table-details']) {
        assert.equal(await frame.locator(`#chart-${view} ${selector}`).first().isVisible().catch(() => false), false, `${view} hides ${selector}`);
      }
      // The canvas is drawn: more than one colour in it.
      const colours = await frame.locator(`canvas[data-chart="${view}"]`).evaluate((c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let p = 0; p < d.length; p += 4 * 97) seen.add(`${d[p]},${d[p + 1]},${d[p + 2]}`);
        return seen.size;
      });
      assert.ok(colours > 5, `${view}: the canvas is drawn (${colours} colours)`);
      // Transparent and borderless: the host's background shows through.
      assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
      assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgba(0, 0, 0, 0)');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keep the slider with only=chart,slider and the card with frame=card', async () => {
    const context = await env.browser.newContext({ viewport: { width: 616, height: 900 } });
    const { page, problems, frames } = await openParent(context, 'slider.html', ['?embed=trade&only=chart,slider&frame=card']);
    const [frame] = frames;
    await waitForFit(page, frame, 0);
    assert.equal(await frame.locator('#trade-rate-range').isVisible(), true);
    assert.equal(await frame.locator('#chart-trade .downloads').isVisible(), false);
    assert.notEqual(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.notEqual(await frame.evaluate(() => getComputedStyle(document.querySelector('#chart-trade')).borderTopStyle), 'none');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the README\'s example snippet has the height the Embed panel measures', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(env.url);
    await waitForApp(page);
    await page.locator('#chart-trade .panel-more > summary').click();
    const panel = page.locator('#chart-trade .embed-code');
    await panel.locator('summary').click();
    await page.waitForFunction(() => document.querySelector('#chart-trade .embed-code').hasAttribute('data-measured'), null, { timeout: 30_000 });
    const measured = Number(await panel.getAttribute('data-measured'));
    const readme = readFileSync('README.md', 'utf8');
    const example = readme.match(/<iframe src="https:\/\/example\.org\/bishkek\/\?embed=trade&amp;only=chart"[^>]*height="(\d+)"/);
    assert.ok(example, 'the README shows the trade chart-only snippet');
    assert.ok(Math.abs(Number(example[1]) - measured) <= 2, `README ${example[1]}, measured ${measured}`);
    // A new choice measures again: the whole panel is taller, the theme is in the address.
    await panel.locator('input[value="panel"]').check();
    await panel.locator('input[value="dark"]').check();
    await page.waitForFunction(() => document.querySelector('#chart-trade .embed-code textarea').value.includes('theme=dark'), null, { timeout: 30_000 });
    assert.ok(Number(await panel.getAttribute('data-measured')) > measured + 200);
    assert.doesNotMatch(await panel.locator('textarea').inputValue(), /only=/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('sharing and print', () => {
  it('copies the current view\'s address from a chart\'s Share button', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(env.url + '?trade=table');
    await waitForApp(page);
    assert.equal(await page.evaluate(() => 'share' in navigator), false, 'this Chromium has no share sheet: the link is copied');
    await page.locator('#chart-trade .panel-more > summary').click();
    await page.locator('#chart-trade .share-link').click();
    await page.locator('#chart-trade .share-status', { hasText: 'Link copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.url}?trade=table#chart-trade`);
    await page.locator('.site-footer .share-link').click();
    await page.locator('.site-footer .share-status', { hasText: 'Link copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.url}?trade=table`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('prints without interactive-only text, with each chart\'s source and the page\'s address', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(env.url);
    await waitForApp(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.embed-code', '.share', '.interactive-only', '.downloads', '.sound', '.rate-control']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${selector} is not printed`);
    }
    assert.doesNotMatch(await page.locator('main').innerText(), /hover or tap|Embed this chart/);
    assert.equal(await page.locator('.chart-source-line').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length), 3);
    const address = await page.locator('#print-url').evaluate((e) => [e.checkVisibility(), getComputedStyle(e, '::before').content]);
    assert.deepEqual(address, [true, `"This explainer online: ${env.url}"`]);
    // Each panel's notes print, out of their closed "More" (opened for the print, closed after).
    const notes = () => page.locator('.chart-notes').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(await notes(), 0, 'closed before the print');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await notes(), 3);
    assert.equal(await page.locator('.panel-more > summary').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length), 0);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('details.panel-more[open]').count(), 0, 'closed again after it');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('strict sandboxes', () => {
  it('every view works, hydrates and resizes in a frame sandboxed with allow-scripts only', async () => {
    const context = await env.browser.newContext({ viewport: { width: 616, height: 900 } });
    const page = await context.newPage();
    const problems = recordProblems(page);
    const queries = ['?embed=trade&only=chart', '?embed=growth', '?embed=agreements', '?embed=explainer'];
    const frames = queries.map((q, i) => `<iframe id="s${i}" src="${env.url}${q}" title="Strict ${i}" width="100%" height="300" sandbox="allow-scripts" data-bishkek-embed></iframe>`).join('\n');
    writeFileSync(join(site.dir, 'strict.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CMS</title><link rel="icon" href="data:,"></head><body>${frames}<script src="${env.url}embed.js"></script></body></html>`);
    await page.goto(site.url + 'strict.html');
    for (const [i, query] of queries.entries()) {
      const frame = await (await page.$(`#s${i}`)).contentFrame();
      await frame.waitForSelector('html[data-app="ready"]', { timeout: 30_000 });
      assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin');
      const height = await waitForFit(page, frame, i, `#s${i}`);
      assert.ok(height > 300, `${query}: resized to ${height}`);
      if (query.includes('trade')) {
        const drawn = await frame.locator('canvas[data-chart="trade"]').evaluate((c) => c.width > 0);
        assert.equal(drawn, true);
      }
      assert.equal(await frame.locator('#app-notice').isVisible(), false, `${query}: no failure notice`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
