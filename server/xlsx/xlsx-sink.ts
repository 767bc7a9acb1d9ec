/**
 * The .xlsx TrackerSink: the local twin of the Sheets API sink. One read
 * opens the package and reads the Interviews sheet's part; one apply splices
 * every op into that part and saves the file atomically. Only that part
 * (and the styles, tables and filter ranges it needs) is written: every
 * other part of the workbook (charts, pivots, comments, protection,
 * validations, properties) keeps its bytes. Rows are found through the
 * snapshot (by id, wherever the person sorted them), columns by header.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { NextRoundError } from '../../shared/errors.js';
import { mapHeaders } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { RowOp, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { cannotWrite, replaceAtomically } from './atomic-write.js';
import { checkUnchangedSince, stampOf } from './file-stamp.js';
import { type OpenedTracker, openInterviewsPart } from './interviews-part.js';
import { lastUsedRow, type SheetRowEdit } from './parts/sheet-part-edit.js';
import { readSheetRows, savePackage, writeSheetEdits } from './tracker-parts.js';
import { newWorkbookBytes } from './workbook-layout.js';

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

const BLANK_ROW: Readonly<Record<string, string>> = Object.fromEntries(INTERVIEWS.columns.map((column) => [column.key, '']));

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
    const { headers, rows, rowNumbers } = readSheetRows(opened.part, INTERVIEWS, path);
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
    const { sheet, part } = loaded.opened;
    let nextRow = lastUsedRow(part) + 1;
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
    await writeSheetEdits(loaded.opened, sheet, part, mapHeaders(INTERVIEWS, snapshot.headers), edits);
    try {
      const bytes = await savePackage(loaded.opened);
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
    const path = this.options.path;
    await checkUnchangedSince(path, stamp, {
      changed: `${path} changed while it was being synced; it will be read again.`,
      opened: (editor) =>
        `${path} was opened in ${editor.program} during the pass (lock file ${editor.file}); nothing was written. Save and close it, and NextRound syncs on its next pass.`,
    });
  }
}
