/**
 * The first, cheap pass over an unfolded .ics text: each VCALENDAR's own
 * properties, its VTIMEZONEs (few and small, read whole) and where each of
 * its VEVENTs is, grouped by UID. Events are not kept as trees (~1 KB each):
 * parse-ics reads one UID's events again from their spans, expands them and
 * lets them go, so a large calendar never exists as one tree. Grouping needs
 * the whole file first: a RECURRENCE-ID override, and a VTIMEZONE, may come
 * after the events it belongs to.
 */
import { type ComponentSpan, firstProperty, type IcsComponent, type IcsProperty, readComponents } from './components.js';
import { sha256Hex } from './sha256.js';
import { readText } from './values.js';

/** One UID's VEVENTs by where they are: the first without RECURRENCE-ID is the master. */
export interface UidSpans {
  uid: string;
  master: ComponentSpan | undefined;
  overrides: ComponentSpan[];
}

export interface CalendarOutline {
  properties: IcsProperty[];
  vtimezones: IcsComponent[];
  groups: UidSpans[];
}

/** @throws NextRoundError ICS_INVALID naming `where` when the text's structure is broken (checked throughout before any event is read). */
export function outlineCalendars(text: string, where: string): CalendarOutline[] {
  const outlines: CalendarOutline[] = [];
  let groups = new Map<string, UidSpans>();
  readComponents(text, where, (component, depth, parent, span) => {
    if (depth === 0) {
      if (component.name === 'VCALENDAR') {
        const vtimezones = component.components.filter((c) => c.name === 'VTIMEZONE');
        outlines.push({ properties: component.properties, vtimezones, groups: [...groups.values()] });
      }
      groups = new Map();
      return false;
    }
    if (depth !== 1 || parent !== 'VCALENDAR') return true;
    if (component.name !== 'VEVENT') return component.name === 'VTIMEZONE';
    const uidValue = firstProperty(component, 'UID')?.value;
    const uid = uidValue ? uidValue : fallbackUid(component);
    const group = groups.get(uid) ?? { uid, master: undefined, overrides: [] };
    if (firstProperty(component, 'RECURRENCE-ID')) group.overrides.push(span);
    else group.master ??= span;
    groups.set(uid, group);
    return false;
  });
  return outlines;
}

/** The VEVENT written at `span` (its structure was checked by outlineCalendars). */
export function readEventAt(text: string, where: string, span: ComponentSpan): IcsComponent {
  const [vevent] = readComponents(text, where, () => true, span);
  return vevent!;
}

// RFC 5545 requires UID; for files without one, a digest of what identifies the event
// (not of the file's path, which may be written differently from one run to the next).
function fallbackUid(vevent: IcsComponent): string {
  const dtstart = firstProperty(vevent, 'DTSTART');
  const line =
    dtstart &&
    `DTSTART${Object.entries(dtstart.params)
      .map(([k, v]) => `;${k}=${v}`)
      .join('')}:${dtstart.value}`;
  const summary = firstProperty(vevent, 'SUMMARY');
  return `nouid-${sha256Hex(JSON.stringify([line, summary && readText(summary.value)])).slice(0, 24)}`;
}
