import { describe, expect, it } from 'vitest';
import { summarizePipeline } from '../../../shared/tracker/summarize-pipeline.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';

const app = (id: string, stage: string, nextAction = '', nextActionDue = '', row = 2): ApplicationRecord => ({
  id,
  company: id,
  role: 'R',
  stage,
  source: '',
  appliedOn: '',
  link: '',
  salary: '',
  location: '',
  remote: '',
  jobDescription: '',
  resumeVersion: '',
  contact: '',
  contactEmail: '',
  nextAction,
  nextActionDue,
  lastUpdate: '',
  notes: '',
  row,
});
const round = (eventId: string, start: string, calendarStatus = 'confirmed'): InterviewRecord => ({
  eventId,
  start,
  end: '',
  title: '',
  company: '',
  role: '',
  round: '',
  interviewers: '',
  meetingLink: '',
  calendarStatus,
  applicationId: '',
  thankYou: '',
  notes: '',
  row: 2,
});

const NOW = '2026-03-02 09:30';

describe('summarizePipeline', () => {
  it('counts every stage in funnel order, case-insensitively, and counts unknown stages apart', () => {
    const summary = summarizePipeline([app('a', 'Applied'), app('b', 'applied '), app('c', 'Offer'), app('d', ''), app('e', 'Dreaming')], [], NOW);
    expect(summary.stages.map(({ stage, count }) => `${stage}:${count}`)).toEqual([
      'Wishlist:0',
      'Applied:2',
      'Screening:0',
      'Interviewing:0',
      'Offer:1',
      'Accepted:0',
      'Rejected:0',
      'Withdrawn:0',
      'Ghosted:0',
    ]);
    expect(summary.unstaged).toBe(2);
    expect(summary.total).toBe(5);
  });

  it.each([
    ['2026-03-02 09:29', false],
    ['2026-03-02 09:30', true],
    ['2026-03-16 23:59', true],
    ['2026-03-17 00:00', false],
    ['2026-03-05', true],
    ['2026-03-02', true],
    ['2026-03-01', false],
    ['soon', false],
  ])('lists an interview starting %s as upcoming: %s', (start, listed) => {
    expect(summarizePipeline([], [round('r', start)], NOW).upcoming.length).toBe(listed ? 1 : 0);
  });

  it('leaves cancelled rounds out and sorts the rest soonest first, at most the limit', () => {
    const rounds = [
      round('c', '2026-03-04 10:00'),
      round('x', '2026-03-03 10:00', 'cancelled'),
      round('a', '2026-03-02 12:00'),
      round('b', '2026-03-03 08:00'),
    ];
    expect(summarizePipeline([], rounds, NOW, { upcomingLimit: 2 }).upcoming.map((r) => r.eventId)).toEqual(['a', 'b']);
    expect(summarizePipeline([], rounds, NOW, { upcomingDays: 1 }).upcoming.map((r) => r.eventId)).toEqual(['a', 'b']);
  });

  it.each([
    [app('due-yesterday', 'Applied', 'Call', '2026-03-01'), true],
    [app('due-today', 'Applied', 'Call', '2026-03-02'), false],
    [app('no-action', 'Applied', '', '2026-03-01'), false],
    [app('closed', 'Rejected', 'Call', '2026-03-01'), false],
    [app('not-a-day', 'Applied', 'Call', 'Friday'), false],
  ])('counts %j as overdue: %s', (application, overdue) => {
    expect(summarizePipeline([application], [], NOW).overdue.length).toBe(overdue ? 1 : 0);
  });

  it('lists the most overdue first', () => {
    const apps = [app('b', 'Applied', 'x', '2026-02-20', 3), app('a', 'Applied', 'x', '2026-02-10', 4), app('c', 'Applied', 'x', '2026-02-20', 2)];
    expect(summarizePipeline(apps, [], NOW).overdue.map((a) => a.id)).toEqual(['a', 'c', 'b']);
  });
});
