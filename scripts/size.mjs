// Prints the size of every file in a directory and the totals: raw, `gzip -9` (GNU gzip, the
// measure the budgets are set in) and zlib level 9 (what Node-, nginx- or Apache-style servers
// send; a little larger on the wasm), and brotli quality 11 (the precompressed `.br` copies a
// host can send instead; the copies themselves are not counted). Two totals: the first view (index.html and every file it
// loads through a `src`, an `href` or `fetch(…)`, but the manifest: what a reader's browser
// downloads to open the explainer) and all of DIR (adding the service worker and the manifest,
// fetched in the background after the page, the editors' embed.js and the deploy headers), but
// the files the page never loads (the share images and static CSV files: `FOR_CRAWLERS` in
// worker.mjs; totalled on their own line). With `--budget BYTES` and
// `--first-view BYTES`, exits 1 when a `gzip -9` total is above its budget. Deterministic (`-n`:
// no name or time stamp in the output; no timing).
// Also the two WebAssembly modules apart (the chart module, the Yew app) and what a reader
// downloads before the charts are live (the page and the chart module), with `--charts` and
// `--app` budgets.
// Usage: node scripts/size.mjs DIR [--budget BYTES] [--first-view BYTES] [--charts BYTES] [--app BYTES]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FOR_CRAWLERS } from './worker.mjs';
import { PRECOMPRESSED, brotli } from './precompress.mjs';

/**
 * The first view: index.html and the names of the files it loads (scripts, the wasm, the icon;
 * not the web app manifest, which Chromium fetches only to install and the service worker
 * precaches, nor the canonical link, which names the page itself). A browser test checks
 * that these are exactly the requests of a first visit.
 */
export function firstViewFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = new Set(['index.html']);
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    if (/\srel=["']?(manifest|canonical)\b/.test(tag)) continue;
    const m = tag.match(/\s(?:src|href)=["']?\.?\/?([\w.-]+)/);
    if (m) named.add(m[1]);
  }
  // The loaders' fetches and imports (scripts/loaders.mjs).
  for (const m of html.matchAll(/(?:fetch\(|import\(|from )['"]\.?\/?([\w.-]+)/g)) named.add(m[1]);
  return named;
}

/**
 * The two WebAssembly modules as the loaders name them (scripts/loaders.mjs): the chart
 * module's files (its `async` loader's import and fetch) and the Yew app's (the other).
 */
export function moduleFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const loaders = [...html.matchAll(/<script type="?module"?( async)?>([\s\S]*?)<\/script>/g)];
  const files = (code) => [...code.matchAll(/(?:fetch\(|import\(|from )['"]\.?\/?([\w.-]+)/g)].map((m) => m[1]);
  const charts = loaders.filter((m) => m[1]).map((m) => files(m[2]));
  const app = loaders.filter((m) => !m[1]).map((m) => files(m[2]));
  if (charts.length !== 1 || app.length !== 1) throw new Error(`size: expected one chart module loader and one app loader in ${dir}/index.html`);
  return { charts: charts[0], app: app[0] };
}

const gzip9 = (data) => execFileSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 1 << 28 }).length;

/** The files at `paths` together: `{gz, br}`, GNU `gzip -9 -n` and brotli 11 bytes. */
export function compressedSize(paths) {
  const sizes = { gz: 0, br: 0 };
  for (const p of paths) {
    const data = readFileSync(p);
    sizes.gz += gzip9(data);
    sizes.br += brotli(data).length;
  }
  return sizes;
}

function main() {
  const [dir = 'dist', ...flags] = process.argv.slice(2);
  const option = (name) => (flags.includes(name) ? Number(flags[flags.indexOf(name) + 1]) : null);
  const budget = option('--budget');
  const firstViewBudget = option('--first-view');
  const chartsBudget = option('--charts');
  const appBudget = option('--app');

  function* files(d) {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) yield* files(p);
      else if (!PRECOMPRESSED.test(name)) yield p;
    }
  }

  const total = { raw: 0, gz: 0, zlib: 0, br: 0 };
  const crawlers = { raw: 0, gz: 0, zlib: 0, br: 0 };
  const rows = [];
  for (const p of files(dir)) {
    const data = readFileSync(p);
    const row = { name: relative(dir, p), raw: data.length, gz: gzip9(data), zlib: gzipSync(data, { level: 9 }).length, br: brotli(data).length };
    for (const k of ['raw', 'gz', 'zlib', 'br']) (FOR_CRAWLERS.test(row.name) ? crawlers : total)[k] += row[k];
    rows.push(row);
  }
  const named = firstViewFiles(dir);
  const first = { raw: 0, gz: 0, zlib: 0, br: 0 };
  for (const r of rows) if (named.has(r.name)) for (const k of ['raw', 'gz', 'zlib', 'br']) first[k] += r[k];
  const sum = (names) => {
    const t = { raw: 0, gz: 0, zlib: 0, br: 0 };
    for (const r of rows) if (names.includes(r.name)) for (const k of Object.keys(t)) t[k] += r[k];
    return t;
  };
  const modules = moduleFiles(dir);
  const charts = sum(modules.charts);
  const app = sum(modules.app);
  const beforeCharts = sum(['index.html', ...modules.charts]);
  rows.push({ name: 'chart module (glue + wasm)', ...charts });
  rows.push({ name: 'Yew app (glue + wasm)', ...app });
  rows.push({ name: 'before the charts are live (page + chart module)', ...beforeCharts });
  rows.push({ name: 'first view', ...first });
  rows.push({ name: 'total', ...total });
  rows.push({ name: 'for crawlers (not in total)', ...crawlers });
  const w = Math.max(...rows.map((r) => r.name.length));
  const n = (v) => String(v).padStart(9);
  console.log(`${''.padEnd(w)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}  ${'zlib 9'.padStart(11)}  ${'brotli 11'.padStart(11)}`);
  for (const r of rows) console.log(`${r.name.padEnd(w)}  ${n(r.raw)} B  ${n(r.gz)} B  ${n(r.zlib)} B  ${n(r.br)} B`);
  let failed = false;
  for (const [what, value, limit] of [['the chart module', charts.gz, chartsBudget], ['the Yew app', app.gz, appBudget], ['first view', first.gz, firstViewBudget], ['all of dist/', total.gz, budget]]) {
    if (limit === null) continue;
    if (value <= limit) console.log(`size budget ok: ${what} ${value} B gzip -9 <= ${limit} B`);
    else {
      console.error(`size budget exceeded: ${what} ${value} B gzip -9 > ${limit} B`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
