/**
 * The Calendar advanced service (`Calendar.Events.list`,
 * `Calendar.CalendarList.list`) over the server fake's strict model of
 * Calendar v3 (tests/fake-google/fake-calendar.ts): the same sync tokens,
 * pages, forbidden parameters and 410, because an advanced service "uses
 * the same objects, methods, and parameters as the public API"
 * (https://developers.google.com/apps-script/advanced/calendar). What
 * differs is the shape of failure: Apps Script throws an Error whose message
 * carries Google's ("API call to calendar.events.list failed with error:
 * …"); Google's own advanced-service sample tells the 410 apart by its
 * message, "Sync token is no longer valid, a full sync is required.".
 */
import { FakeCalendar } from '../../fake-google/fake-calendar.js';
import { FakeHttpError } from '../../fake-google/google-error.js';
import type { CallLog } from './call-log.js';

type Events = GoogleAppsScript.Calendar.Schema.Events;
type CalendarList = GoogleAppsScript.Calendar.Schema.CalendarList;

export interface FakeCalendarEntry {
  calendar: FakeCalendar;
  summary: string;
  primary: boolean;
  /** The person lost access (unshared, deleted): every call answers 404 as Google does for a calendar one cannot see. */
  unreadable: boolean;
}

const failure = (method: string, message: string) => new Error(`API call to calendar.${method} failed with error: ${message}`);

export class FakeCalendarService {
  readonly calendars = new Map<string, FakeCalendarEntry>();
  /** Runs on every call (a test's clock can stand for Google's latency here). */
  onCall: (() => void) | null = null;

  constructor(private readonly log: CallLog) {}

  /** Adds a calendar to the person's list (the first one added is primary). */
  add(id: string, summary = id): FakeCalendar {
    const calendar = new FakeCalendar(id);
    this.calendars.set(id, { calendar, summary, primary: this.calendars.size === 0, unreadable: false });
    return calendar;
  }

  calendar(id: string): FakeCalendar {
    const entry = this.entry(id);
    if (!entry) throw new Error(`fake calendar service: no calendar ${id}`);
    return entry.calendar;
  }

  private entry(id: string): FakeCalendarEntry | undefined {
    if (id === 'primary') return [...this.calendars.values()].find((entry) => entry.primary);
    return this.calendars.get(id);
  }

  /** The `Calendar` global: the two collections the add-on uses. */
  readonly service = {
    Events: {
      list: (calendarId: string, optionalArgs: Record<string, unknown> = {}): Events => {
        this.log.record('Calendar.Events.list');
        this.onCall?.();
        const entry = this.entry(calendarId);
        if (!entry || entry.unreadable) throw failure('events.list', 'Not Found');
        // Parameters go on the wire as strings; undefined ones are not sent.
        const query = Object.fromEntries(
          Object.entries(optionalArgs)
            .filter(([, v]) => v !== undefined && v !== null)
            .map(([k, v]) => [k, String(v)]),
        );
        try {
          return entry.calendar.list(query) as Events;
        } catch (error) {
          if (error instanceof FakeHttpError) throw failure('events.list', error.message);
          throw error;
        }
      },
    },
    CalendarList: {
      list: (_optionalArgs: Record<string, unknown> = {}): CalendarList => {
        this.log.record('Calendar.CalendarList.list');
        this.onCall?.();
        const items = [...this.calendars.entries()]
          .filter(([, entry]) => !entry.unreadable)
          .map(([id, entry]) => ({ kind: 'calendar#calendarListEntry', id, summary: entry.summary, primary: entry.primary || undefined, accessRole: 'owner' }));
        return { kind: 'calendar#calendarList', items } as CalendarList;
      },
    },
  };
}
