import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { readPdfText } from '../support/pdf-text';

const url = '/rencana-aksi/';
const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const pdfText = async (page: Page) => {
  const pages = await readPdfText(await page.pdf({ preferCSSPageSize: true }));
  return { pages, text: pages.map((p) => p.texts.map((t) => t.text).join(' ')).join('\n') };
};

test.describe('Rencana Aksi KBK: the worksheet', () => {
  test('has the fields the KBK lesson teaches, saves as it is typed and comes back after a reload', async ({ page }) => {
    await page.goto(url);
    for (const column of ['Masalah', 'Nilai dan perilaku', 'Kegiatan', 'Indikator', 'Target', 'Penanggung jawab', 'Waktu', 'Bukti', 'Tahap PDCA']) {
      await expect(page.getByRole('columnheader', { name: new RegExp(`^${column}`) })).toBeVisible();
    }
    await page.getByLabel('OPD / unit kerja').fill('Kecamatan Sukamaju');
    await cell(page, 'Masalah, baris 1').fill('Warga siang hari tidak menemukan petugas; 6 keluhan per minggu');
    await cell(page, 'Target, baris 1').fill('Paling banyak 1 keluhan per minggu');
    await cell(page, 'Tahap PDCA, baris 1').selectOption('do');
    await expect(page.getByRole('status').filter({ hasText: /Tersimpan di perangkat ini/ })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('OPD / unit kerja')).toHaveValue('Kecamatan Sukamaju');
    await expect(cell(page, 'Masalah, baris 1')).toHaveValue('Warga siang hari tidak menemukan petugas; 6 keluhan per minggu');
    await expect(cell(page, 'Target, baris 1')).toHaveValue('Paling banyak 1 keluhan per minggu');
    await expect(cell(page, 'Tahap PDCA, baris 1')).toHaveValue('do');
  });

  test('adds and removes rows, numbering them again, and keeps that after a reload', async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('[data-bk-ws-row]')).toHaveCount(3);
    await page.getByRole('button', { name: 'Tambah baris' }).click();
    await expect(page.locator('[data-bk-ws-row]')).toHaveCount(4);
    await expect(cell(page, 'Masalah, baris 4')).toBeFocused();
    await cell(page, 'Masalah, baris 2').fill('Baris dua');
    await cell(page, 'Masalah, baris 3').fill('Baris tiga');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Hapus baris 2' }).click();
    await expect(page.locator('[data-bk-ws-row]')).toHaveCount(3);
    await expect(cell(page, 'Masalah, baris 2')).toHaveValue('Baris tiga');
    await expect(page.getByRole('button', { name: 'Hapus baris 2' })).toBeFocused();
    await page.reload();
    await expect(page.locator('[data-bk-ws-row]')).toHaveCount(3);
    await expect(cell(page, 'Masalah, baris 2')).toHaveValue('Baris tiga');
    await expect(page.getByRole('cell', { name: '3', exact: true }).or(page.getByRole('rowheader', { name: '3', exact: true }))).toBeVisible();
  });

  test('moves to another browser as a file: export, then import there', async ({ page, browser }) => {
    await page.goto(url);
    await page.getByLabel('OPD / unit kerja').fill('Dinas Kesehatan');
    await cell(page, 'Kegiatan, baris 1').fill('Papan antrean dan perkiraan waktu tunggu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan ke berkas' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rencana-aksi-dinas-kesehatan-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; rows: { kegiatan: string }[] };
    expect(saved.kind).toBe('rencana-aksi');
    expect(saved.rows[0]!.kegiatan).toBe('Papan antrean dan perkiraan waktu tunggu');

    const other = await browser.newContext();
    const there = await other.newPage();
    await there.goto(url);
    await there.getByLabel('Muat dari berkas').setInputFiles(file);
    await expect(there.getByRole('status').filter({ hasText: 'Rencana aksi dari berkas sudah dimuat.' })).toBeVisible();
    await expect(there.getByLabel('OPD / unit kerja')).toHaveValue('Dinas Kesehatan');
    await there.reload();
    await expect(cell(there, 'Kegiatan, baris 1')).toHaveValue('Papan antrean dan perkiraan waktu tunggu');
    await other.close();
  });

  test('refuses a file that is not a worksheet and changes nothing', async ({ page }) => {
    await page.goto(url);
    await cell(page, 'Bukti, baris 1').fill('Rekap register');
    for (const content of ['{"v":2,"rows":[]}', 'bukan json', JSON.stringify({ v: 1, rows: [{ id: 'a', tahap: 'selesai' }] })]) {
      await page.getByLabel('Muat dari berkas').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(page.getByRole('status').filter({ hasText: 'bukan berkas rencana aksi' })).toBeVisible();
      await expect(cell(page, 'Bukti, baris 1')).toHaveValue('Rekap register');
    }
  });

  test('two tabs: what one saves shows in the other, and edits made at once are merged, never overwritten', async ({ page, context }) => {
    await page.goto(url);
    const other = await context.newPage();
    await other.goto(url);
    await cell(page, 'Masalah, baris 1').fill('Antrean menumpuk pukul sembilan');
    await expect(cell(other, 'Masalah, baris 1')).toHaveValue('Antrean menumpuk pukul sembilan');
    await expect(other.getByRole('status').filter({ hasText: 'Isian diperbarui dari tab lain.' })).toBeVisible();

    // A save from elsewhere that this tab has not heard of yet (storage events skip the tab that writes).
    await other.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('bkasn:rencana-aksi')!) as { rev: number; plan: { rows: Record<string, string>[] } };
      stored.plan.rows[0]!.kegiatan = 'Papan antrean';
      stored.plan.rows[0]!.masalah = 'Antrean pagi';
      localStorage.setItem('bkasn:rencana-aksi', JSON.stringify({ rev: stored.rev + 1, plan: stored.plan }));
    });
    await cell(other, 'Masalah, baris 1').fill('Antrean menumpuk pukul sembilan pagi');
    await cell(other, 'Bukti, baris 1').fill('Foto papan');
    await expect(cell(other, 'Kegiatan, baris 1')).toHaveValue('Papan antrean');
    await expect(cell(other, 'Bukti, baris 1')).toHaveValue('Foto papan');
    const masalah = await cell(other, 'Masalah, baris 1').inputValue();
    expect(masalah).toContain('Antrean menumpuk pukul sembilan pagi');
    expect(masalah).toContain('Antrean pagi');
    await expect(other.getByText('Kedua isian digabungkan')).toBeVisible();
    // And the first tab ends with the same worksheet.
    await expect(cell(page, 'Bukti, baris 1')).toHaveValue('Foto papan');
    await expect(cell(page, 'Kegiatan, baris 1')).toHaveValue('Papan antrean');
  });

  test('damaged data on the device: a notice, an empty sheet that still saves, and the old data kept to download', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('bkasn:rencana-aksi', '{"rev":3,"plan":{rusak');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(url);
    await expect(page.getByText('rusak dan tidak dapat dibaca')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh data lama' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe('{"rev":3,"plan":{rusak');
    await cell(page, 'Waktu, baris 1').fill('Juli–September');
    expect(await page.evaluate(() => localStorage.getItem('bkasn:rencana-aksi:rusak'))).toBe('{"rev":3,"plan":{rusak');
    await page.reload();
    await expect(cell(page, 'Waktu, baris 1')).toHaveValue('Juli–September');
  });

  test('a full browser storage: a notice, the text stays on screen and still goes to a file', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('bkasn:rencana-aksi')) throw new DOMException('penuh', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(url);
    await cell(page, 'Indikator, baris 1').fill('Berkas kembali 33%');
    await expect(page.getByText('Penyimpanan browser penuh')).toBeVisible();
    await expect(cell(page, 'Indikator, baris 1')).toHaveValue('Berkas kembali 33%');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan ke berkas' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Berkas kembali 33%');
  });

  test('prints on one A4 landscape page with tall rows, every line of the text, and none of the screen controls', async ({ page }) => {
    await page.goto(url);
    const long = Array.from({ length: 5 }, (_, i) => `Langkah ${i + 1}: periksa kelengkapan berkas saat diterima.`).join(' ');
    await cell(page, 'Kegiatan, baris 1').fill(long);
    await page.emulateMedia({ media: 'print' });
    const heights = await page.locator('[data-bk-ws-row]').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    // 26 mm at 96 px/in.
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(97);
    await page.emulateMedia({ media: null });
    const { pages, text } = await pdfText(page);
    expect(pages).toHaveLength(1);
    expect(Math.round(pages[0]!.width)).toBe(297);
    expect(Math.round(pages[0]!.height)).toBe(210);
    expect(text.replace(/\s+/g, '')).toContain('Langkah5:periksakelengkapanberkassaatditerima.');
    expect(text).toContain('Tahap PDCA');
    expect(text).not.toContain('Tambah baris');
    expect(text).not.toContain('Hapus baris');
    expect(text).not.toContain('Cara mengisi');
  });

  test('a worksheet longer than a page runs on row by row, no text lost', async ({ page }) => {
    await page.goto(url);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Tambah baris' }).click();
    for (let n = 1; n <= 7; n++) await cell(page, `Masalah, baris ${n}`).fill(`Masalah nomor ${n} ${'dengan uraian panjang '.repeat(6)}akhir${n}`);
    const { pages, text } = await pdfText(page);
    expect(pages.length).toBeGreaterThan(1);
    for (let n = 1; n <= 7; n++) expect(text).toContain(`akhir${n}`);
    expect(text).toContain('Disetujui kepala OPD');
  });

  test('without JavaScript it is a blank form to type into and print', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.getByText('JavaScript tidak aktif')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tambah baris' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Hapus baris 1' })).toBeHidden();
    await cell(page, 'Masalah, baris 3').fill('Ditulis tanpa JavaScript');
    const { pages, text } = await pdfText(page);
    expect(pages).toHaveLength(1);
    expect(Math.round(pages[0]!.width)).toBe(297);
    expect(text).toContain('Ditulis tanpa JavaScript');
    await context.close();
  });
});

test('the blank sheet prints on one A4 landscape page: five tall empty rows, the PDCA steps to circle, a signature line', async ({ page }) => {
  await page.goto('/rencana-aksi/kosong/');
  await expect(page.locator('textarea, input:not([type="search"])')).toHaveCount(0);
  const { pages, text } = await pdfText(page);
  expect(pages).toHaveLength(1);
  expect(Math.round(pages[0]!.width)).toBe(297);
  expect(Math.round(pages[0]!.height)).toBe(210);
  expect(text.match(/P · D · C · A/g)).toHaveLength(5);
  expect(text).toContain('Disetujui kepala OPD');
  expect(text).toContain('Penanggung jawab');
  const bottom = Math.min(...pages[0]!.texts.map((t) => pages[0]!.height - t.bottom));
  expect(bottom).toBeGreaterThanOrEqual(10);
});

test('the guide and the KBK lesson link to the worksheet', async ({ page }) => {
  for (const from of ['/panduan-fasilitator/', '/modul/kelompok-budaya-kerja/']) {
    await page.goto(from);
    await expect(page.locator(`main a[href="${url}"]`).first()).toBeVisible();
  }
});
