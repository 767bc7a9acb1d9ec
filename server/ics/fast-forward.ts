/**
 * Starts a simple recurrence near the window instead of at DTSTART: a daily
 * stand-up since 2015 would otherwise be stepped through, occurrence by
 * occurrence, for a decade before reaching the window (and a per-minute rule
 * from 1970 would never get there).
 */
import ICAL from 'ical.js';
import { DAY_MS } from '../../shared/time/index.js';

const SHIFTABLE_FREQ = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY']);
// BY-parts that repeat identically every 7 days; others (BYMONTH, BYSETPOS...) do not.
const SHIFTABLE_PARTS = new Set(['BYDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND']);

/**
 * A start moved forward by whole periods of 7 × INTERVAL days (which keeps
 * weekday, time of day and interval phase), landing over a period before
 * `fromMs`, so the occurrences inside the window are exactly those the
 * full iteration would give. Undefined when the rule cannot be shifted
 * safely (COUNT, several RRULEs, month- or year-based parts) or need not be.
 */
export function fastForwardStart(master: ICAL.Event, fromMs: number, durationMs: number): ICAL.Time | undefined {
  const rules = master.component.getAllProperties('rrule');
  if (rules.length !== 1) return undefined;
  const rule = rules[0]!.getFirstValue();
  if (!(rule instanceof ICAL.Recur) || rule.count || !SHIFTABLE_FREQ.has(rule.freq)) return undefined;
  if (Object.keys(rule.parts).some((part) => !SHIFTABLE_PARTS.has(part))) return undefined;
  // BYDAY=1MO-style ordinals only mean something for monthly/yearly rules.
  if ((rule.parts.BYDAY ?? []).some((day) => !/^[A-Z]{2}$/.test(String(day)))) return undefined;

  const stepDays = 7 * Math.max(1, rule.interval || 1);
  const start = master.startDate;
  const startMs = start.toUnixTime() * 1000;
  // The first yielded time (the shifted start itself) may not match BYDAY; it must fall before the window.
  const target = fromMs - durationMs - (stepDays + 2) * DAY_MS;
  const periods = Math.floor((target - startMs) / (stepDays * DAY_MS));
  if (periods <= 0) return undefined;
  const shifted = start.clone();
  shifted.adjust(periods * stepDays, 0, 0, 0);
  return shifted;
}
