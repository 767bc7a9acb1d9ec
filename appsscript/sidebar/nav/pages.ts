/**
 * The five primary destinations (one tab each, in this order) and the
 * secondary pages Home lists under "More", as data. No panel is imported
 * here, so any panel may read these lists; nav/registry.ts pairs them with
 * the panels.
 */
import type { TrackerView } from '../../../shared/tracker/view.js';
import type { Route } from '../panels/panel.js';
import { NAV_WORDS } from '../words.js';

/** One tab of the five: a short label, an icon (SVG path, 16×16 box) and an optional count. */
export interface Destination {
  readonly panel: 'home' | 'applications' | 'interviews' | 'due' | 'insights';
  readonly label: string;
  readonly icon: string;
  /** A number shown beside the label (Due's open items); 0 shows none. */
  count?(view: TrackerView): number;
}

export const DESTINATIONS: readonly Destination[] = [
  { panel: 'home', label: NAV_WORDS.home, icon: 'M2 8 8 2l6 6v6h-4v-4H6v4H2z' },
  { panel: 'applications', label: NAV_WORDS.jobs, icon: 'M2 5h12v9H2zM6 5V3h4v2' },
  { panel: 'interviews', label: NAV_WORDS.interviews, icon: 'M2 3h12v11H2zM2 6h12M5 1v3m6-3v3' },
  { panel: 'due', label: NAV_WORDS.due, icon: 'M3 8l3 3 7-7', count: (view) => view.dueCount ?? 0 },
  { panel: 'insights', label: NAV_WORDS.insights, icon: 'M2 14V9m4 5V5m4 9V7m4 7V2' },
];

/** A page reached from Home's "More" list; `id` makes its button `#go-<id>`. */
export interface SecondaryPage {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly route: Route;
}

export const SECONDARY_PAGES: SecondaryPage[] = [
  { id: 'add-job', label: 'Add a job from a link', hint: 'Read a posting and fill in the row', route: { panel: 'add-job' } },
  { id: 'import-tracker', label: 'Import a tracker', hint: 'Rows from a CSV or another sheet', route: { panel: 'import-tracker' } },
  { id: 'connect', label: 'Calendar', hint: 'Import interviews from your calendars', route: { panel: 'connect' } },
  { id: 'prepare', label: 'Prepare', hint: 'Checklists for your coming rounds', route: { panel: 'prepare' } },
  { id: 'reflect', label: 'Debriefs', hint: 'Rounds waiting for your notes', route: { panel: 'reflect' } },
  { id: 'due-settings', label: 'Due settings', hint: 'When things come due, going quiet, the morning digest', route: { panel: 'due-settings' } },
  { id: 'setup', label: 'Tracker set-up', hint: 'Add missing sheets and columns', route: { panel: 'setup' } },
];

/** The destination a route belongs to when it is one, else null (a sub-page). */
export function destinationOf(route: Route): Destination | null {
  return DESTINATIONS.find((destination) => destination.panel === route.panel) ?? null;
}
