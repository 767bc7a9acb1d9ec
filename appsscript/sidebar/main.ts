/**
 * The sidebar: five tabs over the primary destinations, sub-pages with a
 * trail and a way back, one loadTracker call for the first screen and a
 * re-render on every route change. Pages are declared in nav/registry.ts.
 */
import type { TrackerView } from '../../shared/tracker/view.js';
import { h } from './dom.js';
import { server } from './server.js';
import type { Panel, PanelContext, Route } from './panels/panel.js';
import { DESTINATIONS, PANELS, SECONDARY_PAGES, destinationOf, type Destination } from './nav/registry.js';
import { isOnDemand, loadedPanel, openingPanel } from './nav/on-demand.js';
import { renderTabs, tabId, updateTabCount } from './nav/tabs.js';
import { renderPageHeader } from './nav/page-header.js';
import { mayLeave, unsavedField, watchUnsaved } from './nav/unsaved.js';
import { renderWelcome, isMissingTracker } from './panels/welcome.js';
import { forPerson, NAV_WORDS, WELCOME_WORDS } from './words.js';

const root = document.getElementById('app')!;
let view: TrackerView | null = null;
let route: Route = { panel: 'home' };
// The pages a Back (button or Escape) returns through, most recent last.
let history: Route[] = [];
// The destination whose tab stays selected while a sub-page is open.
let section: Destination = DESTINATIONS[0]!;
let query = '';
let notice = '';
// google.script.run may answer out of order: only the latest load may render.
let loadTicket = 0;
const DUE_TAB = DESTINATIONS.find((destination) => destination.panel === 'due')!;

function panelFor(current: Route): Panel<Route> {
  const panel = PANELS.find((candidate) => candidate.id === current.panel) ?? loadedPanel(current.panel);
  if (panel) return panel;
  if (!isOnDemand(current.panel)) throw new Error(`No panel "${current.panel}"`);
  // A rarer page not fetched yet: its Home label heads the page meanwhile; once here, it shows if still wanted.
  const title = SECONDARY_PAGES.find((page) => page.route.panel === current.panel)?.label ?? NAV_WORDS.opening;
  return openingPanel(current.panel, title, () => {
    // Focus stays on the tab if it was there (the tabs are drawn again); else the page's heading or first field takes it.
    if (route === current) render(document.activeElement?.getAttribute('role') === 'tab' ? 'tab' : 'heading');
  });
}

type Focus = 'heading' | 'tab' | 'keep';

// Every way off a page (Escape, Back, a tab, a link) passes here: unsaved typing is asked about first.
function navigate(next: Route, focus: Focus): void {
  if (!mayLeave()) return;
  const destination = destinationOf(next);
  if (destination) {
    section = destination;
    history = [];
  } else history.push(route);
  if (next.panel !== route.panel) query = '';
  route = next;
  notice = '';
  render(focus);
}

function back(): void {
  if (!mayLeave()) return;
  const previous = history.pop() ?? { panel: section.panel };
  route = previous;
  notice = '';
  render('heading');
}

const context = (loaded: TrackerView): PanelContext => ({
  view: loaded,
  query,
  setQuery(next) {
    query = next;
    const focused = document.activeElement === document.getElementById('search');
    render('keep');
    const search = document.getElementById('search');
    if (focused && search instanceof HTMLInputElement) {
      search.focus();
      search.setSelectionRange(search.value.length, search.value.length);
    }
  },
  go: (next) => navigate(next, 'heading'),
  back,
  refresh: (message) => load(message),
  setDueCount(count) {
    if (!view || view.dueCount === count) return;
    view = { ...view, dueCount: count };
    updateTabCount(DUE_TAB, view);
  },
});

function render(focus: Focus): void {
  if (!view) return;
  const panel = panelFor(route);
  const destination = destinationOf(route);
  const content = panel.render(context(view), route);
  const trail = destination ? null : [section.label, ...(panel.place?.(route, view) ?? [panel.title ?? ''])];
  const tabs = renderTabs(view, destination, (chosen) => navigate({ panel: chosen.panel } as Route, 'tab'));
  const main = h(
    'main',
    { id: 'panel', attrs: { role: 'tabpanel', 'aria-labelledby': tabId(destination ?? section) } },
    trail ? renderPageHeader(trail, back) : null,
    notice ? h('div', { className: 'banner ok', id: 'notice', attrs: { role: 'status' } }, notice) : null,
    content,
  );
  watchUnsaved(main);
  root.replaceChildren(tabs, main);
  if (focus === 'tab') document.getElementById(tabId(section))?.focus();
  else if (focus === 'heading') (document.getElementById('page-title') ?? firstField(main))?.focus();
}

/** A primary destination has no page heading: its first field or button takes focus. */
const firstField = (main: HTMLElement) => main.querySelector<HTMLElement>('input, select, textarea, button');

// Escape closes the open form, dialog or sub-page: one step back. An open <details> or a field's own Escape wins.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented || !view) return;
  const open = (event.target as Element | null)?.closest?.('details[open], dialog[open]');
  // A modal <dialog> closes itself on Escape.
  if (open instanceof HTMLDialogElement) return;
  if (open instanceof HTMLDetailsElement) {
    open.open = false;
    open.querySelector('summary')?.focus();
    return;
  }
  if (destinationOf(route)) return;
  event.preventDefault();
  back();
});

function showError(error: unknown): void {
  if (isMissingTracker(error)) {
    root.replaceChildren(renderWelcome(() => server.setUpTracker().then(() => load(WELCOME_WORDS.setUpDone), showError)));
    document.getElementById('page-title')?.focus();
    return;
  }
  root.replaceChildren(h('div', { className: 'banner error', id: 'load-error', attrs: { role: 'alert' } }, forPerson(error)));
}

async function load(message = ''): Promise<void> {
  const ticket = ++loadTicket;
  try {
    const loaded = await server.loadTracker();
    if (ticket !== loadTicket) return;
    view = loaded;
    const onForm = route.panel === 'application-form' || route.panel === 'interview-form';
    // A reload nobody asked for (the import on opening, the return from the board) is not drawn over a form
    // or typing not yet saved: the next page shows it.
    if (!message && (onForm || unsavedField())) return;
    // After a save, a form gives way to the page it was opened from.
    if (onForm) route = history.pop() ?? { panel: section.panel };
    notice = message;
    // After a save, focus goes to the heading of the page shown again; the first load leaves focus alone.
    render(message ? 'heading' : 'keep');
  } catch (error) {
    if (ticket === loadTicket) showError(error);
  }
}

/**
 * Opening the sidebar imports from the calendars when import is on and the
 * last pass is older than a few minutes: showSidebar appends #import-due
 * then (the server checks staleness again). New rows then show in the lists.
 * A pass's problems are in its report, shown on the Calendar page, so nothing
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
