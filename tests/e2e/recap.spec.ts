import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { answerAllCorrectly, answerWrongly } from '../support/quiz';
import { parseCsv } from '../../src/shared/csv';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Takes the pre- or post-test as a participant: all right except `wrong` question ids; returns the result code. */
async function takeTest(page: Page, quiz: 'pretest' | 'posttest', name: string, wrong: string[]): Promise<string> {
  await page.goto(`/kuis/${quiz}/`);
  for (const id of wrong) await answerWrongly(page.locator(`#soal-${id}`));
  for (const id of wrong) {
    await page.locator(`#soal-${id}`).getByRole('button', { name: /Periksa jawaban/ }).click();
  }
  await answerAllCorrectly(page);
  await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
  await page.getByRole('textbox', { name: 'Nama peserta' }).fill(name);
  await page.getByRole('button', { name: 'Buat kode hasil' }).click();
  const code = await page.getByRole('textbox', { name: 'Kode hasil' }).inputValue();
  expect(code).toMatch(/^BK[0-9A-Z]+$/);
  return code;
}

async function paste(page: Page, codes: string[]) {
  await page.getByRole('textbox', { name: 'Tempel kode hasil, satu kode per baris' }).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Tambahkan semua kode' }).click();
}

test.describe('kode hasil dan Rekap kelas', () => {
  test('the pre-test offers a result code with a QR code, loaded only on demand', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/kuis/pretest/');
    await page.getByRole('button', { name: 'Buat kode hasil' }).waitFor({ state: 'hidden' });
    expect(requests.some((u) => u.includes('/js/qr.js'))).toBe(false);
    await takeTest(page, 'pretest', 'Siti Rahayu', []);
    await expect(page.getByRole('img', { name: 'Kode QR kode hasil' })).toBeVisible();
    expect(requests.filter((u) => u.includes('/js/qr.js'))).toHaveLength(1);
    await expect(page.getByRole('status').last()).toContainText('Kode hasil sudah dibuat');
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  });

  test('asks for a name before making a code', async ({ page }) => {
    await page.goto('/kuis/pretest/');
    await page.getByRole('button', { name: 'Periksa semua jawaban' }).click();
    await page.getByRole('button', { name: 'Buat kode hasil' }).click();
    await expect(page.getByText('Tulis nama Anda dulu, lalu buat kode hasil.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Nama peserta' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Nama peserta' })).toHaveAttribute('aria-invalid', 'true');
  });

  test('codes round-trip into the recap: participants, pre vs post, the questions most missed, and a CSV that matches', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const codes = [
      await takeTest(page, 'pretest', 'Siti Rahayu', ['p03', 'p05', 'p09']),
      await takeTest(page, 'posttest', 'Siti Rahayu', ['p03']),
      await takeTest(page, 'pretest', 'Budi Santoso', ['p03', 'p07']),
    ];
    await page.goto('/rekap/');
    await paste(page, codes);
    await expect(page.getByRole('status').filter({ hasText: 'kode diterima' })).toHaveText('3 kode diterima, 0 ditolak.');
    await expect(page.getByText('2 peserta. Rata-rata pre-test: 79%. Rata-rata post-test: 92%.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Hasil per peserta' });
    const siti = table.getByRole('row', { name: /Siti Rahayu/ });
    await expect(siti.getByRole('cell')).toHaveText(['9/12 (75%)', '11/12 (92%)', '+17', /^\d{4}-\d{2}-\d{2}$/]);
    const budi = table.getByRole('row', { name: /Budi Santoso/ });
    await expect(budi.getByRole('cell')).toHaveText(['10/12 (83%)', '–', '–', /^\d{4}-\d{2}-\d{2}$/]);

    const missed = page.getByRole('table', { name: 'Soal yang paling banyak salah' });
    const top = missed.getByRole('row').nth(1);
    await expect(top.getByRole('rowheader')).toHaveText('p03');
    await expect(top.getByRole('cell')).toHaveText([/Modul 2/, '2 dari 2', '1 dari 1']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rekap-kelas-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = testInfo.outputPath('rekap.csv');
    await download.saveAs(file);
    const csv = parseCsv(readFileSync(file, 'utf8'));
    const shown = await table.getByRole('row').evaluateAll((rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells).map((c) => c.textContent ?? '')));
    expect(csv).toEqual(shown);
    expect(csv[0]).toEqual(['Nama', 'Pre-test', 'Post-test', 'Perubahan (poin persen)', 'Tanggal']);

    // The recap survives a reload of the trainer's page.
    await page.reload();
    await expect(page.getByText('2 peserta.', { exact: false })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  });

  test('refuses altered, foreign and repeated codes line by line, with a reason for each', async ({ page }) => {
    const code = await takeTest(page, 'pretest', 'Rina', []);
    const at = 20;
    const altered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await page.goto('/rekap/');
    await paste(page, [altered, '', 'halo pak', code, code, code.slice(0, 30)]);
    await expect(page.getByRole('status').filter({ hasText: 'kode diterima' })).toHaveText('1 kode diterima, 4 ditolak.');
    const rejected = page.getByRole('region', { name: 'Kode yang ditolak' }).getByRole('listitem');
    await expect(rejected).toHaveText([
      /^Baris 1 \(BK.{14}…\): kode berubah atau salah salin/,
      /^Baris 3 \(halo pak\): bukan kode hasil/,
      /^Baris 5 .*kode yang sama sudah dimasukkan$/,
      /^Baris 6 .*(panjangnya tidak cocok|kode berubah atau salah salin)/,
    ]);
    await expect(page.getByRole('table', { name: 'Hasil per peserta' }).getByRole('row')).toHaveCount(2);
  });

  test('a name carrying markup is shown as text, never run', async ({ page }) => {
    const evil = '<img src=x onerror=window.__pwned=1>';
    const code = await takeTest(page, 'posttest', evil, []);
    await page.goto('/rekap/');
    const one = page.getByRole('textbox', { name: 'Ketik atau pindai satu kode' });
    await one.fill(code);
    await one.press('Enter');
    await expect(one).toHaveValue('');
    await expect(one).toBeFocused();
    const table = page.getByRole('table', { name: 'Hasil per peserta' });
    await expect(table.getByRole('rowheader')).toHaveText(evil);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a code typed with a mistake keeps the text for fixing and says why', async ({ page }) => {
    await page.goto('/rekap/');
    const one = page.getByRole('textbox', { name: 'Ketik atau pindai satu kode' });
    await one.fill('BK12345');
    await one.press('Enter');
    await expect(one).toHaveValue('BK12345');
    await expect(one).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('region', { name: 'Kode yang ditolak' })).toContainText('Kode BK12345: panjangnya tidak cocok');
  });
});
