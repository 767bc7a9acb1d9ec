/**
 * The parts of "Set up tracker" that drafts and "what is due" need: the
 * default templates, seeded only into a Templates sheet without data rows
 * (the person owns them afterwards), and the due highlights as conditional
 * formats, each added only when no rule with its mark is there yet. Both
 * are idempotent: a second run changes nothing.
 */
import { APPLICATIONS, INTERVIEWS, TEMPLATES } from '../../shared/schema/tracker-schema.js';
import { mapHeaders, type HeaderMap } from '../../shared/schema/header-map.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { DEFAULT_DUE_SETTINGS, type DueSettings } from '../../shared/due/due-settings.js';
import { buildDueFormatRules } from '../../shared/due/due-format-rules.js';
import { DEFAULT_TEMPLATES } from '../../shared/templates/default-templates.js';
import { PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-kind.js';
import { literalInput } from '../../shared/cells/literal-text.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes DEFAULT_TEMPLATES below the Templates headers when the sheet has no
 * data row: one setNumberFormats and one setValues, every cell literal text (shared/cells/literal-text.ts).
 *
 * @returns true when it wrote them.
 */
export function seedDefaultTemplates(spreadsheet: Spreadsheet): boolean {
  const sheet = spreadsheet.getSheetByName(TEMPLATES.name);
  if (!sheet) return false;
  const values = sheet.getDataRange().getValues();
  const map = mapHeaders(TEMPLATES, values[0] ?? []);
  const known = Object.values(map.indexByKey);
  const hasData = values.slice(1).some((line) => known.some((index) => String(line[index] ?? '').trim() !== ''));
  if (hasData) return false;
  const first = Math.min(...known);
  const width = Math.max(...known) - first + 1;
  const rows = DEFAULT_TEMPLATES.map((template) => {
    const line: string[] = Array.from({ length: width }, () => '');
    for (const [key, index] of Object.entries(map.indexByKey)) line[index - first] = literalInput(String(template[key as keyof typeof template] ?? ''), PLAIN_TEXT_FORMAT);
    return line;
  });
  const range = sheet.getRange(2, first + 1, rows.length, width);
  range.setNumberFormats(rows.map((line) => line.map(() => PLAIN_TEXT_FORMAT)));
  range.setValues(rows);
  return true;
}

/**
 * Adds the due highlights (thank-you overdue on Interviews; follow-up and
 * feedback request on Applications) for the current header layouts.
 *
 * @returns true when it added at least one rule.
 */
export function addDueFormatRules(spreadsheet: Spreadsheet, settings: DueSettings = DEFAULT_DUE_SETTINGS): boolean {
  const interviews = spreadsheet.getSheetByName(INTERVIEWS.name);
  const applications = spreadsheet.getSheetByName(APPLICATIONS.name);
  if (!interviews || !applications) return false;
  const rules = buildDueFormatRules(headerLayout(interviews, INTERVIEWS).indexByKey, headerLayout(applications, APPLICATIONS).indexByKey, settings);
  let added = false;
  for (const sheet of [interviews, applications]) {
    const mine = rules.filter((rule) => rule.sheet === sheet.getName());
    const existing = sheet.getConditionalFormatRules();
    const formulas = existing.map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? ''));
    const missing = mine.filter((rule) => !formulas.some((formula) => formula.includes(rule.mark)));
    if (missing.length === 0) continue;
    const area = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), Math.max(sheet.getLastColumn(), 1));
    const built = missing.map((rule) =>
      SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(rule.formula).setBackground(rule.background).setRanges([area]).build(),
    );
    sheet.setConditionalFormatRules([...existing, ...built]);
    added = true;
  }
  return added;
}

/** Removes NextRound's due highlights (found by their marks), keeping every other rule, so new settings can replace them. */
export function removeDueFormatRules(spreadsheet: Spreadsheet): void {
  const marks = buildDueFormatRules(ALL_COLUMNS, ALL_COLUMNS, DEFAULT_DUE_SETTINGS).map((rule) => rule.mark);
  for (const spec of [INTERVIEWS, APPLICATIONS]) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet) continue;
    const rules = sheet.getConditionalFormatRules();
    const kept = rules.filter((rule) => !marks.some((mark) => String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '').includes(mark)));
    if (kept.length !== rules.length) sheet.setConditionalFormatRules(kept);
  }
}

// Every column present, only to list the marks of all due rules.
const ALL_COLUMNS: Readonly<Record<string, number>> = Object.fromEntries(
  [...INTERVIEWS.columns, ...APPLICATIONS.columns].map((column, index) => [column.key, index]),
);

function headerLayout(sheet: Sheet, spec: SheetSpec): HeaderMap {
  const width = Math.max(sheet.getLastColumn(), 1);
  return mapHeaders(spec, sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
}
