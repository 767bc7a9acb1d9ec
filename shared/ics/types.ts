/** What parsing an .ics file takes and gives, in every runtime. */
import type { CalendarEvent } from '../sync/calendar-event.js';

/** Which occurrences to keep: those overlapping [from, to). */
export interface IcsWindow {
  from: Date;
  to: Date;
}

export interface ParseIcsOptions {
  window: IcsWindow;
  /** Zone for floating times and unknown TZIDs. */
  defaultTimeZone: string;
  /** Named in errors: the file or URL. */
  where: string;
  /** Upper bound of recurrence work (periods, days and candidate instants examined) for the whole file. */
  maxSteps?: number;
  /** Upper bound of recurrence work for one series; a series that needs more is left out and named. */
  maxSeriesSteps?: number;
}

/** One occurrence plus its instant, which a source needs to tell "gone" from "out of the window". */
export interface ParsedOccurrence {
  event: CalendarEvent;
  startMs: number;
}

export interface ParsedCalendar {
  occurrences: ParsedOccurrence[];
  /** Things skipped on purpose, for the report. */
  warnings: string[];
  /** Events that could not be read (or expanded within the bound) and were left out, each named. */
  errors: string[];
}
