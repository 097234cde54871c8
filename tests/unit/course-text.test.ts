import { readFileSync, readdirSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/course/deck/parse';

/**
 * What a learner, an official or a trainer reads must never narrate how the course was written, and
 * "check the official text" notes stay rare: at most three in the whole site, none in speaker notes
 * (trainers read those aloud). These tests scan the files that become pages, so the rule cannot regress.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string, ext: string) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith(ext))
    .map((name) => `${dir}/${name}`);

/** Every file whose text reaches a page or a deck. `content/README.md` is for editors and is left out. */
const lessonFiles = [...list('content/lessons', '.mdx'), ...list('content/pages', '.mdx')];
const deckFiles = list('slides', '.md');
const pageTextFiles = [
  ...lessonFiles,
  ...list('content/quizzes', '.yaml'),
  'content/glossary.yaml',
  'content/regulations.yaml',
  ...deckFiles,
  ...list('src/components/diagrams', '.astro'),
];

/** Phrases of a research log: how the course was written, not what the law says. */
const researchLog = [
  'belum terbaca',
  'belum dibaca',
  'lembar fakta',
  'penyusun modul',
  'perlu dicek',
  'belum dicek',
  'belum dicocokkan',
  'belum terverifikasi',
  'belum diverifikasi',
  'sumber sekunder',
  'salinan sekunder',
  'kursus ini belum',
  'fact sheet',
];

/** Wording that sends the reader to the official text: allowed only inside the few notes below. */
const consultOfficialText = /naskah resmi|teks resmi|bunyi resmi|\bJDIH\b|belum dapat dipastikan/i;

/** The one place where such notes may live: `<Callout kind="uncertain" …>…</Callout>` in a lesson or page. */
const uncertainCallout = /<Callout\s+kind="uncertain"([^>]*)>([\s\S]*?)<\/Callout>/g;
const maxConsultNotes = 3;

interface Hit {
  file: string;
  line: number;
  text: string;
}

function hits(file: string, text: string, pattern: RegExp | string): Hit[] {
  const test = typeof pattern === 'string' ? (l: string) => l.toLowerCase().includes(pattern) : (l: string) => pattern.test(l);
  return text.split('\n').flatMap((l, i) => (test(l) ? [{ file, line: i + 1, text: l.trim().slice(0, 120) }] : []));
}

const show = (found: Hit[]) => found.map((h) => `${h.file}:${h.line}: ${h.text}`).join('\n');

/** The deck body after its frontmatter. */
function deckBody(source: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

describe('course text', () => {
  it('never narrates how the course was written', () => {
    const found = pageTextFiles.flatMap((file) => {
      const text = read(file);
      return researchLog.flatMap((phrase) => hits(file, text, phrase));
    });
    expect(found, show(found)).toEqual([]);
  });

  it(`has at most ${maxConsultNotes} "consult the official text" notes, each with its own title`, () => {
    const notes = lessonFiles.flatMap((file) =>
      [...read(file).matchAll(uncertainCallout)].map((m) => ({ file, attributes: m[1] ?? '' })),
    );
    expect(notes.length, notes.map((n) => n.file).join('\n')).toBeLessThanOrEqual(maxConsultNotes);
    // Without a title the note would show the generic "Perlu dicek" heading.
    const untitled = notes.filter((n) => !/\btitle=/.test(n.attributes));
    expect(untitled.map((n) => n.file)).toEqual([]);
  });

  it('sends readers to the official text only from those notes', () => {
    const found = pageTextFiles
      .filter((file) => file !== 'content/glossary.yaml')
      .flatMap((file) => {
        const text = read(file).replace(uncertainCallout, (block) => block.replace(/[^\n]/g, ' '));
        return hits(file, text, consultOfficialText);
      });
    // The glossary may define the term JDIH itself, and nothing else there may point to it.
    const glossary = parseYaml(read('content/glossary.yaml')) as { id: string; definition: string }[];
    const glossaryHits = glossary
      .filter((entry) => entry.id !== 'jdih' && consultOfficialText.test(entry.definition))
      .map((entry) => ({ file: 'content/glossary.yaml', line: 0, text: entry.id }));
    expect([...found, ...glossaryHits], show([...found, ...glossaryHits])).toEqual([]);
  });

  it('keeps every speaker note free of "consult the official text" notes', () => {
    const found = deckFiles.flatMap((file) =>
      parseDeck(deckBody(read(file)), { file }).slides.flatMap((slide) =>
        consultOfficialText.test(slide.notesHtml) || researchLog.some((p) => slide.notesHtml.toLowerCase().includes(p))
          ? [{ file, line: slide.number, text: `slide ${slide.number}: ${slide.title}` }]
          : [],
      ),
    );
    expect(found, show(found)).toEqual([]);
  });

  it('gives every regulation a status the Dasar Hukum page can state without a "perlu dicek" label', () => {
    const regulations = parseYaml(read('content/regulations.yaml')) as { id: string; status: string; verified?: boolean }[];
    const unsettled = regulations.filter((r) => r.status === 'belum-pasti' || r.verified === false).map((r) => r.id);
    expect(unsettled).toEqual([]);
  });

  it('spells "tata laksana" as two words', () => {
    const found = pageTextFiles.flatMap((file) => hits(file, read(file), /tatalaksana/i));
    expect(found, show(found)).toEqual([]);
  });

  it('answers a false statement with "Tepat. Pernyataan itu keliru…", never "Benar, pernyataan itu salah"', () => {
    const quizzes = list('content/quizzes', '.yaml');
    const found = quizzes.flatMap((file) => hits(file, read(file), /benar,\s*pernyataan itu salah/i));
    expect(found, show(found)).toEqual([]);
    const falseAnswers = quizzes.flatMap((file) => {
      const quiz = parseYaml(read(file)) as { questions: { id: string; type: string; answer?: boolean; falseFeedback?: string }[] };
      return quiz.questions
        .filter((q) => q.type === 'truefalse' && q.answer === false && q.falseFeedback && !q.falseFeedback.startsWith('Tepat.'))
        .map((q) => `${file}: ${q.id}`);
    });
    expect(falseAnswers).toEqual([]);
  });
});
