// The build's stamp: one id, a hash of every file of the bundle (but the share images and the
// static data files, which the page never loads: `FOR_CRAWLERS`), written into index.html
// (`<html data-build="…">`, which the page reads) and into the service worker, whose cache is
// named for it. Any change to any file gives a new id, so a new cache, and the old caches are
// deleted when the new worker takes over. Run last by the post-build hook; tests run it again
// on a changed copy of dist/ to make "a second build".
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { PRECOMPRESSED } from './precompress.mjs';
import { join } from 'node:path';
import { minify } from 'terser';
import { replaceOnce } from './replace.mjs';

const STAMP = /data-build=("?)[^"\s>]*\1/;

/**
 * The files the page never loads, written by the prerender step (src/share.rs) for others:
 * the share images (`share.png`, `share-<view>.png`, for the crawlers of sites where a link is
 * shared) and the charts' data as static CSV (`bishkek-talks-<chart>.csv`, named by the page's
 * structured data; the page's own downloads are made in the browser). Neither precached on
 * readers' devices nor part of the build's id.
 */
export const FOR_CRAWLERS = /^(share(-[a-z]+)?\.png|bishkek-talks-[a-z]+\.csv)$/;

/** Stamps `dir` with its build id (from `template`, the service worker's source); returns the id. */
export async function stampBuild(dir, template = 'assets/sw.js') {
  const indexPath = join(dir, 'index.html');
  const unstamped = replaceOnce(readFileSync(indexPath, 'utf8'), STAMP, 'data-build=""', "index.html's data-build attribute");
  const cached = readdirSync(dir)
    .filter((f) => f !== 'sw.js' && f !== '_headers' && !FOR_CRAWLERS.test(f) && !PRECOMPRESSED.test(f))
    .sort();
  const hash = createHash('sha256');
  for (const f of cached) hash.update(f).update('\0').update(f === 'index.html' ? unstamped : readFileSync(join(dir, f)));
  const id = hash.digest('hex').slice(0, 16);
  writeFileSync(indexPath, replaceOnce(unstamped, STAMP, `data-build="${id}"`, "index.html's data-build attribute"));

  const files = ['./', ...cached.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
  let worker = readFileSync(template, 'utf8');
  worker = replaceOnce(worker, "'__BUILD__'", JSON.stringify(id), `the build placeholder in ${template}`);
  worker = replaceOnce(worker, "['__FILES__']", JSON.stringify(files), `the file list placeholder in ${template}`);
  writeFileSync(join(dir, 'sw.js'), (await minify(worker, { compress: true, mangle: true })).code);
  return id;
}
