// Replacements that cannot fail silently. The build rewrites what Trunk wrote (index.html, the
// glue, the service worker); if an update of Trunk or wasm-bindgen changes what is there, a
// replacement that finds nothing, or more than it should, must stop the build instead of
// shipping a page without its fix. Every build script replaces through these two functions.
//
// `pattern` is a string (matched literally) or a RegExp (the `g` flag is implied: every match
// is counted); `replacement` is a string, inserted literally (no `$&` or `$1` patterns), or a
// function called as String.prototype.replace calls it. `what` names what was looked for, in
// words, for the error.

/** How a pattern reads in an error: a RegExp as written, a string quoted, long ones cut. */
function shown(pattern) {
  const text = pattern instanceof RegExp ? String(pattern) : JSON.stringify(pattern);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * Replaces every match of `pattern` in `text`, asserting that there are exactly `count`;
 * returns the new text. Throws `could not replace WHAT: expected N matches of PATTERN, found M`.
 */
export function replaceCount(text, pattern, replacement, count, what) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`replaceCount: count must be a whole number above 0, not ${count}`);
  if (typeof what !== 'string' || what === '') throw new Error('replaceCount: say what is looked for');
  let found = 0;
  const each = (...args) => {
    found++;
    return typeof replacement === 'function' ? replacement(...args) : replacement;
  };
  let next;
  if (pattern instanceof RegExp) {
    const global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
    next = text.replace(global, each);
  } else if (typeof pattern === 'string' && pattern !== '') {
    next = text.replaceAll(pattern, each);
  } else {
    throw new Error(`replaceCount: the pattern for ${what} must be a RegExp or a non-empty string`);
  }
  if (found !== count) {
    const expected = count === 1 ? 'exactly 1 match' : `exactly ${count} matches`;
    throw new Error(`could not replace ${what}: expected ${expected} of ${shown(pattern)}, found ${found}`);
  }
  return next;
}

/** Replaces the one match of `pattern` in `text`; throws unless there is exactly one. */
export function replaceOnce(text, pattern, replacement, what) {
  return replaceCount(text, pattern, replacement, 1, what);
}
