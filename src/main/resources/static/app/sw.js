// Service worker of the portal (scope /app/): the daily report opens without a network. Only the report page and
// the portal's own assets are kept; every other page always comes from the server.
'use strict';
var CACHE = 'kinerja-laporan-v1';
var ASSETS = ['/app/aset/portal.css', '/app/aset/portal.js', '/app/aset/laporan.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (url.pathname === '/app/laporan' && request.mode === 'navigate') {
    // network first; a good answer (not the login page) is kept for the next time there is no network
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put('/app/laporan', copy); });
      }
      return response;
    }).catch(function () {
      return caches.match('/app/laporan').then(function (kept) { return kept || Response.error(); });
    }));
  } else if (ASSETS.indexOf(url.pathname) >= 0) {
    event.respondWith(fetch(request).then(function (response) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
      return response;
    }).catch(function () { return caches.match(url.pathname); }));
  }
});
