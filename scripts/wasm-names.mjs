// Short names for what a WebAssembly module and its wasm-bindgen glue call each other by
// (issue 17: bytes before the charts are live). wasm-bindgen names each import after the
// function and a hash (`__wbg_set_fillStyle_95fde67582a9c695`): the chart module has about
// 120, the app about 250, each written twice (the wasm's import section and the glue's
// imports object), and their 16 hex digits do not compress. `shortNames` renames the imports,
// their module and the exports (but `memory`, which the benchmark reads) in the wasm's own
// sections, nothing else of its bytes; `glueWithShortNames` renames the same in the glue, as
// wasm-bindgen writes it (before it is minified), asserting that each name is found where the
// glue uses it, so that a new wasm-bindgen that writes its glue differently stops the build.
import { replaceCount } from './replace.mjs';

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const NEXT = FIRST + '0123456789';

/** The `n`th short name: `a`…`$`, then `aa`, `ab`…: valid JavaScript identifiers. */
export function shortName(n) {
  let name = FIRST[n % FIRST.length];
  for (n = Math.floor(n / FIRST.length); n > 0; n = Math.floor((n - 1) / NEXT.length)) name += NEXT[(n - 1) % NEXT.length];
  return name;
}

/** A cursor over bytes that reads the wasm binary format's unsigned LEB128 and names. */
function reader(bytes, at) {
  return {
    at,
    u32() {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[this.at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
    },
    byte() {
      return bytes[this.at++];
    },
    name() {
      const length = this.u32();
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(this.at, this.at + length));
      this.at += length;
      return text;
    },
  };
}

const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
};
const nameBytes = (text) => {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(utf8.length), utf8]);
};

/** The bytes of an import's description after its kind (wasm binary format, "imports"). */
function skipImportDescription(r, kind) {
  const limits = () => {
    const flags = r.byte();
    r.u32();
    if (flags & 1) r.u32();
  };
  if (kind === 0) r.u32(); // a function: its type index
  else if (kind === 1) (r.byte(), limits()); // a table: its element type, limits
  else if (kind === 2) limits(); // a memory
  else if (kind === 3) (r.byte(), r.byte()); // a global: its type, mutability
  else if (kind === 4) (r.byte(), r.u32()); // a tag: attribute, type index
  else throw new Error(`wasm-names: an import of unknown kind ${kind}`);
}

/**
 * `wasm` (bytes) with short import, module and export names; returns `{bytes, modules,
 * imports, exports}`, each a Map from the old name to the new (`imports` keyed by
 * `module\u0000field`). Exports named in `keep` keep their names.
 */
export function shortNames(wasm, keep = ['memory']) {
  const bytes = Buffer.from(wasm);
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) throw new Error('wasm-names: not a WebAssembly module (version 1)');
  const modules = new Map();
  const imports = new Map();
  const exports = new Map();
  const parts = [bytes.subarray(0, 8)];
  for (let at = 8; at < bytes.length; ) {
    const r = reader(bytes, at + 1);
    const id = bytes[at];
    const size = r.u32();
    const start = r.at;
    const end = start + size;
    if (id === 2) {
      const count = r.u32();
      const out = [u32(count)];
      for (let i = 0; i < count; i++) {
        const module = r.name();
        const field = r.name();
        if (!modules.has(module)) modules.set(module, shortName(modules.size));
        const short = shortName(imports.size);
        imports.set(`${module}\u0000${field}`, short);
        const described = r.at;
        const kind = r.byte();
        skipImportDescription(r, kind);
        out.push(nameBytes(modules.get(module)), nameBytes(short), bytes.subarray(described, r.at));
      }
      parts.push(section(id, out));
    } else if (id === 7) {
      const count = r.u32();
      const out = [u32(count)];
      for (let i = 0; i < count; i++) {
        const name = r.name();
        const described = r.at;
        r.byte();
        r.u32();
        let short = name;
        if (!keep.includes(name)) {
          for (let n = exports.size; ; n++) if (!keep.includes((short = shortName(n)))) break;
          exports.set(name, short);
        }
        out.push(nameBytes(short), bytes.subarray(described, r.at));
      }
      parts.push(section(id, out));
    } else {
      parts.push(bytes.subarray(at, end));
    }
    if (r.at > end || ((id === 2 || id === 7) && r.at !== end)) throw new Error(`wasm-names: section ${id} does not end where its size says`);
    at = end;
  }
  return { bytes: Buffer.concat(parts), modules, imports, exports };
}

function section(id, contents) {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([id]), u32(body.length), body]);
}

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The glue `code` (wasm-bindgen's output, not yet minified) calling the wasm by the names
 * `names` (from `shortNames`): each import is a key of the imports object, found once; each
 * module a quoted key, found once; each export read as `wasm.NAME`, found at least once if
 * it is read at all.
 */
export function glueWithShortNames(code, { modules, imports, exports }) {
  for (const [module, short] of modules) code = replaceCount(code, new RegExp(`(?<=[\\s{,])${escaped(JSON.stringify(module))}(?=:)`), JSON.stringify(short), 1, `the glue's imports module ${module}`);
  for (const [key, short] of imports) {
    const field = key.split('\u0000')[1];
    code = replaceCount(code, new RegExp(`(?<=[\\s{,])${escaped(field)}(?=:)`), short, 1, `the glue's import ${field}`);
  }
  for (const [name, short] of exports) {
    const pattern = new RegExp(`(?<=\\bwasm\\.)${escaped(name)}\\b`, 'g');
    const count = code.match(pattern)?.length ?? 0;
    if (count > 0) code = replaceCount(code, pattern, short, count, `the glue's reads of the export ${name}`);
  }
  return code;
}
