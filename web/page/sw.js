// Service worker of the newsmark page: after the first visit the page, its scripts, the engine
// (../newsmark.js, ../newsmark.wasm) and the examples come from the cache, so the page works
// offline. build.mjs fills in the file list and a version derived from the files' contents;
// a new build gets a new cache and the old one is deleted.
const VERSION = '/*VERSION*/dev';
const PRECACHE = /*PRECACHE*/[];
const CACHE = 'newsmark-page-' + VERSION;

self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map((p) => new Request(new URL(p, self.location).href, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    for (const k of await caches.keys()) if (k.startsWith('newsmark-page-') && k !== CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    if (req.mode === 'navigate') {
      const index = await cache.match(new URL('./', self.location).href);
      try { return await fetch(req); } catch (err) { if (index) return index; throw err; }
    }
    return fetch(req);
  })());
});
