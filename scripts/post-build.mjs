// Trunk post-build hook, run in $TRUNK_STAGING_DIR before the bundle goes live:
// 1. prerender: the native `prerender` binary writes the app's markup into index.html;
// 2. minify the wasm-bindgen glue (terser) and update its Subresource Integrity hash;
// 3. make the WebAssembly fetch itself carry an integrity hash, and drop its preload;
// 4. write the deploy headers (`_headers`) with a strict Content-Security-Policy whose
//    'sha256-…' sources are computed from the inline code of the final index.html.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { contentSecurityPolicy, headersFile } from './policy.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('post-build: set TRUNK_STAGING_DIR or pass the directory');

execFileSync('cargo', ['run', '--quiet', '--profile', 'prerender', '--bin', 'prerender', '--', dir], { stdio: 'inherit' });

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 2. The scripts (the wasm-bindgen glue, the start-up watcher): minify, then replace their
//    integrity hashes wherever index.html names them.
for (const script of readdirSync(dir).filter((f) => /^bishkek-explainer-(watch-)?[0-9a-f]+\.js$/.test(f))) {
  const path = join(dir, script);
  const before = readFileSync(path);
  const { code } = await minify(before.toString('utf8'), { module: script.startsWith('bishkek'), compress: true, mangle: true });
  writeFileSync(path, code);
  html = html.replaceAll(sri(before), sri(Buffer.from(code)));
  console.log(`post-build: ${script} minified ${before.length} → ${Buffer.byteLength(code)} bytes`);
}

// 3. The wasm: fetch it with its integrity hash (a preload's integrity is ignored).
const wasm = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
if (wasm) {
  const hash = sri(readFileSync(join(dir, wasm)));
  const plain = new RegExp(`module_or_path: '\\./${wasm}'`);
  if (!plain.test(html)) throw new Error('post-build: the wasm loader is not where it was expected');
  html = html.replace(plain, `module_or_path: fetch('./${wasm}', { integrity: '${hash}' })`);
}

// The wasm preload would compete with the page for bandwidth before first paint (measured:
// First Contentful Paint 1.10× the plain-HTML page without it, 1.3–1.5× with it, on a
// throttled connection); the loader fetches the wasm right after the page instead.
html = html.replace(/<link(?=[^>]*\srel=("|)preload\1[\s>])(?=[^>]*\sas=("|)fetch\2[\s>])[^>]*>/, '');

writeFileSync(indexPath, html);

// 4. The policy, with hashes of the final inline scripts and styles.
const csp = contentSecurityPolicy(html);
writeFileSync(join(dir, '_headers'), headersFile(csp));
console.log(`post-build: wrote _headers (${csp.length} characters of policy)`);
