/**
 * The planner: current rows + changed events → row operations. Pure and
 * deterministic. Calendar-owned cells follow the event; the person's cells
 * are written only when a row is created; nothing is ever deleted; an older
 * version never overwrites a newer one; manual rows (`nr-…`) are never touched.
 */
import { INTERVIEWS, CALENDAR_OWNED_KEYS } from '../schema/tracker-schema.js';
import { mapHeaders } from '../schema/header-map.js';
import { classifyEvent } from '../classify/classify-event.js';
import type { ClassifyRules } from '../classify/rules.js';
import type { CalendarEvent } from './calendar-event.js';
import type { ListingSweep, RowCells, RowOp, SyncReport, TrackerSnapshot } from './ports.js';
import { calendarCells, cancelledCells, compareVersions, latestById } from './row-cells.js';
import { assertTimeZone } from '../time/index.js';
import { judgeAbsentRows, markAbsentRows } from './absent-rows.js';
import { endsBeforeWindow } from './sync-window.js';
import { selfAddresses } from './self-addresses.js';
import { seriesReaders, withSeriesAttendees } from './series-reader.js';
import { SkipTally } from './skip-reasons.js';

/** How to plan one pass. */
export interface PlanOptions {
  rules: ClassifyRules;
  /** The events are a full listing: live rows absent from it are marked cancelled (behind the circuit breaker). */
  full: boolean;
  /** A bounded full listing's first UTC day; rows dated on or before it are not judged. */
  listedFrom?: string | undefined;
  /** The person confirmed that a mass cancellation is real: the circuit breaker lets it through. */
  confirmMassCancel?: boolean | undefined;
  /** The sync window's start (ISO 8601): an event ending before it gets no new row (see sync-window.ts). */
  windowFrom?: string | undefined;
  /** Complete listings of parts of the source, each judging the rows it owns (see CalendarChanges.sweeps). */
  sweeps?: readonly ListingSweep[] | undefined;
}

export type PlanCounts = Pick<SyncReport, 'added' | 'updated' | 'cancelled' | 'unchanged' | 'skipped'>;

/** The row operations of one pass, with counts, flagged uncertain events, why the others were skipped, and named problems. */
export interface RowPlan extends PlanCounts {
  ops: RowOp[];
  flagged: NonNullable<SyncReport['flagged']>;
  /** Skipped events that are not flagged, by reason (bounded). */
  skips: SkipTally;
  errors: string[];
  /** Sweeps whose rows were left as they are (see ListingSweep). */
  sweepsLeftAlone: string[];
}

/** Manual rounds the person typed in: sync never touches them. */
export const isManualId = (id: string) => id.startsWith('nr-');

/**
 * Plans the row operations for one pass.
 * @throws NextRoundError HEADER_MISSING / HEADER_DUPLICATE from the headers,
 *   INVALID_INPUT for an unknown time zone, SYNC_ABORTED when a full listing
 *   would mark too many rows cancelled (see markAbsentRows).
 */
export function planRowChanges(snapshot: TrackerSnapshot, events: readonly CalendarEvent[], options: PlanOptions): RowPlan {
  const map = mapHeaders(INTERVIEWS, snapshot.headers);
  assertTimeZone(snapshot.timeZone);
  const present = (key: string) => map.indexByKey[key] !== undefined;
  // Keys the sheet has columns for: calendar-owned ones (updates) and, on append only, what the classifier extracts.
  const calendarKeys = CALENDAR_OWNED_KEYS.filter(present);
  const appendKeys = calendarKeys.concat(['company', 'role', 'round'].filter(present));
  const everyColumn = appendKeys.length === CALENDAR_OWNED_KEYS.length + 3;
  // The person's addresses from the calendar too (self flags, the owner), so they are never their own interviewer.
  const ownAddresses = selfAddresses(events, options.rules.selfEmails);
  const rules = ownAddresses.length === options.rules.selfEmails.length ? options.rules : { ...options.rules, selfEmails: ownAddresses };
  const selfEmails = new Set(ownAddresses);
  const plan: RowPlan = {
    ops: [],
    added: 0,
    updated: 0,
    cancelled: 0,
    unchanged: 0,
    skipped: 0,
    flagged: [],
    skips: new SkipTally(),
    errors: [],
    sweepsLeftAlone: [],
  };

  const rowsById = new Map<string, number[]>();
  for (let index = 0; index < snapshot.rows.length; index++) {
    const id = (snapshot.rows[index]!.eventId ?? '').trim();
    if (!id) continue;
    const rows = rowsById.get(id);
    if (rows) rows.push(index);
    else rowsById.set(id, [index]);
  }

  const appends: { sortKey: string; op: RowOp }[] = [];
  const latest = latestById(events);
  const readerOf = seriesReaders(latest.values());
  // Updates in delivery order (the resulting sheet does not depend on it); appends are sorted below.
  for (const [id, event] of latest) {
    if (isManualId(id)) {
      plan.skipped++;
      plan.skips.add('its id starts with "nr-", which is kept for rounds entered by hand', event.summary ?? id);
      plan.errors.push(`Event "${id}" was skipped: ids starting with "nr-" are reserved for rounds entered by hand.`);
      continue;
    }
    const rows = rowsById.get(id);
    if (rows) for (const row of rows) planUpdate(event, row);
    else planAppend(event);
  }
  plan.ops.push(...appends.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)).map((entry) => entry.op));

  if (options.full) markCancelled(markAbsentRows(snapshot.rows, new Set(latest.keys()), options, latest.size));
  for (const sweep of options.sweeps ?? []) {
    const listed = new Set([...sweep.listed, ...latest.keys()]);
    const judged = judgeAbsentRows(snapshot.rows, listed, { ...sweep, confirmMassCancel: options.confirmMassCancel }, sweep.listed.size);
    markCancelled(judged.absent);
    if (judged.trip === null) continue;
    // One part's listing looks cut short: its rows stay as they are, the rest of the pass goes on.
    plan.sweepsLeftAlone.push(sweep.name);
    plan.errors.push(`${sweep.name}: ${judged.trip}, which looks like a listing cut short; those rows were left as they are and are checked again next time.`);
  }
  return plan;

  function markCancelled(marks: readonly { eventId: string; row: number }[]): void {
    const marked = new Set(plan.ops.flatMap((op) => (op.kind === 'update' && op.cells.calendarStatus === 'cancelled' ? [op.row] : [])));
    for (const mark of marks) {
      if (marked.has(mark.row)) continue;
      plan.ops.push({ kind: 'update', eventId: mark.eventId, row: mark.row, cells: { calendarStatus: 'cancelled' } });
      plan.cancelled++;
    }
  }

  function keep(cells: RowCells, keys: readonly string[]): RowCells {
    const kept: RowCells = {};
    for (const key of keys) if (cells[key] !== undefined) kept[key] = cells[key];
    return kept;
  }

  function planUpdate(event: CalendarEvent, row: number): void {
    const current = snapshot.rows[row]!;
    // A deletion often comes with only an id and no stamp: deletions are final, so it still applies.
    const unstampedDeletion = event.status === 'cancelled' && !event.updated;
    if (!unstampedDeletion && compareVersions(event.updated, current.eventVersion) < 0) return void plan.unchanged++;
    const shown = withSeriesAttendees(event, readerOf(event));
    const wanted = event.status === 'cancelled' ? cancelledCells(event) : calendarCells(shown, snapshot.timeZone, selfEmails);
    // An occurrence listing no attendees, with no sibling in this pass to take them from, keeps the interviewers its row has.
    if (event.recurringEventId && !shown.attendees?.length) delete wanted.interviewers;
    const changed: RowCells = {};
    let changes = 0;
    for (const key of calendarKeys) {
      const value = wanted[key];
      if (value !== undefined && (current[key] ?? '') !== value) {
        changed[key] = value;
        changes++;
      }
    }
    if (changes === 0) return void plan.unchanged++;
    plan.ops.push({ kind: 'update', eventId: event.id, row, cells: changed });
    if (changed.calendarStatus === 'cancelled') plan.cancelled++;
    else plan.updated++;
  }

  function skip(reason: string, title: string): void {
    plan.skipped++;
    plan.skips.add(reason, title);
  }

  /**
   * A new row for an interview, cancelled ones included (marked so): a
   * cancellation may arrive before the row exists. A series' occurrences
   * are all read from one of them (see series-reader.ts), so a moved or
   * cancelled occurrence that carries only its id gets the same company,
   * role and round.
   */
  function planAppend(event: CalendarEvent): void {
    const reader = readerOf(event);
    // A deletion with nothing to read (only its id) and no sibling to read it from cannot be judged.
    if (!reader.summary) return void skip('cancelled or deleted, with nothing to read but its id', event.id);
    const shown =
      event.status === 'cancelled'
        ? { ...reader, ...event, start: event.start ?? event.originalStartTime ?? reader.start, end: event.end ?? reader.end }
        : withSeriesAttendees(event, reader);
    if (options.windowFrom !== undefined && endsBeforeWindow(shown, options.windowFrom, snapshot.timeZone)) {
      return void skip('ended before the sync window', shown.summary ?? '');
    }
    const found = classifyEvent(reader, rules);
    const cells = calendarCells(shown, snapshot.timeZone, selfEmails, event === reader ? found : undefined);
    const take = found.verdict === 'interview' || (found.verdict === 'uncertain' && rules.uncertain === 'import');
    if (!take) {
      if (found.verdict === 'uncertain' && rules.uncertain === 'flag' && event.status !== 'cancelled') {
        plan.skipped++;
        return void plan.flagged.push({ eventId: event.id, title: cells.title!, start: cells.start!, reasons: found.reasons });
      }
      const maybe = found.verdict === 'uncertain' ? 'maybe an interview, not taken: ' : '';
      return void skip(`${maybe}${found.reasons.join('; ')}`, cells.title!);
    }
    if (found.company) cells.company = found.company;
    if (found.role) cells.role = found.role;
    if (found.round) cells.round = found.round;
    appends.push({
      sortKey: `${cells.start}\u0000${event.id}`,
      op: { kind: 'append', eventId: event.id, cells: everyColumn ? cells : keep(cells, appendKeys) },
    });
    if (event.status === 'cancelled') plan.cancelled++;
    else plan.added++;
  }
}
