/**
 * The built add-on in a vm with a calendar: a clock the test moves (the
 * Calendar fake can advance it per call, to stand for Google's latency), a
 * set-up tracker, and helpers to read the Interviews sheet by header.
 */
import vm from 'node:vm';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import type { CalendarPassView } from '../../../appsscript/api/views.js';
import { loadBundle, type LoadedAddon } from '../../support/load-bundle.js';

export const NOW = Date.parse('2026-03-02T08:30:00Z');

export interface ImportHarness extends LoadedAddon {
  /** The bundle's clock (epoch ms); Date.now() and new Date() inside the bundle read it. */
  clock: { ms: number };
  /** Interviews rows (header first) as getValues would return them. */
  rows(): unknown[][];
  /** One column of the data rows, by key. */
  column(key: string): unknown[];
  /** "Sync now", then waits for the pass to settle; answers the saved report of the last pass. */
  sync(input?: { onlyIfStale?: boolean }): Promise<CalendarPassView>;
}

/** Everything queued settles before a macrotask: the pass is all microtasks (Apps Script services are synchronous). */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

export function importHarness(options: { timeZone?: string; msPerCalendarCall?: number } = {}): ImportHarness {
  const loaded = loadBundle(options.timeZone ? { timeZone: options.timeZone } : {});
  const clock = { ms: NOW };
  loaded.context.__clock = clock;
  vm.runInContext(
    `(() => { const RealDate = Date; class ClockDate extends RealDate { constructor(...a) { if (a.length === 0) super(__clock.ms); else super(...a); } static now() { return __clock.ms; } } globalThis.Date = ClockDate; })();`,
    loaded.context,
  );
  if (options.msPerCalendarCall) loaded.calendar.onCall = () => (clock.ms += options.msPerCalendarCall!);
  loaded.addon.setUpTracker();
  const sheet = () => loaded.spreadsheet.getSheetByName(INTERVIEWS.name)!;
  const rows = () => sheet().peekValues();
  const column = (key: string) => {
    const [header, ...data] = rows();
    const index = header!.indexOf(INTERVIEWS.columns.find((c) => c.key === key)!.header);
    return data.map((line) => line[index]);
  };
  const sync = async (input?: { onlyIfStale?: boolean }) => {
    loaded.addon.syncCalendarsNow(input);
    await settle();
    return JSON.parse(loaded.documentProperties.store.get('nextround.calendarImport')!).lastPass as CalendarPassView;
  };
  return { ...loaded, clock, rows, column, sync };
}

/** A timed interview event at `start` (ISO with offset) lasting an hour. */
export function interview(id: string, start: string, title = `Interview with Acme (${id})`, zone?: string) {
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  return {
    id,
    summary: title,
    start: { dateTime: start, ...(zone ? { timeZone: zone } : {}) },
    end: { dateTime: end, ...(zone ? { timeZone: zone } : {}) },
    attendees: [
      { email: 'me@example.com', self: true },
      { email: 'pat@acme.example', displayName: 'Pat Lee' },
    ],
  };
}
