/**
 * Look back: the insights of the whole search (shared/insights), the
 * Insights sheet rebuilt from them, and the activity log as CSV. Each reads
 * Applications, Interviews and Stage history once (3 getValues, plus the
 * sheet's time zone); the rebuild writes the Insights sheet and nothing else.
 */
import type { AddonApi } from '../api/contract.js';
import type { MarketCheck } from '../api/views.js';
import { computeInsights } from '../../shared/insights/compute-insights.js';
import { toInsightsRows, toInsightsSheetValues } from '../../shared/insights/insights-rows.js';
import { collectQuestions, groupQuestionBank } from '../../shared/learning/question-bank.js';
import { toSkillRows } from '../../shared/learning/skills-rows.js';
import { listSkillsToBuild } from '../../shared/learning/skills-to-build.js';
import { buildActivityLog, formatActivityCsv } from '../../shared/activity/activity-log.js';
import { listDue } from '../../shared/due/list-due.js';
import { parseDueSettings } from '../../shared/due/due-settings.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { INSIGHTS } from '../../shared/schema/insights-schema.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { cellKindOf, numberFormatOf, PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-kind.js';
import { literalInput } from '../../shared/cells/literal-text.js';
import { openSheet } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker, type Tracker } from '../open-tracker.js';
import { readSettings } from '../settings.js';

type Rows = Readonly<Record<string, string>>[];

/** The three sheets the learning loop looks back over, as cells by column key. */
function readSearch({ read, codec }: Tracker = openTracker()) {
  const applications = read(APPLICATIONS).rows;
  const interviews = read(INTERVIEWS).rows;
  const history = read(STAGE_HISTORY).rows;
  const cells = (rows: typeof applications): Rows => rows.map((row) => row.cells);
  const numbers = (rows: typeof applications) => rows.map((row) => row.row);
  return {
    applications: cells(applications),
    interviews: cells(interviews),
    history: cells(history),
    // Sheet row numbers, so "Cells to check" names rows as the person sees them.
    rowNumbers: { applications: numbers(applications), interviews: numbers(interviews), history: numbers(history) },
    now: codec.toWall(new Date(), true),
    timeZone: codec.offsets,
  };
}

/** The market-check item of the core's "what is due", when the settings ask for it. */
function findMarketCheck(search: ReturnType<typeof readSearch>): MarketCheck | null {
  const due = parseDueSettings(readSettings().due);
  const item = listDue({
    applications: search.applications,
    interviews: search.interviews,
    now: search.now,
    settings: due,
    timeZone: search.timeZone,
  }).items.find((candidate) => candidate.kind === 'market-check');
  return item?.kind === 'market-check' ? { lastInterviewOn: item.lastInterviewOn, days: item.days } : null;
}

/** Everything the Insights panel draws. */
export const loadInsights: AddonApi['loadInsights'] = () => {
  const search = readSearch();
  return {
    now: search.now,
    insights: computeInsights(search),
    marketCheck: findMarketCheck(search),
    skills: listSkillsToBuild(search.interviews, search.now),
    questionBank: groupQuestionBank(collectQuestions(search.interviews, search.now)),
  };
};

/**
 * Rebuilds the Insights sheet: one setNumberFormats and one setValues over
 * its own columns, rows left over from a longer previous build blanked.
 * Columns the person added to the right of them are left alone.
 */
export const rebuildInsightsSheet: AddonApi['rebuildInsightsSheet'] = () =>
  withDocumentLock(() => {
    const tracker = openTracker();
    const search = readSearch(tracker);
    const values = toInsightsSheetValues([...toInsightsRows(computeInsights(search)), ...toSkillRows(listSkillsToBuild(search.interviews, search.now))]);
    const sheet = openSheet(tracker.spreadsheet, INSIGHTS);
    const width = INSIGHTS.columns.length;
    const height = Math.max(values.length, sheet.getLastRow());
    const max = sheet.getMaxRows();
    if (height > max) sheet.insertRowsAfter(max, height - max);
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const blank = Array.from({ length: width }, () => '');
    const formats = INSIGHTS.columns.map(numberFormatOf);
    // Text as literal input, so a theme or example starting with `=` stays text whatever the format.
    const input = (line: readonly (string | number)[]) =>
      line.map((value, c) => (typeof value === 'string' && cellKindOf(INSIGHTS.columns[c]!) === 'text' ? literalInput(value, formats[c]!) : value));
    const range = sheet.getRange(1, 1, height, width);
    range.setNumberFormats(Array.from({ length: height }, (_, r) => (r === 0 ? INSIGHTS.columns.map(() => PLAIN_TEXT_FORMAT) : formats)));
    range.setValues(Array.from({ length: height }, (_, r) => (r === 0 ? values[0]! : values[r] ? input(values[r]) : blank)));
    return { sheet: INSIGHTS.name, rows: values.length - 1 };
  });

/** The activity log (applications, interviews, stage changes with dates) as a CSV document. */
export const exportActivityCsv: AddonApi['exportActivityCsv'] = () => {
  const search = readSearch();
  const { entries, problems } = buildActivityLog(search);
  return { filename: `nextround-activity-${search.now.slice(0, 10)}.csv`, csv: formatActivityCsv(entries), entries: entries.length, problems };
};
