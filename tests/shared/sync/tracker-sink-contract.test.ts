import { describeTrackerSinkContract } from './tracker-sink-contract.js';
import { describeTrackerLinksContract } from './tracker-links-contract.js';
import { MemorySheet } from './memory-ports.js';

describeTrackerSinkContract('in-memory sheet', async (grid, timeZone) => {
  const sheet = new MemorySheet(timeZone, grid[0]);
  sheet.grid = grid.map((cells) => cells.slice());
  return { sink: sheet, readBack: async () => sheet.grid };
});

describeTrackerLinksContract('in-memory sheet', async (sheets, timeZone) => {
  const sheet = new MemorySheet(timeZone, sheets.Interviews[0]);
  sheet.grid = sheets.Interviews.map((cells) => cells.slice());
  sheet.linked = { applications: sheets.Applications ?? null, contacts: sheets.Contacts ?? null };
  const grids = { Interviews: () => sheet.grid, Applications: () => sheet.linked!.applications!, Contacts: () => sheet.linked!.contacts! };
  return { sink: sheet, readBack: async (name) => grids[name]().map((cells) => cells.slice()) };
});
