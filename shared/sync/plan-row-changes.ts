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
import type { RowCells, RowOp, SyncReport, TrackerSnapshot } from './ports.js';
import { calendarCells, cancelledCells, compareVersions, latestById } from './row-cells.js';
import { assertTimeZone } from './wall-time.js';
import { markAbsentRows } from './absent-rows.js';

export interface PlanOptions {
  rules: ClassifyRules;
  /** The events are a full listing: live rows absent from it are marked cancelled (behind the circuit breaker). */
  full: boolean;
  /** A bounded full listing's first UTC day; rows dated on or before it are not judged. */
  listedFrom?: string | undefined;
  /** The person confirmed that a mass cancellation is real: the circuit breaker lets it through. */
  confirmMassCancel?: boolean | undefined;
}

export type PlanCounts = Pick<SyncReport, 'added' | 'updated' | 'cancelled' | 'unchanged' | 'skipped'>;

export interface RowPlan extends PlanCounts {
  ops: RowOp[];
  flagged: NonNullable<SyncReport['flagged']>;
  errors: string[];
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
  const writable = new Set(CALENDAR_OWNED_KEYS.concat(['company', 'role', 'round']).filter((key) => map.indexByKey[key] !== undefined));
  const selfEmails = new Set(options.rules.selfEmails.map((email) => email.toLowerCase()));
  const plan: RowPlan = { ops: [], added: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0, flagged: [], errors: [] };

  const rowsById = new Map<string, number[]>();
  snapshot.rows.forEach((row, index) => {
    const id = (row.eventId ?? '').trim();
    if (id) rowsById.set(id, [...(rowsById.get(id) ?? []), index]);
  });

  const appends: { sortKey: string; op: RowOp }[] = [];
  const latest = latestById(events);
  for (const id of [...latest.keys()].sort()) {
    const event = latest.get(id)!;
    if (isManualId(id)) {
      plan.skipped++;
      plan.errors.push(`Event "${id}" was skipped: ids starting with "nr-" are reserved for rounds entered by hand.`);
      continue;
    }
    const rows = rowsById.get(id);
    if (rows) for (const row of rows) planUpdate(event, row);
    else planAppend(event);
  }
  plan.ops.push(...appends.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)).map((entry) => entry.op));

  if (options.full) {
    const marks = markAbsentRows(snapshot.rows, new Set(latest.keys()), options, latest.size);
    for (const mark of marks) plan.ops.push({ kind: 'update', eventId: mark.eventId, row: mark.row, cells: { calendarStatus: 'cancelled' } });
    plan.cancelled += marks.length;
  }
  return plan;

  function keep(cells: RowCells): RowCells {
    const kept: RowCells = {};
    for (const [key, value] of Object.entries(cells)) if (writable.has(key)) kept[key] = value;
    return kept;
  }

  function planUpdate(event: CalendarEvent, row: number): void {
    const current = snapshot.rows[row]!;
    // A deletion often comes with only an id and no stamp: deletions are final, so it still applies.
    const unstampedDeletion = event.status === 'cancelled' && !event.updated;
    if (!unstampedDeletion && compareVersions(event.updated, current.eventVersion) < 0) return void plan.unchanged++;
    const wanted = keep(event.status === 'cancelled' ? cancelledCells(event) : calendarCells(event, snapshot.timeZone, selfEmails));
    delete wanted.company, delete wanted.role, delete wanted.round;
    const changed: RowCells = {};
    for (const [key, value] of Object.entries(wanted)) if ((current[key] ?? '') !== value) changed[key] = value;
    if (Object.keys(changed).length === 0) return void plan.unchanged++;
    plan.ops.push({ kind: 'update', eventId: event.id, row, cells: changed });
    if (changed.calendarStatus === 'cancelled') plan.cancelled++;
    else plan.updated++;
  }

  function planAppend(event: CalendarEvent): void {
    if (event.status === 'cancelled') return void plan.skipped++;
    const found = classifyEvent(event, options.rules);
    const cells = calendarCells(event, snapshot.timeZone, selfEmails);
    const take = found.verdict === 'interview' || (found.verdict === 'uncertain' && options.rules.uncertain === 'import');
    if (!take) {
      plan.skipped++;
      if (found.verdict === 'uncertain' && options.rules.uncertain === 'flag') {
        plan.flagged.push({ eventId: event.id, title: cells.title!, start: cells.start!, reasons: found.reasons });
      }
      return;
    }
    const person: RowCells = {};
    if (found.company) person.company = found.company;
    if (found.role) person.role = found.role;
    if (found.round) person.round = found.round;
    appends.push({ sortKey: `${cells.start}\u0000${event.id}`, op: { kind: 'append', eventId: event.id, cells: keep({ ...cells, ...person }) } });
    plan.added++;
  }
}
