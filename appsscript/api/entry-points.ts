/**
 * The add-on's top-level functions, as data: the build (scripts/build-addon.mjs)
 * writes one Apps Script stub per name here and fails when appsscript/index.ts
 * exports anything else or lacks one. Imports types only, so the build can
 * evaluate this file on its own.
 */
import type { AddonApi } from './contract.js';

/** Called by Apps Script itself (open, install, the menu), never by the sidebar. */
export const TRIGGERS = ['onOpen', 'onInstall', 'showSidebar', 'sendMorningDigest'] as const;

// `satisfies` makes the typecheck fail when a contract function is missing here or a name is not in the contract.
const CALLABLE = {
  loadTracker: true,
  saveApplication: true,
  saveInterview: true,
  setUpTracker: true,
  changeStage: true,
  openBoard: true,
  loadBoard: true,
  deleteEntry: true,
  loadScreens: true,
  loadStageHistory: true,
  loadPrep: true,
  savePrep: true,
  loadReflect: true,
  loadDebrief: true,
  saveDebrief: true,
  addFeedback: true,
  loadInsights: true,
  rebuildInsightsSheet: true,
  exportActivityCsv: true,
  loadDue: true,
  saveDueSettings: true,
  loadDigest: true,
  saveDigest: true,
  loadGoingQuiet: true,
  previewReply: true,
  confirmReply: true,
  previewDrafts: true,
  createDrafts: true,
  decideDueItem: true,
  saveRecipientEmail: true,
  saveMyName: true,
  loadTemplate: true,
  saveTemplate: true,
  loadConnection: true,
  startConnect: true,
  listCalendars: true,
  chooseCalendars: true,
  syncNow: true,
  disconnectCalendar: true,
  loadCalendarImport: true,
  chooseImportCalendars: true,
  setCalendarImport: true,
  syncCalendarsNow: true,
  decideMaybeInterview: true,
  addCalendarFeed: true,
  removeCalendarFeed: true,
  previewJobFromLink: true,
  previewJobFromText: true,
  addJob: true,
  listImportSheets: true,
  previewImport: true,
  runImport: true,
} as const satisfies Record<keyof AddonApi, true>;

/** Every function of the add-on API, in contract order. */
export const ADDON_API_FUNCTIONS = Object.keys(CALLABLE) as (keyof AddonApi)[];

/** Every top-level function the built Code.js declares. */
export const ENTRY_POINTS: readonly string[] = [...TRIGGERS, ...ADDON_API_FUNCTIONS];
