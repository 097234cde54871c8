import type { Slide } from './parse';

/**
 * How a deck's slides go onto A4 portrait paper for the two handouts (pages in
 * src/pages/presentasi/[id]/handout-*.astro, styles in src/styles/handout.css). Each handout
 * page is one sheet, planned here at build time, so the number of sheets is known before
 * printing and a sheet that overflows onto a second one is a bug a test can catch.
 */

/** Participant copy: this many slides per sheet, each beside ruled lines for notes. */
export const slidesPerParticipantSheet = 3;

/**
 * The trainer copy's geometry in millimetres, in step with handout.css: the height a sheet
 * leaves for rows (A4 297 mm less the 12 mm and 20 mm page margins and the 8 mm sheet header),
 * the slide picture with its caption, and the notes column (100 mm wide, 9.5 pt type, line
 * height 1.35). `charsPerLine` is deliberately low (a wide system font fits ~55), so an
 * estimate errs towards a roomier sheet, never towards a cut one.
 */
export const trainerSheet = {
  rowsHeight: 257,
  slideHeight: 52,
  rowGap: 5,
  lineHeight: 4.53,
  charsPerLine: 46,
  blockGap: 2.5,
} as const;

/** The slide's HTML for a handout page, whose own h1 is the page title: the title slide's h1 becomes an h2. */
export function handoutSlideHtml(html: string): string {
  return html.replace(/<(\/?)h1(?=[\s>])/g, '<$1h2');
}

/** Splits slides into sheets of `size`. */
export function sheetsOf<T>(items: readonly T[], size: number): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += size) sheets.push(items.slice(i, i + size));
  return sheets;
}

/** The text blocks (paragraphs, list items) of a slide's notes, as plain text. */
function noteBlocks(notesHtml: string): string[] {
  return notesHtml
    .split(/<\/(?:p|li|h\d)>/)
    .map((b) => b.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/gi, 'x').trim())
    .filter(Boolean);
}

/** Height in mm of one trainer-copy row: the slide picture or its notes, whichever is taller, and the gap below. */
export function trainerRowHeight(slide: Pick<Slide, 'notesHtml'>): number {
  const { slideHeight, rowGap, lineHeight, charsPerLine, blockGap } = trainerSheet;
  const blocks = noteBlocks(slide.notesHtml);
  const lines = blocks.reduce((sum, b) => sum + Math.ceil(b.length / charsPerLine), 0);
  const notes = lines * lineHeight + Math.max(0, blocks.length - 1) * blockGap;
  return Math.max(slideHeight, notes) + rowGap;
}

/** Trainer copy: as many slide-and-notes rows per sheet as fit, in order, never splitting a row. */
export function trainerSheets<T extends Pick<Slide, 'notesHtml'>>(slides: readonly T[]): T[][] {
  const sheets: T[][] = [];
  let used = Infinity;
  for (const slide of slides) {
    const height = trainerRowHeight(slide);
    if (used + height > trainerSheet.rowsHeight) {
      sheets.push([]);
      used = 0;
    }
    sheets[sheets.length - 1]!.push(slide);
    used += height;
  }
  return sheets;
}
