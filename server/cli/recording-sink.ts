/**
 * A TrackerSink that remembers what the pass wrote, for the summary: whether
 * the workbook was written at all (a pass with nothing to change writes
 * nothing, and must not say it did), the interviews it imported, and how
 * many rows already in the tracker it left as they were.
 */
import type { RowOp, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';

/** An imported interview as the summary lists it. */
export interface ImportedRow {
  eventId: string;
  title: string;
  start: string;
}

export interface RecordingSink extends TrackerSink {
  /** True once an apply succeeded. */
  readonly written: boolean;
  /** Rows appended by the successful apply. */
  readonly imported: readonly ImportedRow[];
  /** Synced rows (with an Event ID, not entered by hand) already in the tracker that no op touched. */
  unchangedRows(): number;
}

/** Wraps `sink`; the last snapshot read and the last successful apply are what count. */
export function recordingSink(sink: TrackerSink): RecordingSink {
  let snapshot: TrackerSnapshot | undefined;
  let applied: readonly RowOp[] = [];
  let written = false;
  return {
    get written() {
      return written;
    },
    get imported() {
      return applied.flatMap((op) => (op.kind === 'append' ? [{ eventId: op.eventId, title: op.cells.title ?? '', start: op.cells.start ?? '' }] : []));
    },
    unchangedRows() {
      const touched = new Set(applied.flatMap((op) => (op.kind === 'update' ? [op.row] : [])));
      return (snapshot?.rows ?? []).filter((cells, row) => {
        const eventId = (cells.eventId ?? '').trim();
        return eventId !== '' && !eventId.startsWith('nr-') && !touched.has(row);
      }).length;
    },
    async read() {
      snapshot = await sink.read();
      applied = [];
      return snapshot;
    },
    async apply(ops, planned) {
      await sink.apply(ops, planned);
      applied = ops;
      written = true;
    },
  };
}
