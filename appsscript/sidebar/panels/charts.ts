/**
 * Small inline SVG bar charts, drawn with createElementNS from the core's
 * geometry (shared/insights/chart-bars.ts): no chart library, no CDN, no
 * innerHTML, so the sidebar works offline from its own bundle and labels
 * from the sheet stay text. Every bar carries its label and value as
 * data-attributes, so tests read what was drawn.
 */
import type { BarChart } from '../../../shared/insights/chart-bars.js';
import { h } from '../dom.js';
import { INSIGHTS_TEXT, monthCount } from './insights-text.js';

const SVG = 'http://www.w3.org/2000/svg';
const BAR = '#1a73e8';
const TRACK = '#e8f0fe';

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
  /** Width of the label column left of the bars (SVG units). */
  labelWidth: number;
  /** The text after each bar, e.g. "100 · 50%". */
  valueText: (index: number) => string;
  /** Room for the value text right of the bars (SVG units); 70 when absent. */
  valueWidth?: number;
}

/** Horizontal bars (funnel, response rate): label, bar on a light track, value text. */
export function drawRows(chart: BarChart, options: RowsOptions): SVGSVGElement {
  const width = options.labelWidth + chart.width + (options.valueWidth ?? 70);
  const root = svg('svg', { id: options.id, class: 'chart', viewBox: `0 0 ${width} ${chart.height}`, width: '100%', role: 'img', 'aria-label': options.title });
  root.append(svg('title', {}, options.title));
  chart.bars.forEach((bar, index) => {
    const middle = bar.y + bar.height / 2 + 4;
    const group = svg('g', { class: 'bar-row' });
    group.append(
      svg('text', { x: 0, y: middle, class: 'label' }, bar.label),
      svg('rect', { x: options.labelWidth, y: bar.y, width: chart.width, height: bar.height, fill: TRACK }),
      svg('rect', {
        x: options.labelWidth + bar.x,
        y: bar.y,
        width: bar.width,
        height: bar.height,
        fill: BAR,
        class: 'bar',
        'data-label': bar.label,
        'data-value': bar.value,
      }),
      svg('text', { x: options.labelWidth + chart.width + 4, y: middle, class: 'value' }, options.valueText(index)),
    );
    root.append(group);
  });
  return root;
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
