/**
 * The sheet's highlights: NextRound's conditional formats, derived from the
 * due rules for the current header layouts and settings. Each run replaces
 * NextRound's own rules (those with a mark) by the current ones and keeps
 * the person's rules as they are, in their order; when NextRound's rules
 * already are the current ones nothing is written. Per sheet: one
 * getConditionalFormatRules, at most one setConditionalFormatRules.
 */
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { mapHeaders } from '../../shared/schema/header-map.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import type { DueSettings } from '../../shared/due/due-settings.js';
import { buildDueFormatRules } from '../../shared/due/due-format-rules.js';
import { planHighlightRules, type SeenRule } from '../../shared/due/plan-highlights.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Layout = Readonly<Record<string, number>>;

/** Header layouts (`HeaderMap.indexByKey`) of the two sheets with highlights. */
export interface HighlightLayouts {
  readonly interviews: Layout;
  readonly applications: Layout;
}

/** Reads the layouts from the header rows (one getValues per sheet); null when a sheet is missing. */
export function readHighlightLayouts(spreadsheet: Spreadsheet): HighlightLayouts | null {
  const interviews = spreadsheet.getSheetByName(INTERVIEWS.name);
  const applications = spreadsheet.getSheetByName(APPLICATIONS.name);
  if (!interviews || !applications) return null;
  return { interviews: headerLayout(interviews, INTERVIEWS), applications: headerLayout(applications, APPLICATIONS) };
}

/**
 * Replaces NextRound's highlights on Interviews and Applications with the current ones.
 *
 * @returns true when it wrote rules on at least one sheet.
 */
export function replaceHighlightRules(spreadsheet: Spreadsheet, layouts: HighlightLayouts, settings: DueSettings): boolean {
  const wanted = buildDueFormatRules(layouts.interviews, layouts.applications, settings);
  let written = false;
  for (const spec of [INTERVIEWS, APPLICATIONS]) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet) continue;
    const area = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), Math.max(sheet.getLastColumn(), 1));
    const ranges = [area.getA1Notation()];
    const existing = sheet.getConditionalFormatRules();
    const plan = planHighlightRules(
      existing.map(describeRule),
      wanted.filter((rule) => rule.sheet === spec.name).map(({ formula, background }) => ({ formula, background, ranges })),
    );
    if (plan === null) continue;
    const rules = plan.map(
      (item): Rule =>
        typeof item === 'number'
          ? existing[item]!
          : SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(item.formula).setBackground(item.background).setRanges([area]).build(),
    );
    sheet.setConditionalFormatRules(rules);
    written = true;
  }
  return written;
}

/**
 * What a rule shows of itself: getBooleanCondition() is null for a rule
 * without a boolean condition (a colour scale), and getCriteriaValues()
 * holds a custom formula's text
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule#getbooleancondition,
 * https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getcriteriavalues).
 */
function describeRule(rule: Rule): SeenRule {
  const condition = rule.getBooleanCondition();
  const first = condition?.getCriteriaValues()[0];
  return {
    formula: typeof first === 'string' ? first : null,
    background: condition?.getBackground() ?? null,
    ranges: rule.getRanges().map((range) => range.getA1Notation()),
  };
}

function headerLayout(sheet: Sheet, spec: SheetSpec): Layout {
  const width = Math.max(sheet.getLastColumn(), 1);
  return mapHeaders(spec, sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).indexByKey;
}
