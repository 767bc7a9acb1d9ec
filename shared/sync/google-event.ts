/**
 * Google Calendar v3's event resource → the shared CalendarEvent: the one
 * mapping for every Google source (the service's googleapis client and the
 * add-on's Calendar advanced service answer the same JSON,
 * https://developers.google.com/apps-script/advanced/calendar: "uses the
 * same objects, methods, and parameters as the public API").
 */
import { NextRoundError } from '../errors.js';
import { CalendarEvent } from './calendar-event.js';

/** The fields of Google's event JSON the mapping reads itself; the rest goes to zod as is. Nulls allowed (googleapis types). */
export interface GoogleEventJson {
  id?: string | null;
  conferenceData?: { entryPoints?: { entryPointType?: string | null; uri?: string | null }[] | null } | null;
}

/**
 * One event, parsed with zod (calendar data is untrusted); conference entry
 * points flattened to video links.
 * @throws NextRoundError INVALID_INPUT naming the event and the bad field.
 */
export function toCalendarEvent<T extends GoogleEventJson>(item: T, where: string): CalendarEvent {
  const links = (item.conferenceData?.entryPoints ?? []).filter((entry) => entry.entryPointType === 'video' && entry.uri).map((entry) => entry.uri!);
  const parsed = CalendarEvent.safeParse({ ...(stripNulls(item) as object), conferenceLinks: links.length > 0 ? links : undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new NextRoundError('INVALID_INPUT', `Calendar event "${item.id ?? '?'}" is malformed at ${issue.path.join('.') || 'its root'}: ${issue.message}.`, {
      where,
    });
  }
  return parsed.data;
}

/** googleapis types allow null where JSON omits a field; zod's optional() wants undefined. */
function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, stripNulls(v)]),
    );
  }
  return value;
}
