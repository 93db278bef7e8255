// Trunk post-build hook, run in $TRUNK_STAGING_DIR before the bundle goes live:
// 1. prerender: the native `prerender` binary writes the app's markup into index.html;
//    then name the wasm after its final (wasm-opt'd) bytes;
// 2. minify the wasm-bindgen glue (terser), update its Subresource Integrity hash and name it
//    after its final bytes; minify the inline start-up script; write the inline stylesheet's
//    dark rules again for `?theme=dark`;
// 3. make the WebAssembly fetch itself carry an integrity hash, and drop its preload; catch a
//    failed start-up in the loader (the page shows its notice, with no uncaught error);
// 4. write the deploy headers (`_headers`) with a strict Content-Security-Policy whose
//    'sha256-…' sources are computed from the inline code of the final index.html;
// 5. stamp the build: one id (a hash of every file) in index.html and the service worker;
// 6. write precompressed copies (.br, .gz) of the text and wasm files (scripts/precompress.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { contentSecurityPolicy, headersFile } from './policy.mjs';
import { replaceCount, replaceOnce } from './replace.mjs';
import { GLUE, WASM } from './hashed.mjs';
import { stampBuild } from './worker.mjs';
import { precompress } from './precompress.mjs';
import { withForcedDark } from './dark-theme.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('post-build: set TRUNK_STAGING_DIR or pass the directory');

execFileSync('cargo', ['run', '--quiet', '--profile', 'prerender', '--bin', 'prerender', '--', dir], { stdio: 'inherit' });

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

/** The name of an immutable file: `bishkek-explainer-` and the first 16 hex digits of its sha256. */
const hashedName = (bytes, suffix) => `bishkek-explainer-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;

/** The one file of `dir` whose name matches `re` (Trunk writes one glue and one wasm). */
function theOne(re, what) {
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} (${re}) in ${dir}, found ${found.length}: ${found.join(', ')}`);
  return found[0];
}

// 1b. Trunk names the wasm after wasm-bindgen's output, before wasm-opt: a change of wasm-opt
//     (flags, version) alone would keep the name with new bytes, which the immutable caching
//     of hashed names must never see. Rename it after its final bytes. index.html names it
//     twice: its preload and the loader.
let wasm = theOne(WASM, 'wasm');
{
  const named = hashedName(readFileSync(join(dir, wasm)), '_bg.wasm');
  if (named !== wasm) {
    renameSync(join(dir, wasm), join(dir, named));
    html = replaceCount(html, wasm, named, 2, `the wasm's name ${wasm} (its preload and the loader)`);
    console.log(`post-build: ${wasm} renamed ${named} (after its final bytes)`);
    wasm = named;
  }
}

// 2. The wasm-bindgen glue: minify, then replace its integrity hash where index.html names it
//    (its modulepreload), and rename it after its final bytes, as the wasm: Trunk names it with
//    the hash of wasm-bindgen's output, so a change of terser alone (version, options) would
//    keep the name with new bytes. index.html names it twice: its modulepreload and the
//    loader's import.
{
  const script = theOne(GLUE, 'glue');
  const before = readFileSync(join(dir, script));
  const code = Buffer.from((await minify(before.toString('utf8'), { module: true, compress: true, mangle: true })).code);
  html = replaceOnce(html, sri(before), sri(code), `the glue's integrity hash (its modulepreload)`);
  const named = hashedName(code, '.js');
  writeFileSync(join(dir, named), code);
  if (named !== script) {
    unlinkSync(join(dir, script));
    html = replaceCount(html, script, named, 2, `the glue's name ${script} (its modulepreload and the loader's import)`);
  }
  console.log(`post-build: ${script} minified ${before.length} → ${code.length} bytes, renamed ${named} (after its final bytes)`);
}

// The parent-side embed script (a stable name: editors link to it).
const embedPath = join(dir, 'embed.js');
writeFileSync(embedPath, (await minify(readFileSync(embedPath, 'utf8'), { compress: true, mangle: true })).code);

// The inline stylesheets (style.css, and the no-script rules): every dark rule once more for a
// page that asks for dark (`?theme=dark`).
html = replaceCount(html, /<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs, css) => `<style${attrs}>${withForcedDark(css)}</style>`, 2, 'the inline stylesheets (style.css and the no-script rules)');

// The inline start-up script (a plain `<script>`, not the module loader).
{
  const START = /<script>([\s\S]*?)<\/script>/g;
  const minified = new Map();
  for (const [, body] of html.matchAll(START)) minified.set(body, (await minify(body, { compress: true, mangle: true })).code);
  html = replaceOnce(html, START, (_, body) => `<script>${minified.get(body)}</script>`, 'the inline start-up script (assets/boot.js)');
  console.log('post-build: the inline start-up script minified');
}

// 3. The wasm: fetch it with its integrity hash (a preload's integrity is ignored).
html = replaceOnce(html, `module_or_path: './${wasm}'`, `module_or_path: fetch('./${wasm}', { integrity: '${sri(readFileSync(join(dir, wasm)))}' })`, 'the wasm in the loader');

// Trunk's loader awaits the start-up at the module's top level, so a wasm that cannot be
// fetched (blocked, missing, offline, a wrong integrity hash) or compiled would end as an
// uncaught error. Caught instead: the loader tells the start-up script, which shows its notice
// (`bishkek-explainer:failed`, assets/boot.js); the browser has already logged the failed
// request itself. Before the policy below, which hashes the final loader.
html = replaceOnce(
  html,
  /(<script type=("?)module\2>)(import init, \* as bindings from '\.\/[\w.-]+\.js';)([\s\S]*?)(<\/script>)/,
  (_, open, _quote, imports, body, close) =>
    `${open}${imports}\ntry {${body}\n} catch (error) {\n  dispatchEvent(new CustomEvent('bishkek-explainer:failed', { detail: error }));\n}\n${close}`,
  "Trunk's module loader (its import of the glue, then the start-up)",
);

// The wasm preload would compete with the page for bandwidth before first paint (measured:
// First Contentful Paint 1.10× the plain-HTML page without it, 1.3–1.5× with it, on a
// throttled connection); the loader fetches the wasm right after the page instead. Starting
// the fetch from the start-up script at the first animation frame was measured too (16 runs
// each, throttled): charts interactive ~200 ms sooner, first paint ~40 ms later, since that
// frame comes before the contentful one and the parser leaves no frame between first paint
// and the loader. First paint is kept first.
html = replaceOnce(html, /<link(?=[^>]*\srel=("|)preload\1[\s>])(?=[^>]*\sas=("|)fetch\2[\s>])[^>]*>/, '', 'the wasm preload');

writeFileSync(indexPath, html);

// 4. The policy, with hashes of the final inline scripts and styles.
const csp = contentSecurityPolicy(html);
writeFileSync(join(dir, '_headers'), headersFile(csp));
console.log(`post-build: wrote _headers (${csp.length} characters of policy)`);

// 5. The build's stamp: its id in index.html and the service worker, which caches every file.
const build = await stampBuild(dir);
console.log(`post-build: build ${build}; sw.js caches every file`);

// 6. Precompressed copies (.br, .gz) of the final text and wasm files, for hosts that serve them.
console.log(`post-build: wrote ${precompress(dir).length} precompressed copies (.br, .gz)`);
