// The reading order: the lead, the charts inline after the paragraph that cites them, a
// figure's tap that stays near the sentence (and Back that returns to it), the figure card
// beside its mention, and a panel's deeper controls one step away.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, open, useBrowser } from './harness.mjs';

const env = useBrowser();
const WIDTHS = [320, 390, 768, 1280];
const viewport = (width) => ({ width, height: width < 700 ? 844 : 900 });

/** What stands right before each inline block, as text and tag. */
function placements(page) {
  return page.evaluate(() => Object.fromEntries(['chart-trade', 'chart-investment', 'chart-growth', 'agreements'].map((id) => {
    const el = document.getElementById(id);
    const before = el.previousElementSibling;
    return [id, { parent: el.parentElement.id, tag: before.tagName, cls: before.className, text: before.textContent }];
  })));
}

function assertPlacements(p, label) {
  for (const id of ['chart-trade', 'chart-investment', 'chart-growth', 'agreements']) assert.equal(p[id].parent, 'article-body', `${label}: #${id} inside the article`);
  assert.equal(p['chart-trade'].tag, 'P', label);
  assert.match(p['chart-trade'].text, /nearly a quarter.*\$5 billion/, label);
  assert.equal(p['chart-investment'].tag, 'P', label);
  assert.match(p['chart-investment'].text, /Russian-Kyrgyz Development Fund/, label);
  assert.equal(p['chart-growth'].cls, 'pull-quote', label);
  assert.match(p['chart-growth'].text, /GDP has increased 2\.5 times/, label);
  assert.equal(p.agreements.tag, 'UL', label);
  assert.equal(p.agreements.cls, 'signed-documents', label);
}

describe('the charts inline', () => {
  it('stand right after the paragraph that cites them, at every width, live and prerendered', async () => {
    for (const width of WIDTHS) {
      const { context, page, problems } = await open(env, '', { viewport: viewport(width) });
      assertPlacements(await placements(page), `${width} px`);
      // And in reading order: lead, article (with the charts), the note, the figure index.
      const order = await page.evaluate(() => [...document.querySelectorAll('#lead, #article-body, #chart-trade, #chart-investment, #agreements, #chart-growth, #method, .figure-index')].map((e) => e.id || e.className));
      assert.deepEqual(order, ['lead', 'article-body', 'chart-trade', 'chart-investment', 'agreements', 'chart-growth', 'method', 'figure-index']);
      assert.deepEqual(problems, []);
      await context.close();
    }
    const { context, page } = await newPage(env, { javaScriptEnabled: false });
    await page.goto(env.url);
    assertPlacements(await placements(page), 'without scripts');
    await context.close();
  });

  it('keep the skip links, the anchors and the embeds working', async () => {
    const { context, page } = await open(env, '', { viewport: viewport(390) });
    for (const href of ['#article-body', '#chart-trade', '#agreements']) {
      assert.equal(await page.locator(`a.skip-link[href="${href}"]`).count(), 1, href);
      assert.equal(await page.locator(href).count(), 1, href);
    }
    await context.close();
    for (const view of ['trade', 'investment', 'growth', 'agreements']) {
      const { context: c, page: p } = await open(env, `?embed=${view}`, { viewport: { width: 600, height: 800 } });
      const shown = await p.evaluate(() => [...document.querySelectorAll('#article-body > *, #lead, #method, .figure-index, .story-header')]
        .filter((e) => e.checkVisibility()).map((e) => e.id || e.className));
      assert.deepEqual(shown, [view === 'agreements' ? 'agreements' : `chart-${view}`], view);
      await c.close();
    }
  });
});

describe('the lead', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`shows the standfirst and key numbers that link to their charts (${colorScheme})`, async () => {
      for (const width of [320, 1280]) {
        const { context, page, problems } = await open(env, '', { viewport: viewport(width), colorScheme });
        const standfirst = page.locator('#lead .standfirst');
        assert.equal(await standfirst.isVisible(), true);
        assert.match(await standfirst.innerText(), /^For 2024, Kyrgyz officials put trade with Russia at \$3\.2 billion/);
        const keys = await page.locator('.key-numbers a').evaluateAll((as) => as.map((a) => {
          const r = a.getBoundingClientRect();
          return { href: a.getAttribute('href'), value: a.querySelector('.key-value').textContent, inside: r.left >= 0 && r.right <= innerWidth };
        }));
        assert.deepEqual(keys.map((k) => k.href), ['#chart-trade', '#chart-trade', '#chart-trade', '#chart-investment', '#chart-growth']);
        assert.deepEqual(keys.map((k) => k.value), ['$5 billion', '$3.2 billion', '$4.1 billion', '$110 million', '3.4× or 2.4×']);
        assert.ok(keys.every((k) => k.inside), `${width}: every key number inside the page`);
        assert.match(await page.locator('#lead .byline').innerText(), /Last updated 3 December 2026/);
        await page.locator('.key-numbers a[href="#chart-growth"]').click();
        await page.waitForFunction(() => Math.abs(document.getElementById('chart-growth').getBoundingClientRect().top) < 2);
        await page.locator('#lead a[href="#method"]').evaluate((a) => a.click());
        await page.waitForFunction(() => Math.abs(document.getElementById('method').getBoundingClientRect().top) < 2);
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  }
});

describe('a figure tap on a phone', () => {
  it('moves the page by less than one viewport, and Back returns to the sentence', async () => {
    const size = viewport(390);
    const { context, page, problems } = await open(env, '', { viewport: size, hasTouch: true, isMobile: true });
    const ids = await page.locator('#article-body a.figure').evaluateAll((as) => as.map((a) => a.dataset.figure));
    const charts = { trade_target: 'trade', fund_invested: 'investment', fund_projects: 'investment', energy_facilities: 'investment', energy_value: 'investment', eaeu_years: 'growth', gdp_multiple: 'growth' };
    for (const figure of ids) {
      const mention = page.locator(`#mention-${figure}`);
      // The sentence in the middle of the screen, as a reader has it.
      await mention.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + scrollY - innerHeight / 2));
      const before = await page.evaluate(() => scrollY);
      await mention.tap();
      const chart = charts[figure];
      if (chart) {
        // To its point, a few lines away, with a history entry of its own.
        await page.waitForFunction((c) => document.activeElement?.dataset.chart === c, chart);
        assert.equal(await page.evaluate(() => history.state?.bishkekFigure), `mention-${figure}`, `${figure}: a history entry`);
      } else {
        // Its chart further on, or no point in it: the card, here.
        await page.waitForFunction((f) => document.querySelector('.figure-card')?.dataset.figure === f, figure);
      }
      const after = await page.evaluate(() => scrollY);
      assert.ok(Math.abs(after - before) < size.height, `${figure}: moved ${after - before} px`);
      if (chart) {
        await page.goBack();
        await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, before);
        assert.equal(await page.evaluate(() => document.activeElement?.id), `mention-${figure}`, `${figure}: focus back on the mention`);
      }
      await page.evaluate(() => document.activeElement?.blur());
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the figure card', () => {
  for (const colorScheme of ['light', 'dark']) {
    it(`sits next to its mention, never over it or its line, and adds context (${colorScheme})`, async () => {
      for (const width of [320, 390, 1280]) {
        const { context, page, problems } = await open(env, '', { viewport: viewport(width), colorScheme });
        const ids = await page.locator('#article-body a.figure').evaluateAll((as) => as.map((a) => a.dataset.figure));
        assert.equal(ids.length, 12);
        for (const id of ids) {
          await page.locator(`#mention-${id}`).focus();
          await page.waitForFunction((f) => {
            const c = document.querySelector('.figure-card');
            return c?.dataset.figure === f && getComputedStyle(c).visibility === 'visible';
          }, id);
          const geometry = await page.evaluate((f) => {
            const card = document.querySelector('.figure-card').getBoundingClientRect();
            const lines = [...document.getElementById(`mention-${f}`).getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom }));
            return { card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right }, lines };
          }, id);
          const { card, lines } = geometry;
          for (const line of lines) {
            assert.ok(card.bottom <= line.top || card.top >= line.bottom, `${width} ${id}: the card covers its line ${JSON.stringify(geometry)}`);
          }
          assert.ok(card.left >= 0 && card.right <= width, `${width} ${id}: inside the page`);
          // Beside it: within a few lines.
          const gap = Math.min(...lines.map((l) => Math.min(Math.abs(card.top - l.bottom), Math.abs(l.top - card.bottom))));
          assert.ok(gap < 24, `${width} ${id}: next to the mention (gap ${gap})`);
        }
        await page.locator('#mention-trade_share').focus();
        await page.waitForFunction(() => document.querySelector('.figure-card')?.dataset.figure === 'trade_share');
        assert.match(await page.locator('.figure-card-context').innerText(), /^22% in 2024 by Kyrgyz figures/);
        assert.equal(await page.locator('.figure-card-strip rect').count(), 6);
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  }
});

describe('a panel on a phone', () => {
  it('is the chart first; notes, sound, downloads, share and embed are one step away, by keyboard too', async () => {
    const { context, page, problems } = await open(env, '', { viewport: viewport(390) });
    const panel = page.locator('#chart-trade');
    for (const selector of ['.sound', '.downloads', '.embed-code', '.share', '.chart-notes']) {
      assert.equal(await panel.locator(selector).first().isVisible(), false, `${selector} folded away`);
    }
    const summary = panel.locator('.panel-more > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.panel-more') !== null), true, 'the next stop is inside More');
    for (const selector of ['.sound-button', '[data-download="csv"]', '.share-link', '.embed-code > summary']) {
      assert.equal(await panel.locator(selector).isVisible(), true, selector);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('without a wasm start', () => {
  it('keeps the lead and the inline charts readable', async () => {
    const { context, page } = await newPage(env, { javaScriptEnabled: false, viewport: viewport(390) });
    await page.goto(env.url);
    assert.equal(await page.locator('#lead .standfirst').isVisible(), true);
    assert.equal(await page.locator('#chart-trade svg.chart-svg:visible').count(), 1, 'one of its two drawings');
    await context.close();
  });
});
