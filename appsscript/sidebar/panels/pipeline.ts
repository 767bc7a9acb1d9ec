/** The first screen: count per stage, upcoming interviews, overdue next actions. */
import { h, safeLink } from '../dom.js';
import type { Panel } from './panel.js';
import { TEXT } from './getting-data-in-text.js';
import { stageDefinitionOf } from '../../../shared/stages/stage-queries.js';

/** A stage's label after a dot of its colour, both from the stage's definition. */
function stageCell(stage: string): HTMLElement {
  const definition = stageDefinitionOf(stage);
  const dot = h('span', { className: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${definition?.colour ?? 'transparent'}` } });
  return h('td', {}, dot, definition?.label ?? stage);
}

export const pipelinePanel: Panel<{ panel: 'pipeline' }> = {
  id: 'pipeline',
  title: 'Pipeline',
  render({ view, go }) {
    const { summary } = view;
    const stages = h(
      'table',
      { className: 'stages', id: 'stage-counts' },
      ...summary.stages.map(({ stage, count }) =>
        h('tr', { attrs: { 'data-stage': stage } }, stageCell(stage), h('td', { className: 'count' }, String(count))),
      ),
    );
    const upcoming = summary.upcoming.length
      ? h(
          'ul',
          { id: 'upcoming' },
          ...summary.upcoming.map((round) =>
            h(
              'li',
              { className: 'item', on: { click: () => go({ panel: 'interview-form', record: round }) } },
              h('div', {}, `${round.start} · ${round.company}`),
              h(
                'div',
                { className: 'muted small' },
                round.title,
                round.meetingLink ? ' · ' : '',
                round.meetingLink ? safeLink(round.meetingLink, 'join') : null,
              ),
            ),
          ),
        )
      : h('p', { className: 'muted', id: 'upcoming' }, 'No interviews in the coming days.');
    const overdue = summary.overdue.length
      ? h(
          'ul',
          { id: 'overdue' },
          ...summary.overdue.map((application) =>
            h(
              'li',
              { className: 'item', on: { click: () => go({ panel: 'application-form', record: application }) } },
              h('div', {}, `${application.company} · ${application.nextAction}`),
              h('div', { className: 'overdue small' }, `due ${application.nextActionDue}`),
            ),
          ),
        )
      : h('p', { className: 'muted', id: 'overdue' }, 'Nothing overdue.');
    return h(
      'section',
      {},
      // Getting data in (issue 16); the new navigation moves these.
      h(
        'div',
        { className: 'actions wrap' },
        h('button', { className: 'primary', id: 'open-add-job', attrs: { type: 'button' }, on: { click: () => go({ panel: 'add-job' }) } }, TEXT.addJob.open),
        h(
          'button',
          { className: 'secondary', id: 'open-import', attrs: { type: 'button' }, on: { click: () => go({ panel: 'import-tracker' }) } },
          TEXT.importTracker.open,
        ),
      ),
      h('p', { className: 'muted small', id: 'total' }, `${summary.total} applications${summary.unstaged ? `, ${summary.unstaged} without a stage` : ''}`),
      stages,
      h('h2', {}, 'Upcoming interviews'),
      upcoming,
      h('h2', {}, 'Overdue next actions'),
      overdue,
      view.problems.length
        ? h(
            'details',
            { id: 'problems' },
            h('summary', { className: 'small' }, 'Cells to check'),
            h('ul', { className: 'small muted' }, ...view.problems.map((problem) => h('li', {}, problem))),
          )
        : null,
    );
  },
};
