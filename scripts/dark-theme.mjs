// The forced dark theme, written by the build: each `@media (prefers-color-scheme: dark)`
// block of a stylesheet holds rules under `:root:not([data-theme=light])` (the system's dark,
// unless the page asks for light); this writes the same rules again, after the block, under
// `:root[data-theme=dark]` (a page that asks for dark, `?theme=dark`). So assets/style.css
// keeps one copy of every dark rule. Works on the minified inline stylesheet as well.

const MEDIA = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g;
const UNLESS_LIGHT = /:root:not\(\[data-theme=("?)light\1\]\)/g;

/** The stylesheet with each dark block followed by its forced copy; throws on a rule that is
 *  not scoped to `:root:not([data-theme=light])` (it would apply to every page). */
export function withForcedDark(css) {
  let out = '';
  let from = 0;
  for (const m of css.matchAll(MEDIA)) {
    const open = m.index + m[0].length;
    let depth = 1;
    let end = open;
    for (; depth > 0; end++) {
      if (end >= css.length) throw new Error('dark-theme: unclosed @media block');
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    const body = css.slice(open, end - 1);
    for (const [, selectors] of body.matchAll(/([^{}]+)\{[^{}]*\}/g)) {
      for (const selector of selectors.split(',')) {
        if (!new RegExp(`^\\s*${UNLESS_LIGHT.source}`).test(selector)) {
          throw new Error(`dark-theme: a dark rule not scoped to :root:not([data-theme=light]): ${selector.trim()}`);
        }
      }
    }
    out += css.slice(from, end) + body.replace(UNLESS_LIGHT, ':root[data-theme=$1dark$1]');
    from = end;
  }
  return out + css.slice(from);
}
