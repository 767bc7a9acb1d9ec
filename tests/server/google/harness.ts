/**
 * Wiring for adapter tests: the fake Google server, the real googleapis
 * clients pointed at it, an Interviews sheet with the schema's headers, and
 * a retry policy that records its waits instead of sleeping.
 */
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { createGoogleClients, fixedTokenAuth, type GoogleClients } from '../../../server/google/clients.js';
import { createGoogleCalendarSource } from '../../../server/google/calendar-source.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import type { RetryPolicy } from '../../../server/google/retry.js';
import type { CalendarSource, CursorStore, TrackerSink } from '../../../shared/sync/ports.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../../fake-google/server.js';
import type { FakeSpreadsheet } from '../../fake-google/fake-spreadsheet.js';

export const HEADERS = INTERVIEWS.columns.map((column) => column.header);
export const SPREADSHEET_ID = 'sheet-1';

export interface Harness {
  fake: RunningFakeGoogle;
  clients: GoogleClients;
  book: FakeSpreadsheet;
  source: CalendarSource;
  sink: TrackerSink;
  waits: number[];
  retry: RetryPolicy;
}

/** A retry policy that never sleeps for real and keeps every wait. */
export function recordingRetry(waits: number[], maxAttempts = 8): RetryPolicy {
  return { maxAttempts, baseDelayMs: 100, maxDelayMs: 5_000, sleep: async (ms) => void waits.push(ms), random: () => 0.5 };
}

export async function startHarness(options: { timeZone?: string; pageSize?: number; timeoutMs?: number; maxAttempts?: number } = {}): Promise<Harness> {
  const fake = await startFakeGoogle();
  const clients = createGoogleClients({ auth: fixedTokenAuth('test-token'), rootUrl: fake.url, timeoutMs: options.timeoutMs ?? 5_000 });
  const book = fake.google.spreadsheet(SPREADSHEET_ID, options.timeZone ?? 'Europe/Berlin');
  book.addSheet('Applications', [APPLICATIONS.columns.map((column) => column.header)]);
  book.addSheet('Interviews', [HEADERS]);
  book.addSheet('Contacts', [CONTACTS.columns.map((column) => column.header)]);
  fake.google.calendar('primary');
  const waits: number[] = [];
  const retry = recordingRetry(waits, options.maxAttempts);
  const source = createGoogleCalendarSource({
    calendar: clients.calendar,
    pageSize: options.pageSize ?? 2500,
    fullSyncFrom: () => '2026-01-01T00:00:00Z',
    retry,
  });
  const sink = createGoogleSheetsSink({ sheets: clients.sheets, spreadsheetId: SPREADSHEET_ID, retry });
  return { fake, clients, book, source, sink, waits, retry };
}

export class MapCursors implements CursorStore {
  readonly saved = new Map<string, string | null>();
  async get(id: string) {
    return this.saved.get(id) ?? null;
  }
  async set(id: string, cursor: string | null) {
    this.saved.set(id, cursor);
  }
}

/** The Interviews sheet as rows of text keyed by header (data rows only). */
export function sheetRows(book: FakeSpreadsheet): Record<string, string>[] {
  const [header = [], ...rows] = book.readValues({ title: 'Interviews', rowStart: 0, rowEnd: null, colStart: 0, colEnd: null });
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** Event IDs of the data rows, blanks dropped. */
export const sheetIds = (book: FakeSpreadsheet) =>
  sheetRows(book)
    .map((row) => row['Event ID'] ?? '')
    .filter(Boolean);
