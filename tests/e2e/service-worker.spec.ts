import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { dist, root } from '../support/dist';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { fileForPath } from '../../src/shared/links';

// The service worker on localhost (a secure context, like HTTPS): saving a module for offline
// reading, the offline fallback page, and the update prompt after a new build. Each test runs
// its own server, because going offline and swapping builds must not disturb the other tests.
test.describe.configure({ mode: 'serial' });

const servers: Server[] = [];
const temp: string[] = [];
async function serve(rootDir: string, port = 0): Promise<{ base: string; server: Server }> {
  const server = (await startStaticServer({ root: rootDir, port })) as Server;
  servers.push(server);
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
test.afterAll(async () => {
  await Promise.all(servers.map((s) => (s.listening ? close(s) : undefined)));
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Runs `astro build` into a fresh temporary folder; returns its dist/. */
function buildInto(env: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-build-'));
  temp.push(dir);
  const out = path.join(dir, 'dist');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/.bin/astro'), 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

const generatorVersion = (html: string) => html.match(/<meta name="generator" content="budaya-kerja-asn ([^"]+)"/)?.[1];

test('a saved module opens with no network: its lesson, deck and quiz; an unsaved one shows the friendly offline page', async ({ page, context }) => {
  const { base } = await serve(dist);
  await page.goto(`${base}/modul/grand-design/`);
  const box = page.getByRole('region', { name: 'Baca offline di ponsel' });
  await expect(box).toContainText(/Ukuran unduhan sekitar \d+ KB/);
  await box.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' }).click();
  await expect(box.getByRole('status')).toHaveText('Modul ini tersimpan dan bisa dibuka tanpa internet.');
  // The lesson names its deck and quiz; each page that the build produced must open offline.
  const saved = ((await box.getAttribute('data-bk-save-pages')) ?? '').split(' ').filter((u) => existsSync(path.join(dist, fileForPath(u))));
  expect(saved).toContain('/modul/grand-design/');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grand Design');
  await expect(box.getByRole('button', { name: 'Hapus simpanan modul ini' })).toBeVisible();
  for (const url of saved) {
    const response = await page.goto(`${base}${url}`);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Anda sedang offline' }), url).toHaveCount(0);
  }

  await page.goto(`${base}/modul/pola-pikir/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anda sedang offline' })).toBeVisible();
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: /Grand Design/ }) });
  await expect(list.getByRole('link', { name: /Grand Design/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Pola Pikir/ })).toBeHidden();
  await context.setOffline(false);
});

test('a module is not stored until the learner asks: offline, a lesson only visited before shows the offline page', async ({ page, context }) => {
  const { base } = await serve(dist);
  await page.goto(`${base}/modul/sop-ap/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Anda sedang offline' })).toBeVisible();
  await expect(page.getByText('Belum ada modul yang disimpan.', { exact: false })).toBeVisible();
  await context.setOffline(false);
});

test('after a new build, an open lesson offers "Versi baru tersedia", and reloading shows the new version, not a stale page', async ({ page }) => {
  test.setTimeout(240_000);
  const oldVersion = generatorVersion(readFileSync(path.join(dist, 'modul/grand-design/index.html'), 'utf8'))!;
  const next = buildInto({ BK_VERSION: `${oldVersion}-baru` });
  const first = await serve(dist);
  const port = (first.server.address() as AddressInfo).port;
  await page.goto(`${first.base}/modul/grand-design/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(page.getByText('Versi baru tersedia.')).toHaveCount(0);

  // Deploy the new build at the same address.
  await close(first.server);
  await serve(next, port);
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: 'Versi baru tersedia.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await prompt.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(page.getByText('Versi baru tersedia.')).toHaveCount(0);
  await expect(page.locator('meta[name="generator"]')).toHaveAttribute('content', `budaya-kerja-asn ${oldVersion}-baru`);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  expect(scripts.every((s) => s.includes(`v=${oldVersion}-baru`)), scripts.join(', ')).toBe(true);
});

test('two builds of the same commit give a byte-identical offline zip', async () => {
  test.setTimeout(240_000);
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const again = buildInto();
  expect(sha(path.join(again, 'unduh/budaya-kerja-offline.zip'))).toBe(sha(path.join(dist, 'unduh/budaya-kerja-offline.zip')));
});

test('the site is installable: every page links a manifest whose 192 and 512 px icons are PNGs of that size', async ({ page }) => {
  const { base } = await serve(dist);
  await page.goto(`${base}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(`${base}${href}`)).json()) as { start_url: string; display: string; lang: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', lang: 'id' });
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`)!;
    const png = await (await page.request.get(`${base}${icon.src}`)).body();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
  }
});
