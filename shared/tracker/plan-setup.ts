/**
 * "Set up tracker", decided purely: given what the workbook already holds,
 * what to add. Only what is missing is added (a sheet, a header, the frozen
 * header row); the person's rows, columns and formatting are never touched.
 * Running it on its own result plans nothing. The highlights (conditional
 * formats) are the due rules' (shared/due/plan-highlights.ts).
 */
import { NextRoundError } from '../errors.js';
import { columnLetter, normalizeHeader } from '../schema/header-map.js';
import type { ColumnSpec, SheetSpec } from '../schema/types.js';

/** What set-up sees of one existing sheet. */
export interface ExistingSheet {
  /** Row 1 across the sheet's used width. */
  readonly headers: readonly unknown[];
  readonly frozenRows: number;
}

/** What set-up does to one sheet of the schema. */
export interface SheetPlan {
  readonly sheet: SheetSpec;
  readonly create: boolean;
  /** Columns to add, each with the 0-based column index its header goes to. */
  readonly addColumns: readonly { column: ColumnSpec; index: number }[];
  readonly freezeHeader: boolean;
  /** 0-based column index of every schema column once the plan is applied (the highlights' formulas follow it). */
  readonly layout: Readonly<Record<string, number>>;
}

/**
 * Plans set-up of one sheet.
 *
 * @throws NextRoundError HEADER_DUPLICATE when a schema header appears twice:
 *   adding or guessing would both be wrong, so nothing is written.
 */
export function planSheetSetup(sheet: SheetSpec, existing: ExistingSheet | null): SheetPlan {
  const headers = existing?.headers ?? [];
  const positions = new Map<string, number[]>();
  headers.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name) positions.set(name, [...(positions.get(name) ?? []), index]);
  });

  const indexByKey: Record<string, number> = {};
  const addColumns: { column: ColumnSpec; index: number }[] = [];
  let next = headers.length;
  for (const column of sheet.columns) {
    const found = positions.get(normalizeHeader(column.header)) ?? [];
    if (found.length > 1) {
      throw new NextRoundError(
        'HEADER_DUPLICATE',
        `Sheet "${sheet.name}" has the header "${column.header}" twice (columns ${found.map(columnLetter).join(' and ')}); ` +
          'rename or remove one, then run "Set up tracker" again.',
        { where: `${sheet.name}!${column.header}` },
      );
    }
    if (found[0] !== undefined) indexByKey[column.key] = found[0];
    else {
      indexByKey[column.key] = next;
      addColumns.push({ column, index: next++ });
    }
  }

  return {
    sheet,
    create: existing === null,
    addColumns,
    freezeHeader: (existing?.frozenRows ?? 0) < 1,
    layout: indexByKey,
  };
}

/** True when a plan changes nothing. */
export function isEmptyPlan(plan: SheetPlan): boolean {
  return !plan.create && plan.addColumns.length === 0 && !plan.freezeHeader;
}
