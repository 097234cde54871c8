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
    for (const page of ['/', '/cari/', `/modul/${list.module}/`, `/presentasi/${list.module}/`, `/kuis/${list.module}/`]) {
      if (!urls.includes(page)) problems.push(`${list.module}: ${page} tidak disimpan`);
    }
    if (urls.some((u) => /\.(br|gz)$|_headers|htaccess/.test(u))) problems.push(`${list.module}: berkas khusus hosting ikut disimpan`);
    expect(list.bytes).toBe(list.files.reduce((s, f) => s + f.bytes, 0));
  }
  expect(problems).toEqual([]);
});
