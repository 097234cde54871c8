// Node-only checks over the built quiz-related pages. (Which UI strings a page carries for its
// script is checked by the type checker: see src/shared/client-script.ts.)
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist } from '../support/dist';
import { islandOf } from '../support/quiz';

const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

test('the recap page carries the pre- and post-test answer keys: the key model their review pages score with, and the codes their exam pages make', () => {
  const keys = islandOf<{ quizzes: Record<string, { kind: string; title: string; keys: number[][]; ids: string[] }> }>(page('rekap/index.html'), 'bk-recap-keys');
  expect(Object.keys(keys.quizzes).sort()).toEqual(['posttest', 'pretest']);
  for (const id of ['pretest', 'posttest']) {
    const { kind: _kind, title: _title, ...model } = keys.quizzes[id]!;
    expect(model.keys).toHaveLength(model.ids.length);
    expect(islandOf(page(`kuis/${id}/pembahasan/index.html`), 'bk-quiz-key')).toEqual(model);
    const { keys: _keys, ...withoutKey } = model;
    expect(islandOf(page(`kuis/${id}/index.html`), 'bk-quiz-model')).toEqual(withoutKey);
  }
});

test('the review pages are kept out of search, and the exam pages point to them', () => {
  for (const id of ['pretest', 'posttest']) {
    expect(page(`kuis/${id}/pembahasan/index.html`)).not.toContain('data-pagefind-body');
    expect(page(`kuis/${id}/index.html`)).toContain(`href="/kuis/${id}/pembahasan/"`);
  }
});
