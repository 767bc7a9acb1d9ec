/**
 * The five destinations as a WAI-ARIA tab list (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * one tab in the Tab order (roving tabindex), arrows, Home and End move
 * between tabs and open them (automatic activation). Each tab is an icon and
 * a short label; at 200 % zoom the labels give way to the icons, and the
 * label stays the tab's accessible name.
 */
import type { TrackerView } from '../../../shared/tracker/view.js';
import { h } from '../dom.js';
import { NAV_WORDS } from '../words.js';
import { DESTINATIONS, type Destination } from './pages.js';

const SVG = 'http://www.w3.org/2000/svg';

function icon(path: string): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}

/** The tab id of a destination: `tab-<panel>`; its panel is `#panel`. */
export const tabId = (destination: Destination) => `tab-${destination.panel}`;

/** The count beside a tab's label: a number to see, words to hear; none for 0. */
const badge = (count: number) =>
  count > 0
    ? [
        h('span', { className: 'tab-count', attrs: { 'aria-hidden': 'true' } }, String(count)),
        h('span', { className: 'sr-only' }, `, ${NAV_WORDS.dueCount(count)}`),
      ]
    : [];

/** Shows a new count on a tab already drawn, leaving the tab (and its focus) in place. */
export function updateTabCount(destination: Destination, view: TrackerView): void {
  const tab = document.getElementById(tabId(destination));
  if (!tab) return;
  for (const old of tab.querySelectorAll('.tab-count, .sr-only')) old.remove();
  tab.append(...badge(destination.count?.(view) ?? 0));
}

export function renderTabs(view: TrackerView, selected: Destination | null, open: (destination: Destination) => void): HTMLElement {
  const tabs = DESTINATIONS.map((destination) => {
    const count = destination.count?.(view) ?? 0;
    const isSelected = destination === selected;
    return h(
      'button',
      {
        id: tabId(destination),
        attrs: {
          role: 'tab',
          type: 'button',
          'aria-selected': String(isSelected),
          'aria-controls': 'panel',
          // With no tab selected (a sub-page), the first one takes Tab focus.
          tabindex: isSelected || (selected === null && destination === DESTINATIONS[0]) ? '0' : '-1',
          title: destination.label,
        },
        on: { click: () => open(destination) },
      },
      icon(destination.icon),
      h('span', { className: 'tab-label' }, destination.label),
      ...badge(count),
    );
  });
  const list = h('div', { className: 'tabs', attrs: { role: 'tablist', 'aria-label': NAV_WORDS.sections } }, ...tabs);
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const last = tabs.length - 1;
    const next = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    // Opening focuses the new tab; a page kept for its unsaved typing keeps focus in its field.
    open(DESTINATIONS[next]!);
  });
  return list;
}
