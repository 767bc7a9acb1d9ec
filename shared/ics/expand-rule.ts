/**
 * One RRULE → its occurrences, on the wall-clock axis of DTSTART (fields read
 * as UTC, so a weekly 09:00 stays 09:00 across DST; zones.ts turns each into
 * an instant). Per period of FREQ × INTERVAL, every day of the period is
 * filtered by the BY-day rules, crossed with the BY-time rules, cut by
 * BYSETPOS (the expansion RFC 5545 §3.3.10 describes). Every step spends
 * from a WorkBudget, so no rule can loop.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/index.js';
import { type DayFacts, dayMs, factsOf, weekNumber } from './calendar-days.js';
import type { RecurRule } from './recur-rule.js';
import type { WorkBudget } from './work-budget.js';

export interface ExpandRuleOptions {
  /** Wall-clock ms of DTSTART. */
  startWallMs: number;
  /** Keep occurrences in [fromWallMs, toWallMs]; periods after `toWallMs` are never visited. */
  fromWallMs: number;
  toWallMs: number;
  /** True once a candidate is past UNTIL (the caller knows UNTIL's zone). */
  isPastUntil: (wallMs: number) => boolean;
  work: WorkBudget;
}

const UNIT_MS = { SECONDLY: 1000, MINUTELY: MINUTE_MS, HOURLY: HOUR_MS, DAILY: DAY_MS, WEEKLY: 7 * DAY_MS } as const;

/** Occurrence wall-clock ms in range, ascending, DTSTART first (RFC 5545 counts it as the first instance). */
export function expandRule(rule: RecurRule, options: ExpandRuleOptions): number[] {
  const { startWallMs: start, fromWallMs: from, toWallMs: to, work } = options;
  const out: number[] = [];
  if (start >= from && start <= to) out.push(start);
  if (rule.count === 1) return out;
  const skip = firstPeriod(rule, start, from);
  let counted = skip.counted;
  const dayRule = withDefaults(rule, factsOf(floorDay(start)), start);
  const fixedTimes = times(rule.byHour ?? [hourOf(start)], rule.byMinute ?? [minuteOf(start)], rule.bySecond ?? [secondOf(start)]);
  for (let k = skip.period; ; k++) {
    work.spend();
    const period = periodAt(rule, start, k);
    if (!(period.startMs <= to)) return out; // also stops on NaN: an INTERVAL past the end of time
    const candidates: number[] = [];
    for (const day of period.days) {
      work.spend();
      if (!matchesDay(dayRule, factsOf(day), rule)) {
        if (period.subDaily)
          k = Math.max(k, Math.ceil((day + DAY_MS - periodAt(rule, start, 0).startMs) / (UNIT_MS[rule.freq as 'HOURLY'] * rule.interval)) - 1);
        continue;
      }
      const dayTimes = period.subDaily ? subDailyTimes(rule, period.startMs - day, start) : fixedTimes;
      for (const time of dayTimes) {
        work.spend();
        candidates.push(day + time);
      }
    }
    for (const at of rule.bySetPos ? pickPositions(candidates, rule.bySetPos) : candidates) {
      if (at <= start) continue;
      if (options.isPastUntil(at) || (rule.count !== undefined && counted >= rule.count)) return out;
      counted++;
      if (at >= from && at <= to) out.push(at);
    }
  }
}

interface Period {
  startMs: number;
  days: number[];
  subDaily: boolean;
}

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const hourOf = (ms: number) => new Date(ms).getUTCHours();
const minuteOf = (ms: number) => new Date(ms).getUTCMinutes();
const secondOf = (ms: number) => new Date(ms).getUTCSeconds();

/**
 * Periods wholly before the range cannot give an occurrence in it: start one period before it.
 * With COUNT they must be counted, which is only arithmetic for a fixed-length rule with no
 * BY-part (one occurrence per period): a daily COUNT=20000 from 2000 is not stepped through.
 */
function firstPeriod(rule: RecurRule, start: number, from: number): { period: number; counted: number } {
  const none = { period: 0, counted: 1 };
  if (from <= start) return none;
  if (rule.count !== undefined) {
    const plain = rule.freq !== 'YEARLY' && rule.freq !== 'MONTHLY' && BY_PARTS.every((part) => rule[part] === undefined);
    if (!plain) return none;
  }
  const a = new Date(start);
  const b = new Date(from);
  let periods: number;
  if (rule.freq === 'YEARLY') periods = (b.getUTCFullYear() - a.getUTCFullYear()) / rule.interval;
  else if (rule.freq === 'MONTHLY') periods = ((b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()) / rule.interval;
  else periods = (from - start) / (UNIT_MS[rule.freq] * rule.interval);
  const period = Math.max(0, Math.floor(periods) - 1);
  // Period 0 gives DTSTART itself; each later period one occurrence.
  return { period, counted: Math.max(1, period) };
}

const BY_PARTS = ['bySecond', 'byMinute', 'byHour', 'byDay', 'byMonthDay', 'byYearDay', 'byWeekNo', 'byMonth', 'bySetPos'] as const;

function periodAt(rule: RecurRule, start: number, k: number): Period {
  const s = new Date(start);
  const [y, m, d] = [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()];
  const n = k * rule.interval;
  const span = (first: number, count: number) => Array.from({ length: Number.isFinite(first) ? count : 0 }, (_, i) => first + i * DAY_MS);
  switch (rule.freq) {
    case 'YEARLY': {
      const first = dayMs(y + n, 1, 1);
      if (rule.byMonth) {
        const days = [...new Set(rule.byMonth)]
          .sort((p, q) => p - q)
          .flatMap((month) => span(dayMs(y + n, month, 1), new Date(dayMs(y + n, month + 1, 0)).getUTCDate()));
        return { startMs: first, days, subDaily: false };
      }
      return { startMs: first, days: span(first, Math.round((dayMs(y + n + 1, 1, 1) - first) / DAY_MS)), subDaily: false };
    }
    case 'MONTHLY': {
      const first = dayMs(y, m + n, 1);
      return { startMs: first, days: span(first, Math.round((dayMs(y, m + n + 1, 1) - first) / DAY_MS)), subDaily: false };
    }
    case 'WEEKLY': {
      const first = dayMs(y, m, d) - ((s.getUTCDay() - rule.wkst + 7) % 7) * DAY_MS + n * 7 * DAY_MS;
      return { startMs: first, days: span(first, 7), subDaily: false };
    }
    case 'DAILY': {
      const first = dayMs(y, m, d) + n * DAY_MS;
      return { startMs: first, days: span(first, 1), subDaily: false };
    }
    default: {
      const unit = UNIT_MS[rule.freq];
      const first = Math.floor(start / unit) * unit + n * unit;
      return { startMs: first, days: span(floorDay(first), 1), subDaily: true };
    }
  }
}

/** The times within the day of one sub-daily period starting `offset` ms after midnight. */
function subDailyTimes(rule: RecurRule, offset: number, start: number): number[] {
  const hour = Math.floor(offset / HOUR_MS);
  const minute = Math.floor((offset % HOUR_MS) / MINUTE_MS);
  const second = Math.floor((offset % MINUTE_MS) / 1000);
  if (rule.byHour && !rule.byHour.includes(hour)) return [];
  if (rule.freq === 'HOURLY') return times([hour], rule.byMinute ?? [minuteOf(start)], rule.bySecond ?? [secondOf(start)]);
  if (rule.byMinute && !rule.byMinute.includes(minute)) return [];
  if (rule.freq === 'MINUTELY') return times([hour], [minute], rule.bySecond ?? [secondOf(start)]);
  return rule.bySecond && !rule.bySecond.includes(second) ? [] : [offset];
}

function times(hours: number[], minutes: number[], seconds: number[]): number[] {
  const out = new Set<number>();
  for (const h of hours) for (const m of minutes) for (const s of seconds) out.add(((h * 60 + m) * 60 + s) * 1000);
  return [...out].sort((a, b) => a - b);
}

/** RFC 5545's implied parts: a yearly rule with no day part repeats DTSTART's month and day, and so on. */
function withDefaults(rule: RecurRule, first: DayFacts, start: number): RecurRule {
  if (rule.byWeekNo || rule.byYearDay || rule.byMonthDay || rule.byDay) return rule;
  if (rule.freq === 'YEARLY') return { ...rule, byMonth: rule.byMonth ?? [first.month], byMonthDay: [first.monthDay] };
  if (rule.freq === 'MONTHLY') return { ...rule, byMonthDay: [first.monthDay] };
  if (rule.freq === 'WEEKLY') return { ...rule, byDay: [{ day: new Date(start).getUTCDay() }] };
  return rule;
}

function matchesDay(rule: RecurRule, f: DayFacts, original: RecurRule): boolean {
  if (rule.byMonth && !rule.byMonth.includes(f.month)) return false;
  if (rule.byWeekNo) {
    const { week, weeksInYear } = weekNumber(f, rule.wkst);
    if (!rule.byWeekNo.some((n) => (n > 0 ? n : weeksInYear + n + 1) === week)) return false;
  }
  if (rule.byYearDay && !rule.byYearDay.some((n) => (n > 0 ? n : f.daysInYear + n + 1) === f.yearDay)) return false;
  if (rule.byMonthDay && !rule.byMonthDay.some((n) => (n > 0 ? n : f.daysInMonth + n + 1) === f.monthDay)) return false;
  if (rule.byDay) {
    // Ordinals count within the month (MONTHLY, or YEARLY with BYMONTH) or the year (YEARLY); other frequencies ignore them.
    const inMonth = original.freq === 'MONTHLY' || (original.freq === 'YEARLY' && original.byMonth !== undefined);
    const inYear = original.freq === 'YEARLY' && !inMonth;
    const [index, length] = inMonth ? [f.monthDay, f.daysInMonth] : [f.yearDay, f.daysInYear];
    const matches = rule.byDay.some(({ day, nth }) => {
      if (day !== f.weekday) return false;
      if (nth === undefined || !(inMonth || inYear)) return true;
      return nth > 0 ? Math.floor((index - 1) / 7) + 1 === nth : Math.floor((length - index) / 7) + 1 === -nth;
    });
    if (!matches) return false;
  }
  return true;
}

/** BYSETPOS: the nth (1-based, negative from the end) of a period's candidates. */
function pickPositions(candidates: number[], positions: number[]): number[] {
  const picked = new Set<number>();
  for (const n of positions) {
    const at = candidates[n > 0 ? n - 1 : candidates.length + n];
    if (at !== undefined) picked.add(at);
  }
  return [...picked].sort((a, b) => a - b);
}
