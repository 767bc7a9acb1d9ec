/**
 * The planner's side of classification: cancelled interviews kept as rows
 * whichever comes first, a series read from one occurrence, and the
 * person's addresses taken from the calendar itself.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { planRowChanges } from '../../../shared/sync/plan-row-changes.js';
import type { RowCells, RowOp, TrackerSnapshot } from '../../../shared/sync/ports.js';
import { SCHEMA_HEADERS } from './memory-ports.js';

const empty: TrackerSnapshot = { headers: SCHEMA_HEADERS, rows: [], timeZone: 'UTC' };
const incremental = { rules: DEFAULT_RULES, full: false };
const event = (id: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  status: 'confirmed',
  updated: '2026-05-01T10:00:00.000Z',
  summary: 'Technical interview - Acme (Senior Backend Engineer)',
  start: { dateTime: '2026-05-04T09:00:00Z' },
  end: { dateTime: '2026-05-04T10:00:00Z' },
  ...fields,
});
const appended = (ops: RowOp[]): RowCells[] => ops.flatMap((op) => (op.kind === 'append' ? [{ id: op.eventId, ...op.cells }] : []));

describe('cancelled interviews', () => {
  it('keeps an interview whose cancellation arrives first as a row marked cancelled', () => {
    const plan = planRowChanges(empty, [event('a', { status: 'cancelled' })], incremental);
    expect(appended(plan.ops)).toMatchObject([{ id: 'a', calendarStatus: 'cancelled', company: 'Acme', role: 'Senior Backend Engineer', round: 'Technical' }]);
    expect([plan.cancelled, plan.skipped]).toEqual([1, 0]);
  });

  it('marks the row cancelled when the cancellation arrives after the interview', () => {
    const first = planRowChanges(empty, [event('a')], incremental);
    const row = appended(first.ops)[0]!;
    const later = planRowChanges({ ...empty, rows: [row] }, [event('a', { status: 'cancelled', updated: '2026-05-02T10:00:00.000Z' })], incremental);
    expect(later.ops).toEqual([{ kind: 'update', eventId: 'a', row: 0, cells: { calendarStatus: 'cancelled', eventVersion: '2026-05-02T10:00:00.000Z' } }]);
  });

  it('still leaves out a cancelled event that is no interview', () => {
    const plan = planRowChanges(empty, [event('d', { status: 'cancelled', summary: 'Dentist' })], incremental);
    expect([plan.ops, plan.skipped]).toEqual([[], 1]);
  });
});

describe('recurring series', () => {
  it('gives a moved occurrence and one cancelled with only its id the same company, role and round as the series', () => {
    const series = { recurringEventId: 's' };
    const live = event('s_20260504T090000Z', { ...series });
    const moved = event('s_20260511T090000Z', {
      ...series,
      summary: 'Moved: Acme',
      start: { dateTime: '2026-05-12T09:00:00Z' },
      end: { dateTime: '2026-05-12T10:00:00Z' },
    });
    const cancelled: CalendarEvent = { id: 's_20260518T090000Z', status: 'cancelled', ...series, originalStartTime: { dateTime: '2026-05-18T09:00:00Z' } };
    const rows = appended(planRowChanges(empty, [cancelled, moved, live], incremental).ops);
    expect(rows.map((row) => [row.id, row.company, row.role, row.round, row.calendarStatus, row.start])).toEqual([
      ['s_20260504T090000Z', 'Acme', 'Senior Backend Engineer', 'Technical', 'confirmed', '2026-05-04 09:00'],
      ['s_20260511T090000Z', 'Acme', 'Senior Backend Engineer', 'Technical', 'confirmed', '2026-05-12 09:00'],
      ['s_20260518T090000Z', 'Acme', 'Senior Backend Engineer', 'Technical', 'cancelled', '2026-05-18 09:00'],
    ]);
    expect(rows[1]!.title).toBe('Moved: Acme');
  });
});

describe('an occurrence that lists no attendees of its own', () => {
  const series = { recurringEventId: 's' };
  const kim = [{ email: 'kim@acme.com', displayName: 'Kim' }];
  const master = event('s_1', { ...series, attendees: kim });
  const moved = event('s_2', {
    ...series,
    updated: '2026-05-02T10:00:00.000Z',
    start: { dateTime: '2026-05-12T09:00:00Z' },
    end: { dateTime: '2026-05-12T10:00:00Z' },
  });

  it("takes its series' interviewers when it is new", () => {
    expect(appended(planRowChanges(empty, [master, moved], incremental).ops).map((row) => [row.id, row.interviewers])).toEqual([
      ['s_1', 'Kim <kim@acme.com>'],
      ['s_2', 'Kim <kim@acme.com>'],
    ]);
  });

  it('keeps the interviewers its row has when it changes alone', () => {
    const row = { ...appended(planRowChanges(empty, [master, moved], incremental).ops)[1]!, eventId: 's_2', eventVersion: '2026-05-01T10:00:00.000Z' };
    const snapshot: TrackerSnapshot = { ...empty, rows: [row] };
    const plan = planRowChanges(
      snapshot,
      [{ ...moved, updated: '2026-05-03T10:00:00.000Z', start: { dateTime: '2026-05-13T09:00:00Z' }, end: { dateTime: '2026-05-13T10:00:00Z' } }],
      incremental,
    );
    expect(plan.ops).toMatchObject([{ kind: 'update', eventId: 's_2', cells: { start: '2026-05-13 09:00' } }]);
    expect(plan.ops[0]!.cells.interviewers).toBeUndefined();
  });
});

describe("the person's own addresses", () => {
  const me = 'alex@example.org';
  // An .ics export: no self flags, the owner on every invitation.
  const ics = (id: string, summary: string, organizer: string, other: string): CalendarEvent =>
    event(id, { summary, organizer: { email: organizer }, attendees: [{ email: me }, { email: other }] });

  it('are never listed as interviewers, though no --me was given and no self flag says so', () => {
    const events = [
      ics('a', 'Phone screen - Acme', 'kim@acme.com', 'kim@acme.com'),
      ics('b', 'Interview - Globex', 'lee@globex.com', 'lee@globex.com'),
      ics('c', 'Onsite - Initech', 'bo@initech.com', 'bo@initech.com'),
    ];
    expect(appended(planRowChanges(empty, events, incremental).ops).map((row) => row.interviewers)).toEqual([
      'kim@acme.com',
      'lee@globex.com',
      'bo@initech.com',
    ]);
  });

  it('recognise an interview the person organises as one they conduct, from the calendar alone', () => {
    const events = [
      ics('a', 'Phone screen - Acme', 'kim@acme.com', 'kim@acme.com'),
      ics('b', 'Interview - Globex', 'lee@globex.com', 'lee@globex.com'),
      ics('c', 'Technical interview - Jordan Park', me, 'jordan.park@outlook.com'),
    ];
    expect(appended(planRowChanges(empty, events, incremental).ops).map((row) => row.id)).toEqual(['a', 'b']);
  });

  it("come from Google's self flag on the creator", () => {
    const mine = event('m', {
      summary: 'Technical interview - Jordan Park',
      creator: { email: me, self: true },
      organizer: { email: me },
      attendees: [{ email: me }, { email: 'jordan.park@outlook.com' }],
    });
    expect(planRowChanges(empty, [mine], incremental).ops).toEqual([]);
  });
});
