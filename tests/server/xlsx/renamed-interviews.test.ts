import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'nr-rename-')), 'tracker.xlsx');

async function append(path: string, id: string, title: string): Promise<void> {
  const sink = new XlsxSink({ path, timeZone: 'UTC' });
  await sink.apply([{ kind: 'append', eventId: id, cells: { title } }], await sink.read());
}

async function editWorkbook(path: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  edit(workbook);
  await workbook.xlsx.writeFile(path);
}

/** Each sheet with an Event ID column, and the titles under its header. */
async function titlesBySheet(path: string): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const titleColumn = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).indexOf('Title');
  return Object.fromEntries(
    workbook.worksheets
      .filter((sheet) => (sheet.getRow(1).values as unknown[]).includes('Event ID'))
      .map((sheet) => [sheet.name, sheet.getColumn(titleColumn(sheet)).values.slice(2)]),
  );
}

describe('XlsxSink with a renamed Interviews tab', () => {
  it('keeps syncing into the renamed sheet and makes no new Interviews sheet', async () => {
    const path = tempPath();
    await append(path, 'e1', 'Phone screen');
    await editWorkbook(path, (workbook) => {
      workbook.getWorksheet('Interviews')!.name = 'My rounds 2026';
    });
    await append(path, 'e2', 'Onsite');
    const sink = new XlsxSink({ path, timeZone: 'UTC' });
    expect([(await sink.read()).rows.map((row) => row.eventId), await titlesBySheet(path)]).toEqual([
      ['e1', 'e2'],
      { 'My rounds 2026': ['Phone screen', 'Onsite'] },
    ]);
  });

  it('stops with a clear error naming both sheets when two sheets have an Event ID column', async () => {
    const path = tempPath();
    await append(path, 'e1', 'Phone screen');
    await editWorkbook(path, (workbook) => {
      const copy = workbook.addWorksheet('Interviews (copy)');
      copy.getRow(1).values = ['Event ID', 'Title'];
    });
    const error = await new XlsxSink({ path, timeZone: 'UTC' }).read().catch((caught: unknown) => caught);
    expect(isNextRoundError(error, 'HEADER_DUPLICATE')).toBe(true);
    expect((error as Error).message).toBe(
      `${path} has two Interviews sheets, "Interviews" and "Interviews (copy)", each with an Event ID column; NextRound syncs into one, so rename the Event ID header of the other (or move that sheet to another workbook).`,
    );
  });
});
