// The service worker: offline use. Network first (so a new deployment and new rules arrive as
// soon as the network does), falling back to the cached copy after a short wait or when offline.
// Every good response refreshes the cache; caches of other versions are deleted.
const CACHE = 'jamsostek-v11';
// Fetched in the background once the page has loaded, so that every view works offline after
// one visit: the opening views' files and the planning and many-areas views' (which the page
// itself loads only when those views are opened).
const SHELL = ['./', 'index.html', 'style.css', 'app.js', 'ui.js', 'i18n.js', 'views/cost.js', 'views/mine.js', 'embed.js',
  'pkg/jamsostek_core.js', 'pkg/jamsostek_core_bg.wasm', 'manifest.webmanifest', 'icon.svg',
  'views/plan.js', 'views/plan-strings.js', 'views/plan-state.js', 'views/plan-form.js', 'views/plan-results.js',
  'views/plan-share.js', 'views/region-picker.js', 'views/region-list.js', 'views/national.js', 'views/plan-solve.js', 'views/plan-compare.js', 'views/plan-panel-strings.js', 'pkg/jamsostek_plan.js', 'pkg/jamsostek_plan_bg.wasm',
  'pkg/jamsostek_charts.js', 'pkg/jamsostek_charts_bg.wasm',
  'pkg/jamsostek_plan_tools.js', 'pkg/jamsostek_plan_tools_bg.wasm',
  'views/batch.js', 'views/batch-strings.js', 'views/batch-template.js', 'batch-worker.js', 'pack-reader.js', 'pkg/jamsostek_batch.js', 'pkg/jamsostek_batch_bg.wasm',
  'pkg/jamsostek.js', 'pkg/jamsostek_bg.wasm', 'contoh-kelompok.csv'];
const WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch { /* offline: use the cache */ }
  const cached = await cache.match(request, { ignoreSearch: true });
  return cached ?? network;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(networkFirst(event.request));
});
