import { describe, expect, it } from 'vitest';
import { buildDueFormatRules } from '../../../shared/due/due-format-rules.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import { mapHeaders } from '../../../shared/schema/header-map.js';
import { APPLICATIONS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';

const interviews = mapHeaders(INTERVIEWS, INTERVIEWS.columns.map((column) => column.header)).indexByKey;

describe('buildDueFormatRules', () => {
  it('writes the three rules against the columns where the headers are', () => {
    const applications = mapHeaders(APPLICATIONS, APPLICATIONS.columns.map((column) => column.header)).indexByKey;
    expect(buildDueFormatRules(interviews, applications, DEFAULT_DUE_SETTINGS)).toEqual([
      {
        sheet: 'Interviews',
        mark: 'N("nextround:thank-you-due")',
        formula: '=AND(N("nextround:thank-you-due")=0,ISNUMBER($C2),$C2<=NOW()-24/24,$C2>=NOW()-14,$K2<>"cancelled",OR($M2="",$M2="Not yet"))',
        background: '#fde7c7',
      },
      {
        sheet: 'Applications',
        mark: 'N("nextround:follow-up-due")',
        formula: '=AND(N("nextround:follow-up-due")=0,OR($D2="Applied",$D2="Screening",$D2="Interviewing"),MAX(N($F2),N($M2))>0,MAX(N($F2),N($M2))<=TODAY()-7)',
        background: '#fff2b3',
      },
      {
        sheet: 'Applications',
        mark: 'N("nextround:feedback-due")',
        formula: '=AND(N("nextround:feedback-due")=0,$D2="Rejected",OR($M2="",$M2>=TODAY()-30),ISERROR(SEARCH("feedback-request",$N2)))',
        background: '#e3ecfa',
      },
    ]);
  });

  it('follows a moved column and leaves out a rule whose columns are absent', () => {
    const rules = buildDueFormatRules({ ...interviews, end: 30 }, { stage: 0 }, DEFAULT_DUE_SETTINGS);
    expect(rules.map((rule) => rule.sheet)).toEqual(['Interviews']);
    expect(rules[0]!.formula).toContain('ISNUMBER($AE2)');
  });
});
