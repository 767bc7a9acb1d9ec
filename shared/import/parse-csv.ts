/**
 * CSV text to records (RFC 4180: quoted fields may hold the separator,
 * doubled quotes and line breaks), the separator sniffed from the header
 * line: comma, semicolon (Excel in most of Europe) or tab. Each record
 * keeps the file line it starts on, so a problem can be named by line.
 * Bounded: at most MAX_RECORDS records of MAX_COLUMNS fields.
 */
import { NextRoundError } from '../errors.js';

export const MAX_RECORDS = 20_000;
export const MAX_COLUMNS = 100;

export type Separator = ',' | ';' | '\t';

export interface CsvTable {
  readonly separator: Separator;
  readonly headers: readonly string[];
  /** Data records (blank lines left out) with the 1-based line each starts on. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** The separator the first line uses most outside quotes (comma when none). */
export function sniffSeparator(text: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Separator]++;
  }
  return (Object.keys(counts) as Separator[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), ',');
}

/**
 * Parses `text` (the first record is the header).
 *
 * @throws NextRoundError INVALID_INPUT naming `where` and the line of an unclosed quote, too many records or columns, or no header.
 */
export function parseCsv(text: string, where: string, separator: Separator = sniffSeparator(text)): CsvTable {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quotedFrom = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells });
    if (records.length > MAX_RECORDS + 1) {
      throw new NextRoundError('INVALID_INPUT', `${where} has more than ${MAX_RECORDS.toLocaleString('en-US')} rows; split it into smaller files.`, { where });
    }
    if (cells.length > MAX_COLUMNS) {
      throw new NextRoundError('INVALID_INPUT', `${where}, line ${start}: more than ${MAX_COLUMNS} columns; is this a CSV file?`, {
        where: `${where}:${start}`,
      });
    }
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '' && quotedFrom === 0) {
      // A quoted field: up to the next quote that is not doubled.
      quotedFrom = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          throw new NextRoundError('INVALID_INPUT', `${where}, line ${quotedFrom}: a quote (") opens a field that never closes; check that line.`, {
            where: `${where}:${quotedFrom}`,
          });
        }
        const part = text.slice(i, q);
        line += countLines(part);
        field += part;
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      quotedFrom = 0;
      continue;
    }
    if (c === separator) {
      cells.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (field !== '' || cells.length) endRecord();
  const [header, ...rows] = records;
  if (!header || header.cells.every((cell) => cell.trim() === '')) {
    throw new NextRoundError('INVALID_INPUT', `${where} is empty: it needs a header line naming its columns.`, { where });
  }
  return { separator, headers: header.cells.map((cell) => cell.trim()), rows };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}
