/**
 * Look back: the funnel, response rate by source and interviews per month as
 * small inline SVG charts; pass rates per round type, recurring "to improve"
 * themes and questions as lists; the yearly market-check nudge; buttons to
 * rebuild the Insights sheet and download the activity log as CSV.
 */
import { renderResumeVersions, renderSkills } from './skills.js';
import { renderQuestionBank } from './questions.js';
import type { Insights } from '../../../shared/insights/insights-types.js';
import { layoutColumns, layoutRows } from '../../../shared/insights/chart-bars.js';
import {
  funnelSource,
  funnelStepsText,
  funnelValueText,
  monthsSource,
  QUESTIONS_SOURCE,
  ROUND_TYPES_SOURCE,
  roundTypeText,
  sourcesSource,
  sourceValueText,
  summaryText,
  themesSource,
} from '../../../shared/insights/insights-wording.js';
import type { InsightsView } from '../../api/views.js';
import { h } from '../dom.js';
import { server } from '../server.js';
import { forPerson } from '../words.js';
import { drawColumns, drawRows } from './charts.js';
import type { Panel } from './panel.js';
import { INSIGHTS_TEXT, exported, marketCheckDays, sheetRebuilt } from './insights-text.js';

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);

export const insightsPanel: Panel<{ panel: 'insights' }> = {
  id: 'insights',
  title: INSIGHTS_TEXT.title,
  render() {
    const status = h('div', { id: 'insights-status', attrs: { role: 'status' } });
    const body = h('div', { id: 'insights-body' }, h('p', { className: 'muted' }, INSIGHTS_TEXT.loading));
    const say = (text: string, kind: 'ok' | 'error') => status.replaceChildren(h('div', { className: `banner ${kind}` }, text));
    server.loadInsights().then(
      (view) => body.replaceChildren(...renderInsights(view)),
      (error: unknown) => say(errorText(error), 'error'),
    );
    const rebuild = h('button', { className: 'secondary', id: 'rebuild-insights', attrs: { type: 'button' } }, INSIGHTS_TEXT.rebuild);
    rebuild.addEventListener('click', () => {
      rebuild.disabled = true;
      server
        .rebuildInsightsSheet()
        .then(
          (report) => say(sheetRebuilt(report.sheet, report.rows), 'ok'),
          (error: unknown) => say(errorText(error), 'error'),
        )
        .finally(() => (rebuild.disabled = false));
    });
    const exportCsv = h('button', { className: 'secondary', id: 'export-csv', attrs: { type: 'button' } }, INSIGHTS_TEXT.exportCsv);
    exportCsv.addEventListener('click', () => {
      exportCsv.disabled = true;
      server
        .exportActivityCsv()
        .then(
          (file) => {
            download(file.filename, file.csv);
            say(exported(file.entries, file.filename), 'ok');
            // Where a browser blocks downloads from the sidebar's frame, the text can still be copied.
            const text = h('textarea', { id: 'csv-text', attrs: { readonly: '', 'aria-label': file.filename } });
            text.value = file.csv;
            status.append(h('details', {}, h('summary', { className: 'small' }, INSIGHTS_TEXT.showCsv), text));
          },
          (error: unknown) => say(errorText(error), 'error'),
        )
        .finally(() => (exportCsv.disabled = false));
    });
    return h('section', { id: 'insights' }, status, body, h('div', { className: 'actions wrap' }, exportCsv, rebuild));
  },
};

function renderInsights(view: InsightsView): (Node | string)[] {
  const { insights, marketCheck } = view;
  // Nothing to look back on yet: one line that says what fills this page, not charts of zeros.
  if (insights.totals.applications === 0 && insights.totals.interviews === 0) {
    return [h('p', { className: 'muted', id: 'insights-empty' }, INSIGHTS_TEXT.empty)];
  }
  const source = (id: string, text: string) => h('p', { className: 'small muted source', id }, text);
  return [
    marketCheck ? h('div', { className: 'banner nudge', id: 'market-check' }, marketCheckDays(marketCheck.lastInterviewOn, marketCheck.days)) : '',
    h('p', { className: 'small', id: 'insights-summary' }, summaryText(insights)),
    h('h2', {}, INSIGHTS_TEXT.funnel),
    source('funnel-source', funnelSource(insights)),
    drawRows(
      // Every bar on the base its label uses: the applications that reached Applied.
      layoutRows(
        insights.funnel.map((step) => ({ label: step.stage, value: step.reached })),
        150,
        18,
        Math.max(1, insights.funnel[0]?.reached ?? 0),
      ),
      {
        id: 'chart-funnel',
        title: INSIGHTS_TEXT.funnelChart,
        valueText: (i) => funnelValueText(insights.funnel, i),
      },
    ),
    source('funnel-steps', funnelStepsText(insights.funnel)),
    h('h2', {}, INSIGHTS_TEXT.sources),
    source('sources-source', sourcesSource(insights)),
    drawRows(
      layoutRows(
        insights.sources.map((s) => ({ label: s.source, value: s.responseRate ?? 0 })),
        120,
        14,
        1,
      ),
      {
        id: 'chart-sources',
        title: INSIGHTS_TEXT.sourcesChart,
        valueText: (i) => sourceValueText(insights.sources[i]!),
      },
    ),
    h('h2', {}, INSIGHTS_TEXT.months),
    source('months-source', monthsSource(insights)),
    drawColumns(
      layoutColumns(
        insights.interviewsPerMonth.map((m) => ({ label: m.month, value: m.count })),
        280,
        80,
      ),
      {
        id: 'chart-months',
        title: INSIGHTS_TEXT.months,
      },
    ),
    h('h2', {}, INSIGHTS_TEXT.rounds),
    source('round-types-source', ROUND_TYPES_SOURCE),
    countList(
      'round-types',
      insights.roundTypes.map((r) => ({ label: r.round, count: roundTypeText(r) })),
    ),
    h('h2', {}, INSIGHTS_TEXT.improve),
    source('themes-source', themesSource(insights)),
    themeList('themes', insights.improveThemes),
    h('h2', {}, INSIGHTS_TEXT.questions),
    source('questions-source', QUESTIONS_SOURCE),
    themeList('questions', insights.questions),
    ...renderSkills(view),
    ...renderQuestionBank(view),
    ...renderResumeVersions(view),
    insights.problems.length
      ? h(
          'details',
          { id: 'insights-problems' },
          h('summary', { className: 'small' }, INSIGHTS_TEXT.cellsToCheck),
          h('ul', { className: 'small muted' }, ...insights.problems.map((p) => h('li', {}, p))),
        )
      : '',
  ];
}

function themeList(id: string, groups: Insights['improveThemes']): HTMLElement {
  if (groups.length === 0) return h('p', { className: 'muted small', id }, INSIGHTS_TEXT.nothingYet);
  return countList(
    id,
    groups.slice(0, 8).map((group) => ({ label: group.label, count: String(group.count), examples: group.examples })),
  );
}

/** Each item's own words (the person's notes) are shown under it, not hidden in a hover tooltip. */
function countList(id: string, items: { label: string; count: string; examples?: readonly string[] }[]): HTMLElement {
  return h(
    'ul',
    { id, className: 'counts' },
    ...items.map((item) =>
      h(
        'li',
        {},
        h('span', {}, item.label),
        h('span', { className: 'count' }, item.count),
        item.examples?.length ? h('span', { className: 'examples small muted' }, item.examples.join(' · ')) : '',
      ),
    ),
  );
}

/** Offers the CSV as a file download from the sidebar itself (a Blob: nothing leaves the browser). */
function download(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
