// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core (through
// scripts/chromium.mjs, which the benchmarks share), dist/ served on 127.0.0.1, and a record of
// everything the page logs.
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { serveDir } from '../../scripts/serve.mjs';
import { launch } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, launch, launchPersistent, waitForApp } from '../../scripts/chromium.mjs';

export const OUTPUT = 'test-output';
mkdirSync(OUTPUT, { recursive: true });

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
