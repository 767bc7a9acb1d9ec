/**
 * The words around the Insights figures: each figure says what it is
 * computed from, inferred outcomes say so, a bar's label uses the bar's own
 * base, and counts agree in number ("1 month", "2 months"). Pure, so the
 * sidebar only places these strings and the tests read them exactly.
 */
import type { FunnelStep, Insights, RoundTypeStat, SourceStat } from './insights-types.js';

/** "1 month", "2 months", "0 interviews"; `many` for irregular plurals. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/** The summary line under the heading. */
export function summaryText({ totals, daysSinceLastInterview, monthsInARow }: Insights): string {
  const since =
    daysSinceLastInterview === null
      ? 'no interview yet'
      : daysSinceLastInterview === 0
        ? 'last one today'
        : `last one ${countOf(daysSinceLastInterview, 'day')} ago`;
  return `${countOf(totals.interviews, 'interview')} held, ${totals.debriefed} debriefed; ${since}; ${countOf(monthsInARow, 'month')} in a row with an interview.`;
}

/**
 * The funnel's bars are all scaled to the applications that reached Applied,
 * so each label gives the count and the same share of Applied; the step's
 * own conversion (from the step before) follows in words.
 */
export function funnelValueText(funnel: readonly FunnelStep[], index: number): string {
  const step = funnel[index]!;
  if (index === 0) return String(step.reached);
  const base = funnel[0]!.reached;
  return `${step.reached} · ${percent(base === 0 ? null : step.reached / base)}`;
}

export function funnelSource(insights: Insights): string {
  const base = insights.funnel[0]?.reached ?? 0;
  return (
    `From ${countOf(base, 'application')} with an Applied date or a later stage. ` +
    'Each bar and its percentage are out of those applications; a stage counts when the Stage history or a round shows it was reached.'
  );
}

export function funnelStepsText(funnel: readonly FunnelStep[]): string {
  const steps = funnel.slice(1).map((step, index) => `${funnel[index]!.stage} → ${step.stage} ${percent(step.conversion)}`);
  return steps.length ? `Step by step: ${steps.join(', ')}.` : '';
}

export function sourcesSource(insights: Insights): string {
  const applied = insights.sources.reduce((sum, source) => sum + source.applied, 0);
  return (
    `From ${countOf(applied, 'application')}, by their Source. Heard back: a First response date, a later stage or a round; ` +
    'silence does not count. "d" is the median days from Applied on to that first response.'
  );
}

/**
 * A source's bar label: the share that heard back with the applications it
 * is out of ("100% of 2" is not "100%"), then the median days. The bar is
 * scaled to the same share (out of 1).
 */
export function sourceValueText(stat: SourceStat): string {
  const days = stat.medianDaysToResponse === null ? '' : ` · ${stat.medianDaysToResponse} d`;
  return `${percent(stat.responseRate)} of ${stat.applied}${days}`;
}

export function monthsSource(insights: Insights): string {
  return `From ${countOf(insights.totals.interviews, 'interview')} held (not cancelled, start in the past), by the month of their Start.`;
}

/** The pass rate of one round type, marked as inferred with what it rests on. */
export function roundTypeText(stat: RoundTypeStat): string {
  return `${percent(stat.passRate)} of ${stat.decided} (inferred)`;
}

export const ROUND_TYPES_SOURCE =
  'Inferred from what happened next, not from a recorded result: a round counts as passed when the same application had a later round or reached Offer, ' +
  'and as not passed when it was the last round before Rejected or Ghosted. Rounds still waiting for news are left out.';

export function themesSource(insights: Insights): string {
  return `From your own debrief notes ("To improve") of ${countOf(insights.totals.debriefed, 'debriefed interview')}; the number counts the interviews that mention it.`;
}

export const QUESTIONS_SOURCE = 'From the "Questions asked" you wrote after each interview; the number counts the interviews that mention it.';
