import { describeTrackerSinkContract } from './tracker-sink-contract.js';
import { MemorySheet } from './memory-ports.js';

describeTrackerSinkContract('in-memory sheet', async (grid, timeZone) => {
  const sheet = new MemorySheet(timeZone, grid[0]);
  sheet.grid = grid.map((cells) => cells.slice());
  return { sink: sheet, readBack: async () => sheet.grid };
});
