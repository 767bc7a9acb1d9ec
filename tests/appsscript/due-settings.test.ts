/** saveDueSettings in the built bundle: the Due list and the sheet's highlights follow the new thresholds. */
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, openDraftsWorkbook } from './drafts-workbook.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const DAY = 86_400_000;

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW });
  wb.addRow(APPLICATIONS, { id: 'app-1', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date(NOW.getTime() - 4 * DAY) });
  wb.log.reset();
  return wb;
}

const dueRules = (wb: ReturnType<typeof workbook>, sheet: string) =>
  wb.spreadsheet
    .getSheetByName(sheet)!
    .dump()
    .rules.filter((rule) => rule.includes('nextround:'));

describe('saveDueSettings', () => {
  it('lists a follow-up after 3 quiet days once set to 3, and replaces the follow-up highlight instead of adding a second', () => {
    const wb = workbook();
    expect(wb.addon.loadDue().items).toEqual([]);
    expect(wb.addon.loadDue().settings).toEqual(DEFAULT_DUE_SETTINGS);

    expect(wb.addon.saveDueSettings({ followUpAfterDays: 3 })).toEqual({ ...DEFAULT_DUE_SETTINGS, followUpAfterDays: 3 });

    const due = wb.addon.loadDue();
    expect(due.items.map((item) => item.kind === 'follow-up' && `${item.applicationId} ${item.silentDays}`)).toEqual(['app-1 4']);
    expect(due.settings.followUpAfterDays).toBe(3);
    const rules = dueRules(wb, 'Applications');
    expect(rules).toHaveLength(3);
    expect(rules.filter((rule) => rule.includes('nextround:follow-up'))).toHaveLength(1);
    expect(rules.find((rule) => rule.includes('nextround:follow-up'))).toContain('<=TODAY()-3)');
    expect(dueRules(wb, 'Interviews')).toHaveLength(1);
    expect(rules.filter((rule) => rule.includes('nextround:next-action'))).toHaveLength(1);
  });

  it('refuses a threshold out of range, naming the setting, and changes nothing', () => {
    const wb = workbook();
    const before = JSON.stringify(wb.spreadsheet.sheets.map((sheet) => sheet.dump()));
    expect(() => wb.addon.saveDueSettings({ followUpAfterDays: 0 })).toThrow('Follow up after (days): Enter a number of at least 1.');
    expect(JSON.stringify(wb.spreadsheet.sheets.map((sheet) => sheet.dump()))).toBe(before);
    expect(wb.addon.loadDue().settings).toEqual(DEFAULT_DUE_SETTINGS);
  });
});
