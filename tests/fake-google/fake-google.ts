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
import { SheetsQuotaCounter, type SheetsQuotas } from './sheets-quota.js';

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
  /** The clock of the quota window. */
  now: () => number = () => Date.now();
  /** Sheets quotas in force (see sheets-quota.ts), or null when a test does not exercise them. */
  sheetsQuota: SheetsQuotaCounter | null = null;
  /** Whose access token is whom: quotas count per person, whatever token they use (the fake OAuth server knows: `accessTokenInfo`). */
  people: { get(token: string): string | undefined } = new Map<string, string>();
  /** Runs before a request is handled: the person acting while a sync pass is in flight. */
  beforeRequest: ((request: RequestInfo) => void) | null = null;

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

  /** Puts Sheets quotas in force (Google's: GOOGLE_SHEETS_QUOTAS; tests may scale them down). */
  enforceSheetsQuotas(quotas: SheetsQuotas): SheetsQuotaCounter {
    this.sheetsQuota = new SheetsQuotaCounter(quotas, () => this.now());
    return this.sheetsQuota;
  }

  /** The person behind an Authorization header (a token nobody was given is its own person). */
  personOf(authorization: string): string {
    const token = authorization.replace(/^Bearer\s+/, '');
    return this.people.get(token) ?? token;
  }

  /** Requests logged for one API, for request counting. */
  requests(api?: RequestInfo['api']): LoggedRequest[] {
    return this.log.filter((entry) => api === undefined || entry.api === api);
  }
}
