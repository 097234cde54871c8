// The offline package from file://, where the meta policy is the only protection: the flows that
// run from disk (lesson, exam with QR and review, class recap, the fallback search, deck and speaker view) report no
// Content-Security-Policy violation.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';
import { collectCspViolations } from '../support/csp';
import { takeExam } from '../support/quiz';
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

test('a lesson marked read, the pre-test with a result code, QR code and review page, and the recap of that code, from disk', async ({ page }) => {
  await page.goto(fileUrl('modul/grand-design/index.html'));
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  const code = await takeExam(page, fileUrl('kuis/pretest/index.html'), 'Ahmad');
  await expect(page.getByRole('img', { name: 'Kode QR kode hasil' })).toBeVisible();
  await page.goto(`${fileUrl('kuis/pretest/pembahasan/index.html')}#${code}`);
  await expect(page.locator('[data-bk-score]')).toHaveText(/\(100%\)\.$/);
  await page.goto(fileUrl('rekap/index.html'));
  await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(code);
  await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
  await expect(page.locator('[data-bk-status]')).toHaveText('1 kode diterima, 0 ditolak.');
});

test('the fallback search index, loaded as a script from disk', async ({ page }) => {
  await page.goto(`${fileUrl('cari/index.html')}?q=kode%20etik`);
  await expect(page.getByRole('link', { name: /Kode Etik/i }).first()).toBeVisible();
});

test('the speaker view opened from a deck on disk', async ({ page, context }) => {
  await presenterFollows(page, context, `${fileUrl('presentasi/grand-design/index.html')}?presenter`);
});
