// The precompressed copies in dist/ (scripts/precompress.mjs): one .br and one .gz beside every
// text and wasm file, each exactly its file once decompressed; the server sends a copy under
// the file's own name, with the file's headers, when the browser accepts its encoding.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSIBLE, PRECOMPRESSED } from '../../scripts/precompress.mjs';
import { serveDir } from '../../scripts/serve.mjs';
import { headersFor, parseHeaderRules } from '../../scripts/policy.mjs';

const files = readdirSync('dist');

describe('precompressed copies', () => {
  it('sit beside every text and wasm file, and only there, each decompressing to its file', () => {
    const originals = files.filter((f) => COMPRESSIBLE.test(f));
    assert.ok(originals.includes('index.html') && originals.some((f) => f.endsWith('_bg.wasm')));
    assert.deepEqual(files.filter((f) => PRECOMPRESSED.test(f)).sort(), originals.flatMap((f) => [`${f}.br`, `${f}.gz`]).sort());
    for (const f of originals) {
      const data = readFileSync(join('dist', f));
      const br = readFileSync(join('dist', `${f}.br`));
      const gz = readFileSync(join('dist', `${f}.gz`));
      assert.ok(brotliDecompressSync(br).equals(data), `${f}.br`);
      assert.ok(gunzipSync(gz).equals(data), `${f}.gz`);
      if (data.length > 1000) assert.ok(br.length < gz.length && gz.length < data.length, `${f}: brotli ${br.length} < gzip ${gz.length} < ${data.length}`);
    }
  });

  it('are sent under the file’s own name with its headers, brotli first, else gzip, else none', async () => {
    const { server, url } = await serveDir('dist', { precompressed: true });
    const rules = parseHeaderRules(readFileSync('dist/_headers', 'utf8'));
    const request = (path, accept) =>
      new Promise((ok, fail) => {
        get(new URL(path, url), { headers: accept ? { 'accept-encoding': accept } : {} }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    try {
      const wasm = files.find((f) => f.endsWith('_bg.wasm'));
      for (const path of ['/', `/${wasm}`]) {
        const file = join('dist', path === '/' ? 'index.html' : path);
        const plain = readFileSync(file);
        const br = await request(path, 'gzip, deflate, br');
        assert.equal(br.headers['content-encoding'], 'br', path);
        assert.ok(brotliDecompressSync(br.body).equals(plain), path);
        const gz = await request(path, 'gzip');
        assert.equal(gz.headers['content-encoding'], 'gzip', path);
        assert.ok(gunzipSync(gz.body).equals(plain), path);
        const none = await request(path, '');
        assert.equal(none.headers['content-encoding'], undefined, path);
        assert.ok(none.body.equals(plain), path);
        for (const [name, value] of Object.entries(headersFor(rules, path))) assert.equal(br.headers[name.toLowerCase()], value, `${path} ${name}`);
        assert.equal(br.headers.vary, 'accept-encoding');
      }
    } finally {
      server.close();
    }
  });
});
