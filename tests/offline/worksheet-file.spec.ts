import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { offlineDir } from '../support/dist';

const fileUrl = (relative: string) => pathToFileURL(path.join(offlineDir, relative)).href;

test('the action-plan worksheet works from the unzipped folder: it saves, reloads and adds rows with no web server', async ({ page }) => {
  await page.goto(fileUrl('rencana-aksi/index.html'));
  await page.getByLabel('OPD / unit kerja').fill('Kelurahan Mekarsari');
  await page.getByLabel('Masalah, baris 1', { exact: true }).fill('Surat keterangan selesai tiga hari');
  await page.getByRole('button', { name: 'Tambah baris' }).click();
  await expect(page.getByLabel('Masalah, baris 4', { exact: true })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('OPD / unit kerja')).toHaveValue('Kelurahan Mekarsari');
  await expect(page.getByLabel('Masalah, baris 1', { exact: true })).toHaveValue('Surat keterangan selesai tiga hari');
  await expect(page.locator('[data-bk-ws-row]')).toHaveCount(4);
  await page.getByRole('link', { name: 'Lembar kosong untuk dicetak' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rencana Aksi KBK: lembar kosong');
});

test('the booklet is in the package and opens from disk, its table of contents linking inside the page', async ({ page }) => {
  await page.goto(fileUrl('index.html'));
  await page.getByRole('link', { name: 'Buku Materi Budaya Kerja ASN' }).click();
  await expect(page).toHaveURL(/buku\/index\.html$/);
  await expect(page.locator('.bk-book-part')).toHaveCount(8);
  await page.locator('.bk-book-toc').getByRole('link', { name: 'Glosarium' }).click();
  await expect(page).toHaveURL(/buku\/index\.html#glosarium$/);
});
