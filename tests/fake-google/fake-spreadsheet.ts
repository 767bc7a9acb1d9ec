/**
 * A spreadsheet as Sheets v4 stores it: sheets of typed cells
 * (`userEnteredValue`: string, number, bool or formula) with their number
 * formats (`userEnteredFormat.numberFormat`, see number-format.ts). `RAW`
 * input stays text, `USER_ENTERED` turns `=…` into a formula and numbers
 * into numbers.
 * The person's actions (sort, insert rows/columns, edit) are methods, so
 * tests can run them between two requests of a sync pass.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { FakeHttpError } from './google-error.js';
import type { A1Range } from './a1-range.js';
import { formatNumber, type NumberFormat } from './number-format.js';

export type Value = sheets_v4.Schema$ExtendedValue;

/** `valueRenderOption` and `dateTimeRenderOption` of values.get. */
export interface RenderOptions {
  value: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
  dateTime: 'SERIAL_NUMBER' | 'FORMATTED_STRING';
}

export interface FakeSheet {
  sheetId: number;
  title: string;
  rows: (Value | null)[][];
  /** Each cell's number format, laid out like `rows` (moved with them by sorts and inserts). */
  formats: (NumberFormat | null)[][];
  /** The grid's size (gridProperties); a new sheet has 1000 rows and 26 columns, as in Sheets. */
  rowCount?: number;
  columnCount?: number;
}

/** The grid of a sheet: writes outside it are refused, appendCells grows it. */
export function gridSize(sheet: FakeSheet): { rows: number; columns: number } {
  return { rows: Math.max(sheet.rowCount ?? 1000, sheet.rows.length), columns: Math.max(sheet.columnCount ?? 26, ...sheet.rows.map((row) => row.length)) };
}

/** The text a cell shows under its number format (formulas are not evaluated: the fake shows an error for them). */
export function formatted(value: Value | null | undefined, format: NumberFormat | null = null): string {
  if (!value) return '';
  if (value.formulaValue !== undefined && value.formulaValue !== null) return '#ERROR!';
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.numberValue !== undefined && value.numberValue !== null) return formatNumber(value.numberValue, format);
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
    const sheet = { sheetId: this.nextSheetId++ * 1000 + 7, title, rows: rows.map((row) => row.map((text) => inputValue(text, 'RAW'))), formats: [] };
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
  readValues(range: A1Range): string[][];
  /**
   * Values of a range as `values.get` renders them: FORMATTED_VALUE (the
   * default) as shown; UNFORMATTED_VALUE as numbers, dates as serials unless
   * dateTimeRenderOption is FORMATTED_STRING ("This is ignored if
   * valueRenderOption is FORMATTED_VALUE. The default dateTime render option
   * is SERIAL_NUMBER", https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get).
   */
  readValues(range: A1Range, options: RenderOptions): (string | number | boolean)[][];
  readValues(range: A1Range, options: RenderOptions = { value: 'FORMATTED_VALUE', dateTime: 'SERIAL_NUMBER' }): (string | number | boolean)[][] {
    const sheet = this.sheetByTitle(range.title);
    const render = (cell: Value | null, format: NumberFormat | null): string | number | boolean => {
      if (options.value === 'FORMATTED_VALUE' || !cell || cell.numberValue == null) {
        if (options.value !== 'FORMATTED_VALUE' && cell?.boolValue != null) return cell.boolValue;
        return formatted(cell, format);
      }
      const isDate = format?.type === 'DATE' || format?.type === 'DATE_TIME' || format?.type === 'TIME';
      return isDate && options.dateTime === 'FORMATTED_STRING' ? formatted(cell, format) : cell.numberValue;
    };
    const rows = sheet.rows
      .slice(range.rowStart, range.rowEnd ?? undefined)
      .map((row, r) =>
        trimEnd(row.slice(range.colStart, range.colEnd ?? undefined).map((cell, c) => render(cell, formatAt(sheet, range.rowStart + r, range.colStart + c)))),
      );
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

  /**
   * Sorts data rows (not the header) by a column: numbers (dates are
   * numbers) by value before text, text case-insensitively, empty cells last
   * in either direction. That is the spreadsheet convention Excel documents
   * ("Default sort orders"); no Google page states Sheets' order, so tests
   * only rely on numbers sorting by value and text after them.
   */
  sortRows(title: string, column: number, descending = false): void {
    const sheet = this.sheetByTitle(title);
    while (sheet.formats.length < sheet.rows.length) sheet.formats.push([]);
    const order = sheet.rows.slice(1).map((_, i) => i + 1);
    const rank = (value: Value | null | undefined) => (value?.numberValue != null ? 0 : value && formatted(value) !== '' ? 1 : 2);
    order.sort((a, b) => {
      const [x, y] = [sheet.rows[a]![column], sheet.rows[b]![column]];
      const byRank = rank(x) - rank(y);
      if (byRank !== 0 || rank(x) === 2) return byRank;
      const by = rank(x) === 0 ? x!.numberValue! - y!.numberValue! : formatted(x).localeCompare(formatted(y), 'en', { sensitivity: 'base' });
      return descending ? -by : by;
    });
    sheet.rows = [sheet.rows[0] ?? [], ...order.map((i) => sheet.rows[i]!)];
    sheet.formats = [sheet.formats[0] ?? [], ...order.map((i) => sheet.formats[i] ?? [])];
  }

  insertRows(title: string, at: number, count = 1): void {
    const sheet = this.sheetByTitle(title);
    sheet.rows.splice(at, 0, ...Array.from({ length: count }, () => []));
    while (sheet.formats.length < at) sheet.formats.push([]);
    sheet.formats.splice(at, 0, ...Array.from({ length: count }, () => []));
  }

  insertColumn(title: string, at: number, header: string): void {
    const sheet = this.sheetByTitle(title);
    sheet.rows.forEach((row, index) => {
      while (row.length < at) row.push(null);
      row.splice(at, 0, index === 0 ? { stringValue: header } : null);
    });
    sheet.formats.forEach((row) => {
      if (row.length > at) row.splice(at, 0, null);
    });
  }

  edit(title: string, row: number, column: number, text: string): void {
    setCell(this.sheetByTitle(title), row, column, inputValue(text, 'USER_ENTERED'));
  }

  /** The person sets a cell's number format (Format → Number). */
  setFormat(title: string, row: number, column: number, format: NumberFormat | null): void {
    setFormatAt(this.sheetByTitle(title), row, column, format);
  }

  /** Deep copy, for atomic batches: apply to the copy, then swap. */
  cloneSheets(): FakeSheet[] {
    return this.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => row.map((cell) => (cell ? { ...cell } : null))),
      formats: sheet.formats.map((row) => row.map((format) => (format ? { ...format } : null))),
    }));
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

export function setFormatAt(sheet: FakeSheet, row: number, column: number, format: NumberFormat | null): void {
  while (sheet.formats.length <= row) sheet.formats.push([]);
  const line = sheet.formats[row]!;
  while (line.length <= column) line.push(null);
  line[column] = format;
}

export function formatAt(sheet: FakeSheet, row: number, column: number): NumberFormat | null {
  return sheet.formats[row]?.[column] ?? null;
}

function trimEnd<T>(cells: T[]): T[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] as unknown) === '') end--;
  return cells.slice(0, end);
}
