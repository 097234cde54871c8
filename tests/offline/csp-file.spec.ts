// The offline package from file://, where the meta policy is the only protection: the flows that
// run from disk (lesson, quiz with QR, the fallback search, deck and speaker view) report no
// Content-Security-Policy violation.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { collectCspViolations } from '../support/csp';
import { answerAllCorrectly } from '../support/quiz';
import { presenterFollows } from '../support/deck';

const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

let violations: string[] = [];
test.beforeEach(async ({ context }) => {
  violations = await collectCspViolations(context);
});
test.afterEach(() => {
  expect(violations, 'CSP violations').toEqual([]);
});

test('every page of the package carries its policy', async ({ page }) => {
  await page.goto(fileUrl('index.html'));
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /^default-src 'self'; script-src 'self' 'sha256-/);
});

test('a lesson marked read and its quiz with a result code and QR code, from disk', async ({ page }) => {
  await page.goto(fileUrl('modul/grand-design/index.html'));
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await page.goto(fileUrl('kuis/pretest/index.html'));
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await page.getByRole('textbox', { name: 'Nama peserta' }).fill('Ahmad');
  await page.getByRole('button', { name: 'Buat kode hasil' }).click();
  await expect(page.getByRole('img', { name: 'Kode QR kode hasil' })).toBeVisible();
});

test('the fallback search index, loaded as a script from disk', async ({ page }) => {
  await page.goto(`${fileUrl('cari/index.html')}?q=kode%20etik`);
  await expect(page.getByRole('link', { name: /Kode Etik/i }).first()).toBeVisible();
});

test('the speaker view opened from a deck on disk', async ({ page, context }) => {
  await presenterFollows(page, context, `${fileUrl('presentasi/grand-design/index.html')}?presenter`);
});
