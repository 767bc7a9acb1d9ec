/**
 * Drafts stay bound to the row the person previewed, whatever they do to
 * the sheet between preview and create: sort by any column, insert rows
 * above or a column anywhere, delete another row, add a row, edit another row, drop an
 * interviewer from this one. Randomised (fast-check, 1,000 runs); the
 * bundle is loaded once per 100 runs, and each run takes its rows out
 * again, so the suite stays fast.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTERVIEWS, openDraftsWorkbook, recipientsOf, type DraftsWorkbook } from './drafts-workbook.js';
import { parseDraftLog } from '../../shared/mail/draft-log.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const RUNS = Number(process.env.DRAFTS_RUNS ?? 1_000);
const RUNS_PER_WORKBOOK = 100;
const FIRST = ['Ana', 'Bo', 'Chen', 'Dana', 'Élodie', 'Femi'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella'];
const SORT_KEYS = ['start', 'company', 'role', 'interviewers', 'eventId', 'title'];

type Op =
  | { kind: 'sort'; key: string; ascending: boolean }
  | { kind: 'insert-above'; at: number; count: number }
  | { kind: 'delete-other'; pick: number }
  | { kind: 'add-row' }
  | { kind: 'edit-other'; pick: number }
  | { kind: 'drop-interviewer' }
  | { kind: 'insert-column'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('sort' as const), key: fc.constantFrom(...SORT_KEYS), ascending: fc.boolean() }),
  fc.record({ kind: fc.constant('insert-above' as const), at: fc.nat(20), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('delete-other' as const), pick: fc.nat() }),
  fc.constant({ kind: 'add-row' as const }),
  fc.record({ kind: fc.constant('edit-other' as const), pick: fc.nat() }),
  fc.constant({ kind: 'drop-interviewer' as const }),
  fc.record({ kind: fc.constant('insert-column' as const), at: fc.nat(12) }),
);

const scenario = fc.record({
  rows: fc.array(fc.record({ people: fc.integer({ min: 1, max: 3 }), company: fc.constantFrom(...COMPANIES), hour: fc.integer({ min: 0, max: 4 }) }), {
    minLength: 2,
    maxLength: 6,
  }),
  target: fc.nat(),
  ops: fc.array(op, { minLength: 1, maxLength: 4 }),
});

// Column positions by header, cached per workbook and re-read after the person inserts a column.
const layouts = new WeakMap<DraftsWorkbook, string[]>();
function column(workbook: DraftsWorkbook, key: string): number {
  let headers = layouts.get(workbook);
  if (!headers) {
    headers = (workbook.sheet(INTERVIEWS).peekValues()[0] ?? []).map(String);
    layouts.set(workbook, headers);
  }
  return headers.indexOf(INTERVIEWS.columns.find((candidate) => candidate.key === key)!.header) + 1;
}

function rowOf(workbook: DraftsWorkbook, id: string): number {
  const at = column(workbook, 'eventId') - 1;
  return (
    workbook
      .sheet(INTERVIEWS)
      .peekValues()
      .findIndex((line) => line[at] === id) + 1
  );
}

/** Set-up leaves 1,000 rows per sheet; 60 are plenty here, and every read scans fewer blank rows. */
function trimmed(workbook: DraftsWorkbook): DraftsWorkbook {
  for (const sheet of workbook.spreadsheet.sheets) for (let r = sheet.getMaxRows(); r > 60; r--) sheet.deleteRow(r);
  return workbook;
}

function rowOfLast(values: readonly (readonly unknown[])[], at: number): number {
  let last = values.length;
  while (last > 1 && String(values[last - 1]![at] ?? '') === '') last--;
  return last;
}

describe('drafts after the person sorts or edits the sheet between preview and create', () => {
  it(`go to the previewed row's own interviewers and are recorded on that row only (${RUNS} random runs, 0 mis-bound)`, () => {
    let workbook: DraftsWorkbook | null = null;
    let run = 0;
    let misbound = 0;
    let created = 0;
    fc.assert(
      fc.property(scenario, ({ rows, target, ops }) => {
        if (run % RUNS_PER_WORKBOOK === 0) workbook = trimmed(openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' }));
        const wb = workbook!;
        const prefix = `r${run++}`;
        const ids = rows.map((row, i) => {
          const id = `${prefix}-evt${i}`;
          const people = Array.from({ length: row.people }, (_, p) => `${FIRST[(i + p) % FIRST.length]} Lee <${prefix}.${i}.${p}@example.com>`);
          wb.addRow(INTERVIEWS, {
            eventId: id,
            start: new Date(Date.UTC(2026, 10, 20, 8 + row.hour)),
            end: new Date(Date.UTC(2026, 10, 20, 9 + row.hour)),
            title: `Round ${i}`,
            company: row.company,
            role: 'Engineer',
            interviewers: people.join(', '),
            meetingLink: 'https://meet.example.com/x',
            calendarStatus: 'confirmed',
          });
          return id;
        });
        const targetId = ids[target % ids.length]!;
        const others = ids.filter((id) => id !== targetId);
        const preview = wb.addon.previewDrafts({ interviewId: targetId });
        let dropped: string | null = null;
        let added = 0;

        for (const step of ops) {
          const sheet = wb.sheet(INTERVIEWS);
          if (step.kind === 'sort') sheet.sort(column(wb, step.key), step.ascending);
          else if (step.kind === 'insert-above') sheet.insertRowsBefore(2 + (step.at % Math.max(rowOf(wb, targetId) - 1, 1)), step.count);
          else if (step.kind === 'delete-other' && others.length > 1) sheet.deleteRow(rowOf(wb, others.splice(step.pick % others.length, 1)[0]!));
          else if (step.kind === 'add-row')
            wb.addRow(INTERVIEWS, {
              eventId: `${prefix}-new${added++}`,
              start: NOW,
              end: NOW,
              title: 'New',
              company: 'Hooli',
              role: 'X',
              interviewers: 'Ana <ana@hooli.example>',
              meetingLink: 'https://x.example',
              calendarStatus: 'confirmed',
            });
          else if (step.kind === 'edit-other' && others.length > 0)
            sheet.getRange(rowOf(wb, others[step.pick % others.length]!), column(wb, 'interviewers')).setValue('Mallory <mallory@evil.example>');
          else if (step.kind === 'insert-column') {
            sheet.insertColumnsBefore(1 + step.at, 1);
            sheet.getRange(1, 1 + step.at).setValue(`My column ${prefix}`);
            layouts.delete(wb);
          } else if (step.kind === 'drop-interviewer' && dropped === null && preview.previews.length > 1) {
            dropped = preview.previews[0]!.key;
            const cell = String(wb.sheet(INTERVIEWS).peekValues()[rowOf(wb, targetId) - 1]![column(wb, 'interviewers') - 1]);
            sheet.getRange(rowOf(wb, targetId), column(wb, 'interviewers')).setValue(cell.split(', ').slice(1).join(', '));
          }
        }

        const before = wb.gmail.drafts.length;
        const result = wb.addon.createDrafts({ interviewId: targetId, keys: preview.previews.map((card) => card.key) });
        const made = wb.gmail.drafts.slice(before);
        created += made.length;
        const records = parseDraftLog(wb.rowById(INTERVIEWS, 'eventId', targetId).drafts);
        const expected = preview.previews.filter((card) => card.key !== dropped);
        for (const [index, draft] of made.entries()) {
          const card = expected[index];
          const ok =
            card?.status === 'ready' &&
            recipientsOf(draft.message.headers.to ?? '').join() === card.recipient?.email &&
            draft.message.headers.subject === card.subject &&
            draft.message.parts[0]?.body === card.body.replace(/\n/g, '\r\n') &&
            records[index]?.draftId === draft.id &&
            records[index]?.email === card.recipient?.email;
          if (!ok) misbound++;
        }
        expect(made).toHaveLength(expected.length);
        expect(result.outcomes.filter((outcome) => outcome.status === 'gone').map((outcome) => outcome.key)).toEqual(dropped ? [dropped] : []);
        const [idAt, draftsAt] = [column(wb, 'eventId') - 1, column(wb, 'drafts') - 1];
        const touched = wb
          .sheet(INTERVIEWS)
          .peekValues()
          .filter((line) => others.includes(String(line[idAt])) && line[draftsAt] !== '');
        expect(touched).toEqual([]);
        // Take this run's rows (and the blank ones it inserted) out again, so every run reads a small sheet.
        const values = wb.sheet(INTERVIEWS).peekValues();
        for (let r = values.length; r >= 2; r--) {
          const id = String(values[r - 1]![idAt] ?? '');
          if (id.startsWith(`${prefix}-`) || (id === '' && r <= rowOfLast(values, idAt))) wb.sheet(INTERVIEWS).deleteRow(r);
        }
        const height = wb.sheet(INTERVIEWS).getMaxRows();
        if (height < 60) wb.sheet(INTERVIEWS).insertRowsAfter(height, 60 - height);
      }),
      { numRuns: RUNS, seed: 20261120 },
    );
    expect({ runs: run, misbound }).toEqual({ runs: RUNS, misbound: 0 });
    expect(created).toBeGreaterThan(RUNS);
  }, 120_000);
});
