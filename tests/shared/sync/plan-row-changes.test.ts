import { describe, expect, it } from 'vitest';
import { planRowChanges } from '../../../shared/sync/plan-row-changes.js';
import { compareVersions } from '../../../shared/sync/row-cells.js';
import { DEFAULT_RULES, ClassifyRules } from '../../../shared/classify/rules.js';
import { NextRoundError } from '../../../shared/errors.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import type { RowCells, TrackerSnapshot } from '../../../shared/sync/ports.js';
import { SCHEMA_HEADERS } from './memory-ports.js';

const snapshot = (rows: RowCells[], headers = SCHEMA_HEADERS): TrackerSnapshot => ({ headers, rows, timeZone: 'Europe/Berlin' });
const interview = (id: string, fields: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  status: 'confirmed',
  updated: '2026-05-01T10:00:00.000Z',
  summary: 'Phone screen - Acme',
  start: { dateTime: '2026-05-04T09:00:00Z' },
  end: { dateTime: '2026-05-04T09:30:00Z' },
  ...fields,
});
const syncedRow = (id: string, fields: RowCells = {}): RowCells => ({
  eventId: id,
  start: '2026-05-04 11:00',
  end: '2026-05-04 11:30',
  timeZone: 'Europe/Berlin',
  title: 'Phone screen - Acme',
  interviewers: '',
  meetingLink: '',
  calendarStatus: 'confirmed',
  eventVersion: '2026-05-01T10:00:00.000Z',
  ...fields,
});
const incremental = { rules: DEFAULT_RULES, full: false };

describe('planRowChanges', () => {
  it('appends a new interview with its calendar cells and what the classifier extracted', () => {
    const plan = planRowChanges(snapshot([]), [interview('a')], incremental);
    expect(plan.ops).toEqual([
      {
        kind: 'append',
        eventId: 'a',
        cells: { ...syncedRow('a'), company: 'Acme', round: 'Phone screen' },
      },
    ]);
    expect(plan.added).toBe(1);
  });

  it('updates only the calendar cells that changed, on the row found by Event ID', () => {
    const rows = [syncedRow('nr-1'), syncedRow('b'), syncedRow('a')];
    const moved = interview('a', { updated: '2026-05-02T00:00:00Z', start: { dateTime: '2026-05-05T09:00:00Z' }, end: { dateTime: '2026-05-05T09:30:00Z' } });
    expect(planRowChanges(snapshot(rows), [moved], incremental).ops).toEqual([
      { kind: 'update', eventId: 'a', row: 2, cells: { start: '2026-05-05 11:00', end: '2026-05-05 11:30', eventVersion: '2026-05-02T00:00:00Z' } },
    ]);
  });

  it("never writes the person's cells of an existing row, even when the classifier would", () => {
    const rows = [syncedRow('a', { company: '', round: '' })];
    const plan = planRowChanges(snapshot(rows), [interview('a', { updated: '2026-05-03T00:00:00Z' })], incremental);
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'a', row: 0, cells: { eventVersion: '2026-05-03T00:00:00Z' } }]);
  });

  it.each([
    ['2026-05-01T10:00:00.000Z', '2026-05-01T09:59:59.999Z', 1],
    ['2026-05-01T10:00:00Z', '2026-05-01T10:00:00.000Z', 0],
    ['2026-05-01T12:00:00+02:00', '2026-05-01T10:00:00Z', 0],
    ['2026-05-01T12:00:00+02:00', '2026-05-01T10:00:01Z', -1],
    [undefined, '2026-05-01T10:00:00Z', -1],
  ])('compares version %s with %s as %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it("lets an older version lose against the row's newer one", () => {
    const rows = [syncedRow('a', { eventVersion: '2026-06-01T00:00:00Z' })];
    const plan = planRowChanges(snapshot(rows), [interview('a', { summary: 'Old title' })], incremental);
    expect(plan.ops).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it('keeps the newest of several deliveries of one event, in any order', () => {
    const versions = [1, 2, 3].map((n) => interview('a', { updated: `2026-05-0${n}T00:00:00Z`, summary: `Interview v${n}` }));
    for (const order of [versions, [...versions].reverse(), [versions[1]!, versions[2]!, versions[0]!, versions[2]!]]) {
      const plan = planRowChanges(snapshot([]), order, incremental);
      expect(plan.ops.map((op) => op.cells.title)).toEqual(['Interview v3']);
    }
  });

  it("marks a cancelled event's row and touches nothing else", () => {
    const rows = [syncedRow('a')];
    const plan = planRowChanges(snapshot(rows), [{ id: 'a', status: 'cancelled', updated: '2026-05-02T00:00:00Z' }], incremental);
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'a', row: 0, cells: { calendarStatus: 'cancelled', eventVersion: '2026-05-02T00:00:00Z' } }]);
    expect(plan.cancelled).toBe(1);
  });

  it('marks a row cancelled by a deletion that carries only an id', () => {
    const plan = planRowChanges(snapshot([syncedRow('a')]), [{ id: 'a', status: 'cancelled' }], incremental);
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'a', row: 0, cells: { calendarStatus: 'cancelled' } }]);
  });

  it('skips cancelled events it has no row for, and non-interviews', () => {
    const plan = planRowChanges(snapshot([]), [{ id: 'x', status: 'cancelled' }, interview('y', { summary: 'Dentist' })], incremental);
    expect(plan).toMatchObject({ ops: [], skipped: 2, added: 0 });
  });

  it('flags an uncertain event instead of importing it', () => {
    const event = interview('u', { summary: 'Chat', description: 'Your interview with Globex', hangoutLink: undefined });
    const plan = planRowChanges(snapshot([]), [event], incremental);
    expect(plan.flagged).toEqual([{ eventId: 'u', title: 'Chat', start: '2026-05-04 11:00', reasons: ['description says "interview"'] }]);
    const imported = planRowChanges(snapshot([]), [event], { ...incremental, rules: ClassifyRules.parse({ uncertain: 'import' }) });
    expect(imported.added).toBe(1);
  });

  it('never touches manual rows, and refuses events posing as one', () => {
    const rows = [syncedRow('nr-7', { calendarStatus: 'manual' })];
    const plan = planRowChanges(snapshot(rows), [interview('nr-7')], incremental);
    expect(plan.ops).toEqual([]);
    expect(plan.errors).toEqual(['Event "nr-7" was skipped: ids starting with "nr-" are reserved for rounds entered by hand.']);
  });

  it('writes only to columns the sheet has', () => {
    const headers = SCHEMA_HEADERS.filter((header) => header !== 'Time zone' && header !== 'Round');
    const plan = planRowChanges(snapshot([], headers), [interview('a')], incremental);
    expect(Object.keys(plan.ops[0]!.cells).sort()).toEqual([
      'calendarStatus',
      'company',
      'end',
      'eventId',
      'eventVersion',
      'interviewers',
      'meetingLink',
      'start',
      'title',
    ]);
  });

  it('stops on a renamed required header, naming it', () => {
    const headers = SCHEMA_HEADERS.map((header) => (header === 'Title' ? 'Event' : header));
    expect(() => planRowChanges(snapshot([], headers), [interview('a')], incremental)).toThrow(
      'Sheet "Interviews" is missing the required header "Title". Run "Set up tracker" to add it back, or restore the header text.',
    );
  });

  it('orders appends by start then id, whatever the delivery order', () => {
    const late = interview('b', { start: { dateTime: '2026-05-09T09:00:00Z' } });
    const early = interview('c', { start: { dateTime: '2026-05-01T09:00:00Z' } });
    expect(planRowChanges(snapshot([]), [late, interview('a'), early], incremental).ops.map((op) => op.eventId)).toEqual(['c', 'a', 'b']);
  });
});

describe('planRowChanges on a full listing', () => {
  const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => syncedRow(id));
  const listing = (ids: string[]) => ids.map((id) => interview(id));

  it('marks a live row absent from the listing as cancelled', () => {
    const plan = planRowChanges(snapshot(rows), listing(['a', 'b', 'c', 'd', 'e', 'f', 'g']), { rules: DEFAULT_RULES, full: true });
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'h', row: 7, cells: { calendarStatus: 'cancelled' } }]);
  });

  it('trips the circuit breaker on an empty listing and writes nothing', () => {
    expect(() => planRowChanges(snapshot(rows), [], { rules: DEFAULT_RULES, full: true })).toThrow(NextRoundError);
    expect(() => planRowChanges(snapshot(rows), [], { rules: DEFAULT_RULES, full: true })).toThrow(/the calendar listing was empty/);
  });

  it('trips when 3 or more rows and over a quarter of them would be cancelled', () => {
    expect(() => planRowChanges(snapshot(rows), listing(['a', 'b', 'c', 'd', 'e']), { rules: DEFAULT_RULES, full: true })).toThrow(
      /3 of 8 rows would be marked cancelled/,
    );
  });

  it('lets a confirmed mass cancellation through', () => {
    const plan = planRowChanges(snapshot(rows), [], { rules: DEFAULT_RULES, full: true, confirmMassCancel: true });
    expect(plan.cancelled).toBe(8);
  });

  it("does not judge rows dated on or before a bounded listing's first day", () => {
    const old = [syncedRow('old', { start: '2026-01-10 09:00' }), syncedRow('edge', { start: '2026-02-01 00:30' }), syncedRow('a')];
    const plan = planRowChanges(snapshot(old), listing(['a']), { rules: DEFAULT_RULES, full: true, listedFrom: '2026-02-01' });
    expect(plan.ops).toEqual([]);
  });
});

describe('planRowChanges with complete listings of parts of the source (sweeps)', () => {
  const rows = ['g1', 'g2', 'f1', 'f2', 'f3', 'f4', 'f5'].map((id) => syncedRow(id));
  const feedIds = new Set(['f1', 'f2', 'f3', 'f4', 'f5']);
  const feed = { name: 'Feed "work"', owns: (id: string) => feedIds.has(id) };

  it("marks a feed's row cancelled when the feed no longer lists it, and leaves the other part's rows alone", () => {
    const plan = planRowChanges(snapshot(rows), [], { ...incremental, sweeps: [{ ...feed, listed: new Set(['f1', 'f2', 'f3', 'f4']) }] });
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'f5', row: 6, cells: { calendarStatus: 'cancelled' } }]);
    expect(plan.cancelled).toBe(1);
  });

  it("judges a Google part's full listing on its own rows only, while a feed's rows are absent from it", () => {
    const google = { name: 'Your Google calendars', owns: (id: string) => !feedIds.has(id), listed: new Set(['g1']) };
    const plan = planRowChanges(snapshot(rows), [interview('g1')], { ...incremental, sweeps: [google, { ...feed, listed: feedIds }] });
    expect(plan.ops).toEqual([{ kind: 'update', eventId: 'g2', row: 1, cells: { calendarStatus: 'cancelled' } }]);
  });

  it('keeps the circuit breaker per part: a part that lists few of its many rows leaves them alone, is named, and the rest proceeds', () => {
    const google = { name: 'Your Google calendars', owns: (id: string) => !feedIds.has(id), listed: new Set(['g1']) };
    for (const listed of [new Set<string>(), new Set(['f1', 'f2'])]) {
      const plan = planRowChanges(snapshot(rows), [], { ...incremental, sweeps: [{ ...feed, listed }, google] });
      expect(plan.ops).toEqual([{ kind: 'update', eventId: 'g2', row: 1, cells: { calendarStatus: 'cancelled' } }]);
      expect(plan.sweepsLeftAlone).toEqual(['Feed "work"']);
    }
    const empty = planRowChanges(snapshot(rows), [], { ...incremental, sweeps: [{ ...feed, listed: new Set() }] });
    expect(empty.errors).toEqual([
      'Feed "work": the calendar listing was empty, which looks like a listing cut short; those rows were left as they are and are checked again next time.',
    ]);
    const few = planRowChanges(snapshot(rows), [], { ...incremental, sweeps: [{ ...feed, listed: new Set(['f1', 'f2']) }] });
    expect(few.errors).toEqual([expect.stringContaining('Feed "work": 3 of 5 rows would be marked cancelled')]);
  });

  it("does not judge a part's rows dated on or before its listing's first day", () => {
    const old = [syncedRow('f1', { start: '2026-01-10 09:00' }), syncedRow('f2')];
    const plan = planRowChanges(snapshot(old), [], { ...incremental, sweeps: [{ ...feed, listed: new Set(['f2']), listedFrom: '2026-02-01' }] });
    expect(plan.ops).toEqual([]);
  });
});
