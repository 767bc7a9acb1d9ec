/**
 * The sidebar's navigation as data: every panel of sidebar.html here, the
 * rarer pages of screens.html in nav/on-demand.ts (ON_DEMAND_PAGES, listed in
 * ../screens/main.ts), the five primary destinations and the secondary pages
 * Home links to in nav/pages.ts. Adding a page is one entry in each plus its panel:
 *
 * @example
 * // 1. panels/panel.ts: add the route   | { panel: 'import-csv' }
 * // 2. nav/pages.ts, SECONDARY_PAGES:    { id: 'import-csv', label: 'Import a CSV', hint: 'Rows from an export', route: { panel: 'import-csv' } },
 * // 3. here, PANELS:                     importCsvPanel,   (a Panel with `title`, or `place` for a longer trail)
// //    or, for a rarely used page: its id in ON_DEMAND_PAGES (nav/on-demand.ts) and the panel in ../screens/main.ts
 * // A primary destination instead is one entry in DESTINATIONS (nav/pages.ts); keep it at five.
 */
import { applicationFormPanel, interviewFormPanel } from '../panels/forms.js';
import { applicationHubPanel } from '../panels/application-hub.js';
import { DRAFTS_PANELS } from '../panels/drafts-panels.js';
import { homePanel } from '../panels/home.js';
import { interviewHubPanel } from '../panels/interview-hub.js';
import { LEARNING_PANELS } from '../panels/learning.js';
import { applicationsPanel, interviewsPanel } from '../panels/lists.js';
import type { Panel, Route } from '../panels/panel.js';

export { DESTINATIONS, SECONDARY_PAGES, destinationOf, type Destination, type SecondaryPage } from './pages.js';

/** Every panel sidebar.html holds, primary or not. */
export const PANELS: Panel<Route>[] = [
  homePanel,
  applicationsPanel,
  interviewsPanel,
  applicationHubPanel,
  interviewHubPanel,
  applicationFormPanel,
  interviewFormPanel,
  ...LEARNING_PANELS,
  ...DRAFTS_PANELS,
] as Panel<Route>[];
