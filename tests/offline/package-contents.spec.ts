import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { dist, offlineDir } from '../support/dist';
import { readZip } from '../support/unzip';
import { portableNameProblems } from '../../src/build/portable-names';
import { writeReproducibleZip } from '../../src/build/reproducible-zip';
import { leftoverRootUrls } from '../../src/build/offline-variant';

/** The limit for the whole package. */
const maxPackageBytes = 5 * 1024 * 1024;

// Node-only checks of the built package: its shape, names, size, checksum and determinism.
const zipFile = path.join(dist, 'unduh', 'budaya-kerja-offline.zip');
const entries = () => readZip(zipFile);
const files = () => entries().filter((e) => !e.name.endsWith('/'));

test('the zip holds one top folder budaya-kerja-asn/ with index.html and BACA-SAYA.txt at its root', () => {
  const names = entries().map((e) => e.name);
  expect(names.every((n) => n.startsWith('budaya-kerja-asn/')), names.filter((n) => !n.startsWith('budaya-kerja-asn/')).join(', ')).toBe(true);
  expect(names).toContain('budaya-kerja-asn/index.html');
  expect(names).toContain('budaya-kerja-asn/BACA-SAYA.txt');
});

test('the package is at most 5 MB', () => {
  const bytes = statSync(zipFile).size;
  expect(bytes, `${(bytes / 1024 / 1024).toFixed(2)} MB`).toBeLessThanOrEqual(maxPackageBytes);
});

test('the published checksum is the SHA-256 of the zip, in sha256sum format', () => {
  const sha = createHash('sha256').update(readFileSync(zipFile)).digest('hex');
  expect(readFileSync(`${zipFile}.sha256`, 'utf8')).toBe(`${sha}  budaya-kerja-offline.zip\n`);
  const page = readFileSync(path.join(dist, 'unduh', 'index.html'), 'utf8');
  expect(page).toContain(sha);
  expect(page).not.toContain('@@');
});

test('every name in the zip is safe for Windows and old unzip tools', () => {
  expect(portableNameProblems(entries().map((e) => e.name.replace(/\/$/, '')))).toEqual([]);
});

test('every entry carries the same fixed timestamp, so nothing in the zip depends on when it was built', () => {
  const stamps = new Set(entries().map((e) => `${e.dosDate}:${e.dosTime}`));
  expect(stamps.size).toBe(1);
});

test('packing the same offline folder again gives byte-identical output', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-zip-'));
  try {
    const first = entries()[0]!;
    const day = first.dosDate;
    const time = first.dosTime;
    const mtime = new Date(Date.UTC((day >> 9) + 1980, ((day >> 5) & 0xf) - 1, day & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
    const again = await writeReproducibleZip({ dir: offlineDir, top: 'budaya-kerja-asn', out: path.join(dir, 'again.zip'), mtime });
    expect(again.sha256).toBe(createHash('sha256').update(readFileSync(zipFile)).digest('hex'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('BACA-SAYA.txt tells, in Indonesian and plain ASCII with Windows line ends, how to open the package, what works, the Firefox limit and the Android route', () => {
  const text = files().find((e) => e.name === 'budaya-kerja-asn/BACA-SAYA.txt')!.data.toString('utf8');
  expect(text).toMatch(/^[\x20-\x7e\r\n]+$/);
  expect(text.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  expect(text).toContain('index.html');
  expect(text).toMatch(/CARA MEMBUKA/);
  expect(text).toMatch(/YANG BERFUNGSI TANPA INTERNET/);
  expect(text).toMatch(/Firefox menyimpan data setiap halaman secara terpisah/);
  expect(text).toMatch(/Simpan kemajuan ke berkas/);
  expect(text).toMatch(/PONSEL ANDROID[\s\S]*Simpan modul ini untuk dibaca offline/);
});

test('no page, stylesheet or script in the package keeps a root-absolute URL, a module script, fetch() or a Worker from a URL', () => {
  const problems: string[] = [];
  for (const e of files()) {
    const name = e.name;
    if (name.endsWith('.html')) {
      const html = e.data.toString('utf8');
      problems.push(...leftoverRootUrls(html).map((u) => `${name}: ${u}`));
      if (/<script\b[^>]*type="module"[^>]*\ssrc=/.test(html)) problems.push(`${name}: <script type="module" src>`);
    } else if (name.endsWith('.css')) {
      for (const m of e.data.toString('utf8').matchAll(/url\((['"]?)\/(?!\/)[^)]*\)/g)) problems.push(`${name}: ${m[0]}`);
    } else if (name.endsWith('.js')) {
      const js = e.data.toString('utf8');
      if (/\bfetch\(/.test(js)) problems.push(`${name}: fetch(`);
      if (/new Worker\(/.test(js)) problems.push(`${name}: new Worker(`);
      // The site's own scripts must take URLs from data attributes, never spell root-absolute paths.
      if (/^budaya-kerja-asn\/js\//.test(name)) for (const m of js.matchAll(/(["'`])\/[a-z][\w-]*\/[^"'`]*\1/g)) problems.push(`${name}: ${m[0]}`);
    }
  }
  expect(problems).toEqual([]);
});
