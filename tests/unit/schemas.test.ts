import { describe, expect, it } from 'vitest';
import { checkAgainst } from '../../src/schemas/editor-errors';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema } from '../../src/schemas/quiz';
import { regulationSchema } from '../../src/schemas/regulation';
import { deckSchema } from '../../src/schemas/deck';

// The wording an editor sees is part of the product: these tests pin it.
const lesson = {
  title: 'Grand Design Reformasi Birokrasi',
  order: 1,
  description: 'Ringkas.',
  objectives: ['Menjelaskan A.', 'Menjelaskan B.'],
  regulations: ['perpres-81-2010'],
  updated: '2026-11-23',
};
const question = {
  id: 'q1',
  type: 'single',
  prompt: 'Pilih satu.',
  options: [{ text: 'A', correct: true }, { text: 'B' }],
  explanation: 'Karena A.',
  cite: { regulation: 'perpres-81-2010' },
};
const quiz = { title: 'Kuis', kind: 'module', lesson: 'grand-design', questions: [question] };
const file = 'content/lessons/x.mdx';

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    expect(checkAgainst(lessonSchema, lesson, file)).toEqual([]);
  });

  it('names a missing title and says what was expected', () => {
    const { title: _omit, ...rest } = lesson;
    expect(checkAgainst(lessonSchema, rest, file)).toEqual([{ file, field: 'title', message: 'wajib diisi (teks), tetapi tidak ada' }]);
  });

  it('names a field of the wrong type with the value found', () => {
    expect(checkAgainst(lessonSchema, { ...lesson, order: 'satu' }, file)).toEqual([
      { file, field: 'order', message: 'harus berupa angka, tetapi berisi teks "satu"' },
    ]);
  });

  it('rejects an id with capitals or spaces in a list, naming the list position', () => {
    expect(checkAgainst(lessonSchema, { ...lesson, regulations: ['Perpres 81'] }, file)).toEqual([
      { file, field: 'regulations.0', message: 'harus berupa id: huruf kecil, angka, dan tanda hubung (contoh: grand-design)' },
    ]);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    expect(checkAgainst(lessonSchema, { ...lesson, titel: 'x' }, file)).toEqual([
      { file, field: '', message: 'kolom tidak dikenal: titel (salah ketik? lihat content/README.md)' },
    ]);
  });

  it('reads a date written as YYYY-MM-DD (or already a Date from YAML) and words a wrong one', () => {
    const [read] = [lessonSchema.parse(lesson).updated, lessonSchema.parse({ ...lesson, updated: new Date('2026-11-23') }).updated];
    expect(read.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(checkAgainst(lessonSchema, { ...lesson, updated: 'kemarin' }, file)).toEqual([
      { file, field: 'updated', message: 'harus berupa tanggal (YYYY-MM-DD), tetapi berisi teks "kemarin"' },
    ]);
  });

  it('keeps its wording when parsed the way Astro parses (with its own error map)', () => {
    const { title: _omit, ...rest } = lesson;
    const result = lessonSchema.safeParse({ ...rest, order: 'satu' }, { error: () => 'Astro' });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title: wajib diisi (teks), tetapi tidak ada',
      'order: harus berupa angka, tetapi berisi teks "satu"',
    ]);
  });

  it('says how long a description may be', () => {
    const [problem] = checkAgainst(lessonSchema, { ...lesson, description: 'x'.repeat(201) }, file);
    expect(problem).toEqual({ file, field: 'description', message: 'maksimal 200 karakter (sekarang 201)' });
  });
});

describe('quiz files', () => {
  const qfile = 'content/quizzes/x.yaml';

  it('accepts a valid quiz', () => {
    expect(checkAgainst(quizSchema, quiz, qfile)).toEqual([]);
  });

  it('fails a single-choice question with no correct answer', () => {
    const bad = { ...quiz, questions: [{ ...question, options: [{ text: 'A' }, { text: 'B' }] }] };
    expect(checkAgainst(quizSchema, bad, qfile)).toEqual([
      { file: qfile, field: 'questions.0.options', message: 'tepat satu opsi harus benar (correct: true); sekarang 0' },
    ]);
  });

  it('fails duplicate question ids, pointing at the second one', () => {
    const bad = { ...quiz, questions: [question, { ...question }] };
    expect(checkAgainst(quizSchema, bad, qfile)).toEqual([
      { file: qfile, field: 'questions.1.id', message: 'id "q1" sudah dipakai pertanyaan ke-1; setiap pertanyaan butuh id yang unik' },
    ]);
  });

  it('names the allowed question types when the type is unknown', () => {
    const [problem] = checkAgainst(quizSchema, { ...quiz, questions: [{ ...question, type: 'essay' }] }, qfile);
    expect(problem?.field).toBe('questions.0.type');
    expect(problem?.message).toMatch(/^harus salah satu dari: single, multiple, scenario, truefalse, matching|kolom "type" tidak dikenal/);
  });

  it('requires a citation', () => {
    const bad = { ...quiz, questions: [{ ...question, cite: {} }] };
    expect(checkAgainst(quizSchema, bad, qfile)).toEqual([
      { file: qfile, field: 'questions.0.cite', message: 'isi minimal salah satu: regulation atau section' },
    ]);
  });

  it('requires the lesson of a module quiz', () => {
    const { lesson: _omit, ...rest } = quiz;
    expect(checkAgainst(quizSchema, rest, qfile)).toEqual([
      { file: qfile, field: 'lesson', message: 'wajib diisi untuk kuis modul (id pelajaran), tetapi tidak ada' },
    ]);
  });

  it('allows exam mode only on the pre- and post-test, and asks for the skill of each of their questions', () => {
    expect(checkAgainst(quizSchema, { ...quiz, exam: true }, qfile)).toEqual([
      { file: qfile, field: 'exam', message: 'mode ujian hanya untuk pretest dan posttest (kuis modul tidak membuat kode hasil)' },
    ]);
    const pretest = { title: 'Pre-test', kind: 'pretest', exam: true, questions: [question] };
    expect(checkAgainst(quizSchema, pretest, qfile)).toEqual([
      {
        file: qfile,
        field: 'questions.0.skill',
        message: 'wajib diisi di pre-test dan post-test: kemampuan yang diuji soal ini, sama dengan soal ber-id sama di tes satunya',
      },
    ]);
    expect(checkAgainst(quizSchema, { ...pretest, questions: [{ ...question, skill: 'Memilih A' }] }, qfile)).toEqual([]);
  });
});

describe('regulations and decks', () => {
  it('lists the allowed statuses when a status is misspelt', () => {
    const reg = {
      id: 'uu-20-2023', kind: 'UU', number: '20', year: 2023, title: 'ASN', shortName: 'UU 20/2023',
      governs: 'ASN', status: 'aktif', statusNote: 'x',
    };
    expect(checkAgainst(regulationSchema, reg, 'content/regulations.yaml')).toEqual([
      {
        file: 'content/regulations.yaml',
        field: 'status',
        message: 'harus salah satu dari: berlaku, diubah, diganti, dicabut, periode-berakhir, belum-pasti; tertulis teks "aktif"',
      },
    ]);
  });

  it('requires the lesson a deck presents', () => {
    expect(checkAgainst(deckSchema, { title: 'Dek' }, 'slides/x.md')).toEqual([
      { file: 'slides/x.md', field: 'lesson', message: 'wajib diisi (teks), tetapi tidak ada' },
    ]);
  });
});
