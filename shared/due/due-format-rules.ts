/**
 * The due rules as the sheet's highlights (conditional formats), derived
 * from DUE_RULES so the sheet and the sidebar agree. Formulas follow the
 * header layout (columns found by header) and carry a mark, N("nextround:…"),
 * which is 0 and so changes nothing, but tells NextRound's own rules from
 * the person's: set-up replaces every rule with a mark and keeps every
 * other rule. A mark rather than an exact match against formulas NextRound
 * once wrote: Sheets rewrites a rule's references when the person moves
 * columns, so an old formula would no longer match, while a text literal
 * is not a reference and is left alone. Date cells hold date values, but
 * a person may type a date as text: a date test needs ISNUMBER (or N(),
 * which reads text as 0), so text never lights a row up.
 */
import { columnLetter } from '../schema/header-map.js';
import { DUE_RULES, type DueClock, type DueRule, type DueRuleId, type Span } from './due-rules.js';
import type { DueSettings } from './due-settings.js';

export interface DueFormatRule {
  readonly sheet: DueRule['sheet'];
  readonly id: DueRuleId;
  /** Marks the rule as NextRound's. */
  readonly mark: string;
  /** Custom formula for the data rows, written for row 2. */
  readonly formula: string;
  readonly background: string;
}

/** The mark of a rule; its text stays as written whatever Sheets does to the formula's references. */
export function markOf(id: string): string {
  return `N("nextround:${id}")`;
}

// Any mark NextRound ever wrote (earlier versions: nextround:overdue, nextround:thank-you-due, …), so old rules are replaced too.
const ANY_MARK = /"nextround:[a-z0-9-]+"/i;

/** True when a conditional format formula is one of NextRound's (it carries a mark). */
export function isNextRoundFormula(formula: unknown): boolean {
  return typeof formula === 'string' && ANY_MARK.test(formula);
}

type Layout = Readonly<Record<string, number>>;

/**
 * The highlights for the current layouts of Interviews and Applications
 * (`HeaderMap.indexByKey`), in DUE_RULES order; a rule whose columns are
 * absent is left out.
 */
export function buildDueFormatRules(interviews: Layout, applications: Layout, settings: DueSettings): DueFormatRule[] {
  const rules: DueFormatRule[] = [];
  for (const rule of DUE_RULES as readonly DueRule[]) {
    const layout = rule.sheet === 'Interviews' ? interviews : applications;
    const keys = [...rule.tests.flatMap((test) => test.keys), ...rule.clock.keys];
    if (keys.some((key) => layout[key] === undefined)) continue;
    const cell = (key: string) => `$${columnLetter(layout[key]!)}2`;
    const mark = markOf(rule.id);
    const parts = [`${mark}=0`, ...rule.tests.map((test) => test.formula(cell)), clockFormula(rule.clock, cell, settings)];
    rules.push({ sheet: rule.sheet, id: rule.id, mark, formula: `=AND(${parts.join(',')})`, background: rule.background });
  }
  return rules;
}

function clockFormula(clock: DueClock, cell: (key: string) => string, settings: DueSettings): string {
  const cells = clock.keys.map(cell);
  const single = cells.length === 1;
  // One date: ISNUMBER guards it. Several: the latest, text read as 0 by N(), and at least one date present.
  const value = single ? cells[0]! : `MAX(${cells.map((c) => `N(${c})`).join(',')})`;
  const base = clock.unit === 'instant' ? 'NOW()' : 'TODAY()';
  const tests = [single ? `ISNUMBER(${value})` : `${value}>0`];
  if (clock.dueAfter) tests.push(`${value}<=${base}-${spanFormula(clock.dueAfter(settings))}`);
  if (clock.within) tests.push(`${value}>=${base}-${spanFormula(clock.within(settings))}`);
  if (clock.emptyIsRecent && single) return `OR(TRIM(${value})="",AND(${tests.join(',')}))`;
  return tests.join(',');
}

/** A span in days, as Sheets counts date values. */
function spanFormula(span: Span): string {
  return 'hours' in span ? `${span.hours}/24` : String(span.days);
}
