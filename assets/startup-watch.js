// Shows the page's notice when the interactive app cannot start (no WebAssembly, the .wasm
// blocked or missing, a script error before start-up). The prerendered article, charts and
// tables stay readable either way. A plain external script: no inline code, CSP-friendly.
(function () {
  'use strict';
  var notice = document.getElementById('app-notice');
  function fail() {
    if (notice && document.documentElement.getAttribute('data-app') !== 'ready') {
      notice.hidden = false;
    }
  }
  if (typeof WebAssembly !== 'object') {
    fail();
    return;
  }
  window.addEventListener('error', fail);
  window.addEventListener('unhandledrejection', fail);
})();
