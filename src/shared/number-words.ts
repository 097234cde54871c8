/**
 * Small counts written as Indonesian words, as course text writes them ("Enam modul singkat",
 * "keenam modul"), so a sentence stays true when an institution adds a module.
 */

const units = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** 0–99 in words (`enam`, `dua belas`, `dua puluh satu`); larger numbers stay digits. */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < units.length) return units[n]!;
  if (n < 20) return `${units[n - 10]} belas`;
  const tens = Math.floor(n / 10);
  const rest = n % 10;
  return `${tens === 1 ? 'se' : `${units[tens]} `}puluh${rest ? ` ${units[rest]}` : ''}`.replace('se puluh', 'sepuluh');
}

/**
 * "All n of them": `keenam`, `kedua belas`, `ketiga puluh`; one is `satu`. The ke- form of
 * `satu` is `kesatu` (an ordinal), so it is not used for a count.
 */
export function allOfWord(n: number): string {
  if (n === 1) return 'satu';
  const word = numberWord(n);
  if (word === String(n)) return `semua ${n}`;
  return word === 'sebelas' ? 'kesebelas' : `ke${word}`;
}

/** The first letter in capitals, for a word that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
