/** The add-on's SpreadsheetApp sink passes the same TrackerSink contract as the Sheets-API and .xlsx sinks. */
import { createSheetSink } from '../../../appsscript/calendar/sheet-sink.js';
import { describeTrackerLinksContract } from '../../shared/sync/tracker-links-contract.js';
import { describeTrackerSinkContract } from '../../shared/sync/tracker-sink-contract.js';
import { createAppsScript } from '../../fakes/apps-script/index.js';
import { bundleDir } from '../../support/load-bundle.js';

describeTrackerSinkContract('SpreadsheetApp sink (add-on, counting Apps Script fakes)', async (grid, timeZone) => {
  const fakes = createAppsScript({ bundleDir, timeZone });
  const sheet = fakes.spreadsheet.addPersonSheet('Interviews', grid);
  // The sink reads Apps Script's globals, as it does inside the bundle.
  const saved = Object.fromEntries(Object.keys(fakes.globals).map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
  Object.assign(globalThis, fakes.globals);
  return {
    sink: createSheetSink(),
    readBack: async () => sheet.peekValues().map((line) => line.map((value) => (value === null || value === undefined ? '' : String(value)))),
    close: async () => {
      Object.assign(globalThis, saved);
    },
  };
});

describeTrackerLinksContract('SpreadsheetApp sink (add-on, counting Apps Script fakes)', async (sheets, timeZone) => {
  const fakes = createAppsScript({ bundleDir, timeZone });
  const added = Object.fromEntries(Object.entries(sheets).flatMap(([name, grid]) => (grid ? [[name, fakes.spreadsheet.addPersonSheet(name, grid)]] : [])));
  const saved = Object.fromEntries(Object.keys(fakes.globals).map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
  Object.assign(globalThis, fakes.globals);
  // Dates read back as the day they show (the sheet's zone), like the other sinks' read-backs.
  const shown = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value));
  return {
    sink: createSheetSink(),
    readBack: async (name) => added[name]!.peekValues().map((line) => line.map(shown)),
    close: async () => {
      Object.assign(globalThis, saved);
    },
  };
});
