// Service worker: keeps a copy of this build for offline reading. Plain JavaScript.
// The build (scripts/worker.mjs) fills in BUILD, a hash of every file of the bundle (also in
// index.html's `data-build`), and FILES, their names; the cache is named for the build, so a
// new build gets a new cache and the old ones are deleted when it takes over: never a mix of
// versions. Once in charge, it tells open pages its build, and a page of another build says
// that a newer version is ready.
// - install: precache every file (registered once the app has started), then take over at
//   once (skipWaiting);
// - activate: delete caches of other builds, control open pages;
// - the page (navigations): network first, so a reload gets a new build as soon as there is
//   one; offline, the cached page (whatever its query: embed views are the same page);
// - other same-origin GETs: the cache first (the names carry content hashes), else network.
const BUILD = '__BUILD__';
const FILES = ['__FILES__'];
const PREFIX = 'bishkek-explainer-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Hashed names may come from the HTTP cache (their bytes never change); the others are
      // revalidated, so that a stale page never lands in a new build's cache.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: /bishkek-explainer-[0-9a-f]+/.test(f) ? 'default' : 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((pages) => pages.forEach((page) => page.postMessage({ type: 'bishkek-explainer:build', build: BUILD }))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match('./', { ignoreSearch: true })).then((r) => r || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request))
      .then((hit) => hit || fetch(request)),
  );
});
