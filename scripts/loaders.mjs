// The page's module scripts, written by the post-build hook (scripts/post-build.mjs) in place
// of Trunk's one loader. Two WebAssembly modules start in turn (issue 17):
// 1. the chart module (`src/bin/charts.rs`, no Yew): an `async` module script in the head,
//    which fetches its glue and wasm at once and runs as soon as both arrive; it makes the charts
//    and the "what would it take" controls live and marks `<html data-charts="ready">`;
// 2. the Yew app (`src/main.rs`: article figures, explorer, embeds, downloads, URL state):
//    imported once the charts are live (or could not start) and the browser is idle, or at
//    once on the reader's first pointer, key or focus outside the chart module's parts.
// The glues' integrity hashes are in the import map (it covers static and dynamic imports);
// each wasm is fetched with its own. A failed start-up of either says so with the
// `bishkek-explainer:failed` event (assets/boot.js shows the notice), never as an uncaught error.

/** Starts fetching the wasm of `m` (`{wasm, wasmIntegrity}`) as the promise `name`. A promise
 *  also where the single-file copy (scripts/single-file.mjs) puts the bytes in place of the
 *  fetch; a failed fetch is handled where `init` awaits it. */
const fetchWasm = (name, m) => `const ${name} = Promise.resolve(fetch('./${m.wasm}', { integrity: '${m.wasmIntegrity}' })); ${name}.catch(() => {});`;
const FAILED = `dispatchEvent(new CustomEvent('bishkek-explainer:failed', { detail: error }))`;

/** The import map with both glues' integrity hashes. */
export function importMap(modules) {
  const integrity = Object.fromEntries(modules.map((m) => [`./${m.glue}`, m.glueIntegrity]));
  return `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
}

/** The chart module's loader: its wasm is fetched together with its glue, not after it (the
 *  glue is imported, not a static import, so that the fetch need not wait for the glue to
 *  arrive and run: on the throttled phone of `./run bench`, the wasm's request went out about
 *  300 ms later that way). */
export function chartsLoader(m) {
  return `<script type="module" async>${fetchWasm('wasm', m)}
window.bishkekChartsGlue = new URL('./${m.glue}', import.meta.url).href;
import('./${m.glue}').then((glue) => glue.default({ module_or_path: wasm })).catch((error) => ${FAILED});</script>`;
}

/** The Yew app's loader; `window.wasmBindings` and `TrunkApplicationStarted` as Trunk's. */
export function appLoader(m) {
  return `<script type="module">const TRIGGERS = ['pointerdown', 'keydown', 'focusin'];
let started = false;
async function start() {
  if (started) return;
  started = true;
  for (const type of TRIGGERS) removeEventListener(type, now, true);
  try {
    // The wasm fetched together with the glue, as the chart module's (above).
    ${fetchWasm('bytes', m)}
    const bindings = await import('./${m.glue}');
    const wasm = await bindings.default({ module_or_path: bytes });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    ${FAILED};
  }
}
function now(event) {
  const t = event.target;
  if (!(t instanceof Element) || !t.closest('.chart-frame, .what-if')) start();
}
for (const type of TRIGGERS) addEventListener(type, now, true);
function idle() {
  if (window.requestIdleCallback) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 0);
}
if (document.documentElement.hasAttribute('data-charts')) idle();
else {
  document.addEventListener('charts:event', idle, { once: true });
  addEventListener('bishkek-explainer:failed', idle, { once: true });
}</script>`;
}
