/**
 * Set-up's highlights in the built bundle: NextRound's own conditional
 * formats are replaced by the current ones (found by their mark), the
 * person's own rules are kept as they are and where they are.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../support/load-bundle.js';
import { FakeConditionalFormatRule, type FakeSheet } from '../fakes/apps-script/index.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { columnLetter } from '../../shared/schema/header-map.js';
import { buildDueFormatRules } from '../../shared/due/due-format-rules.js';
import { DEFAULT_DUE_SETTINGS, parseDueSettings, type DueSettings } from '../../shared/due/due-settings.js';

const layout = (spec: typeof INTERVIEWS) => Object.fromEntries(spec.columns.map((column, index) => [column.key, index]));
const range = (spec: typeof INTERVIEWS) => `A2:${columnLetter(spec.columns.length - 1)}1000`;
/** The dump lines of NextRound's rules for a sheet at these settings, as set-up writes them. */
const expected = (spec: typeof INTERVIEWS, settings: DueSettings = DEFAULT_DUE_SETTINGS) =>
  buildDueFormatRules(layout(INTERVIEWS), layout(APPLICATIONS), settings)
    .filter((rule) => rule.sheet === spec.name)
    .map((rule) => `${range(spec)} ${rule.formula} ${rule.background}`);
const built = (spec: typeof INTERVIEWS, settings: DueSettings) =>
  buildDueFormatRules(layout(INTERVIEWS), layout(APPLICATIONS), settings)
    .filter((rule) => rule.sheet === spec.name)
    .map((rule) => new FakeConditionalFormatRule(rule.formula, rule.background, [range(spec)]));

// What the first version of set-up wrote (its formulas, marks and colours), before the rules were data.
const V1 = {
  overdue: new FakeConditionalFormatRule('=AND(N("nextround:overdue")=0,$J2<>"",ISNUMBER($K2),$K2<TODAY())', '#fde2e1', ['A2:O1000']),
  followUp: new FakeConditionalFormatRule(
    '=AND(N("nextround:follow-up-due")=0,OR($D2="Applied",$D2="Screening",$D2="Interviewing"),MAX(N($F2),N($M2))>0,MAX(N($F2),N($M2))<=TODAY()-7)',
    '#fff2b3',
    ['A2:O1000'],
  ),
  feedback: new FakeConditionalFormatRule(
    '=AND(N("nextround:feedback-due")=0,$D2="Rejected",OR($M2="",$M2>=TODAY()-30),ISERROR(SEARCH("feedback-request",$N2)))',
    '#e3ecfa',
    ['A2:O1000'],
  ),
  thankYou: new FakeConditionalFormatRule(
    '=AND(N("nextround:thank-you-due")=0,ISNUMBER($C2),$C2<=NOW()-24/24,$C2>=NOW()-14,$K2<>"cancelled",OR($M2="",$M2="Not yet"))',
    '#fde7c7',
    ['A2:W1000'],
  ),
};
// The person's own rules: a formula, "text contains" and a colour scale.
const MINE = {
  acme: new FakeConditionalFormatRule('=$B2="Acme"', '#b7e1cd', ['B2:B1000']),
  urgent: new FakeConditionalFormatRule('urgent', '#f4cccc', ['J2:J1000'], 'TEXT_CONTAINS'),
  scale: new FakeConditionalFormatRule(null, '', ['F2:F1000']),
  interviews: new FakeConditionalFormatRule('=$H2="Final"', '#d9d2e9', ['A2:W1000']),
};

function setUpWorkbook() {
  const loaded = loadBundle();
  loaded.addon.setUpTracker();
  const sheet = (spec: typeof INTERVIEWS): FakeSheet => loaded.spreadsheet.getSheetByName(spec.name)!;
  return { ...loaded, applications: sheet(APPLICATIONS), interviews: sheet(INTERVIEWS) };
}

describe("set-up replaces NextRound's highlights and keeps the person's", () => {
  it("replaces the rules an earlier version wrote, in place, and leaves the person's rules as and where they were", () => {
    const wb = setUpWorkbook();
    wb.applications.setConditionalFormatRules([MINE.acme, V1.overdue, V1.followUp, MINE.urgent, V1.feedback, MINE.scale]);
    wb.interviews.setConditionalFormatRules([V1.thankYou, MINE.interviews]);

    expect(wb.addon.setUpTracker().changed).toBe(true);

    const rules = wb.applications.dump().rules;
    expect(rules.slice(1, 4)).toEqual(expected(APPLICATIONS));
    expect([rules[0], rules[4], rules[5]]).toEqual(['B2:B1000 =$B2="Acme" #b7e1cd', 'J2:J1000 text contains "urgent" #f4cccc', 'F2:F1000 colour scale ']);
    expect(wb.interviews.dump().rules).toEqual([...expected(INTERVIEWS), 'A2:W1000 =$H2="Final" #d9d2e9']);
    // The person's rule objects themselves were handed back, not rebuilt.
    expect(wb.applications.getConditionalFormatRules()[5]).toBe(MINE.scale);
  });

  it('changes nothing on a second run, and writes no rule', () => {
    const wb = setUpWorkbook();
    wb.applications.setConditionalFormatRules([MINE.acme, ...wb.applications.getConditionalFormatRules()]);
    wb.addon.setUpTracker();
    const before = JSON.stringify(wb.spreadsheet.sheets.map((sheet) => sheet.dump()));
    wb.log.reset();
    expect(wb.addon.setUpTracker().changed).toBe(false);
    expect(JSON.stringify(wb.spreadsheet.sheets.map((sheet) => sheet.dump()))).toBe(before);
    expect([wb.log.count('Sheet.getConditionalFormatRules'), wb.log.count('Sheet.setConditionalFormatRules')]).toEqual([2, 0]);
  });

  it('brings a sheet set up under other defaults to the current ones', () => {
    const wb = setUpWorkbook();
    const older = parseDueSettings({ thankYouAfterHours: 48, followUpAfterDays: 14, feedbackWindowDays: 60 });
    wb.applications.setConditionalFormatRules(built(APPLICATIONS, older));
    wb.interviews.setConditionalFormatRules(built(INTERVIEWS, older));
    expect(wb.applications.dump().rules).not.toEqual(expected(APPLICATIONS));

    expect(wb.addon.setUpTracker().changed).toBe(true);

    expect(wb.applications.dump().rules).toEqual(expected(APPLICATIONS));
    expect(wb.interviews.dump().rules).toEqual(expected(INTERVIEWS));
  });

  it('keeps the thresholds the person saved rather than the defaults', () => {
    const wb = setUpWorkbook();
    wb.addon.saveDueSettings({ followUpAfterDays: 3 });
    wb.addon.setUpTracker();
    expect(wb.applications.dump().rules).toEqual(expected(APPLICATIONS, parseDueSettings({ followUpAfterDays: 3 })));
  });

  it('costs the same Spreadsheet calls whatever the row count', () => {
    const calls = (rows: number) => {
      const wb = setUpWorkbook();
      seedTracker(wb.spreadsheet, { applications: rows, interviews: rows, now: new Date('2026-03-02T08:00:00Z') });
      wb.applications.setConditionalFormatRules([V1.overdue, MINE.acme]);
      wb.log.reset();
      wb.addon.setUpTracker();
      return wb.log.snapshot();
    };
    const few = calls(5);
    expect(calls(400)).toEqual(few);
    expect([few['Sheet.getConditionalFormatRules'], few['Sheet.setConditionalFormatRules']]).toEqual([2, 1]);
  });
});
