/**
 * In-memory adapters of the sync ports for engine tests: a sheet held as a
 * header row plus string rows (the person's columns included), a scripted
 * calendar source, and a cursor map. They obey the port contracts; they are
 * not mocks of the engine.
 */
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { mapHeaders } from '../../../shared/schema/header-map.js';
import { NextRoundError } from '../../../shared/errors.js';
import type { SheetSpec } from '../../../shared/schema/types.js';
import type {
  CalendarChanges,
  CalendarSource,
  CursorStore,
  RowCells,
  RowOp,
  TrackerLinkOps,
  TrackerSink,
  TrackerSnapshot,
} from '../../../shared/sync/ports.js';

export const SCHEMA_HEADERS: string[] = INTERVIEWS.columns.map((column) => column.header);

/** A sheet as a grid of strings; `grid[0]` is the header row. */
export class MemorySheet implements TrackerSink {
  grid: string[][];
  reads = 0;
  writes = 0;
  /** Runs between a read and the next write: the person editing mid-sync. */
  beforeWrite: (() => void) | null = null;
  /** Makes the next write commit and then throw WRITE_UNCERTAIN (response lost). */
  loseNextResponse = false;
  /** The Applications and Contacts sheets (header row first): with either set, the sheet implements TrackerLinks. */
  linked: { applications: string[][] | null; contacts: string[][] | null } | null = null;

  constructor(
    readonly timeZone = 'Europe/Berlin',
    headers: string[] = SCHEMA_HEADERS,
  ) {
    this.grid = [headers.slice()];
  }

  async read(): Promise<TrackerSnapshot> {
    this.reads++;
    const map = mapHeaders(INTERVIEWS, this.grid[0]!);
    const rows = this.grid.slice(1).map((line) => {
      const cells: Record<string, string> = {};
      for (const [key, index] of Object.entries(map.indexByKey)) cells[key] = line[index] ?? '';
      return cells;
    });
    const copy = (grid: string[][] | null) => grid && { headers: grid[0]!.slice(), rows: grid.slice(1).map((line) => line.slice()) };
    const links = this.linked && { applications: copy(this.linked.applications), contacts: copy(this.linked.contacts) };
    return { headers: this.grid[0]!.slice(), rows, timeZone: this.timeZone, ...(links ? { links } : {}) };
  }

  async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps): Promise<void> {
    this.beforeWrite?.();
    this.writes++;
    // Verify, as a careful sink must: headers and the Event IDs of updated rows are where the snapshot saw them.
    if (this.grid[0]!.join('\u0001') !== snapshot.headers.join('\u0001')) throw new NextRoundError('CONFLICT', 'Headers moved.');
    const map = mapHeaders(INTERVIEWS, this.grid[0]!);
    const idColumn = map.indexByKey.eventId!;
    for (const op of ops) {
      if (op.kind === 'update' && this.grid[op.row + 1]?.[idColumn] !== op.eventId) throw new NextRoundError('CONFLICT', 'Rows moved.');
    }
    for (const op of ops) {
      const line = op.kind === 'append' ? new Array<string>(this.grid[0]!.length).fill('') : this.grid[op.row + 1]!;
      for (const [key, value] of Object.entries(op.cells)) line[map.indexByKey[key]!] = value;
      if (op.kind === 'append') this.grid.push(line);
    }
    if (links && this.linked) {
      appendRows(APPLICATIONS, this.linked.applications, links.applications);
      appendRows(CONTACTS, this.linked.contacts, links.contacts);
    }
    if (this.loseNextResponse) {
      this.loseNextResponse = false;
      throw new NextRoundError('WRITE_UNCERTAIN', 'Response lost after commit.');
    }
  }

  /** Cells of the row holding `eventId`, by header. */
  row(eventId: string): Record<string, string> | undefined {
    const idColumn = mapHeaders(INTERVIEWS, this.grid[0]!).indexByKey.eventId!;
    const line = this.grid.find((cells, index) => index > 0 && cells[idColumn] === eventId);
    return line && Object.fromEntries(this.grid[0]!.map((header, index) => [header, line[index] ?? '']));
  }

  /** Event IDs of the data rows, in sheet order. */
  ids(): string[] {
    const idColumn = mapHeaders(INTERVIEWS, this.grid[0]!).indexByKey.eventId!;
    return this.grid.slice(1).map((line) => line[idColumn] ?? '');
  }
}

/** Appends rows (cells by column key) to a sheet held as a grid, each cell under its header. */
function appendRows(spec: SheetSpec, grid: string[][] | null, rows: readonly RowCells[]): void {
  if (rows.length === 0) return;
  if (!grid) throw new NextRoundError('NOT_FOUND', `No "${spec.name}" sheet to append to.`);
  const map = mapHeaders(spec, grid[0]!);
  for (const cells of rows) {
    const line = new Array<string>(grid[0]!.length).fill('');
    for (const [key, value] of Object.entries(cells)) if (map.indexByKey[key] !== undefined) line[map.indexByKey[key]!] = value;
    grid.push(line);
  }
}

/** A source answering from a queue of scripted results (the last one repeats). */
export class ScriptedSource implements CalendarSource {
  readonly id = 'primary';
  calls: (string | null)[] = [];
  constructor(private readonly answers: CalendarChanges[]) {}
  async listChanges(cursor: string | null): Promise<CalendarChanges> {
    this.calls.push(cursor);
    return this.answers.length > 1 ? this.answers.shift()! : this.answers[0]!;
  }
}

export class MemoryCursors implements CursorStore {
  readonly saved = new Map<string, string | null>();
  async get(sourceId: string) {
    return this.saved.get(sourceId) ?? null;
  }
  async set(sourceId: string, cursor: string | null) {
    this.saved.set(sourceId, cursor);
  }
}
