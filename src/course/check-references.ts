import type { ContentProblem } from '../schemas/editor-errors';
import type { LessonData } from '../schemas/lesson';
import type { Quiz } from '../schemas/quiz';
import type { DeckData } from '../schemas/deck';
import type { Regulation } from '../schemas/regulation';
import type { GlossaryTerm } from '../schemas/glossary';
import { suggestion as suggest } from '../shared/suggest';

/** What the cross-reference check needs to know of each entry: its id, file, data and body. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}
export interface LessonEntry extends Entry<LessonData> {
  /** Raw MDX body, scanned for `<Reg id>` and `<Term id>`. */
  body: string;
  /** Slugs of the lesson's headings, which quiz citations point at. */
  headings: readonly string[];
}
export interface CourseInput {
  lessons: readonly LessonEntry[];
  pages: readonly { id: string; file: string; body: string }[];
  quizzes: readonly Entry<Quiz>[];
  decks: readonly Entry<DeckData>[];
  regulations: readonly Entry<Regulation>[];
  glossary: readonly Entry<GlossaryTerm>[];
}

/** Line number (1-based) of a character offset, so an editor can jump to the tag. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Finds `<Tag id="…">` uses in an MDX body with their line numbers. */
export function findTagIds(body: string, tag: string): { id: string; line: number }[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\bid=["']([^"']*)["']`, 'g');
  return [...body.matchAll(pattern)].map((m) => ({ id: m[1] ?? '', line: lineOf(body, m.index ?? 0) }));
}

/**
 * Checks every reference between collections: a lesson's regulations, deck and quiz; a quiz's
 * lesson and citations (down to the heading slug); one skill per question id across the pre- and
 * post-test; a deck's lesson; `<Reg>`/`<Term>` ids in MDX bodies; regulation and glossary links;
 * and unique lesson order. Returns all problems at once so an editor can fix them in one pass.
 */
export function checkReferences(input: CourseInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const regulationIds = new Set(input.regulations.map((r) => r.id));
  const termIds = new Set(input.glossary.map((g) => g.id));
  const lessons = new Map(input.lessons.map((l) => [l.id, l]));
  const quizIds = new Set(input.quizzes.map((q) => q.id));
  const deckIds = new Set(input.decks.map((d) => d.id));

  const missing = (file: string, field: string, kind: string, id: string, known: Set<string>, where: string) =>
    problems.push({ file, field, message: `${kind} "${id}" tidak ditemukan di ${where}${suggest(id, known)}` });

  const orders = new Map<number, string>();
  for (const lesson of input.lessons) {
    const { file, data } = lesson;
    data.regulations.forEach((id, i) => {
      if (!regulationIds.has(id)) missing(file, `regulations.${i}`, 'regulasi', id, regulationIds, 'content/regulations.yaml');
    });
    if (data.deck && !deckIds.has(data.deck)) missing(file, 'deck', 'presentasi', data.deck, deckIds, 'slides/');
    if (data.quiz && !quizIds.has(data.quiz)) missing(file, 'quiz', 'kuis', data.quiz, quizIds, 'content/quizzes/');
    const other = orders.get(data.order);
    if (other) problems.push({ file, field: 'order', message: `urutan ${data.order} sudah dipakai pelajaran "${other}"; setiap modul butuh urutan sendiri` });
    else orders.set(data.order, lesson.id);
  }

  for (const doc of [...input.lessons, ...input.pages]) {
    for (const use of findTagIds(doc.body, 'Reg')) {
      if (!regulationIds.has(use.id)) missing(doc.file, `isi baris ${use.line} <Reg id>`, 'regulasi', use.id, regulationIds, 'content/regulations.yaml');
    }
    for (const use of findTagIds(doc.body, 'Term')) {
      if (!termIds.has(use.id)) missing(doc.file, `isi baris ${use.line} <Term id>`, 'istilah', use.id, termIds, 'content/glossary.yaml');
    }
  }

  for (const quiz of input.quizzes) {
    const { file, data } = quiz;
    if (data.lesson && !lessons.has(data.lesson)) missing(file, 'lesson', 'pelajaran', data.lesson, new Set(lessons.keys()), 'content/lessons/');
    data.questions.forEach((q, i) => {
      const at = `questions.${i}.cite`;
      if (q.cite.regulation && !regulationIds.has(q.cite.regulation)) {
        missing(file, `${at}.regulation`, 'regulasi', q.cite.regulation, regulationIds, 'content/regulations.yaml');
      }
      const lessonId = q.cite.lesson ?? data.lesson;
      if (q.cite.lesson && !lessons.has(q.cite.lesson)) {
        missing(file, `${at}.lesson`, 'pelajaran', q.cite.lesson, new Set(lessons.keys()), 'content/lessons/');
      } else if (q.cite.section) {
        const lesson = lessonId ? lessons.get(lessonId) : undefined;
        if (!lesson) {
          problems.push({ file, field: `${at}.section`, message: 'section butuh pelajaran: isi cite.lesson (atau lesson pada kuis)' });
        } else if (!lesson.headings.includes(q.cite.section)) {
          missing(file, `${at}.section`, 'bagian', q.cite.section, new Set(lesson.headings), `judul-judul ${lesson.file}`);
        }
      }
    });
  }

  // The pre-test and post-test measure the same abilities: a question id in both names one skill.
  const skillOf = new Map<string, { skill: string; file: string }>();
  for (const quiz of input.quizzes.filter((q) => q.data.kind !== 'module')) {
    quiz.data.questions.forEach((q, i) => {
      if (!q.skill) return;
      const other = skillOf.get(q.id);
      if (!other) skillOf.set(q.id, { skill: q.skill, file: quiz.file });
      else if (other.skill !== q.skill) {
        problems.push({
          file: quiz.file,
          field: `questions.${i}.skill`,
          message: `soal "${q.id}" menguji "${q.skill}", tetapi di ${other.file} soal ber-id sama menguji "${other.skill}"; samakan keduanya`,
        });
      }
    });
  }

  for (const deck of input.decks) {
    if (!lessons.has(deck.data.lesson)) missing(deck.file, 'lesson', 'pelajaran', deck.data.lesson, new Set(lessons.keys()), 'content/lessons/');
  }
  for (const reg of input.regulations) {
    if (reg.data.replacedBy && !regulationIds.has(reg.data.replacedBy)) {
      missing(reg.file, `${reg.id}.replacedBy`, 'regulasi', reg.data.replacedBy, regulationIds, 'content/regulations.yaml');
    }
    reg.data.amendedBy.forEach((id, i) => {
      if (!regulationIds.has(id)) missing(reg.file, `${reg.id}.amendedBy.${i}`, 'regulasi', id, regulationIds, 'content/regulations.yaml');
    });
  }
  for (const term of input.glossary) {
    if (term.data.regulation && !regulationIds.has(term.data.regulation)) {
      missing(term.file, `${term.id}.regulation`, 'regulasi', term.data.regulation, regulationIds, 'content/regulations.yaml');
    }
  }
  return problems;
}
