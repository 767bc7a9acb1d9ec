/**
 * The stored form of the person's Done / Dismiss / Snooze decisions: one
 * JSON object in a document property, parsed on every read (a person or
 * another script may have changed it). A broken entry is dropped on its
 * own; the others stand.
 */
import * as z from 'zod';
import { WallDate } from '../time/schemas.js';
import type { DueDecisions } from './due-decisions.js';

export const DueDecisionSchema = z.object({
  state: z.enum(['done', 'dismissed', 'snoozed']),
  until: WallDate.optional(),
  at: z.string().max(20),
});

/** The decisions in a stored value; anything unreadable counts as no decision. */
export function parseDueDecisions(raw: string | null): DueDecisions {
  if (raw === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const decisions: DueDecisions = {};
  for (const [id, value] of Object.entries(json)) {
    const parsed = DueDecisionSchema.safeParse(value);
    if (parsed.success && id.length <= 300) decisions[id] = parsed.data;
  }
  return decisions;
}
