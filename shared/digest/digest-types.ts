/**
 * A morning digest as plain data: what the person should see first thing,
 * each line pointing at the row it came from. JSON-safe, small, so a week of
 * them fits in one user property (see plan-digest-week.ts).
 */

/** The digest's sections, in the order the mail shows them. */
export const DIGEST_SECTIONS = [
  { id: 'today', title: 'Interviews today' },
  { id: 'tomorrow', title: 'Interviews tomorrow' },
  { id: 'debriefs', title: 'Debriefs to write' },
  { id: 'thank-yous', title: 'Thank-yous due' },
  { id: 'follow-ups', title: 'Follow-ups due' },
  { id: 'feedback-requests', title: 'Feedback to ask for' },
  { id: 'market-check', title: 'Yearly market check' },
] as const;

export type DigestSectionId = (typeof DIGEST_SECTIONS)[number]['id'];

/** A row of the tracker, by sheet and 1-based row number (links are built at render time). */
export interface DigestRowRef {
  readonly sheet: 'Applications' | 'Interviews';
  readonly row: number;
}

export interface DigestLine {
  readonly section: DigestSectionId;
  /** The line as the person reads it (their own words from the sheet, never HTML). */
  readonly text: string;
  /** An interview's meeting link, only when it is https. */
  readonly joinLink?: string;
  readonly ref: DigestRowRef | null;
  /** A due item's id (shared/due/due-decisions.ts), so a later Done, Dismiss or Snooze can take the line out of a planned digest. */
  readonly dueId?: string;
}

export interface Digest {
  /** The day it is for, `YYYY-MM-DD` in the sheet's zone. */
  readonly date: string;
  readonly lines: readonly DigestLine[];
  /** Lines left out to keep the digest bounded, per section. */
  readonly omitted: number;
}

/** Where links point: the spreadsheet's address and each sheet's gid. */
export interface DigestLinks {
  readonly spreadsheetUrl: string;
  readonly gids: Readonly<Record<DigestRowRef['sheet'], number>>;
}
