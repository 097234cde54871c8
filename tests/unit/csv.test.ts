import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/shared/csv';

describe('CSV export', () => {
  it('quotes every cell, doubles quotes, and round-trips commas, quotes and line breaks', () => {
    const rows = [['Nama', 'Pre-test'], ['Siti "Ani", S.Sos.', '9/12 (75%)'], ['Baris\ndua', '–']];
    const csv = toCsv(rows);
    expect(csv.startsWith('\ufeff"Nama","Pre-test"\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('keeps a name from running as a spreadsheet formula, only in untrusted columns', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '-10'], ['@SUM(A1)', '+5']], [0]);
    expect(parseCsv(csv)).toEqual([["'=HYPERLINK(\"http://x\")", '-10'], ["'@SUM(A1)", '+5']]);
  });
});
