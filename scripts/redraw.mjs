// Shared by the benchmarks: the time from a slider `input` event to the end of the
// re-render (the moment the sentence that the slider drives has changed), over `n` inputs,
// one per animation frame; and the same to the page laid out again (layout forced right
// after, as the next frame would do it: the text the input changed, on both pages). Runs in
// the page; returns milliseconds per input, `{ script, laidOut }`.
export function measureRedraws(page, { slider, sentence, n }) {
  return page.evaluate(async ({ slider, sentence, n }) => {
    const input = document.querySelector(slider);
    const text = document.querySelector(sentence);
    input.scrollIntoView({ block: 'center' });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const script = [];
    const laidOut = [];
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
      script.push(performance.now() - t0);
      document.body.getBoundingClientRect();
      laidOut.push(performance.now() - t0);
    }
    return { script, laidOut };
  }, { slider, sentence, n });
}

/** The q-quantile of a list of numbers (nearest rank). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
