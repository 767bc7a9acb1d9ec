/**
 * The .xlsx TrackerSink: the local twin of the Sheets API sink. One read
 * opens the package and reads the Interviews sheet's part; one apply splices
 * every op into that part and saves the file atomically. Only that part
 * (and the styles, tables and filter ranges it needs) is written: every
 * other part of the workbook (charts, pivots, comments, protection,
 * validations, properties) keeps its bytes. Rows are found through the
 * snapshot (by id, wherever the person sorted them), columns by header.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { readCellText } from '../../shared/cells/read-cell.js';
import { xmlSafeText } from '../../shared/cells/xml-safe-text.js';
import { NextRoundError } from '../../shared/errors.js';
import { mapHeaders, readRow } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import type { RowCells, RowOp, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { cannotWrite, replaceAtomically } from './atomic-write.js';
import { findEditorLock } from './editor-locks.js';
import { type OpenedTracker, openInterviewsPart } from './interviews-part.js';
import { editSheetPart, lastUsedRow, type SheetRowEdit } from './parts/sheet-part-edit.js';
import type { SheetRow } from './parts/sheet-part-read.js';
import { growPackageRanges, growSheetAutoFilter } from './parts/ranges.js';
import { ensureTrackerSheets } from './workbook-layout.js';

export interface XlsxSinkOptions {
  path: string;
  /** The zone Start/End wall times are shown in. */
  timeZone: string;
  /** Runs between serialising the workbook and the change check before the rename (tests put an editor's save here). */
  afterSerialise?: () => Promise<void>;
}

interface Loaded {
  opened: OpenedTracker;
  snapshot: TrackerSnapshot;
  /** Worksheet row number of each snapshot row. */
  rowNumbers: number[];
  created: boolean;
  /** The file's identity, times and size at read: a save in Excel since then means the ops are stale. */
  stamp: string | undefined;
}

// The inode too: an editor that saves by rename (as NextRound does) makes a new file, whatever its times.
const stampOf = (path: string) =>
  stat(path).then(
    (s) => `${s.ino}:${s.mtimeMs}:${s.ctimeMs}:${s.size}`,
    () => undefined,
  );

const BLANK_ROW: Readonly<Record<string, string>> = Object.fromEntries(INTERVIEWS.columns.map((column) => [column.key, '']));
const TEXT: Pick<ColumnSpec, 'type'> = { type: 'text' };

export class XlsxSink implements TrackerSink {
  private loaded: Loaded | undefined;

  constructor(private readonly options: XlsxSinkOptions) {}

  async read(): Promise<TrackerSnapshot> {
    const path = this.options.path;
    const stamp = await stampOf(path);
    const created = stamp === undefined;
    let opened: OpenedTracker;
    try {
      opened = await openInterviewsPart(created ? await newWorkbookBytes(path) : await readFile(path), path);
    } catch (error) {
      if (error instanceof NextRoundError) throw error;
      throw new NextRoundError('INVALID_INPUT', `${path} is not a readable .xlsx workbook (${(error as Error).message}).`, { where: path, cause: error });
    }
    const rowsOfPart = opened.part.rows;
    const headerRow = rowsOfPart.find((row) => row.number === 1);
    const headers = textsOf(headerRow, headerRow ? Math.max(0, ...headerRow.cells.map((cell) => cell.column + 1)) : 0, []);
    const map = withWhere(path, () => mapHeaders(INTERVIEWS, headers));
    const columnsAt: (ColumnSpec | undefined)[] = [];
    for (const [key, index] of Object.entries(map.indexByKey)) columnsAt[index] = INTERVIEWS.columns.find((column) => column.key === key);
    const rows: RowCells[] = [];
    const rowNumbers: number[] = [];
    for (const row of rowsOfPart) {
      if (row.number === 1) continue;
      const values = textsOf(row, map.width, columnsAt);
      if (values.every((value) => value === '')) continue;
      rows.push(readRow(map, values) as Record<string, string>);
      rowNumbers.push(row.number);
    }
    const snapshot: TrackerSnapshot = { headers, rows, timeZone: this.options.timeZone };
    this.loaded = { opened, snapshot, rowNumbers, created, stamp };
    return snapshot;
  }

  async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot): Promise<void> {
    const path = this.options.path;
    const loaded = this.loaded;
    if (!loaded || loaded.snapshot !== snapshot) {
      throw new NextRoundError('CONFLICT', `Ops for ${path} were planned on a snapshot this sink did not read last.`, { where: path });
    }
    this.loaded = undefined;
    if (ops.length === 0 && !loaded.created) return;
    const { pkg, sheet, part, styles, strings, stylesPart } = loaded.opened;
    const lastRow = lastUsedRow(part);
    let nextRow = lastRow + 1;
    const edits: SheetRowEdit[] = ops.map((op) => {
      if (op.kind === 'append') {
        // A new row gets every schema cell typed and formatted (blank ones too), as the Sheets sink does.
        return { rowNumber: nextRow++, cells: { ...BLANK_ROW, ...op.cells, [INTERVIEWS.idKey]: op.eventId } };
      }
      const rowNumber = loaded.rowNumbers[op.row];
      if (rowNumber === undefined) {
        throw new NextRoundError('CONFLICT', `An update names data row ${op.row}, which the snapshot of ${path} lacks.`, { where: `${path}!${sheet.name}` });
      }
      return { rowNumber, cells: op.cells };
    });
    let xml = editSheetPart(part, mapHeaders(INTERVIEWS, snapshot.headers), edits, styles, strings);
    if (nextRow - 1 > lastRow) {
      xml = growSheetAutoFilter(xml, lastRow, nextRow - 1);
      await growPackageRanges(pkg, sheet, lastRow, nextRow - 1);
    }
    // A part an older writer left with characters XML forbids is made valid as it is rewritten.
    pkg.write(sheet.part, xmlSafeText(xml));
    const newStyles = styles.changed();
    if (newStyles !== undefined) pkg.write(stylesPart, newStyles);
    await strings.saveTo(pkg);
    try {
      const bytes = await pkg.save();
      await replaceAtomically(
        path,
        (temp) => writeFile(temp, bytes),
        () => this.checkUnchanged(loaded.stamp),
      );
    } catch (error) {
      throw cannotWrite(path, error);
    }
  }

  /**
   * Someone saved the workbook (Excel, another program) after our read: renaming now would drop
   * their change. Checked after serialising, the slow part, so the window left is a stat and a
   * rename; CONFLICT makes runSync read and plan again. An editor that opened the file meanwhile
   * may save its copy any moment: the pass is skipped.
   */
  private async checkUnchanged(stamp: string | undefined): Promise<void> {
    await this.options.afterSerialise?.();
    if ((await stampOf(this.options.path)) !== stamp) {
      throw new NextRoundError('CONFLICT', `${this.options.path} changed while it was being synced; it will be read again.`, {
        where: this.options.path,
      });
    }
    const editor = await findEditorLock(this.options.path);
    if (editor) {
      throw new NextRoundError(
        'UNAVAILABLE',
        `${this.options.path} was opened in ${editor.program} during the pass (lock file ${editor.file}); nothing was written. Save and close it, and NextRound syncs on its next pass.`,
        { where: editor.file },
      );
    }
  }
}

/**
 * A new tracker laid out by exceljs (all the tracker sheets, headers, hidden
 * id columns), as bytes to edit like any other. exceljs is loaded only here:
 * a pass over an existing tracker never needs it (nor its ~25 MB of modules).
 */
async function newWorkbookBytes(path: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  ensureTrackerSheets(workbook, path);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A row's cells as text (`width` of them), each read as its schema column says (`columnsAt`, 0-based; none for headers and the person's columns). */
function textsOf(row: SheetRow | undefined, width: number, columnsAt: readonly (ColumnSpec | undefined)[]): string[] {
  const values = Array.from({ length: width }, () => '');
  for (const cell of row?.cells ?? []) {
    if (cell.column < width) values[cell.column] = readCellText(columnsAt[cell.column] ?? TEXT, cell.raw);
  }
  return values;
}

function withWhere<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NextRoundError) {
      throw new NextRoundError(error.code, `${path}: ${error.message}`, { where: `${path}!${error.where ?? ''}`, cause: error });
    }
    throw error;
  }
}
