/**
 * The model-based sync scenario (fast-check): events created, changed and
 * deleted; sync tokens expiring; the person editing notes, sorting, inserting
 * rows and columns and typing manual rounds, between passes and in the middle
 * of one; write responses lost. After every run the invariants of DESIGN.md
 * must hold. The transport is a parameter: in-process for thousands of runs,
 * HTTP with the real googleapis client for fewer.
 */
import { expect } from 'vitest';
import fc from 'fast-check';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { isNextRoundError } from '../../../shared/errors.js';
import { createGoogleCalendarSource } from '../../../server/google/calendar-source.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import { FakeGoogle } from '../../fake-google/fake-google.js';
import { formatted, inputValue, type Value } from '../../fake-google/fake-spreadsheet.js';
import { FAULTS } from '../../fake-google/faults.js';
import type { CalendarApi } from '../../../server/google/calendar-source.js';
import type { SheetsApi } from '../../../server/google/sheets-sink.js';
import { HEADERS, MapCursors, recordingRetry } from './harness.js';

const NOTES = ['', 'prep: system design', '=1+1', '+1', 'été ✓', '@SUM(A1)'];
type Person =
  | { t: 'notes'; pick: number; text: number }
  | { t: 'sort'; column: number; desc: boolean }
  | { t: 'insertRow'; at: number }
  | { t: 'insertColumn'; at: number }
  | { t: 'manual'; text: number };
export type Action =
  | { t: 'put'; id: number; v: number; day: number; allDay: boolean }
  | { t: 'remove'; id: number }
  | { t: 'expire' }
  | { t: 'sync'; mid: Person | null; lost: boolean }
  | Person;

const person: fc.Arbitrary<Person> = fc.oneof(
  fc.record({ t: fc.constant('notes' as const), pick: fc.nat(20), text: fc.nat(NOTES.length - 1) }),
  fc.record({ t: fc.constant('sort' as const), column: fc.nat(4), desc: fc.boolean() }),
  fc.record({ t: fc.constant('insertRow' as const), at: fc.nat(6) }),
  fc.record({ t: fc.constant('insertColumn' as const), at: fc.nat(HEADERS.length) }),
  fc.record({ t: fc.constant('manual' as const), text: fc.nat(NOTES.length - 1) }),
);
export const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('put' as const), id: fc.nat(5), v: fc.nat(9), day: fc.nat(3), allDay: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('remove' as const), id: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('expire' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('sync' as const), mid: fc.option(person, { nil: null }), lost: fc.boolean() }) },
  { weight: 2, arbitrary: person },
);

/** How the adapters reach the fake: in-process, or over HTTP (then `close` stops the server). */
export type Connect = (google: FakeGoogle) => Promise<{ calendar: CalendarApi; sheets: SheetsApi; close(): Promise<void> }>;

export async function runScenario(actions: Action[], connect: Connect): Promise<void> {
  const google = new FakeGoogle();
  const transport = await connect(google);
  try {
    await play(google, transport, actions);
  } finally {
    await transport.close();
  }
}

async function play(google: FakeGoogle, transport: { calendar: CalendarApi; sheets: SheetsApi }, actions: Action[]): Promise<void> {
  const book = google.spreadsheet('model', 'Europe/Berlin');
  book.addSheet('Interviews', [HEADERS]);
  const calendar = google.calendar('primary');
  const retry = recordingRetry([]);
  const source = createGoogleCalendarSource({ calendar: transport.calendar, pageSize: 3, fullSyncFrom: () => '2026-01-01T00:00:00Z', retry });
  const sink = createGoogleSheetsSink({ sheets: transport.sheets, spreadsheetId: 'model', retry });
  const cursors = new MapCursors();
  // Batches swap the sheet object (atomic commit), so always look it up.
  const grid = () => book.sheets[0]!.rows;

  // The model: what the person typed (by row identity), what the calendar holds, columns the person added.
  const notes = new Map<string, Value | null>();
  const live = new Map<string, string>();
  const removed = new Set<string>();
  const ownColumns: string[] = [];
  let manualCount = 0;

  const column = (header: string) => grid()[0]!.findIndex((cell) => formatted(cell) === header);
  const idOf = (row: number) => formatted(grid()[row]?.[column('Event ID')]);
  const act = (step: Person) => {
    if (step.t === 'notes') {
      const rows = grid()
        .map((_, row) => row)
        .filter((row) => row > 0 && idOf(row) !== '');
      const row = rows[step.pick % Math.max(rows.length, 1)];
      if (row === undefined) return;
      book.edit('Interviews', row, column('Notes'), NOTES[step.text]!);
      notes.set(idOf(row), inputValue(NOTES[step.text]!, 'USER_ENTERED'));
    } else if (step.t === 'sort') {
      book.sortRows('Interviews', column(['Event ID', 'Start', 'Title', 'Notes', 'Calendar status'][step.column]!), step.desc);
    } else if (step.t === 'insertRow') {
      book.insertRows('Interviews', 1 + (step.at % Math.max(grid().length, 1)));
    } else if (step.t === 'insertColumn') {
      const header = `Mine ${ownColumns.length}`;
      ownColumns.push(header);
      book.insertColumn('Interviews', step.at % (grid()[0]!.length + 1), header);
    } else {
      const id = `nr-${++manualCount}`;
      const row = grid().length;
      book.edit('Interviews', row, column('Event ID'), id);
      book.edit('Interviews', row, column('Calendar status'), 'manual');
      book.edit('Interviews', row, column('Notes'), NOTES[step.text]!);
      notes.set(id, inputValue(NOTES[step.text]!, 'USER_ENTERED'));
    }
  };
  const sync = async () => {
    try {
      await runSync({ source, sink, cursors, rules: DEFAULT_RULES, now: () => new Date('2026-05-01T00:00:00Z') });
    } catch (error) {
      // A pass may give up on a moved sheet or an unknown write outcome; the next one repairs. Anything else is a bug.
      if (!isNextRoundError(error, 'CONFLICT') && !isNextRoundError(error, 'WRITE_UNCERTAIN')) throw error;
    }
  };

  for (const step of actions) {
    if (step.t === 'put') {
      const id = `ev${step.id}`;
      if (removed.has(id)) continue;
      const title = `Interview ${id} v${step.v}`;
      const day = `2026-05-0${step.day + 1}`;
      calendar.put({
        id,
        summary: title,
        ...(step.allDay
          ? { start: { date: day }, end: { date: `2026-05-0${step.day + 2}` } }
          : { start: { dateTime: `${day}T21:30:00Z` }, end: { dateTime: `${day}T22:30:00Z` } }),
      });
      live.set(id, title);
    } else if (step.t === 'remove') {
      const id = `ev${step.id}`;
      if (!live.has(id)) continue;
      calendar.remove(id);
      live.delete(id);
      removed.add(id);
    } else if (step.t === 'expire') {
      calendar.expireSyncTokens();
    } else if (step.t === 'sync') {
      if (step.lost) google.faults.add(FAULTS.lostResponse(), { when: (request) => request.write });
      const mid = step.mid;
      if (mid) {
        google.beforeRequest = (request) => {
          if (!request.write) return;
          google.beforeRequest = null;
          void act(mid);
        };
      }
      await sync();
      google.faults.clear();
      google.beforeRequest = null;
    } else {
      act(step);
    }
  }
  await sync();
  await sync();

  // Invariants.
  const ids = grid()
    .map((_, row) => (row > 0 ? idOf(row) : ''))
    .filter(Boolean);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  for (const [id, title] of live) {
    const row = grid().findIndex((_, r) => r > 0 && idOf(r) === id);
    expect([id, formatted(grid()[row]?.[column('Title')]), formatted(grid()[row]?.[column('Calendar status')])]).toEqual([id, title, 'confirmed']);
  }
  for (let row = 1; row < grid().length; row++) {
    const id = idOf(row);
    if (!id) continue;
    if (removed.has(id)) expect([id, formatted(grid()[row]![column('Calendar status')])]).toEqual([id, 'cancelled']);
    if (!id.startsWith('nr-')) expect(live.has(id) || removed.has(id)).toBe(true);
    expect([id, grid()[row]![column('Notes')] ?? null]).toEqual([id, notes.get(id) ?? null]);
  }
  for (let n = 1; n <= manualCount; n++) expect(ids.filter((id) => id === `nr-${n}`)).toHaveLength(1);
  expect(
    grid()[0]!
      .map((cell) => formatted(cell))
      .filter((header) => header.startsWith('Mine ')),
  ).toEqual(
    [...ownColumns].sort(
      (a, b) =>
        grid()[0]!
          .map((cell) => formatted(cell))
          .indexOf(a) -
        grid()[0]!
          .map((cell) => formatted(cell))
          .indexOf(b),
    ),
  );
  expect(
    grid()[0]!
      .map((cell) => formatted(cell))
      .filter((header) => !header.startsWith('Mine ')),
  ).toEqual(HEADERS);
}
