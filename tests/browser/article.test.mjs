// The foundation in a real browser: the prerendered article, hydration, the figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT, accessibleDescription, newPage, open, useBrowser } from './harness.mjs';

const ARTICLE_LINES = readFileSync('data/article.txt', 'utf8')
  .split('\n')
  .filter((l) => l !== '' && l !== '-');

const env = useBrowser();

/**
 * What Yew 0.23 reports when hydration meets another element than it renders: it panics in
 * its dom_bundle code ("expected element of kind h1, found H2.", "expected EOF, found node.",
 * "expected Component opening tag, found EOF", "VRef is not hydratable …"), which the panic
 * hook logs as "The explainer stopped: panicked at …/yew-0.23.0/src/dom_bundle/…" in a build
 * with panic messages (`trunk build`). The release build (`./run`) has none: its panic is a
 * WebAssembly trap, which the start-up script logs as `TRAPPED`. Yew prints nothing when only
 * text or attributes differ: it overwrites them.
 */
const TRAPPED = 'console.error: The explainer stopped: RuntimeError: unreachable';
const YEW_HYDRATION_FAILURE = /yew-0\.23\.\d+\/src\/dom_bundle\/|\bexpected (element|EOF|end of|an element|(Component|Raw|Suspense) )|is not hydratable/;

/**
 * Before the wasm starts (at readyState "interactive", before the module script runs): marks
 * every prerendered element of #app with a JS property holding its text and attributes, and
 * counts the elements removed from then on.
 */
function markPrerendered(page) {
  return page.addInitScript(() => {
    window.__removed = 0;
    window.__removedCharts = 0;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const app = document.getElementById('app');
      window.__attributes = (el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
      for (const el of app.querySelectorAll('*')) el.__prerendered = { text: el.textContent, attributes: window.__attributes(el) };
      window.__article = document.querySelector('article');
      window.__firstFigure = document.querySelector('a.figure');
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.removedNodes) {
            if (n.nodeType !== 1) continue;
            if (n.matches('div.chart-svgs')) window.__removedCharts++;
            else window.__removed++;
          }
        }
      }).observe(app, { childList: true, subtree: true });
    });
  });
}

/**
 * Once the app has started (or its failure notice shows): whether the prerendered nodes were
 * kept, what was created, and which kept elements' text or attributes hydration changed
 * (elements holding a canvas aside: their SVG chart gave way to it; for text, the innermost
 * element that changed, counting only the text of prerendered elements). The page's app, each
 * chart panel and the explorer are hydrated apart, each in a task of its own
 * (`components/island.rs`): every one must keep the server's nodes. The panels' tools, which
 * the page does not carry: the app makes them, last, in each panel's "More" disclosure
 * (`PanelTools`).
 */
async function hydrationReport(page) {
  await page.waitForSelector('html[data-app="ready"], #app-notice:not([hidden])', { timeout: 30_000 });
  return page.evaluate(() => {
    const all = [...document.getElementById('app').querySelectorAll('*')];
    const kept = all.filter((el) => el.__prerendered);
    const name = (el) => el.tagName + (el.id ? `#${el.id}` : '');
    const keptText = (el) => [...el.childNodes].map((n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 && n.__prerendered ? keptText(n) : '')).join('');
    const textChanged = kept.filter((el) => !el.querySelector('canvas') && el.__prerendered.text !== keptText(el));
    const inTools = (el) => !el.__prerendered && el.closest('details.panel-more');
    return {
      ready: document.documentElement.dataset.app === 'ready',
      notice: !document.getElementById('app-notice').hidden,
      article: document.querySelector('article') === window.__article && window.__article !== null,
      figure: document.querySelector('a.figure') === window.__firstFigure && window.__firstFigure !== null,
      created: all.filter((el) => !el.__prerendered && !inTools(el)).map((el) => el.tagName),
      tools: all.filter((el) => inTools(el) && el.parentElement.matches('details.panel-more')).map((el) => el.className),
      removed: window.__removed,
      removedCharts: window.__removedCharts,
      textChanged: textChanged.filter((el) => !textChanged.some((other) => other !== el && el.contains(other))).map(name),
      attributesChanged: kept.filter((el) => el.__prerendered.attributes !== window.__attributes(el)).map(name),
    };
  });
}

describe('the article', () => {
  it('loads and hydrates with zero console errors and warnings', async () => {
    const { context, page, problems } = await open(env);
    // Let any late warnings (e.g. an unused preload) surface: wait for the load event too.
    await page.waitForLoadState('load');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads in full with JavaScript disabled', async () => {
    const { context, page } = await newPage(env, { javaScriptEnabled: false });
    await page.goto(env.url);
    const text = await page.locator('article').innerText();
    const flat = text.replace(/\s+/g, ' ');
    for (const line of ARTICLE_LINES) {
      assert.ok(flat.includes(line.replace(/\s+/g, ' ')), `missing without JS: ${line}`);
    }
    assert.equal(await page.locator('main h1#headline').count(), 1);
    assert.equal(await page.locator('article ul.signed-documents > li').count(), 7);
    assert.equal(await page.locator('article blockquote').count(), 2);
    assert.equal(await page.locator('article a.figure').count(), 12);
    assert.equal(await page.locator('html[data-app]').count(), 0, 'no app without JS');
    assert.equal(await page.locator('.mode-toggle').first().isVisible(), false, 'controls that need the app are hidden');
    assert.equal(await page.locator('#agreement-search').isVisible(), false);
    assert.equal(await page.locator('svg.chart-svg').first().isVisible(), true, 'the charts read as SVG');
    await context.close();
  });

  it('hydrates the prerendered DOM instead of re-creating it (only the SVG charts give way to canvases)', async () => {
    const { context, page, problems } = await newPage(env);
    await markPrerendered(page);
    await page.goto(env.url);
    const report = await hydrationReport(page);
    assert.deepEqual(report, {
      ready: true,
      notice: false,
      article: true,
      figure: true,
      // Every element of the page but the three canvases carries the mark set before the
      // wasm started: the prerendered nodes were kept, not re-created.
      created: ['CANVAS', 'CANVAS', 'CANVAS'],
      // Each panel's tools, made by the app after the rest: the page carries none.
      tools: Array(3).fill(['sound', 'downloads', 'share', 'embed-code']).flat(),
      removed: 0,
      removedCharts: 3,
      // Yew overwrites prerendered text and attributes without a word: none may differ.
      textChanged: [],
      attributesChanged: [],
    });
    assert.deepEqual(problems.filter((p) => YEW_HYDRATION_FAILURE.test(p)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('notices each kind of hydration mismatch (the check above can fail)', async () => {
    // The served page altered as a render that disagrees with the app's would be (in parts
    // the app hydrates: the trade panel, a Yew app of its own; the article around it is server
    // markup the page's app adopts as it is).
    const cases = [
      ['text', (html) => html.replace('<h3 id="trade-title">For 2024 trade', '<h3 id="trade-title">For 2024 tarde')],
      ['attribute', (html) => html.replace('<p id="trade-summary" class="chart-summary">', '<p id="trade-summary" class="chart-sumary">')],
      ['element', (html) => html.replace(/<h3 id="trade-title">([^<]*)<\/h3>/, '<h4 id="trade-title">$1</h4>')],
    ];
    const reports = {};
    for (const [name, alter] of cases) {
      const { context, page, problems } = await newPage(env);
      await page.route(env.url, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const altered = alter(html);
        assert.notEqual(altered, html, name);
        await route.fulfill({ response, body: altered });
      });
      await markPrerendered(page);
      await page.goto(env.url);
      const report = await hydrationReport(page);
      reports[name] = { ...report, stopped: problems.filter((p) => p === TRAPPED || YEW_HYDRATION_FAILURE.test(p)) };
      await context.close();
    }
    // Text and attributes: Yew says nothing and writes its own; only the comparison sees it.
    assert.deepEqual(reports.text.textChanged, ['H3#trade-title']);
    assert.deepEqual([reports.text.stopped, reports.text.attributesChanged], [[], []]);
    assert.deepEqual(reports.attribute.attributesChanged, ['P#trade-summary']);
    assert.deepEqual([reports.attribute.stopped, reports.attribute.textChanged], [[], []]);
    // Another element: Yew's hydration panics (a trap in the release build, logged once); the
    // app never becomes ready, and the notice says so.
    assert.deepEqual(reports.element.stopped, [TRAPPED]);
    assert.deepEqual([reports.element.ready, reports.element.notice], [false, true]);
  });

  it('describes every figure by value, unit and speaker', async () => {
    const { context, page } = await newPage(env);
    await page.goto(env.url);
    assert.equal(
      await accessibleDescription(page, 'link', '1,800 companies'),
      'Companies with Russian participation operating in Kyrgyzstan: over 1,800 companies. Attributed to Sadyr Japarov, President of Kyrgyzstan.',
    );
    assert.equal(
      await accessibleDescription(page, 'link', '2.5 times'),
      'Growth of Kyrgyzstan’s GDP since it joined the EAEU: 2.5 times. Attributed to Vladimir Putin, President of Russia.',
    );
    await context.close();
  });
});

describe('the live figures', () => {
  it('show their card on keyboard focus and hide it on Escape', async () => {
    const { context, page, problems } = await open(env);
    const card = page.locator('.figure-card');
    assert.equal(await card.count(), 0);
    // Tab from the top of the page until the first figure is focused.
    // Past the skip links and the lead's links (the source, the method note, the key numbers).
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('figure'))) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.figure), 'trade_share');
    await card.waitFor();
    assert.equal(await card.locator('.figure-card-value').innerText(), 'nearly 25%');
    assert.match(await card.innerText(), /Russia’s share of Kyrgyzstan’s foreign trade/);
    assert.match(await card.innerText(), /Attributed to Sadyr Japarov, President of Kyrgyzstan/);
    await page.keyboard.press('Tab');
    assert.equal(await card.locator('.figure-card-value').innerText(), '5 billion US dollars');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('show their card on hover, and on a tap without leaving the page', async () => {
    const { context, page } = await open(env, '', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const card = page.locator('.figure-card');
    await page.locator('a.figure[data-figure="russian_companies"]').tap();
    await card.waitFor();
    assert.equal(await card.locator('.figure-card-value').innerText(), 'over 1,800 companies');
    assert.equal(new URL(page.url()).hash, '', 'the tap shows the card instead of jumping');
    await context.close();

    const desk = await open(env);
    const mention = desk.page.locator('a.figure[data-figure="energy_value"]');
    await mention.hover();
    const deskCard = desk.page.locator('.figure-card');
    await deskCard.waitFor();
    assert.equal(await deskCard.locator('.figure-card-value').innerText(), 'over 175 million US dollars');
    // The mention is marked while its card shows.
    assert.equal(await mention.getAttribute('class'), 'figure is-active');
    await desk.page.mouse.move(5, 5);
    await deskCard.waitFor({ state: 'detached' });
    assert.equal(await mention.getAttribute('class'), 'figure');
    await desk.context.close();
  });

  it('link to the figure index without WebAssembly', async () => {
    const { context, page } = await newPage(env, { javaScriptEnabled: false });
    await page.goto(env.url);
    await page.locator('a.figure[data-figure="treaty_documents"]').click();
    assert.equal(new URL(page.url()).hash, '#figure-treaty_documents');
    assert.match(await page.locator('#figure-treaty_documents').innerText(), /over 400 documents/);
    await context.close();
  });
});

describe('layout', () => {
  for (const scheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      it(`fits ${width} px in ${scheme} theme (screenshot in ${OUTPUT}/)`, async () => {
        const { context, page } = await open(env, '', { viewport: { width, height: 900 }, colorScheme: scheme });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `horizontal overflow of ${overflow} px`);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(bg, scheme === 'dark' ? 'rgb(21, 22, 26)' : 'rgb(251, 250, 247)');
        await page.screenshot({ path: `${OUTPUT}/article-${width}-${scheme}.png`, fullPage: false });
        await context.close();
      });
    }
  }

  it('prints the article without the interactive chrome', async () => {
    const { context, page } = await open(env);
    await page.locator('a.figure').first().focus();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.figure-card').isVisible(), false);
    assert.equal(await page.locator('article').isVisible(), true);
    await page.pdf({ path: `${OUTPUT}/article-print.pdf` });
    await context.close();
  });
});
