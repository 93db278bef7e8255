// The deploy headers the build wrote: a strict Content-Security-Policy whose hashes match the
// inline code of the final page, what that policy lets through in Chromium and what it blocks,
// and the test server sending exactly these headers.
import { GLUE, IN_SERVICE_WORKER, WASM } from '../../scripts/hashed.mjs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { PRECOMPRESSED } from '../../scripts/precompress.mjs';
import { join } from 'node:path';
import { headersFor, inlineCode, parseHeaderRules, parseHeadersFile } from '../../scripts/policy.mjs';
import { serveDir } from '../../scripts/serve.mjs';
import { open, useBrowser } from './harness.mjs';

const env = useBrowser();
const headers = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const csp = headers['content-security-policy'] ?? '';
const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe('dist/_headers', () => {
  it('never allows inline code but by hash, eval, or scripts from any origin', () => {
    // What no version of the policy may say, whatever else it does (the browser test below
    // checks what the served policy does).
    assert.ok(csp.length > 0, 'a Content-Security-Policy is set for every path');
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|'unsafe-hashes'/);
    for (const source of directives['script-src']) {
      assert.ok(!source.includes('*') && !/^(https?:|data:|blob:)$/.test(source), `script-src ${source}`);
    }
  });

  it('allows exactly the inline code of the final page, by hash', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const { scripts, styles } = inlineCode(html);
    const hash = (t) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;
    const allowed = directives['script-src'].filter((s) => s.startsWith("'sha256-"));
    assert.deepEqual(allowed, scripts.map(hash));
    assert.equal(scripts.length, 4, 'only the start-up script, the import map and the two WebAssembly loaders are inline');
    assert.match(scripts.find((s) => !s.includes('import')), /serviceWorker/, 'the start-up script (assets/boot.js)');
    // Both glues' integrity hashes, in the import map (it covers static and dynamic imports).
    const map = JSON.parse(scripts.find((s) => s.includes('"integrity"')));
    assert.deepEqual(Object.keys(map.integrity).sort(), readdirSync('dist').filter((f) => GLUE.test(f)).map((f) => `./${f}`).sort());
    for (const [file, integrity] of Object.entries(map.integrity)) {
      assert.equal(integrity, 'sha384-' + createHash('sha384').update(readFileSync(join('dist', file))).digest('base64'));
    }
    assert.equal(styles.length, 2, 'the stylesheet is inlined (first paint waits for no request), plus the no-script rules');
    assert.deepEqual(directives['style-src'].filter((s) => s.startsWith("'sha256-")), styles.map(hash));
    const loaders = scripts.filter((s) => s.includes('import') && !s.includes('"integrity"'));
    assert.equal(loaders.length, 2);
    for (const loader of loaders) assert.match(loader, /fetch\('\.\/bishkek-explainer-[0-9a-f]+_bg\.wasm', \{ integrity: 'sha384-/, 'each wasm is fetched with its integrity hash');
  });

  it('names every immutable file after its final bytes, so that a change of bytes is a change of name', () => {
    // Every file the `/bishkek-explainer-*` rule caches as immutable: each module's glue and wasm.
    const hashed = readdirSync('dist').filter((f) => f.startsWith('bishkek-explainer-') && !PRECOMPRESSED.test(f)).sort();
    assert.deepEqual(hashed.map((f) => f.replace(/^bishkek-explainer-[0-9a-f]{16}/, '')).sort(), ['.js', '.js', '_bg.wasm', '_bg.wasm']);
    for (const file of hashed) {
      const digest = createHash('sha256').update(readFileSync(join('dist', file))).digest('hex');
      assert.equal(file, `bishkek-explainer-${digest.slice(0, 16)}${file.endsWith('.js') ? '.js' : '_bg.wasm'}`);
    }
    // The page and the service worker name exactly these files.
    const named = (text) => [...new Set(text.match(/bishkek-explainer-[0-9a-f]+(?:_bg\.wasm|\.js)/g))].sort();
    assert.deepEqual(named(readFileSync('dist/index.html', 'utf8')), hashed);
    assert.deepEqual(named(readFileSync('dist/sw.js', 'utf8')), hashed);
  });

  it('puts integrity hashes on every external script and stylesheet', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    for (const tag of html.match(/<(script|link)[^>]*\s(src|href)=[^>]*>/g).filter((t) => /\.(js|css)\b/.test(t))) {
      assert.match(tag, /integrity=("|)sha384-/, tag);
    }
  });
});

describe('the hashed-file pattern', () => {
  it('is the one of scripts/hashed.mjs in the service worker too', () => {
    assert.ok(readFileSync('assets/sw.js', 'utf8').includes(IN_SERVICE_WORKER));
    assert.ok(GLUE.test('bishkek-explainer-0123456789abcdef.js') && WASM.test('bishkek-explainer-0123456789abcdef_bg.wasm'));
  });
});

describe('scripts/serve.mjs (./run serve and every browser test)', () => {
  it('sends each file exactly the headers dist/_headers gives its path, adding only its type', async () => {
    const rules = parseHeaderRules(readFileSync('dist/_headers', 'utf8'));
    const { server, url } = await serveDir('dist');
    try {
      const cacheControl = {};
      for (const path of ['/', ...readdirSync('dist').filter((f) => !PRECOMPRESSED.test(f)).map((f) => `/${f}`)]) {
        const response = await fetch(new URL(path, url));
        assert.equal(response.status, 200, path);
        await response.arrayBuffer();
        // What Node's HTTP server itself adds, not the host's headers.
        const own = ['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'];
        const sent = Object.fromEntries([...response.headers].filter(([name]) => !own.includes(name)));
        assert.deepEqual(sent, headersFor(rules, path), path);
        assert.equal(sent['content-security-policy'], csp, path);
        cacheControl[path.replace(/^\/bishkek-explainer-\w+(\.js|_bg\.wasm)$/, '/bishkek-explainer-…$1')] = sent['cache-control'] ?? null;
      }
      assert.deepEqual(cacheControl, {
        '/': 'no-cache',
        '/_headers': null,
        '/bishkek-explainer-….js': 'public, max-age=31536000, immutable',
        '/bishkek-explainer-…_bg.wasm': 'public, max-age=31536000, immutable',
        // For link previews and crawlers (src/share.rs): stable names, the host's own caching.
        '/bishkek-talks-growth.csv': null,
        '/bishkek-talks-investment.csv': null,
        '/bishkek-talks-trade.csv': null,
        '/embed.js': 'no-cache',
        '/icon.svg': null,
        '/index.html': 'no-cache',
        '/manifest.webmanifest': null,
        '/share-growth.png': null,
        '/share-investment.png': null,
        '/share-trade.png': null,
        '/share.png': null,
        '/sw.js': 'no-cache',
      });
    } finally {
      server.close();
    }
  });
});

describe('the policy in Chromium', () => {
  it('lets the page start, and blocks injected code, styles, plugins, base URLs, requests and form posts', async () => {
    const { context, page, problems } = await open(env);
    // The start-up script, the loader, the stylesheet and the wasm ran: nothing was refused.
    assert.deepEqual(problems, []);
    const other = 'http://127.0.0.1:9/'; // another origin (port 9, discard)
    const outcome = await page.evaluate(async (other) => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.effectiveDirective));
      const add = (html) => {
        const t = document.createElement('template');
        t.innerHTML = html;
        document.body.append(t.content);
      };
      const inline = document.createElement('script');
      inline.textContent = 'window.__ran = "inline";';
      document.body.append(inline);
      const remote = document.createElement('script');
      remote.src = `${other}x.js`;
      document.body.append(remote);
      // eval() from the page's own code: a click handler (code that Playwright evaluates is
      // allowed to eval by DevTools, whatever the policy).
      add('<button id="csp-eval">eval</button>');
      document.getElementById('csp-eval').addEventListener('click', () => {
        try {
          window.__evaluated = eval('"ran"');
        } catch (e) {
          window.__evaluated = e.name;
        }
      });
      add('<button id="csp-attr" onclick="window.__ran = \'attribute\'">x</button>');
      document.getElementById('csp-attr').click();
      add('<style>#headline { color: rgb(1, 2, 3) }</style>');
      document.getElementById('headline').setAttribute('style', 'background-color: rgb(4, 5, 6)');
      add('<object data="icon.svg" type="image/svg+xml"></object>');
      const base = document.baseURI;
      add('<base href="https://elsewhere.example/">');
      let fetched;
      try {
        await fetch(other);
        fetched = 'fetched';
      } catch (e) {
        fetched = e.name;
      }
      const headline = getComputedStyle(document.getElementById('headline'));
      return { ran: window.__ran ?? null, fetched, styled: headline.color === 'rgb(1, 2, 3)' || headline.backgroundColor === 'rgb(4, 5, 6)', base: document.baseURI === base };
    }, other);
    await page.locator('#csp-eval').click();
    assert.equal(await page.evaluate(() => window.__evaluated), 'EvalError');
    // Last: a form post, which the policy stops before it leaves.
    await page.evaluate(() => {
      const t = document.createElement('template');
      t.innerHTML = '<form id="csp-form" action="./" method="post"></form>';
      document.body.append(t.content);
      document.getElementById('csp-form').submit();
    });
    assert.deepEqual(outcome, { ran: null, fetched: 'TypeError', styled: false, base: true });
    const expected = ['base-uri', 'connect-src', 'form-action', 'object-src', 'script-src', 'script-src-attr', 'script-src-elem', 'script-src-elem', 'style-src-attr', 'style-src-elem'];
    await page.waitForFunction((n) => window.__violations.length >= n, expected.length);
    assert.deepEqual(await page.evaluate(() => [...window.__violations].sort()), expected);
    assert.equal(page.url(), env.url, 'the form post never left');
    await context.close();
  });
});
