/** Searchable lists of applications and interview rounds. */
import { h, rowButton } from '../dom.js';
import { NAV_WORDS, STAGE_WORDS, appliedOn, nextOn, statusWords } from '../words.js';
import { EMPTY_WORDS, LIST_WORDS, noJobMatches, noRoundMatches, showingSome } from './lists-text.js';
import { hubKey } from './hub-keys.js';
import { matchesQuery } from '../../../shared/tracker/search.js';
import { groupJobs } from '../../../shared/tracker/job-groups.js';
import type { ApplicationRecord } from '../../../shared/models/records.js';
import { server } from '../server.js';
import { ADD_JOB_TEXT, IMPORT_TEXT } from './getting-data-in-text.js';
import type { Panel, PanelContext } from './panel.js';

const LIMIT = 200;

function searchBox(context: PanelContext, placeholder: string): HTMLInputElement {
  const input = h('input', { id: 'search', attrs: { type: 'search', placeholder, 'aria-label': placeholder } });
  input.value = context.query;
  input.addEventListener('input', () => context.setQuery(input.value));
  return input;
}

function shown<T>(items: readonly T[]): { items: readonly T[]; note: string | null } {
  return items.length > LIMIT ? { items: items.slice(0, LIMIT), note: showingSome(LIMIT, items.length) } : { items, note: null };
}

// The board is a dialog over the sheet, outside the sidebar: cards moved there show once the sidebar has attention again.
let boardOpen = false;

/** Reads the tracker once when the sidebar is focused or shown again after the board opened (no polling). */
function refreshOnReturn(context: PanelContext): void {
  if (boardOpen) return;
  boardOpen = true;
  const back = () => {
    if (document.hidden) return;
    boardOpen = false;
    removeEventListener('focus', back);
    document.removeEventListener('visibilitychange', back);
    // Like every reload nobody asked for, it does not draw over unsaved typing (main.ts load).
    void context.refresh();
  };
  addEventListener('focus', back);
  document.addEventListener('visibilitychange', back);
}

export const applicationsPanel: Panel<{ panel: 'applications' }> = {
  id: 'applications',
  title: NAV_WORDS.jobs,
  render(context) {
    const found = context.view.applications.filter((a) => matchesQuery([a.company, a.role, a.stage, a.contact, a.notes, a.nextAction], context.query));
    // Active first, closed apart, each by the soonest next action (shared/tracker/job-groups.ts, as on the board).
    const { active, closed } = groupJobs(found);
    const { items, note } = shown([...active, ...closed]);
    const row = (a: ApplicationRecord) =>
      rowButton(
        { attrs: { 'data-key': hubKey(a.id, a.row) }, onOpen: () => context.go({ panel: 'application', key: hubKey(a.id, a.row) }) },
        `${a.company} · ${a.role}`,
        [a.stage || STAGE_WORDS.none, a.appliedOn ? appliedOn(a.appliedOn) : '', a.nextActionDue ? nextOn(a.nextActionDue) : ''].filter(Boolean).join(' · '),
      );
    const group = (id: string, title: string, rows: readonly ApplicationRecord[]) =>
      rows.length ? h('section', { id }, h('h3', { className: 'group-title' }, `${title} (${rows.length})`), h('ul', {}, ...rows.map(row))) : '';
    return h(
      'section',
      {},
      h(
        'div',
        { className: 'actions wrap' },
        h(
          'button',
          { className: 'primary', id: 'add-application', on: { click: () => context.go({ panel: 'application-form', record: null }) } },
          LIST_WORDS.addJob,
        ),
        // Getting data in (issue 16): a job from its posting's link, rows from another tracker.
        h(
          'button',
          { className: 'secondary', id: 'open-add-job', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'add-job' }) } },
          ADD_JOB_TEXT.open,
        ),
        h(
          'button',
          { className: 'secondary', id: 'open-import', attrs: { type: 'button' }, on: { click: () => context.go({ panel: 'import-tracker' }) } },
          IMPORT_TEXT.open,
        ),
        h(
          'button',
          {
            className: 'secondary',
            id: 'open-board',
            attrs: { type: 'button', title: LIST_WORDS.boardHint },
            // Armed on the click, before the dialog can take focus away (a click or Enter here leaves the sidebar focused).
            on: {
              click: () => {
                refreshOnReturn(context);
                void server.openBoard();
              },
            },
          },
          LIST_WORDS.board,
        ),
      ),
      searchBox(context, LIST_WORDS.searchJobs),
      h(
        'div',
        { id: 'application-list' },
        group('jobs-active', LIST_WORDS.active, items.slice(0, active.length)),
        group('jobs-closed', LIST_WORDS.closed, items.slice(active.length)),
      ),
      found.length === 0
        ? h('p', { className: 'muted', id: 'jobs-empty' }, context.query.trim() ? noJobMatches(context.query.trim()) : EMPTY_WORDS.jobs)
        : null,
      note ? h('p', { className: 'muted small' }, note) : null,
    );
  },
};

export const interviewsPanel: Panel<{ panel: 'interviews' }> = {
  id: 'interviews',
  title: NAV_WORDS.interviews,
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
        h(
          'button',
          { className: 'primary', id: 'add-interview', on: { click: () => context.go({ panel: 'interview-form', record: null }) } },
          LIST_WORDS.addInterview,
        ),
      ),
      searchBox(context, LIST_WORDS.searchInterviews),
      h(
        'ul',
        { id: 'interview-list' },
        ...items.map((r) =>
          rowButton(
            { attrs: { 'data-key': hubKey(r.eventId, r.row) }, onOpen: () => context.go({ panel: 'interview', key: hubKey(r.eventId, r.row) }) },
            `${r.start} · ${r.company}`,
            [r.title, statusWords(r.calendarStatus)].filter(Boolean).join(' · '),
          ),
        ),
      ),
      found.length === 0
        ? h('p', { className: 'muted', id: 'interviews-empty' }, context.query.trim() ? noRoundMatches(context.query.trim()) : EMPTY_WORDS.interviews)
        : null,
      note ? h('p', { className: 'muted small' }, note) : null,
    );
  },
};
