// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core (through
// scripts/chromium.mjs, which the benchmarks share), dist/ served on 127.0.0.1, a record of
// everything the page logs, and the helpers more than one test file needs.
import { after, before } from 'node:test';
import { mkdirSync, readdirSync } from 'node:fs';
import { serveDir } from '../../scripts/serve.mjs';
import { launch, waitForApp } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, launch, launchPersistent, waitForApp } from '../../scripts/chromium.mjs';

export const OUTPUT = 'test-output';
mkdirSync(OUTPUT, { recursive: true });

/** Serves dist/ on a free loopback port. */
export function serveDist() {
  return serveDir('dist');
}

/**
 * Records console errors and warnings, uncaught page errors, failed requests and dialogs (each
 * dismissed: no test page may open one), into `problems` (a new array by default). Call it
 * before the page navigates. Returns the live array; a test asserts it is empty.
 */
export function recordProblems(page, problems = []) {
  // Content-Security-Policy violations, reported by the page itself as well as by Chromium.
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  // A frame the page removed (the Embed panel's preview, replaced on a new choice) cancels
  // what it was still loading: not a failure of the page. Chromium may also say so in the
  // console ("Fetch API cannot load URL."), before or after the failed request.
  const cancelled = new Set();
  const fetchCancelled = (url) => `console.error: Fetch API cannot load ${url}. `;
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const text = `console.${m.type()}: ${m.text()}`;
    if (![...cancelled].some((url) => text === fetchCancelled(url))) problems.push(text);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const forget = (text) => {
    const at = problems.indexOf(text);
    if (at !== -1) problems.splice(at, 1);
  };
  const discard = (url) => {
    cancelled.add(url);
    forget(fetchCancelled(url));
    forget(`requestfailed: ${url} net::ERR_ABORTED`);
  };
  // A child frame's cancelled requests, until the frame is detached (which Playwright may
  // report after the failure).
  const aborted = new Map();
  page.on('framedetached', (frame) => {
    for (const url of aborted.get(frame) ?? []) discard(url);
    aborted.delete(frame);
  });
  page.on('requestfailed', (r) => {
    const frame = r.frame();
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && frame.isDetached()) return discard(r.url());
    problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && frame !== page.mainFrame()) {
      aborted.set(frame, [...(aborted.get(frame) ?? []), r.url()]);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return problems;
}

/**
 * A fresh context (downloads accepted; `options` as for browser.newContext) and page, with
 * recordProblems attached before anything loads. Returns `{ context, page, problems }`.
 */
export async function newPage(env, options = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = recordProblems(page);
  return { context, page, problems };
}

/**
 * newPage, then the explainer at `env.url + query`, once the WebAssembly app has started.
 * Returns `{ context, page, problems }`.
 */
export async function open(env, query = '', options = {}) {
  const opened = await newPage(env, options);
  await opened.page.goto(env.url + query);
  await waitForApp(opened.page);
  return opened;
}

/**
 * What recordProblems holds, sorted, after a page at `url` loaded with its .wasm files aborted
 * by a route (see `bothWasmFailed`): each failed request (the chart module's, then the app's,
 * which still starts) and the browser's own console line for it, nothing else.
 */
export function blockedWasmProblems(url) {
  const wasms = readdirSync('dist').filter((f) => f.endsWith('_bg.wasm'));
  return wasms.flatMap((wasm) => [`requestfailed: ${new URL(wasm, url)} net::ERR_FAILED`, 'console.error: Failed to load resource: net::ERR_FAILED']).sort();
}

/**
 * Resolves once both wasm requests of `page` (the chart module's and the app's) have failed
 * and the browser has logged both.
 */
export function bothWasmFailed(page) {
  return new Promise((resolve) => {
    let [failed, logged] = [0, 0];
    const done = () => failed === 2 && logged === 2 && resolve();
    page.on('requestfailed', (r) => {
      if (r.url().endsWith('_bg.wasm')) failed++;
      done();
    });
    page.on('console', (m) => {
      if (m.text().startsWith('Failed to load resource')) logged++;
      done();
    });
  });
}

/** How many pixels of a canvas (a locator) differ from its top-left pixel: a blank canvas has none. */
export function inkedPixels(canvas) {
  return canvas.evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) n++;
    }
    return n;
  });
}

/** Waits until the service worker controls the page. */
export async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** The computed accessible description of the element with this role and name (via CDP). */
export async function accessibleDescription(page, role, name) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', {
    objectId: result.objectId,
    accessibleName: name,
    role,
  });
  await cdp.detach();
  if (nodes.length !== 1) throw new Error(`expected one ${role} named ${name}, found ${nodes.length}`);
  return nodes[0].description?.value ?? '';
}

/**
 * For a test file: before its tests, serve dist/ and launch Chromium; after them, close both.
 * Returns `{ browser, url }`, filled in once the hook has run.
 */
export function useBrowser() {
  const env = { browser: null, server: null, url: '' };
  before(async () => {
    ({ server: env.server, url: env.url } = await serveDist());
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
