/**
 * In-memory Apps Script for tests: the globals the add-on uses, typed
 * against @types/google-apps-script (the subset used), counting every call.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog } from './call-log.js';
import { createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet.js';
import { createHtmlService, FakeUi } from './ui.js';
import { createUtilities, FakeLock, FakeProperties } from './services.js';
import { FakeCalendarService } from './calendar.js';
import { FakeUrlFetch } from './url-fetch.js';
import { createTriggers, type FakeTriggers } from './triggers.js';

export { CallLog, READ_METHODS, WRITE_METHODS } from './call-log.js';
export { FakeSpreadsheet, writeAsPerson } from './spreadsheet.js';
export { FakeSheet } from './sheet.js';
export { FakeRange } from './range.js';
export { FakeConditionalFormatRule } from './rules.js';
export { FakeUi, FakeHtmlOutput } from './ui.js';
export { FakeLock, FakeProperties } from './services.js';
export { formatDate } from './format-date.js';
export { FakeCalendarService } from './calendar.js';
export { FakeUrlFetch } from './url-fetch.js';

export interface AppsScriptOptions {
  /** The spreadsheet's zone (default Europe/Berlin, so zone mistakes show). */
  timeZone?: string;
  /** Where HtmlService finds its files (dist/appsscript). */
  bundleDir: string;
  /** AuthMode.NONE: only menus work, as in a simple trigger before authorization. */
  authMode?: 'NONE' | 'FULL';
  /** UrlFetchApp's allowlist; by default the built manifest's urlFetchWhitelist in `bundleDir`, if any. */
  urlFetchWhitelist?: readonly string[];
}

/** The urlFetchWhitelist of the manifest in `bundleDir`, or undefined when there is none (a test deployment may omit it). */
function manifestAllowList(bundleDir: string): readonly string[] | undefined {
  const file = join(bundleDir, 'appsscript.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { urlFetchWhitelist?: string[] };
  return manifest.urlFetchWhitelist;
}

export interface FakeAppsScript {
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly documentProperties: FakeProperties;
  /** Set by whoever deploys (e.g. NEXTROUND_SERVICE_URL). */
  readonly scriptProperties: FakeProperties;
  /** The person's own properties (the digest's choice and planned week). */
  readonly userProperties: FakeProperties;
  /** The add-on's installable triggers on this document. */
  readonly triggers: FakeTriggers;
  readonly documentLock: FakeLock;
  /** The Calendar advanced service and the person's calendars. */
  readonly calendar: FakeCalendarService;
  /** UrlFetchApp and what it serves per address. */
  readonly urlFetch: FakeUrlFetch;
  /** The globals to put into a vm context. */
  readonly globals: Record<string, unknown>;
}

export function createAppsScript(options: AppsScriptOptions): FakeAppsScript {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, options.timeZone ?? 'Europe/Berlin');
  const ui = new FakeUi(log);
  const documentProperties = new FakeProperties(log);
  const scriptProperties = new FakeProperties(log);
  const userProperties = new FakeProperties(log);
  const triggers = createTriggers(log, { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' });
  const documentLock = new FakeLock(log);
  const calendar = new FakeCalendarService(log);
  const urlFetch = new FakeUrlFetch(log, options.urlFetchWhitelist ?? manifestAllowList(options.bundleDir));
  const authMode = options.authMode ?? 'FULL';
  const needsAuth = <T>(what: string, value: T): T => {
    if (authMode === 'NONE') throw new Error(`Exception: You do not have permission to call ${what}.`);
    return value;
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp(log, spreadsheet, ui, authMode),
    HtmlService: createHtmlService(log, options.bundleDir),
    PropertiesService: {
      getDocumentProperties: () => needsAuth('PropertiesService.getDocumentProperties', documentProperties),
      getScriptProperties: () => needsAuth('PropertiesService.getScriptProperties', scriptProperties),
      getUserProperties: () => needsAuth('PropertiesService.getUserProperties', userProperties),
    },
    LockService: { getDocumentLock: () => needsAuth('LockService.getDocumentLock', documentLock) },
    Utilities: createUtilities(log),
    Calendar: calendar.service,
    UrlFetchApp: urlFetch.service,
    ScriptApp: triggers.global,
    Logger: { log: () => undefined },
    console,
  };
  return { log, spreadsheet, ui, documentProperties, scriptProperties, userProperties, triggers, documentLock, calendar, urlFetch, globals };
}
