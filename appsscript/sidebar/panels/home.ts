/**
 * Home: where the search stands (applications per stage, only stages in
 * use), upcoming interviews and overdue next actions — each row opens its
 * hub — and "More", the secondary pages. An empty tracker shows the three
 * start steps instead of rows of zeros.
 */
import { h, rowButton, safeLink } from '../dom.js';
import type { Panel } from './panel.js';
import { stageDefinitionOf } from '../../../shared/stages/stage-queries.js';
import { SECONDARY_PAGES } from '../nav/pages.js';
import { NAV_WORDS } from '../words.js';
import { EMPTY_WORDS, HOME_WORDS, applicationsTotal, dueOn, joinCall } from './lists-text.js';
import { renderStartSteps } from './welcome.js';
import { hubKey } from './hub-keys.js';

/** A stage's label after a dot of its colour, both from the stage's definition. */
function stageCell(stage: string): HTMLElement {
  const definition = stageDefinitionOf(stage);
  const dot = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${definition?.colour ?? 'transparent'}` } });
  return h('td', {}, dot, definition?.label ?? stage);
}

function renderMore(go: Parameters<Panel['render']>[0]['go']): HTMLElement {
  return h(
    'section',
    { id: 'more', attrs: { 'aria-labelledby': 'more-title' } },
    h('h2', { id: 'more-title' }, NAV_WORDS.more),
    h('ul', {}, ...SECONDARY_PAGES.map((page) => rowButton({ id: `go-${page.id}`, onOpen: () => go(page.route) }, page.label, page.hint))),
  );
}

export const homePanel: Panel<{ panel: 'home' }> = {
  id: 'home',
  title: NAV_WORDS.home,
  render({ view, go }) {
    const { summary } = view;
    if (summary.total === 0 && view.interviews.length === 0) {
      return h('section', { id: 'home' }, h('p', { className: 'muted small', id: 'total' }, applicationsTotal(0, 0)), renderStartSteps(), renderMore(go));
    }
    const stages = h(
      'table',
      { className: 'stages', id: 'stage-counts' },
      h('caption', { className: 'sr-only' }, HOME_WORDS.stages),
      ...summary.stages
        .filter(({ count }) => count > 0)
        .map(({ stage, count }) => h('tr', { attrs: { 'data-stage': stage } }, stageCell(stage), h('td', { className: 'count' }, String(count)))),
    );
    const upcoming = summary.upcoming.length
      ? h(
          'ul',
          { id: 'upcoming' },
          ...summary.upcoming.map((round) =>
            rowButton({ onOpen: () => go({ panel: 'interview', key: hubKey(round.eventId, round.row) }) }, `${round.start} · ${round.company}`, round.title),
          ),
        )
      : h('p', { className: 'muted', id: 'upcoming' }, EMPTY_WORDS.upcoming);
    // Join links sit beside the rows, not inside them: a link in a button is not reachable.
    const joins = summary.upcoming.filter((round) => round.meetingLink);
    const overdue = summary.overdue.length
      ? h(
          'ul',
          { id: 'overdue' },
          ...summary.overdue.map((application) =>
            rowButton(
              { onOpen: () => go({ panel: 'application', key: hubKey(application.id, application.row) }) },
              `${application.company} · ${application.nextAction}`,
              h('span', { className: 'overdue' }, dueOn(application.nextActionDue)),
            ),
          ),
        )
      : h('p', { className: 'muted', id: 'overdue' }, EMPTY_WORDS.overdue);
    return h(
      'section',
      { id: 'home' },
      h('p', { className: 'muted small', id: 'total' }, applicationsTotal(summary.total, summary.unstaged)),
      stages,
      h('h2', {}, HOME_WORDS.upcoming),
      upcoming,
      joins.length
        ? h(
            'ul',
            { className: 'small', id: 'join-links' },
            ...joins.map((round) => h('li', {}, safeLink(round.meetingLink, joinCall(round.company, round.start.slice(11))))),
          )
        : null,
      h('h2', {}, HOME_WORDS.overdue),
      overdue,
      view.problems.length
        ? h(
            'details',
            { id: 'problems' },
            h('summary', { className: 'small' }, HOME_WORDS.cellsToCheck),
            h('ul', { className: 'small muted' }, ...view.problems.map((problem) => h('li', {}, problem))),
          )
        : null,
      renderMore(go),
    );
  },
};
