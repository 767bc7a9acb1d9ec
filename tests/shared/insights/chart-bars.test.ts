import { describe, expect, it } from 'vitest';
import { layoutColumns, layoutRows } from '../../../shared/insights/chart-bars.js';
import { computeInsights } from '../../../shared/insights/compute-insights.js';
import { SEED_NOW, generateSeedData } from './seed.js';

describe('chart geometry', () => {
  it('lays out columns bottom-aligned and scaled to the largest value', () => {
    expect(
      layoutColumns(
        [
          { label: 'a', value: 2 },
          { label: 'b', value: 4 },
          { label: 'c', value: 0 },
        ],
        90,
        50,
      ),
    ).toEqual({
      width: 90,
      height: 50,
      max: 4,
      bars: [
        { label: 'a', value: 2, x: 0, y: 25, width: 28, height: 25 },
        { label: 'b', value: 4, x: 30, y: 0, width: 28, height: 50 },
        { label: 'c', value: 0, x: 60, y: 50, width: 28, height: 0 },
      ],
    });
  });

  it('keeps an all-zero or empty chart drawable', () => {
    expect(layoutColumns([{ label: 'a', value: 0 }], 10, 10).bars[0]).toEqual({ label: 'a', value: 0, x: 0, y: 10, width: 8, height: 0 });
    expect(layoutColumns([], 10, 10)).toEqual({ width: 10, height: 10, max: 1, bars: [] });
    expect(layoutRows([])).toEqual({ width: 280, height: 0, max: 1, bars: [] });
  });

  it('draws the seeded funnel as rows of 200, 100, 80 and 20 against a width of 200', () => {
    const { funnel } = computeInsights({ ...generateSeedData(), now: SEED_NOW });
    const chart = layoutRows(
      funnel.map((step) => ({ label: step.stage, value: step.reached })),
      200,
    );
    expect(chart.bars.map((bar) => [bar.label, bar.y, bar.width])).toEqual([
      ['Applied', 0, 200],
      ['Screening', 22, 100],
      ['Interviewing', 44, 80],
      ['Offer', 66, 20],
    ]);
    expect(chart.height).toBe(84);
  });

  it('draws rates against a fixed maximum of 1', () => {
    expect(layoutRows([{ label: 'LinkedIn', value: 0.5862 }], 100, 18, 1).bars[0]!.width).toBe(58.6);
  });
});
