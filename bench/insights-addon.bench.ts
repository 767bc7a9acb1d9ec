/// <reference types="google-apps-script" />
/**
 * "Look back" in the add-on: Spreadsheet reads and wall time of
 * loadInsights on the built bundle over the counting fakes, for the seeded
 * search at 10,000 rounds (5,000 applications), next to the naive script
 * that reads one cell at a time (getRange(r, c).getValue()) in the same run,
 * and the Insights sheet rebuild next to writing its block cell by cell.
 */
import { figure, medianMs, type BenchSuite } from './figure.js';
import { loadBundle } from '../tests/support/load-bundle.js';
import { SEED_INSTANT, seedSearch } from '../tests/appsscript/learning-seed.js';

export const run: BenchSuite = async () => {
  const loaded = loadBundle({ now: SEED_INSTANT });
  loaded.addon.setUpTracker();
  const data = seedSearch(loaded.spreadsheet, 5_000);
  if (data.interviews.length !== 10_000) throw new Error(`expected 10,000 rounds, got ${data.interviews.length}`);

  loaded.log.reset();
  loaded.addon.loadInsights();
  const valueReads = loaded.log.count('Range.getValues');
  const formatDateCalls = loaded.log.count('Utilities.formatDate');
  const allReads = loaded.log.reads();
  if (valueReads > 3) throw new Error(`loadInsights made ${valueReads} getValues calls; the budget is 3`);

  const naively = <T>(work: () => T): T => {
    for (const sheet of loaded.spreadsheet.sheets) sheet.cellByCell = true;
    try {
      return work();
    } finally {
      for (const sheet of loaded.spreadsheet.sheets) sheet.cellByCell = false;
    }
  };
  loaded.log.reset();
  naively(() => loaded.addon.loadInsights());
  const naiveReads = loaded.log.reads();

  loaded.addon.loadInsights(); // warm-up
  const ms = await medianMs(5, () => loaded.addon.loadInsights());
  // The rebuild: one setNumberFormats + one setValues, against writing the same block one cell at a time.
  loaded.log.reset();
  loaded.addon.rebuildInsightsSheet();
  const rebuildWrites = loaded.log.writes();
  const block = loaded.spreadsheet.getSheetByName('Insights')!.peekValues();
  loaded.log.reset();
  const target = loaded.spreadsheet.getSheetByName('Insights')!;
  block.forEach((line, r) =>
    line.forEach((value, c) =>
      target
        .getRange(r + 1, c + 1)
        .setNumberFormat(c < 3 || c === 7 ? '@' : '0.##')
        .setValue(value),
    ),
  );
  const naiveWrites = loaded.log.writes();

  return [
    figure('insights.rebuild_sheet_writes', rebuildWrites, 'writes', '2, flat (whatever the number of rows)', naiveWrites),
    figure('insights.spreadsheet_reads', valueReads, 'getValues', '≤ 3 (one per sheet: Applications, Interviews, Stage history)', naiveReads),
    // Zone offsets come from Utilities.formatDate, cached per UTC day (one call per day boundary seen).
    figure('addon.format_date_calls.10000_rounds', formatDateCalls, 'Utilities.formatDate calls', '≤ 1,000 (one per day seen, not per date cell)'),
    figure('insights.spreadsheet_reads_with_zone', allReads, 'reads', '3 getValues + the sheet time zone', naiveReads),
    // No naive time: the in-memory fake has no per-call latency, so one-cell reads cost it next to nothing.
    figure('addon.insights_load_ms.10000_rounds', ms, 'ms', 'the add-on (read, decode dates, compute), not the fake'),
  ];
};
