/**
 * How a person finds a row again: its sheet, the row number they see at the
 * sheet's left edge (when the caller read it), and what the row is about.
 * Never the hidden ID column: the person does not see it.
 */
type Row = Readonly<Record<string, unknown>>;

/** "Interviews row 8 (Acme — Data Engineer)"; "an Interviews row (Acme — Data Engineer)" without a number. */
export function rowPlace(sheet: string, rowNumber: number | undefined, row: Row): string {
  const about = [row.company, row.role]
    .map((value) => String(value ?? '').trim())
    .filter(Boolean)
    .join(' — ');
  const place = rowNumber === undefined ? `an ${sheet} row` : `${sheet} row ${rowNumber}`;
  return about ? `${place} (${about})` : place;
}

/** "the Start cell of Interviews row 8 (Acme — Data Engineer)". */
export function cellPlace(column: string, sheet: string, rowNumber: number | undefined, row: Row): string {
  return `the ${column} cell of ${rowPlace(sheet, rowNumber, row)}`;
}
