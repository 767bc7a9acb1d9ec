/**
 * A person's spreadsheet program saving the tracker while NextRound syncs
 * it: during the pass (between serialising and the rename, where the old
 * change check could no longer see it) and after it (an older copy saved over
 * the pass's new rows). Many seeded trials: no row and no note may be lost.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { isNextRoundError } from '../../../shared/errors.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { IcsSource } from '../../../server/ics/ics-source.js';
import { trackerLock } from '../../../server/xlsx/tracker-lock.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { memoryCursors } from '../cli/memory-cursors.js';
import { calendar } from '../ics/fixtures.js';
import { seededRandom } from '../../support/seeded-random.js';

const ZONE = 'UTC';
const interview = (n: number, day = 10 + (n % 15)) => [
  `UID:ev${n}`,
  `SUMMARY:Phone screen - Company ${n}`,
  `DTSTART:202604${String(day).padStart(2, '0')}T160000Z`,
  'DURATION:PT1H',
  `LAST-MODIFIED:20260301T0000${String(day).padStart(2, '0')}Z`,
];

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'nr-writers-'));
  const ics = join(dir, 'cal.ics');
  const path = join(dir, 'tracker.xlsx');
  const cursors = memoryCursors();
  const pass = (afterSerialise?: () => Promise<void>) =>
    runSync({
      source: new IcsSource({
        location: ics,
        window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }),
        defaultTimeZone: ZONE,
      }),
      sink: new XlsxSink({ path, timeZone: ZONE, ...(afterSerialise && { afterSerialise }) }),
      cursors,
      rules: DEFAULT_RULES,
      now: () => new Date('2026-03-02T00:00:00Z'),
      lock: trackerLock(path, { waitMs: 0 }),
    });
  return { dir, path, pass, writeCalendar: (events: string[][]) => writeFileSync(ics, calendar(...events)) };
}

/** The person's program: holds a copy of the workbook from when it opened it, and saves that copy whole. */
async function openInEditor(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Interviews')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const ids: string[] = [];
  sheet.eachRow((row, number) => void (number > 1 && ids.push(String(row.getCell(headers.indexOf('Event ID')).value))));
  return {
    ids,
    writeNote(id: string, note: string) {
      sheet.eachRow((row, number) => {
        if (number > 1 && row.getCell(headers.indexOf('Event ID')).value === id) row.getCell(headers.indexOf('Notes')).value = note;
      });
    },
    save: () => workbook.xlsx.writeFile(path),
  };
}

const rowsOf = async (path: string) => (await new XlsxSink({ path, timeZone: ZONE }).read()).rows;

describe("an .xlsx tracker saved by the person's editor around a pass", () => {
  it('loses no row and no note over 50 seeded trials of saves during and after passes', async () => {
    const outcomes = { trials: 0, lostRows: 0, duplicateRows: 0, lostNotes: 0, duringSaves: 0, afterSaves: 0 };
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const { path, pass, writeCalendar } = setup();
      const events = [interview(0)];
      writeCalendar(events);
      await pass();
      const notes = new Map<string, string>();
      for (let round = 1; round <= 3; round++) {
        const added = 1 + Math.floor(random() * 3);
        for (let i = 0; i < added; i++) events.push(interview(events.length));
        writeCalendar(events);
        const editor = await openInEditor(path);
        const id = editor.ids[Math.floor(random() * editor.ids.length)]!;
        const note = `note ${seed}.${round}`;
        editor.writeNote(id, note);
        notes.set(id, note);
        if (random() < 0.5) {
          outcomes.duringSaves++;
          let saved = false;
          await pass(async () => {
            if (saved) return;
            saved = true;
            await editor.save();
          });
        } else {
          outcomes.afterSaves++;
          await pass();
          await editor.save(); // its copy predates the pass: the pass's new rows vanish
        }
      }
      await pass();
      const rows = await rowsOf(path);
      const ids = rows.map((row) => row.eventId);
      outcomes.trials++;
      outcomes.lostRows += events.filter((_event, n) => !ids.includes(`ev${n}`)).length;
      outcomes.duplicateRows += ids.length - new Set(ids).size;
      outcomes.lostNotes += [...notes].filter(([id, note]) => rows.find((row) => row.eventId === id)?.notes !== note).length;
    }
    expect(outcomes).toMatchObject({ trials: 50, lostRows: 0, duplicateRows: 0, lostNotes: 0 });
    expect(outcomes.duringSaves).toBeGreaterThan(10);
    expect(outcomes.afterSaves).toBeGreaterThan(10);
  }, 120_000);

  it("restores on the next pass the rows an older copy saved after a pass removed, the person's notes kept", async () => {
    const { path, pass, writeCalendar } = setup();
    writeCalendar([interview(0)]);
    await pass();
    const editor = await openInEditor(path);
    editor.writeNote('ev0', 'call back Friday');
    writeCalendar([interview(0), interview(1), interview(2)]);
    await pass();
    await editor.save();
    expect((await rowsOf(path)).map((row) => row.eventId)).toEqual(['ev0']);

    const report = await pass();
    expect(report.added).toBe(2);
    expect((await rowsOf(path)).map((row) => [row.eventId, row.notes])).toEqual([
      ['ev0', 'call back Friday'],
      ['ev1', ''],
      ['ev2', ''],
    ]);
  });

  it("keeps an editor's save made while the pass serialised, by reading again and writing both", async () => {
    const { path, pass, writeCalendar } = setup();
    writeCalendar([interview(0)]);
    await pass();
    const editor = await openInEditor(path);
    editor.writeNote('ev0', 'salary range asked');
    writeCalendar([interview(0), interview(1)]);
    let saves = 0;
    await pass(async () => {
      if (saves++ === 0) await editor.save();
    });
    expect(saves).toBe(2);
    expect((await rowsOf(path)).map((row) => [row.eventId, row.notes])).toEqual([
      ['ev0', 'salary range asked'],
      ['ev1', ''],
    ]);
  });

  it('writes nothing when LibreOffice opens the tracker during the pass, and says so', async () => {
    const { dir, path, pass, writeCalendar } = setup();
    writeCalendar([interview(0)]);
    await pass();
    const before = readFileSync(path);
    writeCalendar([interview(0), interview(1)]);
    const lockFile = join(dir, '.~lock.tracker.xlsx#');
    const error = await pass(async () => writeFileSync(lockFile, ',person,host,01.12.2026 02:30,person;')).catch((thrown: unknown) => thrown);
    expect(isNextRoundError(error, 'UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`opened in LibreOffice during the pass (lock file ${lockFile}); nothing was written`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
