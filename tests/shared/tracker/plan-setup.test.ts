import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planSheetSetup } from '../../../shared/tracker/plan-setup.js';
import { APPLICATIONS, CONTACTS } from '../../../shared/schema/tracker-schema.js';

const headers = APPLICATIONS.columns.map((column) => column.header);
const schemaLayout = Object.fromEntries(APPLICATIONS.columns.map((column, index) => [column.key, index]));

describe('planSheetSetup', () => {
  it('creates a missing sheet with every column in schema order, frozen', () => {
    const plan = planSheetSetup(APPLICATIONS, null);
    expect(plan.create).toBe(true);
    expect(plan.addColumns.map(({ column, index }) => [column.header, index])).toEqual(headers.map((header, index) => [header, index]));
    expect(plan.freezeHeader).toBe(true);
    expect(plan.layout).toEqual(schemaLayout);
  });

  it('plans nothing for a complete sheet', () => {
    const plan = planSheetSetup(APPLICATIONS, { headers, frozenRows: 1 });
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it("adds missing headers after the last used column, leaving the person's columns where they are", () => {
    const existing = ['Name', 'My notes', '', 'Email'];
    const plan = planSheetSetup(CONTACTS, { headers: existing, frozenRows: 2 });
    expect(plan.addColumns.map(({ column, index }) => `${column.header}@${index}`)).toEqual([
      'Contact ID@4',
      'Company@5',
      'Title@6',
      'Profile link@7',
      'How we met@8',
      'Last contact@9',
      'Next check-in@10',
      'Notes@11',
    ]);
    expect(plan.freezeHeader).toBe(false);
    expect(plan.layout).toMatchObject({ name: 0, email: 3, id: 4, notes: 11 });
  });

  it('gives the layout of the columns where the headers are, for the highlights to follow', () => {
    const reordered = ['Next action due', 'Mine', 'Next action', ...headers.filter((h) => !h.startsWith('Next action'))];
    expect(planSheetSetup(APPLICATIONS, { headers: reordered, frozenRows: 1 }).layout).toMatchObject({ nextActionDue: 0, nextAction: 2, id: 3 });
  });

  it('refuses a duplicated header instead of guessing', () => {
    expect(() => planSheetSetup(APPLICATIONS, { headers: ['Notes', 'Company', ' NOTES'], frozenRows: 1 })).toThrow(
      'Sheet "Applications" has the header "Notes" twice (columns A and C); rename or remove one, then run "Set up tracker" again.',
    );
  });
});
