import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect } from '../support/fixtures';
import { dist, htmlFiles } from '../support/dist';
import { unzip } from '../support/unzip';

// The package exactly as a district office gets it: the built zip, unpacked into a fresh folder,
// opened over file:// in Chromium (Firefox under automation relaxes its file:// rules, so a green
// Firefox run would prove nothing). Generic on purpose: it reaches every page anyone adds.
const zipFile = path.join(dist, 'unduh', 'budaya-kerja-offline.zip');
let unpacked = '';
let root = '';

test.beforeAll(() => {
  unpacked = mkdtempSync(path.join(tmpdir(), 'bk-offline-'));
  unzip(zipFile, unpacked);
  root = path.join(unpacked, 'budaya-kerja-asn');
});
test.afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/** What a page links to and loads, read in the browser after its scripts ran. */
interface PageFacts {
  links: string[];
  resources: string[];
  ids: string[];
  title: string;
}

test('every page of the unzipped package opens from file://, and every link and asset names an existing file, never a folder', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
  const start = path.join(root, 'index.html');
  const queue = [start];
  const visited = new Set<string>(queue);
  const idsByFile = new Map<string, Set<string>>();
  const wantedAnchors: { from: string; file: string; id: string }[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  while (queue.length) {
    const file = queue.shift()!;
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    const facts = await page.evaluate<PageFacts>(() => ({
      // Form actions are ways to reach a page too (the header's search form opens the search page).
      links: [...document.querySelectorAll('a[href], area[href], form[action]')].map((a) => a.getAttribute('href') ?? a.getAttribute('action') ?? ''),
      resources: [...document.querySelectorAll('script[src], img[src], source[src], video[src], audio[src], iframe[src], link[href]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      ),
      ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
      title: document.title,
    }));
    if (/^Index of /.test(facts.title)) problems.push(`${rel(file)}: shows a directory listing`);
    idsByFile.set(file, new Set(facts.ids));
    for (const href of [...facts.links, ...facts.resources]) {
      const isLink = facts.links.includes(href);
      if (href === '' || /^(mailto|tel|data|blob|javascript):/i.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        // An external address may be shown as a link for people online; it must never be loaded.
        if (!isLink) problems.push(`${rel(file)}: loads an external resource ${href}`);
        continue;
      }
      if (href.startsWith('/')) {
        problems.push(`${rel(file)}: root-absolute URL ${href} (points at the disk root on file://)`);
        continue;
      }
      const target = new URL(href, url);
      const targetFile = fileURLToPath(new URL(target.pathname, target));
      if (!targetFile.startsWith(root)) problems.push(`${rel(file)}: ${href} leaves the package`);
      else if (!existsSync(targetFile)) problems.push(`${rel(file)}: ${href} → missing ${rel(targetFile)}`);
      else if (statSync(targetFile).isDirectory()) problems.push(`${rel(file)}: ${href} links a folder (directory listing on file://)`);
      else {
        // `#/3` is a reveal.js slide route, not an element id.
        if (target.hash.length > 1 && !target.hash.startsWith('#/') && targetFile.endsWith('.html')) wantedAnchors.push({ from: rel(file), file: targetFile, id: decodeURIComponent(target.hash.slice(1)) });
        if (isLink && targetFile.endsWith('.html') && !visited.has(targetFile)) {
          visited.add(targetFile);
          queue.push(targetFile);
        }
      }
    }
  }

  for (const { from, file, id } of wantedAnchors) {
    if (!idsByFile.get(file)?.has(id)) problems.push(`${from}: #${id} does not exist in ${rel(file)}`);
  }
  const unreached = htmlFiles(root).filter((f) => !visited.has(path.join(root, f)));
  expect(problems, 'broken links, folder links, failed or external loads').toEqual([]);
  expect(unreached, 'pages in the package that no link reaches').toEqual([]);
  expect(visited.size).toBeGreaterThan(10);
});

test('the offline copy of the download page says which version it is and offers no zip of itself', async ({ page }) => {
  await page.goto(pathToFileURL(path.join(root, 'index.html')).href);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Unduh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unduh Materi' })).toBeVisible();
  await expect(page.getByText(/Anda sedang membuka paket offline versi/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Unduh paket offline/ })).toHaveCount(0);
  await expect(page.getByText('@@')).toHaveCount(0);
});

test('progress marked on a lesson from file:// is visible from another page of the package in Chromium, which shares one storage across local files', async ({ page }) => {
  await page.goto(pathToFileURL(path.join(root, 'modul', 'grand-design', 'index.html')).href);
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(pathToFileURL(path.join(root, 'modul', 'pola-pikir', 'index.html')).href);
  // No "saved per file" notice in a browser that shares storage between files.
  await expect(page.locator('[data-bk-notice="fileIsolated"]')).toHaveCount(0);
  await page.getByRole('link', { name: /Sebelumnya/ }).click();
  await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('in a browser that keeps storage per file (Firefox from disk)', () => {
  // Chromium with Firefox's user agent: the page cannot tell the difference, so this exercises
  // the notice path for real; Firefox itself relaxes file:// under automation (see the research note).
  test.use({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0' });

  test('a lesson says plainly that progress stays on this page and points to export, and marking it read still works', async ({ page }) => {
    await page.goto(pathToFileURL(path.join(root, 'modul', 'sop-ap', 'index.html')).href);
    const notice = page.getByRole('status').filter({ hasText: 'menyimpan kemajuan terpisah untuk setiap halaman' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Simpan kemajuan ke berkas');
    await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toHaveAttribute('aria-pressed', 'true');
  });
});
