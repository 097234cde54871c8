import { describe, expect, it } from 'vitest';
import { checkReferences, findTagIds, type CourseInput } from '../../src/course/check-references';
import { formatProblems } from '../../src/schemas/editor-errors';

function course(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    lessons: [
      {
        id: 'grand-design',
        file: 'content/lessons/grand-design.mdx',
        data: {
          title: 'GD', order: 1, description: 'd', objectives: ['a', 'b'], regulations: ['perpres-81-2010'],
          deck: 'grand-design', quiz: 'grand-design', minutes: 20, updated: new Date('2026-11-23'),
        },
        body: 'Lihat <Reg id="perpres-81-2010" /> dan <Term id="kkn">KKN</Term>.',
        headings: ['delapan-area-perubahan', 'ringkasan'],
      },
    ],
    pages: [],
    quizzes: [
      {
        id: 'grand-design',
        file: 'content/quizzes/grand-design.yaml',
        data: {
          title: 'K', kind: 'module', lesson: 'grand-design', exam: false,
          questions: [{ id: 'q1', type: 'truefalse', prompt: 'p', answer: true, explanation: 'e', cite: { section: 'delapan-area-perubahan' } }],
        },
      },
    ],
    decks: [{ id: 'grand-design', file: 'slides/grand-design.md', data: { title: 'D', lesson: 'grand-design', minutes: 45 } }],
    regulations: [
      {
        id: 'perpres-81-2010', file: 'content/regulations.yaml',
        data: {
          id: 'perpres-81-2010', kind: 'Perpres', number: '81', year: 2010, title: 't', shortName: 's', governs: 'g',
          status: 'periode-berakhir', statusNote: 'n', amendedBy: [], verified: true,
        },
      },
    ],
    glossary: [{ id: 'kkn', file: 'content/glossary.yaml', data: { id: 'kkn', term: 'KKN', definition: 'd' } }],
    ...overrides,
  };
}

describe('cross-references between collections', () => {
  it('finds nothing wrong in a consistent course', () => {
    expect(checkReferences(course())).toEqual([]);
  });

  it('names an unknown regulation id in frontmatter and suggests the closest one', () => {
    const c = course();
    c.lessons[0]!.data.regulations = ['perpres-81-201'];
    expect(checkReferences(c)).toEqual([
      {
        file: 'content/lessons/grand-design.mdx',
        field: 'regulations.0',
        message: 'regulasi "perpres-81-201" tidak ditemukan di content/regulations.yaml (maksud Anda "perpres-81-2010"?)',
      },
    ]);
  });

  it('names a <Reg> or <Term> with an unknown id, with its line in the body', () => {
    const c = course();
    c.lessons[0]!.body = 'Baris satu\n<Reg id="uu-99-2099" />\n<Term id="kolusi">x</Term>';
    expect(checkReferences(c).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'isi baris 2 <Reg id>: regulasi "uu-99-2099" tidak ditemukan di content/regulations.yaml',
      'isi baris 3 <Term id>: istilah "kolusi" tidak ditemukan di content/glossary.yaml',
    ]);
  });

  it('fails a module that points at a missing deck or quiz', () => {
    const c = course({ decks: [], quizzes: [] });
    expect(checkReferences(c)).toEqual([
      { file: 'content/lessons/grand-design.mdx', field: 'deck', message: 'presentasi "grand-design" tidak ditemukan di slides/' },
      { file: 'content/lessons/grand-design.mdx', field: 'quiz', message: 'kuis "grand-design" tidak ditemukan di content/quizzes/' },
    ]);
  });

  it('fails a quiz citation of a section the lesson does not have', () => {
    const c = course();
    const q = c.quizzes[0]!.data.questions[0]!;
    q.cite = { section: 'delapan-area' };
    expect(checkReferences(c)).toEqual([
      {
        file: 'content/quizzes/grand-design.yaml',
        field: 'questions.0.cite.section',
        message: 'bagian "delapan-area" tidak ditemukan di judul-judul content/lessons/grand-design.mdx',
      },
    ]);
  });

  it('fails a question id that tests one skill in the pre-test and another in the post-test', () => {
    const q = { id: 'p01', type: 'truefalse' as const, prompt: 'p', answer: true, explanation: 'e', cite: { regulation: 'perpres-81-2010' } };
    const test = (kind: 'pretest' | 'posttest', skill: string) => ({
      id: kind,
      file: `content/quizzes/${kind}.yaml`,
      data: { title: kind, kind, exam: true, questions: [{ ...q, skill }] },
    });
    const c = course();
    c.quizzes = [...c.quizzes, test('pretest', 'Membaca simbol'), test('posttest', 'Membaca simbol SOP')];
    expect(checkReferences(c)).toEqual([
      {
        file: 'content/quizzes/posttest.yaml',
        field: 'questions.0.skill',
        message: 'soal "p01" menguji "Membaca simbol SOP", tetapi di content/quizzes/pretest.yaml soal ber-id sama menguji "Membaca simbol"; samakan keduanya',
      },
    ]);
  });

  it('fails two lessons with the same order', () => {
    const base = course();
    const first = base.lessons[0]!;
    const c = course({
      lessons: [first, { ...first, id: 'pola-pikir', file: 'content/lessons/pola-pikir.mdx', data: { ...first.data, deck: undefined, quiz: undefined } }],
    });
    expect(checkReferences(c)).toEqual([
      { file: 'content/lessons/pola-pikir.mdx', field: 'order', message: 'urutan 1 sudah dipakai pelajaran "grand-design"; setiap modul butuh urutan sendiri' },
    ]);
  });

  it('prints problems grouped by file, one line each', () => {
    const text = formatProblems([
      { file: 'a.yaml', field: 'x', message: 'm1' },
      { file: 'a.yaml', field: 'y', message: 'm2' },
      { file: 'b.mdx', field: '', message: 'm3' },
    ]);
    expect(text).toBe('Konten tidak valid (3 masalah):\n  a.yaml\n    • x: m1\n    • y: m2\n  b.mdx\n    • (berkas): m3');
  });

  it('finds tag ids with their line numbers', () => {
    expect(findTagIds('a\n<Reg at="x" id="uu-20-2023" />', 'Reg')).toEqual([{ id: 'uu-20-2023', line: 2 }]);
  });
});
