/** Paste a reply in the built bundle: the preview writes nothing; confirming writes the stage, its history row and the next action. */
import { describe, expect, it } from 'vitest';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { APPLICATIONS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const REJECTION =
  'From: Talent <talent@acme-robotics.com>\nSubject: Backend Engineer\n\nHi Sam, thank you for your time. Unfortunately we have decided to move forward with other candidates.';

function seeded() {
  const workbook = openDraftsWorkbook({ now: NOW });
  workbook.addRow(APPLICATIONS, {
    id: 'a1',
    company: 'Acme Robotics',
    role: 'Backend Engineer',
    stage: 'Interviewing',
    appliedOn: new Date('2026-11-01T00:00:00Z'),
  });
  workbook.addRow(APPLICATIONS, { id: 'a2', company: 'Globex', role: 'SRE', stage: 'Applied' });
  workbook.log.reset();
  return workbook;
}

describe('paste a reply', () => {
  it('proposes Rejected, a feedback request due in two days, and writes nothing until confirmed', () => {
    const workbook = seeded();
    const preview = workbook.addon.previewReply({ text: REJECTION });
    expect(preview).toMatchObject({
      kind: 'read',
      reply: 'rejection',
      sender: 'talent@acme-robotics.com',
      match: { kind: 'match', application: { applicationId: 'a1' } },
      proposal: { stage: 'Rejected', nextAction: 'Ask for feedback', nextActionDue: '2026-12-03', offerFeedbackDraft: true },
    });
    expect(workbook.log.writes()).toBe(0);
    expect(workbook.log.count('Range.getValues')).toBe(1);
  });

  it('on confirm, moves the stage, appends one Stage history row, and sets the next action, its due date and the first response', () => {
    const workbook = seeded();
    const done = workbook.addon.confirmReply({
      applicationId: 'a1',
      reply: 'rejection',
      stage: 'Rejected',
      nextAction: 'Ask for feedback',
      nextActionDue: '2026-12-03',
    });
    expect(done).toEqual({ applicationId: 'a1', stage: 'Rejected', recorded: true, offerFeedbackDraft: true });
    const row = workbook.addon.loadTracker().applications.find((application) => application.id === 'a1')!;
    expect([row.stage, row.nextAction, row.nextActionDue, row.lastUpdate]).toEqual(['Rejected', 'Ask for feedback', '2026-12-03', '2026-12-01']);
    // A date cell: midnight of 2026-12-01 in Berlin.
    expect(new Date(workbook.rowById(APPLICATIONS, 'id', 'a1').firstResponseOn ?? '').getTime()).toBe(Date.parse('2026-11-30T23:00:00Z'));
    const history = workbook
      .sheet(STAGE_HISTORY)
      .peekValues()
      .filter((line, index) => index > 0 && line.some((cell) => cell !== '' && cell !== null));
    expect(history).toHaveLength(1);
    expect(history[0]).toEqual(expect.arrayContaining(['a1', 'Acme Robotics', 'Backend Engineer', 'Interviewing', 'Rejected']));
  });

  it('refuses to guess between two applications at one company and offers them to pick', () => {
    const workbook = seeded();
    workbook.addRow(APPLICATIONS, { id: 'a3', company: 'Acme Robotics', role: 'Data Engineer', stage: 'Applied' });
    const preview = workbook.addon.previewReply({
      text: 'From: talent@acme-robotics.com\n\nHello, thank you for applying. We have received your application and will review it.',
    });
    expect(preview).toMatchObject({ kind: 'read', reply: 'acknowledgement', match: { kind: 'ambiguous' }, proposal: null });
    if (preview.kind !== 'read') throw new Error('not read');
    expect(preview.choices.map((choice) => choice.applicationId)).toEqual(['a1', 'a2', 'a3']);
    expect(workbook.addon.previewReply({ text: REJECTION, applicationId: 'a3' })).toMatchObject({
      match: { kind: 'match', application: { applicationId: 'a3', reasons: ['picked by you'] } },
    });
  });

  it('tells the person when the pasted text is not an email, reading no sheet', () => {
    const workbook = seeded();
    expect(workbook.addon.previewReply({ text: 'thanks!' })).toEqual({
      kind: 'not-email',
      message: 'This does not look like an email: paste the whole message you received (with its From line if you can).',
    });
    expect(workbook.log.reads()).toBe(0);
  });

  it('refuses a stage outside the list, writing nothing', () => {
    const workbook = seeded();
    expect(() => workbook.addon.confirmReply({ applicationId: 'a1', reply: 'offer', stage: 'Hired!', nextAction: 'x', nextActionDue: '' })).toThrow(
      '"Hired!" is not a stage',
    );
    expect(workbook.log.writes()).toBe(0);
  });
});
