// DBI Kit service worker: the whole kit offline after one visit, on the kit's own origin.
//
// The build (wasm/assemble_site.cmake) fills in RELEASE (a hash over every precached file) and
// PRECACHE (the files, with content-hashed names for code). One release = one cache,
// "dbi-kit-<RELEASE>", filled completely at install; pages are answered from the cache of the
// worker that controls them, so an open tab never mixes old wasm with new index data. A new
// release waits until the page asks it to take over (the page offers "reload to update"), then
// deletes the older caches. The outbox (IndexedDB) is not a cache and survives every update.
'use strict';
var RELEASE = '@RELEASE@';
var PRECACHE = JSON.parse('@PRECACHE@');
var OUTBOX_SCRIPT = '@OUTBOX@';
var CACHE = 'dbi-kit-' + RELEASE;
var SUBMIT = new URL('api/v1/submissions', self.registration.scope).href;

importScripts(OUTBOX_SCRIPT);

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // cache: 'reload' — straight from the network, never an older copy from the HTTP cache.
    return Promise.all(PRECACHE.map(function (path) {
      var url = new URL(path, self.registration.scope).href;
      return fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' })).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return cache.put(url, r);
      });
    }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('dbi-kit-') === 0 && k !== CACHE; })
                           .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data === 'take-over') self.skipWaiting();
  if (event.data === 'flush') event.waitUntil(DbiOutbox.flush(SUBMIT));
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;  // submissions go to the network as they are
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  var scope = new URL(self.registration.scope);
  var path = url.pathname.slice(scope.pathname.length);
  if (path.indexOf('api/') === 0) return;  // live data is never cached
  // The app's own address (with or without index.html) is the cached page; its query and
  // hash (language, embed options, routes) are read by the page itself.
  var key = req.mode === 'navigate' && (path === '' || path === 'index.html')
    ? new URL('index.html', scope).href : url.origin + url.pathname;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key).then(function (hit) {
      return hit || fetch(req);
    });
  }));
});

// Background Sync: the browser wakes the worker when the network is back, even with every tab
// of the kit closed.
self.addEventListener('sync', function (event) {
  if (event.tag === 'dbi-outbox') event.waitUntil(DbiOutbox.flush(SUBMIT).then(function (c) {
    if (c.waiting > 0) throw new Error('retry later');  // the browser schedules another sync
  }));
});
