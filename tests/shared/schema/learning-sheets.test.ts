import { describe, expect, it } from 'vitest';
import { STAGE_HISTORY } from '../../../shared/schema/history-schema.js';
import { INSIGHTS } from '../../../shared/schema/insights-schema.js';
import { mapHeaders } from '../../../shared/schema/header-map.js';
import { planStageChange } from '../../../shared/activity/stage-change.js';
import { toInsightsRows } from '../../../shared/insights/insights-rows.js';
import { computeInsights } from '../../../shared/insights/compute-insights.js';

describe('the Stage history and Insights sheet specs', () => {
  it('have exactly the columns the core writes into them', () => {
    const change = planStageChange({ id: 'a', company: 'Acme', role: 'Dev', stage: 'Applied' }, 'Screening', '2026-10-05 09:30', 'c1')!;
    expect(STAGE_HISTORY.columns.map((column) => column.key).sort()).toEqual(Object.keys(change.historyRow).sort());
    const [row] = toInsightsRows(computeInsights({ applications: [], interviews: [], history: [], now: '2026-10-05 09:30' }));
    expect(INSIGHTS.columns.map((column) => column.key).sort()).toEqual(Object.keys(row!).sort());
  });

  it("map their own headers and name the brief's Stage history headers in order", () => {
    expect(STAGE_HISTORY.columns.map((column) => column.header)).toEqual([
      'Change ID',
      'Application ID',
      'Company',
      'Role',
      'From stage',
      'To stage',
      'Changed at',
    ]);
    for (const sheet of [STAGE_HISTORY, INSIGHTS])
      expect(
        mapHeaders(
          sheet,
          sheet.columns.map((column) => column.header),
        ).missing,
      ).toEqual([]);
  });
});
