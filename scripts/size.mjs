// Prints the gzip -9 size of every file in a directory and the total; with
// `--budget BYTES`, exits 1 when the total is above it. Deterministic (no timing).
// Usage: node scripts/size.mjs DIR [--budget BYTES]
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

let raw = 0;
let gz = 0;
const rows = [];
for (const p of files(dir)) {
  const data = readFileSync(p);
  const z = gzipSync(data, { level: 9 }).length;
  raw += data.length;
  gz += z;
  rows.push([relative(dir, p), data.length, z]);
}
const w = Math.max(...rows.map((r) => r[0].length), 5);
for (const [name, r, z] of rows) {
  console.log(`${name.padEnd(w)}  ${String(r).padStart(9)} B  ${String(z).padStart(8)} B gzip -9`);
}
console.log(`${'total'.padEnd(w)}  ${String(raw).padStart(9)} B  ${String(gz).padStart(8)} B gzip -9`);
if (budget !== null) {
  if (!(gz <= budget)) {
    console.error(`size budget exceeded: ${gz} B gzip -9 > ${budget} B`);
    process.exit(1);
  }
  console.log(`size budget ok: ${gz} B gzip -9 <= ${budget} B`);
}
