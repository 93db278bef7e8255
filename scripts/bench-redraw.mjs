// Measures how long the trade chart takes to respond to one slider input — from the input
// event to the end of the re-render and canvas redraw (when the sentence's text has
// changed) — in headless Chromium, over 60 inputs, unthrottled and with a 4× CPU slowdown.
// Prints the median and p95 and writes bench-output/redraw.json. A benchmark, not a test.
// Usage: node scripts/bench-redraw.mjs   (after `./run build`; `./run bench` does both)
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, waitForApp } from './chromium.mjs';
import { measureRedraws, quantile } from './redraw.mjs';
import { serveDir } from './serve.mjs';

const INPUTS = 60;

async function measure(browser, url, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.locator('canvas[data-chart="trade"]').scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const { script: times, laidOut } = await measureRedraws(page, { slider: '#trade-rate-range', sentence: '[data-sentence="trade"]', n: INPUTS });
  await context.close();
  const at = (q, xs = times) => +quantile(xs, q).toFixed(2);
  return { cpuSlowdown, inputs: times.length, median_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1), laid_out_median_ms: at(0.5, laidOut), laid_out_p95_ms: at(0.95, laidOut) };
}

const { server, url } = await serveDir('dist');
const browser = await launch();
try {
  const results = [await measure(browser, url, 1), await measure(browser, url, 4)];
  console.log('Redraw per slider input (trade chart), headless Chromium:');
  console.log('CPU        inputs   median      p95      max   (with layout: median      p95)');
  for (const r of results) {
    console.log(`${(r.cpuSlowdown + '×').padEnd(10)} ${String(r.inputs).padStart(6)} ${r.median_ms.toFixed(2).padStart(7)} ms ${r.p95_ms.toFixed(2).padStart(6)} ms ${r.max_ms.toFixed(2).padStart(6)} ms                 ${r.laid_out_median_ms.toFixed(2).padStart(6)} ms ${r.laid_out_p95_ms.toFixed(2).padStart(6)} ms`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/redraw.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
} finally {
  await browser.close();
  server.close();
}
