import { describe, expect, it } from 'vitest';
import { computeInsightsNaively } from '../../bench/insights-naive.js';
import { computeInsights } from '../../shared/insights/compute-insights.js';
import { SEED_NOW, generateSeedData } from '../shared/insights/seed.js';

describe('the naive insights baseline of the bench', () => {
  it('gives the same answers as computeInsights, so the speed ratio compares like with like', () => {
    const input = { ...generateSeedData(300, 11), now: SEED_NOW };
    expect(computeInsightsNaively(input)).toEqual(computeInsights(input));
  });
});
