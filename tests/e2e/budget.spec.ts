import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { measure } from '../../src/cli/measure.mjs';
import type { Measurement } from '../../src/cli/measure.mjs';
import { root, sitemapPaths } from '../support/dist';

// Byte budgets are exact on a given build, so they are tests; timings live in `npm run bench`.
// Every page of each kind is measured, not one sample: the longest lesson is the one that breaks.
const KB = 1024;
const lessons = readdirSync(path.join(root, 'content/lessons')).filter((f) => f.endsWith('.mdx')).map((f) => `/modul/${f.replace(/\.mdx$/, '')}/`);
const pages = sitemapPaths();
const quizPages = pages.filter((p) => p.startsWith('/kuis/'));
const decks = pages.filter((p) => /^\/presentasi\/[^/]+\/$/.test(p));

const detailOf = (result: Measurement) => result.requests.map((r) => `${r.type} ${r.encoded} B + ${r.headers} B header ${r.url}`).join('\n');

test('every lesson is in the sitemap, so the budgets below measure all of them', () => {
  expect(lessons.length).toBeGreaterThan(0);
  for (const lesson of lessons) expect(pages).toContain(lesson);
});

for (const lesson of lessons) {
  test(`${lesson} costs at most 20 KB gz in at most 4 requests on first visit, with at most 3 KB gz of JavaScript and at most 2 KB of response headers`, async ({ context, baseURL }) => {
    const result = await measure(context, `${baseURL}${lesson}`);
    const detail = detailOf(result);
    expect(result.count, detail).toBeLessThanOrEqual(4);
    expect(result.encoded, detail).toBeLessThanOrEqual(20 * KB);
    expect(result.byKind.js?.encoded ?? 0, detail).toBeLessThanOrEqual(3 * KB);
    // Counted apart (src/cli/measure.mjs), but kept in check: security headers on every response, no more.
    expect(result.headers, detail).toBeLessThanOrEqual(2 * KB);
    // Nothing but the page itself blocks the first paint: its CSS is inline.
    expect(result.byKind.css?.count ?? 0, detail).toBe(0);
  });
}

for (const quiz of quizPages) {
  test(`${quiz} costs at most 20 KB gz in at most 4 requests on first visit, its CSS inline`, async ({ context, baseURL }) => {
    const result = await measure(context, `${baseURL}${quiz}`);
    const detail = detailOf(result);
    expect(result.count, detail).toBeLessThanOrEqual(4);
    expect(result.encoded, detail).toBeLessThanOrEqual(20 * KB);
    expect(result.byKind.css?.count ?? 0, detail).toBe(0);
  });
}

for (const deck of decks) {
  test(`${deck} costs at most 90 KB gz on first visit, reveal.js and the speaker-view plugin included`, async ({ context, baseURL }) => {
    const result = await measure(context, `${baseURL}${deck}`);
    const detail = detailOf(result);
    expect(result.requests.some((r) => r.url.includes('/vendor/reveal/reveal.js')), detail).toBe(true);
    expect(result.encoded, detail).toBeLessThanOrEqual(90 * KB);
  });
}

// Pagefind's engine (pagefind.js minified ≈ 11.1 KB gz, its Indonesian wasm re-gzipped ≈ 54.9 KB,
// src/build/search-index.ts) is ≈ 66 KB before any index chunk or result; the rest is the index
// chunks of the query's words (≈1 KB gz each) and, per result drawn, the page's outline and one
// block of its words (≈1 KB together, src/shared/search/outline.ts). Queries as readers type them,
// each from a fresh browser: one word, two words, words with synonyms ("pegawai" = "ASN").
const firstQueries = ['melayani masyarakat', 'pelayanan', 'integritas', 'disiplin pegawai'];
for (const query of firstQueries) {
  test(`opening search and a first query for “${query}” over http cost at most 80 KB gz, Pagefind engine, index chunks and the first five results included`, async ({ context, baseURL }) => {
    const result = await measure(context, `${baseURL}/cari/`, {
      action: async (page) => {
        const box = page.getByRole('search', { name: 'Cari materi' }).getByRole('searchbox');
        await box.focus();
        await page.waitForLoadState('networkidle');
        await box.fill(query);
        await box.press('Enter');
        await page.locator('.bk-result').nth(4).waitFor();
      },
    });
    const search = result.requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
    const detail = search.map((r) => `${r.encoded} B ${r.url}`).join('\n');
    expect(search.some((r) => r.url.includes('/pagefind/wasm.id.pagefind')), detail).toBe(true);
    expect(search.reduce((n, r) => n + r.encoded, 0), detail).toBeLessThanOrEqual(80 * KB);
  });
}
