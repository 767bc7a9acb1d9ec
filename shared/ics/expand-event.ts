/**
 * One UID's VEVENTs (a single event, or a series with its RECURRENCE-ID
 * overrides) → the occurrences inside the window, each with a stable id.
 * RRULEs, RDATEs and EXDATEs are combined by occurrence key; the rules are
 * expanded under one WorkBudget, so a series that cannot be expanded within
 * it throws RecurrenceWorkExceeded and the caller leaves it out.
 */
import { NextRoundError } from '../errors.js';
import { CalendarEvent } from '../sync/calendar-event.js';
import { DAY_MS } from '../time/index.js';
import { allProperties, type IcsComponent, firstProperty } from './components.js';
import { readEventFields } from './event-fields.js';
import { expandRule } from './expand-rule.js';
import { type ConvertedTime, convertTime, instantOf, occurrenceKey, type ZoneOf } from './occurrence-time.js';
import { readRecurRule } from './recur-rule.js';
import { sha256Hex } from './sha256.js';
import type { ParseIcsOptions, ParsedOccurrence } from './types.js';
import { type IcsDuration, type IcsTime, IcsValueError, readDuration, readTime, readTimeList } from './values.js';
import type { WorkBudget } from './work-budget.js';

export interface UidGroup {
  uid: string;
  master: IcsComponent | undefined;
  overrides: IcsComponent[];
}

export interface ExpandContext extends ParseIcsOptions {
  zoneOf: ZoneOf;
  method: string | undefined;
}

const OCCURRENCE_WORK = 10;

// Wall time and instant differ by at most ~26 hours: two days of slack cover any zone.
const SLACK_MS = 2 * DAY_MS;

/** The occurrences of one UID overlapping the window. @throws IcsValueError, RecurrenceWorkExceeded */
export function expandGroup(group: UidGroup, context: ExpandContext, work: WorkBudget): ParsedOccurrence[] {
  const from = context.window.from.getTime();
  const to = context.window.to.getTime();
  const out: ParsedOccurrence[] = [];
  const keep = (o: ParsedOccurrence | undefined) => {
    if (o && o.startMs < to && endMs(o) > from) out.push(o);
  };
  const standalone = (override: IcsComponent) => keep(build(group.uid, override, recurrenceIdOf(override), undefined, context));
  const master = group.master;
  if (!master || !(firstProperty(master, 'RRULE') || firstProperty(master, 'RDATE'))) {
    if (master) keep(build(group.uid, master, undefined, undefined, context));
    group.overrides.forEach(standalone);
    return out;
  }
  const start = timeOf(master, 'DTSTART');
  if (!start) return out;
  const duration = durationOf(master, start, context.zoneOf);
  const overrides = new Map<string, IcsComponent>();
  for (const override of group.overrides) {
    const original = recurrenceIdOf(override);
    overrides.set(occurrenceKey(original, convertTime(original, context.zoneOf)), override);
  }
  const excluded = new Set<string>();
  const excludedDays = new Set<number>();
  for (const exdate of allProperties(master, 'EXDATE')) {
    for (const { start: t } of readTimeList(exdate.value, exdate.params.TZID)) {
      // A DATE in EXDATE of a timed series removes that day's occurrence (as ical.js did).
      if (t.kind === 'date') excludedDays.add(t.wallMs);
      excluded.add(occurrenceKey(t, convertTime(t, context.zoneOf)));
    }
  }
  const seen = new Set<string>();
  const used = new Set<IcsComponent>();
  const occur = (original: IcsTime, periodEnd?: IcsTime) => {
    const converted = convertTime(original, context.zoneOf);
    const key = occurrenceKey(original, converted);
    if (seen.has(key) || excluded.has(key) || excludedDays.has(Math.floor(original.wallMs / DAY_MS) * DAY_MS)) return;
    seen.add(key);
    // Building an occurrence costs about ten candidates' work: counted, so that no pass outgrows the bound.
    work.spend(OCCURRENCE_WORK);
    const override = overrides.get(key);
    if (override) used.add(override);
    keep(build(group.uid, override ?? master, original, override ? undefined : { start: original, duration, periodEnd }, context, key));
  };
  for (const property of allProperties(master, 'RRULE')) {
    const rule = readRecurRule(property.value);
    const until = rule.until;
    const isPastUntil = !until
      ? () => false
      : until.kind === 'utc' && start.kind !== 'date'
        ? (wallMs: number) => instantOf({ ...start, wallMs }, context.zoneOf) > until.wallMs
        : (wallMs: number) => wallMs > until.wallMs + (until.kind === 'date' && start.kind !== 'date' ? DAY_MS - 1 : 0);
    const fromWallMs = from - SLACK_MS - Math.max(0, duration.nominalDays * DAY_MS + duration.exactMs);
    for (const wallMs of expandRule(rule, { startWallMs: start.wallMs, fromWallMs, toWallMs: to + SLACK_MS, isPastUntil, work })) {
      occur({ ...start, wallMs });
    }
  }
  if (!firstProperty(master, 'RRULE')) occur(start);
  for (const rdate of allProperties(master, 'RDATE')) {
    for (const entry of readTimeList(rdate.value, rdate.params.TZID)) {
      work.spend();
      const end = entry.end ?? (entry.duration && addDuration(entry.start, entry.duration));
      occur(entry.start, end);
    }
  }
  for (const override of group.overrides) if (!used.has(override)) standalone(override);
  return out.sort((a, b) => a.startMs - b.startMs);
}

function timeOf(component: IcsComponent, name: string): IcsTime | undefined {
  const property = firstProperty(component, name);
  if (!property) return undefined;
  return readTime(property.value, property.params.VALUE?.toUpperCase() === 'DATE' ? undefined : property.params.TZID);
}

function recurrenceIdOf(override: IcsComponent): IcsTime {
  const time = timeOf(override, 'RECURRENCE-ID');
  if (!time) throw new IcsValueError('an override has no RECURRENCE-ID');
  return time;
}

/** DTEND − DTSTART (elapsed for times, days for dates), or DURATION; none: one day for a date, zero for a time. */
function durationOf(component: IcsComponent, start: IcsTime, zoneOf: ZoneOf): IcsDuration {
  const end = timeOf(component, 'DTEND');
  if (end && start.kind === 'date') return { nominalDays: Math.round((end.wallMs - start.wallMs) / DAY_MS), exactMs: 0 };
  if (end) return { nominalDays: 0, exactMs: instantOf(end, zoneOf) - instantOf(start, zoneOf) };
  const duration = firstProperty(component, 'DURATION');
  if (duration) return readDuration(duration.value);
  return { nominalDays: start.kind === 'date' ? 1 : 0, exactMs: 0 };
}

/** A time moved by a duration on its own wall clock (calendar days keep the time of day across DST). */
const addDuration = (time: IcsTime, d: IcsDuration): IcsTime => ({ ...time, wallMs: time.wallMs + d.nominalDays * DAY_MS + d.exactMs });

function endMs(o: ParsedOccurrence): number {
  const end = o.event.end;
  if (end?.date) return Date.parse(`${end.date}T00:00:00Z`);
  return end?.dateTime ? Date.parse(end.dateTime) : o.startMs + 1;
}

/**
 * One occurrence. `original` is the instance's original start (absent for a
 * single event); `generated` gives start and length for an occurrence of
 * the master, otherwise the component's own DTSTART/DTEND are read.
 */
function build(
  uid: string,
  component: IcsComponent,
  original: IcsTime | undefined,
  generated: { start: IcsTime; duration: IcsDuration; periodEnd: IcsTime | undefined } | undefined,
  context: ExpandContext,
  knownKey?: string,
): ParsedOccurrence | undefined {
  const startTime = generated?.start ?? timeOf(component, 'DTSTART');
  if (!startTime) return undefined;
  const start = convertTime(startTime, context.zoneOf);
  const endTime = generated ? (generated.periodEnd ?? addDuration(startTime, generated.duration)) : ownEnd(component, startTime, context.zoneOf);
  const endConverted = convertTime(endTime, context.zoneOf);
  // An end before the start (seen in the wild) becomes a zero-length event rather than a negative one.
  const end = endConverted.epochMs < start.epochMs ? start : endConverted;
  let id = uid;
  let originalStartTime: ConvertedTime | undefined;
  if (original) {
    originalStartTime = convertTime(original, context.zoneOf);
    id = `${uid}_${knownKey ?? occurrenceKey(original, originalStartTime)}`;
  }
  if (id.length > 1024) id = `sha256-${sha256Hex(id)}`;
  const candidate = {
    id,
    ...fieldsOf(component, context.method),
    start: start.time,
    end: end.time,
    ...(originalStartTime && { recurringEventId: uid, originalStartTime: originalStartTime.time }),
  };
  const parsed = CalendarEvent.safeParse(candidate);
  if (!parsed.success) throw new NextRoundError('ICS_INVALID', `it is malformed (${parsed.error.issues[0]?.message})`, { where: `${context.where}#${uid}` });
  return { event: parsed.data, startMs: start.epochMs };
}

// The fields of a component are the same for each of its occurrences: read once.
const fieldsCache = new WeakMap<IcsComponent, ReturnType<typeof readEventFields>>();
function fieldsOf(component: IcsComponent, method: string | undefined): ReturnType<typeof readEventFields> {
  const cached = fieldsCache.get(component);
  if (cached) return cached;
  const fields = readEventFields(component, method);
  fieldsCache.set(component, fields);
  return fields;
}

function ownEnd(component: IcsComponent, start: IcsTime, zoneOf: ZoneOf): IcsTime {
  return timeOf(component, 'DTEND') ?? addDuration(start, durationOf(component, start, zoneOf));
}
