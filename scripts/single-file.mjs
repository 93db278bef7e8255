// Writes the explainer as one self-contained HTML file: CSS, JavaScript and the WebAssembly
// (base64) inlined, data baked into the wasm, nothing fetched, so it works opened straight
// from disk (file://). For email, a USB stick, an archive. Prints its size.
// Usage: node scripts/single-file.mjs [DIST] [OUT]   (run by `./run build`)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLUE, WASM } from './hashed.mjs';
import { replaceOnce as replaceIn } from './replace.mjs';

const [dist = 'dist', out = 'single/bishkek-explainer.html'] = process.argv.slice(2);
let html = readFileSync(join(dist, 'index.html'), 'utf8');
const file = (re) => readdirSync(dist).find((f) => re.test(f));
const glue = file(GLUE);
const wasm = file(WASM);
if (!glue || !wasm) throw new Error('single-file: dist/ lacks the glue or the wasm');

// Each replacement must match exactly once (scripts/replace.mjs), or the copy is not written.
const replaceOnce = (pattern, replacement, what) => {
  html = replaceIn(html, pattern, replacement, `${what} in ${dist}/index.html`);
};

// No web app manifest (nothing to install from a file); the icon inline.
replaceOnce(/<link[^>]*rel="?manifest"?[^>]*>/, '', 'the manifest link');
const icon = 'data:image/svg+xml;base64,' + readFileSync(join(dist, 'icon.svg')).toString('base64');
replaceOnce(/href="?icon\.svg"?/, () => `href="${icon}"`, 'the icon link');
// No preload of the glue: it is inlined below.
replaceOnce(new RegExp(`<link[^>]*href=("|)\\./${glue}\\1[^>]*>`), '', 'the glue preload');
// The glue as a data: module, the wasm as bytes decoded from base64.
const glueUrl = 'data:text/javascript;base64,' + readFileSync(join(dist, glue)).toString('base64');
replaceOnce(`from './${glue}'`, () => `from '${glueUrl}'`, 'the glue import');
const bytes = `Uint8Array.from(atob('${readFileSync(join(dist, wasm)).toString('base64')}'), (c) => c.charCodeAt(0))`;
replaceOnce(/module_or_path: fetch\([^)]*\)/, () => `module_or_path: ${bytes}`, 'the wasm fetch');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const size = statSync(out).size;
console.log(`single file: ${out} ${size} B (${gzipSync(readFileSync(out), { level: 9 }).length} B gzip -9)`);
