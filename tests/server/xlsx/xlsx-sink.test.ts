import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { INTERVIEWS, TRACKER_SHEETS } from '../../../shared/schema/tracker-schema.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'nr-xlsx-')), 'tracker.xlsx');

async function appendRows(path: string, rows: { id: string; cells: Record<string, string> }[]): Promise<void> {
  const sink = new XlsxSink({ path, timeZone: 'Europe/Berlin' });
  const snapshot = await sink.read();
  await sink.apply(
    rows.map((row) => ({ kind: 'append' as const, eventId: row.id, cells: row.cells })),
    snapshot,
  );
}

async function interviewsSheet(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet('Interviews')!;
}

describe('XlsxSink', () => {
  it('creates a workbook with the tracker sheets and the schema headers, the Event ID column hidden', async () => {
    const path = tempPath();
    await appendRows(path, []);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(TRACKER_SHEETS.map((spec) => spec.name));
    const sheet = workbook.getWorksheet('Interviews')!;
    const headers = INTERVIEWS.columns.map((_column, index) => sheet.getRow(1).getCell(index + 1).value);
    expect(headers).toEqual(INTERVIEWS.columns.map((column) => column.header));
    expect(sheet.getColumn(1).hidden).toBe(true);
  });

  const formulaTitles = ['=IMPORTXML("https://evil.example","//a")', '+1', '@SUM(A1)', '\t=1', '\r=1', '-2+3', '=HYPERLINK("https://x.example")', 'a_x0041_b'];

  it('writes formula-like calendar text as plain strings that exceljs reads back unchanged', async () => {
    const path = tempPath();
    await appendRows(
      path,
      formulaTitles.map((title, i) => ({ id: `e${i}`, cells: { title, notes: title } })),
    );
    const sheet = await interviewsSheet(path);
    const titleColumn = INTERVIEWS.columns.findIndex((column) => column.key === 'title') + 1;
    const values = formulaTitles.map((_t, i) => sheet.getRow(i + 2).getCell(titleColumn).value);
    expect(values).toEqual(formulaTitles);
  });

  it('leaves no formula element in the sheet XML', async () => {
    const path = tempPath();
    await appendRows(
      path,
      formulaTitles.map((title, i) => ({ id: `e${i}`, cells: { title } })),
    );
    const zip = await JSZip.loadAsync(readFileSync(path));
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const xml = await Promise.all(sheets.map((name) => zip.file(name)!.async('string')));
    expect(sheets.length).toBe(TRACKER_SHEETS.length);
    expect(xml.filter((text) => /<f[\s>]/.test(text))).toEqual([]);
  });

  it('writes Start and End as real dates with a date format and reads them back as the same strings', async () => {
    const path = tempPath();
    await appendRows(path, [
      { id: 'timed', cells: { start: '2026-03-09 14:30', end: '2026-03-09 15:15' } },
      { id: 'midnight', cells: { start: '2026-03-10 00:00', end: '2026-03-10 00:30' } },
      { id: 'allday', cells: { start: '2026-03-11', end: '2026-03-12' } },
    ]);
    const sheet = await interviewsSheet(path);
    const startCell = sheet.getRow(2).getCell(2);
    expect([startCell.value instanceof Date, startCell.numFmt]).toEqual([true, 'yyyy-mm-dd hh:mm']);
    const snapshot = await new XlsxSink({ path, timeZone: 'Europe/Berlin' }).read();
    expect(snapshot.rows.map((row) => [row.eventId, row.start, row.end])).toEqual([
      ['timed', '2026-03-09 14:30', '2026-03-09 15:15'],
      ['midnight', '2026-03-10 00:00', '2026-03-10 00:30'],
      ['allday', '2026-03-11', '2026-03-12'],
    ]);
  });

  it('stops with HEADER_MISSING naming the file when the person deleted a required header', async () => {
    const path = tempPath();
    await appendRows(path, []);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('Interviews')!.getRow(1).getCell(2).value = 'When';
    await workbook.xlsx.writeFile(path);
    const error = await new XlsxSink({ path, timeZone: 'UTC' }).read().catch((e: unknown) => e);
    expect(isNextRoundError(error, 'HEADER_MISSING') && error.message).toBe(
      `${path}: Sheet "Interviews" is missing the required header "Start". Run "Set up tracker" to add it back, or restore the header text.`,
    );
  });

  it('refuses ops planned on a snapshot it did not read last', async () => {
    const path = tempPath();
    const sink = new XlsxSink({ path, timeZone: 'UTC' });
    const stale = await sink.read();
    await sink.read();
    const error = await sink.apply([], stale).catch((e: unknown) => e);
    expect(isNextRoundError(error, 'CONFLICT')).toBe(true);
  });

  it('leaves no temp file beside the workbook', async () => {
    const path = tempPath();
    await appendRows(path, [{ id: 'a', cells: { title: 'x' } }]);
    await appendRows(path, [{ id: 'b', cells: { title: 'y' } }]);
    expect(readdirSync(join(path, '..'))).toEqual(['tracker.xlsx']);
  });
});

describe('XlsxSink when the workbook is saved between read and write', () => {
  it('refuses with CONFLICT and leaves the other save in place', async () => {
    const path = tempPath();
    await appendRows(path, [{ id: 'a', cells: { title: 'first' } }]);
    const sink = new XlsxSink({ path, timeZone: 'UTC' });
    const snapshot = await sink.read();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook
      .getWorksheet('Interviews')!
      .getRow(2)
      .getCell(INTERVIEWS.columns.findIndex((c) => c.key === 'notes') + 1).value = 'saved in Excel meanwhile';
    await workbook.xlsx.writeFile(path);
    const error = await sink.apply([{ kind: 'update', eventId: 'a', row: 0, cells: { title: 'second' } }], snapshot).catch((e: unknown) => e);
    expect(isNextRoundError(error, 'CONFLICT')).toBe(true);
    const rows = (await new XlsxSink({ path, timeZone: 'UTC' }).read()).rows;
    expect([rows[0]!.title, rows[0]!.notes]).toEqual(['first', 'saved in Excel meanwhile']);
  });
});

describe('XlsxSink on a workbook that is not a tracker', () => {
  it('names the missing Interviews sheet and leaves the file as it was', async () => {
    const path = tempPath();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').getRow(1).values = ['Month', 'Rent'];
    await workbook.xlsx.writeFile(path);
    const before = readFileSync(path);
    const error = await new XlsxSink({ path, timeZone: 'UTC' }).read().catch((e: unknown) => e);
    expect([isNextRoundError(error, 'INVALID_INPUT') && error.message, readFileSync(path).equals(before)]).toEqual([
      `${path} has no Interviews sheet (no sheet with an Event ID column); sync into a new file to get a tracker, or copy its Interviews sheet into this workbook.`,
      true,
    ]);
  });
});
