/**
 * Insights as rows of the Insights sheet (keys of the INSIGHTS spec), in a
 * long layout: one section after another, one row per item, numbers as
 * numbers so the person can chart any block.
 */
import { INSIGHTS } from '../schema/insights-schema.js';
import type { Insights } from './insights-types.js';

export interface InsightsRow {
  key: string;
  section: string;
  item: string;
  value: number;
  outOf: number | '';
  rate: number | '';
  medianDays: number | '';
  examples: string;
}

const blank = (value: number | null): number | '' => (value === null ? '' : value);

/** Every block of the insights, in sheet order. */
export function toInsightsRows(insights: Insights): InsightsRow[] {
  const rows: InsightsRow[] = [];
  const add = (section: string, item: string, value: number, extra: Partial<InsightsRow> = {}) =>
    rows.push({ key: `${section}/${item}`, section, item, value, outOf: '', rate: '', medianDays: '', examples: '', ...extra });

  add('Summary', 'Applications', insights.totals.applications);
  add('Summary', 'Interviews', insights.totals.interviews);
  add('Summary', 'Debriefed interviews', insights.totals.debriefed, { outOf: insights.totals.interviews });
  if (insights.daysSinceLastInterview !== null)
    add('Summary', 'Days since last interview', insights.daysSinceLastInterview, { examples: insights.lastInterviewOn ?? '' });
  add('Summary', 'Months in a row with an interview', insights.monthsInARow);
  insights.funnel.forEach((step, index) =>
    add('Funnel', step.stage, step.reached, { outOf: index === 0 ? '' : insights.funnel[index - 1]!.reached, rate: blank(step.conversion) }),
  );
  for (const stat of insights.roundTypes)
    add('Round type', stat.round, stat.passed, { outOf: stat.decided, rate: blank(stat.passRate), examples: `${stat.rounds} rounds` });
  for (const stat of insights.sources) {
    add('Source', stat.source, stat.responded, { outOf: stat.applied, rate: blank(stat.responseRate), medianDays: blank(stat.medianDaysToResponse) });
  }
  for (const stat of insights.resumeVersions) {
    add('Résumé version', stat.version, stat.responded, { outOf: stat.applied, rate: blank(stat.responseRate), medianDays: blank(stat.medianDaysToResponse) });
  }
  for (const group of insights.improveThemes) add('To improve', group.label, group.count, { examples: group.examples.join(' | ') });
  for (const group of insights.questions) add('Question', group.label, group.count, { examples: group.examples.join(' | ') });
  for (const month of insights.interviewsPerMonth) add('Interviews per month', month.month, month.count);
  return rows;
}

/**
 * The whole Insights sheet as one block of values, header row first, in the
 * INSIGHTS column order: the rebuild is one clear and one setValues.
 */
export function toInsightsSheetValues(rows: readonly InsightsRow[]): (string | number)[][] {
  const keys = INSIGHTS.columns.map((column) => column.key as keyof InsightsRow);
  return [INSIGHTS.columns.map((column) => column.header), ...rows.map((row) => keys.map((key) => row[key]))];
}
