import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/shared/csv';

describe('CSV export', () => {
  it('quotes every cell, doubles quotes, and round-trips commas, quotes and line breaks', () => {
    const rows = [['Nama', 'Pre-test'], ['Siti "Ani", S.Sos.', '9/12 (75%)'], ['Baris\ndua', '–']];
    const csv = toCsv(rows);
    expect(csv.startsWith('\ufeff"Nama","Pre-test"\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('writes semicolons for Excel with Indonesian settings, and round-trips cells holding either separator', () => {
    const rows = [['Nama', 'Pre-test'], ['Rina; S.E.', '75,5'], ['Budi, S.Kom.', '–']];
    const csv = toCsv(rows, [0], ';');
    expect(csv.startsWith('\ufeff"Nama";"Pre-test"\r\n')).toBe(true);
    expect(parseCsv(csv, ';')).toEqual(rows);
    expect(parseCsv(toCsv(rows, [0], ','), ',')).toEqual(rows);
  });

  it('keeps a name from running as a spreadsheet formula, only in untrusted columns, with either separator', () => {
    for (const separator of [',', ';'] as const) {
      const csv = toCsv([['=HYPERLINK("http://x")', '-10'], ['@SUM(A1)', '+5']], [0], separator);
      expect(parseCsv(csv, separator)).toEqual([["'=HYPERLINK(\"http://x\")", '-10'], ["'@SUM(A1)", '+5']]);
    }
  });
});
