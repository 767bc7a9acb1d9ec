import { describe, expect, it } from 'vitest';
import { listDue } from '../../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS, parseDueSettings } from '../../../shared/due/due-settings.js';
import type { DueItem } from '../../../shared/due/due-item.js';

const NOW = '2026-11-20 12:00';
const interview = (over: Record<string, string>) => ({
  eventId: 'ev1',
  start: '2026-11-19 10:00',
  end: '2026-11-19 11:00',
  company: 'Acme',
  role: 'Data Engineer',
  round: 'Technical',
  interviewers: 'Ana Pérez <ana@acme.com>',
  calendarStatus: 'confirmed',
  applicationId: '',
  thankYou: 'Not yet',
  drafts: '',
  ...over,
});
const application = (over: Record<string, string>) => ({
  id: 'app-1',
  company: 'Acme',
  role: 'Data Engineer',
  stage: 'Applied',
  appliedOn: '2026-11-01',
  lastUpdate: '',
  contact: '',
  contactEmail: '',
  drafts: '',
  ...over,
});
const ana = { name: 'Ana Pérez', email: 'ana@acme.com' };
const thankYou = (over: Partial<Extract<DueItem, { kind: 'thank-you' }>>): DueItem => ({
  kind: 'thank-you',
  interviewId: 'ev1',
  company: 'Acme',
  role: 'Data Engineer',
  round: 'Technical',
  endedAt: '2026-11-19 11:00',
  recipient: ana,
  overdue: true,
  ...over,
});
const due = (interviews: object[], applications: object[] = [], settings = DEFAULT_DUE_SETTINGS, now = NOW) =>
  listDue({ interviews: interviews as Record<string, unknown>[], applications: applications as Record<string, unknown>[], now, settings });

describe('listDue: thank-yous', () => {
  it.each([
    ['ended 25 h ago, not drafted: overdue', { end: '2026-11-19 11:00' }, [thankYou({})]],
    [
      'ended 2 h ago: due, not yet overdue',
      { start: '2026-11-20 09:00', end: '2026-11-20 10:00' },
      [thankYou({ endedAt: '2026-11-20 10:00', overdue: false })],
    ],
    ['ended exactly 24 h ago: overdue', { end: '2026-11-19 12:00' }, [thankYou({ endedAt: '2026-11-19 12:00' })]],
    ['not ended yet', { start: '2026-11-20 11:30', end: '2026-11-20 12:30' }, []],
    ['cancelled', { calendarStatus: 'cancelled' }, []],
    ['marked Sent', { thankYou: 'Sent' }, []],
    ['marked Not needed', { thankYou: 'Not needed' }, []],
    ['ended 15 days ago, outside the window', { start: '2026-11-05 10:00', end: '2026-11-05 11:00' }, []],
    [
      'already drafted for that interviewer',
      { drafts: 'thank-you to ana@acme.com · r-1 · 2026-11-19 12:00 · https://mail.google.com/mail/#drafts?compose=m1' },
      [],
    ],
    ['nobody named yet', { interviewers: '' }, [thankYou({ recipient: null })]],
  ])('%s', (_, over, expected) => {
    expect(due([interview(over)]).items).toEqual(expected);
  });

  it('lists one thank-you per interviewer not drafted yet', () => {
    const row = interview({
      interviewers: 'Ana Pérez <ana@acme.com>, Bo <bo@acme.com>, Chris',
      drafts: 'thank-you to bo@acme.com · r-1 · 2026-11-19 12:00 · https://mail.google.com/mail/#drafts?compose=m1',
    });
    expect(due([row]).items.map((item) => item.kind === 'thank-you' && item.recipient)).toEqual([ana, { name: 'Chris', email: null }]);
  });

  it('honours a shorter overdue setting', () => {
    const settings = parseDueSettings({ thankYouAfterHours: 1 });
    expect(due([interview({ start: '2026-11-20 09:00', end: '2026-11-20 10:00' })], [], settings).items).toEqual([
      thankYou({ endedAt: '2026-11-20 10:00', overdue: true }),
    ]);
  });

  it('reports a date it cannot read and keeps the rest of the list', () => {
    const list = due([interview({ eventId: 'bad', start: 'next week', end: 'soon' }), interview({})]);
    expect(list.items).toEqual([thankYou({})]);
    expect(list.problems).toEqual([
      '"next week" in the Start cell of an Interviews row (Acme — Data Engineer) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"soon" in the End cell of an Interviews row (Acme — Data Engineer) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
  });

  it('names a row with a bad date by its sheet row number and what it is about, never by its hidden id', () => {
    const list = listDue({
      applications: [application({ id: 'app-hidden', company: 'Globex', role: 'Designer', appliedOn: 'last week' })],
      interviews: [interview({ eventId: 'evt-hidden', start: 'next week' })],
      now: NOW,
      settings: DEFAULT_DUE_SETTINGS,
      rowNumbers: { applications: [7], interviews: [12] },
    });
    expect(list.problems).toEqual([
      '"next week" in the Start cell of Interviews row 12 (Acme — Data Engineer) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"last week" in the Applied on cell of Applications row 7 (Globex — Designer) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
  });
});

describe('listDue: applications', () => {
  const past = interview({ thankYou: 'Sent', applicationId: 'app-1', end: '2026-11-10 11:00', start: '2026-11-10 10:00' });

  it.each([
    [
      'applied 19 days ago with no news: follow-up',
      [application({})],
      [],
      [{ kind: 'follow-up', applicationId: 'app-1', company: 'Acme', role: 'Data Engineer', recipient: null, since: '2026-11-01', silentDays: 19 }],
    ],
    ['applied 6 days ago: nothing yet', [application({ appliedOn: '2026-11-14' })], [], []],
    ['a later update restarts the clock', [application({ lastUpdate: '2026-11-15' })], [], []],
    [
      'the last interview counts as news, and its interviewer is the recipient',
      [application({ stage: 'Interviewing' })],
      [past],
      [{ kind: 'follow-up', applicationId: 'app-1', company: 'Acme', role: 'Data Engineer', recipient: ana, since: '2026-11-10', silentDays: 10 }],
    ],
    [
      'an interview still to come means no follow-up',
      [application({ stage: 'Interviewing' })],
      [past, interview({ eventId: 'ev2', applicationId: 'app-1', start: '2026-11-25 10:00', end: '2026-11-25 11:00' })],
      [],
    ],
    [
      'a follow-up drafted 3 days ago restarts the clock',
      [application({ drafts: 'follow-up to jo@acme.com · r-9 · 2026-11-17 09:00 · https://mail.google.com/mail/#drafts?compose=m9' })],
      [],
      [],
    ],
    ['an offer is not chased', [application({ stage: 'Offer' })], [], []],
    [
      'a rejection offers a feedback request to the contact',
      [application({ stage: 'Rejected', lastUpdate: '2026-11-18', contact: 'Jo Lee', contactEmail: 'jo@acme.com' })],
      [],
      [
        {
          kind: 'feedback-request',
          applicationId: 'app-1',
          company: 'Acme',
          role: 'Data Engineer',
          recipient: { name: 'Jo Lee', email: 'jo@acme.com' },
          since: '2026-11-18',
        },
      ],
    ],
    [
      'a feedback request already drafted is not offered again',
      [
        application({
          stage: 'Rejected',
          drafts: 'feedback-request to jo@acme.com · r-2 · 2026-11-18 10:00 · https://mail.google.com/mail/#drafts?compose=m2',
        }),
      ],
      [],
      [],
    ],
    ['an old rejection is not offered', [application({ stage: 'Rejected', lastUpdate: '2026-09-01' })], [], []],
  ])('%s', (_, applications, interviews, expected) => {
    expect(due(interviews, applications).items).toEqual(expected);
  });

  it('links an interview by company and role when its Application ID is empty', () => {
    const unlinked = interview({ thankYou: 'Sent', company: ' acme ', role: 'DATA  engineer', start: '2026-11-18 10:00', end: '2026-11-18 11:00' });
    expect(due([unlinked], [application({})]).items).toEqual([]);
  });
});

describe('listDue: the market check', () => {
  const old = interview({ thankYou: 'Sent', start: '2025-11-01 10:00', end: '2025-11-01 11:00' });

  it.each([
    ['last interview 384 days ago', [old], DEFAULT_DUE_SETTINGS, [{ kind: 'market-check', lastInterviewOn: '2025-11-01', days: 384 }]],
    ['a recent one', [old, interview({ thankYou: 'Sent', start: '2026-06-01 10:00', end: '2026-06-01 11:00' })], DEFAULT_DUE_SETTINGS, []],
    [
      'a cancelled recent one does not count',
      [old, interview({ calendarStatus: 'cancelled', start: '2026-06-01 10:00', end: '2026-06-01 11:00' })],
      DEFAULT_DUE_SETTINGS,
      [{ kind: 'market-check', lastInterviewOn: '2025-11-01', days: 384 }],
    ],
    ['switched off', [old], parseDueSettings({ marketCheck: false }), []],
    ['no interview ever: no nagging a new tracker', [], DEFAULT_DUE_SETTINGS, []],
  ])('%s', (_, interviews, settings, expected) => {
    expect(due(interviews, [], settings).items).toEqual(expected);
  });
});

describe('listDue ordering and settings', () => {
  it('puts thank-yous first, oldest first, then feedback, follow-ups and the market check', () => {
    const list = due(
      [
        interview({ eventId: 'b', company: 'Zeta', start: '2026-10-12 14:00', end: '2026-10-12 15:00' }),
        interview({ eventId: 'a', company: 'Zeta', start: '2026-10-10 14:00', end: '2026-10-10 15:00' }),
      ],
      [application({ id: 'f' }), application({ id: 'r', company: 'Beta', stage: 'Rejected' })],
      parseDueSettings({ marketCheckAfterDays: 30, thankYouWindowDays: 60 }),
    );
    expect(list.items.map((item) => `${item.kind}:${'interviewId' in item ? item.interviewId : 'applicationId' in item ? item.applicationId : ''}`)).toEqual([
      'thank-you:a',
      'thank-you:b',
      'feedback-request:r',
      'follow-up:f',
      'market-check:',
    ]);
  });

  it.each([
    [{ followUpAfterDays: 0 }, 'Follow up after (days): Enter a number of at least 1.'],
    [{ marketCheck: 'yes' }, 'Market check: Choose yes or no.'],
  ])('refuses the setting %j naming it', (input, message) => {
    expect(() => parseDueSettings(input)).toThrow(message);
  });
});

describe("listDue reads stages and statuses as the sheet's highlights do (trimmed, any case)", () => {
  it.each([
    ['a stage typed " rejected " offers a feedback request', [], [application({ stage: ' rejected ', lastUpdate: '2026-11-18' })], ['feedback-request']],
    ['a stage typed "screening" is chased', [], [application({ stage: 'screening' })], ['follow-up']],
    ["a Thank-you cell with the person's own words is handled", [interview({ thankYou: 'emailed Ana' })], [], []],
    ['a Thank-you cell " not yet " is still pending', [interview({ thankYou: ' not yet ' })], [], ['thank-you']],
    ['a calendar status "Cancelled" is cancelled', [interview({ calendarStatus: 'Cancelled' })], [], []],
  ])('%s', (_, interviews, applications, kinds) => {
    expect(due(interviews, applications).items.map((item) => item.kind)).toEqual(kinds);
  });
});
