// Shows the page's notice when the interactive app cannot start (no WebAssembly, the .wasm
// blocked or missing, a script error before start-up). The prerendered article, charts and
// tables stay readable either way. A plain external script: no inline code, CSP-friendly.
// It looks the notice up when needed, so it also works inlined at the top of a page.
(function () {
  'use strict';
  function fail() {
    var notice = document.getElementById('app-notice');
    if (notice && document.documentElement.getAttribute('data-app') !== 'ready') {
      notice.hidden = false;
    }
  }
  if (typeof WebAssembly !== 'object') {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fail);
    } else {
      fail();
    }
    return;
  }
  window.addEventListener('error', fail);
  window.addEventListener('unhandledrejection', fail);
})();
