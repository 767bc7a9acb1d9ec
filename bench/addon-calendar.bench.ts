/**
 * Calendar import inside the add-on, on the built bundle over the counting
 * fakes: per incremental pass with 1, 100 and 2,500 changed events (in a
 * tracker that already holds 2,500 imported rounds), the Spreadsheet calls
 * (goal: constant, ≤ 6) and the Calendar calls (= pages), and the wall time
 * of the 2,500-event pass.
 */
import { figure, type BenchSuite, type Figure } from './figure.js';
import { importHarness, interview } from '../tests/appsscript/calendar/import-harness.js';

const BASE = 2_500;
const START = Date.parse('2026-03-03T08:00:00Z');

async function passWith(changed: number) {
  const h = importHarness();
  const calendar = h.calendar.add('me@example.com', 'Me');
  for (let i = 0; i < BASE; i++) calendar.put(interview(`e${i}`, new Date(START + i * 3_600_000).toISOString()));
  h.addon.setCalendarImport({ enabled: true });
  await h.sync();
  for (let i = 0; i < changed; i++) calendar.put(interview(`e${i}`, new Date(START + i * 3_600_000 + 1_800_000).toISOString()));
  h.log.reset();
  const started = performance.now();
  const pass = await h.sync();
  const ms = performance.now() - started;
  if (pass.updated !== changed) throw new Error(`bench: expected ${changed} updated, got ${pass.updated}`);
  return {
    spreadsheet: h.log.spreadsheetCalls(),
    cells: h.log.reads() + h.log.writes(),
    calendar: h.log.count('Calendar.Events.list'),
    ms,
    snapshot: h.log.snapshot(),
  };
}

/** A pass with nothing new (the sidebar opened): the sheet is not read. */
async function idlePass() {
  const h = importHarness();
  const calendar = h.calendar.add('me@example.com', 'Me');
  for (let i = 0; i < BASE; i++) calendar.put(interview(`e${i}`, new Date(START + i * 3_600_000).toISOString()));
  h.addon.setCalendarImport({ enabled: true });
  await h.sync();
  h.log.reset();
  await h.sync();
  return h.log.spreadsheetCalls();
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [];
  figures.push(figure('addon.calendar_pass_calls.0', await idlePass(), 'Spreadsheet calls', '≤ 6 (nothing new: only the lock’s flush)'));
  for (const changed of [1, 100, 2_500]) {
    const measured = await passWith(changed);
    process.stderr.write(`bench: calendar pass ${changed}: ${JSON.stringify(measured.snapshot)}\n`);
    figures.push(
      figure(
        `addon.calendar_pass_calls.${changed}`,
        measured.spreadsheet,
        'Spreadsheet calls',
        'flat (goal ≤ 6 not met: 10 — handles, zone, values, formats, formulas, setValues, flush; why each in appsscript/calendar/sheet-sink.ts)',
      ),
    );
    figures.push(figure(`addon.calendar_pass_cell_calls.${changed}`, measured.cells, 'reads + writes', '≤ 6, flat (4 reads, 1 write)'));
    figures.push(figure(`addon.calendar_pass_calendar_calls.${changed}`, measured.calendar, 'Calendar calls', '= pages'));
    if (changed === 2_500) figures.push(figure('addon.calendar_pass_ms.2500', measured.ms, 'ms', 'well under the 20 s pass budget'));
  }
  return figures;
};
