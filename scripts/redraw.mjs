// Shared by the benchmarks: the time from a slider `input` event to the end of the
// re-render (the moment the sentence that the slider drives has changed), over `n` inputs,
// one per animation frame. Runs in the page; returns milliseconds per input.
export function measureRedraws(page, { slider, sentence, n }) {
  return page.evaluate(async ({ slider, sentence, n }) => {
    const input = document.querySelector(slider);
    const text = document.querySelector(sentence);
    input.scrollIntoView({ block: 'center' });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (let i = 0; i < n; i++) {
      await frame();
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => { mo.disconnect(); resolve(); });
        mo.observe(text, { childList: true, characterData: true, subtree: true });
      });
      // Alternate between rates that give different sentences.
      input.value = String(i % 2 === 0 ? 5 + (i % 20) : 25 - (i % 20));
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      out.push(performance.now() - t0);
    }
    return out;
  }, { slider, sentence, n });
}

/** The q-quantile of a list of numbers (nearest rank). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
