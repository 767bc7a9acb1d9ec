/**
 * The add-on's whole public surface. Every named export becomes a top-level
 * Apps Script function in the build; everything else stays private.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open tracker', 'showSidebar').addToUi();
}
