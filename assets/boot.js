// Start-up script, inlined in <head> (its CSP hash is computed by the build), run before the
// first paint. Plain JavaScript, so it works even where the WebAssembly app cannot start:
// 1. the URL's `embed` and `theme` options become attributes on <html> that the stylesheet
//    reads (an embed shows one view; a theme overrides the system's), so prerendered embeds
//    read correctly without WebAssembly; in an embed, links that leave the view open a tab;
// 2. shows #app-notice when the interactive app cannot start (no WebAssembly, the .wasm
//    blocked or missing: the loader's `bishkek-explainer:failed` event; a script error before
//    start-up) or stops: the release build's panics are WebAssembly traps (`./run`'s
//    `-Cpanic=immediate-abort`), logged here once; a trap in the chart module marks
//    `<html data-charts="stopped">`, so that the notice says the charts are out too;
// 3. registers the service worker (offline copy; over http(s) only, not from file://) and
//    says, in #net-notice, when the page is offline and when a newer version is ready (the
//    worker names its build when it takes over; see assets/sw.js).
(function () {
  'use strict';
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  // The views of EmbedView (src/logic/embed.rs).
  var VIEWS = { explainer: 1, trade: 1, investment: 1, growth: 1, agreements: 1 };
  var embed = query.get('embed');
  if (VIEWS[embed] === 1) {
    root.setAttribute('data-embed', embed);
    if (query.get('title') === '0') root.setAttribute('data-notitle', '');
    // `only=chart` (or `chart,slider`) shows a chart panel's chart alone (src/logic/embed_choice.rs);
    // `frame=card` brings back the card the embed otherwise leaves to the host page.
    var ONLY = { chart: 'chart', 'chart,slider': 'chart slider', 'slider,chart': 'chart slider' };
    if (ONLY[query.get('only')]) root.setAttribute('data-only', ONLY[query.get('only')]);
    if (query.get('frame') === 'card') root.setAttribute('data-frame', 'card');
    // In a frame, a link that leaves the view (a source, a permalink) opens a new tab instead
    // of replacing the embed; links within the page stay in it.
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.target || event.defaultPrevented) return;
      var to = new URL(link.href, location.href);
      if (to.hash && to.origin === location.origin && to.pathname === location.pathname && to.search === location.search) return;
      link.target = '_blank';
      link.rel = 'noopener';
    });
  }
  var theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  function byId(id) {
    return document.getElementById(id);
  }
  function whenReady(f) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f);
    else f();
  }
  function fail() {
    var notice = byId('app-notice');
    if (notice && root.getAttribute('data-app') !== 'ready') notice.hidden = false;
  }
  // The module loader (Trunk's, as scripts/post-build.mjs rewrites it) catches a failed
  // start-up (the .wasm not fetched or not compiled) and says so with this event.
  addEventListener('bishkek-explainer:failed', function (event) {
    if (!trapped(event.detail)) whenReady(fail);
  });
  // A trap: the error's stack passes through the glue of the module that trapped (the chart
  // module's loader names its glue in `window.bishkekChartsGlue`; scripts/loaders.mjs).
  var stopped = false;
  function trapped(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return false;
    var charts = window.bishkekChartsGlue;
    if (charts && String(error.stack).indexOf(charts) !== -1) root.setAttribute('data-charts', 'stopped');
    if (!stopped) console.error('The explainer stopped: ' + error);
    stopped = true;
    whenReady(function () {
      byId('app-notice').hidden = false;
    });
    return true;
  }
  if (typeof WebAssembly !== 'object') whenReady(fail);
  else {
    addEventListener('error', function (event) {
      if (trapped(event.error)) event.preventDefault();
      else fail();
    });
    addEventListener('unhandledrejection', function (event) {
      if (trapped(event.reason)) event.preventDefault();
      else fail();
    });
  }

  // Offline and update notices: one quiet line; `state` is 'offline', 'update' or ''.
  var shown = '';
  function say(state) {
    shown = state;
    whenReady(function () {
      var notice = byId('net-notice');
      if (!notice) return;
      notice.hidden = state === '';
      notice.setAttribute('data-state', state);
      notice.querySelector('button').hidden = state !== 'update';
    });
  }
  addEventListener('offline', function () {
    if (shown !== 'update') say('offline');
  });
  addEventListener('online', function () {
    if (shown === 'offline') say('');
  });
  if (navigator.onLine === false) say('offline');
  // Printed, the page ends with its address (style.css shows it only in print): the explainer
  // itself, without the options of an embed.
  whenReady(function () {
    var address = byId('print-url');
    if (address) address.setAttribute('data-url', location.origin + location.pathname + (embed ? '' : location.search));
  });
  // Printed, each panel's notes and sources show: the closed "More" disclosures open for the
  // print and close again after it (style.css hides their summary and controls in print).
  var opened = [];
  addEventListener('beforeprint', function () {
    opened = [].slice.call(document.querySelectorAll('details.panel-more:not([open])'));
    opened.forEach(function (d) { d.open = true; });
  });
  addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  // Built without an absolute address (PUBLIC_URL), the page has no canonical link (it must be
  // absolute): one is added from the page's own web address, without its query.
  whenReady(function () {
    if (!/^https?:$/.test(location.protocol) || document.querySelector('link[rel="canonical"]')) return;
    var canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = location.origin + location.pathname;
    document.head.appendChild(canonical);
  });
  whenReady(function () {
    var button = byId('net-notice') && byId('net-notice').querySelector('button');
    if (button) button.addEventListener('click', function () { location.reload(); });
  });

  // A frame sandboxed without allow-same-origin may not even read navigator.serviceWorker
  // (SecurityError): no offline copy there, and nothing else is affected.
  var workers = null;
  try {
    workers = navigator.serviceWorker;
  } catch (e) {
    return;
  }
  if (!workers || !/^https?:$/.test(location.protocol)) return;
  // The worker names its build when it takes over; a page of another build is out of date.
  workers.onmessage = function (event) {
    var data = event.data;
    if (data && data.type === 'bishkek-explainer:build' && data.build !== root.getAttribute('data-build')) say('update');
  };
  // Registered once the app has started, so that its precaching does not compete with the
  // page's own downloads on a slow connection.
  function register() {
    workers.register('sw.js').catch(function () {});
  }
  addEventListener('load', function () {
    if (root.getAttribute('data-app') === 'ready') return register();
    var watch = new MutationObserver(function () {
      if (root.getAttribute('data-app') !== 'ready') return;
      watch.disconnect();
      register();
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-app'] });
  });
})();
