import { test, expect } from '../support/fixtures';

// Nothing on a page moves once it has been painted: boxes that need JavaScript or a service worker
// take their place at first paint (src/components/HeadCommon.astro sets `js` and `sw` before it),
// and lines filled from device storage keep their height. Scripts arrive late on a slow phone
// connection, so the network is slowed here until the first paint comes well before them; what is
// measured is the browser's own layout-shift score, not a time. Two phones: 360 px, and the
// 412 × 823 that Lighthouse emulates (a page short enough to show its footer there shifts it).
for (const viewport of [{ width: 360, height: 740 }, { width: 412, height: 823 }]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    for (const url of ['/', '/modul/grand-design/', '/modul/pelayanan-integritas/', '/kuis/grand-design/', '/cari/', '/kemajuan/', '/rekap/']) {
      test(`${url} does not shift its layout when its scripts fill it in on a slow connection`, async ({ page, context }) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
        await page.addInitScript(() => {
          const w = window as unknown as { bkShifts: string[] };
          w.bkShifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
              if (!e.hadRecentInput) w.bkShifts.push(`${e.value.toFixed(3)} ${e.sources.map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url);
        // The page's script has run: it marks the page ready or fills what it owns.
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { bkShifts: string[] }).bkShifts);
        expect(shifts).toEqual([]);
      });
    }
  });
}
