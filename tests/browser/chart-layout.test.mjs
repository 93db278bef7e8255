// The charts' labels as drawn, at phone to desktop widths in both themes: no text overlaps
// another text or a mark, and every text stays inside its chart. The prerendered SVG is
// measured in the page (WebAssembly off, so it stays); the canvas by the boxes its drawing
// returned (`data-label-boxes`, in CSS px).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT, newPage, open, useBrowser } from './harness.mjs';

const env = useBrowser();
const WIDTHS = [320, 390, 768, 1280];
const THEMES = ['light', 'dark'];
const CHARTS = ['trade', 'investment', 'growth'];

/** Whether two [x0, y0, x1, y1] boxes share more than `tolerance` px each way. */
const overlap = (a, b, tolerance = 0) =>
  Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > tolerance && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > tolerance;

/** Every pair of texts that overlap, every text on a mark, every text outside `bounds`. */
function problems({ texts, marks, bounds }, tolerance) {
  const found = [];
  texts.forEach((a, i) => {
    texts.slice(i + 1).forEach((b) => {
      if (overlap(a.box, b.box, tolerance)) found.push(`"${a.text}" overlaps "${b.text}"`);
    });
    marks.forEach((m) => {
      if (overlap(a.box, m, tolerance)) found.push(`"${a.text}" on a mark at ${m.map(Math.round)}`);
    });
    const [x0, y0, x1, y1] = a.box;
    if (x0 < bounds[0] - tolerance || y0 < bounds[1] - tolerance || x1 > bounds[2] + tolerance || y1 > bounds[3] + tolerance) {
      found.push(`"${a.text}" outside the chart`);
    }
  });
  return found;
}

describe('prerendered SVG labels', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`keeps texts apart, off the marks and inside at ${width} px, ${theme}`, async () => {
        const { context, page } = await newPage(env, { javaScriptEnabled: false, viewport: { width, height: 900 }, colorScheme: theme });
        await page.goto(env.url);
        for (const chart of CHARTS) {
          const measured = await page.locator(`svg.chart-svg[aria-describedby^="${chart}-summary"]:visible`).evaluate((el) => {
            const box = (r) => [r.left, r.top, r.right, r.bottom];
            const frame = el.getBoundingClientRect();
            const texts = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent.trim(), box: box(t.getBoundingClientRect()) }));
            // Marks: circles, polygons and solid rectangles (bars); not the background (drawn
            // #FFFFFF, mapped to the dark theme by the stylesheet) nor the tinted bands
            // behind the gaps.
            const solid = (r) => (r.getAttribute('opacity') ?? '1') === '1';
            const marks = [
              ...el.querySelectorAll('circle, polygon'),
              ...[...el.querySelectorAll('rect')].filter((r) => solid(r) && r.getAttribute('fill') !== '#FFFFFF' && r.getBoundingClientRect().width < frame.width * 0.98),
            ].map((m) => box(m.getBoundingClientRect()));
            return { texts, marks, bounds: box(frame) };
          });
          assert.ok(measured.texts.length > 8, `${chart}: texts drawn`);
          // Half a pixel for the browser's rounding of glyph boxes.
          assert.deepEqual(problems(measured, 0.5), [], `${chart} at ${width} px, ${theme}`);
        }
        await context.close();
      });
    }
  }
});

describe('canvas labels', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`keeps texts apart, off the marks and inside at ${width} px, ${theme}`, async () => {
        const { context, page, problems: logged } = await open(env, '', { viewport: { width, height: 900 }, colorScheme: theme });
        for (const chart of CHARTS) {
          const canvas = page.locator(`canvas[data-chart="${chart}"]`);
          await canvas.scrollIntoViewIfNeeded();
          await page.waitForFunction((c) => document.querySelector(`canvas[data-chart="${c}"]`)?.hasAttribute('data-label-boxes'), chart);
          const { boxes, w, h } = await canvas.evaluate((c) => ({ boxes: JSON.parse(c.dataset.labelBoxes), w: c.clientWidth, h: c.clientHeight }));
          assert.ok(boxes.texts.length > 8, `${chart}: texts drawn`);
          const texts = boxes.texts.map((box, i) => ({ text: `text ${i} at ${box}`, box }));
          assert.deepEqual(problems({ texts, marks: boxes.marks, bounds: [0, 0, w, h] }, 0), [], `${chart} at ${width} px, ${theme}`);
          if (width <= 390) {
            // Mobile first: the plot at least 60 % as tall as the chart is wide.
            const [, y0, , y1] = boxes.plot;
            assert.ok(y1 - y0 >= 0.6 * w, `${chart}: plot ${y1 - y0} px tall at ${w} px wide`);
          }
          if ([320, 390, 1280].includes(width)) {
            await canvas.screenshot({ path: `${OUTPUT}/${chart}-${width}-${theme}.png` });
          }
        }
        assert.deepEqual(logged, []);
        await context.close();
      });
    }
  }
});

describe('the tooltip', () => {
  for (const width of [320, 390, 1280]) {
    it(`never hides its point or the x-axis, at ${width} px`, async () => {
      const { context, page } = await open(env, '', { viewport: { width, height: 900 } });
      const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      let checked = 0;
      for (const chart of ['trade', 'growth']) {
        const canvas = page.locator(`canvas[data-chart="${chart}"]`);
        await canvas.scrollIntoViewIfNeeded();
        await canvas.focus();
        const seen = new Set();
        // Every point: → along each series, ↓ to the next, until nothing new comes.
        for (let step = 0; step < 80; step++) {
          await frames();
          const key = await canvas.getAttribute('data-active');
          if (key && !seen.has(key)) {
            seen.add(key);
            const tip = page.locator(`.chart-frame:has(canvas[data-chart="${chart}"]) .chart-tooltip`);
            await page.waitForFunction(
              ([c, k]) => document.querySelector(`canvas[data-chart="${c}"]`).parentElement.querySelector('.chart-tooltip')?.dataset.key === k,
              [chart, key],
            );
            await frames();
            const [ax, ay] = (await tip.getAttribute('data-anchor')).split(',').map(Number);
            const c = await canvas.boundingBox();
            const t = await tip.boundingBox();
            const plot = JSON.parse(await canvas.getAttribute('data-label-boxes')).plot;
            const [px, py] = [c.x + ax, c.y + ay];
            const onPoint = px > t.x - 6 && px < t.x + t.width + 6 && py > t.y - 6 && py < t.y + t.height + 6;
            assert.ok(!onPoint, `${key}: tooltip ${JSON.stringify(t)} over its point (${px}, ${py})`);
            assert.ok(t.y + t.height <= c.y + plot[3] + 1, `${key}: tooltip over the x-axis`);
            checked++;
          }
          const before = key;
          await page.keyboard.press('ArrowRight');
          await frames();
          if ((await canvas.getAttribute('data-active')) === before) {
            await page.keyboard.press('ArrowDown');
            await frames();
            if ((await canvas.getAttribute('data-active')) === before) break;
            await page.keyboard.press('Home');
          }
        }
      }
      assert.ok(checked > 20, `${checked} points checked`);
      await context.close();
    });
  }
});
