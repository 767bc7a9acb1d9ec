/** Prepare, reflect and stage changes, run by the built bundle in a vm over the counting fakes. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { writeAsPerson, type FakeSpreadsheet } from '../fakes/apps-script/index.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { DEBRIEF_KEYS } from '../../shared/reflect/debrief.js';

const NOW = new Date('2026-03-02T08:30:00Z');

function tracker(applications = 8, interviews = 8): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications, interviews, now: NOW, interviewOverrides: [{ notes: '=1+1' }, {}, {}, { notes: 'keep me' }] });
  loaded.log.reset();
  return loaded;
}

const col = (spec: SheetSpec, key: string) => spec.columns.findIndex((column) => column.key === key);
const sheetOf = (loaded: LoadedAddon, spec: SheetSpec) => loaded.spreadsheet.getSheetByName(spec.name)!;
const dumpAll = (spreadsheet: FakeSpreadsheet) => spreadsheet.sheets.map((sheet) => ({ name: sheet.name, ...sheet.dump() }));

/** Every cell of the workbook that differs between two dumps, as "Sheet!R<row>C<col>". */
function changedCells(before: ReturnType<typeof dumpAll>, after: ReturnType<typeof dumpAll>): string[] {
  expect(after.map((sheet) => sheet.name)).toEqual(before.map((sheet) => sheet.name));
  const changed: string[] = [];
  before.forEach((sheet, s) => {
    const other = after[s]!;
    expect({ ...other, cells: [] }).toEqual({ ...sheet, cells: [] });
    const rows = Math.max(sheet.cells.length, other.cells.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sheet.cells[r]?.length ?? 0, other.cells[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (JSON.stringify(sheet.cells[r]?.[c]) !== JSON.stringify(other.cells[r]?.[c])) changed.push(`${sheet.name}!R${r + 1}C${c + 1}`);
      }
    }
  });
  return changed;
}

const cellsOf = (sheet: string, row: number, spec: SheetSpec, keys: readonly string[]) => keys.map((key) => `${sheet}!R${row}C${col(spec, key) + 1}`).sort();

describe('saveDebrief', () => {
  it('writes only the five reflection cells of that round, every other cell of the workbook byte for byte the same', () => {
    const loaded = tracker();
    const before = dumpAll(loaded.spreadsheet);
    const saved = loaded.addon.saveDebrief({
      interviewId: 'evt-seed3',
      debrief: {
        wentWell: ['Clear story about the migration'],
        toImprove: ['=IMPORTXML("x")', 'Slow down'],
        lessons: [],
        questionsAsked: ['+Why us?'],
        selfRating: 4,
      },
    });
    expect(saved).toMatchObject({ interviewId: 'evt-seed3', company: 'Umbrella', debrief: { selfRating: 4, toImprove: ['=IMPORTXML("x")', 'Slow down'] } });
    const after = dumpAll(loaded.spreadsheet);
    expect(changedCells(before, after).sort()).toEqual(cellsOf('Interviews', 5, INTERVIEWS, ['wentWell', 'toImprove', 'questionsAsked', 'selfRating']));
    const row = sheetOf(loaded, INTERVIEWS).peekValues()[4]!;
    expect(DEBRIEF_KEYS.map((key) => row[col(INTERVIEWS, key)])).toEqual([
      '• Clear story about the migration',
      '• =IMPORTXML("x")\n• Slow down',
      '',
      '• +Why us?',
      4,
    ]);
    // The self-rating is a number with a number format, so AVERAGE counts it.
    expect(after.find((s) => s.name === 'Interviews')!.cells[4]![col(INTERVIEWS, 'selfRating')]).toMatchObject({ value: 4, formula: '', format: '0.##' });
    expect(after.find((s) => s.name === 'Interviews')!.cells[4]![col(INTERVIEWS, 'toImprove')]).toMatchObject({ formula: '', format: '@' });
    expect(loaded.log.snapshot()).toMatchObject({ 'Range.setValues': 1, 'Range.setNumberFormats': 1, 'Lock.waitLock': 1, 'Lock.releaseLock': 1 });
  });

  it('keeps a column the person inserted among the reflection columns, formula and all', () => {
    const loaded = tracker();
    const sheet = sheetOf(loaded, INTERVIEWS);
    const wentWell = col(INTERVIEWS, 'wentWell') + 1;
    sheet.insertColumnsAfter(wentWell, 1);
    writeAsPerson(sheet, 1, wentWell + 1, 'My score');
    // The inserted column inherits plain text from its neighbour; the person made this cell General to type a formula.
    sheet.cellAt(5, wentWell + 1).format = 'General';
    writeAsPerson(sheet, 5, wentWell + 1, '=LEN(A5)');
    writeAsPerson(sheet, 5, wentWell + 2, 'typed by hand');
    const before = dumpAll(loaded.spreadsheet);
    loaded.addon.saveDebrief({ interviewId: 'evt-seed3', debrief: { wentWell: ['Calm'], toImprove: ['Depth'], selfRating: 2 } });
    const shifted = (key: string) => `Interviews!R5C${col(INTERVIEWS, key) + 1 + (col(INTERVIEWS, key) + 1 > wentWell ? 1 : 0)}`;
    expect(changedCells(before, dumpAll(loaded.spreadsheet)).sort()).toEqual(['wentWell', 'toImprove', 'selfRating'].map(shifted).sort());
    expect(sheet.dump().cells[4]![wentWell]).toMatchObject({ formula: '=LEN(A5)' });
    expect(sheet.peekValues()[4]![wentWell + 1]).toBe('• Depth');
  });

  it("changes only the target round's reflection cells for any debrief, whatever order the person sorted the rows in (15 runs)", () => {
    const line = fc
      .oneof(fc.constantFrom('=1+1', '+44 20', '-1', '@SUM(A1)', "'quoted", '  spaced  '), fc.string({ minLength: 1, maxLength: 20 }))
      .filter((text) => text.trim() !== '' && !/[\r\n\u2028\u2029]/.test(text));
    const debrief = fc.record({
      wentWell: fc.array(line, { maxLength: 3 }),
      toImprove: fc.array(line, { maxLength: 3 }),
      lessons: fc.array(line, { maxLength: 3 }),
      questionsAsked: fc.array(line, { maxLength: 3 }),
      selfRating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: INTERVIEWS.columns.length }),
        fc.boolean(),
        debrief,
        (target, sortColumn, ascending, input) => {
          const loaded = tracker();
          const sheet = sheetOf(loaded, INTERVIEWS);
          sheet.setFrozenRows(1);
          sheet.sort(sortColumn, ascending);
          const row = sheet.peekValues().findIndex((values) => values[0] === `evt-seed${target}`) + 1;
          const before = dumpAll(loaded.spreadsheet);
          loaded.addon.saveDebrief({ interviewId: `evt-seed${target}`, debrief: input });
          const changed = changedCells(before, dumpAll(loaded.spreadsheet));
          const allowed = new Set(cellsOf('Interviews', row, INTERVIEWS, DEBRIEF_KEYS));
          expect(changed.filter((cell) => !allowed.has(cell))).toEqual([]);
          const saved = sheet.peekValues()[row - 1]!;
          expect(saved[col(INTERVIEWS, 'toImprove')]).toBe(input.toImprove.map((item) => `• ${item.trim()}`).join('\n'));
          expect(
            sheet
              .dump()
              .cells.flat()
              .filter((cell) => cell.formula !== ''),
          ).toEqual([]);
        },
      ),
      { numRuns: 15, seed: 7 },
    );
  });

  it('finds the round by its Event ID after the person sorted the sheet', () => {
    const loaded = tracker();
    sheetOf(loaded, INTERVIEWS).sort(col(INTERVIEWS, 'title') + 1, false);
    loaded.addon.saveDebrief({ interviewId: 'evt-seed2', debrief: { lessons: ['Ask about on-call'] } });
    const row = sheetOf(loaded, INTERVIEWS)
      .peekValues()
      .find((line) => line[0] === 'evt-seed2')!;
    expect([row[col(INTERVIEWS, 'title')], row[col(INTERVIEWS, 'lessons')]]).toEqual(['Interview 2', '• Ask about on-call']);
  });

  it.each([
    [{ interviewId: 'evt-seed1', debrief: { selfRating: 9 } }, 'debrief.selfRating: Rate from 1 to 5.'],
    [{ interviewId: 'evt-seed1', debrief: { wentWell: ['two\nlines'] } }, 'debrief.wentWell.0: One line per item.'],
    [{ interviewId: '', debrief: {} }, 'Interview: Fill this in.'],
    [{ interviewId: 'evt-nope', debrief: {} }, 'No row of "Interviews" has the Event ID "evt-nope"; it may have been deleted.'],
  ])('refuses %j with a message naming the field, writing nothing', (input, message) => {
    const loaded = tracker();
    expect(() => loaded.addon.saveDebrief(input)).toThrow(message);
    expect(loaded.log.writes()).toBe(0);
  });
});

describe('loadReflect', () => {
  it('lists ended rounds without a debrief, newest first, and drops a round once its debrief is saved', () => {
    const loaded = tracker(4, 8);
    const ids = () => loaded.addon.loadReflect().awaiting.map((item) => item.interviewId);
    // Round i starts (i - 5) days from now at the next full hour: rounds 5 to 7 are still to come.
    expect(ids()).toEqual(['evt-seed4', 'evt-seed3', 'evt-seed2', 'evt-seed1', 'evt-seed0']);
    loaded.log.reset();
    loaded.addon.loadReflect();
    expect([loaded.log.count('Range.getValues'), loaded.log.reads(), loaded.log.writes()]).toEqual([1, 2, 0]);
    loaded.addon.saveDebrief({ interviewId: 'evt-seed4', debrief: { wentWell: ['Good rapport'] } });
    expect(ids()).toEqual(['evt-seed3', 'evt-seed2', 'evt-seed1', 'evt-seed0']);
    expect(loaded.addon.loadReflect().past.map((round) => round.interviewId)).toEqual(['evt-seed4', 'evt-seed3', 'evt-seed2', 'evt-seed1', 'evt-seed0']);
  });
});

describe('addFeedback', () => {
  it("appends a dated line to the round's Feedback received cell, keeping what was there", () => {
    const loaded = tracker();
    writeAsPerson(sheetOf(loaded, INTERVIEWS), 3, col(INTERVIEWS, 'feedback') + 1, 'Recruiter said: good energy');
    const before = dumpAll(loaded.spreadsheet);
    const view = loaded.addon.addFeedback({ interviewId: 'evt-seed1', receivedOn: '2026-03-01', text: '-More depth on testing' });
    expect(view.feedback).toEqual([
      { receivedOn: '', text: 'Recruiter said: good energy' },
      { receivedOn: '2026-03-01', text: '-More depth on testing' },
    ]);
    expect(changedCells(before, dumpAll(loaded.spreadsheet))).toEqual(cellsOf('Interviews', 3, INTERVIEWS, ['feedback']));
    expect(sheetOf(loaded, INTERVIEWS).peekValues()[2]![col(INTERVIEWS, 'feedback')]).toBe('Recruiter said: good energy\n2026-03-01 — -More depth on testing');
  });

  it('refuses a feedback date that is not a day', () => {
    const loaded = tracker();
    expect(() => loaded.addon.addFeedback({ interviewId: 'evt-seed1', receivedOn: 'yesterday', text: 'x' })).toThrow('Received on: Use the form YYYY-MM-DD.');
    expect(loaded.log.writes()).toBe(0);
  });
});

describe('savePrep and loadPrep', () => {
  const prep = {
    requirements: [{ requirement: 'Go in production', evidence: '4 years at Acme', done: true }, { requirement: 'Kubernetes' }],
    assessment: 'Live coding, 60 min',
    context: 'Payments team\ngrowing fast',
    questions: [{ text: 'How is on-call organised?' }],
    people: [{ text: 'Ana Pérez, hiring manager', done: true }],
  };

  it("stores the checklist as readable text in the round's Prep cell only, and reads it back the same", () => {
    const loaded = tracker();
    const before = dumpAll(loaded.spreadsheet);
    const saved = loaded.addon.savePrep({ interviewId: 'evt-seed6', prep });
    expect(saved.progress).toEqual({ done: 2, total: 4 });
    expect(changedCells(before, dumpAll(loaded.spreadsheet))).toEqual(cellsOf('Interviews', 8, INTERVIEWS, ['prep']));
    expect(sheetOf(loaded, INTERVIEWS).peekValues()[7]![col(INTERVIEWS, 'prep')]).toBe(
      'Requirements:\n[x] Go in production → 4 years at Acme\n[ ] Kubernetes\nAssessment: Live coding, 60 min\nContext: Payments team\n  growing fast\n' +
        'Questions to ask:\n[ ] How is on-call organised?\nPeople to look up:\n[x] Ana Pérez, hiring manager',
    );
    expect(loaded.addon.loadPrep({ interviewId: 'evt-seed6' })).toEqual(saved);
  });

  it('names the row and line of a Prep cell whose layout a hand edit broke', () => {
    const loaded = tracker();
    writeAsPerson(sheetOf(loaded, INTERVIEWS), 4, col(INTERVIEWS, 'prep') + 1, 'Requirements:\nJava, 5 years');
    expect(() => loaded.addon.loadPrep({ interviewId: 'evt-seed2' })).toThrow(
      'Interviews row 4 Prep, line 2: "Java, 5 years" is not part of the checklist layout',
    );
  });
});

describe('stage changes', () => {
  const historyRows = (loaded: LoadedAddon) => sheetOf(loaded, STAGE_HISTORY).peekValues().slice(1);

  it('sets Stage and Last update and appends one Stage history row, in one lock', () => {
    const loaded = tracker();
    const result = loaded.addon.changeStage({ applicationId: 'app-seed2', stage: 'Interviewing' });
    expect(result).toEqual({ kind: 'changed', fromStage: 'Screening', toStage: 'Interviewing', changedAt: '2026-03-02 09:30' });
    const app = sheetOf(loaded, APPLICATIONS).peekValues()[3]!;
    expect(app[col(APPLICATIONS, 'stage')]).toBe('Interviewing');
    expect(historyRows(loaded).map((row) => row.slice(1))).toEqual([
      ['app-seed2', 'Initech', 'Data Analyst', 'Screening', 'Interviewing', new Date('2026-03-02T08:30:00Z')],
    ]);
    expect(String(historyRows(loaded)[0]![0])).toMatch(/^chg-[0-9a-f-]{36}$/);
    expect([loaded.log.count('Lock.waitLock'), loaded.log.count('Range.setValues')]).toEqual([1, 2]);
    loaded.addon.changeStage({ applicationId: 'app-seed2', stage: 'Offer' });
    expect(historyRows(loaded).map((row) => [row[4], row[5]])).toEqual([
      ['Screening', 'Interviewing'],
      ['Interviewing', 'Offer'],
    ]);
  });

  it('records nothing when the stage does not change', () => {
    const loaded = tracker();
    expect(loaded.addon.changeStage({ applicationId: 'app-seed2', stage: 'Screening' })).toEqual({ kind: 'unchanged', stage: 'Screening' });
    expect(loaded.log.writes()).toBe(0);
  });

  it('refuses an unknown stage and, without a Stage history sheet, writes nothing at all', () => {
    const loaded = tracker();
    expect(() => loaded.addon.changeStage({ applicationId: 'app-seed2', stage: 'Hired!' })).toThrow('"Hired!" is not a stage');
    sheetOf(loaded, STAGE_HISTORY).name = 'Old history';
    expect(() => loaded.addon.changeStage({ applicationId: 'app-seed2', stage: 'Offer' })).toThrow('There is no sheet named "Stage history"');
    expect(loaded.log.writes()).toBe(0);
  });

  it('appends to Stage history when the application form saves a different stage, and not for other edits', () => {
    const loaded = tracker();
    const record = loaded.addon.loadTracker().applications[4]!;
    expect(record.stage).toBe('Offer');
    expect(loaded.addon.saveApplication({ ...record, stage: 'Offer', notes: 'Called back' }).kind).toBe('saved');
    expect(historyRows(loaded)).toEqual([]);
    expect(loaded.addon.saveApplication({ ...record, stage: 'Rejected' }).kind).toBe('saved');
    expect(historyRows(loaded).map((row) => row.slice(1, 6))).toEqual([[record.id, 'Hooli', 'Backend Engineer', 'Offer', 'Rejected']]);
    expect(loaded.addon.saveApplication({ company: 'New Co', role: 'PM', stage: 'Applied' }).kind).toBe('saved');
    expect(historyRows(loaded)).toHaveLength(1);
  });
});
