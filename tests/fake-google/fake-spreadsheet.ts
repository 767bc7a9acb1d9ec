/**
 * A spreadsheet as Sheets v4 stores it: sheets of typed cells
 * (`userEnteredValue`: string, number, bool or formula). `RAW` input stays
 * text, `USER_ENTERED` turns `=…` into a formula and numbers into numbers.
 * The person's actions (sort, insert rows/columns, edit) are methods, so
 * tests can run them between two requests of a sync pass.
 */
import type { sheets_v4 } from 'googleapis';
import { FakeHttpError } from './google-error.js';
import type { A1Range } from './a1-range.js';

export type Value = sheets_v4.Schema$ExtendedValue;

export interface FakeSheet {
  sheetId: number;
  title: string;
  rows: (Value | null)[][];
  /** The grid's size (gridProperties); a new sheet has 1000 rows and 26 columns, as in Sheets. */
  rowCount?: number;
  columnCount?: number;
}

/** The grid of a sheet: writes outside it are refused, appendCells grows it. */
export function gridSize(sheet: FakeSheet): { rows: number; columns: number } {
  return { rows: Math.max(sheet.rowCount ?? 1000, sheet.rows.length), columns: Math.max(sheet.columnCount ?? 26, ...sheet.rows.map((row) => row.length)) };
}

/** The text a cell shows (formulas are not evaluated: the fake shows an error for them). */
export function formatted(value: Value | null | undefined): string {
  if (!value) return '';
  if (value.formulaValue !== undefined && value.formulaValue !== null) return '#ERROR!';
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.numberValue !== undefined && value.numberValue !== null) return String(value.numberValue);
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue ? 'TRUE' : 'FALSE';
  return '';
}

/** How `valueInputOption` reads one value. */
export function inputValue(raw: unknown, option: string): Value | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'number') return { numberValue: raw };
  if (typeof raw === 'boolean') return { boolValue: raw };
  const text = String(raw);
  if (option === 'RAW') return { stringValue: text };
  if (text.startsWith('=')) return { formulaValue: text };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { numberValue: Number(text) };
  return { stringValue: text.startsWith("'") ? text.slice(1) : text };
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  private nextSheetId = 0;

  constructor(
    readonly spreadsheetId: string,
    public timeZone = 'Europe/Berlin',
  ) {}

  addSheet(title: string, rows: string[][] = []): FakeSheet {
    const sheet = { sheetId: this.nextSheetId++ * 1000 + 7, title, rows: rows.map((row) => row.map((text) => inputValue(text, 'RAW'))) };
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByTitle(title: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.title === title);
    if (!sheet) throw new FakeHttpError(400, 'badRequest', `Unable to parse range: ${title}`);
    return sheet;
  }

  sheetById(sheetId: number | null | undefined): FakeSheet {
    const sheet = this.sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) throw new FakeHttpError(400, 'badRequest', `Invalid requests: No grid with id: ${sheetId}`);
    return sheet;
  }

  /** Values of a range as formatted text, trailing empties trimmed like Sheets does. */
  readValues(range: A1Range): string[][] {
    const sheet = this.sheetByTitle(range.title);
    const rows = sheet.rows.slice(range.rowStart, range.rowEnd ?? undefined).map((row) => trimEnd(row.slice(range.colStart, range.colEnd ?? undefined).map(formatted)));
    while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
    return rows;
  }

  /** Writes a block of values at a range's top-left corner. */
  writeValues(range: A1Range, values: unknown[][], option: string): void {
    const sheet = this.sheetByTitle(range.title);
    values.forEach((row, r) => row.forEach((raw, c) => setCell(sheet, range.rowStart + r, range.colStart + c, inputValue(raw, option))));
  }

  /** Index of the row after the last non-empty one. */
  static dataEnd(sheet: FakeSheet): number {
    let end = sheet.rows.length;
    while (end > 0 && !sheet.rows[end - 1]!.some((cell) => formatted(cell) !== '')) end--;
    return end;
  }

  // The person's actions.

  /** Sorts data rows (not the header) by a column's text. */
  sortRows(title: string, column: number, descending = false): void {
    const sheet = this.sheetByTitle(title);
    const [header, ...data] = sheet.rows;
    data.sort((a, b) => formatted(a[column]).localeCompare(formatted(b[column])) * (descending ? -1 : 1));
    sheet.rows = header ? [header, ...data] : data;
  }

  insertRows(title: string, at: number, count = 1): void {
    const sheet = this.sheetByTitle(title);
    sheet.rows.splice(at, 0, ...Array.from({ length: count }, () => []));
  }

  insertColumn(title: string, at: number, header: string): void {
    const sheet = this.sheetByTitle(title);
    sheet.rows.forEach((row, index) => {
      while (row.length < at) row.push(null);
      row.splice(at, 0, index === 0 ? { stringValue: header } : null);
    });
  }

  edit(title: string, row: number, column: number, text: string): void {
    setCell(this.sheetByTitle(title), row, column, inputValue(text, 'USER_ENTERED'));
  }

  /** Deep copy, for atomic batches: apply to the copy, then swap. */
  cloneSheets(): FakeSheet[] {
    return this.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((cell) => (cell ? { ...cell } : null))) }));
  }

  replaceSheets(sheets: FakeSheet[]): void {
    this.sheets.splice(0, this.sheets.length, ...sheets);
  }
}

export function setCell(sheet: FakeSheet, row: number, column: number, value: Value | null): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const line = sheet.rows[row]!;
  while (line.length <= column) line.push(null);
  line[column] = value;
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
