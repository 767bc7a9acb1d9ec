/**
 * CSV per RFC 4180 (CRLF line ends, fields quoted when they hold a quote,
 * comma or line break, quotes doubled), with spreadsheet formula injection
 * neutralised: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading apostrophe, so Sheets or Excel show it as text instead of running it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised then quoted as needed. */
export function formatCsvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to a CSV document ending in CRLF. */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(formatCsvCell).join(',')}\r\n`).join('');
}
