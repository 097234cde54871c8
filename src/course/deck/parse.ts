import { Marked, type Tokens } from 'marked';
import type { ContentProblem } from '../../schemas/editor-errors';

/**
 * Splits a deck written in Markdown (`slides/<id>.md`, format in content/README.md) into reveal.js
 * slides at build time, so no Markdown is parsed in the browser and nothing is fetched at runtime:
 * `---` on its own line starts a slide, `--` a vertical slide under the previous one, a line
 * `Catatan:` starts the speaker notes, list items written with `+ ` appear one by one, and a line
 * `[inti]` in the slide text marks the slide as part of the deck's core version (`?inti`).
 * Problems are returned in editor-facing Indonesian with the file and slide number, never thrown,
 * so the build can list every problem of every deck at once.
 */

/** Authored slides a deck must have (the closing QR slide is added on top and not counted). */
export const slideLimits = { min: 12, max: 25 } as const;

/** Minutes the core slides of a deck must add up to: the deck's short version for a 2-hour session. */
export const coreLimits = { min: 15, max: 25 } as const;

export interface Slide {
  /** 1-based position in the file, counting vertical slides too (what an editor counts). */
  number: number;
  /** 1-based line in the file where the slide's text starts. */
  line: number;
  /** Plain text of the slide's first heading ('' when it has none). */
  title: string;
  /** The slide's content as HTML (without notes). */
  html: string;
  /** Speaker notes as HTML. */
  notesHtml: string;
  /** Minutes the notes give for this slide, from "(2 menit)"; undefined when they give none. */
  minutes?: number;
  /** Marked `[inti]`: shown in the deck's core version (`?inti`). */
  core: boolean;
}

export interface ParsedDeck {
  /** Horizontal slides; each holds one slide, or several when it has vertical slides below it. */
  stacks: Slide[][];
  /** Every slide in file order. */
  slides: Slide[];
  /** Minutes of the core slides together: the core version's session length. */
  coreMinutes: number;
  problems: ContentProblem[];
}

export interface ParseOptions {
  /** Path shown in problems, e.g. `slides/grand-design.md`. */
  file: string;
  /** Lines before the body in the file (the frontmatter), so problems name real line numbers. */
  lineOffset?: number;
  /** Length of the session (`minutes` in the frontmatter); the notes' timings must fit in it. */
  minutes?: number;
}

const slideBreak = /^---\s*$/;
const verticalBreak = /^--\s*$/;
const notesStart = /^Catatan:\s*(.*)$/;
const coreMarker = /^\[inti\]\s*$/;
const fence = /^(```|~~~)/;
const timing = /\((\d+)\s*menit\)/gi;

const markdown = new Marked({
  gfm: true,
  renderer: {
    // `+ ` items are fragments (shown one by one); `- ` items show at once.
    listitem(item: Tokens.ListItem) {
      const fragment = /^\s*\+\s/.test(item.raw);
      return `<li${fragment ? ' class="fragment"' : ''}>${this.parser.parse(item.tokens)}</li>\n`;
    },
    // Header cells get a scope and alignment a class: `align=""` is obsolete HTML.
    tablecell(cell: Tokens.TableCell) {
      const tag = cell.header ? 'th' : 'td';
      const attrs = `${cell.header ? ' scope="col"' : ''}${cell.align ? ` class="bk-align-${cell.align}"` : ''}`;
      return `<${tag}${attrs}>${this.parser.parseInline(cell.tokens)}</${tag}>\n`;
    },
  },
});

/** Markdown to HTML, synchronously (no async extensions are used). */
export function renderMarkdown(source: string): string {
  return (markdown.parse(source, { async: false }) as string).trim();
}

/** Plain text of a heading line's inline Markdown: tags stripped, the common entities decoded. */
function plainText(inlineHtml: string): string {
  return inlineHtml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

interface RawSlide {
  vertical: boolean;
  /** 0-based index of the slide's first line in the body. */
  start: number;
  lines: string[];
}

/** Cuts the body at `---` / `--` lines that are outside code fences. */
function splitSlides(body: string): RawSlide[] {
  const slides: RawSlide[] = [{ vertical: false, start: 0, lines: [] }];
  let inFence = false;
  body.split(/\r?\n/).forEach((line, i) => {
    if (fence.test(line.trim())) inFence = !inFence;
    const current = slides[slides.length - 1]!;
    if (!inFence && (slideBreak.test(line) || verticalBreak.test(line))) {
      slides.push({ vertical: verticalBreak.test(line), start: i + 1, lines: [] });
    } else {
      current.lines.push(line);
    }
  });
  // A break at the very start of the body (e.g. right after the frontmatter) opens no empty slide.
  if (slides.length > 1 && slides[0]!.lines.every((l) => l.trim() === '')) slides.shift();
  return slides;
}

/** Parses a deck body into slides, with every problem an editor must fix. */
export function parseDeck(body: string, options: ParseOptions): ParsedDeck {
  const { file, lineOffset = 0, minutes } = options;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const stacks: Slide[][] = [];
  const slides: Slide[] = [];

  splitSlides(body).forEach((raw, i) => {
    const number = i + 1;
    const field = `slide ${number}`;
    const notesAt = raw.lines.findIndex((l) => notesStart.test(l));
    const textLines = notesAt === -1 ? raw.lines : raw.lines.slice(0, notesAt);
    const contentLines = textLines.filter((l) => !coreMarker.test(l));
    const core = contentLines.length < textLines.length;
    const firstText = raw.lines.findIndex((l) => l.trim() !== '');
    const line = lineOffset + raw.start + (firstText === -1 ? 0 : firstText) + 1;
    const content = contentLines.join('\n').trim();
    const notesSource = notesAt === -1 ? '' : [notesStart.exec(raw.lines[notesAt]!)![1]!, ...raw.lines.slice(notesAt + 1)].join('\n').trim();

    if (firstText === -1) {
      problem(field, `kosong (baris ${line}): hapus salah satu pemisah "---" atau "--", atau isi slidenya`);
      return;
    }
    if (content === '') problem(field, `tidak punya teks slide, hanya catatan (baris ${line}): tulis isi slide di atas baris "Catatan:"`);
    if (notesAt === -1) {
      problem(field, `tidak punya catatan pembicara (slide mulai di baris ${line}): tambahkan baris "Catatan:" di akhir slide, lalu tulis apa yang dikatakan, satu pertanyaan untuk peserta, dan waktunya, mis. (2 menit)`);
    } else if (notesSource === '') {
      problem(field, `catatan pembicaranya kosong (baris ${lineOffset + raw.start + notesAt + 1}): tulis isinya di bawah baris "Catatan:"`);
    }
    if (notesAt !== -1) {
      const misplaced = raw.lines.findIndex((l, at) => at > notesAt && coreMarker.test(l));
      if (misplaced !== -1) {
        problem(field, `penanda [inti] ada di catatan pembicara (baris ${lineOffset + raw.start + misplaced + 1}): pindahkan ke teks slide, di atas baris "Catatan:"`);
      }
    }
    if (raw.vertical && stacks.length === 0) {
      problem(field, `pemisah "--" (slide vertikal) harus di bawah slide biasa, bukan di awal dek (baris ${line})`);
    }

    const html = renderMarkdown(content);
    const heading = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/.exec(html);
    const found = [...notesSource.matchAll(timing)].map((m) => Number(m[1]));
    const slide: Slide = {
      number,
      line,
      title: heading ? plainText(heading[1]!) : '',
      html,
      notesHtml: renderMarkdown(notesSource),
      minutes: found.length ? found.reduce((a, b) => a + b, 0) : undefined,
      core,
    };
    if (core && slide.minutes === undefined) {
      problem(field, `slide inti tanpa waktu (baris ${line}): tulis waktunya di catatan, mis. (2 menit), agar versi inti dapat dihitung`);
    }
    slides.push(slide);
    if (raw.vertical && stacks.length > 0) stacks[stacks.length - 1]!.push(slide);
    else stacks.push([slide]);
  });

  if (slides.length < slideLimits.min || slides.length > slideLimits.max) {
    problem(
      'slide',
      `dek berisi ${slides.length} slide; harus ${slideLimits.min}–${slideLimits.max} slide (slide penutup dengan kode QR ditambahkan otomatis dan tidak dihitung)`,
    );
  }
  const planned = slides.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
  if (minutes !== undefined && planned > minutes) {
    problem('minutes', `waktu di catatan semua slide berjumlah ${planned} menit, lebih dari durasi sesi (minutes: ${minutes}); kurangi waktunya di catatan atau naikkan minutes`);
  }
  const coreMinutes = slides.reduce((sum, s) => sum + (s.core ? (s.minutes ?? 0) : 0), 0);
  if (coreMinutes < coreLimits.min || coreMinutes > coreLimits.max) {
    const marked = slides.filter((s) => s.core).length;
    problem(
      'inti',
      `${marked} slide bertanda [inti] berjumlah ${coreMinutes} menit; versi inti harus ${coreLimits.min}–${coreLimits.max} menit: tandai slide yang wajib ditayangkan dengan baris [inti] di teks slidenya`,
    );
  }
  return { stacks, slides, coreMinutes, problems };
}
