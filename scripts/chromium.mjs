// Debian's Chromium driven by playwright-core, for the browser tests (tests/browser/harness.mjs)
// and the benchmarks (scripts/bench*.mjs): the launch flags, the launch, and the wait for the
// WebAssembly app. Nothing here belongs to a test runner.
import { chromium } from 'playwright-core';

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

/** The Chromium binary: $CHROMIUM, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Launches Chromium with a fresh profile (playwright-core makes a new user-data-dir). */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Launches Chromium with a persistent profile in `dir` (for what needs one, e.g. installability). */
export function launchPersistent(dir) {
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Waits until the WebAssembly app has hydrated the page. */
export async function waitForApp(page) {
  await page.waitForSelector('html[data-app="ready"][data-charts="ready"]', { timeout: 30_000 });
}
