/**
 * "Look back" speed: insights for 10,000 rounds (5,000 applications) in
 * Node, against the naive re-scan-per-metric baseline in the same run.
 */
import { computeInsights } from '../shared/insights/compute-insights.js';
import { SEED_NOW, generateSeedData } from '../tests/shared/insights/seed.js';
import { computeInsightsNaively } from './insights-naive.js';
import { figure, medianMs, type BenchSuite } from './figure.js';

export const run: BenchSuite = async () => {
  const data = generateSeedData(5_000);
  if (data.interviews.length !== 10_000) throw new Error(`expected 10,000 rounds, got ${data.interviews.length}`);
  const input = { ...data, now: SEED_NOW };
  computeInsights(input); // warm-up: JIT and the formatter caches
  const value = await medianMs(9, () => computeInsights(input));
  // The baseline is quadratic (applications × rounds per metric): three runs are plenty to show the gap.
  const baseline = await medianMs(3, () => computeInsightsNaively(input));
  return [figure('insights.10000_rounds_ms', value, 'ms', '< 200', baseline)];
};
