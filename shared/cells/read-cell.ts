/**
 * Reading a cell back as the text the engine and the sidebar work with,
 * whatever wrote it: a real date or a date typed as text, a number or a
 * number typed as text. What cannot be read is kept as it is, so "Cells to
 * check" can name it; reading never changes the sheet.
 */
import type { ColumnSpec } from '../schema/types.js';
import { cellKindOf, formatShowsTime } from './cell-kind.js';
import { isWholeDay, serialToWall } from './serial.js';
import { readWallText } from './wall-text.js';

/** A cell as a writer's world hands it over, before the column's kind is applied. */
export type RawCell =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; bool: boolean }
  /**
   * A number; in a date column, a serial day in the sheet's zone. `format`
   * is the cell's number format when the world reports it: a serial on a
   * whole day in a date-time column reads as a moment at 00:00 under a
   * format that shows time, as a day otherwise.
   */
  | { kind: 'number'; number: number; format?: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The text of a cell of `column`: dates as `YYYY-MM-DD` / `YYYY-MM-DD HH:mm`,
 * numbers as digits, the rest as written.
 *
 * @example readCellText(START, { kind: 'number', number: 46089.5, format: 'yyyy-mm-dd hh:mm' }) === '2026-03-08 12:00'
 */
export function readCellText(column: Pick<ColumnSpec, 'type'>, raw: RawCell): string {
  const kind = cellKindOf(column);
  switch (raw.kind) {
    case 'blank':
      return '';
    case 'bool':
      return raw.bool ? 'TRUE' : 'FALSE';
    case 'number':
      if (kind === 'date') return serialToWall(raw.number, false);
      if (kind === 'datetime') {
        // A time of day is always read; a whole day shows its 00:00 only under a format that shows time.
        const withTime = !isWholeDay(raw.number) || (raw.format !== undefined && formatShowsTime(raw.format));
        return serialToWall(raw.number, withTime);
      }
      return String(raw.number);
    case 'text': {
      const text = raw.text;
      if (kind === 'date' || kind === 'datetime') {
        const wall = readWallText(text);
        if (wall === null) return text;
        return kind === 'date' ? wall.slice(0, 10) : wall;
      }
      if (kind === 'number' && NUMBER.test(text.trim())) return String(Number(text.trim()));
      return text;
    }
  }
}
