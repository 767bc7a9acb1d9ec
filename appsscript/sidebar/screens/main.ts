/**
 * screens.html: the sidebar's rarer pages, fetched the first time one opens
 * (nav/on-demand.ts). It hands its panels to the sidebar that ran it; the
 * pages share the sidebar's styles and reach the server the same way.
 */
import { addJobPanel } from '../panels/add-job.js';
import { connectPanel } from '../panels/connect.js';
import { importTrackerPanel } from '../panels/import-tracker.js';
import { insightsPanel } from '../panels/insights.js';
import type { Panel, Route } from '../panels/panel.js';
import { replyPanel } from '../panels/reply.js';
import { dueSettingsPanel, setupPanel } from '../panels/settings-pages.js';

const SCREENS = [insightsPanel, addJobPanel, importTrackerPanel, connectPanel, dueSettingsPanel, setupPanel, replyPanel] as Panel<Route>[];

window.nextroundAddScreens?.(SCREENS);
