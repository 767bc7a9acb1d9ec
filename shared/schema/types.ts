/** Shapes of the tracker schema: sheets, their columns, and who owns each cell. */

export type ColumnType =
  | 'id' // hidden row key
  | 'text'
  | 'longtext'
  | 'date' // a calendar day, YYYY-MM-DD
  | 'datetime' // a local wall time, YYYY-MM-DD HH:mm, in the sheet's time zone
  | 'enum' // a dropdown of `options`
  | 'email'
  | 'url'
  | 'number';

/**
 * Who may write a cell. `calendar` cells follow the calendar event on every
 * sync; `person` cells are the person's, written by sync at most once (when
 * the row is created) and never again; `addon` cells are bookkeeping the
 * add-on writes on the person's request (draft ids, for example).
 */
export type ColumnOwner = 'calendar' | 'person' | 'addon';

export interface ColumnSpec {
  /** Stable programmatic name, used in code and JSON. */
  readonly key: string;
  /** Header text in row 1; matched case- and space-insensitively. */
  readonly header: string;
  readonly type: ColumnType;
  readonly owner: ColumnOwner;
  /** Reading or writing the sheet stops with a clear error when this header is missing. */
  readonly required?: boolean;
  readonly options?: readonly string[];
  readonly hidden?: boolean;
  /** Pixel width set when the column is created. */
  readonly width?: number;
}

export interface SheetSpec {
  readonly key: string;
  /** Tab name; tabs are found by name, wherever the person moved them. */
  readonly name: string;
  /** Key of the column that identifies a row (rows are found by id, never by position). */
  readonly idKey: string;
  readonly columns: readonly ColumnSpec[];
}
