import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { searchCases } from '../support/search-queries';
import { topThree, searchResults as results } from '../support/search-results';

// The same query list as over http, answered from file:// by the fallback (Pagefind cannot run
// there): the index and engine arrive as classic scripts when search is opened.
const searchPage = pathToFileURL(path.join(offlineDir, 'cari/index.html')).href;

/** A result link as a site path: `file:///…/budaya-kerja-asn/modul/x/index.html#s` → `/modul/x/` and `s`. */
function sitePath(href: string): { page: string; section: string } {
  const url = new URL(href);
  const file = path.relative(offlineDir, fileURLToPath(new URL(url.pathname, url))).split(path.sep).join('/');
  return { page: '/' + file.replace(/(^|\/)index\.html$/, '$1'), section: url.hash.slice(1) };
}


test.describe('search from file:// (the fallback index)', () => {
  for (const c of searchCases) {
    test(`“${c.query}” finds ${c.page}${c.section ? `#${c.section}` : ''} in the top 3`, async ({ page }) => {
      await page.goto(`${searchPage}?q=${encodeURIComponent(c.query)}`);
      const top = await topThree(page, sitePath);
      const hit = top.find((t) => t.page === c.page);
      expect(hit, JSON.stringify(top)).toBeDefined();
      if (c.section) expect(hit!.sections, JSON.stringify(top)).toContain(c.section);
    });
  }
});

test('from file://, the index script is inserted only when search is opened, and a result opens its section', async ({ page }) => {
  await page.goto(searchPage);
  const loaded = () => page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src') ?? '').filter((s) => /indeks|search-fallback/.test(s)));
  expect(await loaded()).toEqual([]);

  await page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox').focus();
  await expect.poll(loaded).toHaveLength(2);
  // Relative script URLs (rewritten by the offline build), pointing at files in the package.
  for (const src of await loaded()) {
    expect(src).toMatch(/^\.\.\//);
    const file = fileURLToPath(new URL(src.replace(/\?.*$/, ''), page.url()));
    expect(existsSync(file) && statSync(file).isFile(), file).toBe(true);
  }

  await page.keyboard.type('netralitas ASN');
  await page.keyboard.press('Enter');
  const section = results(page).getByRole('link', { name: 'Netralitas ASN' });
  await expect(section).toBeVisible();
  await section.click();
  await expect(page).toHaveURL(/modul\/pelayanan-integritas\/index\.html#netralitas-asn$/);
  await expect(page.getByRole('heading', { name: 'Netralitas ASN' })).toBeVisible();
});
