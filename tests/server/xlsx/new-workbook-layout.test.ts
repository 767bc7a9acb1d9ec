/** A new .xlsx tracker gets what "Set up tracker" gives a Google Sheet, read back with exceljs as Excel would see it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE_FORMAT, DATE_TIME_FORMAT } from '../../../shared/cells/cell-kind.js';
import { ROUND_TYPES, SOURCES, STAGES, THANK_YOU_STATUSES } from '../../../shared/schema/options.js';
import { APPLICATIONS, INTERVIEWS, TEMPLATES } from '../../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../../shared/schema/types.js';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/default-templates.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

type Validations = Record<string, ExcelJS.DataValidation | undefined>;

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-layout-')), 'tracker.xlsx');
  const sink = new XlsxSink({ path, timeZone: 'Europe/Berlin' });
  await sink.apply([], await sink.read());
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
});

const sheetOf = (spec: SheetSpec) => workbook.getWorksheet(spec.name)!;
const columnOf = (spec: SheetSpec, key: string) => sheetOf(spec).getColumn(spec.columns.findIndex((column) => column.key === key) + 1);
const validationAt = (spec: SheetSpec, key: string, row: number) =>
  ((sheetOf(spec) as unknown as { dataValidations: { model: Validations } }).dataValidations.model as Validations)[`${columnOf(spec, key).letter}${row}`];
const listOf = (validation: ExcelJS.DataValidation | undefined) => (validation?.formulae?.[0] as string | undefined)?.replace(/^"|"$/g, '').split(',');

describe('a new .xlsx tracker', () => {
  it.each([
    ['Applications', 'stage', APPLICATIONS, STAGES],
    ['Applications', 'source', APPLICATIONS, SOURCES],
    ['Interviews', 'round', INTERVIEWS, ROUND_TYPES],
    ['Interviews', 'thankYou', INTERVIEWS, THANK_YOU_STATUSES],
  ] as const)('offers on %s the %s dropdown from the schema, on the first 1,000 rows', (_name, key, spec, options) => {
    for (const row of [2, 500, 1000]) {
      expect(validationAt(spec, key, row)).toMatchObject({ type: 'list', allowBlank: true, errorStyle: 'warning' });
      expect(listOf(validationAt(spec, key, row))).toEqual([...options]);
    }
    expect([validationAt(spec, key, 1), validationAt(spec, key, 1001)]).toEqual([undefined, undefined]);
  });

  it('puts no dropdown on the columns NextRound writes (calendar status, Stage history)', () => {
    expect(validationAt(INTERVIEWS, 'calendarStatus', 2)).toBeUndefined();
    expect(Object.keys((workbook.getWorksheet('Stage history') as unknown as { dataValidations: { model: Validations } }).dataValidations.model)).toEqual([]);
  });

  it('has a bold, filled, frozen header row with an autofilter over the columns', () => {
    for (const spec of [APPLICATIONS, INTERVIEWS, TEMPLATES]) {
      const sheet = sheetOf(spec);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(2).font).toMatchObject({ bold: true });
      expect(sheet.getRow(1).getCell(2).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(spec.columns.length).letter}1`);
    }
  });

  it('formats date and date-time columns, wraps long text and keeps ids hidden', () => {
    expect(columnOf(INTERVIEWS, 'start').numFmt).toBe(DATE_TIME_FORMAT);
    expect(columnOf(APPLICATIONS, 'appliedOn').numFmt).toBe(DATE_FORMAT);
    expect(columnOf(APPLICATIONS, 'nextActionDue').numFmt).toBe(DATE_FORMAT);
    expect(columnOf(INTERVIEWS, 'wentWell').alignment).toMatchObject({ wrapText: true });
    expect(columnOf(INTERVIEWS, 'title').alignment?.wrapText).not.toBe(true);
    expect(columnOf(INTERVIEWS, 'wentWell').width).toBeGreaterThanOrEqual(30);
    expect(columnOf(INTERVIEWS, 'eventId').hidden).toBe(true);
  });

  it('prints landscape, fitted to one page wide, the header on every page', () => {
    expect(sheetOf(INTERVIEWS).pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  });

  it('seeds the default templates, as set-up does in a new Sheet, as literal text', () => {
    const rows = sheetOf(TEMPLATES).getRows(2, DEFAULT_TEMPLATES.length + 1)!;
    const read = rows.map((row) => TEMPLATES.columns.map((_, index) => row.getCell(index + 1).value ?? ''));
    expect(read).toEqual([
      ...DEFAULT_TEMPLATES.map((template) => TEMPLATES.columns.map((column) => template[column.key as keyof typeof template])),
      ['', '', '', '', ''],
    ]);
  });

  it('opens on Applications', () => {
    expect(workbook.worksheets[workbook.views[0]!.activeTab!]?.name).toBe('Applications');
  });
});
