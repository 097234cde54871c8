import { expect, type Page } from '@playwright/test';

/**
 * The same checks over http (Pagefind) and from file:// (the fallback): an accent typed as one
 * character or as a letter plus a combining mark finds what the plain word finds, and a query
 * with no letter or digit gets a message instead of silence.
 */
const searchBox = (page: Page) => page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox');
const status = (page: Page) => page.locator('[data-bk-search-status]');

/** The number of pages found for `query`, typed into the page's own search box. */
async function found(page: Page, query: string): Promise<number> {
  await searchBox(page).fill(query);
  await searchBox(page).press('Enter');
  await expect(status(page)).toContainText(/halaman cocok|Tidak ada/);
  const text = (await status(page).textContent()) ?? '';
  return Number(/^(\d+) halaman/.exec(text)?.[1] ?? 0);
}

export async function accentsFindTheSamePages(page: Page, searchPageUrl: string): Promise<void> {
  await page.goto(searchPageUrl);
  const plain = await found(page, 'pelayanan');
  expect(plain).toBeGreaterThan(3);
  expect(await found(page, 'p\u00e9layanan')).toBe(plain);
  expect(await found(page, 'pe\u0301layanan')).toBe(plain);
}

export async function punctuationGetsAMessage(page: Page, searchPageUrl: string): Promise<void> {
  await page.goto(searchPageUrl);
  await searchBox(page).fill('?!');
  await searchBox(page).press('Enter');
  await expect(status(page)).toHaveText('“?!” tidak berisi huruf atau angka. Tulis kata yang dicari, misalnya pola pikir atau SOP AP.');
  await searchBox(page).fill('');
  await searchBox(page).press('Enter');
  await expect(status(page)).toHaveText('Tulis kata yang dicari, misalnya pola pikir atau SOP AP.');
}
