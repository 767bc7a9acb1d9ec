/**
 * Calendar v3 `events.list` as Google behaves (GOOGLE.md): pages to the last
 * one, `nextSyncToken` only there, optional empty pages, sync tokens that
 * expire (410 fullSyncRequired), the parameters forbidden with a sync token,
 * parameters that must match the full sync's, and deletions as minimal
 * `cancelled` resources. Events are stored per instance (as with
 * `singleEvents=true`), with every version kept so a listing reads one
 * consistent moment even while events change between its pages.
 */
import type { calendar_v3 } from '@googleapis/calendar';
import { FakeHttpError } from './google-error.js';

type Event = calendar_v3.Schema$Event;

interface Version {
  seq: number;
  event: Event;
}

interface ListState {
  at: number;
  since: number | null;
  offset: number;
  gen: number;
  params: string;
  blankServed: boolean;
}

const FORBIDDEN_WITH_SYNC_TOKEN = ['iCalUID', 'orderBy', 'q', 'timeMin', 'timeMax', 'updatedMin', 'privateExtendedProperty', 'sharedExtendedProperty'];
const MUST_MATCH = ['singleEvents', 'showDeleted', 'maxResults', 'timeZone'];

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decode<T>(token: string, what: string): T {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    throw new FakeHttpError(400, 'invalid', `Invalid ${what}.`);
  }
}

export class FakeCalendar {
  private seq = 0;
  private generation = 0;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private readonly versions = new Map<string, Version[]>();
  /** Serve an empty page (with a nextPageToken) before every real page. */
  emptyPages = false;
  /** Called after every change: push notifications hang off this. */
  onChange: (() => void) | null = null;

  constructor(readonly id: string) {}

  /** Creates or changes an event; stamps `updated` later than any before. */
  put(event: Event & { id: string }): Event {
    this.clock += 1000;
    const stored: Event = { kind: 'calendar#event', status: 'confirmed', ...event, etag: `"${this.seq + 1}"`, updated: new Date(this.clock).toISOString() };
    this.versions.set(event.id, [...(this.versions.get(event.id) ?? []), { seq: ++this.seq, event: stored }]);
    this.onChange?.();
    return stored;
  }

  /** Deletes (cancels) an event: what remains is a minimal cancelled resource. */
  remove(id: string): void {
    const current = this.current(id);
    if (!current) throw new Error(`fake calendar: no event ${id}`);
    const { recurringEventId, originalStartTime } = current;
    this.put({ id, status: 'cancelled', ...(recurringEventId ? { recurringEventId, originalStartTime } : {}) });
  }

  /** The latest version of an event, or undefined. */
  current(id: string): Event | undefined {
    return this.versions.get(id)?.at(-1)?.event;
  }

  /** Every sync token (and page token of an incremental listing) issued so far now answers 410. */
  expireSyncTokens(): void {
    this.generation++;
  }

  /** `events.list` with Google's query parameters (strings, as on the wire). */
  list(query: Record<string, string>): calendar_v3.Schema$Events {
    if (query.syncToken) {
      const bad = FORBIDDEN_WITH_SYNC_TOKEN.filter((name) => query[name] !== undefined);
      if (bad.length > 0) throw new FakeHttpError(400, 'invalid', `${bad.join(', ')} cannot be used with syncToken.`);
    }
    const maxResults = query.maxResults === undefined ? 250 : Number(query.maxResults);
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 2500) throw new FakeHttpError(400, 'invalid', 'Invalid maxResults.');
    const params = MUST_MATCH.map((name) => `${name}=${query[name] ?? ''}`).join('&');

    let state: ListState;
    if (query.pageToken) {
      state = decode<ListState>(query.pageToken, 'page token');
      if (state.params !== params) throw new FakeHttpError(400, 'invalid', 'Parameters differ from the first page.');
      // Google's sync guide sends every later page of an incremental listing with its syncToken as well
      // (https://developers.google.com/calendar/api/guides/sync); a page token alone is not one of its requests.
      if (state.since !== null && !query.syncToken) throw new FakeHttpError(400, 'invalid', 'A page of an incremental listing needs its syncToken.');
    } else if (query.syncToken) {
      const token = decode<{ seq: number; gen: number; params: string }>(query.syncToken, 'sync token');
      if (token.params !== params) throw new FakeHttpError(400, 'invalid', `Sync token was issued for different parameters (${token.params}).`);
      state = { at: this.seq, since: token.seq, offset: 0, gen: token.gen, params, blankServed: false };
    } else {
      state = { at: this.seq, since: null, offset: 0, gen: this.generation, params, blankServed: false };
    }
    if (state.since !== null && state.gen !== this.generation) {
      throw new FakeHttpError(410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.');
    }

    const base = { kind: 'calendar#events', summary: this.id, timeZone: 'UTC', updated: new Date(this.clock).toISOString() };
    if (this.emptyPages && !state.blankServed) {
      return { ...base, items: [], nextPageToken: encode({ ...state, blankServed: true }) };
    }
    const all = this.snapshot(state, query);
    const items = all.slice(state.offset, state.offset + maxResults);
    const next = state.offset + maxResults;
    if (next < all.length) return { ...base, items, nextPageToken: encode({ ...state, offset: next, blankServed: false }) };
    return { ...base, items, nextSyncToken: encode({ seq: state.at, gen: this.generation, params }) };
  }

  private snapshot(state: ListState, query: Record<string, string>): Event[] {
    const timeMin = query.timeMin ? Date.parse(query.timeMin) : null;
    const out: { seq: number; event: Event }[] = [];
    for (const history of this.versions.values()) {
      const version = history.filter((v) => v.seq <= state.at).at(-1);
      if (!version) continue;
      const { event } = version;
      if (state.since !== null) {
        if (version.seq > state.since) out.push(version);
        continue;
      }
      if (event.status === 'cancelled' && query.showDeleted !== 'true') continue;
      if (timeMin !== null && event.status !== 'cancelled' && endOf(event) <= timeMin) continue;
      out.push(version);
    }
    return out.sort((a, b) => a.seq - b.seq).map((v) => v.event);
  }
}

function endOf(event: Event): number {
  const end = event.end?.dateTime ?? (event.end?.date ? `${event.end.date}T00:00:00Z` : undefined);
  return end ? Date.parse(end) : Number.POSITIVE_INFINITY;
}
