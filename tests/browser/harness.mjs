// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core,
// dist/ served on 127.0.0.1, and a record of everything the page logs.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serveDir } from '../../scripts/serve.mjs';

export const OUTPUT = 'test-output';
mkdirSync(OUTPUT, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a fresh profile (playwright-core makes a new user-data-dir). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ on a free loopback port. */
export function serveDist() {
  return serveDir('dist');
}

/**
 * Records console errors and warnings, uncaught page errors and failed requests.
 * Returns the live array; a test asserts it is empty.
 */
export function recordProblems(page) {
  const problems = [];
  // Content-Security-Policy violations, reported by the page itself as well as by Chromium.
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Waits until the WebAssembly app has hydrated the page. */
export async function waitForApp(page) {
  await page.waitForSelector('html[data-app="ready"]', { timeout: 30_000 });
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
