import { test, expect } from '../support/fixtures';
import { readPdfText } from '../support/pdf-text';
import { measure } from '../../src/cli/measure.mjs';

const url = '/buku/';
const lessons = ['Grand Design', 'Pola Pikir', 'Nilai', 'Kelompok Budaya Kerja', 'SOP', 'Pelayanan Publik'];

test('the booklet holds the six lessons in order, every lesson heading, the glossary and the sources, with a table of contents', async ({ page, request }) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buku Materi Budaya Kerja ASN');
  const parts = await page.locator('.bk-book-part > h2').allTextContents();
  expect(parts).toHaveLength(8);
  lessons.forEach((name, i) => expect(parts[i]).toMatch(new RegExp(`^Modul ${i + 1}: .*${name}`, 'i')));
  expect(parts.slice(6)).toEqual(['Glosarium', 'Dasar Hukum dan Sumber']);
  // Every h2 of every lesson page is in the booklet, in order, one level down.
  for (const [i, id] of ['grand-design', 'pola-pikir', 'nilai-budaya-kerja', 'kelompok-budaya-kerja', 'sop-ap', 'pelayanan-integritas'].entries()) {
    const lesson = await request.get(`/modul/${id}/`);
    const html = await lesson.text();
    const headings = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)]
      .filter((m) => !['tujuan', 'presentasi-modul', 'kuis-modul', 'simpan-offline', 'dasar-hukum-modul'].includes(m[1]!))
      .map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());
    const inBooklet = await page.locator(`#${id} h3`).allTextContents();
    expect(headings.length, id).toBeGreaterThan(3);
    expect(inBooklet.map((h) => h.trim()).filter((h) => headings.includes(h)), `modul ${i + 1}`).toEqual(headings);
    await expect(page.locator('.bk-book-toc').getByRole('link', { name: headings[0]!, exact: true }).first()).toHaveAttribute('href', new RegExp(`^#${id}--`));
  }
  // Links into another part stay inside the booklet.
  const termLink = page.locator('#grand-design a[href^="#glosarium--"]').first();
  const target = (await termLink.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
});

test('the booklet prints on A4 with every module on a new page, page numbers, and no site navigation', async ({ page }) => {
  await page.goto(url);
  const pages = await readPdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(20);
  for (const p of pages) {
    expect(Math.round(p.width)).toBe(210);
    expect(Math.round(p.height)).toBe(297);
  }
  const pageText = pages.map((p) => p.texts.map((t) => t.text).join(' '));
  // Each module's title opens a page (the first line below the top margin).
  const firstLines = pages.map((p) => [...p.texts].sort((a, b) => a.top - b.top || a.left - b.left)[0]?.text ?? '');
  for (let n = 1; n <= 6; n++) expect(firstLines.filter((line) => line.startsWith(`Modul ${n}:`)), `Modul ${n}`).toHaveLength(1);
  expect(firstLines).toContain('Glosarium');
  expect(pageText.map((text, i) => text.includes(`${i + 1} / ${pages.length}`))).not.toContain(false);
  const all = pageText.join('\n');
  expect(all).not.toContain('Langsung ke isi');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.bk-header', '.bk-crumbs', '.bk-footer', '.bk-skip']) await expect(page.locator(chrome)).toBeHidden();
  expect(all).not.toContain('Cetak atau simpan sebagai PDF');
  for (const p of pages) for (const t of p.texts) expect(p.height - t.bottom, t.text).toBeGreaterThanOrEqual(10);
});

test('the booklet is reachable from the home page and the download page', async ({ page }) => {
  for (const from of ['/', '/unduh/']) {
    await page.goto(from);
    await page.locator('main').getByRole('link', { name: 'Buku Materi Budaya Kerja ASN' }).click();
    await expect(page).toHaveURL(/\/buku\/$/);
  }
});

test('the trainer\'s guide opens with a table of contents linking every section', async ({ page }) => {
  await page.goto('/panduan-fasilitator/');
  const toc = page.getByRole('navigation', { name: 'Daftar isi' });
  await expect(toc).toBeVisible();
  const links = toc.getByRole('link');
  await expect(links.first()).toHaveText('Materi yang tersedia');
  await expect(toc.getByRole('link', { name: 'Susunan acara 2 jam' })).toHaveAttribute('href', '#susunan-acara-2-jam');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
  expect(hrefs.length).toBe(await page.locator('main h2').count());
});

test('the guide\'s 2-hour agenda links the core versions, and a core link opens the short deck', async ({ page }) => {
  await page.goto('/panduan-fasilitator/#susunan-acara-2-jam');
  const link = page.getByRole('link', { name: '/presentasi/kelompok-budaya-kerja/?inti' });
  await expect(link).toBeVisible();
  await link.click();
  await page.waitForFunction(() => window.Reveal?.isReady?.());
  await expect(page).toHaveTitle(/versi inti/);
});

test('the worksheet, the blank sheet and the handouts each cost at most 20 KB gz on a first visit', async ({ context, baseURL }) => {
  for (const path of ['/rencana-aksi/', '/rencana-aksi/kosong/', '/presentasi/grand-design/handout-peserta/', '/presentasi/pelayanan-integritas/handout-fasilitator/']) {
    const result = await measure(context, `${baseURL}${path}`);
    const detail = result.requests.map((r) => `${r.type} ${r.encoded} B ${r.url}`).join('\n');
    expect(result.encoded, `${path}\n${detail}`).toBeLessThanOrEqual(20 * 1024);
  }
});
