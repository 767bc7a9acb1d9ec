/**
 * What the Interviews sheet's Thank-you cell means, defined once: the
 * dropdown values, which of them still leave a thank-you to write, and the
 * value drafting sets. The Due list, the sheet's highlight and "Create
 * drafts" all read it from here.
 */

export interface ThankYouStatus {
  readonly id: string;
  /** Still to write: listed as due and highlighted; drafting may move it on. */
  readonly pending: boolean;
}

export const THANK_YOU_DEFINITIONS = [
  { id: 'Not yet', pending: true },
  { id: 'Drafted', pending: false },
  { id: 'Sent', pending: false },
  { id: 'Not needed', pending: false },
] as const satisfies readonly ThankYouStatus[];

/** Dropdown values, in the order people see them. */
export const THANK_YOU_STATUSES = THANK_YOU_DEFINITIONS.map((status) => status.id);

/** What "Create drafts" writes once every interviewer has a draft. */
export const THANK_YOU_DRAFTED = 'Drafted' satisfies (typeof THANK_YOU_DEFINITIONS)[number]['id'];

/**
 * The cell texts (trimmed, lower case) that leave a thank-you to write: an
 * empty cell and every pending status. Anything else the person typed
 * ("done", "emailed") counts as handled, so NextRound never nags over it
 * nor overwrites it.
 */
export const PENDING_THANK_YOU_TEXTS: readonly string[] = [
  '',
  ...THANK_YOU_DEFINITIONS.filter((status) => status.pending).map((status) => status.id.toLowerCase()),
];

/** True when the Thank-you cell still leaves a thank-you to write. */
export function isThankYouPending(value: unknown): boolean {
  return PENDING_THANK_YOU_TEXTS.includes(
    String(value ?? '')
      .trim()
      .toLowerCase(),
  );
}
