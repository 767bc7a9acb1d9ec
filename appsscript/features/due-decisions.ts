/**
 * Done, Dismiss and Snooze on a due item, remembered in one document
 * property keyed by the item's stable id (shared/due/due-decisions.ts): no
 * cell of the person's is written, and rows may be sorted or moved freely.
 */
import type { AddonApi } from '../api/contract.js';
import { DueDecisionInput } from '../api/inputs.js';
import { NextRoundError } from '../../shared/errors.js';
import { DUE_DECISIONS_KEY, forgetDecision, recordDecision, type DueDecisions } from '../../shared/due/due-decisions.js';
import { parseDueDecisions } from '../../shared/due/due-decision-store.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { applyDecisionsToDigest } from './digest-store.js';

/** The stored decisions; an unreadable value or entry counts as none. */
export function readDueDecisions(): DueDecisions {
  return parseDueDecisions(PropertiesService.getDocumentProperties().getProperty(DUE_DECISIONS_KEY));
}

/**
 * Records one decision (or forgets it with `undo`) and answers every decision in force.
 *
 * @throws NextRoundError INVALID_INPUT when a snooze has no day after today.
 */
export const decideDueItem: AddonApi['decideDueItem'] = (input: unknown) => {
  const { id, decision, until } = parseInput(DueDecisionInput, input, 'decideDueItem');
  return withDocumentLock(() => {
    const tracker = openTracker();
    const now = tracker.codec.toWall(new Date(), true);
    const today = now.slice(0, 10);
    if (decision === 'snoozed' && !(until && until > today)) {
      throw new NextRoundError('INVALID_INPUT', 'Choose a day after today to snooze until.', { where: 'until' });
    }
    const current = readDueDecisions();
    const next =
      decision === 'undo'
        ? forgetDecision(current, id)
        : recordDecision(current, id, { state: decision, ...(decision === 'snoozed' ? { until } : {}), at: now });
    PropertiesService.getDocumentProperties().setProperty(DUE_DECISIONS_KEY, JSON.stringify(next));
    // The morning digest, if on, stops listing what was just decided.
    applyDecisionsToDigest(tracker.spreadsheet.getId(), next);
    return { decisions: next };
  });
};
