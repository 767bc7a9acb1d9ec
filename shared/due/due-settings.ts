/**
 * The settings that decide what is due. Stored by the add-on (namespaced
 * JSON in document properties) and parsed here, because stored settings are
 * untrusted input like any other.
 */
import { describeIssue } from '../words/issue-words.js';
import * as z from 'zod';
import { NextRoundError } from '../errors.js';

export const DueSettings = z.object({
  /** A thank-you not drafted this many hours after the interview ended is overdue ("within a day"). */
  thankYouAfterHours: z.number().int().min(1).max(336).default(24),
  /** Interviews that ended longer ago than this are not listed any more (imported history would flood the list). */
  thankYouWindowDays: z.number().int().min(1).max(90).default(14),
  /** Offer a feedback request for a rejection at most this many days after the application's last update. */
  feedbackWindowDays: z.number().int().min(1).max(365).default(30),
  /** An active application with no news for this many days is due a follow-up. */
  followUpAfterDays: z.number().int().min(1).max(180).default(7),
  /** An open application with no news for this many days is suggested as Ghosted ("going quiet"). */
  ghostAfterDays: z.number().int().min(7).max(365).default(30),
  /** "Interview at least once a year": nudge when the last interview is older than this. */
  marketCheckAfterDays: z.number().int().min(30).max(1095).default(365),
  marketCheck: z.boolean().default(true),
});
export type DueSettings = z.infer<typeof DueSettings>;

/** The defaults, for a tracker whose settings were never saved. */
export const DEFAULT_DUE_SETTINGS: DueSettings = DueSettings.parse({});

/**
 * Parses stored or submitted settings; absent fields take their default.
 *
 * @throws NextRoundError CONFIG_INVALID naming the setting.
 */
export function parseDueSettings(input: unknown): DueSettings {
  const result = DueSettings.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join('.') || 'settings';
  throw new NextRoundError('CONFIG_INVALID', describeIssue(issue), { where: `settings.${name}` });
}
