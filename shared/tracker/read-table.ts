/**
 * Turns one sheet's values (one getValues of the whole sheet) into records
 * keyed by column key. Columns are found by header, rows keep their sheet
 * row number for messages; blank rows are skipped.
 */
import { mapHeaders, type HeaderMap } from '../schema/header-map.js';
import type { ColumnSpec, SheetSpec } from '../schema/types.js';
import type { ApplicationRecord, InterviewRecord } from '../models/records.js';

/** Text of one cell; the adapter reads it through the cell model (shared/cells/read-cell.ts). */
export type CellToText = (value: unknown, column: ColumnSpec) => string;

/** True for a Date from any realm (Apps Script, a vm context, the page). Asked of every cell read: text and numbers answer at `typeof`. */
export function isDateValue(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}

export interface TableRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Table {
  readonly map: HeaderMap;
  readonly rows: readonly TableRow[];
}

/**
 * Reads a sheet's values; the first row holds the headers.
 *
 * @throws NextRoundError HEADER_MISSING / HEADER_DUPLICATE from mapHeaders.
 */
export function readTable(sheet: SheetSpec, values: readonly (readonly unknown[])[], toText: CellToText): Table {
  const map = mapHeaders(sheet, values[0] ?? []);
  const columns = sheet.columns.filter((column) => map.indexByKey[column.key] !== undefined);
  const rows: TableRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r] ?? [];
    const cells: Record<string, string> = {};
    let blank = true;
    for (const column of columns) {
      const text = toText(line[map.indexByKey[column.key]!], column);
      cells[column.key] = text;
      if (text !== '') blank = false;
    }
    if (!blank) rows.push({ row: r + 1, cells });
  }
  return { map, rows };
}

const cell = (row: TableRow, key: string) => row.cells[key] ?? '';

/** An Applications row as the sidebar sees it. */
export function toApplicationRecord(row: TableRow): ApplicationRecord {
  return {
    id: cell(row, 'id'),
    company: cell(row, 'company'),
    role: cell(row, 'role'),
    stage: cell(row, 'stage'),
    source: cell(row, 'source'),
    appliedOn: cell(row, 'appliedOn'),
    link: cell(row, 'link'),
    contact: cell(row, 'contact'),
    contactEmail: cell(row, 'contactEmail'),
    nextAction: cell(row, 'nextAction'),
    nextActionDue: cell(row, 'nextActionDue'),
    lastUpdate: cell(row, 'lastUpdate'),
    notes: cell(row, 'notes'),
    salary: cell(row, 'salary'),
    location: cell(row, 'location'),
    remote: cell(row, 'remote'),
    jobDescription: cell(row, 'jobDescription'),
    resumeVersion: cell(row, 'resumeVersion'),
    row: row.row,
  };
}

/** An Interviews row as the sidebar sees it. */
export function toInterviewRecord(row: TableRow): InterviewRecord {
  return {
    eventId: cell(row, 'eventId'),
    start: cell(row, 'start'),
    end: cell(row, 'end'),
    title: cell(row, 'title'),
    company: cell(row, 'company'),
    role: cell(row, 'role'),
    round: cell(row, 'round'),
    interviewers: cell(row, 'interviewers'),
    meetingLink: cell(row, 'meetingLink'),
    calendarStatus: cell(row, 'calendarStatus'),
    applicationId: cell(row, 'applicationId'),
    thankYou: cell(row, 'thankYou'),
    notes: cell(row, 'notes'),
    row: row.row,
  };
}
