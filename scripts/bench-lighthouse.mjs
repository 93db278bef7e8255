// Lighthouse (npm lighthouse 12, its default mobile configuration: a Moto G Power-sized
// screen, simulated slow 4G and 4× CPU) against Debian's Chromium, on the explainer, on every
// `?embed=` view, and on the peer (the same charts on a Chart.js page, scripts/bench-pages.mjs),
// all served gzip-compressed from loopback. Median of RUNS runs per page (performance varies
// from run to run; the other categories do not). A benchmark, not a test: prints a table and
// writes bench-output/lighthouse.json.
// Usage: node scripts/bench-lighthouse.mjs [RUNS]   (after `./run build`)
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveDir } from './serve.mjs';
import { writePages } from './bench-pages.mjs';

const RUNS = Math.max(1, Number(process.argv[2] ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const VIEWS = ['', '?embed=explainer', '?embed=trade', '?embed=investment', '?embed=growth', '?embed=agreements'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const pages = writePages('bench-output/pages');
const explainer = await serveDir('dist', { compress: true });
const peer = await serveDir(pages.peer, { compress: true, headers: false });
const targets = [...VIEWS.map((q) => [`explainer ${q || '(page)'}`, explainer.url + q]), ['peer (Chart.js)', peer.url]];

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
const rows = [];
try {
  for (const [name, url] of targets) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
        tbt: lhr.audits['total-blocking-time'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tti: lhr.audits.interactive.numericValue,
        failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
      });
    }
    const row = { name, url, runs: RUNS };
    for (const k of [...CATEGORIES, 'tbt', 'fcp', 'lcp', 'tti']) row[k] = median(runs.map((r) => r[k]));
    row.failed = [...new Set(runs.flatMap((r) => r.failed))];
    rows.push(row);
    console.log(`${name.padEnd(30)} perf ${String(row.performance).padStart(3)}  a11y ${row.accessibility}  bp ${row['best-practices']}  seo ${row.seo}  TBT ${Math.round(row.tbt)} ms  FCP ${Math.round(row.fcp)} ms  LCP ${Math.round(row.lcp)} ms  TTI ${Math.round(row.tti)} ms${row.failed.length ? `  failed: ${row.failed.join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  explainer.server.close();
  peer.server.close();
}
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/lighthouse.json', JSON.stringify({ runs: RUNS, rows }, null, 2) + '\n');
console.log(`bench-output/lighthouse.json: medians of ${RUNS} runs`);
