/** The add-on menu and the sidebar. onOpen may run in AuthMode.NONE: it builds the menu and touches nothing else. */

/** Builds Extensions → NextRound. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open tracker', 'showSidebar')
    .addItem('Set up tracker', 'setUpTracker')
    .addToUi();
}

/** Runs when the add-on is installed: the document is already open, so add the menu now. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

/** Opens the sidebar (one self-contained HTML file, 300 px wide). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('NextRound');
  SpreadsheetApp.getUi().showSidebar(html);
}
