/**
 * The sync engine: one pass of source → classify/plan → sink, any shell
 * (local .ics → .xlsx, the hosted Google service) calls it as is. It only
 * orchestrates ports; it has no I/O of its own.
 */
import { NextRoundError, isNextRoundError } from '../errors.js';
import type { ClassifyRules } from '../classify/rules.js';
import type { CalendarChanges, CalendarSource, CursorStore, SyncLock, SyncReport, TrackerSink, TrackerSnapshot } from './ports.js';
import { planRowChanges, type PlanCounts, type PlanOptions, type RowPlan } from './plan-row-changes.js';
import type { CalendarEvent } from './calendar-event.js';
import { linkRounds, type RoundLinking } from './link-rounds.js';

/** Everything one pass needs: the ports, the person's rules and a clock. */
export interface RunSyncInput {
  source: CalendarSource;
  sink: TrackerSink;
  cursors: CursorStore;
  rules: ClassifyRules;
  /** The clock, for the report's `finishedAt`. */
  now: () => Date;
  /** Let a full listing mark many rows cancelled (the person confirmed it); see CIRCUIT_BREAKER. */
  confirmMassCancel?: boolean;
  /** Read-plan-write attempts when a write's outcome is unknown or rows moved under it (default 4). */
  maxWriteAttempts?: number;
  /** Serializes passes of one source (keyed by source id); strongly advised where passes can overlap. */
  lock?: SyncLock;
  /**
   * Runs right before each write; throw to abandon the pass unwritten (e.g. a
   * lease or fence this worker no longer holds: a stalled worker must not
   * write an older listing over a newer pass's work).
   */
  beforeWrite?: () => Promise<void>;
}

/** Expired cursors tolerated in one pass before giving up (a full listing should never answer "reset"). */
const MAX_RESETS = 3;

async function listWithResets(
  source: CalendarSource,
  cursors: CursorStore,
): Promise<{ changes: Extract<CalendarChanges, { kind: 'changes' }>; resets: number }> {
  let cursor = await cursors.get(source.id);
  for (let resets = 0; resets <= MAX_RESETS; resets++) {
    const changes = await source.listChanges(cursor);
    if (changes.kind === 'changes') return { changes, resets };
    // 410 fullSyncRequired: forget the cursor, list everything. Cleared in the store too, so a crash here still resyncs.
    cursor = null;
    await cursors.set(source.id, null);
  }
  throw new NextRoundError('SYNC_ABORTED', `Calendar "${source.id}" kept asking for a full resync (${MAX_RESETS + 1} times in one pass).`, {
    where: source.id,
  });
}

/**
 * Adds the appends that re-create rows the tracker lost (see CalendarChanges.unchanged).
 * Planned apart so only their appends count: the rest of those events (skipped,
 * flagged) was reported by the pass that first listed them.
 */
function withRestoredRows(plan: RowPlan, snapshot: TrackerSnapshot, unchanged: readonly CalendarEvent[] | undefined, options: PlanOptions): RowPlan {
  if (!unchanged?.length) return plan;
  const ids = new Set(snapshot.rows.map((row) => (row.eventId ?? '').trim()));
  const missing = unchanged.filter((event) => event.status !== 'cancelled' && !ids.has(event.id));
  if (missing.length === 0) return plan;
  const restore = planRowChanges(snapshot, missing, { ...options, full: false, sweeps: undefined });
  const appends = restore.ops.filter((op) => op.kind === 'append');
  return { ...plan, ops: [...plan.ops, ...appends], added: plan.added + appends.length };
}

/** A write that may be retried after a fresh read: its outcome is unknown, or rows moved between read and write. */
const isReplannable = (error: unknown) => isNextRoundError(error, 'WRITE_UNCERTAIN') || isNextRoundError(error, 'CONFLICT');

/**
 * Runs one sync pass: list changes since the saved cursor (a full listing
 * after a reset), read the tracker once, plan, write once, and only then save
 * the new cursor, so a crash at any step is repaired by the next pass.
 * A write with an unknown outcome is never blindly repeated: the rows are
 * read again and re-planned by Event ID, which makes the retry idempotent.
 * @throws NextRoundError from the ports, or SYNC_ABORTED (circuit breaker, endless resets).
 */
export async function runSync(input: RunSyncInput): Promise<SyncReport> {
  return input.lock ? input.lock(`sync:${input.source.id}`, () => runPass(input)) : runPass(input);
}

async function runPass(input: RunSyncInput): Promise<SyncReport> {
  const { source, sink, cursors } = input;
  // Listing and the first read do not depend on each other: one round trip saved per pass.
  const firstRead = sink.read();
  firstRead.catch(() => undefined);
  const { changes, resets } = await listWithResets(source, cursors);
  const attempts = input.maxWriteAttempts ?? 4;

  let counts: (PlanCounts & Pick<RowPlan, 'skips'>) | null = null;
  let last = null as ReturnType<typeof planRowChanges> | null;
  let linking: RoundLinking | null = null;
  let linkProblems: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const snapshot = attempt === 1 ? await firstRead : await sink.read();
    const options = {
      rules: input.rules,
      full: changes.full,
      listedFrom: changes.listedFrom,
      windowFrom: changes.windowFrom,
      confirmMassCancel: input.confirmMassCancel,
      sweeps: changes.sweeps,
    };
    const plan = withRestoredRows(planRowChanges(snapshot, changes.events, options), snapshot, changes.unchanged, options);
    // A sink with the TrackerLinks port: rounds linked to applications and contacts, in the same write.
    const linked = linkRounds(snapshot, plan.ops);
    const linkRows = linked.links.applications.length + linked.links.contacts.length;
    // After an uncertain write, a re-plan with nothing left to do means that write did commit: report its counts.
    if (counts === null || linked.ops.length + linkRows > 0) [counts, linking] = [plan, linked];
    last = plan;
    linkProblems = linked.problems;
    if (linked.ops.length + linkRows === 0) break;
    await input.beforeWrite?.();
    try {
      await sink.apply(linked.ops, snapshot, linkRows > 0 ? linked.links : undefined);
      break;
    } catch (error) {
      if (!isReplannable(error) || attempt >= attempts) throw error;
    }
  }
  await cursors.set(source.id, changes.nextCursor);

  return {
    sourceId: source.id,
    eventsSeen: changes.events.length,
    added: counts.added,
    updated: counts.updated,
    cancelled: counts.cancelled,
    unchanged: counts.unchanged,
    skipped: counts.skipped,
    skippedReasons: counts.skips.summary(),
    errors: [...(changes.errors ?? []), ...last.errors, ...linkProblems],
    flagged: last.flagged,
    ...(last.sweepsLeftAlone.length > 0 ? { sweepsLeftAlone: last.sweepsLeftAlone } : {}),
    ...(linking && linking.linked.rounds + linking.linked.applications + linking.linked.contacts > 0 ? { linked: linking.linked } : {}),
    resets,
    finishedAt: input.now().toISOString(),
  };
}
