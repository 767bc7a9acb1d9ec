import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../shared/insights/compute-insights.js';
import {
  countOf,
  funnelSource,
  funnelStepsText,
  funnelValueText,
  monthsSource,
  ROUND_TYPES_SOURCE,
  roundTypeText,
  sourceValueText,
  summaryText,
  themesSource,
} from '../../../shared/insights/insights-wording.js';
import { layoutRows } from '../../../shared/insights/chart-bars.js';
import { SEED_NOW, generateSeedData } from './seed.js';

const insights = computeInsights({ ...generateSeedData(), now: SEED_NOW });

describe('the words around the Insights figures', () => {
  it('agrees in number: one month, two months, no interviews', () => {
    expect([countOf(1, 'month'), countOf(2, 'month'), countOf(0, 'interview'), countOf(1, 'day')]).toEqual(['1 month', '2 months', '0 interviews', '1 day']);
  });

  it('writes the summary with singulars where the count is one', () => {
    const one = { ...insights, totals: { ...insights.totals, interviews: 1, debriefed: 1 }, daysSinceLastInterview: 1, monthsInARow: 1 };
    expect(summaryText(one)).toBe('1 interview held, 1 debriefed; last one 1 day ago; 1 month in a row with an interview.');
    expect(summaryText(insights)).toBe('400 interviews held, 390 debriefed; last one 6 days ago; 15 months in a row with an interview.');
  });

  it('labels each funnel bar with the share of the same base the bar is scaled to', () => {
    const chart = layoutRows(
      insights.funnel.map((step) => ({ label: step.stage, value: step.reached })),
      150,
      18,
      insights.funnel[0]!.reached,
    );
    const labels = insights.funnel.map((_, index) => funnelValueText(insights.funnel, index));
    expect(labels).toEqual(['200', '100 · 50%', '80 · 40%', '20 · 10%']);
    // The bar's share of the full width is the label's percentage.
    expect(chart.bars.map((bar) => Math.round((bar.width / chart.width) * 100))).toEqual([100, 50, 40, 10]);
    expect(funnelStepsText(insights.funnel)).toBe('Step by step: Applied → Screening 50%, Screening → Interviewing 80%, Interviewing → Offer 25%.');
  });

  it("says how many applications each source's response rate is out of, with the share its bar is scaled to", () => {
    const referral = { source: 'Referral', applied: 2, responded: 2, responseRate: 1, medianDaysToResponse: 3 };
    const silent = { source: 'Other', applied: 4, responded: 1, responseRate: 0.25, medianDaysToResponse: null };
    expect([sourceValueText(referral), sourceValueText(silent)]).toEqual(['100% of 2 · 3 d', '25% of 4']);
    const chart = layoutRows(
      insights.sources.map((s) => ({ label: s.source, value: s.responseRate ?? 0 })),
      120,
      14,
      1,
    );
    const shares = chart.bars.map((bar) => `${Math.round((bar.width / chart.width) * 100)}% of`);
    expect(insights.sources.map((s, i) => sourceValueText(s).startsWith(`${shares[i]} ${s.applied}`))).toEqual(insights.sources.map(() => true));
  });

  it('says what each figure is computed from', () => {
    expect(funnelSource(insights)).toMatch(/^From 200 applications with an Applied date or a later stage\./);
    expect(monthsSource(insights)).toBe('From 400 interviews held (not cancelled, start in the past), by the month of their Start.');
    expect(themesSource(insights)).toMatch(/^From your own debrief notes \("To improve"\) of 390 debriefed interviews;/);
  });

  it('marks pass rates as inferred, and says from what', () => {
    expect(roundTypeText(insights.roundTypes[1]!)).toBe('80% of 100 (inferred)');
    expect(ROUND_TYPES_SOURCE).toMatch(/^Inferred from what happened next, not from a recorded result/);
  });
});
