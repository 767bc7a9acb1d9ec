/**
 * The hard bound on recurrence work. Every period stepped through, every
 * day looked at and every candidate instant examined costs one unit, so a
 * rule that can never match (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) or
 * matches too often (`FREQ=SECONDLY`) stops after a fixed amount of work,
 * however few occurrences it has produced. ical.js's budget counted only
 * results, and looped inside one `next()` call (issue 13).
 */

/** Thrown when a series has used its work; the caller leaves the event out and names it. */
export class RecurrenceWorkExceeded extends Error {
  constructor(readonly limit: number) {
    super(`its recurrence needs more than ${limit} steps to expand`);
  }
}

export class WorkBudget {
  used = 0;
  constructor(readonly limit: number) {}

  spend(units = 1): void {
    this.used += units;
    if (this.used > this.limit) throw new RecurrenceWorkExceeded(this.limit);
  }
}
