/**
 * The Sheets sink's side of the TrackerLinks port: Applications and Contacts
 * are read in the same spreadsheets.get as Interviews (more ranges, one
 * request) and their new rows are appended in the same batchUpdate (one
 * appendCells per sheet), so linking costs no request of its own.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { mapHeaders } from '../../shared/schema/header-map.js';
import { APPLICATIONS, CONTACTS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import type { RowCells, SheetRows, TrackerLinkOps, TrackerLinkRows } from '../../shared/sync/ports.js';
import { CELL_FIELDS, cellText, gridOf, typedCellData } from './sheets-cells.js';

/** The tabs linking reads, by the TrackerLinkRows field they fill. */
export const LINKED_SHEETS = { applications: APPLICATIONS, contacts: CONTACTS } as const;
export type LinkedKey = keyof typeof LINKED_SHEETS;

/** What the write needs of a linked tab: its id and header row as read. */
export interface LinkedTab {
  sheetId: number;
  headers: string[];
}

/** The linked tabs of a spreadsheets.get response, as text for the engine and as ids for the write. */
export function readLinkedTabs(
  sheets: readonly sheets_v4.Schema$Sheet[],
  keys: readonly LinkedKey[],
): { links: TrackerLinkRows; tabs: Partial<Record<LinkedKey, LinkedTab>> } {
  const tables: Record<LinkedKey, SheetRows | null> = { applications: null, contacts: null };
  const tabs: Partial<Record<LinkedKey, LinkedTab>> = {};
  for (const key of keys) {
    const sheet = sheets.find((candidate) => candidate.properties?.title === LINKED_SHEETS[key].name);
    if (!sheet || typeof sheet.properties?.sheetId !== 'number') continue;
    const grid = gridOf(sheet.data ?? undefined).map((line) => Array.from(line, (cell) => cellText(cell)));
    const headers = grid[0] ?? [];
    tables[key] = { headers, rows: grid.slice(1) };
    tabs[key] = { sheetId: sheet.properties.sheetId, headers };
  }
  return { links: tables, tabs };
}

/** One appendCells per linked tab with new rows: every schema cell typed by its column, the person's columns left empty. */
export function linkAppendRequests(links: TrackerLinkOps, tabs: Partial<Record<LinkedKey, LinkedTab>>): sheets_v4.Schema$Request[] {
  const requests: sheets_v4.Schema$Request[] = [];
  for (const key of Object.keys(LINKED_SHEETS) as LinkedKey[]) {
    const rows = links[key];
    const tab = tabs[key];
    if (rows.length === 0 || !tab) continue;
    requests.push({ appendCells: { sheetId: tab.sheetId, rows: rows.map((cells) => rowData(LINKED_SHEETS[key], tab.headers, cells)), fields: CELL_FIELDS } });
  }
  return requests;
}

function rowData(spec: SheetSpec, headers: readonly string[], cells: RowCells): sheets_v4.Schema$RowData {
  const map = mapHeaders(spec, headers);
  const values: sheets_v4.Schema$CellData[] = Array.from({ length: Math.max(...Object.values(map.indexByKey)) + 1 }, () => ({}));
  for (const column of spec.columns) {
    const index = map.indexByKey[column.key];
    if (index !== undefined) values[index] = typedCellData(column.key, cells[column.key] ?? '', column);
  }
  return { values };
}
