import { describe, expect, it } from 'vitest';
import { listDue } from '../../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';

const interview = {
  eventId: 'ev1',
  company: 'Acme',
  role: 'Engineer',
  start: '2026-03-07 22:30',
  end: '2026-03-07 23:30',
  interviewers: 'Ana <ana@acme.example>',
};
const thankYou = (now: string, timeZone?: string) =>
  listDue({ applications: [], interviews: [interview], now, settings: DEFAULT_DUE_SETTINGS, ...(timeZone ? { timeZone } : {}) }).items[0];

describe('listDue in the sheet zone', () => {
  it('counts the hours before a thank-you is overdue in real time: the New York spring-forward night is an hour short', () => {
    // 23:30 → 23:45 the next day is 24 h 15 min by the wall clock, 23 h 15 min in New York that night.
    expect(thankYou('2026-03-08 23:45', 'America/New_York')).toMatchObject({ kind: 'thank-you', overdue: false });
    expect(thankYou('2026-03-09 00:45', 'America/New_York')).toMatchObject({ kind: 'thank-you', overdue: true });
    expect(thankYou('2026-03-08 23:45')).toMatchObject({ kind: 'thank-you', overdue: true });
  });

  it('reads an end inside the spring-forward gap as the sheet shows it, forward by the gap', () => {
    const gap = { ...interview, start: '2026-03-08 01:30', end: '2026-03-08 02:30' };
    const items = listDue({ applications: [], interviews: [gap], now: '2026-03-08 12:00', settings: DEFAULT_DUE_SETTINGS, timeZone: 'America/New_York' }).items;
    expect(items).toMatchObject([{ kind: 'thank-you', endedAt: '2026-03-08 03:30' }]);
  });
});
