/**
 * CSV for spreadsheets, as Excel and LibreOffice read it: every cell quoted, CRLF line ends, a
 * UTF-8 byte-order mark (so names with accents survive Excel), and a comma or a semicolon between
 * cells (Excel with Indonesian regional settings expects `;`, because `,` is the decimal mark).
 * Cells that came from untrusted input and would start a formula (= + - @, tab, CR) get a leading
 * apostrophe: a participant's name must not run as a spreadsheet formula (CSV injection).
 */

/** The separators a trainer can choose between. */
export type CsvSeparator = ',' | ';';

export function csvCell(text: string, untrusted = false): string {
  const safe = untrusted && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows of cells to a CSV document; `untrustedColumns` are the column indices guarded against formulas. */
export function toCsv(rows: readonly (readonly string[])[], untrustedColumns: readonly number[] = [], separator: CsvSeparator = ','): string {
  return '\ufeff' + rows.map((row) => row.map((cell, i) => csvCell(cell, untrustedColumns.includes(i))).join(separator)).join('\r\n') + '\r\n';
}

/** Parses what `toCsv` writes (quoted cells, the same separator), for tests and round trips. */
export function parseCsv(text: string, separator: CsvSeparator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && body[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
