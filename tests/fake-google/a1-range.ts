/**
 * A1 notation as the Sheets API reads it: `Interviews`, `Interviews!A1:C3`,
 * `'My sheet'!A:A`, `Interviews!1:1`. Bounds are 0-based, end exclusive,
 * null when open.
 */
import { FakeHttpError } from './google-error.js';

export interface A1Range {
  title: string;
  rowStart: number;
  rowEnd: number | null;
  colStart: number;
  colEnd: number | null;
}

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parseCorner(text: string): { row: number | null; col: number | null } {
  const match = /^([A-Za-z]*)(\d*)$/.exec(text);
  if (!match || (!match[1] && !match[2])) throw new FakeHttpError(400, 'badRequest', `Unable to parse range: ${text}`);
  return { col: match[1] ? columnNumber(match[1]) - 1 : null, row: match[2] ? Number(match[2]) - 1 : null };
}

/** Parses a range; a bare sheet title is the whole sheet. */
export function parseA1(range: string): A1Range {
  const bang = range.lastIndexOf('!');
  const rawTitle = bang < 0 ? range : range.slice(0, bang);
  const title = rawTitle.startsWith("'") && rawTitle.endsWith("'") ? rawTitle.slice(1, -1).replace(/''/g, "'") : rawTitle;
  if (bang < 0) return { title, rowStart: 0, rowEnd: null, colStart: 0, colEnd: null };
  const [from, to] = range.slice(bang + 1).split(':');
  const a = parseCorner(from!);
  const b = to === undefined ? a : parseCorner(to);
  return {
    title,
    rowStart: a.row ?? 0,
    rowEnd: b.row === null ? null : b.row + 1,
    colStart: a.col ?? 0,
    colEnd: b.col === null ? null : b.col + 1,
  };
}
