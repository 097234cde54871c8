// Every flow of the web site under its Content-Security-Policy (the meta tag the build computes):
// each test drives one flow as a learner or trainer would and fails on any violation report.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { collectCspViolations } from '../support/csp';
import { takeExam } from '../support/quiz';
import { presenterFollows, revealReady } from '../support/deck';

let violations: string[] = [];
test.beforeEach(async ({ context }) => {
  violations = await collectCspViolations(context);
});
test.afterEach(() => {
  expect(violations, 'CSP violations').toEqual([]);
});

test('every page declares a policy that allows only its own origin and hashed inline scripts', async ({ page }) => {
  for (const url of ['/', '/modul/grand-design/', '/kuis/pretest/', '/kuis/pretest/pembahasan/', '/kuis/grand-design/', '/cari/', '/rekap/', '/presentasi/grand-design/', '/luring/', '/404.html']) {
    await page.goto(url);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(policy, url).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+'| 'wasm-unsafe-eval')+; style-src 'self'/);
    expect(policy, url).not.toContain("'unsafe-eval'");
    expect(policy, url).toContain("object-src 'none'");
  }
});

test('a violation is caught: a script injected into a page is blocked and reported', async ({ page, guards }) => {
  await page.goto('/modul/grand-design/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.bkInjected = true';
    document.head.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'bkInjected' in window)).toBe(false);
  expect(violations.join('\n')).toContain('script-src');
  // Expected here: the report and Chromium's console error about it.
  violations.length = 0;
  guards.consoleErrors.length = 0;
});

test('reading a lesson and marking it read', async ({ page }) => {
  await page.goto('/modul/grand-design/');
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await expect(page.getByRole('button', { name: 'Sudah dibaca' })).toBeVisible();
});

test('saving a module for offline reading, with the service worker', async ({ page }) => {
  await page.goto('/modul/pola-pikir/');
  const box = page.getByRole('region', { name: 'Baca offline di ponsel' });
  await box.getByRole('button', { name: 'Simpan modul ini untuk dibaca offline' }).click();
  await expect(box.getByRole('status')).toHaveText(/tersimpan/);
  await page.goto('/luring/');
  await expect(page.getByRole('link', { name: /Pola Pikir/ })).toBeVisible();
});

test('the pre-test in exam mode with its result code and QR code, then its review page', async ({ page }) => {
  const code = await takeExam(page, '/kuis/pretest/', 'Siti Rahayu');
  await expect(page.getByRole('img', { name: 'Kode QR kode hasil' })).toBeVisible();
  await page.goto(`/kuis/pretest/pembahasan/#${code}`);
  await expect(page.locator('[data-bk-score]')).toHaveText(/^Skor Anda: (\d+) dari \1 \(100%\)\.$/);
});

test('a module quiz: checking one answer, then all, with feedback', async ({ page }) => {
  await page.goto('/kuis/grand-design/');
  const first = page.locator('[data-bk-q]').first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: /Periksa jawaban/ }).click();
  await expect(first.locator('.bk-q__result')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await expect(page.locator('[data-bk-score]')).toHaveText(/^Skor Anda: \d+ dari \d+/);
});

test('searching with Pagefind (WebAssembly)', async ({ page }) => {
  await page.goto('/cari/?q=kode%20etik');
  await expect(page.locator('[data-bk-search-status]')).toContainText(/cocok/);
  await expect(page.getByRole('link', { name: /Kode Etik/i }).first()).toBeVisible();
});

test('the class recap as a report from result codes: charts, class-only view, CSV, and the camera button without a camera', async ({ page }) => {
  const codes = [await takeExam(page, '/kuis/pretest/', 'Budi Santoso', { wrong: ['p03'] }), await takeExam(page, '/kuis/posttest/', 'Budi Santoso')];
  await page.goto('/rekap/');
  await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
  await expect(page.locator('[data-bk-status]')).toHaveText('2 kode diterima, 0 ditolak.');
  await expect(page.locator('[data-bk-recap] svg').first()).toBeVisible();
  await page.getByRole('button', { name: /Tampilan kelas saja/ }).click();
  await expect(page.getByRole('button', { name: /Tampilan kelas saja/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /Tampilan kelas saja/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV hasil per peserta' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Budi Santoso');
  // Loads the QR decoder, then finds no camera on this machine (or is refused).
  await page.getByRole('button', { name: 'Pindai dengan kamera' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /kamera/ })).toBeVisible();
});

test('exporting progress to a file and importing it back', async ({ page }, testInfo) => {
  await page.goto('/modul/sop-ap/');
  await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await page.goto('/kemajuan/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan kemajuan ke berkas' }).click()]);
  const file = testInfo.outputPath('kemajuan.json');
  await download.saveAs(file);
  await page.getByLabel(/Muat kemajuan dari berkas/).setInputFiles(file);
  await expect(page.getByRole('row', { name: /SOP/ })).toContainText('Sudah dibaca');
});

test('printing the certificate of self-study', async ({ page }) => {
  const modules = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];
  const rec = { best: 90, score: 9, total: 10, date: '2026-11-20' };
  const progress = { v: 1, read: Object.fromEntries(modules.map((m) => [m, '2026-11-19'])), quizzes: Object.fromEntries(modules.map((m) => [m, rec])) };
  await page.addInitScript(() => {
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.goto('/kemajuan/');
  await page.evaluate((v) => localStorage.setItem('bkasn:progress', v), JSON.stringify(progress));
  await page.goto('/bukti-belajar/');
  await page.getByLabel(/^Nama Anda/).fill('Dewi Lestari');
  await page.getByRole('button', { name: 'Cetak bukti belajar' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Bukti Belajar Mandiri' })).toBeVisible();
});

test('presenting a deck, its overview and its handout view', async ({ page }) => {
  await page.goto('/presentasi/grand-design/');
  await revealReady(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.goto('/presentasi/grand-design/?print-pdf');
  await page.waitForSelector('.pdf-page');
});

test('the speaker view in its pop-up, following the deck', async ({ page, context }) => {
  await presenterFollows(page, context, '/presentasi/grand-design/?presenter');
});
