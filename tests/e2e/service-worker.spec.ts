import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { dist, filesBelow, root } from '../support/dist';
import { appendToClientScript, buildCopy, projectNode, TestSite } from '../support/test-site';
import { fileForPath } from '../../src/shared/links';
import { findChromium } from '../../src/cli/find-chromium.mjs';

// The service worker on localhost (a secure context, like HTTPS): saving a module for offline
// reading, the offline fallback page, updates, interrupted saves and server errors. Each test runs
// its own site (one origin, so one service worker and one set of caches), because going offline
// and swapping builds must not disturb the other tests.
test.describe.configure({ mode: 'serial' });

const sites: TestSite[] = [];
const temp: string[] = [];
async function site(dir: string): Promise<TestSite> {
  const s = await TestSite.start(dir);
  sites.push(s);
  return s;
}
test.afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Runs `astro build` into a fresh temporary folder; returns its dist/. */
function buildInto(env: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-build-'));
  temp.push(dir);
  const out = path.join(dir, 'dist');
  const result = spawnSync(projectNode, [path.join(root, 'node_modules/.bin/astro'), 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

const generatorVersion = (html: string) => html.match(/<meta name="generator" content="budaya-kerja-asn ([^"]+)"/)?.[1];
/** The script URLs a page of a build loads, as its HTML names them. */
const scriptsOf = (build: string, url: string) => [...readFileSync(path.join(build, fileForPath(url)), 'utf8').matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
const loadedScripts = (page: Page) => page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')).filter((s): s is string => Boolean(s)));

const saveButton = (page: Page) => page.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' });
const saveStatus = (page: Page) => page.getByRole('region', { name: 'Baca offline di ponsel' }).getByRole('status');
const offlineHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Anda sedang offline' });
const saved = 'Modul ini tersimpan dan bisa dibuka tanpa internet.';

async function saveModule(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText(saved);
}

test('a saved module opens with no network: its lesson, deck and quiz; an unsaved one shows the friendly offline page', async ({ page, context }) => {
  const { base } = await site(dist);
  await page.goto(`${base}/modul/grand-design/`);
  const box = page.getByRole('region', { name: 'Baca offline di ponsel' });
  await expect(box).toContainText(/Ukuran unduhan sekitar \d+ KB/);
  await box.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' }).click();
  await expect(box.getByRole('status')).toHaveText(saved);
  // The lesson names its deck and quiz; each page that the build produced must open offline.
  const pages = ((await box.getAttribute('data-bk-save-pages')) ?? '').split(' ').filter((u) => existsSync(path.join(dist, fileForPath(u))));
  expect(pages).toContain('/modul/grand-design/');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Grand Design');
  await expect(box.getByRole('button', { name: 'Hapus simpanan modul ini' })).toBeVisible();
  for (const url of pages) {
    const response = await page.goto(`${base}${url}`);
    expect(response?.status(), url).toBe(200);
    await expect(offlineHeading(page), url).toHaveCount(0);
  }

  await page.goto(`${base}/modul/pola-pikir/`);
  await expect(offlineHeading(page)).toBeVisible();
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: /Grand Design/ }) });
  await expect(list.getByRole('link', { name: /Grand Design/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Pola Pikir/ })).toBeHidden();
  await context.setOffline(false);
});

test('offline, home and search lead to the offline page, which lists the saved modules and searches only their text', async ({ page, context }) => {
  const { base } = await site(dist);
  await saveModule(page, `${base}/modul/pelayanan-integritas/`);
  await context.setOffline(true);
  // Home is not part of a save (it grows with the course): the offline page stands in for it.
  await page.goto(`${base}/`);
  await expect(offlineHeading(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pelayanan Publik, Integritas, dan Disiplin ASN' })).toBeVisible();
  // The header's search box leads to /cari/?q=…, answered from the saved module's own index.
  await page.goto(`${base}/cari/?q=${encodeURIComponent('netralitas ASN')}`);
  await expect(offlineHeading(page)).toBeVisible();
  const search = page.getByRole('search', { name: 'Cari di modul yang tersimpan' });
  await expect(search.getByRole('searchbox')).toHaveValue('netralitas ASN');
  await expect(page.getByRole('status').filter({ hasText: 'halaman cocok' })).toHaveText('1 halaman cocok dengan “netralitas ASN”.');
  const section = page.locator('.bk-results').getByRole('link', { name: 'Netralitas ASN' });
  await section.click();
  await expect(page).toHaveURL(`${base}/modul/pelayanan-integritas/#netralitas-asn`);
  await expect(page.getByRole('heading', { name: 'Netralitas ASN' })).toBeVisible();
  // A word only an unsaved module has finds nothing offline.
  await page.goto(`${base}/cari/?q=${encodeURIComponent('PDCA')}`);
  await expect(page.getByRole('status').filter({ hasText: 'PDCA' })).toContainText('Tidak ada halaman yang cocok');
  await context.setOffline(false);
});

test('a module is not stored until the learner asks: offline, a lesson only visited before shows the offline page', async ({ page, context }) => {
  const { base } = await site(dist);
  await page.goto(`${base}/modul/sop-ap/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await expect(offlineHeading(page)).toBeVisible();
  await expect(page.getByText('Belum ada modul yang disimpan.', { exact: false })).toBeVisible();
  await context.setOffline(false);
});

// A release whose scripts changed: once with the build's version number left as it was (a rebuild
// of the same commit with local changes), once with a new one. The marker line proves which
// scripts ran; its absence means old or missing JavaScript.
const newScripts = "document.documentElement.dataset.bkRilis = 'baru';";
const releases = new Map<string, string>();
/** A build with changed lesson, quiz and deck scripts and this version number (built once per version). */
function release(version: string): string {
  if (!releases.has(version)) {
    const built = buildCopy({ env: { BK_VERSION: version }, edit: (dir) => ['lesson', 'quiz', 'deck'].forEach((name) => appendToClientScript(dir, name, newScripts)) });
    temp.push(path.dirname(built.dist));
    releases.set(version, built.dist);
  }
  return releases.get(version)!;
}
const oldVersion = () => generatorVersion(readFileSync(path.join(dist, 'modul/grand-design/index.html'), 'utf8'))!;
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'Versi baru tersedia.' });
for (const variant of [
  { name: 'the same version number', version: (v: string) => v },
  { name: 'a new version number', version: (v: string) => `${v}-baru` },
]) {
  test(`after an update with changed scripts and ${variant.name}, a saved module opened online once runs only the new scripts offline, and "Muat ulang" shows the new version whole`, async ({ page, context }) => {
    test.setTimeout(300_000);
    const next = release(variant.version(oldVersion()));
    const s = await site(dist);
    await saveModule(page, `${s.base}/modul/grand-design/`);

    await s.deploy(next);
    await page.goto(`${s.base}/modul/grand-design/`);
    // The new worker announces itself only after refreshing the saved module.
    const prompt = updatePrompt(page);
    await expect(prompt).toBeVisible({ timeout: 60_000 });

    await context.setOffline(true);
    for (const url of ['/modul/grand-design/', '/presentasi/grand-design/', '/kuis/grand-design/']) {
      await page.goto(`${s.base}${url}`);
      await expect(offlineHeading(page), url).toHaveCount(0);
      await expect(page.locator('html'), `${url}: the new scripts ran`).toHaveAttribute('data-bk-rilis', 'baru');
      expect(await loadedScripts(page), url).toEqual(scriptsOf(next, url));
    }
    await context.setOffline(false);

    await page.goto(`${s.base}/modul/grand-design/`);
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByText('Versi baru tersedia.')).toHaveCount(0);
    await expect(page.locator('meta[name="generator"]')).toHaveAttribute('content', `budaya-kerja-asn ${variant.version(oldVersion())}`);
    await expect(page.locator('html')).toHaveAttribute('data-bk-rilis', 'baru');
    expect(await loadedScripts(page)).toEqual(scriptsOf(next, '/modul/grand-design/'));
    await expect(saveStatus(page)).toHaveText(saved);
  });
}

test('an update whose download breaks off leaves the saved module whole at its old version, and the next version refreshes it', async ({ page, context }) => {
  test.setTimeout(300_000);
  const next = release(`${oldVersion()}-baru`);
  const s = await site(dist);
  await saveModule(page, `${s.base}/modul/grand-design/`);
  await s.deploy(next);
  s.failWith(503, /^\/js\/quiz\.js/);
  await page.goto(`${s.base}/modul/grand-design/`);
  await expect(updatePrompt(page)).toBeVisible({ timeout: 60_000 });
  const newQuiz = scriptsOf(next, '/kuis/grand-design/').find((u) => u.startsWith('/js/quiz.js'))!;
  expect(s.requested, 'the new version tried to refresh the saved module').toContain(newQuiz);

  // Offline, the module is the old build throughout: old pages, old scripts, all of them running.
  await context.setOffline(true);
  for (const url of ['/modul/grand-design/', '/kuis/grand-design/']) {
    await page.goto(`${s.base}${url}`);
    await expect(offlineHeading(page), url).toHaveCount(0);
    expect(await loadedScripts(page), url).toEqual(scriptsOf(dist, url));
    await expect(page.locator('html'), url).not.toHaveAttribute('data-bk-rilis', 'baru');
  }
  await expect(page.locator('.is-ready').first()).toBeAttached();
  await context.setOffline(false);

  s.failWith(null);
  await page.goto(`${s.base}/modul/grand-design/`);
  await updatePrompt(page).getByRole('button', { name: 'Muat ulang' }).click();
  await expect(updatePrompt(page), 'the page reloaded under the new worker').toHaveCount(0);
  await page.waitForLoadState('load');
  await expect(page.locator('html')).toHaveAttribute('data-bk-rilis', 'baru');
  // Saved again: a complete copy (its marker written) holds the new script.
  const savedAgain = () =>
    page.evaluate(async (url) => {
      for (const cacheName of await caches.keys()) {
        if (cacheName.startsWith('bk-modul-grand-design~') && (await caches.match('/__bk/simpan-selesai', { cacheName })) && (await caches.match(url, { cacheName }))) return true;
      }
      return false;
    }, newQuiz);
  await expect.poll(savedAgain, { message: 'the module is saved again at the new version', timeout: 30_000 }).toBe(true);
  await context.setOffline(true);
  await page.goto(`${s.base}/kuis/grand-design/`);
  await expect(page.locator('html')).toHaveAttribute('data-bk-rilis', 'baru');
  expect(await loadedScripts(page)).toEqual(scriptsOf(next, '/kuis/grand-design/'));
  await context.setOffline(false);
});

test('closing the page during a save: the module counts as saved only once every file is stored', async ({ context }) => {
  const s = await site(dist);
  let page = await context.newPage();
  await page.goto(`${s.base}/modul/pola-pikir/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const deck = s.stall(/^\/presentasi\/pola-pikir\//);
  await saveButton(page).click();
  await deck.arrived;
  await page.close();

  page = await context.newPage();
  await page.goto(`${s.base}/modul/pola-pikir/`);
  await expect(saveStatus(page)).toHaveText(/^Modul ini sedang disimpan|^Menyimpan modul/);
  await expect(saveStatus(page)).not.toHaveText(saved);
  await page.goto(`${s.base}/luring/`);
  await expect(page.getByText('Belum ada modul yang disimpan.', { exact: false })).toBeVisible();

  deck.release();
  await page.goto(`${s.base}/modul/pola-pikir/`);
  await expect(saveStatus(page)).toHaveText(saved);
  await context.setOffline(true);
  await page.goto(`${s.base}/presentasi/pola-pikir/`);
  await expect(offlineHeading(page)).toHaveCount(0);
  await context.setOffline(false);
});

test('a save cut off by closing the browser is never reported as saved or served, is offered again, and completes when asked', async () => {
  test.setTimeout(120_000);
  const s = await site(dist);
  const profile = mkdtempSync(path.join(tmpdir(), 'bk-profil-'));
  temp.push(profile);
  const errors: string[] = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page };
  };

  let { context, page } = await launch();
  await page.goto(`${s.base}/modul/kelompok-budaya-kerja/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const deck = s.stall(/^\/presentasi\/kelompok-budaya-kerja\//);
  await saveButton(page).click();
  await deck.arrived;
  await expect(saveStatus(page)).toHaveText(/^Menyimpan modul…/);
  await context.close();
  deck.release();

  ({ context, page } = await launch());
  await page.goto(`${s.base}/modul/kelompok-budaya-kerja/`);
  await expect(saveStatus(page)).toHaveText(/terputus sebelum selesai/);
  await expect(saveButton(page)).toBeVisible();
  // The broken copy can also be thrown away, to free the space it takes.
  await expect(page.getByRole('button', { name: 'Hapus simpanan modul ini' })).toBeVisible();
  await page.goto(`${s.base}/luring/`);
  await expect(page.getByText('Belum ada modul yang disimpan.', { exact: false })).toBeVisible();
  // What was stored before the cut is never served: offline, the quiz gets the offline page.
  await context.setOffline(true);
  await page.goto(`${s.base}/kuis/kelompok-budaya-kerja/`);
  await expect(offlineHeading(page)).toBeVisible();
  await context.setOffline(false);

  await saveModule(page, `${s.base}/modul/kelompok-budaya-kerja/`);
  await context.setOffline(true);
  for (const url of ['/kuis/kelompok-budaya-kerja/', '/presentasi/kelompok-budaya-kerja/']) {
    await page.goto(`${s.base}${url}`);
    await expect(offlineHeading(page), url).toHaveCount(0);
  }
  await context.close();
  expect(errors).toEqual([]);
});

test('a full disk: the save fails with a notice, leaves no half copy, and a module saved before stays saved', async ({ page, context }) => {
  const s = await site(dist);
  await saveModule(page, `${s.base}/modul/sop-ap/`);
  // Leave room for little more than what is stored already: the next module cannot fit.
  const cdp = await context.newCDPSession(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: s.base, quotaSize: usage + 50_000 });
  await page.goto(`${s.base}/modul/pola-pikir/`);
  await saveButton(page).click();
  await expect(saveStatus(page)).toHaveText(/ruang penyimpanan perangkat penuh/);
  await expect(saveButton(page)).toBeVisible();
  await page.reload();
  await expect(saveStatus(page)).toHaveText('');
  await context.setOffline(true);
  await page.goto(`${s.base}/presentasi/pola-pikir/`);
  await expect(offlineHeading(page)).toBeVisible();
  await page.goto(`${s.base}/presentasi/sop-ap/`);
  await expect(offlineHeading(page)).toHaveCount(0);
  await context.setOffline(false);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: s.base });
});

test('a server error online (503) shows the saved copy; a page not saved shows the server\'s own error', async ({ page, guards }) => {
  const s = await site(dist);
  await saveModule(page, `${s.base}/modul/sop-ap/`);
  s.failWith(503);
  await page.goto(`${s.base}/modul/sop-ap/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SOP');
  await expect(saveStatus(page)).toHaveText(saved);
  await page.goto(`${s.base}/presentasi/sop-ap/`);
  await page.waitForFunction(() => window.Reveal?.isReady?.());
  const unsaved = await page.goto(`${s.base}/modul/pola-pikir/`);
  expect(unsaved?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layanan sedang tidak tersedia');
  // Expected here: Chromium reports the 503 it was shown.
  guards.consoleErrors.splice(0, guards.consoleErrors.length, ...guards.consoleErrors.filter((e) => !/status of 503/.test(e)));
  s.failWith(null);
});

test('two builds of the same commit give a byte-identical offline zip, service worker and precompressed files', async () => {
  test.setTimeout(240_000);
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const again = buildInto();
  expect(sha(path.join(again, 'unduh/budaya-kerja-offline.zip'))).toBe(sha(path.join(dist, 'unduh/budaya-kerja-offline.zip')));
  expect(sha(path.join(again, 'sw.js'))).toBe(sha(path.join(dist, 'sw.js')));
  const packed = filesBelow(dist).filter((f) => /\.(br|gz)$/.test(f));
  expect(packed.length).toBeGreaterThan(50);
  expect(packed.filter((f) => sha(path.join(again, f)) !== sha(path.join(dist, f)))).toEqual([]);
});

test('the site is installable: every page links a manifest whose 192 and 512 px icons are PNGs of that size', async ({ page }) => {
  const { base } = await site(dist);
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
