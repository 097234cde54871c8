// Checks over the built files themselves (no browser): HTML validity, internal links and
// anchors, and the offline-safety rules for client code.
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { dist, htmlFiles, filesBelow } from '../support/dist';

const pages = htmlFiles(dist).filter((f) => !f.startsWith('pagefind/'));

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(
    new StaticConfigLoader({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes attribute values as given; these style rules are not about validity.
        'no-inline-style': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'long-title': 'off',
      },
    }),
  );
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(path.join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

/** Ids of a page, for anchor checks. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

test('every internal link and anchor in dist/ points at something that exists', async () => {
  const files = new Set(filesBelow(dist));
  const ids = new Map<string, Set<string>>();
  const read = (f: string) => readFileSync(path.join(dist, f), 'utf8');
  const broken: string[] = [];
  for (const file of pages) {
    const html = read(file);
    for (const [, url] of html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)) {
      if (!url || /^(https?:|mailto:|tel:|data:|javascript:)/.test(url)) continue;
      const [pathPart = '', hash] = url.split('#');
      const clean = pathPart.split('?')[0]!;
      let target = clean === '' ? file : clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(file), clean);
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!files.has(target)) {
        broken.push(`${file} → ${url} (tidak ada berkas ${target})`);
        continue;
      }
      if (hash && target.endsWith('.html')) {
        if (!ids.has(target)) ids.set(target, idsOf(read(target)));
        if (!ids.get(target)!.has(decodeURIComponent(hash))) broken.push(`${file} → ${url} (tidak ada id "${hash}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page loads a module script, and client code neither fetches nor starts workers from a URL', async () => {
  const offenders: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    if (/<script[^>]+type="module"/.test(html)) offenders.push(`${file}: <script type="module">`);
  }
  const scripts = filesBelow(path.join(dist, 'js'));
  for (const js of scripts) {
    const code = readFileSync(path.join(dist, 'js', js), 'utf8');
    if (/\bfetch\(/.test(code)) offenders.push(`js/${js}: fetch()`);
    if (/new Worker\(/.test(code)) offenders.push(`js/${js}: new Worker()`);
  }
  expect(existsSync(path.join(dist, 'js'))).toBe(true);
  expect(offenders).toEqual([]);
});
