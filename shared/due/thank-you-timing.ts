/**
 * No thank-you before the interview has ended: listDue lists a thank-you
 * only once the round's End has passed, and the Drafts panel refuses one
 * for a round still to come with the same rule, here.
 */

/**
 * Why a thank-you cannot be drafted yet, or null once the round has ended.
 * Wall times in the sheet's zone (`YYYY-MM-DD HH:mm`); an End left empty
 * falls back to the Start, and a round with neither is not held back.
 *
 * @example thankYouNotYet({start: '2026-12-02 10:00', end: '2026-12-02 11:00'}, '2026-12-01 09:00')
 *   // 'This interview has not ended yet (it ends 2026-12-02 11:00): thank-yous can be drafted once it has.'
 */
export function thankYouNotYet(interview: { readonly start?: string; readonly end?: string }, now: string): string | null {
  const end = (interview.end ?? '').trim() || (interview.start ?? '').trim();
  if (!end) return null;
  // A day without a time (an all-day round) lasts until that day is over.
  const endsAt = end.length === 10 ? `${end} 23:59` : end;
  if (endsAt <= now) return null;
  return `This interview has not ended yet (it ends ${end}): thank-yous can be drafted once it has.`;
}
