/**
 * The first screen of the sidebar, decided purely: how many applications
 * sit in each stage, which interviews come next, which next actions are
 * overdue. `now` is a wall time in the spreadsheet's zone.
 */
import { STAGES, stageOf, type Stage } from '../stages/index.js';
import { dueRule, passesTests } from '../due/due-rules.js';
import type { ApplicationRecord, InterviewRecord } from '../models/records.js';
import { addDays, isDateText, isDateTimeText } from '../time/index.js';

// Which next actions can be overdue is the due rule the sheet's highlight also follows.
const NEXT_ACTION = dueRule('next-action');

export interface PipelineSummary {
  /** Every stage in funnel order, zero counts included. */
  readonly stages: readonly { stage: Stage; count: number }[];
  /** Rows whose stage is empty or not one of the dropdown values. */
  readonly unstaged: number;
  readonly total: number;
  /** Interviews from `now` to the end of the window, soonest first, cancelled ones left out. */
  readonly upcoming: readonly InterviewRecord[];
  /** Open applications with a next action due before today, most overdue first. */
  readonly overdue: readonly ApplicationRecord[];
}

export interface SummaryOptions {
  /** How many days ahead "upcoming" reaches (default 14). */
  readonly upcomingDays?: number;
  /** At most this many upcoming interviews (default 10). */
  readonly upcomingLimit?: number;
}

const isWallText = (text: string) => isDateText(text) || isDateTimeText(text);

/**
 * @example summarizePipeline(apps, rounds, '2026-03-02 09:00').stages[1] // { stage: 'Applied', count: 4 }
 */
export function summarizePipeline(
  applications: readonly ApplicationRecord[],
  interviews: readonly InterviewRecord[],
  now: string,
  options: SummaryOptions = {},
): PipelineSummary {
  const today = now.slice(0, 10);
  const counts = new Map<Stage, number>(STAGES.map((stage) => [stage, 0]));
  let unstaged = 0;
  for (const application of applications) {
    const stage = stageOf(application.stage);
    if (stage) counts.set(stage, (counts.get(stage) ?? 0) + 1);
    else unstaged++;
  }

  const horizon = `${addDays(today, options.upcomingDays ?? 14)} 23:59`;
  const upcoming = interviews
    // An all-day round (a day, no time) stays upcoming until its day ends.
    .filter((round) => isWallText(round.start) && endOfDayIfAllDay(round.start) >= now.slice(0, 16) && round.start <= horizon)
    .filter((round) => round.calendarStatus.trim().toLowerCase() !== 'cancelled')
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .slice(0, options.upcomingLimit ?? 10);

  const overdue = applications
    .filter((application) => passesTests(NEXT_ACTION, application) && isWallText(application.nextActionDue))
    // Due the day after its due day, as the rule's clock says.
    .filter((application) => application.nextActionDue.slice(0, 10) < today)
    .sort((a, b) => (a.nextActionDue < b.nextActionDue ? -1 : a.nextActionDue > b.nextActionDue ? 1 : a.row - b.row));

  return {
    stages: STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 })),
    unstaged,
    total: applications.length,
    upcoming,
    overdue,
  };
}

function endOfDayIfAllDay(start: string): string {
  return start.length === 10 ? `${start} 23:59` : start;
}
