import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkReferences } from './check-references';
import { formatProblems } from '../schemas/editor-errors';
import { parseDeckEntry, type ParsedDeck } from './deck/load';
import { arrangeQuiz, keyPositionProblems, type ArrangedQuiz } from '../shared/quiz-order';

/**
 * A quiz as every page and output sees it: its options already in display order (see
 * src/shared/quiz-order.ts), so the pages, the key model and the result codes agree.
 */
export type CourseQuiz = Omit<CollectionEntry<'quizzes'>, 'data'> & { data: ArrangedQuiz };

/** One module as a learner meets it: the lesson, with its deck and quiz when they exist. */
export interface Module {
  id: string;
  /** 1-based position in the course. */
  number: number;
  lesson: CollectionEntry<'lessons'>;
  deck?: CollectionEntry<'decks'>;
  /** The deck's slides, parsed at build time (present whenever `deck` is). */
  slides?: ParsedDeck;
  quiz?: CourseQuiz;
  headings: { depth: number; slug: string; text: string }[];
  prev?: Module;
  next?: Module;
}

export interface Course {
  modules: Module[];
  regulations: Map<string, CollectionEntry<'regulations'>['data']>;
  glossary: Map<string, CollectionEntry<'glossary'>['data']>;
  /** Every quiz, options in display order. */
  quizzes: Map<string, CourseQuiz>;
  decks: Map<string, CollectionEntry<'decks'>>;
  /** Every deck's slides by deck id, parsed and checked at build time. */
  deckSlides: Map<string, ParsedDeck>;
  pages: CollectionEntry<'pages'>[];
}

let cached: Promise<Course> | undefined;

/**
 * The course, loaded once per build and checked as a whole. A broken cross-reference stops the
 * build here, with every problem listed by file and field.
 */
export function getCourse(): Promise<Course> {
  cached ??= loadCourse();
  return cached;
}

async function loadCourse(): Promise<Course> {
  const [lessons, pages, quizzes, decks, regulations, glossary] = await Promise.all([
    getCollection('lessons'),
    getCollection('pages'),
    getCollection('quizzes'),
    getCollection('decks'),
    getCollection('regulations'),
    getCollection('glossary'),
  ]);
  const rendered = await Promise.all(lessons.map(async (l) => ({ entry: l, headings: (await render(l)).headings })));

  const problems = checkReferences({
    lessons: rendered.map(({ entry, headings }) => ({
      id: entry.id,
      file: entry.filePath ?? `content/lessons/${entry.id}.mdx`,
      data: entry.data,
      body: entry.body ?? '',
      headings: headings.map((h) => h.slug),
    })),
    pages: pages.map((p) => ({ id: p.id, file: p.filePath ?? `content/pages/${p.id}.mdx`, body: p.body ?? '' })),
    quizzes: quizzes.map((q) => ({ id: q.id, file: q.filePath ?? `content/quizzes/${q.id}.yaml`, data: q.data })),
    decks: decks.map((d) => ({ id: d.id, file: d.filePath ?? `slides/${d.id}.md`, data: d.data })),
    regulations: regulations.map((r) => ({ id: r.id, file: 'content/regulations.yaml', data: r.data })),
    glossary: glossary.map((g) => ({ id: g.id, file: 'content/glossary.yaml', data: g.data })),
  });
  const deckSlides = new Map(decks.map((d) => [d.id, parseDeckEntry(d)]));
  for (const parsed of deckSlides.values()) problems.push(...parsed.problems);
  const arranged: CourseQuiz[] = quizzes.map((q) => ({ ...q, data: arrangeQuiz(q.id, q.data) }));
  for (const q of arranged) {
    const file = q.filePath ?? `content/quizzes/${q.id}.yaml`;
    for (const message of keyPositionProblems(q.data)) problems.push({ file, field: 'questions', message });
  }
  if (problems.length) throw new Error(formatProblems(problems));

  const quizMap = new Map(arranged.map((q) => [q.id, q]));
  const deckMap = new Map(decks.map((d) => [d.id, d]));
  const modules: Module[] = rendered
    .sort((a, b) => a.entry.data.order - b.entry.data.order)
    .map(({ entry, headings }, i) => ({
      id: entry.id,
      number: i + 1,
      lesson: entry,
      deck: entry.data.deck ? deckMap.get(entry.data.deck) : undefined,
      slides: entry.data.deck ? deckSlides.get(entry.data.deck) : undefined,
      quiz: entry.data.quiz ? quizMap.get(entry.data.quiz) : undefined,
      headings,
    }));
  modules.forEach((m, i) => {
    m.prev = modules[i - 1];
    m.next = modules[i + 1];
  });

  return {
    modules,
    regulations: new Map(regulations.map((r) => [r.id, r.data])),
    glossary: new Map(glossary.map((g) => [g.id, g.data])),
    quizzes: quizMap,
    decks: deckMap,
    deckSlides,
    pages,
  };
}

/** The module with this id; throws (failing the build) when there is none. */
export async function getModule(id: string): Promise<Module> {
  const found = (await getCourse()).modules.find((m) => m.id === id);
  if (!found) throw new Error(`Modul "${id}" tidak ada`);
  return found;
}
