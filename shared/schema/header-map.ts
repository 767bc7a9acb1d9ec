/**
 * Finds columns by header, never by position: the person may reorder
 * columns, insert their own, or move the tab, and reading and writing still
 * land in the right cells.
 */
import { NextRoundError } from '../errors.js';
import type { ColumnSpec, SheetSpec } from './types.js';

/** Where each known column sits in a header row (0-based), plus what else is there. */
export interface HeaderMap {
  readonly sheet: SheetSpec;
  /** Column index by column key; absent when the header is not in the row. */
  readonly indexByKey: Readonly<Record<string, number>>;
  /** Columns of the schema that the row lacks (optional ones only; required ones throw). */
  readonly missing: readonly ColumnSpec[];
  /** How many columns the header row spans, the person's own included. */
  readonly width: number;
}

/** Header comparison ignores case and runs of white space. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Maps a header row onto a sheet's schema.
 *
 * @throws NextRoundError HEADER_MISSING naming every required header that is
 *   absent, or HEADER_DUPLICATE when a known header appears twice (which of
 *   the two holds the data would be a guess).
 * @example mapHeaders(INTERVIEWS, ['Notes', 'Event ID', ...]).indexByKey.notes === 0
 */
export function mapHeaders(sheet: SheetSpec, headerRow: readonly unknown[]): HeaderMap {
  const positions = new Map<string, number[]>();
  headerRow.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name) positions.set(name, [...(positions.get(name) ?? []), index]);
  });

  const indexByKey: Record<string, number> = {};
  const missing: ColumnSpec[] = [];
  for (const column of sheet.columns) {
    const found = positions.get(normalizeHeader(column.header)) ?? [];
    if (found.length > 1) {
      const columns = found.map(columnLetter).join(' and ');
      throw new NextRoundError(
        'HEADER_DUPLICATE',
        `Sheet "${sheet.name}" has the header "${column.header}" twice (columns ${columns}); rename or remove one.`,
        { where: `${sheet.name}!${column.header}` },
      );
    }
    if (found[0] === undefined) missing.push(column);
    else indexByKey[column.key] = found[0];
  }

  const requiredMissing = missing.filter((column) => column.required);
  if (requiredMissing.length > 0) {
    const names = requiredMissing.map((column) => `"${column.header}"`).join(', ');
    throw new NextRoundError(
      'HEADER_MISSING',
      `Sheet "${sheet.name}" is missing the required header${requiredMissing.length > 1 ? 's' : ''} ${names}. ` +
        'Run "Set up tracker" to add it back, or restore the header text.',
      { where: `${sheet.name}!${requiredMissing[0]!.header}` },
    );
  }
  return { sheet, indexByKey, missing, width: headerRow.length };
}

/** Reads one row into an object keyed by column key; unknown columns are left out. */
export function readRow(map: HeaderMap, row: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, index] of Object.entries(map.indexByKey)) out[key] = row[index];
  return out;
}

/** "A", "B", … "AA": for messages a person can act on. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
