import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { stemIndonesian } from '../../src/shared/search/stem-id';
import { foldDiacritics, mergeAliasGroups, mergeResults, normalizeQuery, queryVariants } from '../../src/shared/search/query';
import { createFallbackEngine, tokens, type FallbackIndex } from '../../src/shared/search/fallback-engine';
import { pageHitFromOutline } from '../../src/client/lib/search-pagefind';
import { excerptFromBlock, excerptStart, outlineSections, pageBlocks, rankSections, type PageOutline } from '../../src/shared/search/outline';
import { combinePageHits, type PageHit } from '../../src/shared/search/types';
import { decodePagefindFile, fragmentToPage, fallbackIndexScript, fallbackPartScript, pageOutline } from '../../src/build/search-index';
import { createShardedEngine, partOf, rerankedPages, shardFileName, shardIndex } from '../../src/shared/search/fallback-shards';
import { duplicatePhrases, glossaryAliasGroups } from '../../src/course/search-alias-rules';
import { searchAliasSchema } from '../../src/schemas/search-alias';
import { checkAgainst } from '../../src/schemas/editor-errors';

describe('Indonesian stemming (Snowball, as Pagefind does for lang="id")', () => {
  it('brings layan, pelayanan, melayani, dilayani and pelayan to one stem', () => {
    const forms = ['layan', 'pelayanan', 'melayani', 'dilayani', 'pelayan', 'pelayanannya'];
    expect(new Set(forms.map(stemIndonesian))).toEqual(new Set(['layan']));
  });

  it('handles the nasal prefixes the way Snowball does', () => {
    expect(stemIndonesian('menyusun')).toBe('susun');
    expect(stemIndonesian('memukul')).toBe('pukul');
    expect(stemIndonesian('membaca')).toBe('baca');
    expect(stemIndonesian('mempersiapkan')).toBe('siap');
    expect(stemIndonesian('bekerja')).toBe('kerja');
    expect(stemIndonesian('perubahan')).toBe('ubah');
  });

  it('leaves short words and acronyms alone', () => {
    expect(stemIndonesian('asn')).toBe('asn');
    expect(stemIndonesian('kkn')).toBe('kkn');
    expect(stemIndonesian('kerja')).toBe('kerja');
  });
});

describe('query handling shared by both engines', () => {
  it('drops "Nomor" and "Tahun" next to numbers and splits 39/2012', () => {
    expect(normalizeQuery('Peraturan Menteri PANRB Nomor 39 Tahun 2012')).toBe('peraturan menteri panrb 39 2012');
    expect(normalizeQuery('Permen 39/2012')).toBe('permen 39 2012');
    expect(normalizeQuery('nomor induk pegawai')).toBe('nomor induk pegawai');
  });

  it('folds accents and composes text the same whether an accent was typed as one character or two', () => {
    const composed = 'p\u00e9layanan';
    const decomposed = 'pe\u0301layanan';
    expect(normalizeQuery(composed)).toBe('pelayanan');
    expect(normalizeQuery(decomposed)).toBe('pelayanan');
    expect(normalizeQuery('PÉLAYANAN  Publík')).toBe('pelayanan publik');
    // Full-width and ligature forms fold too (NFKC), as a phone keyboard may type them.
    expect(normalizeQuery('ＳＯＰ ﬁle')).toBe('sop file');
  });

  it('folds accents exactly as Pagefind’s own normalizeDiacritics does', () => {
    // pagefind.js (1.6): NFD, drop marks but the kana voicing marks, NFC only when those remain.
    const pagefind = (s: string) => {
      const stripped = s.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
      return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
    };
    for (const s of ['café', 'pe\u0301layanan', 'Ångström', 'ガ', 'naïve résumé']) expect(foldDiacritics(s)).toBe(pagefind(s));
  });

  it('leaves nothing of a query that has no letter or digit', () => {
    for (const q of ['?!', '...', ' – / ', '']) expect(queryVariants(q, [])).toEqual([]);
  });

  it('expands an acronym into its full form, and keeps the query as typed first', () => {
    const groups = mergeAliasGroups([['RB', 'reformasi birokrasi']]);
    expect(queryVariants('grand design RB', groups)).toEqual(['grand design rb', 'grand design reformasi birokrasi']);
    expect(queryVariants('Reformasi Birokrasi', groups)).toEqual(['reformasi birokrasi', 'rb']);
  });

  it('matches the longest phrase first and never overlaps', () => {
    const groups = mergeAliasGroups([
      ['Permen', 'Peraturan Menteri'],
      ['Permen PANRB', 'Permenpanrb'],
    ]);
    expect(queryVariants('permen panrb 39 2012', groups)).toEqual(['permen panrb 39 2012', 'permenpanrb 39 2012']);
  });

  it('merges groups that share a phrase and caps the number of variants', () => {
    const groups = mergeAliasGroups([['Permen', 'Peraturan Menteri'], ['permen', 'permenpan'], ['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
    expect(groups[0]?.sort()).toEqual(['peraturan menteri', 'permen', 'permenpan']);
    expect(queryVariants('a', groups)).toHaveLength(6);
  });

  it('merges results: a page matching several alternatives rises, and its details join', async () => {
    const hit = (url: string, section: string): PageHit => ({ url, title: url, excerpt: [], sections: [{ url: `${url}#${section}`, title: section, excerpt: [] }] });
    const merged = mergeResults(
      [
        [
          { id: 'glosarium', score: 4, data: async () => hit('/glosarium/', 'rb') },
          { id: 'grand-design', score: 2.4, data: async () => hit('/modul/grand-design/', 'rb-general') },
        ],
        [{ id: 'grand-design', score: 3, data: async () => hit('/modul/grand-design/', 'delapan-area') }],
      ],
      combinePageHits,
    );
    expect(merged.map((r) => r.id)).toEqual(['grand-design', 'glosarium']);
    expect((await merged[0]!.data()).sections.map((s) => s.title)).toEqual(['delapan-area', 'rb-general']);
  });
});

const fixture: FallbackIndex = {
  v: 'test',
  pages: [
    {
      u: '/modul/pelayanan/',
      t: 'Pelayanan Publik',
      s: [
        ['', 'Pelayanan Publik', 'Pelayanan Publik. Pengantar singkat.'],
        ['standar', 'Standar pelayanan', 'Standar pelayanan. Petugas melayani warga dengan ramah dan tepat waktu.'],
        ['disiplin', 'Disiplin', 'Disiplin. Pegawai masuk kerja tepat waktu.'],
      ],
    },
    { u: '/modul/sop/', t: 'SOP AP', s: [['', 'SOP AP', 'SOP AP. Diagram alir menunjukkan langkah kerja.']] },
  ],
};

describe('the file:// fallback engine', () => {
  const engine = createFallbackEngine(fixture);

  it('finds a page by another affixed form of a word, with the matching section first', async () => {
    const [first] = await engine.search('dilayani');
    expect(first?.id).toBe('/modul/pelayanan/');
    const hit = await first!.data();
    expect(hit.sections[0]?.url).toBe('/modul/pelayanan/#standar');
    expect(hit.sections[0]?.excerpt.filter((s) => s.mark).map((s) => s.text)).toContain('melayani');
  });

  it('requires every word, like Pagefind', async () => {
    expect(await engine.search('diagram pelayanan')).toEqual([]);
    expect((await engine.search('diagram alir')).map((r) => r.id)).toEqual(['/modul/sop/']);
  });

  it('matches the start of a word while the reader is still typing', async () => {
    expect((await engine.search('diagr')).map((r) => r.id)).toEqual(['/modul/sop/']);
  });

  it('finds the same pages for a query typed with accents, composed or decomposed', async () => {
    const plain = (await engine.search(normalizeQuery('pelayanan'))).map((r) => r.id);
    expect(plain.length).toBeGreaterThan(0);
    for (const q of ['p\u00e9layanan', 'pe\u0301layanan']) expect((await engine.search(normalizeQuery(q))).map((r) => r.id)).toEqual(plain);
    // The index side folds too: an accented word in the text is found without its accent.
    expect(tokens('Café Pelayanan')).toEqual(['cafe', 'pelayanan']);
  });
});

describe('Pagefind results drawn from the page outline and one block of words (no fragment)', () => {
  // A page of 14 words: intro (0–2), "Standar pelayanan" (3–8), "Gratifikasi" (9–13).
  const words = 'Pelayanan Publik ASN Standar pelayanan wajib ditetapkan penyelenggara pelayanan Gratifikasi dilarang bagi semua pegawai'.split(' ');
  const fragment = {
    url: '/modul/x/',
    content: words.join(' '),
    meta: { title: 'Pelayanan Publik' },
    anchors: [
      { element: 'h2', id: 'standar-pelayanan', text: 'Standar pelayanan', location: 3 },
      { element: 'h2', id: 'gratifikasi', text: 'Gratifikasi', location: 9 },
      { element: 'div', id: 'bukan-bagian', text: 'x', location: 5 },
    ],
  };
  const { outline, blocks } = pageOutline(fragment, 9);

  it('cuts a page into sections at its headings, with the word each starts at', () => {
    expect(outline.s).toEqual([
      [0, '', 'Pelayanan Publik'],
      [3, 'standar-pelayanan', 'Standar pelayanan'],
      [9, 'gratifikasi', 'Gratifikasi'],
    ]);
    expect(outline).toMatchObject({ u: '/modul/x/', t: 'Pelayanan Publik', n: 9, w: 14 });
    // Two anchors at one word, and an anchor past the end, make no empty section.
    expect(outlineSections(5, [{ id: 'a', text: 'A', location: 2 }, { id: 'b', text: 'B', location: 2 }, { id: 'c', text: 'C', location: 9 }], 'T')).toEqual([
      [0, '', 'T'],
      [2, 'b', 'B'],
    ]);
  });

  it('cuts the words into blocks that overlap by an excerpt, so any excerpt is in one block', () => {
    expect(pageBlocks(words, 5, 2)).toEqual([words.slice(0, 7).join(' '), words.slice(5, 12).join(' '), words.slice(10, 14).join(' ')]);
    expect(blocks.join(' ').split(' ').slice(0, words.length)).toEqual(words);
  });

  it('ranks the section whose heading holds the query first, then the other sections that match', () => {
    // "pelayanan" matched at 0 (page title), 4 (heading) and 8.
    const ranked = rankSections(outline, [[0, 4, 8]], [3]);
    expect(ranked.map((s) => s.id)).toEqual(['standar-pelayanan', '']);
    // Every query word counts: a section with both beats one with many of one.
    const both = rankSections(outline, [[4, 8], [12]], [3, 3]);
    expect(both[0]!.id).toBe('standar-pelayanan');
    expect(rankSections(outline, [[12], [10]], [3, 3]).map((s) => s.id)).toEqual(['gratifikasi']);
  });

  it('marks the matched words in the excerpt and says where the section goes on', () => {
    const section = { start: 3, end: 9, id: 'standar-pelayanan', title: 'Standar pelayanan' };
    const marks = new Set([4, 8]);
    expect(excerptStart(section, marks, 3)).toBe(6);
    expect(excerptFromBlock(words.slice(5, 14).join(' '), 5, 6, section, marks, 3)).toEqual([
      { text: '… ', mark: false },
      { text: 'ditetapkan penyelenggara', mark: false },
      { text: ' ', mark: false },
      { text: 'pelayanan', mark: true },
    ]);
  });

  it('shows the best section with its excerpt, the next ones as links, and downloads one block', async () => {
    const loaded: number[] = [];
    const block = async (k: number) => (loaded.push(k), blocks[k]!);
    const hit = await pageHitFromOutline(outline, [0, 4, 8, 12], [[0, 4, 8], [12]], [3, 3], block);
    expect(hit.url).toBe('/modul/x/');
    expect(hit.title).toBe('Pelayanan Publik');
    expect(hit.excerpt).toEqual([]);
    expect(hit.sections.map((s) => s.url)).toEqual(['/modul/x/#standar-pelayanan', '/modul/x/#gratifikasi']);
    expect(hit.sections[0]!.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['pelayanan', 'pelayanan']);
    expect(hit.sections[1]!.excerpt).toEqual([]);
    expect(loaded).toEqual([0]);
    // Another query's excerpt will be shown: sections only, nothing downloaded.
    const sectionsOnly = await pageHitFromOutline(outline, [12], [[12]], [1], undefined);
    expect(sectionsOnly.sections.map((s) => s.title)).toEqual(['Gratifikasi']);
    expect(sectionsOnly.sections[0]!.excerpt).toEqual([]);
  });

  it('puts the excerpt on the page when the best match is before the first heading', async () => {
    const hit = await pageHitFromOutline(outline, [1], [[1]], [1], async (k) => blocks[k]!);
    expect(hit.excerpt.some((s) => s.mark && s.text === 'Publik')).toBe(true);
    expect(hit.sections).toEqual([]);
  });
});

describe('the fallback index made from Pagefind fragments', () => {
  const fragment = {
    url: '/glosarium/',
    content: 'Glosarium. Pengantar. ASN (Aparatur Sipil Negara) Profesi bagi PNS. KBK Kelompok kerja.',
    meta: { title: 'Glosarium' },
    anchors: [
      { element: 'dt', id: 'asn', text: 'ASN (Aparatur Sipil Negara)', location: 2 },
      { element: 'dt', id: 'kbk', text: 'KBK', location: 9 },
      { element: 'section', id: 'ignored', text: '', location: 9 },
    ],
  };

  it('cuts the page text into sections at its headings and terms', () => {
    expect(fragmentToPage(fragment).s).toEqual([
      ['', 'Glosarium', 'Glosarium. Pengantar.'],
      ['asn', 'ASN (Aparatur Sipil Negara)', 'ASN (Aparatur Sipil Negara) Profesi bagi PNS.'],
      ['kbk', 'KBK', 'KBK Kelompok kerja.'],
    ]);
  });

  it('reads Pagefind files whether compressed or marked as raw', () => {
    const text = 'pagefind_dcd{"a":1}';
    expect(decodePagefindFile(gzipSync(text))).toBe('{"a":1}');
    expect(decodePagefindFile(new TextEncoder().encode(text))).toBe('{"a":1}');
  });

  it('is classic scripts: the head defines one global, each part files itself under its name', () => {
    const { head } = shardIndex({ v: 'v1', pages: [fragmentToPage(fragment)] });
    expect(fallbackIndexScript(head)).toMatch(/^window\.bkSearchIndex=\{"v":"v1","avg":\d+,"parts":\["/);
    expect(fallbackPartScript('as.js', { t: [], s: {} })).toBe('(window.bkSearchParts=window.bkSearchParts||{})["as.js"]={"t":[],"s":{}};\n');
  });
});

describe('the fallback index cut into parts (file:// search at any course size)', () => {
  /** A loader over an index cut in memory that records what a query reads. */
  function sharded(index: FallbackIndex) {
    const { head, shards, pages } = shardIndex(index);
    const read: string[] = [];
    const engine = createShardedEngine(head, {
      shard: async (key) => (read.push(shardFileName(key)), shards.get(key)!),
      page: async (n) => (read.push(`h${n}`), pages[n]!),
    });
    return { engine, read, head };
  }
  const same = async (a: ReturnType<typeof createFallbackEngine>, b: ReturnType<typeof createFallbackEngine>, query: string) => {
    const [x, y] = [await a.search(query), await b.search(query)];
    expect(y.map((r) => r.id), query).toEqual(x.map((r) => r.id));
    expect(y.map((r) => r.score), query).toEqual(x.map((r) => r.score));
    expect(await Promise.all(y.map((r) => r.data())), query).toEqual(await Promise.all(x.map((r) => r.data())));
  };

  it('ranks and shows exactly what the whole-index engine does, on a course of up to 20 pages', async () => {
    const whole = createFallbackEngine(fixture);
    const { engine } = sharded(fixture);
    for (const q of ['dilayani', 'diagram alir', 'diagr', 'tepat waktu', 'pelay', 'sop', 'tidakada', 'x']) await same(whole, engine, q);
  });

  /** A course of `n` pages: the fixture's text plus words of each page's own. */
  const bigIndex = (n: number): FallbackIndex => ({
    v: 'big',
    pages: Array.from({ length: n }, (_, i) => ({
      u: `/modul/m${String(i).padStart(3, '0')}/`,
      t: `Modul ${i}`,
      s: [
        ['', `Modul ${i}`, `Modul ${i}. Petugas melayani warga dengan ramah. Kata${i} khusus untuk halaman ini.`],
        ['bagian', 'Bagian', `Bagian. ${i % 3 === 0 ? 'Diagram alir menunjukkan langkah kerja.' : 'Disiplin pegawai tepat waktu.'} ${'teks '.repeat(i % 7)}`],
      ],
    })),
  });

  it('reads for a first query only the parts of its words and the pages it ranks, however many pages the course has', async () => {
    const { engine, read, head } = sharded(bigIndex(300));
    const results = await engine.search('diagram alir');
    expect(results).toHaveLength(100);
    // The parts of the words, and of a stem that starts otherwise ("diagram" → "agram").
    const parts = read.filter((r) => !r.startsWith('h'));
    expect(parts.sort()).toEqual([...new Set(['di', 'al', 'ag'].map((k) => shardFileName(partOf(head.parts, k)!)))].sort());
    expect(parts.length).toBeLessThan(head.parts.length);
    expect(read.filter((r) => r.startsWith('h'))).toHaveLength(rerankedPages);
    // A page further down is read when its result is shown.
    await results[50]!.data();
    expect(read.filter((r) => r.startsWith('h'))).toHaveLength(rerankedPages + 1);
  });

  it('ranks the pages it reads as the whole-index engine does, and finds the same pages', async () => {
    const index = bigIndex(300);
    const whole = await createFallbackEngine(index).search('melayani kata1');
    const parts = await sharded(index).engine.search('melayani kata1');
    expect(parts.map((r) => r.id).sort()).toEqual(whole.map((r) => r.id).sort());
    expect(parts[0]!.id).toBe(whole[0]!.id);
    expect(parts[0]!.score).toBeCloseTo(whole[0]!.score, 10);
  });
});

describe('the synonyms file an editor maintains', () => {
  const file = 'content/search-aliases.yaml';
  const entries = parseYaml(readFileSync(file, 'utf8')) as { id: string; phrases: string[] }[];

  it('passes its schema and has no phrase in two groups', () => {
    expect(entries.flatMap((e, i) => checkAgainst(searchAliasSchema, e, `${file}#${i}`))).toEqual([]);
    expect(duplicatePhrases(entries)).toEqual([]);
  });

  it('tells the editor which phrase is repeated and where it first stands', () => {
    expect(duplicatePhrases([{ id: 'rb', phrases: ['RB', 'reformasi birokrasi'] }, { id: 'lain', phrases: ['Reformasi  Birokrasi', 'x'] }])).toEqual([
      { file, field: '1.phrases.0', message: 'frasa "Reformasi  Birokrasi" sudah ada di kelompok "rb"; satu frasa hanya boleh di satu kelompok' },
    ]);
  });

  it('names a group with one phrase and a phrase with quotes', () => {
    expect(checkAgainst(searchAliasSchema, { id: 'x', phrases: ['RB'] }, file)).toEqual([{ file, field: 'phrases', message: 'minimal 2 butir' }]);
    expect(checkAgainst(searchAliasSchema, { id: 'x', phrases: ['RB', '"RB"'] }, file)).toEqual([
      { file, field: 'phrases.1', message: 'hanya huruf, angka, spasi, dan tanda - / . (tanpa tanda kutip atau koma)' },
    ]);
  });

  it('takes abbreviations from the glossary, not translations of phrases', () => {
    expect(
      glossaryAliasGroups([
        { term: 'RB', expansion: 'Reformasi Birokrasi' },
        { term: 'Tupoksi', expansion: 'Tugas pokok dan fungsi' },
        { term: 'Mind set', expansion: 'Pola pikir' },
        { term: 'Budaya kerja' },
      ]),
    ).toEqual([
      ['RB', 'Reformasi Birokrasi'],
      ['Tupoksi', 'Tugas pokok dan fungsi'],
    ]);
  });
});
