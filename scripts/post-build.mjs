// Trunk post-build hook, run in $TRUNK_STAGING_DIR before the bundle goes live:
// 1. prerender: the native `prerender` binary writes the app's markup into index.html;
// 2. for each of the two WebAssembly modules (the chart module, the Yew app): give the names
//    by which wasm and glue call each other short ones (scripts/wasm-names.mjs), minify its
//    wasm-bindgen glue (terser) and name glue and wasm after their final bytes; write their
//    loaders (scripts/loaders.mjs: the chart module first, the app after; integrity hashes on
//    every import and fetch; a failed start-up shows the page's notice, with no uncaught
//    error); minify the inline start-up script; write the inline stylesheet's dark rules
//    again for `?theme=dark`; drop the wasm preload;
// 4. write the deploy headers (`_headers`) with a strict Content-Security-Policy whose
//    'sha256-…' sources are computed from the inline code of the final index.html;
// 5. stamp the build: one id (a hash of every file) in index.html and the service worker;
// 6. write precompressed copies (.br, .gz) of the text and wasm files (scripts/precompress.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { contentSecurityPolicy, headersFile } from './policy.mjs';
import { replaceCount, replaceOnce } from './replace.mjs';
import { GLUE, WASM } from './hashed.mjs';
import { appLoader, chartsLoader, importMap } from './loaders.mjs';
import { stampBuild } from './worker.mjs';
import { precompress } from './precompress.mjs';
import { glueWithShortNames, shortNames } from './wasm-names.mjs';
import { withForcedDark } from './dark-theme.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('post-build: set TRUNK_STAGING_DIR or pass the directory');

// The prerender is a native build with the machine's own toolchain: `./run` builds the
// WebAssembly with a pinned nightly and the standard library rebuilt (`wasm_env` there),
// which a native build must not inherit.
const hostEnv = { ...process.env };
for (const name of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete hostEnv[name];
execFileSync('cargo', ['run', '--quiet', '--profile', 'prerender', '--bin', 'prerender', '--', dir], { stdio: 'inherit', env: hostEnv });

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

/** The name of an immutable file: `bishkek-explainer-` and the first 16 hex digits of its sha256. */
const hashedName = (bytes, suffix) => `bishkek-explainer-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;

/** The one file of `dir` whose name matches `re`. */
function theOne(re, what) {
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} (${re}) in ${dir}, found ${found.length}: ${found.join(', ')}`);
  return found[0];
}

/**
 * One WebAssembly module as the page loads it: short import and export names in wasm and
 * glue (scripts/wasm-names.mjs), its glue minified (terser), and both files
 * named after their final bytes (Trunk names them before wasm-opt and terser, so a change of
 * either alone would keep a name with new bytes, which the immutable caching of hashed names
 * must never see). Returns `{glue, glueIntegrity, wasm, wasmIntegrity}`.
 */
async function finish(glueRe, wasmRe, what) {
  const wasmFile = theOne(wasmRe, `${what} wasm`);
  const names = shortNames(readFileSync(join(dir, wasmFile)));
  const wasmBytes = names.bytes;
  const wasm = hashedName(wasmBytes, '_bg.wasm');
  unlinkSync(join(dir, wasmFile));
  writeFileSync(join(dir, wasm), wasmBytes);
  const glueFile = theOne(glueRe, `${what} glue`);
  const before = readFileSync(join(dir, glueFile), 'utf8');
  const code = Buffer.from((await minify(glueWithShortNames(before, names), { module: true, compress: true, mangle: true })).code);
  const glue = hashedName(code, '.js');
  unlinkSync(join(dir, glueFile));
  writeFileSync(join(dir, glue), code);
  console.log(`post-build: ${what}: ${wasmFile} → ${wasm} (${names.imports.size} imports and ${names.exports.size} exports renamed short), ${glueFile} minified ${before.length} → ${code.length} bytes → ${glue}`);
  return { glue, glueIntegrity: sri(code), wasm, wasmIntegrity: sri(wasmBytes) };
}

// 1b–3. The two modules (Trunk's names: the app's `bishkek-explainer-HASH`, the chart
//     module's `charts`), then their loaders in place of Trunk's (scripts/loaders.mjs). The
//     app first: its new names match the pattern Trunk's names for it do.
const app = await finish(GLUE, WASM, 'the app');
const charts = await finish(/^charts\.js$/, /^charts_bg\.wasm$/, 'the chart module');
// The app's glue is imported when the app starts: no modulepreload (its integrity hash is in
// the import map). The import map first (before any module script), then the chart module's
// loader, then the app's, where Trunk's loader stood.
html = replaceOnce(html, /<link(?=[^>]*\srel=("|)modulepreload\1[\s>])[^>]*>/, '', "the app glue's modulepreload");
html = replaceOnce(
  html,
  /<script type=("?)module\1>import init, \* as bindings from '\.\/[\w.-]+\.js';[\s\S]*?<\/script>/,
  () => importMap([charts, app]) + chartsLoader(charts) + appLoader(app),
  "Trunk's module loader (its import of the glue, then the start-up)",
);

// The parent-side embed script (a stable name: editors link to it).
const embedPath = join(dir, 'embed.js');
writeFileSync(embedPath, (await minify(readFileSync(embedPath, 'utf8'), { compress: true, mangle: true })).code);

// The inline stylesheets (style.css, and the no-script rules): every dark rule once more for a
// page that asks for dark (`?theme=dark`).
html = replaceCount(html, /<style([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs, css) => `<style${attrs}>${withForcedDark(css)}</style>`, 2, 'the inline stylesheets (style.css and the no-script rules)');

// The inline start-up script (a plain `<script>`, not the module loader), minified from its
// source: Trunk's HTML minifier has minified it already, naming its variables in an order
// that changes from build to build, and terser kept that order.
{
  const source = readFileSync(new URL('../assets/boot.js', import.meta.url), 'utf8');
  const boot = (await minify(source, { compress: true, mangle: true })).code;
  html = replaceOnce(html, /<script>[\s\S]*?<\/script>/g, () => `<script>${boot}</script>`, 'the inline start-up script (assets/boot.js)');
  console.log('post-build: the inline start-up script minified from assets/boot.js');
}

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
