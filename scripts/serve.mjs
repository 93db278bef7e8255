// A small static file server for dist/ on loopback: correct MIME types (application/wasm),
// index.html for directories, no directory escapes, and exactly the headers DIR/_headers gives
// each path (the Content-Security-Policy the build wrote on every file, the Cache-Control of
// each rule: immutable for the hashed files, no-cache for the page and the service worker,
// none where no rule sets one), as a Netlify / Cloudflare Pages-style host sends them; it adds
// only Content-Type (and Content-Encoding when compressing). With `precompressed`, a file's
// `.br` or `.gz` copy beside it (scripts/precompress.mjs) is sent instead when the browser
// accepts that encoding, as nginx's brotli_static / gzip_static do. Used by `./run serve`
// (precompressed) and the tests.
// Usage: node scripts/serve.mjs DIR [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaderRules } from './policy.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). With `compress`, text and wasm
 * responses are gzipped (level 6) for clients that accept it, as a CDN would. With `prefix`
 * ("/a/b/"), the files are served under that path only.
 * Resolves to { server, url }.
 */
export function serveDir(root, { port = 0, host = '127.0.0.1', headers = true, compress = false, precompressed = false, prefix = '/' } = {}) {
  const base = resolve(root);
  const headersPath = join(base, '_headers');
  const rules = headers && existsSync(headersPath) ? parseHeaderRules(readFileSync(headersPath, 'utf8')) : [];
  // Large headers allowed, so that tests can send hostile 100 kB query strings.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      // Served under a sub-path (as on GitHub Pages): anything outside it does not exist.
      if (!full.startsWith(prefix)) throw Object.assign(new Error(), { code: 'ENOENT' });
      const path = '/' + full.slice(prefix.length);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding = {};
      const accepted = req.headers['accept-encoding'] ?? '';
      const copy = precompressed && [['br', '.br'], ['gzip', '.gz']].find(([name, suffix]) => new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(file + suffix));
      if (copy) {
        body = await readFile(file + copy[1]);
        Object.assign(encoding, { 'content-encoding': copy[0], vary: 'accept-encoding' });
      } else if (compress && /text|javascript|json|svg|wasm/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 6 });
        Object.assign(encoding, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      // The rules match the path within the site (below `prefix`), as on the host.
      res.writeHead(200, { ...headersFor(rules, path), ...encoding, 'content-type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      const missing = e.code === 'ENOENT' || e.code === 'EISDIR' || e instanceof URIError;
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'Not found\n' : 'Server error\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({ server, url: `http://${host}:${p}${prefix}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serveDir(root, { port: Number(port), precompressed: true });
  console.log(`Serving ${root}/ on ${url}`);
}
