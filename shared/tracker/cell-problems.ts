/**
 * Sheet contents are untrusted: a person may type "next friday" into a date
 * column or a stage that is not in the dropdown. Such cells are not guessed
 * at; they are listed with their sheet, row and header so the person can
 * fix them, and the summary leaves them out. Cells arrive as the cell
 * model read them (shared/cells/read-cell.ts): a date or number typed as
 * text has already been read; what is left here could not be.
 */
import type { SheetSpec } from '../schema/types.js';
import type { TableRow } from './read-table.js';
import { isDateText, isDateTimeText } from '../time/index.js';

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Messages naming each cell whose text does not fit its column, at most `limit`.
 *
 * @example findCellProblems(APPLICATIONS, rows) // ['Applications row 5, "Next action due": "soon" is not a date (YYYY-MM-DD).']
 */
export function findCellProblems(sheet: SheetSpec, rows: readonly TableRow[], limit = 20): string[] {
  const problems: string[] = [];
  let more = 0;
  for (const row of rows) {
    for (const column of sheet.columns) {
      const text = row.cells[column.key] ?? '';
      if (text === '') continue;
      let problem: string | null = null;
      if (column.type === 'date' && !isDateText(text)) problem = 'is not a date (YYYY-MM-DD)';
      else if (column.type === 'datetime' && !(isDateText(text) || isDateTimeText(text))) problem = 'is not a date and time (YYYY-MM-DD HH:mm)';
      else if (column.type === 'number' && !NUMBER.test(text)) problem = 'is not a number';
      else if (column.options && !column.options.some((option) => option.toLowerCase() === text.trim().toLowerCase())) {
        problem = `is not one of the choices (${column.options.join(', ')})`;
      }
      if (problem === null) continue;
      if (problems.length < limit) problems.push(`${sheet.name} row ${row.row}, "${column.header}": "${clip(text)}" ${problem}.`);
      else more++;
    }
  }
  if (more > 0) problems.push(`…and ${more} more.`);
  return problems;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
