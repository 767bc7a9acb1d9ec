/**
 * One UID's VEVENTs (a single event, or a series with its RECURRENCE-ID
 * overrides) → the occurrences inside the window, each with a stable id.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { NextRoundError } from '../../shared/errors.js';
import { CalendarEvent } from '../../shared/sync/calendar-event.js';
import { readEventFields } from './event-fields.js';
import { fastForwardStart } from './fast-forward.js';
import { convertTime, occurrenceKey, readTzid, type ConvertedTime } from './ics-time.js';
import type { ParseIcsOptions, ParsedOccurrence } from './parse-types.js';
import { DAY_MS } from '../../shared/time/index.js';

// Steps of one series: daily for 13 years inside the window; only sub-daily rules (or COUNT rules
// from long ago, which cannot be fast-forwarded) reach it.
const MAX_SERIES_STEPS = 5_000;

/** The VEVENTs of one UID: the series (or single event) and its overrides. */
export interface UidGroup {
  uid: string;
  master: ICAL.Component | undefined;
  overrides: ICAL.Component[];
}

/** Options plus what one file's expansion shares: the step budget left and the warnings. */
export interface ExpandContext extends ParseIcsOptions {
  budget: number;
  warnings: string[];
}

/** The occurrences of one UID overlapping the window. */
export function expandGroup(group: UidGroup, method: string | undefined, context: ExpandContext): ParsedOccurrence[] {
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
  context: ExpandContext,
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
    throw new NextRoundError('ICS_INVALID', `it is malformed (${parsed.error.issues[0]?.message})`, { where: `${context.where}#${uid}` });
  }
  return { event: parsed.data, startMs: start.epochMs };
}

function convertEnd(
  event: ICAL.Event,
  endTime: ICAL.Time | undefined,
  startHint: string | undefined,
  start: ConvertedTime,
  context: ExpandContext,
): ConvertedTime {
  const dtend = event.component.getFirstProperty('dtend');
  const time = endTime ?? event.endDate;
  const converted = convertTime(time, readTzid(dtend) ?? startHint, context.defaultTimeZone);
  // An end before the start (seen in the wild) becomes a zero-length event rather than a negative one.
  return converted.epochMs < start.epochMs ? start : converted;
}

