/**
 * "Set up tracker": creates what the workbook lacks (sheets, headers,
 * frozen header row, dropdowns, formats), replaces NextRound's highlights
 * with the current ones, and changes nothing else. Everything is planned
 * before the first write, so a workbook set-up cannot use (a duplicated
 * header) is left exactly as it was.
 */
import type { SetupReport } from '../api/views.js';
import { APPLICATIONS, INTERVIEWS, TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { isEmptyPlan, planSheetSetup, type ExistingSheet, type SheetPlan } from '../../shared/tracker/plan-setup.js';
import { numberFormatOf, PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-kind.js';
import { withDocumentLock } from '../lock.js';
import { readSettings, SETTINGS_KEY, Settings } from '../settings.js';
import { seedDefaultTemplates } from './setup-drafts.js';
import { replaceHighlightRules } from './setup-highlights.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sets up the tracker; safe to run any number of times. */
export function setUpTracker(): SetupReport {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const plans = TRACKER_SHEETS.map((spec) => {
      const sheet = spreadsheet.getSheetByName(spec.name);
      return { plan: planSheetSetup(spec, sheet ? describeSheet(sheet) : null), sheet };
    });
    for (const { plan, sheet } of plans) {
      if (isEmptyPlan(plan)) continue;
      applyPlan(plan, sheet ?? spreadsheet.insertSheet(plan.sheet.name, spreadsheet.getSheets().length));
    }
    const seeded = seedDefaultTemplates(spreadsheet);
    const layout = (name: string) => plans.find(({ plan }) => plan.sheet.name === name)!.plan.layout;
    const layouts = { interviews: layout(INTERVIEWS.name), applications: layout(APPLICATIONS.name) };
    const highlighted = replaceHighlightRules(spreadsheet, layouts, readSettings().due ?? DEFAULT_DUE_SETTINGS);
    const changed = plans.some(({ plan }) => !isEmptyPlan(plan)) || seeded || highlighted;
    if (changed) {
      const settings = Settings.parse({ ...readSettings(), setUpAt: new Date().toISOString() });
      PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
    }
    return {
      created: plans.filter(({ plan }) => plan.create).map(({ plan }) => plan.sheet.name),
      addedColumns: plans.filter(({ plan }) => !plan.create).flatMap(({ plan }) => plan.addColumns.map(({ column }) => `${plan.sheet.name}!${column.header}`)),
      changed,
    };
  });
}

function describeSheet(sheet: Sheet): ExistingSheet {
  const width = sheet.getLastColumn();
  return {
    headers: width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [],
    frozenRows: sheet.getFrozenRows(),
  };
}

function applyPlan(plan: SheetPlan, sheet: Sheet): void {
  const added = plan.addColumns;
  if (added.length > 0) {
    const first = added[0]!.index + 1;
    const width = first + added.length - 1;
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const rows = sheet.getMaxRows() - 1;
    const header = sheet.getRange(1, first, 1, added.length);
    header
      .setNumberFormat(PLAIN_TEXT_FORMAT)
      .setValues([added.map(({ column }) => column.header)])
      .setFontWeight('bold');
    if (rows > 0) {
      const formats = added.map(({ column }) => numberFormatOf(column));
      sheet.getRange(2, first, rows, added.length).setNumberFormats(Array.from({ length: rows }, () => formats));
      for (const { column, index } of added) addColumnExtras(sheet, column, index + 1, rows);
    }
  }
  if (plan.freezeHeader) sheet.setFrozenRows(1);
}

function addColumnExtras(sheet: Sheet, column: ColumnSpec, position: number, rows: number): void {
  if (column.options) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...column.options], true)
      .setAllowInvalid(true)
      .setHelpText(`Choose one of: ${column.options.join(', ')}`)
      .build();
    sheet.getRange(2, position, rows, 1).setDataValidation(rule);
  }
  if (column.width) sheet.setColumnWidth(position, column.width);
  if (column.hidden) sheet.hideColumns(position);
}
