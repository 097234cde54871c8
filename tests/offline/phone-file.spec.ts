import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { accentsFindTheSamePages, punctuationGetsAMessage } from '../support/search-normalise';

// The unzipped package from file://, as a district office opens it: search that folds accents
// like the web site, and no warning meant for another browser.
const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

test('an accent typed composed or decomposed finds the same pages as the plain word (fallback index)', async ({ page }) => {
  await accentsFindTheSamePages(page, fileUrl('cari/index.html'));
});

test('a query of punctuation only, or an empty one, gets a message (fallback index)', async ({ page }) => {
  await punctuationGetsAMessage(page, fileUrl('cari/index.html'));
});

test('a glossary term opens its meaning in place from file://, and its link names the glossary file', async ({ page }) => {
  await page.goto(fileUrl('modul/grand-design/index.html'));
  await page.getByRole('button', { name: 'KKN', exact: true }).click();
  const meaning = page.locator('.bk-term-def:popover-open');
  await expect(meaning).toBeVisible();
  await expect(meaning.getByRole('link', { name: 'Lihat di Glosarium' })).toHaveAttribute('href', '../../glosarium/index.html#kkn');
});
