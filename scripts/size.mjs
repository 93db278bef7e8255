// Prints the size of every file in a directory and the total: raw, `gzip -9` (GNU gzip, the
// measure the budget is set in) and zlib level 9 (what Node-, nginx- or Apache-style servers
// send; a little larger on the wasm). With `--budget BYTES`, exits 1 when the `gzip -9` total is
// above it. Deterministic (`-n`: no name or time stamp in the output; no timing).
// Usage: node scripts/size.mjs DIR [--budget BYTES]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', flag, value] = process.argv.slice(2);
const budget = flag === '--budget' ? Number(value) : null;

function* files(d) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

const gzip9 = (data) => execFileSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 1 << 28 }).length;

const total = { raw: 0, gz: 0, zlib: 0 };
const rows = [];
for (const p of files(dir)) {
  const data = readFileSync(p);
  const row = { name: relative(dir, p), raw: data.length, gz: gzip9(data), zlib: gzipSync(data, { level: 9 }).length };
  for (const k of ['raw', 'gz', 'zlib']) total[k] += row[k];
  rows.push(row);
}
rows.push({ name: 'total', ...total });
const w = Math.max(...rows.map((r) => r.name.length));
const n = (v) => String(v).padStart(9);
console.log(`${''.padEnd(w)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}  ${'zlib 9'.padStart(11)}`);
for (const r of rows) console.log(`${r.name.padEnd(w)}  ${n(r.raw)} B  ${n(r.gz)} B  ${n(r.zlib)} B`);
if (budget !== null) {
  if (!(total.gz <= budget)) {
    console.error(`size budget exceeded: ${total.gz} B gzip -9 > ${budget} B`);
    process.exit(1);
  }
  console.log(`size budget ok: ${total.gz} B gzip -9 <= ${budget} B`);
}
