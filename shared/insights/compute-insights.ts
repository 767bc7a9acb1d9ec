/**
 * "Look back": the funnel, pass rates per round type, responses by source,
 * recurring "to improve" themes and questions, interviews per month and the
 * time since the last interview. One pass over each sheet's rows, each date
 * parsed once, so 10,000 rounds take milliseconds.
 */
import { daysBetween, formatWallMsDate, parseDate, readCellTimeOrNote, wallTimeToWallMs, type Zone } from '../time/index.js';
import { groupInterviewsByApplication } from '../due/link-rows.js';
import { hasDebrief } from '../reflect/debrief.js';
import { ROUND_TYPES, SOURCES } from '../schema/options.js';
import type { Insights, RoundTypeStat, SourceStat } from './insights-types.js';
import { groupTexts } from './text-groups.js';
import { cellPlace } from '../tracker/row-place.js';
import { isHeardBackStage, isLostStage } from '../stages/stage-queries.js';
import { FUNNEL, levelOfRound, levelOfStage, median, ratio } from './levels.js';
import { countInterviewsPerMonth } from './months.js';

type Row = Readonly<Record<string, unknown>>;
const text = (value: unknown) => String(value ?? '').trim();

export interface InsightsInput {
  readonly applications: readonly Row[];
  readonly interviews: readonly Row[];
  /** Stage history rows (may be empty). */
  readonly history: readonly Row[];
  /** Wall time in the sheet's zone. */
  readonly now: string;
  /** The sheet's IANA zone: wall times are read in it (RFC 5545). UTC when absent. */
  readonly timeZone?: Zone;
  /** Each row's number in its sheet, in the order of the rows above, so "Cells to check" names rows as the person sees them. */
  readonly rowNumbers?: { readonly applications?: readonly number[]; readonly interviews?: readonly number[]; readonly history?: readonly number[] };
}

/** Computes every insight. Pure and deterministic: the same rows give the same JSON. */
export function computeInsights({ applications, interviews, history, now: nowText, timeZone = 'UTC', rowNumbers = {} }: InsightsInput): Insights {
  const problems: string[] = [];
  const readWallTime = (value: unknown, where: string | (() => string), notes: string[]) => readCellTimeOrNote(value, where, notes, timeZone);
  const now = readWallTime(nowText, 'now', problems) ?? 0;

  // Interviews: keep the live ones with a readable start, parsed once.
  const live: { row: Row; startMs: number }[] = [];
  let debriefed = 0;
  for (const [index, row] of interviews.entries()) {
    if (text(row.calendarStatus) === 'cancelled') continue;
    const startMs = readWallTime(row.start, () => cellPlace('Start', 'Interviews', rowNumbers.interviews?.[index], row), problems);
    if (startMs === null) continue;
    live.push({ row, startMs });
    if (startMs <= now && hasDebrief(row)) debriefed++;
  }
  const past = live.filter((item) => item.startMs <= now);

  // Stage history by application: the highest stage reached and the first response.
  const historyByApp = new Map<string, { level: number; firstResponse: number }>();
  for (const [index, row] of history.entries()) {
    const id = text(row.applicationId);
    const at = readWallTime(row.changedAt, () => cellPlace('Changed at', 'Stage history', rowNumbers.history?.[index], row), problems) ?? Infinity;
    const entry = historyByApp.get(id) ?? { level: -1, firstResponse: Infinity };
    const to = text(row.toStage);
    entry.level = Math.max(entry.level, levelOfStage(to), levelOfStage(text(row.fromStage)));
    if (isHeardBackStage(to)) entry.firstResponse = Math.min(entry.firstResponse, at);
    historyByApp.set(id, entry);
  }

  const byApp = groupInterviewsByApplication(applications, live, (item) => item.row);
  const reached = [0, 0, 0, 0];
  const rounds = new Map<string, RoundTypeStat>();
  const sources = new Map<string, { applied: number; responded: number; days: number[] }>();
  const versions = new Map<string, { applied: number; responded: number; days: number[] }>();
  let applied = 0;

  for (const [index, app] of applications.entries()) {
    const id = text(app.id);
    const cell = (column: string) => cellPlace(column, 'Applications', rowNumbers.applications?.[index], app);
    const stage = text(app.stage);
    const own = (byApp.get(id) ?? []).slice().sort((a, b) => a.startMs - b.startMs);
    const ownPast = own.filter((item) => item.startMs <= now);
    const hist = historyByApp.get(id);
    const appliedMs = readWallTime(app.appliedOn, () => cell('Applied on'), problems);
    let level = levelOfStage(stage);
    if (appliedMs !== null) level = Math.max(level, 0);
    if (hist) level = Math.max(level, hist.level);
    for (const item of own) level = Math.max(level, levelOfRound(text(item.row.round)));
    for (let step = 0; step <= level; step++) reached[step]!++;

    ownPast.forEach((item, index) => {
      const stat = statFor(rounds, text(item.row.round) || 'Unspecified');
      stat.rounds++;
      // `ownPast` is a prefix of `own` (both by start), so a later round, past or scheduled, is at index + 1.
      if (index < own.length - 1 || level >= 3) {
        stat.passed++;
        stat.decided++;
      } else if (isLostStage(stage)) stat.decided++;
    });

    if (level < 0) continue;
    applied++;
    const source = text(app.source) || 'Unknown';
    const bucket = sources.get(source) ?? { applied: 0, responded: 0, days: [] };
    sources.set(source, bucket);
    bucket.applied++;
    const version = text(app.resumeVersion) || NOT_RECORDED;
    const versionBucket = versions.get(version) ?? { applied: 0, responded: 0, days: [] };
    versions.set(version, versionBucket);
    versionBucket.applied++;
    const firstResponse = Math.min(
      readWallTime(app.firstResponseOn, () => cell('First response on'), problems) ?? Infinity,
      hist?.firstResponse ?? Infinity,
      own[0]?.startMs ?? Infinity,
    );
    if (level >= 1 || isHeardBackStage(stage) || firstResponse !== Infinity) {
      bucket.responded++;
      versionBucket.responded++;
      if (appliedMs !== null && firstResponse !== Infinity && firstResponse >= appliedMs) {
        bucket.days.push(daysBetween(appliedMs, firstResponse));
        versionBucket.days.push(daysBetween(appliedMs, firstResponse));
      }
    }
  }

  const lastStart = past.reduce((max, item) => Math.max(max, item.startMs), -Infinity);
  const perMonth = countInterviewsPerMonth(
    past.map((item) => item.startMs),
    now,
  );
  return {
    totals: { applications: applications.length, applied, interviews: past.length, debriefed },
    funnel: FUNNEL.map((stage, index) => ({
      stage,
      reached: reached[index]!,
      conversion: index === 0 ? null : ratio(reached[index]!, reached[index - 1]!),
    })),
    roundTypes: orderBy([...rounds.values()], (stat) => stat.round, [...ROUND_TYPES, 'Unspecified']).map((stat) => ({
      ...stat,
      passRate: ratio(stat.passed, stat.decided),
    })),
    sources: orderBy([...sources], ([source]) => source, [...SOURCES, 'Unknown']).map(
      ([source, s]): SourceStat => ({
        source,
        applied: s.applied,
        responded: s.responded,
        responseRate: ratio(s.responded, s.applied),
        medianDaysToResponse: median(s.days),
      }),
    ),
    resumeVersions: orderBy([...versions], ([version]) => version, [])
      .sort(([a], [b]) => Number(a === NOT_RECORDED) - Number(b === NOT_RECORDED))
      .map(([version, v]) => ({
        version,
        applied: v.applied,
        responded: v.responded,
        responseRate: ratio(v.responded, v.applied),
        medianDaysToResponse: median(v.days),
      })),
    improveThemes: groupTexts(
      past.map((item) => item.row.toImprove),
      true,
    ),
    questions: groupTexts(
      past.map((item) => item.row.questionsAsked),
      false,
    ),
    interviewsPerMonth: perMonth.months,
    lastInterviewOn: lastStart === -Infinity ? null : formatWallMsDate(lastStart),
    // Calendar days in the sheet's zone, not 24-hour periods: last night's interview was yesterday.
    daysSinceLastInterview: lastStart === -Infinity ? null : daysBetween(dayOf(lastStart), dayOf(now)),
    monthsInARow: perMonth.monthsInARow,
    problems,
  };
}

/** Midnight of a wall time's calendar date, as wall-clock ms. */
const dayOf = (wallMs: number) => wallTimeToWallMs(parseDate(formatWallMsDate(wallMs))!);

/** The bucket of applications whose Résumé version cell is empty. */
const NOT_RECORDED = 'Not recorded';

function statFor(stats: Map<string, RoundTypeStat>, round: string): RoundTypeStat {
  let stat = stats.get(round);
  if (!stat) {
    stat = { round, rounds: 0, passed: 0, decided: 0, passRate: null };
    stats.set(round, stat);
  }
  return stat;
}

/** Known names in their list's order, then any others alphabetically. */
function orderBy<T>(items: T[], name: (item: T) => string, known: readonly string[]): T[] {
  const rank = (item: T) => {
    const index = known.indexOf(name(item));
    return index < 0 ? known.length : index;
  };
  return items.sort((a, b) => rank(a) - rank(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}
