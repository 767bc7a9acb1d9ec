/** The add-on menu and the sidebar. onOpen may run in AuthMode.NONE: it builds the menu and touches nothing else. */
import { IMPORT_DUE_MARKER, importDueOnOpen } from './calendar-import.js';

/** Builds Extensions → NextRound. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open tracker', 'showSidebar')
    .addItem('Open board', 'openBoard')
    .addItem('Set up tracker', 'setUpTracker')
    .addToUi();
}

/** Runs when the add-on is installed: the document is already open, so add the menu now. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

/**
 * Opens the sidebar (one self-contained HTML file, 300 px wide). When calendar
 * import is on and its last pass is old, a marker is appended
 * (HtmlOutput.append, https://developers.google.com/apps-script/reference/html/html-output#append(String))
 * and the sidebar starts a pass after its first load: no extra call when import is off or fresh.
 */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('NextRound');
  if (importDueOnOpen()) html.append(IMPORT_DUE_MARKER);
  SpreadsheetApp.getUi().showSidebar(html);
}
