import { describe, expect, it } from 'vitest';
import { buildDueFormatRules, isNextRoundFormula, markOf } from '../../../shared/due/due-format-rules.js';
import { DEFAULT_DUE_SETTINGS, parseDueSettings } from '../../../shared/due/due-settings.js';
import { mapHeaders } from '../../../shared/schema/header-map.js';
import { APPLICATIONS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';

const interviews = mapHeaders(
  INTERVIEWS,
  INTERVIEWS.columns.map((column) => column.header),
).indexByKey;
const applications = mapHeaders(
  APPLICATIONS,
  APPLICATIONS.columns.map((column) => column.header),
).indexByKey;

describe('buildDueFormatRules', () => {
  it('writes the four rules, in DUE_RULES order, against the columns where the headers are', () => {
    expect(buildDueFormatRules(interviews, applications, DEFAULT_DUE_SETTINGS)).toEqual([
      {
        sheet: 'Interviews',
        id: 'thank-you',
        mark: 'N("nextround:thank-you")',
        formula:
          '=AND(N("nextround:thank-you")=0,LOWER(TRIM($K2))<>"cancelled",OR(LOWER(TRIM($M2))="",LOWER(TRIM($M2))="not yet"),' +
          'ISNUMBER($C2),$C2<=NOW()-24/24,$C2>=NOW()-14)',
        background: '#fde7c7',
      },
      {
        sheet: 'Applications',
        id: 'feedback-request',
        mark: 'N("nextround:feedback-request")',
        formula:
          '=AND(N("nextround:feedback-request")=0,LOWER(TRIM($D2))="rejected",ISERROR(SEARCH("feedback-request",$N2)),' +
          'OR(TRIM($M2)="",AND(ISNUMBER($M2),$M2>=TODAY()-30)))',
        background: '#e3ecfa',
      },
      {
        sheet: 'Applications',
        id: 'follow-up',
        mark: 'N("nextround:follow-up")',
        formula:
          '=AND(N("nextround:follow-up")=0,OR(LOWER(TRIM($D2))="applied",LOWER(TRIM($D2))="screening",LOWER(TRIM($D2))="interviewing"),' +
          'MAX(N($F2),N($M2))>0,MAX(N($F2),N($M2))<=TODAY()-7)',
        background: '#fff2b3',
      },
      {
        sheet: 'Applications',
        id: 'next-action',
        mark: 'N("nextround:next-action")',
        formula:
          '=AND(N("nextround:next-action")=0,TRIM($J2)<>"",' +
          'NOT(OR(LOWER(TRIM($D2))="accepted",LOWER(TRIM($D2))="rejected",LOWER(TRIM($D2))="withdrawn",LOWER(TRIM($D2))="ghosted")),' +
          'ISNUMBER($K2),$K2<=TODAY()-1)',
        background: '#fde2e1',
      },
    ]);
  });

  it.each([
    [{ thankYouAfterHours: 6, thankYouWindowDays: 3 }, 'thank-you', '$C2<=NOW()-6/24,$C2>=NOW()-3)'],
    [{ feedbackWindowDays: 90 }, 'feedback-request', '$M2>=TODAY()-90)))'],
    [{ followUpAfterDays: 3 }, 'follow-up', '<=TODAY()-3)'],
  ])('writes the thresholds of %j into the %s rule', (settings, id, ending) => {
    const rule = buildDueFormatRules(interviews, applications, parseDueSettings(settings)).find((candidate) => candidate.id === id)!;
    expect(rule.formula.endsWith(ending)).toBe(true);
  });

  it('follows a moved column and leaves out a rule whose columns are absent', () => {
    const rules = buildDueFormatRules({ ...interviews, end: 30 }, { stage: 0, nextAction: 1, nextActionDue: 2 }, DEFAULT_DUE_SETTINGS);
    expect(rules.map((rule) => rule.id)).toEqual(['thank-you', 'next-action']);
    expect(rules[0]!.formula).toContain('ISNUMBER($AE2),$AE2<=NOW()');
    expect(rules[1]!.formula).toBe(
      '=AND(N("nextround:next-action")=0,TRIM($B2)<>"",NOT(OR(LOWER(TRIM($A2))="accepted",LOWER(TRIM($A2))="rejected",' +
        'LOWER(TRIM($A2))="withdrawn",LOWER(TRIM($A2))="ghosted")),ISNUMBER($C2),$C2<=TODAY()-1)',
    );
  });
});

describe('isNextRoundFormula', () => {
  it.each([
    [markOf('follow-up'), true],
    // Rules written by earlier versions carry other marks and are NextRound's too.
    ['=AND(N("nextround:overdue")=0,$J2<>"",ISNUMBER($K2),$K2<TODAY())', true],
    ['=AND(N("nextround:thank-you-due")=0,ISNUMBER($C2))', true],
    // Sheets rewrote the letters after the person moved columns: the mark is a text and stays.
    ['=AND(N("nextround:follow-up")=0,$E2="Applied")', true],
    ['=$D2="Rejected"', false],
    ['=SEARCH("nextround",$A2)', false],
    [null, false],
  ])("tells %j is NextRound's: %s", (formula, expected) => {
    expect(isNextRoundFormula(formula)).toBe(expected);
  });
});
