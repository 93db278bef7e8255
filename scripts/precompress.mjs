// Precompressed copies of the bundle's text and wasm files, beside them in dist/: `NAME.br`
// (brotli, quality 11) and `NAME.gz` (gzip, level 9), for hosts that serve a file's
// precompressed copy under its own name when the browser accepts it (nginx `brotli_static` /
// `gzip_static`, Caddy `precompressed`, `./run serve`). The last step of the post-build hook;
// nothing else in the bundle names or caches them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files that get precompressed copies (not images: PNG is compressed already). */
export const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json|webmanifest|csv)$/;
/** A precompressed copy. */
export const PRECOMPRESSED = /\.(br|gz)$/;

export const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

/** Writes both copies of every compressible file of `dir`; returns their names. */
export function precompress(dir) {
  const written = [];
  for (const name of readdirSync(dir).filter((f) => COMPRESSIBLE.test(f)).sort()) {
    const data = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.br`), brotli(data));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(data, { level: 9 }));
    written.push(`${name}.br`, `${name}.gz`);
  }
  return written;
}
