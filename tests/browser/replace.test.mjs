// The build's replacements (scripts/replace.mjs): each asserts how many times it matched, so
// that a change in what Trunk writes stops the build. No browser needed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replaceCount, replaceOnce } from '../../scripts/replace.mjs';

describe('replaceOnce', () => {
  it('replaces the one match of a string or a RegExp', () => {
    assert.equal(replaceOnce('a <b> c', '<b>', '<i>', 'the b tag'), 'a <i> c');
    assert.equal(replaceOnce('a <b> c', /<(b)>/, (_, name) => `<${name}${name}>`, 'the b tag'), 'a <bb> c');
  });

  it('inserts a string replacement literally, without $ patterns', () => {
    assert.equal(replaceOnce('x = 1', '1', "'$&$1$$'", 'the value'), "x = '$&$1$$'");
    assert.equal(replaceOnce('x = 1', /\d/, '$&$&', 'the digit'), 'x = $&$&');
  });

  it('throws, naming what it looked for, when nothing matches', () => {
    assert.throws(() => replaceOnce('<p>text</p>', '<b>', '', 'the b tag'), {
      message: 'could not replace the b tag: expected exactly 1 match of "<b>", found 0',
    });
    assert.throws(() => replaceOnce('<p>text</p>', /<link[^>]*rel="?preload"?[^>]*>/, '', 'the wasm preload'), {
      message: 'could not replace the wasm preload: expected exactly 1 match of /<link[^>]*rel="?preload"?[^>]*>/, found 0',
    });
  });

  it('throws when a pattern matches twice, also a RegExp written without the g flag', () => {
    assert.throws(() => replaceOnce('<b></b><b></b>', '<b>', '', 'the b tag'), {
      message: 'could not replace the b tag: expected exactly 1 match of "<b>", found 2',
    });
    assert.throws(() => replaceOnce('<b></b><b></b>', /<b>/, '', 'the b tag'), {
      message: 'could not replace the b tag: expected exactly 1 match of /<b>/, found 2',
    });
  });

  it('cuts a long pattern in its message', () => {
    const long = 'x'.repeat(200);
    assert.throws(() => replaceOnce('', long, '', 'a long name'), {
      message: `could not replace a long name: expected exactly 1 match of "${'x'.repeat(116)}..., found 0`,
    });
  });

  it('refuses an empty pattern and a missing description', () => {
    assert.throws(() => replaceOnce('abc', '', 'x', 'nothing'), {
      message: 'replaceCount: the pattern for nothing must be a RegExp or a non-empty string',
    });
    assert.throws(() => replaceOnce('abc', 'b', 'x'), { message: 'replaceCount: say what is looked for' });
  });
});

describe('replaceCount', () => {
  it('replaces every match when there are exactly as many as expected', () => {
    assert.equal(replaceCount('h1 h1 h2', 'h1', 'H', 2, 'the old hash'), 'H H h2');
    assert.equal(replaceCount('<s>a</s><s>b</s>', /<s>(\w)<\/s>/g, (_, c) => c.toUpperCase(), 2, 'the styles'), 'AB');
  });

  it('throws when there are fewer or more', () => {
    assert.throws(() => replaceCount('h1 h2', 'h1', 'H', 2, 'the old hash'), {
      message: 'could not replace the old hash: expected exactly 2 matches of "h1", found 1',
    });
    assert.throws(() => replaceCount('h1 h1 h1', /h1/g, 'H', 2, 'the old hash'), {
      message: 'could not replace the old hash: expected exactly 2 matches of /h1/g, found 3',
    });
  });

  it('refuses a count that is not a whole number above 0', () => {
    assert.throws(() => replaceCount('a', 'a', 'b', 0, 'a'), { message: 'replaceCount: count must be a whole number above 0, not 0' });
    assert.throws(() => replaceCount('a', 'a', 'b', 1.5, 'a'), { message: 'replaceCount: count must be a whole number above 0, not 1.5' });
  });
});
