/** Skills to build and the question bank in the built bundle: Insights lists them, the sheet gets them, a new application's Prepare says which requirement is on the list. */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const at = (iso: string) => new Date(iso);

function seeded() {
  const workbook = openDraftsWorkbook({ now: NOW });
  const base = { calendarStatus: 'confirmed', interviewers: 'X <x@example.com>', meetingLink: 'https://meet.example/x' };
  workbook.addRow(INTERVIEWS, {
    ...base,
    eventId: 'e1',
    start: at('2026-10-05T08:00:00Z'),
    end: at('2026-10-05T09:00:00Z'),
    title: 'Acme technical',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 'Technical',
    prep: 'Requirements:\n[ ] Kubernetes in production',
    toImprove: '• Practise system design',
    questionsAsked: '• How would you design a rate limiter? → token bucket, the Acme story',
  });
  workbook.addRow(INTERVIEWS, {
    ...base,
    eventId: 'e2',
    start: at('2026-11-02T13:00:00Z'),
    end: at('2026-11-02T14:00:00Z'),
    title: 'Globex technical',
    company: 'Globex',
    role: 'Platform Engineer',
    round: 'Technical',
    prep: 'Requirements:\n[ ] Kubernetes in production',
    toImprove: '• Scalability discussion was weak',
  });
  // A new application's first round, still to come.
  workbook.addRow(INTERVIEWS, {
    ...base,
    eventId: 'new',
    start: at('2026-12-08T09:00:00Z'),
    end: at('2026-12-08T10:00:00Z'),
    title: 'Hooli technical',
    company: 'Hooli',
    role: 'Engineer',
    round: 'Technical',
    prep: 'Requirements:\n[ ] Kubernetes in production\n[x] Go → 4 years',
  });
  workbook.log.reset();
  return workbook;
}

describe('skills to build and the question bank in the add-on', () => {
  it('says on a new application’s Prepare checklist which requirement is on the list, and suggests questions met in that round type', () => {
    const workbook = seeded();
    const view = workbook.addon.loadPrep({ interviewId: 'new' });
    expect(view.skillNotes.map(({ requirement, skill }) => [requirement, skill.skill, skill.rolesAsking, skill.interviewsRaising])).toEqual([
      ['Kubernetes in production', 'Kubernetes in production', 2, 0],
    ]);
    expect(view.questionSuggestions.map((q) => [q.question, q.notes, q.why])).toEqual([
      ['How would you design a rate limiter?', 'token bucket, the Acme story', 'same round type'],
    ]);
    expect(workbook.log.count('Range.getValues')).toBe(1);
  });

  it('lists the skills and the question bank in Insights, and writes the skills to the Insights sheet', () => {
    const workbook = seeded();
    const view = workbook.addon.loadInsights();
    expect(view.skills.map((skill) => [skill.skill, skill.rolesAsking, skill.interviewsRaising, skill.mostRecent])).toEqual([
      ['Kubernetes in production', 3, 0, '2026-12-08'],
      ['System design', 0, 2, '2026-11-02'],
    ]);
    expect(view.questionBank.map((theme) => [theme.theme, theme.questions.length])).toEqual([['System design', 1]]);
    workbook.addon.rebuildInsightsSheet();
    const rows = workbook.spreadsheet
      .getSheetByName('Insights')!
      .peekValues()
      .filter((line) => line[1] === 'Skill to build');
    expect(rows.map((line) => [line[2], line[3], line[7]])).toEqual([
      ['Kubernetes in production', 3, '3 roles asking, 0 interviews raising, last 2026-12-08: Kubernetes in production'],
      ['System design', 2, '0 roles asking, 2 interviews raising, last 2026-11-02: Practise system design | Scalability discussion was weak'],
    ]);
  });
});
