/**
 * A sub-page's header: a Back button, the trail ("Jobs › Acme — Engineer")
 * and the page's heading, focusable (tabindex -1) so the router can move
 * focus to it when the page opens.
 */
import { h } from '../dom.js';
import { NAV_WORDS } from '../words.js';

export function renderPageHeader(trail: readonly string[], back: () => void): HTMLElement {
  const heading = trail.at(-1) ?? '';
  return h(
    'header',
    { className: 'page-header' },
    h('button', { className: 'link back', id: 'back', attrs: { type: 'button' }, on: { click: back } }, `← ${NAV_WORDS.back}`),
    h(
      'nav',
      { className: 'trail small muted', attrs: { 'aria-label': NAV_WORDS.trail } },
      h('ol', {}, ...trail.map((part, index) => h('li', index === trail.length - 1 ? { attrs: { 'aria-current': 'page' } } : {}, part))),
    ),
    h('h1', { id: 'page-title', attrs: { tabindex: '-1' } }, heading),
  );
}
