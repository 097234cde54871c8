import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../support/fixtures';
import { dist } from '../support/dist';
import { startStaticServer } from '../../src/cli/static-server.mjs';

// A phone that goes without signal: "Simpan semua modul" on the home page, and the progress page,
// which the header offers everywhere, once the service worker's app shell is installed. Each test
// runs its own server (port 0), because going offline must not disturb the other tests.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 360, height: 740 } });

const servers: Server[] = [];
async function serve(): Promise<string> {
  const server = (await startStaticServer({ root: dist, port: 0 })) as Server;
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

const lessons = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];

test('“Simpan semua modul” states the total size first, saves every module, and each opens offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  const base = await serve();
  await page.goto(`${base}/`);
  const region = page.getByRole('region', { name: 'Baca tanpa internet' });
  const intro = region.locator('p').first();
  await expect(intro).toHaveText(/^Ukuran unduhan sekitar [\d,]+ (KB|MB) untuk 6 modul/);
  const button = region.getByRole('button', { name: 'Simpan semua modul' });
  // The size comes before the button that spends it.
  expect(await intro.evaluate((p, b) => Boolean(p.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), await button.elementHandle())).toBe(true);
  await expect(region.getByRole('status')).toHaveText('0 dari 6 modul sudah tersimpan di perangkat ini.');
  await button.click();
  await expect(region.getByRole('status')).toHaveText('Semua modul tersimpan dan bisa dibuka tanpa internet.', { timeout: 60_000 });
  await expect(button).toBeHidden();

  await context.setOffline(true);
  for (const id of lessons) {
    await page.goto(`${base}/modul/${id}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Anda sedang offline' }), id).toHaveCount(0);
    // The lesson page agrees that its module is saved.
    await expect(page.getByRole('button', { name: 'Hapus simpanan modul ini' }), id).toBeVisible();
  }
  await context.setOffline(false);
});

test('the progress page opens offline once the app shell is installed, with this device’s progress', async ({ page, context }) => {
  const base = await serve();
  await page.goto(`${base}/modul/grand-design/`);
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await page.goto(`${base}/kemajuan/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kemajuan Belajar');
  await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Sudah dibaca');
  await context.setOffline(false);
});
