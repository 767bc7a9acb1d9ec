/**
 * Parses an .ics calendar into CalendarEvents, one per occurrence inside a
 * bounded window: RRULE/RDATE/EXDATE expanded, RECURRENCE-ID overrides
 * applied, VTIMEZONE and IANA zones honoured, all-day dates kept as dates.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { NextRoundError } from '../../shared/errors.js';
import { expandGroup, type ExpandContext as Context, type UidGroup } from './expand-series.js';
import type { ParseIcsOptions, ParsedOccurrence } from './parse-types.js';

export interface ParsedCalendar {
  occurrences: ParsedOccurrence[];
  /** Things skipped on purpose (a series cut at the step limit), for the report. */
  warnings: string[];
  /** Events that could not be read and were left out, each named. */
  errors: string[];
}

const DEFAULT_MAX_STEPS = 100_000;

/**
 * @throws NextRoundError ICS_INVALID naming `where` when the text is not an iCalendar file.
 * @example parseIcs(text, { window, defaultTimeZone: 'Europe/Berlin', where: 'work.ics' }).occurrences.length
 */
export function parseIcs(text: string, options: ParseIcsOptions): ParsedCalendar {
  // Windows tools save UTF-8 with a byte-order mark, which ical.js would read as part of the first line.
  const calendars = readCalendars(text.replace(/^\uFEFF/, ''), options.where);
  const context: Context = { ...options, budget: options.maxSteps ?? DEFAULT_MAX_STEPS, warnings: [] };
  const errors: string[] = [];
  try {
    return { occurrences: collectOccurrences(calendars, context, errors), warnings: context.warnings, errors };
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    // Outside any one event (the calendar's own properties, a UID that cannot be decoded): the file is unreadable.
    const reason = error instanceof Error ? error.message : String(error);
    throw new NextRoundError('ICS_INVALID', `${options.where} could not be read as iCalendar: ${reason}.`, {
      where: options.where,
      cause: error,
    });
  }
}

function collectOccurrences(calendars: ICAL.Component[], context: Context, errors: string[]): ParsedOccurrence[] {
  const occurrences: ParsedOccurrence[] = [];
  const seen = new Set<string>();
  for (const calendar of calendars) {
    const methodValue = calendar.getFirstPropertyValue('method');
    const method = typeof methodValue === 'string' ? methodValue.toUpperCase() : undefined;
    for (const group of groupByUid(calendar.getAllSubcomponents('vevent'))) {
      let expanded: ParsedOccurrence[];
      try {
        expanded = expandGroup(group, method, context);
      } catch (error) {
        // One unreadable event (a bad date, a broken RRULE) is left out and named; it must not block the others.
        const reason = error instanceof Error ? error.message : String(error);
        errors.push(`${context.where}: event "${group.uid}" was left out: ${reason.replace(/\.$/, '')}.`);
        continue;
      }
      for (const occurrence of expanded) {
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
