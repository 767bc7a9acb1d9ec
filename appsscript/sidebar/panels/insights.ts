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

// Every error passes through the message catalogue's translation (words.ts).
const errorText = (error: unknown) => forPerson(error);

export const insightsPanel: Panel<{ panel: 'insights' }> = {
  id: 'insights',
  title: 'Insights',
  render() {
    const status = h('div', { id: 'insights-status', attrs: { role: 'status' } });
    const body = h('div', { id: 'insights-body' }, h('p', { className: 'muted' }, 'Looking back…'));
    const say = (text: string, kind: 'ok' | 'error') => status.replaceChildren(h('div', { className: `banner ${kind}` }, text));
    server.loadInsights().then(
      (view) => body.replaceChildren(...renderInsights(view)),
      (error: unknown) => say(errorText(error), 'error'),
    );
    const rebuild = h('button', { className: 'secondary', id: 'rebuild-insights', attrs: { type: 'button' } }, 'Rebuild Insights sheet');
    rebuild.addEventListener('click', () => {
      rebuild.disabled = true;
      server
        .rebuildInsightsSheet()
        .then(
          (report) => say(`The ${report.sheet} sheet now has ${report.rows} rows.`, 'ok'),
          (error: unknown) => say(errorText(error), 'error'),
        )
        .finally(() => (rebuild.disabled = false));
    });
    const exportCsv = h('button', { className: 'secondary', id: 'export-csv', attrs: { type: 'button' } }, 'Export activity CSV');
    exportCsv.addEventListener('click', () => {
      exportCsv.disabled = true;
      server
        .exportActivityCsv()
        .then(
          (file) => {
            download(file.filename, file.csv);
            say(`${file.entries} entries exported to ${file.filename}.`, 'ok');
            // Where a browser blocks downloads from the sidebar's frame, the text can still be copied.
            const text = h('textarea', { id: 'csv-text', attrs: { readonly: '', 'aria-label': file.filename } });
            text.value = file.csv;
            status.append(h('details', {}, h('summary', { className: 'small' }, 'Show the CSV text'), text));
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
  const source = (id: string, text: string) => h('p', { className: 'small muted source', id }, text);
  return [
    marketCheck
      ? h(
          'div',
          { className: 'banner nudge', id: 'market-check' },
          `Your last interview was on ${marketCheck.lastInterviewOn}, ${marketCheck.days} days ago. Interviewing at least once a year keeps you close to your market.`,
        )
      : '',
    h('p', { className: 'small', id: 'insights-summary' }, summaryText(insights)),
    h('h2', {}, 'Funnel'),
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
        title: 'Applications reaching each stage, out of those that applied',
        labelWidth: 78,
        valueText: (i) => funnelValueText(insights.funnel, i),
      },
    ),
    source('funnel-steps', funnelStepsText(insights.funnel)),
    h('h2', {}, 'Response rate by source'),
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
        title: 'Share of applications that heard back, by source',
        labelWidth: 78,
        // "62% of 29 · 5 d" needs more room than the funnel's labels.
        valueWidth: 100,
        valueText: (i) => sourceValueText(insights.sources[i]!),
      },
    ),
    h('h2', {}, 'Interviews per month'),
    source('months-source', monthsSource(insights)),
    drawColumns(
      layoutColumns(
        insights.interviewsPerMonth.map((m) => ({ label: m.month, value: m.count })),
        280,
        80,
      ),
      {
        id: 'chart-months',
        title: 'Interviews per month',
      },
    ),
    h('h2', {}, 'Pass rate by round'),
    source('round-types-source', ROUND_TYPES_SOURCE),
    countList(
      'round-types',
      insights.roundTypes.map((r) => ({ label: r.round, count: roundTypeText(r) })),
    ),
    h('h2', {}, 'To improve, most often'),
    source('themes-source', themesSource(insights)),
    themeList('themes', insights.improveThemes),
    h('h2', {}, 'Questions you were asked'),
    source('questions-source', QUESTIONS_SOURCE),
    themeList('questions', insights.questions),
    ...renderSkills(view),
    ...renderQuestionBank(view),
    ...renderResumeVersions(view),
    insights.problems.length
      ? h(
          'details',
          { id: 'insights-problems' },
          h('summary', { className: 'small' }, 'Cells to check'),
          h('ul', { className: 'small muted' }, ...insights.problems.map((p) => h('li', {}, p))),
        )
      : '',
  ];
}

function themeList(id: string, groups: Insights['improveThemes']): HTMLElement {
  if (groups.length === 0) return h('p', { className: 'muted small', id }, 'Nothing written yet: debriefs fill this in.');
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
