// Node-only checks over the built quiz-related pages. (Which UI strings a page carries for its
// script is checked by the type checker: see src/shared/client-script.ts.)
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist } from '../support/dist';

const island = (html: string, id: string) => JSON.parse(html.match(new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`))![1]!);

test('the recap page carries the pre- and post-test answer keys, the same key model their quiz pages score with', async () => {
  const recap = readFileSync(path.join(dist, 'rekap/index.html'), 'utf8');
  const keys = island(recap, 'bk-recap-keys');
  expect(Object.keys(keys.quizzes).sort()).toEqual(['posttest', 'pretest']);
  expect(keys.quizzes.pretest.keys).toHaveLength(keys.quizzes.pretest.ids.length);
  for (const id of ['pretest', 'posttest']) {
    const quiz = island(readFileSync(path.join(dist, `kuis/${id}/index.html`), 'utf8'), 'bk-quiz-key');
    const { kind: _kind, title: _title, ...model } = keys.quizzes[id];
    expect(quiz).toEqual(model);
  }
});
