import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { planRowChanges } from '../../../shared/sync/plan-row-changes.js';
import { endsBeforeWindow } from '../../../shared/sync/sync-window.js';
import { SCHEMA_HEADERS } from './memory-ports.js';

const WINDOW = '2026-03-01T00:00:00Z';
const interview = (id: string, day: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  status: 'confirmed',
  updated: '2026-05-01T10:00:00.000Z',
  summary: 'Phone screen - Acme',
  start: { dateTime: `${day}T09:00:00Z` },
  end: { dateTime: `${day}T09:30:00Z` },
  ...fields,
});

describe('the sync window on incremental results', () => {
  it('adds no row for an edit to an interview that ended before the window, and still updates the row it has', () => {
    const rows = [
      {
        eventId: 'kept',
        start: '2026-01-10 10:00',
        end: '2026-01-10 10:30',
        title: 'Old title',
        calendarStatus: 'confirmed',
        eventVersion: '2026-01-01T00:00:00.000Z',
      },
    ];
    const plan = planRowChanges(
      { headers: SCHEMA_HEADERS, rows, timeZone: 'Europe/Berlin' },
      [interview('old', '2026-01-10'), interview('kept', '2026-01-10'), interview('new', '2026-03-02')],
      {
        rules: DEFAULT_RULES,
        full: false,
        windowFrom: WINDOW,
      },
    );
    expect(plan.ops.map((op) => [op.kind, op.eventId])).toEqual([
      ['update', 'kept'],
      ['append', 'new'],
    ]);
    expect([plan.added, plan.updated, plan.skipped]).toEqual([1, 1, 1]);
  });

  it.each([
    [{ start: { dateTime: '2026-02-28T23:00:00Z' }, end: { dateTime: '2026-03-01T00:00:00Z' } }, 'UTC', true],
    [{ start: { dateTime: '2026-02-28T23:00:00Z' }, end: { dateTime: '2026-03-01T00:00:01Z' } }, 'UTC', false],
    [{ start: { date: '2026-02-28' }, end: { date: '2026-03-01' } }, 'UTC', true],
    [{ start: { date: '2026-02-28' }, end: { date: '2026-03-01' } }, 'America/New_York', false],
    [{}, 'UTC', false],
  ])("reads %j in %s as ending before the window: %s (Calendar's timeMin bounds the end, exclusively)", (times, zone, expected) => {
    expect(endsBeforeWindow({ id: 'x', status: 'confirmed', ...times }, WINDOW, zone)).toBe(expected);
  });
});
