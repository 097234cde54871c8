// Node-only checks over the built quiz-related pages.
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { dist, htmlFiles, root } from '../support/dist';

/** UI keys a client script (and the src/client/lib files it imports) asks for by name. */
function keysUsedBy(script: string): Set<string> {
  const file = path.join(root, 'src/client', `${script}.ts`);
  const sources = [readFileSync(file, 'utf8')];
  for (const [, lib] of sources[0]!.matchAll(/from '\.\/lib\/([\w-]+)'/g)) sources.push(readFileSync(path.join(root, 'src/client/lib', `${lib}.ts`), 'utf8'));
  const keys = new Set<string>();
  for (const source of sources) for (const [, key] of source.matchAll(/'((?:quiz|progress|recap|certificate|storage|lesson)\.[\w.]+)'/g)) keys.add(key!);
  return keys;
}

test('every UI string a page script asks for is written into that page', async () => {
  const missing: string[] = [];
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const island = html.match(/<script type="application\/json" id="bk-ui">([^<]*)<\/script>/);
    const strings = island ? (JSON.parse(island[1]!) as Record<string, string>) : {};
    for (const [, script] of html.matchAll(/<script defer src="\/js\/([\w-]+)\.js/g)) {
      if (!existsSync(path.join(root, 'src/client', `${script}.ts`))) continue;
      for (const key of keysUsedBy(script!)) if (!(key in strings)) missing.push(`${page}: ${key} (${script}.ts)`);
    }
  }
  expect(missing).toEqual([]);
});

test('the recap page carries the pre- and post-test answer keys; quiz pages carry no JSON key dump', async () => {
  const recap = readFileSync(path.join(dist, 'rekap/index.html'), 'utf8');
  const keys = JSON.parse(recap.match(/<script type="application\/json" id="bk-recap-keys">([^<]*)<\/script>/)![1]!);
  expect(Object.keys(keys.quizzes).sort()).toEqual(['posttest', 'pretest']);
  expect(keys.quizzes.pretest.keys).toHaveLength(keys.quizzes.pretest.ids.length);
});
