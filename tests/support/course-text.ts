import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { parseDeck } from '../../src/course/deck/parse';

/**
 * The course-text rules (tests/unit/course-text.test.ts) as findings over the content of a project
 * folder, so the same rules check the real content and what `npm run new-module` writes into a copy.
 * What a learner, an official or a trainer reads must never narrate how the course was written, and
 * "check the official text" notes stay rare: at most three in the whole site, none in speaker notes.
 */

export interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Phrases of a research log: how the course was written, not what the law says. */
export const researchLog = [
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
export const consultOfficialText = /naskah resmi|teks resmi|bunyi resmi|\bJDIH\b|belum dapat dipastikan/i;

/** The one place where such notes may live: `<Callout kind="uncertain" …>…</Callout>` in a lesson or page. */
const uncertainCallout = /<Callout\s+kind="uncertain"([^>]*)>([\s\S]*?)<\/Callout>/g;
export const maxConsultNotes = 3;

function hits(file: string, text: string, pattern: RegExp | string): Hit[] {
  const test = typeof pattern === 'string' ? (l: string) => l.toLowerCase().includes(pattern) : (l: string) => pattern.test(l);
  return text.split('\n').flatMap((l, i) => (test(l) ? [{ file, line: i + 1, text: l.trim().slice(0, 120) }] : []));
}

export const show = (found: Hit[]) => found.map((h) => `${h.file}:${h.line}: ${h.text}`).join('\n');

/** The deck body after its frontmatter. */
function deckBody(source: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** The rules over the content of the project in `root`. `content/README.md` is for editors and is left out. */
export function courseText(root: string) {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const list = (dir: string, ext: string) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => `${dir}/${name}`);
  const lessonFiles = [...list('content/lessons', '.mdx'), ...list('content/pages', '.mdx')];
  const deckFiles = list('slides', '.md');
  const quizFiles = list('content/quizzes', '.yaml');
  /** Every file whose text reaches a page or a deck. */
  const pageTextFiles = [...lessonFiles, ...quizFiles, 'content/glossary.yaml', 'content/regulations.yaml', ...deckFiles, ...list('src/components/diagrams', '.astro')];

  return {
    /** Research-log phrases anywhere a reader reads. */
    researchLog: (): Hit[] => pageTextFiles.flatMap((file) => researchLog.flatMap((phrase) => hits(file, read(file), phrase))),
    /** The "consult the official text" notes, with their attributes. */
    consultNotes: () => lessonFiles.flatMap((file) => [...read(file).matchAll(uncertainCallout)].map((m) => ({ file, attributes: m[1] ?? '' }))),
    /** Sends to the official text outside those notes (the glossary may define JDIH itself). */
    officialTextOutsideNotes: (): Hit[] => {
      const found = pageTextFiles
        .filter((file) => file !== 'content/glossary.yaml')
        .flatMap((file) => hits(file, read(file).replace(uncertainCallout, (block) => block.replace(/[^\n]/g, ' ')), consultOfficialText));
      const glossary = parseYaml(read('content/glossary.yaml')) as { id: string; definition: string }[];
      const glossaryHits = glossary
        .filter((entry) => entry.id !== 'jdih' && consultOfficialText.test(entry.definition))
        .map((entry) => ({ file: 'content/glossary.yaml', line: 0, text: entry.id }));
      return [...found, ...glossaryHits];
    },
    /** Speaker notes that send to the official text or read like a research log. */
    speakerNotes: (): Hit[] =>
      deckFiles.flatMap((file) =>
        parseDeck(deckBody(read(file)), { file }).slides.flatMap((slide) =>
          consultOfficialText.test(slide.notesHtml) || researchLog.some((p) => slide.notesHtml.toLowerCase().includes(p))
            ? [{ file, line: slide.number, text: `slide ${slide.number}: ${slide.title}` }]
            : [],
        ),
      ),
    /** Regulations whose status the Dasar Hukum page could not state without a "perlu dicek" label. */
    unsettledRegulations: () =>
      (parseYaml(read('content/regulations.yaml')) as { id: string; status: string; verified?: boolean }[])
        .filter((r) => r.status === 'belum-pasti' || r.verified === false)
        .map((r) => r.id),
    /** "tatalaksana" in one word. */
    tatalaksana: (): Hit[] => pageTextFiles.flatMap((file) => hits(file, read(file), /tatalaksana/i)),
    /** "Benar, pernyataan itu salah" anywhere, and false statements whose feedback does not open with "Tepat." */
    falseStatementWording: () => ({
      wording: quizFiles.flatMap((file) => hits(file, read(file), /benar,\s*pernyataan itu salah/i)),
      feedback: quizFiles.flatMap((file) => {
        const quiz = parseYaml(read(file)) as { questions: { id: string; type: string; answer?: boolean; falseFeedback?: string }[] };
        return quiz.questions
          .filter((q) => q.type === 'truefalse' && q.answer === false && q.falseFeedback && !q.falseFeedback.startsWith('Tepat.'))
          .map((q) => `${file}: ${q.id}`);
      }),
    }),
  };
}
