import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../support/fixtures';
import { answerAllCorrectly } from '../support/quiz';

const key = 'bkasn:progress';
const modules = ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'];
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Writes progress straight into storage (from any page of the site), then opens `url`. */
async function withProgress(page: import('@playwright/test').Page, progress: object, url: string) {
  await page.goto('/kemajuan/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(progress)]);
  await page.goto(url);
}
const rec = (best: number) => ({ best, score: Math.round(best / 10), total: 10, date: '2024-05-20' });
const allPassed = { v: 1, read: Object.fromEntries(modules.map((m) => [m, '2024-05-19'])), quizzes: Object.fromEntries(modules.map((m) => [m, rec(80)])) };

test.describe('Kemajuan belajar', () => {
  test('its module rows are drawn as the page is read, before its script runs: one per module, linking the lesson and the quiz', async ({ page }) => {
    // The page's own script never arrives: the rows must not depend on it.
    await page.route(/\/js\/progress\.js/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto('/kemajuan/');
    const rows = page.getByRole('table', { name: 'Modul' }).locator('tbody tr');
    await expect(rows).toHaveCount(modules.length);
    for (const [i, id] of modules.entries()) {
      const row = rows.nth(i);
      await expect(row.getByRole('rowheader')).toHaveText(new RegExp(`^Modul ${i + 1}: `));
      await expect(row.locator('[data-bk-lesson-link]')).toHaveAttribute('href', `/modul/${id}/`);
      await expect(row.getByRole('link', { name: 'Kerjakan kuis' })).toHaveAttribute('href', `/kuis/${id}/`);
    }
    await expect(rows.first().locator('td')).toHaveText(['–', 'Kerjakan kuis', '–']);
  });

  test('only the progress page knows every lesson: other pages carry quiz lengths, not a list that grows with the course', async ({ request }) => {
    const catalog = async (url: string) => {
      const html = await (await request.get(url)).text();
      return JSON.parse(/<script type="application\/json" id="bk-progress-catalog">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
    };
    for (const url of ['/', '/modul/pelayanan-integritas/', '/kuis/grand-design/', '/kemajuan/']) expect(Object.keys(await catalog(url)), url).toEqual(['quizzes']);
  });

  test('a quiz score and a lesson marked read show up, with the next step', async ({ page }) => {
    await page.goto('/modul/grand-design/');
    await page.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await page.goto('/kuis/grand-design/');
    await answerAllCorrectly(page);
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await page.getByRole('link', { name: 'Lihat kemajuan belajar' }).click();
    await expect(page).toHaveURL(/\/kemajuan\/$/);
    const row = page.getByRole('row', { name: /Modul 1:/ });
    await expect(row).toContainText('Sudah dibaca');
    await expect(row).toContainText('100%');
    await expect(row).toContainText('Selesai');
    await expect(page.getByText('1 dari 6 modul selesai.')).toBeVisible();
    await expect(page.locator('[data-bk-next]').getByRole('link')).toHaveText(/^Baca modul berikutnya: Modul 2:/);
    await expect(page.locator('[data-bk-next]').getByRole('link')).toHaveAttribute('href', /\/modul\/pola-pikir\/$/);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  });

  test('a read module whose quiz is not passed yet points at its quiz', async ({ page }) => {
    await withProgress(page, { v: 1, read: { 'grand-design': '2024-05-19' }, quizzes: { 'grand-design': rec(50) } }, '/kemajuan/');
    await expect(page.locator('[data-bk-next]').getByRole('link')).toHaveText(/^Kerjakan kuis: Modul 1:/);
    await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Belum selesai');
  });

  test('export → reset → import restores the progress', async ({ page }, testInfo) => {
    await withProgress(page, allPassed, '/kemajuan/');
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan kemajuan ke berkas' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kemajuan-budaya-kerja-asn-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('kemajuan.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ v: 1, quizzes: allPassed.quizzes, read: allPassed.read });

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
    await expect(page.getByText('Semua kemajuan di perangkat ini sudah dihapus.')).toBeVisible();
    await expect(page.getByText('0 dari 6 modul selesai.')).toBeVisible();

    await page.getByLabel('Muat kemajuan dari berkas').setInputFiles(file);
    await expect(page.getByText('Kemajuan dari berkas sudah dimuat.')).toBeVisible();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
  });

  test('a file that is not progress is refused and changes nothing', async ({ page }) => {
    await withProgress(page, allPassed, '/kemajuan/');
    await page.getByLabel('Muat kemajuan dari berkas').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"v":1,"read":"x"}') });
    await expect(page.getByText('Berkas ini bukan berkas kemajuan yang dapat dibaca. Kemajuan Anda tidak berubah.')).toBeVisible();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
  });

  test('cancelling the reset keeps everything', async ({ page }) => {
    await withProgress(page, allPassed, '/kemajuan/');
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
  });
});

test.describe('progress that never resets', () => {
  const importFile = (data: object) => ({ name: 'kemajuan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

  test('one unreadable entry is left out with a notice, the rest stays, and the original can be restored from its backup', async ({ page }) => {
    await withProgress(page, { ...allPassed, read: { ...allPassed.read, 'grand-design': '2026-11-02T10:00' } }, '/kemajuan/');
    await expect(page.locator('[data-bk-notice="dropped"]')).toBeVisible();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
    await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Belum dibaca');
    await expect(page.getByRole('row', { name: /Modul 2:/ })).toContainText('Sudah dibaca');
    const backup = page.getByRole('region', { name: 'Cadangan kemajuan' });
    await expect(backup).toContainText('sebagian catatan kemajuan di perangkat ini tidak terbaca');

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
    await expect(page.getByText('0 dari 6 modul selesai.')).toBeVisible();
    await backup.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
    await expect(page.getByText('Cadangan sudah dipulihkan: 11 catatan digabungkan ke kemajuan Anda.')).toBeVisible();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('6 dari 6 modul selesai.')).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), backup.getByRole('button', { name: 'Unduh cadangan' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cadangan-kemajuan-budaya-kerja-asn-\d{4}-\d{2}-\d{2}\.json$/);
    await backup.getByRole('button', { name: 'Hapus cadangan' }).click();
    await expect(backup).toBeHidden();
  });

  test('impossible values are never shown: a date in 2999, 0000-00-00, a total of 1e300', async ({ page }) => {
    const progress = {
      v: 1,
      read: { 'grand-design': '2999-12-31', 'pola-pikir': '0000-00-00' },
      quizzes: { 'grand-design': { best: 0, score: 0, total: 1e300, date: '2024-05-20' }, 'pola-pikir': rec(90) },
    };
    await withProgress(page, progress, '/kemajuan/');
    const table = page.getByRole('table', { name: 'Modul' });
    await expect(table).not.toContainText('2999');
    await expect(table).not.toContainText('1899');
    await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Belum dibaca');
    await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Belum dikerjakan');
    await expect(page.getByRole('row', { name: /Modul 2:/ })).toContainText('90%');
  });

  test('an import leaves out quizzes and lessons this course does not have, and says how many', async ({ page }) => {
    await withProgress(page, { v: 1, read: {}, quizzes: {} }, '/kemajuan/');
    const file = { v: 1, read: { 'modul-lama': '2024-05-01' }, quizzes: { 'kuis-lama': rec(80), 'grand-design': rec(80), 'pola-pikir': { best: 'x' } } };
    await page.getByLabel('Muat kemajuan dari berkas').setInputFiles(importFile(file));
    await expect(page.locator('[data-bk-message]')).toHaveText(
      'Kemajuan dari berkas sudah dimuat. 1 catatan yang tidak terbaca dilewati. 2 catatan untuk modul atau kuis yang tidak ada di kursus ini dilewati.',
    );
    await expect(page.getByText('1 dari 6 modul selesai.')).toBeVisible();
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
    expect(stored).toEqual({ v: 1, read: {}, quizzes: { 'grand-design': rec(80) } });
  });

  test('an import that cannot be saved says so, and a reload shows the progress unchanged', async ({ page }) => {
    await withProgress(page, { v: 1, read: { 'grand-design': '2024-05-19' }, quizzes: {} }, '/kemajuan/');
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.getByLabel('Muat kemajuan dari berkas').setInputFiles(importFile(allPassed));
    await expect(page.locator('[data-bk-message]')).toHaveText(
      'Kemajuan dari berkas tidak dapat disimpan di perangkat ini karena penyimpanan browser penuh atau tidak tersedia. Kemajuan Anda tidak berubah.',
    );
    await expect(page.getByText('0 dari 6 modul selesai.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('0 dari 6 modul selesai.')).toBeVisible();
    await expect(page.getByRole('row', { name: /Modul 1:/ })).toContainText('Sudah dibaca');
  });
});

test.describe('Bukti Belajar Mandiri', () => {
  test('until every module quiz is passed, it lists what is missing and offers no printing', async ({ page }) => {
    await withProgress(page, { ...allPassed, quizzes: { ...allPassed.quizzes, 'sop-ap': rec(60) } }, '/bukti-belajar/');
    await expect(page.getByRole('heading', { name: 'Belum semua kuis modul lulus' })).toBeVisible();
    await expect(page.locator('[data-bk-missing] li')).toHaveCount(1);
    await expect(page.locator('[data-bk-missing]')).toContainText('skor terbaik: 60%');
    await expect(page.getByRole('button', { name: 'Cetak bukti belajar' })).toBeHidden();
  });

  test('when all are passed, prints the typed name as text, the scores and the self-study label', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await withProgress(page, allPassed, '/bukti-belajar/');
    const print = page.getByRole('button', { name: 'Cetak bukti belajar' });
    await print.click();
    await expect(page.getByText('Tulis nama Anda dulu, lalu cetak.')).toBeVisible();
    await expect(page.getByLabel(/^Nama Anda/)).toBeFocused();
    const name = 'Dewi <b>Lestari</b>';
    await page.getByLabel(/^Nama Anda/).fill(name);
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const cert = page.getByRole('article', { name: 'Bukti Belajar Mandiri' });
    await expect(cert.locator('[data-bk-cert-name]')).toHaveText(name);
    await expect(cert.locator('b')).toHaveCount(0);
    await expect(cert.getByRole('row')).toHaveCount(7);
    await expect(cert).toContainText('bukan sertifikat resmi');
    await expect(cert).toContainText('LAN atau BPSDM');
    await expect(cert).toContainText(/Dicetak pada \d+ \w+ \d{4}./);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel(/^Nama Anda/)).toBeHidden();
    await expect(cert).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  });
});
