/**
 * The sidebar: tabs over panels, one loadTracker call for the first screen,
 * a re-render on every route change. Panels register here; later features
 * add theirs to PANELS.
 */
import type { TrackerView } from '../../shared/tracker/view.js';
import { h } from './dom.js';
import { server } from './server.js';
import { pipelinePanel } from './panels/pipeline.js';
import { applicationsPanel, interviewsPanel } from './panels/lists.js';
import { applicationFormPanel, interviewFormPanel } from './panels/forms.js';
import type { Panel, PanelContext, Route } from './panels/panel.js';
import { LEARNING_PANELS } from './panels/learning.js';
import { DRAFTS_PANELS } from './panels/drafts-panels.js';
import { connectPanel } from './panels/connect.js';
import { addJobPanel } from './panels/add-job.js';
import { importTrackerPanel } from './panels/import-tracker.js';

import { replyPanel } from './panels/reply.js';

const PANELS = [
  pipelinePanel,
  applicationsPanel,
  interviewsPanel,
  applicationFormPanel,
  interviewFormPanel,
  ...LEARNING_PANELS,
  ...DRAFTS_PANELS,
  connectPanel,
  addJobPanel,
  importTrackerPanel,

  replyPanel,
];

const root = document.getElementById('app')!;
let view: TrackerView | null = null;
let route: Route = { panel: 'pipeline' };
let query = '';
let notice = '';
// google.script.run may answer out of order: only the latest load may render.
let loadTicket = 0;

function panelFor(current: Route): Panel<Route> {
  const panel = PANELS.find((candidate) => candidate.id === current.panel);
  if (!panel) throw new Error(`No panel "${current.panel}"`);
  // Each panel's render takes its own route; the id match above makes this safe.
  return panel as Panel<Route>;
}

function render(): void {
  if (!view) return;
  const loaded = view;
  const context: PanelContext = {
    view: loaded,
    query,
    setQuery(next) {
      query = next;
      const focused = document.activeElement === document.getElementById('search');
      render();
      const search = document.getElementById('search');
      if (focused && search instanceof HTMLInputElement) {
        search.focus();
        search.setSelectionRange(search.value.length, search.value.length);
      }
    },
    go(next) {
      if (next.panel !== route.panel) query = '';
      route = next;
      notice = '';
      render();
    },
    refresh: (message) => load(message),
  };
  const tabs = h(
    'nav',
    { className: 'tabs', attrs: { role: 'tablist' } },
    ...PANELS.filter((panel) => panel.title !== null).map((panel) =>
      h(
        'button',
        {
          id: `tab-${panel.id}`,
          attrs: { role: 'tab', type: 'button', 'aria-selected': String(route.panel === panel.id) },
          on: { click: () => context.go({ panel: panel.id } as Route) },
        },
        panel.title ?? '',
      ),
    ),
  );
  root.replaceChildren(
    tabs,
    notice ? h('div', { className: 'banner ok', id: 'notice', attrs: { role: 'status' } }, notice) : '',
    panelFor(route).render(context, route),
  );
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const canSetUp = /Set up tracker/.test(message);
  root.replaceChildren(
    h('div', { className: 'banner error', id: 'load-error', attrs: { role: 'alert' } }, message),
    canSetUp
      ? h(
          'button',
          { className: 'primary', id: 'set-up', on: { click: () => void server.setUpTracker().then(() => load('Tracker set up.'), showError) } },
          'Set up tracker',
        )
      : '',
  );
}

async function load(message = ''): Promise<void> {
  const ticket = ++loadTicket;
  try {
    const loaded = await server.loadTracker();
    if (ticket !== loadTicket) return;
    view = loaded;
    if (route.panel === 'application-form' || route.panel === 'interview-form') {
      route = { panel: route.panel === 'application-form' ? 'applications' : 'interviews' };
    }
    notice = message;
    render();
  } catch (error) {
    if (ticket === loadTicket) showError(error);
  }
}

/**
 * Opening the sidebar imports from the calendars when import is on and the
 * last pass is older than a few minutes: showSidebar appends #import-due
 * then (the server checks staleness again). New rows then show in the lists.
 * A pass's problems are in its report, shown in the Calendar tab, so nothing
 * is shown here.
 */
function importIfStale(): void {
  if (!document.getElementById('import-due')) return;
  server.syncCalendarsNow({ onlyIfStale: true }).then(
    (answer) => (answer.started ? load() : undefined),
    () => undefined,
  );
}

void load().then(importIfStale);
