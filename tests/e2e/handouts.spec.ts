import { test, expect } from '../support/fixtures';
import { deckIds } from '../support/deck';
import { readPdfText, textMargins, type PdfPage } from '../support/pdf-text';

// Handouts are checked on the PDF Chromium prints (`page.pdf()`, as `npm run handouts` makes it):
// where every piece of text lands (PDF.js), how many pages there are, and the page numbers.
const minMargin = 10; // mm, on every side

/** Text closer than `minMargin` to an edge, as "page 3: “Slide 7” 8.1 mm from the left". */
function tooClose(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((p, i) =>
    p.texts.flatMap((t) => {
      const gaps = { kiri: t.left, kanan: p.width - t.right, atas: t.top, bawah: p.height - t.bottom };
      return Object.entries(gaps)
        .filter(([, gap]) => gap < minMargin)
        .map(([side, gap]) => `page ${i + 1}: “${t.text}” ${gap.toFixed(1)} mm (${side})`);
    }),
  );
}

const kinds = [
  { kind: 'handout-peserta', who: 'participant', perSheet: (slides: number) => Math.ceil(slides / 3) },
  { kind: 'handout-fasilitator', who: 'trainer', perSheet: undefined },
] as const;

for (const id of deckIds) {
  for (const { kind, who, perSheet } of kinds) {
    test(`${id}: the ${who} handout prints one A4 portrait page per planned sheet, every slide whole, text at least 10 mm from every edge, pages numbered`, async ({ page }) => {
      await page.goto(`/presentasi/${id}/${kind}/`);
      const sheets = await page.locator('[data-bk-sheet]').count();
      const slides = await page.locator('.bk-ho-slide').count();
      if (perSheet) expect(sheets).toBe(perSheet(slides));
      // The trainer copy packs rows by their notes: never fewer than two slides a page on average.
      else expect(sheets).toBeLessThanOrEqual(Math.ceil(slides / 2));

      await page.emulateMedia({ media: 'print' });
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.bk-ho-frame')].flatMap((frame, i) => {
          const section = frame.querySelector<HTMLElement>('section')!;
          const box = frame.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(section);
          const outside = [...range.getClientRects()].some(
            (r) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5),
          );
          return section.scrollHeight > 720 || section.scrollWidth > 1280 || outside ? [`slide ${i + 1}`] : [];
        }),
      );
      expect(cut).toEqual([]);

      const pages = await readPdfText(await page.pdf({ preferCSSPageSize: true }));
      expect(pages).toHaveLength(sheets);
      for (const p of pages) {
        expect(Math.abs(p.width - 210)).toBeLessThan(1);
        expect(Math.abs(p.height - 297)).toBeLessThan(1);
      }
      expect(tooClose(pages)).toEqual([]);
      expect(pages.map((p, i) => p.texts.some((t) => t.text.trim() === `${i + 1} / ${pages.length}`))).not.toContain(false);
      // Every slide is on paper, in order.
      const captions = pages.flatMap((p) => p.texts.map((t) => /^Slide (\d+)$/.exec(t.text.trim())?.[1]).filter(Boolean).map(Number));
      expect(captions).toEqual(Array.from({ length: slides }, (_, i) => i + 1));
    });
  }
}

test('the trainer handout sets each slide beside its own notes and marks the core slides', async ({ page }) => {
  await page.goto('/presentasi/grand-design/handout-fasilitator/');
  const first = page.locator('.bk-ho-row').first();
  await expect(first.locator('.bk-ho-notes')).toContainText('Sapa peserta dan perkenalkan diri');
  await expect(first.locator('.bk-ho-notes')).toContainText('Inti');
  await expect(page.locator('.bk-ho-row').nth(1).locator('.bk-ho-notes')).not.toContainText('Inti');
  const [slide, notes] = await Promise.all([first.locator('.bk-ho-frame').boundingBox(), first.locator('.bk-ho-notes').boundingBox()]);
  expect(notes!.x).toBeGreaterThan(slide!.x + slide!.width);
  expect(Math.abs(notes!.y - slide!.y)).toBeLessThan(2);
});

for (const id of deckIds) {
  test(`${id}: the one-slide-per-page view prints a page per slide with at least 10 mm of paper around every slide`, async ({ page }) => {
    await page.goto(`/presentasi/${id}/?print-pdf`);
    await page.waitForSelector('.pdf-page');
    const slides = await page.locator('.pdf-page').count();
    const pages = await readPdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages).toHaveLength(slides);
    expect(tooClose(pages)).toEqual([]);
    expect(textMargins(pages).left).toBeGreaterThanOrEqual(minMargin);
  });
}

test('without JavaScript a handout is complete and printable, its print button hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/presentasi/pola-pikir/handout-peserta/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handout peserta: Perubahan Pola Pikir dan Budaya Kerja');
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
  await expect(page.getByText('tekan Ctrl+P')).toBeVisible();
  await expect(page.locator('.bk-ho-slide').first()).toBeVisible();
  await context.close();
});

test('the print button opens the print dialog', async ({ page }) => {
  await page.goto('/presentasi/pola-pikir/handout-peserta/');
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Cetak' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
});
