/**
 * Small bar charts from the core's geometry (shared/insights/chart-bars.ts):
 * rows in HTML, columns in inline SVG drawn with createElementNS. No chart
 * library, no CDN, no innerHTML, so the sidebar works offline from its own
 * bundle and labels from the sheet stay text. Every bar carries its label and
 * value as data-attributes, so tests read what was drawn.
 */
import type { BarChart } from '../../../shared/insights/chart-bars.js';
import { h } from '../dom.js';
import { INSIGHTS_TEXT, monthCount } from './insights-text.js';

const SVG = 'http://www.w3.org/2000/svg';
const BAR = '#1a73e8';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface RowsOptions {
  id: string;
  /** Accessible name of the chart. */
  title: string;
  /** The text after each bar, e.g. "100 · 50%". */
  valueText: (index: number) => string;
}

/**
 * Horizontal bars (funnel, response rate) as HTML rows: label, bar on a light
 * track, value text. HTML, not SVG, so the words grow when the person zooms
 * and wrap at 300 px (SVG text scales with the chart's width instead); a list
 * a screen reader reads row by row. Each bar's width is its share of the
 * layout's width (shared/insights/chart-bars.ts), so bar and label agree.
 */
export function drawRows(chart: BarChart, options: RowsOptions): HTMLElement {
  return h(
    'div',
    { id: options.id, className: 'chart-rows', attrs: { role: 'list', 'aria-label': options.title } },
    ...chart.bars.map((bar, index) =>
      h(
        'div',
        { className: 'bar-row', attrs: { role: 'listitem' } },
        h('span', { className: 'label' }, bar.label),
        h(
          'span',
          { className: 'track', attrs: { 'aria-hidden': 'true' } },
          h('span', {
            className: 'bar',
            attrs: { 'data-label': bar.label, 'data-value': String(bar.value), style: `width: ${chart.width ? (bar.width / chart.width) * 100 : 0}%` },
          }),
        ),
        h('span', { className: 'value' }, options.valueText(index)),
      ),
    ),
  );
}

/**
 * Vertical bars (interviews per month) with the first and last labels under the axis, and each month's
 * count as text below: a bar's own value would otherwise show only on hover, and text inside the SVG
 * does not grow when the person zooms.
 */
export function drawColumns(chart: BarChart, options: { id: string; title: string }): HTMLElement {
  const axis = 14;
  const root = svg('svg', {
    id: options.id,
    class: 'chart',
    viewBox: `0 0 ${chart.width} ${chart.height + axis}`,
    width: '100%',
    role: 'img',
    'aria-label': options.title,
  });
  root.append(svg('title', {}, options.title));
  for (const bar of chart.bars) {
    const rect = svg('rect', {
      x: bar.x,
      y: bar.y,
      width: bar.width,
      height: bar.height,
      fill: BAR,
      class: 'bar',
      'data-label': bar.label,
      'data-value': bar.value,
    });
    rect.append(svg('title', {}, `${bar.label}: ${bar.value}`));
    root.append(rect);
  }
  const first = chart.bars[0];
  const last = chart.bars.at(-1);
  root.append(svg('line', { x1: 0, x2: chart.width, y1: chart.height, y2: chart.height, stroke: '#9aa0a6' }));
  if (first) root.append(svg('text', { x: 0, y: chart.height + axis - 2, class: 'axis' }, first.label));
  if (last && last !== first) root.append(svg('text', { x: chart.width, y: chart.height + axis - 2, class: 'axis', 'text-anchor': 'end' }, last.label));
  root.append(svg('text', { x: 0, y: 10, class: 'axis' }, `max ${chart.max}`));
  const numbers = h('ul', { className: 'small' }, ...chart.bars.map((bar) => h('li', {}, monthCount(bar.label, bar.value))));
  return h('div', {}, root, h('details', { id: `${options.id}-numbers` }, h('summary', {}, INSIGHTS_TEXT.monthNumbers), numbers));
}
