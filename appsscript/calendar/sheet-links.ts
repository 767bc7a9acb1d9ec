/**
 * The add-on sink's side of the TrackerLinks port: the Applications and
 * Contacts sheets are read with the Interviews read (one getValues each),
 * and the rows linking creates are appended with the Interviews write (one
 * setNumberFormats + one setValues per sheet, below its last row), so a pass
 * still costs a constant number of Spreadsheet calls.
 */
import { mapHeaders } from '../../shared/schema/header-map.js';
import { APPLICATIONS, CONTACTS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { typeCell } from '../../shared/cells/typed-cell.js';
import type { RowCells, SheetRows, TrackerLinkOps, TrackerLinkRows } from '../../shared/sync/ports.js';
import type { DateCodec } from '../sheets/dates.js';
import { inputOf } from '../sheets/table.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LINKED = { applications: APPLICATIONS, contacts: CONTACTS } as const;
type LinkedKey = keyof typeof LINKED;

/** The linked sheets as read: the engine's text tables, and the sheets to append to. */
export interface LinkedSheets {
  links: TrackerLinkRows;
  sheets: Partial<Record<LinkedKey, { sheet: Sheet; headers: string[]; height: number }>>;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** Reads Applications and Contacts (a missing tab reads as null: linking names it, the import goes on). */
export function readLinkedSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LinkedSheets {
  const tables: Record<LinkedKey, SheetRows | null> = { applications: null, contacts: null };
  const sheets: LinkedSheets['sheets'] = {};
  for (const key of Object.keys(LINKED) as LinkedKey[]) {
    const sheet = spreadsheet.getSheetByName(LINKED[key].name);
    if (!sheet) continue;
    const values = sheet.getDataRange().getValues();
    const headers = (values[0] ?? []).map(text);
    tables[key] = { headers, rows: values.slice(1).map((line) => line.map(text)) };
    sheets[key] = { sheet, headers, height: values.length };
  }
  return { links: tables, sheets };
}

/** Appends the new rows of each linked sheet as one block below its last row (as read, when the read is `fresh`), each cell typed by its column. */
export function appendLinkedRows(read: LinkedSheets, links: TrackerLinkOps, codec: DateCodec, fresh: boolean): void {
  for (const key of Object.keys(LINKED) as LinkedKey[]) {
    const target = read.sheets[key];
    const rows = links[key];
    if (!target || rows.length === 0) continue;
    const block = rows.map((cells) => typedRow(LINKED[key], target.headers, cells, codec));
    const below = fresh ? target.height : target.sheet.getLastRow();
    // Sheets has a fixed number of rows: grow it first, as the Interviews append does.
    const max = target.sheet.getMaxRows();
    if (below + block.length > max) target.sheet.insertRowsAfter(max, below + block.length - max);
    const range = target.sheet.getRange(below + 1, 1, block.length, block[0]!.values.length);
    range.setNumberFormats(block.map((row) => row.formats));
    range.setValues(block.map((row) => row.values));
  }
}

function typedRow(spec: SheetSpec, headers: readonly string[], cells: RowCells, codec: DateCodec): { values: unknown[]; formats: string[] } {
  const map = mapHeaders(spec, headers);
  const width = Math.max(...Object.values(map.indexByKey)) + 1;
  const values: unknown[] = new Array(width).fill('');
  const formats: string[] = new Array(width).fill('General');
  for (const column of spec.columns) {
    const index = map.indexByKey[column.key];
    if (index === undefined) continue;
    const typed = typeCell(column, cells[column.key] ?? '');
    values[index] = inputOf(typed, codec);
    formats[index] = typed.format;
  }
  return { values, formats };
}
