/**
 * The five primary destinations (one tab each, in this order) and the
 * secondary pages Home lists under "More", as data. No panel is imported
 * here, so any panel may read these lists; nav/registry.ts pairs them with
 * the panels.
 */
import type { TrackerView } from '../../../shared/tracker/view.js';
import type { Route } from '../panels/panel.js';
import { NAV_WORDS, PAGE_WORDS, SETTINGS_WORDS } from '../words.js';

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
  { id: 'add-job', label: PAGE_WORDS.addJob, hint: PAGE_WORDS.addJobHint, route: { panel: 'add-job' } },
  { id: 'import-tracker', label: PAGE_WORDS.importTracker, hint: PAGE_WORDS.importTrackerHint, route: { panel: 'import-tracker' } },
  { id: 'connect', label: PAGE_WORDS.calendar, hint: PAGE_WORDS.calendarHint, route: { panel: 'connect' } },
  { id: 'prepare', label: PAGE_WORDS.prepare, hint: PAGE_WORDS.prepareHint, route: { panel: 'prepare' } },
  { id: 'reflect', label: PAGE_WORDS.debriefs, hint: PAGE_WORDS.debriefsHint, route: { panel: 'reflect' } },
  { id: 'due-settings', label: SETTINGS_WORDS.dueSettings, hint: PAGE_WORDS.dueSettingsHint, route: { panel: 'due-settings' } },
  { id: 'setup', label: SETTINGS_WORDS.setup, hint: PAGE_WORDS.setupHint, route: { panel: 'setup' } },
];

/** The destination a route belongs to when it is one, else null (a sub-page). */
export function destinationOf(route: Route): Destination | null {
  return DESTINATIONS.find((destination) => destination.panel === route.panel) ?? null;
}
