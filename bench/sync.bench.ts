/**
 * Sync speed (issue 3): Sheets requests per pass (ours vs a naive per-event
 * append), Calendar pages per listing, CPU of classify + plan for 10,000
 * events against 10,000 rows (next to JSON.parse of the same payload), and
 * sequential round trips of a whole pass against the fake with 50 ms latency.
 */
import { figure, medianMs, type BenchSuite, type Figure } from './figure.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../shared/schema/tracker-schema.js';
import { DEFAULT_RULES } from '../shared/classify/rules.js';
import { planRowChanges } from '../shared/sync/plan-row-changes.js';
import { runSync } from '../shared/sync/run-sync.js';
import type { CalendarEvent } from '../shared/sync/calendar-event.js';
import type { CursorStore, RowCells, TrackerSnapshot } from '../shared/sync/ports.js';
import { createGoogleClients, fixedTokenAuth } from '../server/google/clients.js';
import { createGoogleCalendarSource } from '../server/google/calendar-source.js';
import { createGoogleSheetsSink } from '../server/google/sheets-sink.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../tests/fake-google/server.js';

const HEADERS = INTERVIEWS.columns.map((column) => column.header);
const now = () => new Date('2026-05-01T00:00:00Z');

function memoryCursors(): CursorStore {
  const saved = new Map<string, string | null>();
  return { get: async (id) => saved.get(id) ?? null, set: async (id, cursor) => void saved.set(id, cursor) };
}

/** A fresh fake with `count` interview events and an empty Interviews sheet. */
function seed(fake: RunningFakeGoogle, count: number, book: string): void {
  const calendar = fake.google.calendar(`cal-${book}`);
  for (let i = 0; i < count; i++) {
    calendar.put({ id: `ev${i}`, summary: `Phone screen ${i} - Acme`, start: { dateTime: '2026-05-04T09:00:00Z' }, end: { dateTime: '2026-05-04T10:00:00Z' } });
  }
  // A set-up tracker: Applications and Contacts ride in the same read and write (TrackerLinks).
  const spreadsheet = fake.google.spreadsheet(book);
  spreadsheet.addSheet('Applications', [APPLICATIONS.columns.map((column) => column.header)]);
  spreadsheet.addSheet('Interviews', [HEADERS]);
  spreadsheet.addSheet('Contacts', [CONTACTS.columns.map((column) => column.header)]);
}

async function ourPass(fake: RunningFakeGoogle, book: string): Promise<void> {
  const clients = createGoogleClients({ auth: fixedTokenAuth('bench'), rootUrl: fake.url });
  await runSync({
    source: createGoogleCalendarSource({ calendar: clients.calendar, calendarId: `cal-${book}`, fullSyncFrom: () => '2026-01-01T00:00:00Z' }),
    sink: createGoogleSheetsSink({ sheets: clients.sheets, spreadsheetId: book }),
    cursors: memoryCursors(),
    rules: DEFAULT_RULES,
    now,
  });
}

/** The naive tool: list, then one values.append per event (what duplicates rows on retry, too). */
async function naivePass(fake: RunningFakeGoogle, book: string): Promise<void> {
  const clients = createGoogleClients({ auth: fixedTokenAuth('bench'), rootUrl: fake.url });
  const items = (await clients.calendar.events.list({ calendarId: `cal-${book}`, singleEvents: true, maxResults: 2500 })).data.items ?? [];
  for (const item of items) {
    await clients.sheets.spreadsheets.values.append({
      spreadsheetId: book,
      range: 'Interviews!A1',
      valueInputOption: 'RAW',
      requestBody: { values: [[item.id, item.start?.dateTime, item.end?.dateTime, '', item.summary]] },
    });
  }
}

const countRequests = (fake: RunningFakeGoogle, api: 'sheets' | 'calendar', book: string) =>
  fake.google.requests(api).filter((r) => r.path.includes(book)).length;

/** Start of event `i`: the same few days (`distinct` false), or each event its own quarter hour, 17 minutes apart (~3 years for 100,000). */
function startOf(i: number, distinct: boolean): { start: string; end: string } {
  if (!distinct) {
    const day = `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { start: `${day}T09:00:00Z`, end: `${day}T10:00:00Z` };
  }
  const startMs = Date.UTC(2026, 0, 1) + i * 17 * 60_000;
  return { start: new Date(startMs).toISOString(), end: new Date(startMs + 3_600_000).toISOString() };
}

export function planPayload(count: number, distinct = false): { snapshot: TrackerSnapshot; events: CalendarEvent[] } {
  const rows: RowCells[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      eventId: `ev${i}`,
      start: '2026-05-04 11:00',
      end: '2026-05-04 12:00',
      timeZone: 'Europe/Berlin',
      title: `Phone screen ${i} - Acme`,
      interviewers: '',
      meetingLink: '',
      calendarStatus: 'confirmed',
      eventVersion: '2026-04-01T00:00:00Z',
      notes: 'my notes',
    });
  }
  const events: CalendarEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Half change existing rows, half are new events.
    const id = i % 2 === 0 ? `ev${i}` : `new${i}`;
    events.push({
      id,
      status: 'confirmed',
      updated: '2026-04-02T00:00:00Z',
      summary: `Technical interview ${i} at Acme`,
      start: { dateTime: startOf(i, distinct).start },
      end: { dateTime: startOf(i, distinct).end },
      attendees: [
        { email: 'me@gmail.com', self: true },
        { email: `lead${i}@acme.com`, displayName: 'Lead' },
      ],
      hangoutLink: 'https://meet.google.com/abc-defg-hij',
    });
  }
  return { snapshot: { headers: HEADERS, rows, timeZone: 'Europe/Berlin' }, events };
}

/** Plan of `count` events with distinct start times (each a new wall time to format) next to JSON.parse of the same payload. */
async function planDistinct(count: number): Promise<Figure> {
  const { snapshot, events } = planPayload(count, true);
  const json = JSON.stringify({ snapshot, events });
  const plan = () => planRowChanges(snapshot, events, { rules: DEFAULT_RULES, full: false });
  await medianMs(2, plan);
  await medianMs(2, () => JSON.parse(json));
  const planMs = await medianMs(5, plan);
  const parseMs = await medianMs(5, () => JSON.parse(json));
  return figure(
    `sync.plan_${count}_distinct_ms`,
    planMs,
    `ms (classify + plan, ${count.toLocaleString('en')} events with distinct start times × as many rows)`,
    '≤ 3 × JSON.parse (ratio ≥ 0.33)',
    parseMs,
  );
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [];
  // CPU first, in a heap not yet holding the fake's thousands of stored events.
  const { snapshot, events } = planPayload(10_000);
  const json = JSON.stringify({ snapshot, events });
  // Steady state for both: warm-up runs first (JIT tiers, Intl formatters, the offset cache), then medians.
  const plan = () => planRowChanges(snapshot, events, { rules: DEFAULT_RULES, full: false });
  await medianMs(3, plan);
  await medianMs(3, () => JSON.parse(json));
  const planMs = await medianMs(9, plan);
  const parseMs = await medianMs(9, () => JSON.parse(json));
  figures.push(figure('sync.plan_10000_ms', planMs, 'ms (classify + plan, 10,000 events × 10,000 rows)', '< 100', parseMs));
  figures.push(await planDistinct(100_000));

  const fake = await startFakeGoogle();
  try {
    for (const n of [1, 100, 2500]) {
      seed(fake, n, `ours-${n}`);
      await ourPass(fake, `ours-${n}`);
      seed(fake, n, `naive-${n}`);
      await naivePass(fake, `naive-${n}`);
      figures.push(
        figure(
          `sync.sheets_requests_per_pass.${n}`,
          countRequests(fake, 'sheets', `ours-${n}`),
          'requests',
          '2, flat',
          countRequests(fake, 'sheets', `naive-${n}`),
        ),
      );
    }
    for (const n of [1, 100, 2500, 10000]) {
      seed(fake, n, `pages-${n}`);
      await ourPass(fake, `pages-${n}`);
      figures.push(figure(`sync.calendar_requests.${n}`, countRequests(fake, 'calendar', `pages-${n}`), 'requests', `ceil(n/2500) = ${Math.ceil(n / 2500)}`));
    }

    fake.google.latencyMs = 50;
    let round = 0;
    const ourMs = await medianMs(3, async () => {
      seed(fake, 10, `rt-${++round}`);
      await ourPass(fake, `rt-${round}`);
    });
    const naiveMs = await medianMs(3, async () => {
      seed(fake, 10, `rtn-${++round}`);
      await naivePass(fake, `rtn-${round}`);
    });
    figures.push(figure('sync.round_trips_per_pass', ourMs / 50, 'round trips (wall / 50 ms, 10 events)', '≤ 3', naiveMs / 50));
  } finally {
    await fake.close();
  }

  return figures;
};
