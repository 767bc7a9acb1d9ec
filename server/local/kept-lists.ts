/**
 * What the status page lists across passes. A pass reports only the events
 * that changed since the last one, so a maybe-interview flagged at start
 * would vanish from the page five minutes later; these lists keep what
 * earlier passes found until it is resolved.
 */
import type { TrackerSummary } from '../cli/sync-tracker.js';

export type KeptImported = TrackerSummary['imported'][number] & { at: string };
export type KeptFlagged = TrackerSummary['flagged'][number];

const MAX_KEPT = 50;

/** The interviews imported since start, newest pass first, with when. */
export function keepImported(previous: readonly KeptImported[], summary: TrackerSummary, at: string): KeptImported[] {
  return [...summary.imported.map((row) => ({ ...row, at })), ...previous].slice(0, MAX_KEPT);
}

/**
 * The maybe-interviews still open: this pass's flagged events replace their
 * earlier versions, and an event imported since (e.g. once included) leaves the list.
 */
export function keepFlagged(previous: readonly KeptFlagged[], summary: TrackerSummary): KeptFlagged[] {
  const now = new Map(summary.flagged.map((flagged) => [flagged.eventId, flagged]));
  const imported = new Set(summary.imported.map((row) => row.eventId));
  const kept = previous.filter((flagged) => !now.has(flagged.eventId) && !imported.has(flagged.eventId));
  return [...summary.flagged, ...kept].slice(0, MAX_KEPT);
}
