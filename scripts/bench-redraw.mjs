// Measures how long the trade chart takes to respond to one slider input — from the input
// event to the end of the re-render and canvas redraw (when the sentence's text has
// changed) — in headless Chromium, over 60 inputs, unthrottled and with a 4× CPU slowdown.
// Prints the median and p95 and writes bench-output/redraw.json. A benchmark, not a test.
// Usage: node scripts/bench-redraw.mjs   (after `./run build`; `./run bench` does both)
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, serveDist, waitForApp } from '../tests/browser/harness.mjs';

const INPUTS = 60;

async function measure(browser, url, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.locator('canvas[data-chart="trade"]').scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const times = await page.evaluate(async (n) => {
    const slider = document.getElementById('trade-rate-range');
    const sentence = document.querySelector('[data-sentence="trade"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < n; i++) {
      await frame();
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => { mo.disconnect(); resolve(); });
        mo.observe(sentence, { childList: true, characterData: true, subtree: true });
      });
      // Alternate between rates that give different sentences.
      slider.value = String(i % 2 === 0 ? 5 + (i % 20) : 25 - (i % 20));
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      out.push(performance.now() - t0);
    }
    return out;
  }, INPUTS);
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { cpuSlowdown, inputs: times.length, median_ms: +at(0.5).toFixed(2), p95_ms: +at(0.95).toFixed(2), max_ms: +sorted.at(-1).toFixed(2) };
}

const { server, url } = await serveDist();
const browser = await launch();
try {
  const results = [await measure(browser, url, 1), await measure(browser, url, 4)];
  console.log('Redraw per slider input (trade chart), headless Chromium:');
  console.log('CPU        inputs   median      p95      max');
  for (const r of results) {
    console.log(`${(r.cpuSlowdown + '×').padEnd(10)} ${String(r.inputs).padStart(6)} ${r.median_ms.toFixed(2).padStart(7)} ms ${r.p95_ms.toFixed(2).padStart(6)} ms ${r.max_ms.toFixed(2).padStart(6)} ms`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/redraw.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
} finally {
  await browser.close();
  server.close();
}
