// Link previews in the built bundle: the head's tags name files that exist (the share images at
// 1200×630, the charts' CSV files), the JSON-LD parses in the page with zero console errors
// under the bundle's policy, and the files the page never loads are neither precached nor in
// the policy's hashes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, recordProblems, serveDist, waitForApp } from './harness.mjs';
import { inlineCode, isDataBlock } from '../../scripts/policy.mjs';
import { FOR_CRAWLERS } from '../../scripts/worker.mjs';

const html = readFileSync('dist/index.html', 'utf8');
const meta = (key) => {
  const tags = html.match(/<meta [^>]*>/g).filter((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
  assert.equal(tags.length, 1, key);
  return tags[0].match(/content="([^"]*)"/)[1];
};
/** A bundle file named by an address the head gives (absolute with PUBLIC_URL, else relative). */
const file = (url) => url.replace(/^https?:\/\/[^/]+\/(?:.*\/)?/, '');
const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1]);

describe('the link previews in dist/', () => {
  it('name a 1200×630 PNG for the page and one per chart view', () => {
    assert.equal(meta('og:type'), 'article');
    assert.equal(meta('twitter:card'), 'summary_large_image');
    const images = [file(meta('og:image')), 'share-trade.png', 'share-investment.png', 'share-growth.png'];
    assert.equal(images[0], 'share.png');
    for (const name of images) {
      const png = readFileSync(join('dist', name));
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name);
      assert.equal(png.toString('latin1', 12, 16), 'IHDR');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], name);
      assert.ok(FOR_CRAWLERS.test(name), name);
    }
  });

  it('give each Dataset a CSV file that exists, with the downloads\' columns', () => {
    const sets = ld['@graph'].filter((n) => n['@type'] === 'Dataset');
    assert.equal(sets.length, 3);
    for (const set of sets) {
      const name = file(set.distribution[0].contentUrl);
      assert.match(name, /^bishkek-talks-(trade|investment|growth)\.csv$/);
      assert.ok(FOR_CRAWLERS.test(name));
      const csv = readFileSync(join('dist', name), 'utf8');
      assert.match(csv, /^chart,series,period,value,unit,as_reported,bound,source,url,note\r\n/);
      assert.ok(csv.split('\r\n').length > 5, name);
    }
  });

  it('are not precached by the service worker, and the data block has no policy hash', () => {
    const worker = readFileSync('dist/sw.js', 'utf8');
    for (const name of ['share.png', 'share-trade.png', 'bishkek-talks-trade.csv']) assert.ok(!worker.includes(name), name);
    assert.ok(worker.includes('index.html') || worker.includes('"./"'), 'the worker still lists the bundle');
    const [, attrs, body] = html.match(/<script( type="application\/ld\+json")>([\s\S]*?)<\/script>/);
    assert.ok(isDataBlock(attrs));
    assert.ok(!inlineCode(html).scripts.includes(body));
    const headers = readFileSync('dist/_headers', 'utf8');
    assert.ok(!headers.includes(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`));
  });
});

describe('the page with its link previews', () => {
  let browser;
  let server;
  let url;
  before(async () => {
    browser = await launch();
    ({ server, url } = await serveDist());
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads with zero console errors, its JSON-LD parses and its files are served', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.goto(url + '?embed=trade');
    await waitForApp(page);
    const found = await page.evaluate(async () => {
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent);
      const image = document.querySelector('meta[property="og:image"]').content;
      const sets = data['@graph'].filter((n) => n['@type'] === 'Dataset');
      const fetched = [];
      for (const address of [image, ...sets.map((s) => s.distribution[0].contentUrl)]) {
        // Relative addresses resolve against the page; absolute ones (PUBLIC_URL) name the
        // same file of this bundle.
        const local = new URL(address.replace(/^https?:\/\/[^/]+\/(?:.*\/)?/, ''), location.href);
        const r = await fetch(local);
        fetched.push([local.pathname.split('/').pop(), r.status, r.headers.get('content-type')]);
      }
      return { context: data['@context'], canonical: document.querySelector('link[rel=canonical]').href, fetched };
    });
    assert.equal(found.context, 'https://schema.org');
    assert.equal(found.canonical, url, 'the canonical address is the page’s, without its query (added by the start-up script)');
    assert.deepEqual(found.fetched.map(([n, s]) => [n, s]), [
      ['share.png', 200],
      ['bishkek-talks-trade.csv', 200],
      ['bishkek-talks-investment.csv', 200],
      ['bishkek-talks-growth.csv', 200],
    ]);
    assert.equal(found.fetched[0][2], 'image/png');
    assert.match(found.fetched[1][2], /^text\/csv/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
