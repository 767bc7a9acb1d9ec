/**
 * The state of the fake Google server: calendars, spreadsheets, push
 * channels, fault switches, injected latency, the per-user write quota and
 * a log of every request, which tests read to count requests per pass.
 */
import { FakeCalendar } from './fake-calendar.js';
import { FakeSpreadsheet } from './fake-spreadsheet.js';
import { Faults, type RequestInfo } from './faults.js';
import { PushChannels } from './push-channels.js';
import { DriveFileAccess } from './drive-file-access.js';

export interface LoggedRequest extends RequestInfo {
  query: Record<string, string | string[]>;
  /** The JSON body of a POST or PUT, as sent (for asserting outgoing requests). */
  body?: unknown;
  /** Answered status, or null when the connection was dropped or left hanging. */
  status: number | null;
}

export class FakeGoogle {
  readonly calendars = new Map<string, FakeCalendar>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly faults = new Faults();
  readonly channels = new PushChannels();
  readonly log: LoggedRequest[] = [];
  /** drive.file grants; off until a test admits a token. */
  readonly driveFile = new DriveFileAccess();
  /** Milliseconds each request waits before it is handled. */
  latencyMs = 0;
  /** How long a hung request waits before its connection is dropped. */
  hangMs = 5_000;
  /** Per-user Sheets write requests allowed per minute (Google: 60), or null for no limit. */
  writeQuotaPerMinute: number | null = null;
  /** The clock of the quota window. */
  now: () => number = () => Date.now();
  /** Runs before a request is handled: the person acting while a sync pass is in flight. */
  beforeRequest: ((request: RequestInfo) => void) | null = null;
  private readonly writesByUser = new Map<string, number[]>();

  calendar(id = 'primary'): FakeCalendar {
    let calendar = this.calendars.get(id);
    if (!calendar) {
      calendar = new FakeCalendar(id);
      calendar.onChange = () => this.channels.notify(id);
      this.calendars.set(id, calendar);
    }
    return calendar;
  }

  /** A spreadsheet; created with an Interviews sheet holding `rows` when new. */
  spreadsheet(id: string, timeZone?: string): FakeSpreadsheet {
    let book = this.spreadsheets.get(id);
    if (!book) {
      book = new FakeSpreadsheet(id, timeZone);
      this.spreadsheets.set(id, book);
    }
    return book;
  }

  /** True when this user may write now (and counts the write). */
  allowWrite(user: string): boolean {
    if (this.writeQuotaPerMinute === null) return true;
    const now = this.now();
    const recent = (this.writesByUser.get(user) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= this.writeQuotaPerMinute) return false;
    this.writesByUser.set(user, [...recent, now]);
    return true;
  }

  /** Requests logged for one API, for request counting. */
  requests(api?: RequestInfo['api']): LoggedRequest[] {
    return this.log.filter((entry) => api === undefined || entry.api === api);
  }
}
