// The preview server against the rules the host configs are generated from (src/build/hosting-rules.ts):
// every file of the build is requested as a browser would, and its headers and bytes are checked.
// Plus the precompressed siblings themselves, and that they stay out of the offline package.
import { test, expect } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { dist, filesBelow } from '../support/dist';
import { readZip } from '../support/unzip';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { cacheControlOf, extensionOf, fileTypes, isText } from '../../src/build/hosting-rules';
import { configsInDist, hostConfigs } from '../../src/build/host-config';
import { behaviourProblems, hostProblems, servedFiles, urlOf } from '../support/host-check';

const all = filesBelow(dist);
const sibling = /\.(br|gz)$/;
const served = servedFiles(dist);

let server: Server;
let port = 0;
test.beforeAll(async () => {
  server = (await startStaticServer({ root: dist, port: 0 })) as Server;
  port = (server.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('every file the build emits has a known MIME type (a new kind of file must be added to hosting-rules.ts)', () => {
  const unknown = [...new Set(served.map(extensionOf))].filter((ext) => !fileTypes[ext]);
  expect(unknown).toEqual([]);
});

test('every text file in dist/ has .br and .gz siblings that decode to it, and nothing else has', () => {
  const problems: string[] = [];
  const files = new Set(all);
  for (const file of served) {
    const raw = readFileSync(path.join(dist, file));
    if (!isText(file)) {
      if (files.has(`${file}.br`) || files.has(`${file}.gz`)) problems.push(`${file}: bukan teks tetapi dikompresi`);
      continue;
    }
    if (!files.has(`${file}.br`) || !brotliDecompressSync(readFileSync(path.join(dist, `${file}.br`))).equals(raw)) problems.push(`${file}.br`);
    if (!files.has(`${file}.gz`) || !gunzipSync(readFileSync(path.join(dist, `${file}.gz`))).equals(raw)) problems.push(`${file}.gz`);
  }
  expect(problems).toEqual([]);
});

test('the offline zip holds no precompressed copies and no host configs', () => {
  const names = readZip(path.join(dist, 'unduh', 'budaya-kerja-offline.zip')).map((e) => e.name);
  expect(names.filter((n) => sibling.test(n) || /(^|\/)(\.htaccess|_headers)$/.test(n))).toEqual([]);
});

test('dist/ carries the .htaccess and _headers that hosting/ holds', () => {
  for (const name of configsInDist) expect(readFileSync(path.join(dist, name), 'utf8'), name).toBe(hostConfigs()[name]);
});

test('the preview server sends every file with the MIME type, caching, encoding and security headers of the host configs', async () => {
  expect(await hostProblems(port, dist)).toEqual([]);
});

test('the preview server answers a missing page with 404.html, other methods with 405, and ranges of the zip', async () => {
  expect(await behaviourProblems(port, dist)).toEqual([]);
});

test('hashed assets are cached for a year, pages, the service worker and Pagefind entry files are revalidated', () => {
  const hashed = served.filter((f) => f.startsWith('_astro/') || /^pagefind\/(index|fragment)\//.test(f) || f.endsWith('.pf_meta'));
  expect(hashed.length).toBeGreaterThan(5);
  for (const f of hashed) expect(cacheControlOf(urlOf(f)), f).toBe('public, max-age=31536000, immutable');
  for (const f of ['index.html', 'modul/grand-design/index.html', 'sw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.id.pagefind', 'js/lesson.js']) {
    expect(cacheControlOf(urlOf(f)), f).toBe('no-cache');
  }
});
