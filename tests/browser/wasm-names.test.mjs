// The build's short names for what a wasm module and its glue call each other by
// (scripts/wasm-names.mjs), on a module written here byte by byte. No browser needed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { glueWithShortNames, shortName, shortNames } from '../../scripts/wasm-names.mjs';

const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, body) => [id, body.length, ...body];
/** A module importing two functions from `./m_bg.js` and a memory, exporting `memory`, `run`
 *  and `__wbindgen_malloc`: each function () -> (). */
const MODULE = Buffer.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 0, 0]),
  ...section(2, [2, ...name('./m_bg.js'), ...name('__wbg_log_0123456789abcdef'), 0, 0, ...name('./m_bg.js'), ...name('__wbg_now_fedcba9876543210'), 0, 0]),
  ...section(3, [2, 0, 0]),
  ...section(5, [1, 0, 1]),
  ...section(7, [3, ...name('memory'), 2, 0, ...name('run'), 0, 2, ...name('__wbindgen_malloc'), 0, 3]),
  ...section(10, [2, 2, 0, 0x0b, 4, 0, 0x10, 0, 0x0b]),
]);

const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(arg0) { console.log(arg0); },
        __wbg_now_fedcba9876543210: function() { return Date.now(); },
    };
    return { __proto__: null, "./m_bg.js": import0 };
}
export function run() { wasm.run(); wasm.__wbindgen_malloc(1); wasm.run(); }
const bytes = wasm.memory.buffer;`;

describe('shortNames', () => {
  it('names imports, their module and exports short, keeps memory, and the module still compiles', async () => {
    const { bytes, modules, imports, exports } = shortNames(MODULE);
    assert.deepEqual([...modules], [['./m_bg.js', 'a']]);
    assert.deepEqual([...imports], [['./m_bg.js\u0000__wbg_log_0123456789abcdef', 'a'], ['./m_bg.js\u0000__wbg_now_fedcba9876543210', 'b']]);
    assert.deepEqual([...exports], [['run', 'a'], ['__wbindgen_malloc', 'b']]);
    const module = await WebAssembly.compile(bytes);
    assert.deepEqual(WebAssembly.Module.imports(module), [
      { module: 'a', name: 'a', kind: 'function' },
      { module: 'a', name: 'b', kind: 'function' },
    ]);
    assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['memory', 'a', 'b']);
    assert.equal(bytes.length, MODULE.length - 2 * ('./m_bg.js'.length - 1) - ('__wbg_log_0123456789abcdef'.length - 1) * 2 - ('run'.length - 1) - ('__wbindgen_malloc'.length - 1));
  });

  it('refuses what is not a WebAssembly module', () => {
    assert.throws(() => shortNames(Buffer.from('<!doctype html>')), { message: 'wasm-names: not a WebAssembly module (version 1)' });
  });

  it('gives distinct JavaScript identifiers', () => {
    const names = Array.from({ length: 5000 }, (_, n) => shortName(n));
    assert.equal(new Set(names).size, names.length);
    for (const n of names) assert.match(n, /^[A-Za-z_$][\w$]*$/);
    assert.deepEqual([shortName(0), shortName(53), shortName(54), shortName(55)], ['a', '$', 'aa', 'ba']);
  });
});

describe('glueWithShortNames', () => {
  it('renames the imports object, its module and every read of an export', () => {
    const glue = glueWithShortNames(GLUE, shortNames(MODULE));
    assert.match(glue, /\n {8}a: function\(arg0\) \{ console\.log/);
    assert.match(glue, /\n {8}b: function\(\) \{ return Date\.now/);
    assert.match(glue, /return \{ __proto__: null, "a": import0 \}/);
    assert.match(glue, /wasm\.a\(\); wasm\.b\(1\); wasm\.a\(\);/);
    assert.match(glue, /wasm\.memory\.buffer/);
    assert.doesNotMatch(glue, /__wbg_(log|now)|m_bg|wasm\.run/);
  });

  it('stops, naming the import, when the glue does not have it where wasm-bindgen writes it', () => {
    const names = shortNames(MODULE);
    assert.throws(() => glueWithShortNames(GLUE.replace('__wbg_now_fedcba9876543210: function', 'now: function'), names), {
      message: "could not replace the glue's import __wbg_now_fedcba9876543210: expected exactly 1 match of /(?<=[\\s{,])__wbg_now_fedcba9876543210(?=:)/, found 0",
    });
    assert.throws(() => glueWithShortNames(GLUE.replace('"./m_bg.js": import0', 'm: import0'), names), {
      message: `could not replace the glue's imports module ./m_bg.js: expected exactly 1 match of /(?<=[\\s{,])"\\.\\/m_bg\\.js"(?=:)/, found 0`,
    });
  });
});
