/**
 * The sidebar's navigation as data: every panel here, the five primary
 * destinations and the secondary pages Home links to in nav/pages.ts.
 * Adding a page is one entry in each plus its panel:
 *
 * @example
 * // 1. panels/panel.ts: add the route   | { panel: 'import-csv' }
 * // 2. nav/pages.ts, SECONDARY_PAGES:    { id: 'import-csv', label: 'Import a CSV', hint: 'Rows from an export', route: { panel: 'import-csv' } },
 * // 3. here, PANELS:                     importCsvPanel,   (a Panel with `title`, or `place` for a longer trail)
 * // A primary destination instead is one entry in DESTINATIONS (nav/pages.ts); keep it at five.
 */
import { applicationFormPanel, interviewFormPanel } from '../panels/forms.js';
import { addJobPanel } from '../panels/add-job.js';
import { applicationHubPanel } from '../panels/application-hub.js';
import { connectPanel } from '../panels/connect.js';
import { DRAFTS_PANELS } from '../panels/drafts-panels.js';
import { homePanel } from '../panels/home.js';
import { importTrackerPanel } from '../panels/import-tracker.js';
import { interviewHubPanel } from '../panels/interview-hub.js';
import { LEARNING_PANELS } from '../panels/learning.js';
import { applicationsPanel, interviewsPanel } from '../panels/lists.js';
import type { Panel, Route } from '../panels/panel.js';
import { replyPanel } from '../panels/reply.js';

export { DESTINATIONS, SECONDARY_PAGES, destinationOf, type Destination, type SecondaryPage } from './pages.js';
import { dueSettingsPanel, setupPanel } from '../panels/settings-pages.js';

/** Every panel the router can show, primary or not. */
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
  connectPanel,
  dueSettingsPanel,
  setupPanel,
  addJobPanel,
  importTrackerPanel,
  replyPanel,
] as Panel<Route>[];
