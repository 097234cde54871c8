import { z } from 'astro/zod';
import { idField, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/** What a question tests: a regulation, a lesson section, or both. */
const citeShape = z.strictObject({
  /** Id from `content/regulations.yaml`. */
  regulation: idField.optional(),
  /** Lesson id; defaults to the quiz's own lesson. */
  lesson: idField.optional(),
  /** Slug of a `##`/`###` heading in that lesson, e.g. `delapan-area-perubahan`. */
  section: idField.optional(),
});

const optionShape = z.strictObject({
  /** Answer text shown to the learner. */
  text: textField,
  /** True for a correct option. */
  correct: z.boolean().default(false),
  /** Feedback shown when this option is chosen (why it is right or wrong). */
  feedback: textField.optional(),
});

const common = {
  /** Unique within the quiz; progress and result codes refer to it. */
  id: idField,
  /** The question. */
  prompt: textField,
  /** Why the right answer is right, shown after answering and in the no-JS answer key. */
  explanation: textField,
  /** What the question tests. */
  cite: citeShape,
  /**
   * The ability the question tests, in a few words ("Membedakan keluaran dan hasil"). Required in
   * the pre-test and post-test: a question with the same id in both tests the same ability, and the
   * class recap reports % correct per ability, pre vs post.
   */
  skill: textField.optional(),
};

const choiceOptions = z.array(optionShape).min(2).max(6);

export const questionShape = z.discriminatedUnion('type', [
  z.strictObject({ ...common, type: z.literal('single'), options: choiceOptions }),
  z.strictObject({ ...common, type: z.literal('multiple'), options: choiceOptions }),
  z.strictObject({
    ...common,
    type: z.literal('scenario'),
    /** The short case from daily work that the prompt asks about. */
    scenario: textField,
    options: choiceOptions,
  }),
  z.strictObject({
    ...common,
    type: z.literal('truefalse'),
    /** Whether the statement in `prompt` is true. */
    answer: z.boolean(),
    trueFeedback: textField.optional(),
    falseFeedback: textField.optional(),
  }),
  z.strictObject({
    ...common,
    type: z.literal('matching'),
    /** Each left item and its correct right item; the right items become the dropdown choices. */
    pairs: z.array(z.strictObject({ left: textField, right: textField })).min(2).max(7),
    /** Extra wrong choices for the dropdowns. */
    distractors: z.array(textField).default([]),
  }),
]);

export const quizKinds = ['module', 'pretest', 'posttest'] as const;

/** A quiz (`content/quizzes/<id>.yaml`): a module's self-quiz, or the session pre/post-test. */
export const quizShape = z
  .strictObject({
    /** Title shown as the quiz page's h1. */
    title: textField,
    /** `module` quizzes belong to a lesson; `pretest`/`posttest` cover the whole session. */
    kind: z.enum(quizKinds).default('module'),
    /** Lesson id; required for module quizzes. */
    lesson: idField.optional(),
    /** One or two sentences shown above the questions. */
    description: textField.optional(),
    /**
     * Exam mode, for the pre-test and post-test: no checking per question, no answer key and no
     * retry before the participant makes a result code; the key is not in the page at all (the
     * trainer's recap scores the codes). After the code, a separate page shows the explanations.
     */
    exam: z.boolean().default(false),
    questions: z.array(questionShape).min(1).max(40),
  })
  .superRefine((quiz, ctx) => {
    if (quiz.kind === 'module' && !quiz.lesson) {
      ctx.addIssue({ code: 'custom', path: ['lesson'], message: 'wajib diisi untuk kuis modul (id pelajaran), tetapi tidak ada' });
    }
    if (quiz.exam && quiz.kind === 'module') {
      ctx.addIssue({ code: 'custom', path: ['exam'], message: 'mode ujian hanya untuk pretest dan posttest (kuis modul tidak membuat kode hasil)' });
    }
    const seen = new Map<string, number>();
    quiz.questions.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `id "${q.id}" sudah dipakai pertanyaan ke-${first + 1}; setiap pertanyaan butuh id yang unik`,
        });
      } else seen.set(q.id, i);
      if (quiz.kind !== 'module' && !q.skill) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'skill'],
          message: 'wajib diisi di pre-test dan post-test: kemampuan yang diuji soal ini, sama dengan soal ber-id sama di tes satunya',
        });
      }
      if (!q.cite.regulation && !q.cite.section) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'cite'], message: 'isi minimal salah satu: regulation atau section' });
      }
      if (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') {
        const correct = q.options.filter((o) => o.correct).length;
        if (q.type !== 'multiple' && correct !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'options'],
            message: `tepat satu opsi harus benar (correct: true); sekarang ${correct}`,
          });
        }
        if (q.type === 'multiple' && correct < 1) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'minimal satu opsi harus benar (correct: true); sekarang 0' });
        }
        const texts = new Set<string>();
        q.options.forEach((o, j) => {
          if (texts.has(o.text)) {
            ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'text'], message: 'opsi ini sama persis dengan opsi lain' });
          }
          texts.add(o.text);
        });
      }
      if (q.type === 'matching') {
        const rights = q.pairs.map((p) => p.right);
        if (new Set(rights).size !== rights.length) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'pairs'], message: 'setiap pasangan butuh jawaban kanan (right) yang berbeda' });
        }
      }
    });
  });

export const quizSchema = withEditorErrors(quizShape);
export type Quiz = z.output<typeof quizShape>;
export type Question = Quiz['questions'][number];
export type Cite = Question['cite'];
