import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a PDF page, with its box in millimetres from the page's top-left corner. */
export interface PdfText {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PdfPage {
  /** Page size in millimetres. */
  width: number;
  height: number;
  texts: PdfText[];
}

const mm = (pt: number) => (pt * 25.4) / 72;

/**
 * Reads where every piece of text sits on every page of a PDF (Chromium's `page.pdf()` output),
 * with Mozilla's PDF.js: the text's transform gives its baseline origin, its width and the font
 * size give the rest. Used to check margins and page counts of printed handouts.
 */
export async function readPdfText(data: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const height = y1 - y0;
    const content = await page.getTextContent();
    const texts: PdfText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d, e, f] = item.transform as number[];
      const size = Math.abs(d ?? item.height);
      // Baseline at (e, f) in PDF space (origin bottom-left); the glyphs reach about one font size up.
      texts.push({
        text: item.str,
        left: mm(e! - x0),
        right: mm(e! - x0 + item.width),
        top: mm(height - (f! - y0) - size),
        bottom: mm(height - (f! - y0) + size * 0.25),
      });
    }
    pages.push({ width: mm(x1 - x0), height: mm(height), texts });
    page.cleanup();
  }
  await task.destroy();
  return pages;
}

/** The smallest distance of any text to each edge of its page, over all pages, in mm. */
export function textMargins(pages: readonly PdfPage[]): { left: number; right: number; top: number; bottom: number } {
  let left = Infinity;
  let right = Infinity;
  let top = Infinity;
  let bottom = Infinity;
  for (const p of pages) {
    for (const t of p.texts) {
      left = Math.min(left, t.left);
      right = Math.min(right, p.width - t.right);
      top = Math.min(top, t.top);
      bottom = Math.min(bottom, p.height - t.bottom);
    }
  }
  return { left, right, top, bottom };
}
