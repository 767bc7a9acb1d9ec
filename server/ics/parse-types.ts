/**
 * What parsing an .ics file takes and gives, apart from the parser so that
 * parse-ics.ts and expand-series.ts both use these types without importing
 * each other.
 */
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';

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
  /** Upper bound of recurrence steps per file, so a pathological rule cannot hang a pass. */
  maxSteps?: number;
  /** Upper bound of recurrence steps per series. */
  maxSeriesSteps?: number;
}

/** One occurrence plus its instant, which the source needs to tell "gone" from "out of the window". */
export interface ParsedOccurrence {
  event: CalendarEvent;
  startMs: number;
}
