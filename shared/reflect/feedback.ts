/**
 * Feedback received after a round (often after a rejection), appended to the
 * same round's Feedback received cell, one dated line per message:
 *
 *   2026-11-24 — Strong on design, wanted more depth on testing.
 */
import * as z from 'zod';
import { NextRoundError } from '../errors.js';
import { isDateText, WallDate } from '../time/index.js';
import { describeIssue } from '../words/issue-words.js';

export const FeedbackEntry = z.object({
  receivedOn: WallDate,
  text: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .regex(/^[^\r\n\u2028\u2029]*$/, 'One line per feedback entry'),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntry>;

const SEPARATOR = ' — ';

/** Entries to the cell. */
export function formatFeedbackCell(entries: readonly FeedbackEntry[]): string {
  return entries.map((entry) => `${entry.receivedOn}${SEPARATOR}${entry.text}`).join('\n');
}

/** The cell to entries; a line without a date (typed by hand) keeps its text with an empty date. */
export function parseFeedbackCell(cell: unknown): { receivedOn: string; text: string }[] {
  return String(cell ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const date = line.slice(0, 10);
      const rest = line.slice(10);
      const dated = isDateText(date) && rest.startsWith(SEPARATOR) && rest.length > SEPARATOR.length;
      return dated ? { receivedOn: date, text: rest.slice(SEPARATOR.length).trim() } : { receivedOn: '', text: line };
    });
}

/**
 * The new cell text after adding one entry; what was there stays, byte for byte.
 *
 * @throws NextRoundError INVALID_INPUT naming the field.
 */
export function appendFeedback(cell: unknown, input: unknown): string {
  const result = FeedbackEntry.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new NextRoundError('INVALID_INPUT', describeIssue(issue), { where: `feedback.${issue.path.join('.')}` });
  }
  const existing = String(cell ?? '').replace(/\s+$/, '');
  const line = formatFeedbackCell([result.data]);
  return existing === '' ? line : `${existing}\n${line}`;
}
