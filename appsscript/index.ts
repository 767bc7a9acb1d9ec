/**
 * The add-on's whole public surface. The build writes one top-level Apps
 * Script function per name in api/entry-points.ts (triggers, menu items and
 * google.script.run find only those) and fails unless this file exports
 * exactly those names; everything else stays private. Feature modules own
 * the functions; this file only re-exports them (api/entry-check.ts checks
 * them against the contract).
 */
export { onOpen, onInstall, showSidebar } from './features/menu.js';
export { setUpTracker } from './features/setup.js';
export { loadTracker, saveApplication, saveInterview } from './features/tracker.js';
export { deleteEntry } from './features/delete-entry.js';
export { loadStageHistory } from './features/application-history.js';
export { loadDue } from './features/due.js';
export { decideDueItem } from './features/due-decisions.js';
export { saveRecipientEmail } from './features/recipient-email.js';
export { previewDrafts, createDrafts, saveMyName } from './features/drafts.js';
export { loadPrep, savePrep } from './features/prepare.js';
export { loadReflect, loadDebrief, saveDebrief, addFeedback } from './features/reflect.js';
export { changeStage } from './features/stage.js';
export { openBoard, loadBoard } from './features/board.js';
export { loadScreens } from './features/screens.js';
export { loadInsights, rebuildInsightsSheet, exportActivityCsv } from './features/insights.js';
export { loadTemplate, saveTemplate } from './features/templates.js';
export { loadConnection, startConnect, listCalendars, chooseCalendars, syncNow, disconnectCalendar } from './features/connect.js';
export { saveDueSettings } from './features/due-settings.js';
export { loadDigest, saveDigest, sendMorningDigest } from './features/digest.js';
export { previewReply, confirmReply } from './features/reply.js';
export { loadGoingQuiet } from './features/going-quiet.js';
export { loadCalendarImport, chooseImportCalendars, setCalendarImport, syncCalendarsNow } from './features/calendar-import.js';
export { decideMaybeInterview, addCalendarFeed, removeCalendarFeed } from './features/calendar-import-choices.js';
export { previewJobFromLink, previewJobFromText, addJob } from './features/add-job.js';
export { listImportSheets, previewImport, runImport } from './features/import-tracker.js';
