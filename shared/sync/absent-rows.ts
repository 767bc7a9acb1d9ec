/**
 * After a full listing, rows whose event is absent may be gone (deleted while
 * the sync token was expired). Marking them cancelled is right only if the
 * listing is complete: an empty or truncated listing would wipe the tracker's
 * statuses. The circuit breaker stops that.
 */
import { NextRoundError } from '../errors.js';
import type { RowCells } from './ports.js';

/**
 * The circuit breaker: a full listing may mark absent rows cancelled unless it
 * is empty (while live rows exist), or it would mark at least `minRows` rows
 * that are more than `share` of the live rows in its window.
 */
export const CIRCUIT_BREAKER = { minRows: 3, share: 0.25 } as const;

/** A live row whose event a full listing did not contain. */
export interface AbsentRow {
  eventId: string;
  row: number;
}

/**
 * Live synced rows (not manual, not already cancelled, dated after
 * `listedFrom`, owned by the listing when `owns` says) whose event the full
 * listing did not contain.
 * @throws NextRoundError SYNC_ABORTED when the circuit breaker trips.
 */
export function markAbsentRows(
  rows: readonly RowCells[],
  listed: ReadonlySet<string>,
  options: { listedFrom?: string | undefined; confirmMassCancel?: boolean | undefined; owns?: ((eventId: string) => boolean) | undefined },
  listingSize: number,
): AbsentRow[] {
  const judged = judgeAbsentRows(rows, listed, options, listingSize);
  if (judged.trip === null) return judged.absent;
  throw new NextRoundError(
    'SYNC_ABORTED',
    `Sync stopped before writing anything: ${judged.trip} after a full resync, which looks like a truncated listing rather than ` +
      `real cancellations. Nothing was changed; if those interviews really were cancelled, confirm the mass cancellation and sync again.`,
    { where: 'Interviews!Calendar status' },
  );
}

/** The rows markAbsentRows would mark, or why the circuit breaker trips (then none may be marked). */
export function judgeAbsentRows(
  rows: readonly RowCells[],
  listed: ReadonlySet<string>,
  options: { listedFrom?: string | undefined; confirmMassCancel?: boolean | undefined; owns?: ((eventId: string) => boolean) | undefined },
  listingSize: number,
): { absent: AbsentRow[]; trip: string | null } {
  let live = 0;
  const absent: AbsentRow[] = [];
  rows.forEach((cells, row) => {
    const eventId = (cells.eventId ?? '').trim();
    const start = (cells.start ?? '').slice(0, 10);
    if (!eventId || eventId.startsWith('nr-') || cells.calendarStatus === 'cancelled') return;
    // A listing of one part of a source judges only that part's rows.
    if (options.owns && !options.owns(eventId)) return;
    // Strictly after the listing's first UTC day: no zone can pull such a row inside the window's edge.
    if (options.listedFrom !== undefined && !(start > options.listedFrom)) return;
    live++;
    if (!listed.has(eventId)) absent.push({ eventId, row });
  });
  if (absent.length === 0 || options.confirmMassCancel) return { absent, trip: null };

  const empty = listingSize === 0;
  const mass = absent.length >= CIRCUIT_BREAKER.minRows && absent.length > CIRCUIT_BREAKER.share * live;
  if (empty || mass) return { absent: [], trip: empty ? 'the calendar listing was empty' : `${absent.length} of ${live} rows would be marked cancelled` };
  return { absent, trip: null };
}
