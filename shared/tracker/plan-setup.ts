/**
 * "Set up tracker", decided purely: given what the workbook already holds,
 * what to add. Only what is missing is added (a sheet, a header, the frozen
 * header row, the overdue rule); the person's rows, columns and formatting
 * are never touched. Running it on its own result plans nothing.
 */
import { NextRoundError } from '../errors.js';
import { columnLetter, normalizeHeader } from '../schema/header-map.js';
import type { ColumnSpec, SheetSpec } from '../schema/types.js';

/** What set-up sees of one existing sheet. */
export interface ExistingSheet {
  /** Row 1 across the sheet's used width. */
  readonly headers: readonly unknown[];
  readonly frozenRows: number;
  /** Formulas of its conditional format rules. */
  readonly ruleFormulas: readonly string[];
}

/** What set-up does to one sheet of the schema. */
export interface SheetPlan {
  readonly sheet: SheetSpec;
  readonly create: boolean;
  /** Columns to add, each with the 0-based column index its header goes to. */
  readonly addColumns: readonly { column: ColumnSpec; index: number }[];
  readonly freezeHeader: boolean;
  /** The overdue-next-action rule to add, or null. */
  readonly overdueRule: string | null;
}

/** Marks NextRound's own conditional format rule; N("…") is 0, so it does not change the result. */
export const OVERDUE_RULE_MARK = 'N("nextround:overdue")';

/**
 * The overdue rule for a header layout: highlights a row whose next action
 * has a due day before today. Column letters follow the layout; Sheets keeps
 * them in step when the person moves columns later.
 */
export function overdueRuleFormula(indexByKey: Readonly<Record<string, number>>): string | null {
  const due = indexByKey.nextActionDue;
  const action = indexByKey.nextAction;
  if (due === undefined || action === undefined) return null;
  const d = `$${columnLetter(due)}2`;
  const a = `$${columnLetter(action)}2`;
  return `=AND(${OVERDUE_RULE_MARK}=0,${a}<>"",ISNUMBER(${d}),${d}<TODAY())`;
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

  const hasRule = (existing?.ruleFormulas ?? []).some((formula) => formula.includes(OVERDUE_RULE_MARK));
  return {
    sheet,
    create: existing === null,
    addColumns,
    freezeHeader: (existing?.frozenRows ?? 0) < 1,
    overdueRule: hasRule ? null : overdueRuleFormula(indexByKey),
  };
}

/** True when a plan changes nothing. */
export function isEmptyPlan(plan: SheetPlan): boolean {
  return !plan.create && plan.addColumns.length === 0 && !plan.freezeHeader && plan.overdueRule === null;
}
