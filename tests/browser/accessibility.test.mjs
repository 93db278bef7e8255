// Accessibility in a real browser: axe-core on every view in both themes, a keyboard-only
// walk, reflow at 320 px with 200 % zoom, and the sound control.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, open as openApp, useBrowser, waitForApp } from './harness.mjs';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const env = useBrowser();

/** The explainer started, with the growth panel in place (its canvas, or its table). */
async function open(query = '', options = {}) {
  const opened = await openApp(env, query, options);
  await opened.page.locator('canvas[data-chart="growth"]').or(opened.page.locator('#growth-table')).first().waitFor({ state: 'attached' });
  return opened;
}

/** axe-core's violations, injected through DevTools (the page's CSP forbids inline scripts). */
async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

const VIEWS = {
  'the full page': { query: '' },
  'all panels as tables': { query: '?trade=table&investment=table&growth=table' },
  'the explorer with a detail open': { query: '?doc=krsu-campus', ready: '#agreement-detail-krsu-campus' },
  'the explorer with no match': { query: '?q=nothing-matches' },
  'an open Embed panel and the update notice': {
    query: '',
    act: async (page) => {
      await page.locator('#chart-trade .panel-more > summary').click();
      await page.locator('#chart-trade .embed-code summary').click();
      await page.waitForFunction(() => document.querySelector('#chart-trade .embed-code textarea').value.length > 0);
      await page.evaluate(() => {
        const n = document.getElementById('net-notice');
        n.hidden = false;
        n.dataset.state = 'update';
        n.querySelector('button').hidden = false;
      });
    },
  },
  'the trade chart embedded, forced dark, no title': { query: '?embed=trade&theme=dark&title=0' },
  'the explorer embedded, forced light, a document highlighted': { query: '?embed=agreements&theme=light&highlight=post', ready: '#agreement-post.is-highlighted' },
  'a chart tooltip and a figure card': {
    query: '',
    act: async (page) => {
      await page.locator('a.figure[data-figure="trade_target"]').hover();
      await page.locator('.figure-card').waitFor();
      await page.locator('canvas[data-chart="investment"]').focus();
      await page.locator('.chart-tooltip').waitFor();
    },
  },
};

describe('axe-core', () => {
  for (const scheme of ['light', 'dark']) {
    for (const [name, view] of Object.entries(VIEWS)) {
      it(`reports no violations on ${name} (${scheme})`, async () => {
        const { context, page } = await open(view.query, { colorScheme: scheme });
        if (view.ready) await page.locator(view.ready).waitFor();
        if (view.act) await view.act(page);
        assert.deepEqual(await violations(page), []);
        await context.close();
      });
    }
  }
});

describe('keyboard only', () => {
  it('reaches every kind of control in order, operates them, and hears the live regions', async () => {
    const { context, page, problems } = await open();
    const seen = [];
    const describeFocus = () => page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return 'body';
      return e.id || e.dataset.chart || e.dataset.figure || e.className || e.tagName;
    });
    // Tab through the whole page once, recording what takes focus.
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const f = await describeFocus();
      if (seen.length > 5 && f === seen[0]) break;
      seen.push(f);
    }
    for (const expected of ['mention-trade_share', 'trade', 'trade-rate-range', 'trade-rate-number', 'baseline-kg', 'investment', 'growth', 'growth-rate-range', 'agreement-search', 'agreement-sort', 'facet-kind-agreement', 'facet-domain-health', 'detail-toggle']) {
      assert.ok(seen.includes(expected), `Tab reaches ${expected}; saw ${seen.join(' ')}`);
    }
    assert.ok(seen.indexOf('mention-trade_share') < seen.indexOf('trade'), 'the article comes before the charts');
    assert.ok(seen.indexOf('trade') < seen.indexOf('agreement-search'), 'the charts come before the explorer');

    // Skip link, then the chart: arrows move, the live region speaks, Escape clears.
    await page.keyboard.press('Shift+Tab');
    await page.locator('a.skip-link[href="#chart-trade"]').focus();
    assert.ok(await page.locator('a.skip-link[href="#chart-trade"]').isVisible(), 'the skip link shows on focus');
    await page.locator('canvas[data-chart="growth"]').focus();
    await page.keyboard.press('End');
    assert.match(await page.locator('[data-live="growth"]').innerText(), /^2025, GDP in current US dollars: 3\.388 times the 2015 level/);
    await page.keyboard.press('ArrowDown');
    assert.match(await page.locator('[data-live="growth"]').innerText(), /^2023, GDP in current som/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-live="growth"]').innerText(), '');

    // The slider speaks its sentence; Space toggles a facet; the explorer's status updates.
    await page.locator('#trade-rate-range').focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('#trade-rate-range').getAttribute('aria-valuetext'), 'At 16.5% a year, trade would pass $5 billion in 2029.');
    await page.locator('#facet-domain-health').focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator('[data-explorer-status]').innerText(), '2 of the 7 items the article lists.');
    // Enter opens a detail (focus moves in), Escape closes it (focus returns).
    await page.locator('[data-agreement="cardiology"] .detail-toggle').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'agreement-detail-cardiology');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('detail-toggle'));
    assert.equal(await page.locator('#agreement-detail-cardiology').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('reflow and zoom', () => {
  it('has no horizontal overflow at 320 px with 200 % zoom', async () => {
    const { context, page } = await open('', { viewport: { width: 640, height: 800 } });
    // 200 % zoom of a 640 px window leaves 320 CSS px, as browser zoom does.
    await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
    // Let layout, the ResizeObservers and the redraws settle: two animation frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => Math.round(document.documentElement.clientWidth / 2)), 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflow ${overflow}px`);
    await context.close();
  });

  it('has no horizontal overflow at 320 px', async () => {
    const { context, page } = await open('?trade=table', { viewport: { width: 320, height: 700 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflow ${overflow}px`);
    await context.close();
  });
});

describe('sound', () => {
  it('plays a chart as sound and stops', async () => {
    const { context, page, problems } = await open();
    const button = page.locator('#chart-trade .sound-button');
    await page.locator('#chart-trade .panel-more > summary').click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.match(await button.innerText(), /Stop sound/);
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.match(await page.locator('#chart-trade .sound-help').innerText(), /Kyrgyz officials, then Russian officials/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('runs no animation or smooth scrolling when the reader asks for reduced motion', async () => {
    const { context, page } = await open('', { reducedMotion: 'reduce' });
    await page.locator('a.figure[data-figure="trade_target"]').click();
    await page.waitForFunction(() => document.activeElement?.dataset.chart === 'trade');
    await page.locator('[data-agreement="post"] .detail-toggle').click();
    const motion = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }));
    assert.deepEqual(motion, { animations: 0, scroll: 'auto' });
    await context.close();
  });
});

describe('the sections below the article', () => {
  /** Opens `query` and returns how #charts was rendered when the page was parsed (DOMContentLoaded). */
  async function openAndRecord(query, options = {}) {
    const { context, page } = await newPage(env, options);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__atParse = getComputedStyle(document.getElementById('chart-growth')).contentVisibility;
      }, { once: true });
    });
    await page.goto(env.url + query);
    return { context, page };
  }
  async function headings(page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return nodes.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value);
  }
  const below = ['How we checked these figures', 'The documents signed in Bishkek, as the article lists them', 'The figures in the article'];

  // Once skipped for the first frame (`content-visibility: auto`), which made Chromium settle
  // which of them were on screen in a loop of forced layouts when the page finished parsing:
  // more blocking time and a later first paint than laying them out at once (README).
  it('are laid out and in the accessibility tree as soon as the page is parsed', async () => {
    const { context, page } = await openAndRecord('');
    assert.equal(await page.evaluate(() => window.__atParse), 'visible', 'not skipped while the page is parsed');
    const names = await headings(page);
    for (const h of below) assert.ok(names.includes(h), `${h} in ${names.join(' | ')}`);
    await context.close();
  });

  it('lets an address that points into the page land on its target', async () => {
    const { context, page } = await openAndRecord('#agreements');
    await waitForApp(page);
    assert.ok(await page.evaluate(() => Math.abs(document.querySelector('#agreements').getBoundingClientRect().top) < 1), 'scrolled to #agreements');
    await context.close();
  });

  it('are laid out and in the accessibility tree without scripts', async () => {
    const { context, page } = await openAndRecord('', { javaScriptEnabled: false });
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('chart-growth')).contentVisibility), 'visible');
    const names = await headings(page);
    for (const h of below) assert.ok(names.includes(h), `${h} in ${names.join(' | ')}`);
    await context.close();
  });
});
