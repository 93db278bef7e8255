// Trunk pre-build hook (Trunk.toml), so that Trunk's own commands work on a fresh clone:
// installs the node tools the build needs (wasm-opt from npm binaryen, terser for post-build)
// with `npm ci` when node_modules/ is missing or older than package-lock.json, the rule
// `./run`'s setup_node follows; says so in one line. Node's standard library only (it runs
// before anything is installed).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

/** The file's modification time in nanoseconds, or null when it does not exist. */
function mtime(path) {
  try {
    return statSync(path, { bigint: true }).mtimeNs;
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

const had = mtime(installed);
if (had === null || mtime(lock) > had) {
  const why = had === null ? 'node_modules/ is missing' : 'node_modules/ is older than package-lock.json';
  console.log(`pre-build: ${why}: installing the node tools (npm ci --no-audit --no-fund)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

// A release build runs wasm-opt, which Trunk looks for on PATH only (it is configured offline:
// it downloads nothing); the one it needs is npm's, in node_modules/.bin, which `./run` puts on
// PATH. Without it, say how to get it before Trunk fails.
const release = process.env.TRUNK_PROFILE !== 'debug';
const onPath = (process.env.PATH ?? '').split(delimiter).some((dir) => {
  try {
    accessSync(join(dir || '.', 'wasm-opt'), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (release && !onPath) {
  console.error(
    'pre-build: wasm-opt is not on PATH; Trunk runs the one in node_modules/.bin (binaryen 132): ' +
      'PATH="$PWD/node_modules/.bin:$PATH" trunk build --release, or ./run build',
  );
  process.exit(1);
}
