/** The fake spreadsheet and SpreadsheetApp: sheets found by name, one time zone, counted calls. */
import type { CallLog } from './call-log.js';
import { FakeSheet } from './sheet.js';
import { writeValue } from './cell.js';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './rules.js';
import type { FakeUi } from './ui.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class FakeSpreadsheet implements Pick<Spreadsheet, 'getSpreadsheetTimeZone' | 'getName' | 'getId'> {
  readonly sheets: FakeSheet[];

  constructor(
    private readonly log: CallLog,
    readonly timeZone: string,
  ) {
    this.sheets = [new FakeSheet('Sheet1', log, 1000, 26, timeZone)];
  }

  getName(): string {
    return 'My job search';
  }
  /** A fixed id of Google's shape (the Connect calls send it to the service). */
  getId(): string {
    return '1FakeSpreadsheetIdForTests0123456789abcdefg';
  }
  /** The spreadsheet's address, of Google's shape (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getUrl()). */
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSheets(): FakeSheet[] {
    this.log.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.record('Spreadsheet.getSheetByName');
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    this.log.record('Spreadsheet.insertSheet');
    if (this.sheets.some((sheet) => sheet.name === name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(name, this.log, 1000, 26, this.timeZone);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  toast(_message: string, _title?: string): void {
    this.log.record('Spreadsheet.toast');
  }

  /** Test helper, not counted: a sheet the person made, with rows written as they typed them. */
  addPersonSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const sheet = new FakeSheet(name, this.log, 1000, 26, this.timeZone);
    this.sheets.push(sheet);
    rows.forEach((line, r) => line.forEach((value, c) => writeAsPerson(sheet, r + 1, c + 1, value)));
    return sheet;
  }
}

/** Typing into a cell: the same rules as a script write (formulas, numbers, dates), without counting. */
export function writeAsPerson(sheet: FakeSheet, row: number, column: number, value: unknown): void {
  writeValue(sheet.cellAt(row, column), value, sheet.timeZone);
}

/** The SpreadsheetApp global. In AuthMode.NONE only the UI (menus) is reachable, as in Apps Script. */
export function createSpreadsheetApp(log: CallLog, spreadsheet: FakeSpreadsheet, ui: FakeUi, authMode: 'NONE' | 'FULL') {
  const authorized = <T>(what: string, get: () => T): T => {
    log.record(`SpreadsheetApp.${what}`);
    if (authMode === 'NONE') {
      throw new Error(
        `Exception: You do not have permission to call SpreadsheetApp.${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
    }
    return get();
  };
  return {
    getActiveSpreadsheet: () => authorized('getActiveSpreadsheet', () => spreadsheet),
    getActive: () => authorized('getActive', () => spreadsheet),
    getUi: () => {
      log.record('SpreadsheetApp.getUi');
      return ui;
    },
    newDataValidation: () => authorized('newDataValidation', () => new FakeDataValidationBuilder(log)),
    newConditionalFormatRule: () => authorized('newConditionalFormatRule', () => new FakeConditionalFormatRuleBuilder()),
    flush: () => authorized('flush', () => undefined),
  };
}
