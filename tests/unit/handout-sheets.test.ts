import { describe, expect, it } from 'vitest';
import { handoutSlideHtml, sheetsOf, trainerRowHeight, trainerSheet, trainerSheets } from '../../src/course/deck/handout';

const notes = (chars: number) => ({ notesHtml: `<p>${'a'.repeat(chars)}</p>` });

describe('planning handout sheets', () => {
  it('puts three slides on each participant sheet, the last one partly filled', () => {
    expect(sheetsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(sheetsOf([], 3)).toEqual([]);
  });

  it("gives a trainer row the slide picture's height when its notes are short, and the notes' height when they are long", () => {
    expect(trainerRowHeight(notes(100))).toBe(trainerSheet.slideHeight + trainerSheet.rowGap);
    const long = trainerRowHeight(notes(46 * 20));
    expect(long).toBeCloseTo(20 * trainerSheet.lineHeight + trainerSheet.rowGap);
    expect(trainerRowHeight({ notesHtml: '<p>a</p>\n<p>b</p>\n<ul>\n<li>c</li>\n</ul>' })).toBe(trainerSheet.slideHeight + trainerSheet.rowGap);
  });

  it('fills each trainer sheet with whole rows, in order, and starts a new one when the next row would not fit', () => {
    const short = Array.from({ length: 10 }, () => notes(100));
    const sheets = trainerSheets(short);
    const perSheet = Math.floor(trainerSheet.rowsHeight / (trainerSheet.slideHeight + trainerSheet.rowGap));
    expect(sheets.map((s) => s.length)).toEqual([perSheet, perSheet, 10 - 2 * perSheet]);
    expect(sheets.flat()).toEqual(short);
    const tall = notes(46 * 40);
    expect(trainerSheets([tall, tall, tall]).map((s) => s.length)).toEqual([1, 1, 1]);
  });

  it("turns the title slide's h1 into an h2 under the handout page's own h1, leaving the rest alone", () => {
    expect(handoutSlideHtml('<h1>Judul</h1>\n<p>Sub</p>')).toBe('<h2>Judul</h2>\n<p>Sub</p>');
    expect(handoutSlideHtml('<h2>Slide</h2><p>h1 <code>h1</code></p>')).toBe('<h2>Slide</h2><p>h1 <code>h1</code></p>');
  });
});
