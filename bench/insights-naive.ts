/**
 * The naive way to compute "Look back", kept as the bench's baseline: each
 * metric re-scans every row and re-parses every date (per application, all
 * interviews and all history are searched again). Same answers as
 * computeInsights (a test checks it), so the ratio compares like with like.
 */
import { daysBetween, formatWallMsDate, readCellTime } from '../shared/time/index.js';
import { companyRoleKey } from '../shared/due/link-rows.js';
import { hasDebrief } from '../shared/reflect/debrief.js';
import { ROUND_TYPES, SOURCES } from '../shared/schema/options.js';
import type { Insights } from '../shared/insights/insights-types.js';
import type { InsightsInput } from '../shared/insights/compute-insights.js';
import { FUNNEL, LOST_STAGES, levelOfRound, levelOfStage, median, ratio } from '../shared/insights/levels.js';
import { countInterviewsPerMonth } from '../shared/insights/months.js';
import { groupTexts } from '../shared/insights/text-groups.js';

type Row = Readonly<Record<string, unknown>>;
const text = (value: unknown) => String(value ?? '').trim();
const ms = (value: unknown) => {
  try {
    return readCellTime(value, '');
  } catch {
    return null;
  }
};

export function computeInsightsNaively({ applications, interviews, history, now: nowText }: InsightsInput): Insights {
  const now = ms(nowText) ?? 0;
  const isLive = (row: Row) => text(row.calendarStatus) !== 'cancelled' && ms(row.start) !== null;
  // Simpler linking than the real one (explicit id, else company + role): the same on well-formed rows.
  const belongs = (row: Row, app: Row) => (text(row.applicationId) ? text(row.applicationId) === text(app.id) : companyRoleKey(row) === companyRoleKey(app));
  const roundsOf = (app: Row) => interviews.filter((row) => belongs(row, app) && isLive(row)).sort((a, b) => ms(a.start)! - ms(b.start)!);
  const levelOf = (app: Row, rounds: readonly Row[]) => {
    let level = levelOfStage(text(app.stage));
    if (ms(app.appliedOn) !== null) level = Math.max(level, 0);
    for (const row of history)
      if (text(row.applicationId) === text(app.id)) level = Math.max(level, levelOfStage(text(row.toStage)), levelOfStage(text(row.fromStage)));
    for (const row of rounds) level = Math.max(level, levelOfRound(text(row.round)));
    return level;
  };

  // Metric 1: the funnel, scanning every interview and history row per application.
  const levels = applications.map((app) => levelOf(app, roundsOf(app)));
  const funnel = FUNNEL.map((stage, index) => ({ stage, reached: levels.filter((level) => level >= index).length, conversion: null as number | null }));
  funnel.forEach((step, index) => (step.conversion = index === 0 ? null : ratio(step.reached, funnel[index - 1]!.reached)));

  // Metric 2: round types, scanning again.
  const stats = new Map<string, { rounds: number; passed: number; decided: number }>();
  for (const app of applications) {
    const own = roundsOf(app);
    const level = levelOf(app, own);
    own.forEach((row, index) => {
      if (ms(row.start)! > now) return;
      const name = text(row.round) || 'Unspecified';
      const stat = stats.get(name) ?? { rounds: 0, passed: 0, decided: 0 };
      stats.set(name, stat);
      stat.rounds++;
      if (index < own.length - 1 || level >= 3) {
        stat.passed++;
        stat.decided++;
      } else if (LOST_STAGES.has(text(app.stage))) stat.decided++;
    });
  }
  const roundTypes = [...ROUND_TYPES, 'Unspecified']
    .filter((round) => stats.has(round))
    .map((round) => ({ round, ...stats.get(round)!, passRate: ratio(stats.get(round)!.passed, stats.get(round)!.decided) }));

  // Metric 3: sources, scanning again; 3b: the same per résumé version, another scan.
  const responsesBy = (keyOf: (app: Row) => string) => {
    const byKey = new Map<string, { applied: number; responded: number; days: number[] }>();
    for (const app of applications) {
      const own = roundsOf(app);
      if (levelOf(app, own) < 0) continue;
      const key = keyOf(app);
      const stat = byKey.get(key) ?? { applied: 0, responded: 0, days: [] };
      byKey.set(key, stat);
      stat.applied++;
      let first = ms(app.firstResponseOn) ?? Infinity;
      for (const row of history) {
        if (text(row.applicationId) === text(app.id) && (levelOfStage(text(row.toStage)) >= 1 || text(row.toStage) === 'Rejected'))
          first = Math.min(first, ms(row.changedAt) ?? Infinity);
      }
      if (own[0]) first = Math.min(first, ms(own[0].start)!);
      if (levelOf(app, own) >= 1 || text(app.stage) === 'Rejected' || first !== Infinity) {
        stat.responded++;
        const applied = ms(app.appliedOn);
        if (applied !== null && first !== Infinity && first >= applied) stat.days.push(daysBetween(applied, first));
      }
    }
    return byKey;
  };
  const bySource = responsesBy((app) => text(app.source) || 'Unknown');
  const byVersion = responsesBy((app) => text(app.resumeVersion) || 'Not recorded');
  const resumeVersions = [...byVersion.keys()]
    .sort((a, b) => Number(a === 'Not recorded') - Number(b === 'Not recorded') || (a < b ? -1 : a > b ? 1 : 0))
    .map((version) => {
      const s = byVersion.get(version)!;
      return { version, applied: s.applied, responded: s.responded, responseRate: ratio(s.responded, s.applied), medianDaysToResponse: median(s.days) };
    });
  const sources = [...SOURCES, 'Unknown']
    .filter((source) => bySource.has(source))
    .map((source) => {
      const s = bySource.get(source)!;
      return { source, applied: s.applied, responded: s.responded, responseRate: ratio(s.responded, s.applied), medianDaysToResponse: median(s.days) };
    });

  // Metrics 4–6: one scan each.
  const past = interviews.filter((row) => isLive(row) && ms(row.start)! <= now);
  const starts = past.map((row) => ms(row.start)!);
  const last = starts.length ? starts.reduce((a, b) => Math.max(a, b)) : null;
  const months = countInterviewsPerMonth(starts, now);
  return {
    totals: {
      applications: applications.length,
      applied: levels.filter((level) => level >= 0).length,
      interviews: past.length,
      debriefed: past.filter((row) => hasDebrief(row)).length,
    },
    funnel,
    roundTypes,
    sources,
    resumeVersions,
    improveThemes: groupTexts(
      past.map((row) => row.toImprove),
      true,
    ),
    questions: groupTexts(
      past.map((row) => row.questionsAsked),
      false,
    ),
    interviewsPerMonth: months.months,
    lastInterviewOn: last === null ? null : formatWallMsDate(last),
    daysSinceLastInterview: last === null ? null : daysBetween(last, now),
    monthsInARow: months.monthsInARow,
    problems: [],
  };
}
