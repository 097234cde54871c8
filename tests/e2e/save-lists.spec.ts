// What "Simpan modul ini untuk dibaca offline" stores, as the build wrote it (no browser): each
// module's list names files that exist, with the integrity of their bytes, and nothing a web host
// adds (precompressed copies, host configs).
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dist } from '../support/dist';
import { parseSaveList } from '../../src/shared/save-list';
import { fileForPath } from '../../src/shared/links';

const lists = readdirSync(path.join(dist, 'simpan'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseSaveList(JSON.parse(readFileSync(path.join(dist, 'simpan', f), 'utf8'))));

test('every module has a save list, and every lesson page offers exactly its own', () => {
  const lessons = readdirSync(path.join(dist, 'modul'));
  expect(lists.map((l) => l.module).sort()).toEqual(lessons.sort());
  for (const id of lessons) {
    const html = readFileSync(path.join(dist, 'modul', id, 'index.html'), 'utf8');
    expect(html, id).toContain(`data-bk-save="${id}"`);
    expect(html, id).not.toContain('@@');
  }
});

test('every file in a save list exists and carries the integrity of its bytes; the module\'s pages are all there', () => {
  const problems: string[] = [];
  for (const list of lists) {
    for (const f of list.files) {
      const file = path.join(dist, fileForPath(f.url.replace(/\?.*$/, '')));
      if (!existsSync(file)) problems.push(`${list.module}: ${f.url} tidak ada`);
      else if (`sha256-${createHash('sha256').update(readFileSync(file)).digest('base64')}` !== f.integrity) problems.push(`${list.module}: ${f.url} integritas berbeda`);
    }
    const urls = list.files.map((f) => f.url);
    for (const page of [`/modul/${list.module}/`, `/presentasi/${list.module}/`, `/kuis/${list.module}/`, `/search/modul/${list.module}.js`]) {
      if (!urls.includes(page)) problems.push(`${list.module}: ${page} tidak disimpan`);
    }
    // What search offline needs comes with the module: the search page's UI script and the engine.
    for (const script of ['/js/search.js?v=', '/js/search-fallback.js?v=']) {
      if (!urls.some((u) => u.startsWith(script))) problems.push(`${list.module}: ${script} tidak disimpan`);
    }
    if (urls.some((u) => /\.(br|gz)$|_headers|htaccess/.test(u))) problems.push(`${list.module}: berkas khusus hosting ikut disimpan`);
    expect(list.bytes).toBe(list.files.reduce((s, f) => s + f.bytes, 0));
  }
  expect(problems).toEqual([]);
});

test('a save list names nothing that grows with the course: no other module, no home or search page, no site-wide index', () => {
  const others = lists.map((l) => l.module);
  for (const list of lists) {
    const urls = list.files.map((f) => f.url);
    expect(urls.filter((u) => u === '/' || u.startsWith('/cari/') || u.startsWith('/pagefind/') || u === '/search/indeks.js'), list.module).toEqual([]);
    const foreign = urls.filter((u) => others.some((id) => id !== list.module && (u.includes(`/${id}/`) || u.includes(`/${id}.`))));
    expect(foreign, list.module).toEqual([]);
  }
});

test('each module\'s search index holds its lesson\'s text and adds itself to the list the offline page searches', () => {
  for (const list of lists) {
    const script = readFileSync(path.join(dist, 'search', 'modul', `${list.module}.js`), 'utf8');
    expect(script.startsWith('(window.bkSearchIndexes=window.bkSearchIndexes||[]).push('), list.module).toBe(true);
    const index = JSON.parse(script.slice(script.indexOf('push(') + 5, script.lastIndexOf(')'))) as { pages: { u: string }[] };
    expect(index.pages.map((p) => p.u), list.module).toContain(`/modul/${list.module}/`);
  }
});
