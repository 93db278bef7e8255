// The long tasks (over 50 ms) of the page's start-up at 4× CPU slowdown, with when the charts
// and the app became ready: what Total Blocking Time is made of. A measurement, not a test.
// Usage: node scripts/long-tasks.mjs [QUERY]   (after `./run build`)
import { launch } from './chromium.mjs';
import { serveDir } from './serve.mjs';
import { moduleFiles } from './size.mjs';

const query = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
// `--no-app`: the app's wasm blocked, to see the chart module's own tasks.
const noApp = process.argv.includes('--no-app');
const server = await serveDir('dist', { compress: true });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('charts:event', () => { window.__charts ??= Math.round(performance.now()); });
    addEventListener('TrunkApplicationStarted', () => { window.__app ??= Math.round(performance.now()); });
  });
  if (noApp) {
    const { app } = moduleFiles('dist');
    await page.route(`**/${app.find((f) => f.endsWith('.wasm'))}`, (r) => r.abort());
  }
  await page.goto(server.url + query, { waitUntil: 'load' });
  // Waited for in the page itself, not with Playwright's `waitForFunction`: that injects
  // Playwright's own script (about 330 KB), whose evaluation is a long task of its own at 4×.
  await page.evaluate((noApp) => new Promise((resolve) => {
    const root = document.documentElement;
    const check = () => (noApp || root.dataset.app === 'ready') && root.dataset.charts === 'ready' && (resolve(), true);
    if (!check()) new MutationObserver((_, o) => check() && o.disconnect()).observe(root, { attributes: true });
  }), noApp);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  const out = await page.evaluate(() => ({ long: window.__long, charts: window.__charts, app: window.__app, fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) }));
  const blocking = out.long.reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
  console.log(`FCP ${out.fcp} ms, charts ready ${out.charts} ms, app ready ${out.app} ms`);
  console.log(`long tasks [start ms, duration ms]: ${JSON.stringify(out.long)}; blocking time over 50 ms: ${blocking} ms`);
} finally {
  await browser.close();
  server.server.close();
}
