// The Content-Security-Policy and deploy headers, computed from the final index.html:
// every inline <script> and <style> is allowed by its own 'sha256-…' hash, nothing else (the
// JSON-LD data block is not code: it needs no hash).
import { createHash } from 'node:crypto';
import { HEADERS_PATH } from './hashed.mjs';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A <script>'s attributes name a data block (`type="application/ld+json"`: the page's
 * structured data), which the browser never runs and the policy need not allow: any type but
 * none, a JavaScript MIME type, `module` or `importmap`.
 */
export function isDataBlock(attrs) {
  const m = attrs.match(/\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
  if (!m) return false;
  const type = (m[1] ?? m[2] ?? m[3]).trim().toLowerCase();
  return !(type === '' || type === 'module' || type === 'importmap' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type));
}

/** The inline code of a page: the bodies of <script> without src (and not data blocks) and of <style>. */
export function inlineCode(html) {
  const scripts = [...html.matchAll(/<script((?![^>]*\ssrc=)[^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !isDataBlock(m[1]))
    .map((m) => m[2])
    .filter((s) => s.length > 0);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts, styles };
}

export function contentSecurityPolicy(html) {
  const { scripts, styles } = inlineCode(html);
  const directives = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scripts.map(hash)].join(' ')],
    ['style-src', ["'self'", ...styles.map(hash)].join(' ')],
    ['img-src', "'self' data: blob:"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', '*'],
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Headers for every path, in the Netlify / Cloudflare Pages `_headers` format. */
export function securityHeaders(csp) {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/**
 * The `_headers` file: security headers on every path; hashed files (their names change with
 * their content) cached for a year as immutable; the page itself always revalidated.
 */
export function headersFile(csp) {
  const lines = ['/*', ...Object.entries(securityHeaders(csp)).map(([k, v]) => `  ${k}: ${v}`)];
  // Readable from any origin: a frame sandboxed with `allow-scripts` alone has an opaque
  // origin, so the page's module script and wasm fetch are cross-origin requests there.
  lines.push('', HEADERS_PATH, '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *');
  for (const path of ['/', '/index.html', '/sw.js', '/embed.js']) lines.push('', path, '  Cache-Control: no-cache');
  return lines.join('\n') + '\n';
}

/**
 * Reads a `_headers` file back: its rules in order, each `{ path, headers }` (a path pattern,
 * where `*` stands for any run of characters, and its headers, names in lower case).
 */
export function parseHeaderRules(text) {
  const rules = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    if (rules.length === 0 || colon < 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, not ${JSON.stringify(line)}`);
    rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path (both from the site's root). */
export function pathMatches(pattern, path) {
  const re = new RegExp('^' + pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

/**
 * The headers a host sends for `path` under these rules: those of every rule that matches, in
 * order; a header that two matching rules both set has their values joined by ", " (as
 * Netlify and Cloudflare Pages do).
 */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Reads a `_headers` file back: the headers that apply to every path (its `/*` rule). */
export function parseHeadersFile(text) {
  return Object.assign({}, ...parseHeaderRules(text).filter((r) => r.path === '/*').map((r) => r.headers));
}
