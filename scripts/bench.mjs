// The benchmark: the explainer beside the same article as plain HTML (the floor) and as a
// Chart.js page with the same three charts (the peer), in headless Chromium on loopback with
// a gzip-compressing static server. A benchmark, not a test: it prints and records figures.
// For each page, unthrottled and with Lighthouse-like mobile throttling (1.6 Mbps down,
// 150 ms RTT, 4× CPU slowdown), median of RUNS runs (the pages in turn), cold cache: compressed bytes
// transferred, First Contentful Paint, Largest Contentful Paint, time until the charts are
// drawn and interactive, the long tasks until ready; then the redraw time per slider input (median and p95 over 60
// inputs) and the memory the charts use; and the files before the charts are live, gzip -9 and
// brotli 11, against the peer's whole page. Writes bench-output/compare.json, prints a table.
// Usage: node scripts/bench.mjs [RUNS]   (after `./run build`; `./run bench` does both)
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { serveDir } from './serve.mjs';
import { writePages } from './bench-pages.mjs';
import { measureRedraws, quantile } from './redraw.mjs';
import { compressedSize, moduleFiles } from './size.mjs';

const RUNS = Math.max(3, Number(process.argv[2] ?? 3));
const INPUTS = 60;
const SLOW = { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, cpu: 4 };

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

// Each `ready` runs in the page, polled each frame (its text evaluated through DevTools, which
// the page's CSP does not govern), and records when it first held, and the bytes transferred
// by then (Resource Timing: the page and every response complete at that moment). The
// explainer's charts are interactive when the chart module has made all three live
// (`data-charts`); the Yew app may come later (`__app`, when `data-app` is set).
const PAGES = {
  explainer: {
    ready: () => {
      const root = document.documentElement.dataset;
      if (root.app === 'ready') window.__app ??= performance.now();
      if (window.__interactive === undefined && root.charts === 'ready' && [...document.querySelectorAll('canvas.chart-canvas')].filter((c) => c.width > 0).length === 3) {
        window.__interactive = performance.now();
        const [nav] = performance.getEntriesByType('navigation');
        window.__bytesReady = nav.transferSize + performance.getEntriesByType('resource').filter((r) => r.responseEnd <= window.__interactive).reduce((n, r) => n + r.transferSize, 0);
      }
      return root.app === 'ready' && window.__interactive !== undefined;
    },
    sentence: '[data-sentence="trade"]',
    slider: '#trade-rate-range',
  },
  floor: { ready: null },
  peer: {
    ready: () => {
      if (window.__chartsReady === undefined) return false;
      if (window.__interactive === undefined) {
        window.__interactive = performance.now();
        const [nav] = performance.getEntriesByType('navigation');
        window.__bytesReady = nav.transferSize + performance.getEntriesByType('resource').filter((r) => r.responseEnd <= window.__interactive).reduce((n, r) => n + r.transferSize, 0);
      }
      return true;
    },
    sentence: '#sentence',
    slider: '#rate',
  },
};

async function load(browser, url, name, slow) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.downloadThroughput, uploadThroughput: SLOW.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  }
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(() => {
    window.__lcp = null;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  const ready = PAGES[name].ready;
  let interactive = null;
  let app = null;
  let bytesReady = null;
  if (ready) {
    // Polled each frame in the page itself, not with Playwright's `waitForFunction`: that
    // injects Playwright's own script (about 330 KB), whose evaluation is a long task of its
    // own at 4× CPU, counted as the page's.
    await page.evaluate(`new Promise((resolve, reject) => {
      const ready = ${ready};
      const tick = () => (ready() ? resolve() : requestAnimationFrame(tick));
      setTimeout(() => reject(new Error('not ready within 120 s')), 120000);
      tick();
    })`);
    ({ interactive, app, bytesReady } = await page.evaluate(() => ({ interactive: window.__interactive, app: window.__app ?? null, bytesReady: window.__bytesReady })));
  }
  // Let the last paints land before reading FCP and LCP. The FCP entry can come a few frames
  // after the paint (a small page may be loaded before it): wait for it, for at most 5 s.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const paint = await page.evaluate(() => new Promise((resolve) => {
    const fcp = (t) => resolve({ fcp: t, lcp: window.__lcp });
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return fcp(seen.startTime);
    new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
      if (e) fcp(e.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => fcp(null), 5000);
  }));
  // The long tasks (over 50 ms) from navigation until the page is ready (the explainer: the
  // app hydrated, the explorer last; the peer: its charts; the floor: loaded), and the time
  // they block beyond 50 ms each (what Total Blocking Time adds up).
  const tasks = await page.evaluate(() => window.__long);
  const longest = Math.max(0, ...tasks);
  const blocking = tasks.reduce((n, d) => n + Math.max(0, d - 50), 0);
  return { context, page, bytes, bytesReady, interactive, app, longest, blocking, ...paint };
}

/** Time from a slider `input` event to the end of the re-render (the sentence's text changed). */
function redraws(page, name) {
  const { sentence, slider } = PAGES[name];
  return measureRedraws(page, { slider, sentence, n: INPUTS });
}

async function memory(page, name) {
  return page.evaluate((name) => {
    if (name === 'explainer') return { kind: 'WebAssembly linear memory', bytes: window.__wasm?.memory?.buffer?.byteLength ?? null };
    return { kind: 'JS heap used', bytes: performance.memory?.usedJSHeapSize ?? null };
  }, name);
}

const pages = writePages('bench-output/pages');
const servers = {
  explainer: await serveDir('dist', { compress: true }),
  floor: await serveDir(pages.floor, { compress: true, headers: false }),
  peer: await serveDir(pages.peer, { compress: true, headers: false }),
};
const browser = await launch();
const results = {};
try {
  // The three pages take turns within each round, so that a machine that slows down or speeds
  // up during the benchmark shifts all three alike, and the ratios stay fair.
  for (const name of Object.keys(PAGES)) results[name] = {};
  for (const slow of [false, true]) {
    const runs = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const name of Object.keys(PAGES)) {
        const m = await load(browser, servers[name].url, name, slow);
        runs[name].push({ bytes: m.bytes, bytesReady: m.bytesReady, fcp: m.fcp, lcp: m.lcp, interactive: m.interactive, app: m.app, longest: m.longest, blocking: m.blocking });
        await m.context.close();
      }
    }
    for (const name of Object.keys(PAGES)) {
      results[name][slow ? 'throttled' : 'unthrottled'] = Object.fromEntries(['bytes', 'bytesReady', 'fcp', 'lcp', 'interactive', 'app', 'longest', 'blocking'].map((k) => [k, median(runs[name].map((x) => x[k]))]));
    }
    // The targets are ratios: each also as the median of the ratios within a round (the three
    // loads of one round are seconds apart, so the machine's drift cancels in each ratio).
    const paired = (k, other) => median(runs.explainer.map((x, i) => (x[k] != null && runs[other][i][k] ? x[k] / runs[other][i][k] : null)));
    results.explainer[slow ? 'throttled' : 'unthrottled'].perRound = { fcpFloor: paired('fcp', 'floor'), interactivePeer: paired('interactive', 'peer') };
  }
  for (const name of Object.keys(PAGES)) {
    if (PAGES[name].slider) {
      const all = [];
      const laidOut = [];
      let mem = null;
      for (let r = 0; r < RUNS; r++) {
        const m = await load(browser, servers[name].url, name, false);
        const times = await redraws(m.page, name);
        all.push(...times.script);
        laidOut.push(...times.laidOut);
        mem = await memory(m.page, name);
        await m.context.close();
      }
      results[name].redraw = { inputs: all.length, median: median(all), p95: quantile(all, 0.95) };
      results[name].redrawLaidOut = { inputs: laidOut.length, median: median(laidOut), p95: quantile(laidOut, 0.95) };
      results[name].memory = mem;
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) s.server.close();
}

const fmt = (v, unit) => (v == null ? '—' : unit === 'B' ? `${(v / 1024).toFixed(1)} KB` : `${v.toFixed(unit === 'ms1' ? 1 : 0)} ms`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : (a / b).toFixed(2));
const rows = [];
for (const cond of ['unthrottled', 'throttled']) {
  for (const [k, label, unit] of [['bytes', 'bytes transferred (compressed)', 'B'], ['bytesReady', 'bytes transferred before charts interactive', 'B'], ['fcp', 'First Contentful Paint', 'ms'], ['lcp', 'Largest Contentful Paint', 'ms'], ['interactive', 'charts drawn and interactive', 'ms'], ['app', 'Yew app hydrated (explainer only)', 'ms'], ['longest', 'longest task until ready', 'ms'], ['blocking', 'blocking time over 50 ms until ready', 'ms']]) {
    const e = results.explainer[cond][k];
    const f = results.floor[cond][k];
    const p = results.peer[cond][k];
    rows.push([`${label}, ${cond}`, fmt(e, unit), fmt(f, unit), fmt(p, unit), ratio(e, p), ratio(e, f)]);
  }
}
for (const cond of ['unthrottled', 'throttled']) {
  const per = results.explainer[cond].perRound;
  rows.push([`First Contentful Paint ÷ the floor's in its round, median, ${cond}`, '—', '—', '—', '—', per.fcpFloor?.toFixed(2) ?? '—']);
  rows.push([`charts interactive ÷ the peer's in its round, median, ${cond}`, '—', '—', '—', per.interactivePeer?.toFixed(2) ?? '—', '—']);
}
for (const [what, k, label] of [['redraw', 'median', 'redraw per slider input, median'], ['redraw', 'p95', 'redraw per slider input, p95'], ['redrawLaidOut', 'median', 'redraw and layout per slider input, median'], ['redrawLaidOut', 'p95', 'redraw and layout per slider input, p95']]) {
  rows.push([label, fmt(results.explainer[what][k], 'ms1'), '—', fmt(results.peer[what][k], 'ms1'), ratio(results.explainer[what][k], results.peer[what][k]), '—']);
}
// The files before the charts are live, compressed as a host would store them (the budgets'
// GNU gzip -9, and brotli 11): the explainer's page and chart module; the peer's and the
// floor's whole pages (the target is the peer's whole page).
{
  const before = {
    explainer: compressedSize(['index.html', ...moduleFiles('dist').charts].map((f) => join('dist', f))),
    floor: compressedSize([join(pages.floor, 'index.html')]),
    peer: compressedSize(readdirSync(pages.peer).map((f) => join(pages.peer, f))),
  };
  for (const name of Object.keys(before)) results[name].filesBeforeCharts = before[name];
  for (const [k, label] of [['gz', 'gzip -9'], ['br', 'brotli 11']]) {
    rows.push([`files before charts interactive (peer, floor: all), ${label}`, fmt(before.explainer[k], 'B'), fmt(before.floor[k], 'B'), fmt(before.peer[k], 'B'), ratio(before.explainer[k], before.peer[k]), '—']);
  }
}
rows.push(['memory (wasm linear memory / JS heap used)', fmt(results.explainer.memory.bytes, 'B'), '—', fmt(results.peer.memory.bytes, 'B'), '—', '—']);
const header = ['figure', 'explainer', 'floor (HTML)', 'peer (Chart.js)', 'explainer/peer', 'explainer/floor'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(`Medians of ${RUNS} runs; headless Chromium ${browser.version?.() ?? ''}, loopback, gzip.`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/compare.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, throttling: SLOW, results }, null, 2) + '\n');
console.log('wrote bench-output/compare.json');
