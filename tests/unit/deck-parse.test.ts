import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreLimits, parseDeck, slideLimits } from '../../src/course/deck/parse';
import { formatProblems } from '../../src/schemas/editor-errors';
import { closingSlide } from '../../src/course/deck/closing';
import { qrSvg } from '../../src/shared/qr';

const file = 'slides/contoh.md';

/** A deck body with `n` slides, each with a heading, a line of text and notes (2 minutes); the last `core` are marked [inti]. */
function deck(n: number, extra = '', core = 9): string {
  return (
    Array.from({ length: n }, (_, i) => `${i >= n - core ? '[inti]\n' : ''}## Slide ${i + 1}\n\nIsi.\n\nCatatan:\nKatakan sesuatu. (2 menit)`).join('\n\n---\n\n') + extra
  );
}

describe('splitting a deck into slides', () => {
  it('starts a slide at every --- line and a vertical slide at every -- line', () => {
    const body = deck(12).replace('## Slide 3', '--\n\n## Slide 3').replace(/\n\n---\n\n--\n\n/, '\n\n--\n\n');
    const parsed = parseDeck(body, { file });
    expect(parsed.problems).toEqual([]);
    expect(parsed.slides).toHaveLength(12);
    expect(parsed.stacks).toHaveLength(11);
    expect(parsed.stacks[1]!.map((s) => s.title)).toEqual(['Slide 2', 'Slide 3']);
  });

  it('ignores separators inside a code fence', () => {
    const body = deck(12).replace('Isi.', '```\n---\n```');
    expect(parseDeck(body, { file }).slides).toHaveLength(12);
  });

  it('puts everything after "Catatan:" into the speaker notes, not on the slide', () => {
    const [first] = parseDeck(deck(12), { file }).slides;
    expect(first!.html).toBe('<h2>Slide 1</h2>\n<p>Isi.</p>');
    expect(first!.notesHtml).toBe('<p>Katakan sesuatu. (2 menit)</p>');
    expect(first!.minutes).toBe(2);
  });

  it('shows + list items one by one (fragments) and - items at once', () => {
    const body = deck(12).replace('Isi.', '+ satu\n+ dua\n\n- tiga');
    const html = parseDeck(body, { file }).slides[0]!.html;
    expect(html).toContain('<li class="fragment">satu</li>');
    expect(html).toContain('<li class="fragment">dua</li>');
    expect(html).toContain('<li>tiga</li>');
  });

  it('writes table headers with a scope and no obsolete align attribute', () => {
    const body = deck(12).replace('Isi.', '| A | B |\n|:-:|---|\n| 1 | 2 |');
    const html = parseDeck(body, { file }).slides[0]!.html;
    expect(html).toContain('<th scope="col" class="bk-align-center">A</th>');
    expect(html).not.toContain('align=');
  });

  it('takes the slide title from the first heading as plain text', () => {
    const body = deck(12).replace('## Slide 1', '## Yang **pasti** & "baru"');
    expect(parseDeck(body, { file }).slides[0]!.title).toBe('Yang pasti & "baru"');
  });
});

describe('what an editor is told', () => {
  it('names the file, the slide number and the line of a slide without notes', () => {
    const body = deck(12).replace('Isi.\n\nCatatan:\nKatakan sesuatu. (2 menit)\n\n---\n\n## Slide 2', 'Isi.\n\n---\n\n## Slide 2');
    const { problems } = parseDeck(body, { file, lineOffset: 5 });
    expect(formatProblems(problems)).toBe(
      [
        'Konten tidak valid (1 masalah):',
        '  slides/contoh.md',
        '    • slide 1: tidak punya catatan pembicara (slide mulai di baris 6): tambahkan baris "Catatan:" di akhir slide, lalu tulis apa yang dikatakan, satu pertanyaan untuk peserta, dan waktunya, mis. (2 menit)',
      ].join('\n'),
    );
  });

  it('reports empty notes, a slide with only notes and an empty slide', () => {
    const body = deck(12)
      .replace('Slide 2\n\nIsi.\n\nCatatan:\nKatakan sesuatu. (2 menit)', 'Slide 2\n\nIsi.\n\nCatatan:\n')
      .replace('## Slide 3\n\nIsi.\n\n', '')
      .concat('\n\n---\n\n');
    const messages = parseDeck(body, { file }).problems.map((p) => `${p.field}: ${p.message.split(' (')[0]}`);
    expect(messages).toEqual([
      'slide 2: catatan pembicaranya kosong',
      'slide 3: tidak punya teks slide, hanya catatan',
      'slide 13: kosong',
    ]);
  });

  it(`fails a deck outside ${slideLimits.min}–${slideLimits.max} slides, saying the closing slide is not counted`, () => {
    for (const n of [11, 26]) {
      const { problems } = parseDeck(deck(n), { file });
      expect(problems).toEqual([
        { file, field: 'slide', message: `dek berisi ${n} slide; harus 12–25 slide (slide penutup dengan kode QR ditambahkan otomatis dan tidak dihitung)` },
      ]);
    }
    expect(parseDeck(deck(12), { file }).problems).toEqual([]);
    expect(parseDeck(deck(25), { file }).problems).toEqual([]);
  });

  it('fails when the minutes in the notes add up to more than the session', () => {
    const { problems } = parseDeck(deck(12), { file, minutes: 20 });
    expect(problems).toEqual([
      { file, field: 'minutes', message: 'waktu di catatan semua slide berjumlah 24 menit, lebih dari durasi sesi (minutes: 20); kurangi waktunya di catatan atau naikkan minutes' },
    ]);
  });
});

describe('core slides ([inti]) and the short version', () => {
  it('marks a slide core with an [inti] line and keeps the marker off the slide', () => {
    const parsed = parseDeck(deck(12), { file });
    expect(parsed.slides.map((s) => s.core)).toEqual([false, false, false, ...Array(9).fill(true)]);
    expect(parsed.slides[11]!.html).toBe('<h2>Slide 12</h2>\n<p>Isi.</p>');
    expect(parsed.coreMinutes).toBe(18);
  });

  it(`fails a deck whose core slides are outside ${coreLimits.min}–${coreLimits.max} minutes, naming the field and the count`, () => {
    expect(parseDeck(deck(12, '', 7), { file }).problems).toEqual([
      { file, field: 'inti', message: '7 slide bertanda [inti] berjumlah 14 menit; versi inti harus 15–25 menit: tandai slide yang wajib ditayangkan dengan baris [inti] di teks slidenya' },
    ]);
    expect(parseDeck(deck(14, '', 13), { file }).problems.map((p) => p.field)).toEqual(['inti']);
    expect(parseDeck(deck(14, '', 0), { file }).problems[0]!.message).toMatch(/^0 slide bertanda \[inti\] berjumlah 0 menit/);
    expect(parseDeck(deck(12, '', 8), { file }).problems).toEqual([]);
    expect(parseDeck(deck(14, '', 12), { file }).problems).toEqual([]);
  });

  it('tells the editor when [inti] stands in the notes or a core slide has no timing', () => {
    const body = deck(12, '', 10)
      .replace('Catatan:\nKatakan sesuatu. (2 menit)\n\n---\n\n## Slide 2\n', 'Catatan:\nKatakan sesuatu. (2 menit)\n[inti]\n\n---\n\n## Slide 2\n')
      .replace('## Slide 4\n\nIsi.\n\nCatatan:\nKatakan sesuatu. (2 menit)', '## Slide 4\n\nIsi.\n\nCatatan:\nKatakan sesuatu.');
    expect(parseDeck(body, { file }).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'slide 1: penanda [inti] ada di catatan pembicara (baris 7): pindahkan ke teks slide, di atas baris "Catatan:"',
      'slide 4: slide inti tanpa waktu (baris 30): tulis waktunya di catatan, mis. (2 menit), agar versi inti dapat dihitung',
    ]);
  });
});

describe('the six decks in slides/', () => {
  for (const name of readdirSync('slides').filter((f) => f.endsWith('.md'))) {
    it(`${name} parses without problems, every slide with a title and notes`, () => {
      const raw = readFileSync(`slides/${name}`, 'utf8');
      const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
      const minutes = Number(/\nminutes:\s*(\d+)/.exec(raw)?.[1]);
      const parsed = parseDeck(body, { file: `slides/${name}`, minutes });
      expect(parsed.problems).toEqual([]);
      expect(parsed.coreMinutes).toBeGreaterThanOrEqual(coreLimits.min);
      expect(parsed.coreMinutes).toBeLessThanOrEqual(coreLimits.max);
      expect(parsed.slides.filter((s) => s.core).length).toBeLessThan(parsed.slides.length);
      for (const s of parsed.slides) {
        expect(s.title, `slide ${s.number}`).not.toBe('');
        expect(s.notesHtml, `slide ${s.number}`).not.toBe('');
      }
    });
  }
});

describe('the closing slide', () => {
  it('carries a QR code of the lesson URL and both addresses as text', () => {
    const slide = closingSlide({ lessonUrl: 'https://contoh.id/modul/x/', quizUrl: 'https://contoh.id/kuis/x/' }, 20);
    expect(slide.html).toContain('<svg class="bk-qr"');
    expect(slide.html).toContain('aria-label="Kode QR ke contoh.id/modul/x/"');
    expect(slide.html).toContain('<a href="https://contoh.id/modul/x/">contoh.id/modul/x/</a>');
    expect(slide.html).toContain('<a href="https://contoh.id/kuis/x/">contoh.id/kuis/x/</a>');
    expect(slide.notesHtml).not.toBe('');
  });

  it('leaves the quiz line out when the module has no quiz', () => {
    expect(closingSlide({ lessonUrl: 'https://contoh.id/modul/x/' }, 20).html).not.toContain('Kuis:');
  });

  it('draws the QR code as one compact path (about 2 KB, not one rectangle per module)', () => {
    const svg = qrSvg('https://budayakerja-asn.id/modul/kelompok-budaya-kerja/', 'QR');
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg.length).toBeLessThan(4000);
  });
});
