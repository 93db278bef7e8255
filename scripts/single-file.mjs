// Writes the explainer as one self-contained HTML file: CSS, JavaScript and the WebAssembly
// (base64) inlined, data baked into the wasm, nothing fetched, so it works opened straight
// from disk (file://). For email, a USB stick, an archive. Prints its size.
// Usage: node scripts/single-file.mjs [DIST] [OUT]   (run by `./run build`)
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLUE, WASM } from './hashed.mjs';
import { replaceOnce as replaceIn } from './replace.mjs';

const [dist = 'dist', out = 'single/bishkek-explainer.html'] = process.argv.slice(2);
let html = readFileSync(join(dist, 'index.html'), 'utf8');

// Each replacement must match exactly once (scripts/replace.mjs), or the copy is not written.
const replaceOnce = (pattern, replacement, what) => {
  html = replaceIn(html, pattern, replacement, `${what} in ${dist}/index.html`);
};

// No web app manifest (nothing to install from a file); the icon inline.
replaceOnce(/<link[^>]*rel="?manifest"?[^>]*>/, '', 'the manifest link');
const icon = 'data:image/svg+xml;base64,' + readFileSync(join(dist, 'icon.svg')).toString('base64');
replaceOnce(/href="?icon\.svg"?/, () => `href="${icon}"`, 'the icon link');
// No import map: its integrity hashes name the files inlined below.
replaceOnce(/<script type="?importmap"?>[\s\S]*?<\/script>/, '', 'the import map');
// Each module (the chart module, the app; scripts/loaders.mjs): the glue as a data: module,
// the wasm as bytes decoded from base64.
const named = [...html.matchAll(/fetch\('\.\/([\w.-]+_bg\.wasm)'/g)].map((m) => m[1]);
if (named.length !== 2) throw new Error(`single-file: expected two wasm fetches in ${dist}/index.html, found ${named.length}`);
const glueOf = [...html.matchAll(/(?:from |import\()'\.\/([\w.-]+\.js)'/g)].map((m) => m[1]);
if (![...named, ...glueOf].every((f) => WASM.test(f) || GLUE.test(f))) throw new Error(`single-file: unexpected names ${[...named, ...glueOf].join(', ')}`);
if (glueOf.length !== 2) throw new Error(`single-file: expected two glue imports in ${dist}/index.html, found ${glueOf.length}`);
const glueUrls = glueOf.map((glue) => 'data:text/javascript;base64,' + readFileSync(join(dist, glue)).toString('base64'));
// The chart module's glue as the start-up script finds it in a trap's stack (assets/boot.js):
// not its whole data: address a second time, but 48 characters of it that the app's lacks.
const [chartsUrl, appUrl] = glueUrls;
const mark = [...Array(Math.floor(chartsUrl.length / 48)).keys()].map((i) => chartsUrl.slice(i * 48, i * 48 + 48)).find((s) => !appUrl.includes(s));
if (!mark) throw new Error('single-file: the two glues share every 48 characters');
replaceOnce(`new URL('./${glueOf[0]}', import.meta.url).href`, () => `'${mark}'`, 'the chart module\'s glue address');
glueOf.forEach((glue, i) => replaceOnce(`'./${glue}'`, () => `'${glueUrls[i]}'`, `the import of ${glue}`));
for (const wasm of named) {
  const bytes = `Uint8Array.from(atob('${readFileSync(join(dist, wasm)).toString('base64')}'), (c) => c.charCodeAt(0))`;
  replaceOnce(new RegExp(`fetch\\('\\./${wasm}'[^)]*\\)`), () => bytes, `the fetch of ${wasm}`);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const size = statSync(out).size;
console.log(`single file: ${out} ${size} B (${gzipSync(readFileSync(out), { level: 9 }).length} B gzip -9)`);
