// `npm run new-module -- <id>` (src/cli/new-module.mjs) on a copy of the content: what it writes
// passes the schemas, the quiz-order and deck checks and the course-text rules, reads as placeholder
// everywhere, and a bad or taken id is refused with nothing written. That `npm run build` then
// succeeds and shows the module everywhere is tested on a real build (tests/e2e/settings.spec.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModule, idPattern, idProblem } from '../../src/cli/new-module.mjs';
import { placeholderMark } from '../../src/cli/new-module/skeleton.mjs';
import { checkAgainst } from '../../src/schemas/editor-errors';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';
import { deckSchema } from '../../src/schemas/deck';
import { parseDeck, coreLimits, slideLimits } from '../../src/course/deck/parse';
import { arrangeQuiz, keyPositionProblems } from '../../src/shared/quiz-order';
import { courseText, show } from '../support/course-text';
import { projectNode } from '../support/test-site';

const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
/** A project folder with a copy of the content (and the diagrams the course-text rules read). */
function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-modul-baru-'));
  temps.push(dir);
  for (const entry of ['content', 'slides', 'src/components/diagrams']) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const lessonOrders = (dir: string) =>
  readdirSync(path.join(dir, 'content/lessons')).map((f) => frontmatter(readFileSync(path.join(dir, 'content/lessons', f), 'utf8')).order as number);

describe('a new module', () => {
  const id = 'nilai-organisasi';
  let dir = '';
  let made: ReturnType<typeof createModule>;
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  beforeAll(() => {
    dir = copy();
    made = createModule(id, dir, new Date(2027, 0, 15));
  });

  it('is the next module in order, and its lesson names its deck, quiz and a regulation the course lists', () => {
    const lesson = frontmatter(read(`content/lessons/${id}.mdx`));
    expect(lesson.order).toBe(Math.max(...lessonOrders(root)) + 1);
    expect(lesson).toMatchObject({ deck: id, quiz: id, regulations: ['uu-20-2023'] });
    expect(String(lesson.updated)).toMatch(/^2027-01-15/);
    expect(made.files.map((f) => f.file)).toEqual([`content/lessons/${id}.mdx`, `content/quizzes/${id}.yaml`, `slides/${id}.md`]);
  });

  it('passes the schemas of lesson, quiz and deck as written', () => {
    expect(checkAgainst(lessonSchema, frontmatter(read(`content/lessons/${id}.mdx`)), 'lesson')).toEqual([]);
    expect(checkAgainst(quizSchema, parseYaml(read(`content/quizzes/${id}.yaml`)), 'quiz')).toEqual([]);
    expect(checkAgainst(deckSchema, frontmatter(read(`slides/${id}.md`)), 'deck')).toEqual([]);
  });

  it('has a deck of 12–25 slides, each with notes, whose core version lasts 15–25 minutes', () => {
    const deckText = read(`slides/${id}.md`);
    const deck = parseDeck(body(deckText), { file: `slides/${id}.md`, minutes: deckSchema.parse(frontmatter(deckText)).minutes });
    expect(deck.problems).toEqual([]);
    expect(deck.slides.length).toBeGreaterThanOrEqual(slideLimits.min);
    expect(deck.coreMinutes).toBeGreaterThanOrEqual(coreLimits.min);
    expect(deck.coreMinutes).toBeLessThanOrEqual(coreLimits.max);
    expect(deck.slides[0]!.html).toMatch(/^<h1>/);
  });

  it('passes the quiz-order checks, and so do the pre-test and post-test it adds a question to', () => {
    for (const file of [`content/quizzes/${id}.yaml`, ...made.tests]) {
      const quiz = quizSchema.parse(parseYaml(read(file))) as Quiz;
      expect(keyPositionProblems(arrangeQuiz(path.basename(file, '.yaml'), quiz)), file).toEqual([]);
    }
  });

  it('adds one question under the same new id and skill to the pre-test and the post-test, citing the new lesson\'s first section', () => {
    expect(made.tests.sort()).toEqual(['content/quizzes/posttest.yaml', 'content/quizzes/pretest.yaml']);
    const added = made.tests.map((file) => {
      const before = parseYaml(readFileSync(path.join(root, file), 'utf8')) as Quiz;
      const after = quizSchema.parse(parseYaml(read(file)));
      expect(after.questions.slice(0, -1), file).toEqual(quizSchema.parse(before).questions);
      return after.questions.at(-1)!;
    });
    expect(added[0]!.id).toBe(made.questionId);
    expect(added[1]!.id).toBe(made.questionId);
    expect(added[0]!.skill).toBe(added[1]!.skill);
    expect(added[0]!.cite).toEqual({ regulation: 'uu-20-2023', lesson: id, section: 'bagian-pertama' });
    expect(read(`content/lessons/${id}.mdx`)).toMatch(/^## Bagian pertama$/m);
  });

  it('passes the course-text rules (tests/unit/course-text.test.ts) with it in the course', () => {
    const text = courseText(dir);
    for (const found of [text.researchLog(), text.officialTextOutsideNotes(), text.speakerNotes(), text.tatalaksana(), text.falseStatementWording().wording]) {
      expect(found, show(found)).toEqual([]);
    }
    expect(text.falseStatementWording().feedback).toEqual([]);
    expect(text.consultNotes().length).toBe(courseText(root).consultNotes().length);
  });

  it('reads as placeholder wherever a reader would see it, so nobody takes it for course content', () => {
    const quiz = parseYaml(read(`content/quizzes/${id}.yaml`)) as Quiz & { description: string };
    const texts = [
      quiz.description,
      ...quiz.questions.flatMap((q) => [q.prompt, q.explanation, ...('options' in q ? q.options.flatMap((o) => [o.text, o.feedback ?? '']) : [])]),
      ...Object.values(frontmatter(read(`content/lessons/${id}.mdx`))).flat().filter((v): v is string => typeof v === 'string' && v.includes(' ')),
    ];
    for (const text of texts) expect(text.startsWith(placeholderMark) || text.endsWith('(judul sementara)'), text).toBe(true);
    const lessonBody = body(read(`content/lessons/${id}.mdx`));
    const paragraphs = lessonBody.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    for (const line of paragraphs) expect(line.replace(/^(- |1\. )/, ''), line).toMatch(/^\[Isi: /);
    const deck = parseDeck(body(read(`slides/${id}.md`)), { file: 'deck' });
    for (const slide of deck.slides) expect(slide.notesHtml, `slide ${slide.number}`).toMatch(/^<p>\[Isi: /);
  });
});

describe('an id the command refuses, writing nothing', () => {
  it('is not a valid id: capitals, underscores, spaces, a hyphen at either end, too long, or none', () => {
    const dir = copy();
    for (const bad of ['Nilai', 'nilai_baru', 'nilai baru', '-nilai', 'nilai-', 'nilai--baru', 'a'.repeat(41)]) {
      expect(idProblem(bad, dir), bad).toMatch(/^Id ".+" tidak bisa dipakai: id hanya boleh huruf kecil, angka, dan tanda hubung di antaranya/);
    }
    expect(idProblem('', dir)).toBe('Tulis id modul baru, mis.: npm run new-module -- nilai-organisasi');
    // The same rule as every content id (src/schemas/fields.ts).
    expect(readFileSync(path.join(root, 'src/schemas/fields.ts'), 'utf8')).toContain(`const idPattern = ${idPattern.toString()};`);
  });

  it('is already a lesson, a quiz or a deck', () => {
    const dir = copy();
    expect(idProblem('grand-design', dir)).toBe(
      'Modul "grand-design" sudah ada (content/lessons/grand-design.mdx, content/quizzes/grand-design.yaml, slides/grand-design.md). Pilih id lain, atau ubah berkas yang sudah ada.',
    );
    expect(idProblem('pretest', dir)).toMatch(/^Modul "pretest" sudah ada \(content\/quizzes\/pretest\.yaml\)/);
    writeFileSync(path.join(dir, 'slides/draf.md'), '');
    expect(idProblem('draf', dir)).toMatch(/^Modul "draf" sudah ada \(slides\/draf\.md\)/);
  });

  it('exits 1 with the message and leaves content/ as it was, from the command line', () => {
    const dir = copy();
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    cpSync(path.join(root, 'src/cli'), path.join(dir, 'src/cli'), { recursive: true });
    const snapshot = () => ['content/lessons', 'content/quizzes', 'slides'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => `${d}/${f}:${readFileSync(path.join(dir, d, f), 'utf8').length}`));
    const before = snapshot();
    for (const [arg, message] of [
      ['sop-ap', 'Modul "sop-ap" sudah ada'],
      ['Modul_Baru', 'Id "Modul_Baru" tidak bisa dipakai'],
    ]) {
      const run = spawnSync(projectNode, ['src/cli/new-module.mjs', arg!], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
    expect(snapshot()).toEqual(before);
    const ok = spawnSync(projectNode, ['src/cli/new-module.mjs', 'modul-baru'], { cwd: dir, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Modul baru "modul-baru" dibuat sebagai modul ke-7');
    expect(existsSync(path.join(dir, 'slides/modul-baru.md'))).toBe(true);
  });
});
