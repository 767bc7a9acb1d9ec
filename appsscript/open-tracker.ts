/**
 * The one way an add-on function reaches the tracker: open the active
 * spreadsheet with its date codec (one time-zone lookup), read each sheet it
 * needs whole (one getValues), and find rows by id, never by position.
 */
import { NextRoundError } from '../shared/errors.js';
import type { SheetSpec } from '../shared/schema/types.js';
import type { Table, TableRow } from '../shared/tracker/read-table.js';
import { createDateCodec, type DateCodec } from './sheets/dates.js';
import { openSheet, readSheet } from './sheets/table.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet read whole: its rows mapped by header, and its height (the next free row is height + 1). */
export interface SheetRead extends Table {
  readonly sheet: Sheet;
  readonly height: number;
}

export interface Tracker {
  readonly spreadsheet: Spreadsheet;
  readonly codec: DateCodec;
  /** Opens `spec`'s sheet (NOT_FOUND naming it when missing) and reads it with one getValues. */
  read(spec: SheetSpec): SheetRead;
  /** Reads `spec`'s sheet and finds the one row whose `key` cell is `id` (see findRow). */
  readRow(spec: SheetSpec, key: string, id: string): SheetRead & { readonly row: TableRow };
}

/** The active spreadsheet as a tracker: one Spreadsheet read (its time zone) until a sheet is read. */
export function openTracker(): Tracker {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const read = (spec: SheetSpec): SheetRead => {
    const sheet = openSheet(spreadsheet, spec);
    return { sheet, ...readSheet(sheet, spec, codec) };
  };
  return {
    spreadsheet,
    codec,
    read,
    readRow: (spec, key, id) => {
      const table = read(spec);
      return { ...table, row: findRow(table, spec, key, id) };
    },
  };
}

/**
 * The one row whose `key` cell is `id`.
 *
 * @throws NextRoundError NOT_FOUND when no row holds it, CONFLICT naming the rows when several do.
 */
export function findRow(table: Table, spec: SheetSpec, key: string, id: string): TableRow {
  const rows = table.rows.filter((row) => row.cells[key] === id);
  const header = spec.columns.find((column) => column.key === key)?.header ?? key;
  if (rows.length === 1) return rows[0]!;
  if (rows.length === 0) {
    throw new NextRoundError('NOT_FOUND', `No row of "${spec.name}" has the ${header} "${id}"; it may have been deleted.`, { where: `${spec.name}!${header}` });
  }
  throw new NextRoundError(
    'CONFLICT',
    `Rows ${rows.map((row) => row.row).join(' and ')} of "${spec.name}" share the ${header} "${id}"; clear it in the copy.`,
    {
      where: `${spec.name}!${header}`,
    },
  );
}
