import { describe, expect, it } from 'vitest';
import { planRowWrite, splitRowWrite, type PlannedCell } from '../../../shared/tracker/plan-row-write.js';
import { mapHeaders } from '../../../shared/schema/header-map.js';
import { CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';

const headers = CONTACTS.columns.map((column) => column.header);
const keep: PlannedCell = { kind: 'keep' };
const text = (value: string): PlannedCell => ({ kind: 'set', cell: { value: { kind: 'text', text: value }, format: '@' } });

describe('planRowWrite', () => {
  it('spans the schema columns, typing each updated cell and keeping the rest', () => {
    const map = mapHeaders(CONTACTS, ['My column', ...headers]);
    const write = planRowWrite(map, 7, { name: '=Ada', lastContact: '2026-03-02', notes: '' });
    expect(write.row).toBe(7);
    expect(write.column).toBe(2);
    expect(write.cells).toEqual([
      keep,
      text('=Ada'),
      keep,
      keep,
      keep,
      keep,
      keep,
      { kind: 'set', cell: { value: { kind: 'date', serial: 46083, wall: '2026-03-02' }, format: 'yyyy-mm-dd' } },
      keep,
      { kind: 'set', cell: { value: { kind: 'blank' }, format: '@' } },
    ]);
  });

  it('writes a self-rating as a number with a number format', () => {
    const map = mapHeaders(
      INTERVIEWS,
      INTERVIEWS.columns.map((column) => column.header),
    );
    const cells = planRowWrite(map, 2, { selfRating: '4' }).cells.filter((cell) => cell.kind === 'set');
    expect(cells).toEqual([{ kind: 'set', cell: { value: { kind: 'number', number: 4 }, format: '0.##' } }]);
  });

  it("covers the person's columns that sit between schema columns", () => {
    const map = mapHeaders(CONTACTS, [headers[0], 'Mine', ...headers.slice(1)]);
    expect(planRowWrite(map, 2, { id: 'c-1', name: 'Ada' }).cells.slice(0, 3)).toEqual([text('c-1'), keep, text('Ada')]);
  });
});

describe('splitRowWrite', () => {
  const cells: PlannedCell[] = [text('a'), keep, text('b'), keep, keep];
  const at = (formulas: string[]) => splitRowWrite(cells, { formulas });
  const offsets = (segments: ReturnType<typeof splitRowWrite>) => segments.map((s) => [s.offset, s.cells.map((c) => c.index)]);

  it('writes one segment when no kept cell holds a formula, trimming kept ends', () => {
    expect(offsets(at(['', '', '', '', '']))).toEqual([[0, [0, 1, 2]]]);
  });

  it('goes around a kept formula', () => {
    expect(offsets(at(['', '=A1', '', '', '']))).toEqual([
      [0, [0]],
      [2, [2]],
    ]);
  });
});
