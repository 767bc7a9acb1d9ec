/**
 * Where the digest lives: in the person's own user properties, because the
 * digest is theirs (another editor of the same sheet has their own, or none)
 * and because the daily trigger reads it without opening the spreadsheet.
 * The choice is keyed by spreadsheet id (one digest per tracker), the
 * planned week by the trigger's unique id: an installable trigger's event
 * carries `triggerUid` (https://developers.google.com/apps-script/guides/triggers/events),
 * the same id as Trigger.getUniqueId(), and it is all the trigger knows of itself.
 */
import * as z from 'zod';
import { readDigestPlan, withoutDecided, type DigestPlan } from '../../shared/digest/plan-digest-week.js';
import type { DueDecisions } from '../../shared/due/due-decisions.js';

const CHOICE_PREFIX = 'nextround.digest.';
const PLAN_PREFIX = 'nextround.digestPlan.';
const SENT_PREFIX = 'nextround.digestSent.';

export const DigestChoice = z.object({
  hour: z.number().int().min(0).max(23),
  /** The daily trigger's unique id; the plan is stored under it. */
  triggerUid: z.string().min(1).max(200),
});
export type DigestChoice = z.infer<typeof DigestChoice>;

const props = () => PropertiesService.getUserProperties();

/** The person's digest for this spreadsheet, or null when it is off (or the stored value is unreadable). */
export function readDigestChoice(spreadsheetId: string): DigestChoice | null {
  const raw = props().getProperty(CHOICE_PREFIX + spreadsheetId);
  if (raw === null) return null;
  try {
    const parsed = DigestChoice.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDigestChoice(spreadsheetId: string, choice: DigestChoice): void {
  props().setProperty(CHOICE_PREFIX + spreadsheetId, JSON.stringify(choice));
}

/** Forgets the choice, and the plan and last-sent day of its trigger. */
export function forgetDigest(spreadsheetId: string, triggerUid: string | null): void {
  props().deleteProperty(CHOICE_PREFIX + spreadsheetId);
  if (triggerUid) forgetPlan(triggerUid);
}

/** Forgets a (replaced or removed) trigger's plan and last-sent day. */
export function forgetPlan(triggerUid: string): void {
  props().deleteProperty(PLAN_PREFIX + triggerUid);
  props().deleteProperty(SENT_PREFIX + triggerUid);
}

export const writeDigestPlan = (triggerUid: string, plan: DigestPlan): void => {
  props().setProperty(PLAN_PREFIX + triggerUid, JSON.stringify(plan));
};
export const readStoredPlan = (triggerUid: string): DigestPlan | null => readDigestPlan(props().getProperty(PLAN_PREFIX + triggerUid));
export const readSentOn = (triggerUid: string): string | null => props().getProperty(SENT_PREFIX + triggerUid);
export const writeSentOn = (triggerUid: string, date: string): void => {
  props().setProperty(SENT_PREFIX + triggerUid, date);
};

/** Takes what a new Done, Dismiss or Snooze hides out of the planned digests (user properties only, no row read). */
export function applyDecisionsToDigest(spreadsheetId: string, decisions: DueDecisions): void {
  const choice = readDigestChoice(spreadsheetId);
  const plan = choice ? readStoredPlan(choice.triggerUid) : null;
  if (choice && plan) writeDigestPlan(choice.triggerUid, withoutDecided(plan, decisions));
}
