/** Searchable lists of applications and interview rounds. */
import { h } from '../dom.js';
import { matchesQuery } from '../../../shared/tracker/search.js';
import { groupJobs } from '../../../shared/tracker/job-groups.js';
import type { ApplicationRecord } from '../../../shared/models/records.js';
import { server } from '../server.js';
import type { Panel, PanelContext } from './panel.js';

const LIMIT = 200;

function searchBox(context: PanelContext, placeholder: string): HTMLInputElement {
  const input = h('input', { id: 'search', attrs: { type: 'search', placeholder, 'aria-label': placeholder } });
  input.value = context.query;
  input.addEventListener('input', () => context.setQuery(input.value));
  return input;
}

function shown<T>(items: readonly T[]): { items: readonly T[]; note: string | null } {
  return items.length > LIMIT ? { items: items.slice(0, LIMIT), note: `Showing ${LIMIT} of ${items.length}; refine the search.` } : { items, note: null };
}

export const applicationsPanel: Panel<{ panel: 'applications' }> = {
  id: 'applications',
  title: 'Applications',
  render(context) {
    const found = context.view.applications.filter((a) => matchesQuery([a.company, a.role, a.stage, a.contact, a.notes, a.nextAction], context.query));
    // Active first, closed apart, each by the soonest next action (shared/tracker/job-groups.ts, as on the board).
    const { active, closed } = groupJobs(found);
    const { items, note } = shown([...active, ...closed]);
    const row = (a: ApplicationRecord) =>
      h(
        'li',
        { className: 'item', on: { click: () => context.go({ panel: 'application-form', record: a }) } },
        h('div', {}, `${a.company} · ${a.role}`),
        h('div', { className: 'muted small' }, a.stage || 'no stage', a.nextActionDue ? ` · next: ${a.nextActionDue}` : ''),
      );
    const group = (id: string, title: string, rows: readonly ApplicationRecord[]) =>
      rows.length ? h('section', { id }, h('h3', { className: 'group-title' }, `${title} (${rows.length})`), h('ul', {}, ...rows.map(row))) : '';
    return h(
      'section',
      {},
      h(
        'div',
        { className: 'actions' },
        h(
          'button',
          { className: 'primary', id: 'add-application', on: { click: () => context.go({ panel: 'application-form', record: null }) } },
          'Add application',
        ),
        h(
          'button',
          {
            className: 'secondary',
            id: 'open-board',
            attrs: { type: 'button', title: 'Opens the stage board in a large window' },
            on: { click: () => void server.openBoard() },
          },
          'Board',
        ),
      ),
      searchBox(context, 'Search applications'),
      h(
        'div',
        { id: 'application-list' },
        group('jobs-active', 'Active', items.slice(0, active.length)),
        group('jobs-closed', 'Closed', items.slice(active.length)),
      ),
      found.length === 0 ? h('p', { className: 'muted' }, 'No applications match.') : null,
      note ? h('p', { className: 'muted small' }, note) : null,
    );
  },
};

export const interviewsPanel: Panel<{ panel: 'interviews' }> = {
  id: 'interviews',
  title: 'Interviews',
  render(context) {
    const found = [...context.view.interviews]
      .filter((r) => matchesQuery([r.company, r.role, r.title, r.round, r.interviewers, r.notes], context.query))
      .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    const { items, note } = shown(found);
    return h(
      'section',
      {},
      h(
        'div',
        { className: 'actions' },
        h('button', { className: 'primary', id: 'add-interview', on: { click: () => context.go({ panel: 'interview-form', record: null }) } }, 'Add interview'),
      ),
      searchBox(context, 'Search interviews'),
      h(
        'ul',
        { id: 'interview-list' },
        ...items.map((r) =>
          h(
            'li',
            { className: 'item', on: { click: () => context.go({ panel: 'interview-form', record: r }) } },
            h('div', {}, `${r.start} · ${r.company}`),
            h('div', { className: 'muted small' }, r.title, r.calendarStatus ? ` · ${r.calendarStatus}` : ''),
          ),
        ),
      ),
      found.length === 0 ? h('p', { className: 'muted' }, 'No interviews match.') : null,
      note ? h('p', { className: 'muted small' }, note) : null,
    );
  },
};
