/**
 * Why a week of digests is planned ahead: the daily trigger must not need
 * the spreadsheet. No Google page says that an Editor add-on's time-driven
 * trigger has an active spreadsheet, and opening the file by id would need
 * the broad `spreadsheets` scope. So each time the person uses the tracker
 * (the sidebar's Due list), the next seven mornings' digests are built from
 * the rows as they are then, and stored in the person's own properties; the
 * trigger only picks today's and sends it. The trade-off: a digest reflects
 * the tracker as of the last visit (edits since are not in it), and after a
 * week without a visit nothing is sent.
 */
import { isHidden, type DueDecisions } from '../due/due-decisions.js';
import { encodeUtf8 } from '../mail/utf8-base64.js';
import { addDays } from '../time/index.js';
import { groupInterviewsByApplication } from '../due/link-rows.js';
import { buildDigest, PLANNED_LINES_PER_SECTION, trimDigest, type DigestInput, type NumberedRow } from './build-digest.js';
import type { Digest, DigestLinks } from './digest-types.js';

/** Properties hold at most 9 KB per value; stay under it with room for the envelope. */
export const PLAN_MAX_BYTES = 8_500;
export const PLAN_DAYS = 7;

export interface DigestPlan {
  readonly version: 1;
  /** When the plan was built (wall time in the sheet's zone). */
  readonly builtAt: string;
  readonly hour: number;
  /** The sheet's IANA zone: the trigger reads "today" in it. */
  readonly timeZone: string;
  readonly links: DigestLinks;
  /** One digest per morning, from the next send on; days with nothing due are kept (they send nothing). */
  readonly days: readonly Digest[];
}

/**
 * Builds the digests for the next PLAN_DAYS mornings at `hour`, from `now`
 * (a morning whose hour has passed today starts tomorrow). Later days are
 * dropped until the plan fits PLAN_MAX_BYTES as UTF-8 JSON.
 */
export function planDigestWeek(input: DigestInput & { hour: number; zoneName: string; links: DigestLinks }): DigestPlan {
  const { now, hour, links, zoneName, ...rows } = input;
  const hh = `${String(hour).padStart(2, '0')}:00`;
  const first = now.slice(11, 16) < hh ? now.slice(0, 10) : addDays(now.slice(0, 10), 1);
  const days: Digest[] = [];
  const narrowed = { ...rows, interviews: narrowInterviews(rows.applications, rows.interviews, first, rows.settings) };
  for (let offset = 0; offset < PLAN_DAYS; offset++) {
    days.push(buildDigest({ ...narrowed, now: `${addDays(first, offset)} ${hh}` }, PLANNED_LINES_PER_SECTION));
  }
  let plan: DigestPlan = { version: 1, builtAt: now, hour, timeZone: zoneName, links, days };
  while (plan.days.length > 1 && encodeUtf8(JSON.stringify(plan)).length > PLAN_MAX_BYTES) plan = { ...plan, days: plan.days.slice(0, -1) };
  return plan;
}

/**
 * The plan with the lines `decisions` hide on their day taken out: a Done or
 * Dismiss leaves every day, a Snooze the days before it ends. No rows are
 * read; an Undo shows again at the next planning (the Due list's next load).
 */
export function withoutDecided(plan: DigestPlan, decisions: DueDecisions): DigestPlan {
  const days = plan.days.map((day) => ({ ...day, lines: day.lines.filter((line) => !line.dueId || !isHidden(decisions[line.dueId], day.date)) }));
  return { ...plan, days };
}

/**
 * The interviews that can change a digest of the planned week: every one
 * from the earliest window any rule looks back over (thank-yous, debriefs)
 * on, plus, from before it, only each application's latest round (its last
 * news, for follow-ups) and the latest round overall (the market check).
 * The week's seven builds then read a few rows instead of the whole
 * history; the result is the same (see plan-digest-week.test.ts).
 */
export function narrowInterviews(
  applications: DigestInput['applications'],
  interviews: DigestInput['interviews'],
  firstDay: string,
  settings: DigestInput['settings'],
): DigestInput['interviews'] {
  const lookBack = Math.max(settings.thankYouWindowDays, 1) + 1;
  const cutoff = `${addDays(firstDay, -lookBack)} 00:00`;
  const start = (row: NumberedRow) => String(row.cells.start ?? '').trim();
  const kept = new Set<NumberedRow>();
  let latestOverall: NumberedRow | null = null;
  const older: NumberedRow[] = [];
  for (const row of interviews) {
    if (start(row) >= cutoff || start(row) === '') kept.add(row);
    else {
      older.push(row);
      if (String(row.cells.calendarStatus ?? '').trim() !== 'cancelled' && (!latestOverall || start(row) > start(latestOverall))) latestOverall = row;
    }
  }
  if (latestOverall) kept.add(latestOverall);
  const byApplication = groupInterviewsByApplication(
    applications.map((row) => row.cells),
    older,
    (row) => row.cells,
  );
  for (const group of byApplication.values()) {
    let latest: NumberedRow | null = null;
    for (const row of group) if (String(row.cells.calendarStatus ?? '').trim() !== 'cancelled' && (!latest || start(row) > start(latest))) latest = row;
    if (latest) kept.add(latest);
  }
  return interviews.filter((row) => kept.has(row));
}

/** Today's digest from a stored plan, or null when the plan has none for today (stale or never built). */
export function pickDigest(plan: DigestPlan, today: string): Digest | null {
  const day = plan.days.find((candidate) => candidate.date === today);
  return day ? trimDigest(day) : null;
}

/** Parses a stored plan (user properties are untrusted like any input); null when it is not one. */
export function readDigestPlan(raw: string | null): DigestPlan | null {
  if (raw === null) return null;
  try {
    const plan = JSON.parse(raw) as Partial<DigestPlan>;
    const ok = plan.version === 1 && typeof plan.timeZone === 'string' && Array.isArray(plan.days) && typeof plan.links?.spreadsheetUrl === 'string';
    return ok ? (plan as DigestPlan) : null;
  } catch {
    return null;
  }
}
