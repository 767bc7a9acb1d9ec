/** Going quiet in the built bundle: suggested after the setting's days, one changeStage to Ghosted (with its history row), revived by a reply. */
import { describe, expect, it } from 'vitest';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { APPLICATIONS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-12-01T09:00:00Z');

describe('going quiet', () => {
  it('suggests a silent application, marks it Ghosted in Stage history, and a later reply proposes reviving it', () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    workbook.addRow(APPLICATIONS, { id: 'a1', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date('2026-10-01T00:00:00Z') });
    workbook.addRow(APPLICATIONS, { id: 'a2', company: 'Globex', role: 'SRE', stage: 'Applied', appliedOn: new Date('2026-11-20T00:00:00Z') });
    expect(workbook.addon.loadGoingQuiet()).toEqual({
      ghostAfterDays: 30,
      items: [{ applicationId: 'a1', company: 'Initech', role: 'Analyst', stage: 'Applied', since: '2026-10-01', silentDays: 61 }],
    });

    workbook.addon.saveDueSettings({ ghostAfterDays: 7 });
    expect(workbook.addon.loadGoingQuiet().items.map((item) => item.applicationId)).toEqual(['a1', 'a2']);

    expect(workbook.addon.changeStage({ applicationId: 'a1', stage: 'Ghosted' })).toMatchObject({ kind: 'changed', fromStage: 'Applied', toStage: 'Ghosted' });
    const history = workbook
      .sheet(STAGE_HISTORY)
      .peekValues()
      .filter((line, index) => index > 0 && line.some((cell) => cell !== '' && cell !== null));
    expect(history).toHaveLength(1);
    expect(workbook.addon.loadGoingQuiet().items.map((item) => item.applicationId)).toEqual(['a2']);

    const reply = workbook.addon.previewReply({
      text: 'From: jo@initech.com\n\nHi, we would like to schedule an interview with you next week; please send your availability.',
    });
    expect(reply).toMatchObject({
      reply: 'interview',
      match: { kind: 'match', application: { applicationId: 'a1', stage: 'Ghosted' } },
      proposal: { stage: 'Interviewing' },
    });
  });

  it('refuses a Ghosted-after setting under a week, naming it', () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    expect(() => workbook.addon.saveDueSettings({ ghostAfterDays: 2 })).toThrow(/^Ghosted after \(days\): Enter a number of at least 7/);
  });
});
