/**
 * Sync correctness end to end: runSync with the Google adapters against the
 * fake Google server (TESTING.md "Sync correctness").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { calendar_v3 } from '@googleapis/calendar';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarSource, CursorStore, SyncLock, TrackerSink } from '../../../shared/sync/ports.js';
import { FakeCalendar } from '../../fake-google/fake-calendar.js';
import { FAULTS } from '../../fake-google/faults.js';
import { MapCursors, sheetIds, sheetRows, startHarness, type Harness } from './harness.js';

let h: Harness;
let cursors: MapCursors;
beforeEach(async () => {
  h = await startHarness({ pageSize: 3 });
  cursors = new MapCursors();
});
afterEach(async () => h.fake.close());

const now = () => new Date('2026-05-01T00:00:00Z');
const put = (id: string, fields: Partial<calendar_v3.Schema$Event> = {}) =>
  h.fake.google
    .calendar()
    .put({ summary: `Interview ${id} - Acme`, start: { dateTime: '2026-05-04T09:00:00Z' }, end: { dateTime: '2026-05-04T10:00:00Z' }, ...fields, id });
const sync = (ports: { source?: CalendarSource; sink?: TrackerSink; cursors?: CursorStore; lock?: SyncLock } = {}) =>
  runSync({
    source: ports.source ?? h.source,
    sink: ports.sink ?? h.sink,
    cursors: ports.cursors ?? cursors,
    rules: DEFAULT_RULES,
    now,
    ...(ports.lock ? { lock: ports.lock } : {}),
  });
const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
const byId = (): Record<string, Record<string, string>> =>
  Object.fromEntries(
    sheetRows(h.book)
      .filter((row) => row['Event ID'])
      .map((row) => [row['Event ID'], row] as const),
  );

/** An in-process lock: one pass per key at a time. */
function memoryLock(): SyncLock {
  const tails = new Map<string, Promise<void>>();
  return async <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    tails.set(
      key,
      previous.then(() => new Promise<void>((resolve) => (release = resolve))),
    );
    await previous;
    try {
      return await run();
    } finally {
      release();
    }
  };
}

class Crash extends Error {}

describe('sync correctness against the fake Google', () => {
  it('adds no duplicate rows when each change triggers 1–5 concurrent passes, in any order', async () => {
    const lock = memoryLock();
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 6; i++) put(`ev${i}`, { summary: `Interview ${i} v${round}` });
      const passes = Array.from({ length: 1 + (round % 5) + 1 }, () => sync({ lock }));
      await Promise.all(passes);
    }
    expect(duplicates(sheetIds(h.book))).toEqual([]);
    expect(Object.values(byId()).map((row) => row.Title)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Interview ${i} v3`));
  });

  it('adds no duplicate rows even when unlocked passes race (the later append is blanked)', async () => {
    for (let i = 0; i < 4; i++) put(`ev${i}`);
    await Promise.all([sync(), sync(), sync()]);
    expect(duplicates(sheetIds(h.book))).toEqual([]);
    expect(sheetIds(h.book).sort()).toEqual(['ev0', 'ev1', 'ev2', 'ev3']);
  });

  it.each([
    ['on the first page', () => h.fake.google.calendar().expireSyncTokens(), 0],
    ['mid-pagination', null, 2],
    ['repeatedly', () => h.fake.google.calendar().expireSyncTokens(), 1],
  ] as const)('recovers from 410 %s without ghost, duplicate or mass-changed rows', async (_name, before, expireAtPage) => {
    for (let i = 0; i < 7; i++) put(`ev${i}`);
    await sync();
    h.fake.google.calendar().remove('ev3');
    for (const id of ['ev0', 'ev1', 'ev2', 'ev8']) put(id, { summary: `Interview changed ${id}` });
    before?.();
    let pages = 0;
    h.fake.google.beforeRequest = (request) => {
      if (request.api !== 'calendar') return;
      pages++;
      if (pages === expireAtPage || (_name === 'repeatedly' && pages <= 2)) h.fake.google.calendar().expireSyncTokens();
    };
    const report = await sync();
    expect(report.resets).toBeGreaterThanOrEqual(1);
    expect(duplicates(sheetIds(h.book))).toEqual([]);
    const rows = byId();
    expect(Object.keys(rows).sort()).toEqual(['ev0', 'ev1', 'ev2', 'ev3', 'ev4', 'ev5', 'ev6', 'ev8']);
    expect(
      Object.entries(rows)
        .filter(([, row]) => row['Calendar status'] === 'cancelled')
        .map(([id]) => id),
    ).toEqual(['ev3']);
  });

  it('never mass-marks rows from an empty full listing', async () => {
    for (let i = 0; i < 5; i++) put(`ev${i}`);
    await sync();
    const before = JSON.stringify(h.book.sheets[1]!.rows);
    const broken = new FakeCalendar('primary');
    broken.expireSyncTokens();
    h.fake.google.calendars.set('primary', broken);
    await expect(sync()).rejects.toMatchObject({ code: 'SYNC_ABORTED' });
    expect(JSON.stringify(h.book.sheets[1]!.rows)).toBe(before);
  });

  const steps = ['list', 'read', 'write', 'cursor'] as const;
  it.each(steps)('loses and duplicates nothing when the process crashes right after the %s step', async (step) => {
    for (let i = 0; i < 4; i++) put(`ev${i}`);
    await sync();
    put('ev1', { summary: 'Changed 1' });
    h.fake.google.calendar().remove('ev2');
    put('ev9');
    const crashing = {
      source: {
        id: h.source.id,
        listChanges: async (cursor: string | null) => {
          const out = await h.source.listChanges(cursor);
          if (step === 'list') throw new Crash();
          return out;
        },
      },
      sink: {
        read: async () => {
          const out = await h.sink.read();
          if (step === 'read') throw new Crash();
          return out;
        },
        apply: async (...args: Parameters<TrackerSink['apply']>) => {
          await h.sink.apply(...args);
          if (step === 'write') throw new Crash();
        },
      },
      cursors: {
        get: (id: string) => cursors.get(id),
        set: async (id: string, cursor: string | null) => {
          if (step === 'cursor') throw new Crash();
          await cursors.set(id, cursor);
        },
      },
    };
    await expect(sync(crashing)).rejects.toBeInstanceOf(Crash);
    await sync();
    const rows = byId();
    expect(duplicates(sheetIds(h.book))).toEqual([]);
    expect(Object.keys(rows).sort()).toEqual(['ev0', 'ev1', 'ev2', 'ev3', 'ev9']);
    expect([rows.ev1!.Title, rows.ev2!['Calendar status']]).toEqual(['Changed 1', 'cancelled']);
  });

  it('syncs 100 % through at least 500 injected 429/403/5xx/reset/lost-response faults', async () => {
    h.fake.google.faults.randomly(
      0.3,
      [
        FAULTS.tooManyRequests('1'),
        FAULTS.tooManyRequests(),
        FAULTS.rateLimit403(),
        FAULTS.userRateLimit403(),
        FAULTS.serverError(500),
        FAULTS.serverError(503),
        FAULTS.reset(),
        FAULTS.lostResponse(),
      ],
      20261122,
    );
    const expected = new Map<string, string>();
    for (let round = 0; h.fake.google.faults.served.length < 500; round++) {
      for (let i = 0; i < 5; i++) {
        const id = `ev${(round * 3 + i) % 40}`;
        put(id, { summary: `Interview ${id} r${round}` });
        expected.set(id, `Interview ${id} r${round}`);
      }
      // A pass that runs out of attempts is simply run again, as the job queue would.
      for (let attempt = 0; ; attempt++) {
        try {
          await sync();
          break;
        } catch (error) {
          if (attempt > 20) throw error;
        }
      }
    }
    expect(h.fake.google.faults.served.length).toBeGreaterThanOrEqual(500);
    expect(duplicates(sheetIds(h.book))).toEqual([]);
    const rows = byId();
    expect(Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, row.Title]))).toEqual(Object.fromEntries(expected));
    expect(Math.max(...h.waits)).toBeLessThanOrEqual(5_000);
    expect(h.waits).toContain(1_000);
  });
});
