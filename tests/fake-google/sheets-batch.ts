/**
 * `spreadsheets.batchUpdate` and `spreadsheets.get` of the fake: the request
 * kinds NextRound sends (updateCells, appendCells), atomic (a bad request
 * anywhere changes nothing), `fields` required as Google requires it (only
 * the named fields are written: a cell's value, its number format, or
 * both), and the updated spreadsheet in the response when asked.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { FakeHttpError } from './google-error.js';
import { FakeSpreadsheet, formatAt, formatted, gridSize, setCell, setFormatAt, type FakeSheet, type Value } from './fake-spreadsheet.js';
import { checkNumberFormat } from './number-format.js';
import { parseA1, type A1Range } from './a1-range.js';

const VALUE_KINDS = ['stringValue', 'numberValue', 'boolValue', 'formulaValue'] as const;

function checkValue(value: Value | undefined | null, where: string): Value | null {
  if (!value) return null;
  const kinds = VALUE_KINDS.filter((kind) => value[kind] !== undefined && value[kind] !== null);
  if (kinds.length !== 1) throw new FakeHttpError(400, 'badRequest', `Invalid value at '${where}': exactly one of ${VALUE_KINDS.join(', ')} is required.`);
  return { [kinds[0]!]: value[kinds[0]!] } as Value;
}

const SUPPORTED_FIELDS = ['userEnteredValue', 'userEnteredFormat.numberFormat', 'userEnteredFormat'];

/** Which parts of each cell a request writes: Google writes exactly the fields the mask names. */
function checkFields(fields: string | null | undefined, where: string): { value: boolean; format: boolean } {
  if (!fields) throw new FakeHttpError(400, 'badRequest', `Invalid ${where}: At least one field must be specified.`);
  if (fields === '*') return { value: true, format: true };
  const names = fields.split(',').map((field) => field.trim());
  if (!names.every((name) => SUPPORTED_FIELDS.includes(name))) {
    throw new FakeHttpError(400, 'badRequest', `Invalid ${where}: the fake supports fields ${SUPPORTED_FIELDS.join(', ')} or "*" only.`);
  }
  return { value: names.includes('userEnteredValue'), format: names.some((name) => name.startsWith('userEnteredFormat')) };
}

function writeRows(
  sheet: FakeSheet,
  top: number,
  left: number,
  rows: sheets_v4.Schema$RowData[],
  where: string,
  mask: { value: boolean; format: boolean },
): void {
  rows.forEach((row, r) =>
    (row.values ?? []).forEach((cell, c) => {
      const at = `${where}.rows[${r}].values[${c}]`;
      if (mask.value) setCell(sheet, top + r, left + c, checkValue(cell.userEnteredValue, at));
      if (mask.format) setFormatAt(sheet, top + r, left + c, checkNumberFormat(cell.userEnteredFormat?.numberFormat, `${at}.userEnteredFormat`));
    }),
  );
}

/**
 * Sheets refuses a write outside the sheet's grid with 400 "exceeds grid limits"
 * (rows and columns must be added first, or the rows appended with appendCells).
 */
function checkGrid(sheet: FakeSheet, top: number, left: number, rows: sheets_v4.Schema$RowData[]): void {
  const grid = gridSize(sheet);
  const width = Math.max(0, ...rows.map((row) => (row.values ?? []).length));
  if (rows.length > 0 && (top + rows.length > grid.rows || left + width > grid.columns)) {
    throw new FakeHttpError(
      400,
      'badRequest',
      `Invalid requests: Range ('${sheet.title}'!R${top + rows.length}C${left + width}) exceeds grid limits. Max rows: ${grid.rows}, max columns: ${grid.columns}`,
    );
  }
}

/** Applies every request to a copy, then commits it; returns the replies. */
export function applyBatchUpdate(book: FakeSpreadsheet, body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest): sheets_v4.Schema$BatchUpdateSpreadsheetResponse {
  const sheets = book.cloneSheets();
  const byId = (id: number | null | undefined, where: string) => {
    const sheet = sheets.find((s) => s.sheetId === id);
    if (!sheet) throw new FakeHttpError(400, 'badRequest', `Invalid ${where}: No grid with id: ${id}`);
    return sheet;
  };
  (body.requests ?? []).forEach((request, index) => {
    const where = `requests[${index}]`;
    const kinds = Object.keys(request).filter((key) => (request as Record<string, unknown>)[key] !== undefined);
    if (kinds.length !== 1) throw new FakeHttpError(400, 'badRequest', `Invalid ${where}: exactly one kind of request is required.`);
    if (request.updateCells) {
      const update = request.updateCells;
      const mask = checkFields(update.fields, `${where}.updateCells`);
      const sheet = byId(update.start?.sheetId ?? update.range?.sheetId, `${where}.updateCells`);
      const top = update.start?.rowIndex ?? update.range?.startRowIndex ?? 0;
      const left = update.start?.columnIndex ?? update.range?.startColumnIndex ?? 0;
      checkGrid(sheet, top, left, update.rows ?? []);
      writeRows(sheet, top, left, update.rows ?? [], `${where}.updateCells`, mask);
    } else if (request.appendCells) {
      const append = request.appendCells;
      const mask = checkFields(append.fields, `${where}.appendCells`);
      const sheet = byId(append.sheetId, `${where}.appendCells`);
      // appendCells adds the rows it needs (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest).
      const top = FakeSpreadsheet.dataEnd(sheet);
      sheet.rowCount = Math.max(gridSize(sheet).rows, top + (append.rows ?? []).length);
      writeRows(sheet, top, 0, append.rows ?? [], `${where}.appendCells`, mask);
    } else {
      throw new FakeHttpError(400, 'badRequest', `Invalid ${where}: the fake does not support ${kinds[0]}.`);
    }
  });
  book.replaceSheets(sheets);

  const replies = (body.requests ?? []).map(() => ({}));
  const response: sheets_v4.Schema$BatchUpdateSpreadsheetResponse = { spreadsheetId: book.spreadsheetId, replies };
  if (body.includeSpreadsheetInResponse) {
    response.updatedSpreadsheet = describeSpreadsheet(book, body.responseRanges ?? [], body.responseIncludeGridData ?? false);
  }
  return response;
}

function gridData(sheet: FakeSheet, range: A1Range): sheets_v4.Schema$GridData {
  const rows = sheet.rows.slice(range.rowStart, range.rowEnd ?? undefined);
  return {
    startRow: range.rowStart,
    startColumn: range.colStart,
    rowData: rows.map((row, r) => ({
      values: row.slice(range.colStart, range.colEnd ?? undefined).map((cell, c) => {
        const format = formatAt(sheet, range.rowStart + r, range.colStart + c);
        const data: sheets_v4.Schema$CellData = cell ? { userEnteredValue: cell, formattedValue: formatted(cell, format) } : {};
        if (format) data.userEnteredFormat = { numberFormat: format };
        return data;
      }),
    })),
  };
}

/** `spreadsheets.get`: properties and sheets, with grid data for `ranges` when asked. */
export function describeSpreadsheet(book: FakeSpreadsheet, ranges: string[], includeGridData: boolean): sheets_v4.Schema$Spreadsheet {
  const parsed = ranges.map(parseA1);
  parsed.forEach((range) => book.sheetByTitle(range.title));
  return {
    spreadsheetId: book.spreadsheetId,
    properties: { title: book.spreadsheetId, timeZone: book.timeZone, locale: 'en_US' },
    sheets: book.sheets
      .filter((sheet) => parsed.length === 0 || parsed.some((range) => range.title === sheet.title))
      .map((sheet, index) => ({
        properties: {
          sheetId: sheet.sheetId,
          title: sheet.title,
          index,
          gridProperties: { rowCount: gridSize(sheet).rows, columnCount: gridSize(sheet).columns },
        },
        ...(includeGridData ? { data: parsed.filter((range) => range.title === sheet.title).map((range) => gridData(sheet, range)) } : {}),
      })),
  };
}
