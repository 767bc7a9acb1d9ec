/**
 * Parses an .ics calendar into CalendarEvents, one per occurrence inside a
 * bounded window: RRULE/RDATE/EXDATE expanded, RECURRENCE-ID overrides
 * applied, VTIMEZONE and IANA zones honoured, all-day dates kept as dates.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { NextRoundError } from '../../shared/errors.js';
import { CalendarEvent } from '../../shared/sync/calendar-event.js';
import { readEventFields } from './event-fields.js';
import { fastForwardStart } from './fast-forward.js';
import { convertTime, occurrenceKey, readTzid, type ConvertedTime } from './ics-time.js';

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

export interface ParsedCalendar {
  occurrences: ParsedOccurrence[];
  /** Things skipped on purpose (a series cut at the step limit), for the report. */
  warnings: string[];
}

const DEFAULT_MAX_STEPS = 100_000;
// Steps of one series: daily for 13 years inside the window; only sub-daily rules (or COUNT rules
// from long ago, which cannot be fast-forwarded) reach it.
const MAX_SERIES_STEPS = 5_000;
const DAY_MS = 86_400_000;

/**
 * @throws NextRoundError ICS_INVALID naming `where` when the text is not an iCalendar file.
 * @example parseIcs(text, { window, defaultTimeZone: 'Europe/Berlin', where: 'work.ics' }).occurrences.length
 */
export function parseIcs(text: string, options: ParseIcsOptions): ParsedCalendar {
  const calendars = readCalendars(text, options.where);
  const context: Context = { ...options, budget: options.maxSteps ?? DEFAULT_MAX_STEPS, warnings: [] };
  try {
    return { occurrences: collectOccurrences(calendars, context), warnings: context.warnings };
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    // ical.js throws plain errors on values it cannot read (a bad RRULE, a broken date).
    const reason = error instanceof Error ? error.message : String(error);
    throw new NextRoundError('ICS_INVALID', `${options.where} has an event ical.js cannot read: ${reason}.`, {
      where: options.where,
      cause: error,
    });
  }
}

function collectOccurrences(calendars: ICAL.Component[], context: Context): ParsedOccurrence[] {
  const occurrences: ParsedOccurrence[] = [];
  const seen = new Set<string>();
  for (const calendar of calendars) {
    const methodValue = calendar.getFirstPropertyValue('method');
    const method = typeof methodValue === 'string' ? methodValue.toUpperCase() : undefined;
    for (const group of groupByUid(calendar.getAllSubcomponents('vevent'))) {
      for (const occurrence of expandGroup(group, method, context)) {
        // A file may repeat an event (merged exports): the first one wins.
        if (seen.has(occurrence.event.id)) continue;
        seen.add(occurrence.event.id);
        occurrences.push(occurrence);
      }
    }
  }
  return occurrences;
}

function readCalendars(text: string, where: string): ICAL.Component[] {
  if (!/BEGIN:VCALENDAR/i.test(text.slice(0, 4096))) {
    throw new NextRoundError('ICS_INVALID', `${where} is not an iCalendar file (no BEGIN:VCALENDAR at the start).`, {
      where,
    });
  }
  try {
    const parsed: unknown = ICAL.parse(text);
    const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[];
    const components = roots.map((jcal) => new ICAL.Component(jcal as unknown[]));
    const calendars = components.filter((c) => c.name === 'vcalendar');
    if (calendars.length === 0) throw new Error('no VCALENDAR component');
    return calendars;
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new NextRoundError('ICS_INVALID', `${where} could not be read as iCalendar: ${reason}.`, {
      where,
      cause: error,
    });
  }
}

interface UidGroup {
  uid: string;
  master: ICAL.Component | undefined;
  overrides: ICAL.Component[];
}

function groupByUid(vevents: ICAL.Component[]): UidGroup[] {
  const groups = new Map<string, UidGroup>();
  for (const vevent of vevents) {
    const uidValue = vevent.getFirstPropertyValue('uid');
    const uid = typeof uidValue === 'string' && uidValue !== '' ? uidValue : fallbackUid(vevent);
    const group = groups.get(uid) ?? { uid, master: undefined, overrides: [] };
    if (vevent.hasProperty('recurrence-id')) group.overrides.push(vevent);
    else group.master ??= vevent;
    groups.set(uid, group);
  }
  return [...groups.values()];
}

// RFC 5545 requires UID; for files without one, a digest of what identifies the event
// (not of the file's path, which may be written differently from one run to the next).
function fallbackUid(vevent: ICAL.Component): string {
  const key = [vevent.getFirstProperty('dtstart')?.toICALString(), vevent.getFirstPropertyValue('summary')];
  return `nouid-${createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 24)}`;
}

interface Context extends ParseIcsOptions {
  budget: number;
  warnings: string[];
}

function expandGroup(group: UidGroup, method: string | undefined, context: Context): ParsedOccurrence[] {
  const out: ParsedOccurrence[] = [];
  const from = context.window.from.getTime();
  const to = context.window.to.getTime();
  const keep = (o: ParsedOccurrence | undefined) => {
    if (o && o.startMs < to && endMs(o) > from) out.push(o);
  };
  if (!group.master) {
    // Overrides without their series (a forwarded single instance): each stands alone.
    for (const override of group.overrides) keep(buildOccurrence(group.uid, override, override, method, context));
    return out;
  }
  // Passing the overrides explicitly also stops ical.js scanning every VEVENT of the file per event.
  const master = new ICAL.Event(group.master, { strictExceptions: true, exceptions: group.overrides });
  if (!master.isRecurring()) {
    keep(buildOccurrence(group.uid, group.master, undefined, method, context));
    for (const override of group.overrides) keep(buildOccurrence(group.uid, override, override, method, context));
    return out;
  }

  const used = new Set<ICAL.Component>();
  const durationMs = Math.max(0, master.duration.toSeconds() * 1000);
  const iterator = master.iterator(fastForwardStart(master, from, durationMs));
  let seriesSteps = 0;
  for (let raw = iterator.next() as ICAL.Time | ICAL.Period | null; raw; raw = iterator.next()) {
    // RDATE;VALUE=PERIOD yields a period: its start is the occurrence, its end overrides the duration.
    const next = raw instanceof ICAL.Period ? raw.start : raw;
    const periodEnd = raw instanceof ICAL.Period ? raw.getEnd() : undefined;
    if (--context.budget < 0 || ++seriesSteps > (context.maxSeriesSteps ?? MAX_SERIES_STEPS)) {
      context.warnings.push(`${context.where}: the series "${group.uid}" has too many occurrences; expansion stopped.`);
      break;
    }
    // Floating and all-day times read as UTC here: a day of slack covers any zone.
    const nextMs = next.toUnixTime() * 1000;
    if (nextMs >= to + DAY_MS) break;
    // Cheap skip before the window; an override moved into it is picked up below.
    if (nextMs + durationMs < from - DAY_MS) continue;
    const details = master.getOccurrenceDetails(next);
    const item = details.item.component;
    if (item !== group.master) used.add(item);
    keep(buildOccurrence(group.uid, item, next, method, context, details.startDate, periodEnd ?? details.endDate));
  }
  // An override moved into the window from an original time outside it.
  for (const override of group.overrides) {
    if (!used.has(override)) keep(buildOccurrence(group.uid, override, override, method, context));
  }
  return out;
}

function endMs(o: ParsedOccurrence): number {
  const end = o.event.end;
  if (end?.date) return Date.UTC(+end.date.slice(0, 4), +end.date.slice(5, 7) - 1, +end.date.slice(8, 10));
  return end?.dateTime ? Date.parse(end.dateTime) : o.startMs + 1;
}

/**
 * One occurrence. `instanceOf` is the original start (RRULE occurrence) or
 * the override component whose RECURRENCE-ID names it; absent for a single event.
 */
function buildOccurrence(
  uid: string,
  component: ICAL.Component,
  instanceOf: ICAL.Time | ICAL.Component | undefined,
  method: string | undefined,
  context: Context,
  startTime?: ICAL.Time,
  endTime?: ICAL.Time,
): ParsedOccurrence | undefined {
  const event = new ICAL.Event(component, { exceptions: [] });
  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart && !startTime) return undefined;
  const startHint = readTzid(dtstart);
  const start = convertTime(startTime ?? event.startDate, startHint, context.defaultTimeZone);
  const end = convertEnd(event, endTime, startHint, start, context);

  let id = uid;
  let originalStartTime: ConvertedTime | undefined;
  if (instanceOf) {
    const original =
      instanceOf instanceof ICAL.Time ? instanceOf : (instanceOf.getFirstPropertyValue('recurrence-id') as ICAL.Time);
    const hint = instanceOf instanceof ICAL.Time ? startHint : readTzid(instanceOf.getFirstProperty('recurrence-id'));
    originalStartTime = convertTime(original, hint, context.defaultTimeZone);
    id = `${uid}_${occurrenceKey(original, originalStartTime)}`;
  }
  if (id.length > 1024) id = `sha256-${createHash('sha256').update(id).digest('hex')}`;

  const candidate = {
    id,
    ...readEventFields(component, method),
    start: start.time,
    end: end.time,
    ...(originalStartTime && { recurringEventId: uid, originalStartTime: originalStartTime.time }),
  };
  const parsed = CalendarEvent.safeParse(candidate);
  if (!parsed.success) {
    throw new NextRoundError('ICS_INVALID', `${context.where}: event "${uid}" is malformed (${parsed.error.issues[0]?.message}).`, {
      where: `${context.where}#${uid}`,
    });
  }
  return { event: parsed.data, startMs: start.epochMs };
}

function convertEnd(
  event: ICAL.Event,
  endTime: ICAL.Time | undefined,
  startHint: string | undefined,
  start: ConvertedTime,
  context: Context,
): ConvertedTime {
  const dtend = event.component.getFirstProperty('dtend');
  const time = endTime ?? event.endDate;
  const converted = convertTime(time, readTzid(dtend) ?? startHint, context.defaultTimeZone);
  // An end before the start (seen in the wild) becomes a zero-length event rather than a negative one.
  return converted.epochMs < start.epochMs ? start : converted;
}
