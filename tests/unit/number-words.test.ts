import { describe, expect, it } from 'vitest';
import { allOfWord, capitalize, numberWord } from '../../src/shared/number-words';
import { closestName, suggestion } from '../../src/shared/suggest';

// Counts in course sentences ("Enam modul singkat", "keenam modul") follow the course when an
// institution adds a module.
describe('Indonesian number words', () => {
  it('write small counts as words and larger ones as digits', () => {
    expect([1, 6, 7, 10, 11, 12, 19, 20, 21, 35, 99, 100].map(numberWord)).toEqual([
      'satu', 'enam', 'tujuh', 'sepuluh', 'sebelas', 'dua belas', 'sembilan belas', 'dua puluh', 'dua puluh satu', 'tiga puluh lima', 'sembilan puluh sembilan', '100',
    ]);
  });

  it('say "all n of them" with ke-, and capitalise a sentence start', () => {
    expect([1, 2, 6, 7, 11, 12, 20, 120].map(allOfWord)).toEqual(['satu', 'kedua', 'keenam', 'ketujuh', 'kesebelas', 'kedua belas', 'kedua puluh', 'semua 120']);
    expect(capitalize(allOfWord(6))).toBe('Keenam');
    expect(capitalize(numberWord(6))).toBe('Enam');
  });
});

describe('"maksud Anda …?" for a misspelt name', () => {
  it('suggests the closest known name only when it is a typo away', () => {
    expect(closestName('perpres-81-201', ['perpres-81-2010', 'uu-20-2023'])).toBe('perpres-81-2010');
    expect(suggestion('batasluluss', ['judul', 'batasLulus'])).toBe(' (maksud Anda "batasLulus"?)');
    expect(suggestion('warna', ['judul', 'batasLulus'])).toBe('');
  });
});
