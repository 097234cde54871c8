import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { answerAllCorrectly, answerWrongly, makeCode } from '../support/quiz';

const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

test('a module quiz answers, scores and remembers its best score from file://', async ({ page }) => {
  await page.goto(fileUrl('kuis/grand-design/index.html'));
  const first = page.locator('[data-bk-q]').first();
  await answerWrongly(first);
  await first.getByRole('button', { name: /Periksa jawaban/ }).click();
  await expect(first.locator('.bk-q__result')).toHaveText('Belum tepat.');
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await expect(page.locator('[data-bk-score]')).toHaveText(/^Skor Anda: \d+ dari \d+ \(\d+%\)\.$/);
  // The link back to the lesson names its .html file, so it opens the page, not a folder listing.
  await expect(page.locator('[data-bk-missed-list]').getByRole('link', { name: /^Baca lagi:/ })).toHaveAttribute('href', /^\.\.\/\.\.\/modul\/grand-design\/index\.html#/);
  await page.reload();
  await expect(page.locator('[data-bk-best]')).toHaveText(/^Skor terbaik Anda: \d+%/);
});

test('the pre-test makes a result code, loads its QR encoder and opens its review page from file://', async ({ page, context }) => {
  await page.goto(fileUrl('kuis/pretest/index.html'));
  await answerAllCorrectly(page);
  const code = await makeCode(page, 'Ahmad');
  await expect(page.getByRole('img', { name: 'Kode QR kode hasil' })).toBeVisible();
  const [review] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Lihat kunci, pembahasan/ }).click()]);
  await expect(review).toHaveURL(/\/kuis\/pretest\/pembahasan\/index\.html#BK/);
  await expect(review.locator('[data-bk-score]')).toHaveText(/\(100%\)\.$/);
  await review.close();
  await page.goto(fileUrl('rekap/index.html'));
  const one = page.getByRole('textbox', { name: 'Ketik atau pindai satu kode' });
  await one.fill(code);
  await one.press('Enter');
  await expect(page.getByRole('table', { name: 'Hasil per peserta' }).getByRole('row', { name: /Ahmad/ })).toContainText('12/12 (100%)');
});

test('the progress page opened from a folder shows the scores, and the per-file storage hint only where storage is per file', async ({ page, browser }) => {
  await page.goto(fileUrl('kuis/grand-design/index.html'));
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await page.getByRole('link', { name: 'Lihat kemajuan belajar' }).click();
  await expect(page).toHaveURL(/kemajuan\/index\.html$/);
  await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('100%');
  // Rows are drawn from data on the page; their links name the folder's own files.
  await page.getByRole('row', { name: /Modul 6:/ }).getByRole('link', { name: 'Kerjakan kuis' }).click();
  await expect(page).toHaveURL(/kuis\/pelayanan-integritas\/index\.html$/);
  await page.goBack();
  await page.getByRole('link', { name: /^Modul 2:/ }).click();
  await expect(page).toHaveURL(/modul\/pola-pikir\/index\.html$/);
  await page.goBack();
  // Chromium shares one storage across file:// pages: the warning meant for Firefox stays hidden.
  await expect(page.locator('[data-bk-file-hint]')).toBeHidden();
  // A browser that keeps storage per file (Firefox, recognised by its user agent) is told.
  const firefox = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' });
  const other = await firefox.newPage();
  await other.goto(fileUrl('kemajuan/index.html'));
  await expect(other.locator('[data-bk-file-hint]')).toBeVisible();
  await firefox.close();
});
