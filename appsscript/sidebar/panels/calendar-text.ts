/** The words of the Calendar screen: connecting Google Calendar and importing in the add-on (how the catalogue is laid out: words.ts). */
import { countOf } from '../../../shared/insights/insights-wording.js';

export enum CONNECT_TEXT {
  // The service keeps calendar ids, not names; Google names the person's own calendar "primary".
  mainCalendar = 'Your main calendar',
  title = 'Calendar',
  loading = 'Loading…',
  notConnected = 'Not connected',
  connected = 'Connected',
  needsSheetAccess = 'Needs access to the sheet: Google does not let NextRound open or write this tracker. Click "Connect calendar" and choose the tracker in the file picker (if you can only view it, ask its owner for edit access).',
  needsReconnect = 'Needs reconnecting: Google no longer accepts the access you gave. Connect again.',
  disconnected = 'Disconnected',
  notSetUp = 'Live calendar updates are not available in this copy of NextRound; import from your calendars above instead.',
  openGoogle = 'Open Google to give access',
  googleOpens = 'Google opens in a new tab. Choose the Google account you use in this spreadsheet and leave every box ticked, then come back and press Refresh.',
  reconnect = 'Reconnect',
  connect = 'Connect calendar',
  otherTracker = 'Connected to another tracker. Connect here to import into this one.',
  refresh = 'Refresh',
  live = 'live updates',
  polled = 'checked every few minutes',
  notSynced = 'not synced yet',
  main = ' (main)',
  save = 'Save',
  choose = 'Choose calendars',
  syncNow = 'Sync now',
  confirmDisconnect = "Stop importing from Google Calendar and revoke NextRound's access? Rows already imported stay.",
  notRevoked = 'Disconnected here, but Google could not be told. To be sure, remove NextRound at myaccount.google.com/permissions.',
  disconnect = 'Disconnect',
}

export const lastSync = (at: string) => `last sync ${at} UTC`;
export const importingCalendars = (selected: number, polled: number) =>
  `Importing ${countOf(selected, 'calendar')}${polled > 0 ? `, ${polled} checked every few minutes` : ''}.`;
export const syncingCalendars = (queued: number) => `Syncing ${countOf(queued, 'calendar')} now.`;

export enum IMPORT_TEXT {
  title = 'Import in the add-on',
  notYet = 'Not imported yet.',
  savedFeed = 'Calendar address saved; it is imported with the next sync.',
  turnOff = 'Turn import off',
  turnOn = 'Import from my Google calendars',
  offIntro = 'NextRound can read your calendars itself and add interviews to this sheet.',
  calendarsSaved = 'Calendars saved.',
  saveCalendars = 'Save calendars',
  import = 'Import',
  ignore = 'Ignore',
  feedHint = 'https://… or webcal://…',
  addFeed = 'Add calendar address',
  feedLabel = 'Other calendar (Outlook, iCloud, Proton): paste its .ics address',
  remove = 'Remove',
}

export const lastImport = (when: string, added: number, updated: number, cancelled: number) =>
  `Last import ${when} UTC: ${added} added, ${updated} updated, ${cancelled} cancelled.`;
export const stillImporting = (names: readonly string[]) => `Still importing ${names.join(', ')}: the next sync continues.`;
export const decided = (title: string, choice: 'import' | 'ignore') =>
  choice === 'import' ? `Imported; events titled "${title}" are imported from now on.` : `Ignored; events titled "${title}" are left out from now on.`;
export const why = (reasons: readonly string[]) => `Why: ${reasons.join('; ')}`;
export const importTitle = (title: string) => `Import "${title}" and every event with this title`;
export const ignoreTitle = (title: string) => `Ignore "${title}" and every event with this title`;
export const maybeInterviews = (more: number) =>
  `Maybe interviews (not imported)${more > 0 ? `, and ${more} more` : ''}. Your answer is remembered for the title:`;
export const stopFeed = (name: string) => `Stop importing ${name}`;
const quoted = (texts: readonly string[]) => texts.map((text) => `"${text}"`).join(', ');
export const rulesLine = (include: readonly string[], exclude: readonly string[]) =>
  `Titles you answered for — ${[
    include.length > 0 ? `always imported: ${quoted(include)}` : '',
    exclude.length > 0 ? `always left out: ${quoted(exclude)}` : '',
  ]
    .filter(Boolean)
    .join('; ')}.`;
export const skippedSummary = (total: number) => `Skipped ${countOf(total, 'event')}: why`;
export const skippedExamples = (titles: readonly string[]) => `e.g. ${quoted(titles)}`;
export const skippedOther = (count: number) => `${count} more for other reasons`;
