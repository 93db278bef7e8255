// The names of the files the build names after their final bytes (the glue and the wasm):
// one home for the pattern that post-build, the one-file copy, the deploy headers and the
// service worker (assets/sw.js, checked by tests/browser/policy.test.mjs) all use.
export const PREFIX = 'bishkek-explainer-';
export const GLUE = new RegExp(`^${PREFIX}[0-9a-f]+\\.js$`);
export const WASM = new RegExp(`^${PREFIX}[0-9a-f]+_bg\\.wasm$`);
/** The `_headers` path pattern of every hashed file. */
export const HEADERS_PATH = `/${PREFIX}*`;
/** What the service worker tests a cached path with (its source, as assets/sw.js writes it). */
export const IN_SERVICE_WORKER = `/${PREFIX}[0-9a-f]+/`;
