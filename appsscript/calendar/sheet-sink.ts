/**
 * The TrackerSink over SpreadsheetApp (the Interviews sheet of the active
 * spreadsheet), with the same contract as the Sheets-API and .xlsx sinks.
 * Per pass one read (values and number formats of the data range, plus the
 * zone) and one write per block: the updated rows' span of schema columns as
 * one rectangle, the appended rows as another (a setValues each, and a
 * setNumberFormats where a cell's format must change), whatever the number
 * of events.
 *
 * An update pass costs 10 Spreadsheet calls, not the ≤ 6 the issue aims at
 * (a pass with nothing new reads no sheet at all: 1 call, the lock's flush,
 * see calendar-import-pass.ts); each remaining one is needed (issue 12):
 * - the spreadsheet, the sheet, the data range and the write's range are
 *   handles SpreadsheetApp has no way around (getSheetValues skips the data
 *   range but formats are read only from a Range);
 * - the zone: getValues hands dates as instants, and the wall time they show
 *   is in the spreadsheet's zone (not the script's); a cached zone goes stale
 *   when the person changes it in File → Settings;
 * - the values, and the number formats: getValues does not say whether a cell
 *   is plain text ('@'), which decides how a kept text is written back as
 *   literal input (literal-text.ts) and a day from a moment at midnight;
 * - the formulas of the rectangle: the updated cells are not contiguous
 *   (Event version is the last column; the person's Company, Role, Round and
 *   notes sit between calendar columns), setValues has no "leave this cell"
 *   value, so a kept formula must be written back as itself;
 * - setValues; and SpreadsheetApp.flush before the document lock is released
 *   (GOOGLE.md), else a pass waiting on the lock may read the old rows.
 * setNumberFormats is skipped when every changed cell already has its column's
 * format (a set-up tracker) and the read is fresh.
 *
 * When the read may predate a listing (the engine reads while the source
 * lists), the person keeps working meanwhile, so right before writing the
 * rectangle is read again: its Event IDs must still be where the plan found
 * them (otherwise CONFLICT, and the engine reads and plans again). When the
 * caller listed first (`readIsFresh`, the add-on's import pass), the read is
 * as fresh as that re-read, so it is skipped. Either way the cells the plan
 * does not change (the person's, between updated rows) are written back as
 * they are: text as literal input, numbers and dates as they are, a formula
 * as its formula (read with getFormulas on the rectangle). Appended rows go
 * below the last row. Applications and Contacts are read and appended to
 * in the same pass (the TrackerLinks port, see sheet-links.ts).
 */
import { NextRoundError } from '../../shared/errors.js';
import { mapHeaders, type HeaderMap } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { typeCell } from '../../shared/cells/typed-cell.js';
import { literalInput } from '../../shared/cells/literal-text.js';
import type { RowCells, RowOp, TrackerLinkOps, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { createDateCodec, type DateCodec } from '../sheets/dates.js';
import { inputOf, openSheet } from '../sheets/table.js';
import { appendLinkedRows, readLinkedSheets, type LinkedSheets } from './sheet-links.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface ReadState {
  sheet: Sheet;
  /** The data range's values as read (header row first). */
  values: unknown[][];
  formats: string[][];
  map: HeaderMap;
  codec: DateCodec;
  linked: LinkedSheets;
}

const COLUMN_BY_KEY = new Map<string, ColumnSpec>(INTERVIEWS.columns.map((column) => [column.key, column]));

export interface SheetSinkOptions {
  /**
   * True when nothing was listed between the read and this write (the caller
   * listed first): the read is then as fresh as a re-read, so the write skips
   * it (and the Event ID check) and appends below the rows it read.
   */
  readIsFresh?: () => boolean;
  /** The spreadsheet and its zone when the caller already has them (no second call for either). */
  opened?: () => { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; timeZone: string } | undefined;
}

/** A TrackerSink over the active spreadsheet's Interviews sheet. */
export function createSheetSink(options: SheetSinkOptions = {}): TrackerSink {
  const reads = new WeakMap<TrackerSnapshot, ReadState>();
  return {
    async read() {
      const opened = options.opened?.();
      const spreadsheet = opened?.spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
      const codec = createDateCodec(opened?.timeZone ?? spreadsheet.getSpreadsheetTimeZone());
      const sheet = openSheet(spreadsheet, INTERVIEWS);
      const range = sheet.getDataRange();
      const values = range.getValues();
      const formats = range.getNumberFormats();
      const headers = (values[0] ?? []).map((cell) => String(cell ?? '').trim());
      const map = mapHeaders(INTERVIEWS, headers);
      const rows = values.slice(1).map((line, index) => {
        const cells: RowCells = {};
        for (const [key, column] of Object.entries(map.indexByKey))
          cells[key] = codec.cellText(line[column], COLUMN_BY_KEY.get(key)!, formats[index + 1]?.[column]);
        return cells;
      });
      const linked = readLinkedSheets(spreadsheet);
      const snapshot: TrackerSnapshot = { headers, rows, timeZone: codec.timeZone, links: linked.links };
      reads.set(snapshot, { sheet, values, formats, map, codec, linked });
      return snapshot;
    },

    async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps) {
      const state = reads.get(snapshot);
      if (!state) throw new NextRoundError('INVALID_INPUT', "apply() needs a snapshot returned by this sink's read().", { where: INTERVIEWS.name });
      const fresh = options.readIsFresh?.() === true;
      // After the Interviews write, which may find rows moved and stop the pass with nothing of it written.
      writeRows(ops, state, fresh);
      if (links) appendLinkedRows(state.linked, links, state.codec, fresh);
    },
  };
}

/** The Interviews ops: the updated rows' rectangle (its Event IDs checked first unless the read is fresh), then the appended block. */
function writeRows(ops: readonly RowOp[], state: ReadState, fresh: boolean): void {
  if (ops.length === 0) return;
  const indexes = Object.values(state.map.indexByKey);
  const first = Math.min(...indexes);
  const width = Math.max(...indexes) - first + 1;
  const keyAt = new Map(Object.entries(state.map.indexByKey).map(([key, index]) => [index - first, key]));

  const updates = new Map<number, RowCells>();
  const ids = new Map<number, string>();
  const appends: RowCells[] = [];
  for (const op of ops) {
    if (op.kind === 'append') appends.push(op.cells);
    else {
      updates.set(op.row, { ...updates.get(op.row), ...op.cells });
      ids.set(op.row, op.eventId);
    }
  }
  if (updates.size > 0) {
    const idOffset = state.map.indexByKey.eventId! - first;
    const check = (top: number, now: unknown[][]) => {
      for (const [row, id] of ids) {
        if (String(now[row - top]?.[idOffset] ?? '').trim() !== id) {
          throw new NextRoundError('CONFLICT', `Rows of "${INTERVIEWS.name}" moved while syncing; the pass reads them again.`, { where: INTERVIEWS.name });
        }
      }
    };
    writeUpdates(state, updates, first, width, keyAt, fresh ? null : check);
  }
  if (appends.length > 0) writeAppends(state, appends, first, width, keyAt, fresh);
}

/** The update rectangle: from the first to the last updated data row, the schema columns' span. */
function writeUpdates(
  state: ReadState,
  updates: Map<number, RowCells>,
  first: number,
  width: number,
  keyAt: Map<number, string>,
  check: ((top: number, now: unknown[][]) => void) | null,
): void {
  const rows = [...updates.keys()];
  const top = Math.min(...rows);
  const height = Math.max(...rows) - top + 1;
  const range = state.sheet.getRange(top + 2, first + 1, height, width);
  // A fresh read stands for the cells as they are now; otherwise they are read again (the person may have worked meanwhile).
  const now = check ? range.getValues() : state.values.slice(top + 1, top + 1 + height).map((line) => line.slice(first, first + width));
  const formulas = range.getFormulas();
  check?.(top, now);
  const values: unknown[][] = [];
  const formats: string[][] = [];
  // Kept cells keep the format they have; only a changed cell whose format is not yet its column's needs setNumberFormats.
  let formatsChange = false;
  for (let r = 0; r < height; r++) {
    const sheetIndex = top + r + 1; // 0-based index into the read grid (header at 0)
    const changed = updates.get(top + r);
    const lineValues: unknown[] = [];
    const lineFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const key = keyAt.get(c);
      const text = key === undefined ? undefined : changed?.[key];
      if (key !== undefined && text !== undefined) {
        const typed = typeCell(COLUMN_BY_KEY.get(key)!, text);
        lineValues.push(inputOf(typed, state.codec));
        lineFormats.push(typed.format);
        if (state.formats[sheetIndex]?.[first + c] !== typed.format) formatsChange = true;
        continue;
      }
      const format = state.formats[sheetIndex]?.[first + c] ?? 'General';
      const formula = formulas[r]?.[c] ?? '';
      const kept = now[r]?.[c];
      lineValues.push(formula !== '' ? formula : typeof kept === 'string' ? literalInput(kept, format) : (kept ?? ''));
      lineFormats.push(format);
    }
    values.push(lineValues);
    formats.push(lineFormats);
  }
  // Formats before values: a text's literal input depends on the format the cell has when setValues runs. A read that
  // may predate the person's work (check) does not say the formats now, so they are always written then.
  if (formatsChange || check) range.setNumberFormats(formats);
  range.setValues(values);
}

/** The appended rows: one block below the last row as it is now; columns the op does not name start blank in their column's format. */
function writeAppends(state: ReadState, appends: RowCells[], first: number, width: number, keyAt: Map<number, string>, fresh: boolean): void {
  // The data range ends at the last row with content, so a fresh read knows the last row.
  const start = (fresh ? state.values.length : state.sheet.getLastRow()) + 1;
  const max = state.sheet.getMaxRows();
  const lastNeeded = start + appends.length - 1;
  if (lastNeeded > max) state.sheet.insertRowsAfter(max, lastNeeded - max);
  const values: unknown[][] = [];
  const formats: string[][] = [];
  for (const cells of appends) {
    const lineValues: unknown[] = [];
    const lineFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const key = keyAt.get(c);
      const column = key === undefined ? undefined : COLUMN_BY_KEY.get(key);
      if (!column) {
        lineValues.push('');
        lineFormats.push('General');
        continue;
      }
      const typed = typeCell(column, cells[key!] ?? '');
      lineValues.push(inputOf(typed, state.codec));
      lineFormats.push(typed.format);
    }
    values.push(lineValues);
    formats.push(lineFormats);
  }
  const range = state.sheet.getRange(start, first + 1, appends.length, width);
  range.setNumberFormats(formats);
  range.setValues(values);
}
