/** Calendar facts of a wall-clock ms day, as the BY-rules need them. */
import { DAY_MS } from '../time/index.js';

export interface DayFacts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  monthDay: number;
  /** 1–366 */
  yearDay: number;
  /** 0 (SU) … 6 (SA) */
  weekday: number;
  daysInMonth: number;
  daysInYear: number;
}

export const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Wall-clock ms of midnight of a date; months and days may overflow (Date.UTC's arithmetic). */
export function dayMs(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  return year >= 0 && year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}

export function factsOf(wallDayMs: number): DayFacts {
  const d = new Date(wallDayMs);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return {
    year,
    month,
    monthDay: d.getUTCDate(),
    yearDay: Math.round((wallDayMs - dayMs(year, 1, 1)) / DAY_MS) + 1,
    weekday: d.getUTCDay(),
    daysInMonth: daysInMonth(year, month),
    daysInYear: isLeapYear(year) ? 366 : 365,
  };
}

/**
 * The week number of a day (https://www.rfc-editor.org/rfc/rfc5545#section-3.3.10,
 * BYWEEKNO): week 1 is the first week, starting on `wkst`, with at least four
 * days of the year. Returns the number and how many weeks that week's year has.
 */
export function weekNumber(facts: DayFacts, wkst: number): { week: number; weeksInYear: number } {
  const firstWeekStart = (year: number) => {
    const jan1 = dayMs(year, 1, 1);
    const back = (new Date(jan1).getUTCDay() - wkst + 7) % 7;
    return back >= 4 ? jan1 + (7 - back) * DAY_MS : jan1 - back * DAY_MS;
  };
  const today = dayMs(facts.year, facts.month, facts.monthDay);
  let year = facts.year;
  if (today < firstWeekStart(year)) year -= 1;
  else if (today >= firstWeekStart(year + 1)) year += 1;
  const start = firstWeekStart(year);
  return { week: Math.floor((today - start) / (7 * DAY_MS)) + 1, weeksInYear: Math.round((firstWeekStart(year + 1) - start) / (7 * DAY_MS)) };
}
