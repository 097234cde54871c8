/**
 * Measures what a first visit to a page costs, in a real Chromium through the DevTools protocol:
 * every request with its type, its body as sent (gzip as served), its decoded bytes, and its
 * response headers apart. Used by the byte-budget tests and by `npm run bench`, so both count the
 * same way. Budgets are in "KB gz", the compressed files: the response headers are counted on
 * their own, because their size is the protocol's (HTTP/1.1 here sends them raw on every response;
 * the HTTP/2 and HTTP/3 hosts phones mostly reach compress repeated headers to a few bytes) and the
 * security headers every response must carry (src/build/hosting-rules.ts) are not page weight.
 *
 * The browser asks for gzip only (by default): every host config serves the build's `.gz` files,
 * while brotli needs a module on nginx and is not what a plain-HTTP LAN host sends, so budgets hold
 * for the host that sends the most bytes. Pass `acceptEncoding` to measure another host.
 */

/** Slow 3G as the brief defines it: 400 ms round trip, 400 kbit/s each way. */
export const slow3g = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

/** Sorts a CDP resource type into the kinds the reports use. */
function kindOf(type, url) {
  if (type === 'Document') return 'html';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Script') return 'js';
  if (type === 'Image') return 'image';
  if (type === 'Font') return 'font';
  if (/\.wasm|\.pagefind|\.pf_/.test(url)) return 'search';
  return 'other';
}

/**
 * Records the page's Largest Contentful Paint as the browser reports it (the last candidate
 * before any input counts, https://w3c.github.io/largest-contentful-paint/), from the start of
 * navigation. Runs before any script of the page.
 */
const lcpObserver = () => {
  window.__bkLcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bkLcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

/**
 * Loads `url` in a fresh page of `context` and returns the requests it made until the network
 * went quiet, the load time and the Largest Contentful Paint. `action(page)` may do more after
 * load (open search, type a query) to measure that too.
 */
export async function measure(context, url, { throttle, action, acceptEncoding = 'gzip' } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', throttle);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, type: 'other', encoded: 0, headers: 0, decoded: 0, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    // At this point the bytes received are the status line and headers.
    if (r) Object.assign(r, { type: kindOf(e.type, e.response.url), headers: e.response.encodedDataLength });
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { encoded: Math.max(0, e.encodedDataLength - r.headers), done: true });
  });
  await page.addInitScript(lcpObserver);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  // LCP is final once the page has loaded and gone quiet, before any action (input ends it).
  const lcpMs = await page.evaluate(() => window.__bkLcp ?? 0);
  if (action) {
    await action(page);
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  const list = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
  const byKind = {};
  for (const r of list) {
    byKind[r.type] ??= { encoded: 0, decoded: 0, count: 0 };
    byKind[r.type].encoded += r.encoded;
    byKind[r.type].decoded += r.decoded;
    byKind[r.type].count += 1;
  }
  return {
    requests: list,
    count: list.length,
    encoded: list.reduce((s, r) => s + r.encoded, 0),
    headers: list.reduce((s, r) => s + r.headers, 0),
    decoded: list.reduce((s, r) => s + r.decoded, 0),
    byKind,
    loadMs,
    lcpMs,
  };
}
