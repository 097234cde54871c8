// One version label everywhere a person reads one: the download page, the footer of every page,
// the offline package's BACA-SAYA.txt and the offline copy's download page (no browser needed).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, offlineDir } from '../support/dist';

const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

test('the download page, every footer, BACA-SAYA.txt and the offline copy show the same version label', () => {
  const label = /Versi<\/th><td>([^<]+)<\/td>/.exec(read(dist, 'unduh/index.html'))?.[1];
  expect(label).toMatch(/^\d+\.\d+\.\d+ \([\w.-]+\)$/);
  for (const file of ['index.html', 'modul/grand-design/index.html', 'kemajuan/index.html']) {
    expect(read(dist, file), file).toContain(`<p>Versi ${label}</p>`);
  }
  expect(read(offlineDir, 'BACA-SAYA.txt').split('\r\n')[1]).toMatch(new RegExp(`^Versi ${label!.replace(/[()]/g, '\\$&')}, `));
  expect(read(offlineDir, 'unduh/index.html')).toContain(`paket offline versi ${label}, `);
});
