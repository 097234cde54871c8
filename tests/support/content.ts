import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { root } from './dist';
import type { Quiz } from '../../src/schemas/quiz';

/** Every quiz as its author wrote it (`content/quizzes/*.yaml`), by id. */
export function quizzesOf(): { id: string; quiz: Quiz }[] {
  const dir = path.join(root, 'content/quizzes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const quiz = load(readFileSync(path.join(dir, f), 'utf8')) as Quiz;
      return { id: f.replace(/\.yaml$/, ''), quiz: { ...quiz, kind: quiz.kind ?? 'module', exam: quiz.exam ?? false } };
    });
}
