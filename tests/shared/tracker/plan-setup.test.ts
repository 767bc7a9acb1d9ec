import { describe, expect, it } from 'vitest';
import { isEmptyPlan, overdueRuleFormula, planSheetSetup } from '../../../shared/tracker/plan-setup.js';
import { APPLICATIONS, CONTACTS } from '../../../shared/schema/tracker-schema.js';

const headers = APPLICATIONS.columns.map((column) => column.header);
const at = (key: string) => APPLICATIONS.columns.findIndex((column) => column.key === key);
const rule = overdueRuleFormula({ nextAction: at('nextAction'), nextActionDue: at('nextActionDue') });

describe('planSheetSetup', () => {
  it('creates a missing sheet with every column in schema order, frozen, with the overdue rule', () => {
    const plan = planSheetSetup(APPLICATIONS, null);
    expect(plan.create).toBe(true);
    expect(plan.addColumns.map(({ column, index }) => [column.header, index])).toEqual(headers.map((header, index) => [header, index]));
    expect(plan.freezeHeader).toBe(true);
    expect(plan.overdueRule).toBe(rule);
    expect(rule).toMatch(/^=AND\(N\("nextround:overdue"\)=0,\$[A-Z]+2<>"",ISNUMBER\(\$[A-Z]+2\),\$[A-Z]+2<TODAY\(\)\)$/);
  });

  it('plans nothing for a complete sheet', () => {
    const plan = planSheetSetup(APPLICATIONS, { headers, frozenRows: 1, ruleFormulas: [rule!] });
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('recognises its rule after the person moved columns (Sheets rewrote the letters)', () => {
    const moved = '=AND(N("nextround:overdue")=0,$L2<>"",ISNUMBER($M2),$M2<TODAY())';
    expect(planSheetSetup(APPLICATIONS, { headers, frozenRows: 1, ruleFormulas: ['=A1>3', moved] }).overdueRule).toBeNull();
  });

  it('adds missing headers after the last used column, leaving the person\'s columns where they are', () => {
    const existing = ['Name', 'My notes', '', 'Email'];
    const plan = planSheetSetup(CONTACTS, { headers: existing, frozenRows: 2, ruleFormulas: [] });
    expect(plan.addColumns.map(({ column, index }) => `${column.header}@${index}`)).toEqual([
      'Contact ID@4', 'Company@5', 'Title@6', 'Profile link@7', 'How we met@8', 'Last contact@9', 'Next check-in@10', 'Notes@11',
    ]);
    expect(plan.freezeHeader).toBe(false);
    expect(plan.overdueRule).toBeNull();
  });

  it('aims the overdue rule at the columns where the headers are', () => {
    const reordered = ['Next action due', 'Mine', 'Next action', ...headers.filter((h) => !h.startsWith('Next action'))];
    expect(planSheetSetup(APPLICATIONS, { headers: reordered, frozenRows: 1, ruleFormulas: [] }).overdueRule).toBe(
      '=AND(N("nextround:overdue")=0,$C2<>"",ISNUMBER($A2),$A2<TODAY())',
    );
  });

  it('refuses a duplicated header instead of guessing', () => {
    expect(() => planSheetSetup(APPLICATIONS, { headers: ['Notes', 'Company', ' NOTES'], frozenRows: 1, ruleFormulas: [] })).toThrow(
      'Sheet "Applications" has the header "Notes" twice (columns A and C); rename or remove one, then run "Set up tracker" again.',
    );
  });
});

describe('overdueRuleFormula', () => {
  it('needs both the next action and its due day', () => {
    expect(overdueRuleFormula({ nextAction: 0 })).toBeNull();
    expect(overdueRuleFormula({ nextAction: 0, nextActionDue: 27 })).toBe('=AND(N("nextround:overdue")=0,$A2<>"",ISNUMBER($AB2),$AB2<TODAY())');
  });
});
