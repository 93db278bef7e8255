// The chart panels in a real browser: drawing, hover, keyboard, slider, table, downloads,
// links with the prose, and the URL state.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { OUTPUT, inkedPixels, newPage, open as openApp, useBrowser } from './harness.mjs';

const env = useBrowser();

/** The explainer started, with its charts drawn as canvases. */
async function open(options = {}, query = '') {
  const opened = await openApp(env, query, options);
  await opened.page.waitForSelector('canvas[data-chart="growth"]');
  return opened;
}

const live = (page, chart) => page.locator(`[data-live="${chart}"]`);

/** Focuses a chart and presses → until the point with `key` is active; returns its tooltip. */
async function goToPoint(page, chart, key, keys = []) {
  const canvas = page.locator(`canvas[data-chart="${chart}"]`);
  await canvas.focus();
  for (const k of keys) await page.keyboard.press(k);
  for (let i = 0; i < 20 && (await canvas.getAttribute('data-active')) !== key; i++) {
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await canvas.getAttribute('data-active'), key);
  return page.locator('.chart-tooltip');
}

describe('the prerendered charts', () => {
  it('keep their text at 11 px or more on phones, drawn narrow below a 480 px frame', async () => {
    for (const [width, drawing] of [[320, 'narrow'], [390, 'narrow'], [1280, 'wide']]) {
      const { context, page } = await newPage(env, { viewport: { width, height: 800 }, javaScriptEnabled: false });
      await page.goto(env.url);
      const shown = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const box = svg.getBoundingClientRect();
          const view = svg.viewBox.baseVal;
          const k = Math.min(box.width / view.width, box.height / view.height);
          const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k);
          return { chart: svg.closest('section').id, drawing: svg.classList[1], smallest: Math.min(...sizes), height: Math.round(box.height) };
        }));
      assert.deepEqual(shown.map((s) => s.chart), ['chart-trade', 'chart-investment', 'chart-growth'], `${width}`);
      for (const s of shown) {
        assert.equal(s.drawing, `chart-svg-${drawing}`, `${width} ${s.chart}`);
        assert.ok(s.smallest >= 11, `${width} ${s.chart}: text at ${s.smallest.toFixed(1)} px`);
      }
      await context.close();
      // The canvas that replaces each drawing takes its height: the page does not shift.
      const live = await open({ viewport: { width, height: 800 } });
      const canvases = await live.page.evaluate(() => [...document.querySelectorAll('canvas.chart-canvas')].map((c) => Math.round(c.getBoundingClientRect().height)));
      assert.deepEqual(canvases, shown.map((s) => s.height), `${width}: canvas heights = prerendered heights`);
      await live.context.close();
    }
  });

  it('leave no query container around the canvases that replace them', async () => {
    // Every `fillText` makes the browser compute the canvas's style; inside a size container
    // it would lay out the page's changes (a slider's new sentence) there and then, within
    // the input. The container is the prerendered drawings' own box, which the canvas replaces.
    const { context, page } = await open();
    const containers = await page.evaluate(() => [...document.querySelectorAll('canvas.chart-canvas')].flatMap((c) => {
      const found = [];
      for (let el = c; el; el = el.parentElement) if (getComputedStyle(el).containerType !== 'normal') found.push(`${c.dataset.chart}: ${el.className}`);
      return found;
    }));
    assert.deepEqual(containers, []);
    await context.close();
  });
});

describe('chart drawing', () => {
  it('draws every chart crisply at the device pixel ratio, with zero console problems', async () => {
    const { context, page, problems } = await open({ deviceScaleFactor: 2, viewport: { width: 1000, height: 900 } });
    for (const chart of ['trade', 'investment', 'growth']) {
      const canvas = page.locator(`canvas[data-chart="${chart}"]`);
      await canvas.scrollIntoViewIfNeeded();
      assert.ok((await inkedPixels(canvas)) > 5000, `${chart} is drawn`);
      const size = await canvas.evaluate((c) => [c.width, c.clientWidth, c.height, c.clientHeight]);
      assert.equal(size[0], size[1] * 2);
      assert.equal(size[2], size[3] * 2);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('redraws on resize and follows the dark theme', async () => {
    const { context, page } = await open({ colorScheme: 'dark', viewport: { width: 1000, height: 900 } });
    const canvas = page.locator('canvas[data-chart="trade"]');
    const before = await canvas.evaluate((c) => c.width);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.waitForFunction(() => document.querySelector('canvas[data-chart="trade"]').width !== 0 && document.querySelector('canvas[data-chart="trade"]').width < 500);
    assert.ok((await canvas.evaluate((c) => c.width)) < before);
    const bg = await canvas.evaluate((c) => Array.from(c.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)));
    assert.deepEqual(bg, [0x1e, 0x20, 0x26]);
    await canvas.screenshot({ path: `${OUTPUT}/trade-400-dark.png` });
    await context.close();
  });
});

describe('exploring points', () => {
  it('announces points with ←/→ and ↑/↓ in the live region', async () => {
    const { context, page } = await open();
    await page.locator('canvas[data-chart="trade"]').focus();
    await page.waitForFunction(() => document.querySelector('[data-live="trade"]').textContent.length > 0);
    assert.match(await live(page, 'trade').innerText(), /^2018, Kyrgyz officials: 1\.6 billion US dollars\. Source: PM Abylgaziev via TASS 5 April 2019\.$/);
    await page.keyboard.press('ArrowRight');
    assert.match(await live(page, 'trade').innerText(), /^2023, Kyrgyz officials: 2\.9 billion US dollars\. Also reported for this year: 3\.5 billion US dollars/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.match(await live(page, 'trade').innerText(), /^2024, Russian officials: 4\.1 billion US dollars\./);
    await page.keyboard.press('Escape');
    assert.equal(await live(page, 'trade').innerText(), '');
    await context.close();
  });

  it('shows the tooltip of the point under the mouse', async () => {
    const { context, page } = await open({ viewport: { width: 1100, height: 900 } });
    const tooltip = await goToPoint(page, 'trade', 'trade-kg-2024');
    const [x, y] = (await tooltip.getAttribute('data-anchor')).split(',').map(Number);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    const box = await page.locator('canvas[data-chart="trade"]').boundingBox();
    await page.mouse.move(box.x + x + 2, box.y + y - 1);
    await tooltip.waitFor();
    assert.equal(await tooltip.getAttribute('data-key'), 'trade-kg-2024');
    assert.equal(await tooltip.locator('.tip-value').innerText(), '3.2 billion US dollars');
    assert.match(await tooltip.innerText(), /Kyrgyz officials · 2024/);
    assert.match(await tooltip.innerText(), /Source: FM Kulubaev via Finmarket/);
    assert.match(await tooltip.innerText(), /almost 4 billion US dollars according to PM Kasymaliev/);
    await page.mouse.move(box.x + box.width + 50, box.y - 50);
    await tooltip.waitFor({ state: 'detached' });
    await context.close();
  });

  it('selects a bar with a tap on a phone', async () => {
    const { context, page } = await open({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const canvas = page.locator('canvas[data-chart="investment"]');
    const tooltip = await goToPoint(page, 'investment', 'investment-fund-2025', ['ArrowDown', 'ArrowDown']);
    const [x, y] = (await tooltip.getAttribute('data-anchor')).split(',').map(Number);
    await page.keyboard.press('Escape');
    const box = await canvas.boundingBox();
    await page.touchscreen.tap(box.x + x - 20, box.y + y);
    await page.locator('.chart-tooltip[data-key="investment-fund-2025"]').waitFor();
    assert.match(await page.locator('.chart-tooltip').innerText(), /over 1,000 million US dollars|over 1 billion US dollars/);
    await context.close();
  });
});

describe('what would it take', () => {
  it('counts the GDP claim from either base year, with each window\'s ratio', async () => {
    const { context, page, problems } = await open();
    const windows = page.locator('[data-table="gdp-windows"] tbody tr');
    assert.deepEqual(await windows.evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim())), [
      '2015–2025 (10 years, from the accession year) 3.388× no 2025 figure in the data',
      '2014–2024 (10 years, from the year before accession) 2.432× no 2024 figure in the data',
      '2015–2023 (8 years, to the latest year with a som figure) 2.273× 2.855×',
    ]);
    assert.equal(await page.locator('#growth-title').innerText(), 'Whether GDP grew “2.5 times in ten years” depends on the base year and on prices');
    const canvas = page.locator('canvas[data-chart="growth"]');
    const before = await canvas.evaluate((c) => c.toDataURL());
    await page.locator('label[for="gdp-base-2014"]').click();
    await page.waitForURL((u) => u.search === '?gdp-base=2014');
    assert.equal(await page.locator('[data-sentence="growth"]').innerText(), 'At 9.6% a year, GDP would be 2.501 times its 2014 level after ten years, in 2024.');
    await page.waitForFunction((b) => document.querySelector('canvas[data-chart="growth"]').toDataURL() !== b, before);
    // The claim now stands at 2024, ten years after 2014; keyboard to it and read it.
    await page.locator('canvas[data-chart="growth"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.locator('[data-live="growth"]').innerText(), /^2014–2024 \(“over the past ten years”\), Claims: 2\.5 times the 2014 level/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('updates the sentence and redraws as the slider and the number box change', async () => {
    const { context, page } = await open();
    const sentence = page.locator('[data-sentence="trade"]');
    assert.equal(await sentence.innerText(), 'At 16.6% a year, trade would pass $5 billion in 2029.');
    const canvas = page.locator('canvas[data-chart="trade"]');
    const before = await canvas.evaluate((c) => c.toDataURL());
    await page.locator('#trade-rate-range').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await sentence.innerText(), 'At 16.7% a year, trade would pass $5 billion in 2029.');
    await page.waitForFunction((b) => document.querySelector('canvas[data-chart="trade"]').toDataURL() !== b, before);
    await page.locator('#trade-rate-number').fill('20');
    await page.locator('#trade-rate-number').press('Enter');
    assert.equal(await sentence.innerText(), 'At 20% a year, trade would pass $5 billion in 2028.');
    await page.locator('#trade-rate-number').fill('0');
    await page.locator('#trade-rate-number').press('Enter');
    assert.equal(await sentence.innerText(), 'At 0% a year, trade would stay at $3.1 billion and never reach $5 billion.');
    await page.locator('label[for="baseline-ru"]').click();
    await page.locator('#trade-rate-number').fill('7.5');
    await page.locator('#trade-rate-number').press('Enter');
    assert.equal(await sentence.innerText(), 'At 7.5% a year, trade would pass $5 billion in 2027.');
    await page.waitForURL((u) => u.search === '?base=ru&rate=7.5');
    const growth = page.locator('[data-sentence="growth"]');
    await page.locator('#growth-rate-number').fill('12');
    await page.locator('#growth-rate-number').press('Enter');
    assert.equal(await growth.innerText(), 'At 12% a year, GDP would be 3.106 times its 2015 level after ten years, in 2025.');
    await context.close();
  });
});

describe('tables and downloads', () => {
  it('switches a panel to its table with every row, and back', async () => {
    const { context, page } = await open();
    const panel = page.locator('#chart-trade');
    await panel.getByRole('button', { name: 'Table' }).click();
    await page.locator('#trade-table').waitFor();
    assert.equal(await page.locator('#trade-table tbody tr').count(), 13);
    // The chart module's canvas stays in the page, hidden (it is never detached).
    assert.equal(await panel.locator('canvas').isVisible(), false);
    assert.equal(await panel.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
    await page.waitForURL((u) => u.search === '?trade=table');
    await panel.getByRole('button', { name: 'Chart', exact: true }).click();
    await panel.locator('canvas').waitFor();
    await page.waitForURL((u) => u.search === '');
    await context.close();
  });

  it('downloads CSV, JSON, SVG and PNG made in the browser', async () => {
    const { context, page } = await open();
    const panel = page.locator('#chart-investment');
    await panel.locator('.panel-more > summary').click();
    const get = async (kind) => {
      const [download] = await Promise.all([page.waitForEvent('download'), panel.locator(`[data-download="${kind}"]`).click()]);
      return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
    };
    const csv = await get('csv');
    assert.equal(csv.name, 'bishkek-talks-investment.csv');
    const lines = csv.body.toString('utf8').trim().split('\r\n');
    assert.equal(lines[0], 'chart,series,period,value,unit,as_reported,bound,source,url,note');
    assert.equal(lines.length, 10);
    assert.match(lines[2], /^investment,Russian direct investment \(half-year\),"?Russian direct investment, H1 2025"?,110,US\$ million,110 million US dollars,exact,/);
    const json = JSON.parse((await get('json')).body.toString('utf8'));
    assert.equal(json.length, 9);
    assert.deepEqual([json[3].period, json[3].value], ['All foreign direct investment, 2024', 872.6]);
    assert.deepEqual([json[7].period, json[7].value, json[7].bound], ['Development Fund, by Nov 2025', 1000, 'at_least']);
    // The chart framed to stand alone: title (the finding), subtitle, sources and credit.
    const title = await panel.locator('h3').textContent();
    const svg = (await get('svg')).body.toString('utf8');
    assert.match(svg, /^<svg width="1200" height="630" /);
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    assert.ok(words.includes(title.split(' ').slice(0, 4).join(' ')), `title in ${words.slice(0, 200)}`);
    assert.match(words, /Data: /);
    assert.match(words, /Putin in Bishkek, explained · on the CentralasianLIGHT\.org report of November 26, 2025/);
    writeFileSync(`${OUTPUT}/download-investment.svg`, svg);
    const png = await get('png');
    assert.deepEqual([...png.body.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.deepEqual([png.body.readUInt32BE(16), png.body.readUInt32BE(20)], [2400, 1260], 'framed, at 2×');
    writeFileSync(`${OUTPUT}/download-investment.png`, png.body);
    await context.close();
  });
});

describe('prose and charts', () => {
  it('highlights a figure’s point on hover and goes to it on activation, with a link back', async () => {
    const { context, page } = await open({ viewport: { width: 1100, height: 900 } });
    const canvas = page.locator('canvas[data-chart="investment"]');
    await page.locator('a.figure[data-figure="fdi_h1_2025"]').hover();
    await page.waitForFunction(() => document.querySelector('canvas[data-chart="investment"]').dataset.highlight === 'investment-fdi-h1-2025');
    await page.locator('a.figure[data-figure="trade_target"]').click();
    const trade = page.locator('canvas[data-chart="trade"]');
    await page.waitForFunction(() => document.activeElement?.dataset.chart === 'trade');
    assert.equal(await trade.getAttribute('data-active'), 'trade-target');
    const back = page.locator('.chart-tooltip .tip-back');
    assert.equal(await back.getAttribute('href'), '#mention-trade_target');
    assert.ok(await trade.evaluate((c) => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
    await back.click();
    assert.equal(new URL(page.url()).hash, '#mention-trade_target');
    assert.equal(await canvas.getAttribute('data-highlight'), null);
    await context.close();
  });
});

describe('the URL', () => {
  it('reopens a view from its link', async () => {
    const { context, page, problems } = await open({}, '?trade=table&base=ru&rate=7.5&gdp-rate=12');
    await page.locator('#trade-table').waitFor();
    assert.equal(await page.locator('#baseline-ru').isChecked(), true);
    assert.equal(await page.locator('#trade-rate-number').inputValue(), '7.5');
    assert.equal(await page.locator('[data-sentence="trade"]').innerText(), 'At 7.5% a year, trade would pass $5 billion in 2027.');
    assert.equal(await page.locator('[data-sentence="growth"]').innerText(), 'At 12% a year, GDP would be 3.106 times its 2015 level after ten years, in 2025.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('writes the charts\' and the explorer\'s state into one query in place, keeping the path and the hash', async () => {
    // Read on start: the explorer's search from the link; an unknown key changes nothing.
    const { context, page, problems } = await open({}, '?zzz=1&q=health#agreements');
    assert.equal(await page.locator('#agreement-search').inputValue(), 'health');
    const entries = await page.evaluate(() => history.length);
    await page.locator('#chart-trade').getByRole('button', { name: 'Table' }).click();
    // Written once it settles: both parts, the unknown key gone, no new history entry.
    await page.waitForURL((u) => u.search === '?trade=table&q=health');
    const written = new URL(page.url());
    assert.deepEqual([written.pathname, written.hash], ['/', '#agreements']);
    assert.equal(await page.evaluate(() => history.length), entries, 'the address is replaced, not pushed');
    // Back to the defaults: an empty query, the hash kept.
    await page.locator('#chart-trade').getByRole('button', { name: 'Chart', exact: true }).click();
    await page.locator('#agreement-search').fill('');
    await page.waitForURL((u) => u.search === '' && u.hash === '#agreements');
    assert.deepEqual(problems, []);
    await context.close();

    // The written address reopens the same view.
    const again = await open({}, written.search + written.hash);
    await again.page.locator('#trade-table').waitFor();
    assert.equal(await again.page.locator('#chart-trade').getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await again.page.locator('#agreement-search').inputValue(), 'health');
    assert.deepEqual(await again.page.locator('.agreement-list > li').evaluateAll((els) => els.map((e) => e.dataset.agreement)), ['sanitary-welfare', 'cardiology']);
    assert.deepEqual(again.problems, []);
    await again.context.close();
  });

  it('falls back to defaults on hostile values, with a notice and no errors', async () => {
    const query = '?rate=%3Cimg%20src=x%20onerror=alert(1)%3E&trade=%E0%A4%A&base=' + 'x'.repeat(5000) + '&gdp-rate=1e9';
    // Any alert() would be recorded (and dismissed) as a problem, from before the page loads.
    const { context, page, problems } = await open({}, query);
    await page.locator('.url-notice').waitFor();
    assert.match(await page.locator('.url-notice').innerText(), /Ignored “rate=<img src=x onerror=alert”/);
    assert.equal(await page.locator('.url-notice img').count(), 0);
    assert.equal(await page.locator('[data-sentence="trade"]').innerText(), 'At 16.6% a year, trade would pass $5 billion in 2029.');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
