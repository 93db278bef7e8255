// Bishkek talks explainer: the script for a page that embeds it. Plain JavaScript, no inline
// code, so it works under a strict Content-Security-Policy. Add it once per page, after or
// before the iframes (`<iframe … data-bishkek-embed>`, as the Embed panel writes them).
// - Sizes each iframe to its content: it accepts `{type: "bishkek-explainer:resize", height}`
//   only from that iframe's own window (event.source) and its origin (the iframe's src; "null"
//   for a frame sandboxed without allow-same-origin), only
//   a finite number, clamped to 80–20000 px (above 100000 it is ignored); anything else is
//   ignored silently.
// - Re-dispatches the embed's events (`{type: "bishkek-explainer:event", event, …}`) as a DOM
//   event `bishkek-explainer:event` on the iframe (bubbling; the message is `event.detail`).
// - Asks each embed for its height (an empty `set` message, which an embed answers with a
//   resize) when it starts and whenever an iframe loads, so that a height posted before this
//   script ran is not lost.
// - `BishkekExplainer.set(iframe, {theme, highlight})` sends a `set` message to an embed.
(function () {
  'use strict';
  var NAME = 'bishkek-explainer';
  function frames() {
    return document.querySelectorAll('iframe[data-bishkek-embed]');
  }
  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }
  // A frame sandboxed without allow-same-origin (many CMSs frame third-party content with
  // `sandbox="allow-scripts"` only) has an opaque origin: its messages come from "null", and
  // messages to it can only be addressed to any origin ("*").
  function opaque(frame) {
    return frame.hasAttribute('sandbox') && !(frame.sandbox && frame.sandbox.contains('allow-same-origin'));
  }
  function senderOf(frame) {
    return opaque(frame) ? 'null' : originOf(frame);
  }
  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (source && list[i].contentWindow === source) return list[i];
    return null;
  }
  function set(frame, options) {
    var origin = originOf(frame);
    if (!origin || !frame.contentWindow) return;
    var message = { type: NAME + ':set' };
    if (options && typeof options.theme === 'string') message.theme = options.theme;
    if (options && typeof options.highlight === 'string') message.highlight = options.highlight;
    frame.contentWindow.postMessage(message, opaque(frame) ? '*' : origin);
  }
  // Whether the iframe holds its page yet (not the first, empty document of the parent's origin).
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch (e) {
      return true;
    }
  }
  function start() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.getAttribute('data-bishkek-started') !== null) continue;
      frame.setAttribute('data-bishkek-started', '');
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.display = 'block';
      frame.addEventListener('load', function (event) { set(event.target); });
      if (loaded(frame)) set(frame);
    }
  }
  addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || event.origin !== senderOf(frame) || !data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === NAME + ':resize') {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > 100000) return;
      frame.style.height = Math.round(Math.min(20000, Math.max(80, height))) + 'px';
      frame.setAttribute('scrolling', 'no');
    } else if (data.type === NAME + ':event' && typeof data.event === 'string') {
      frame.dispatchEvent(new CustomEvent(NAME + ':event', { detail: data, bubbles: true }));
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  // `start` again picks up iframes added later.
  window.BishkekExplainer = { set: set, start: start };
})();
