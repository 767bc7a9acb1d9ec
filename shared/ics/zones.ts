/**
 * TZID → a zone shared/time can read. An IANA name is read by shared/time
 * (its DST policy); a zone only the file defines (a VTIMEZONE such as
 * `Nowhere/Middle`, or Outlook's `W. Europe Standard Time`) is read from its
 * observances, whose onsets are expanded by the same bounded expander, so
 * a VTIMEZONE with `RRULE:FREQ=SECONDLY` exceeds its budget instead of looping.
 */
import { isTimeZone, type ZoneOffsets } from '../time/index.js';
import { allProperties, type IcsComponent, firstProperty } from './components.js';
import { expandRule } from './expand-rule.js';
import { readRecurRule } from './recur-rule.js';
import { IcsValueError, readTime, readTimeList } from './values.js';
import { RecurrenceWorkExceeded, WorkBudget } from './work-budget.js';

/** How one time's zone was resolved. */
export interface ResolvedZone {
  zone: string | ZoneOffsets;
  /** The IANA name, when there is one (the event keeps it as its timeZone). */
  name?: string;
  /** Read in the fallback zone: its instant depends on settings, so ids key by wall time. */
  floating?: true;
}

const FIRST_YEAR_MS = Date.UTC(1900, 0, 1);
const LAST_YEAR_MS = Date.UTC(2200, 0, 1);
// One zone's rules from 1900 to 2200 take ~20 000 steps; a file's zones together at most ten times that.
const ZONE_WORK = 50_000;
const FILE_ZONE_WORK = 500_000;

/** Resolves TZIDs for one calendar: IANA first, then the calendar's VTIMEZONEs, else the fallback. */
export function zoneResolver(vtimezones: IcsComponent[], fallbackZone: string): (tzid: string | undefined) => ResolvedZone {
  const defined = new Map<string, IcsComponent>();
  for (const vtimezone of vtimezones) {
    const tzid = firstProperty(vtimezone, 'TZID')?.value;
    if (tzid) defined.set(tzid, vtimezone);
  }
  const built = new Map<string, ZoneOffsets | IcsValueError>();
  let workLeft = FILE_ZONE_WORK;
  return (tzid) => {
    if (tzid !== undefined && isTimeZone(tzid)) return { zone: tzid, name: tzid };
    const vtimezone = tzid === undefined ? undefined : defined.get(tzid);
    if (tzid === undefined || !vtimezone) return { zone: fallbackZone, name: fallbackZone, floating: true };
    let offsets = built.get(tzid);
    if (!offsets) {
      const work = new WorkBudget(Math.max(0, Math.min(ZONE_WORK, workLeft)));
      try {
        offsets = offsetsFromVtimezone(vtimezone, tzid, work);
      } catch (error) {
        // Remembered, so each event in this zone is left out without expanding its rules again.
        offsets =
          error instanceof RecurrenceWorkExceeded
            ? new IcsValueError(`the time zone "${tzid}" has a rule that needs more than ${error.limit} steps to expand`)
            : error instanceof IcsValueError
              ? error
              : new IcsValueError(String(error));
      }
      workLeft -= work.used;
      built.set(tzid, offsets);
    }
    if (offsets instanceof Error) throw offsets;
    return { zone: offsets };
  };
}

interface Onset {
  atMs: number;
  offsetMs: number;
}

/** @throws IcsValueError when the VTIMEZONE cannot be read or its rules exceed their work. */
function offsetsFromVtimezone(vtimezone: IcsComponent, tzid: string, work: WorkBudget): ZoneOffsets {
  const onsets: Onset[] = [];
  let earliest: Onset | undefined;
  for (const observance of vtimezone.components.filter((c) => c.name === 'STANDARD' || c.name === 'DAYLIGHT')) {
    const from = readOffset(firstProperty(observance, 'TZOFFSETFROM')?.value, tzid);
    const to = readOffset(firstProperty(observance, 'TZOFFSETTO')?.value, tzid);
    const dtstart = readTime(firstProperty(observance, 'DTSTART')?.value ?? '', undefined).wallMs;
    const walls = [dtstart];
    for (const rrule of allProperties(observance, 'RRULE')) {
      const rule = readRecurRule(rrule.value);
      const until = rule.until;
      const isPastUntil = until ? (wallMs: number) => wallMs - (until.kind === 'utc' ? from : 0) > until.wallMs : () => false;
      walls.push(...expandRule(rule, { startWallMs: dtstart, fromWallMs: Math.max(dtstart, FIRST_YEAR_MS), toWallMs: LAST_YEAR_MS, isPastUntil, work }));
    }
    for (const rdate of allProperties(observance, 'RDATE')) walls.push(...readTimeList(rdate.value, undefined).map((r) => r.start.wallMs));
    for (const wall of walls) onsets.push({ atMs: wall - from, offsetMs: to });
    if (!earliest || dtstart - from < earliest.atMs) earliest = { atMs: dtstart - from, offsetMs: from };
  }
  if (!earliest) throw new IcsValueError(`the time zone "${tzid}" has no STANDARD or DAYLIGHT part`);
  onsets.sort((a, b) => a.atMs - b.atMs);
  const before = earliest.offsetMs;
  return (instantMs) => {
    let lo = 0;
    let hi = onsets.length; // first onset after instantMs
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (onsets[mid]!.atMs <= instantMs) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? before : onsets[lo - 1]!.offsetMs;
  };
}

function readOffset(text: string | undefined, tzid: string): number {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text?.trim() ?? '');
  if (!m) throw new IcsValueError(`the time zone "${tzid}" has an unreadable offset "${text ?? ''}"`);
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}
