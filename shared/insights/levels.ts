/**
 * How far an application got, as a funnel level: -1 not applied, 0 applied,
 * 1 screening, 2 interviewing, 3 offer. Rejected, Withdrawn and Ghosted say
 * nothing about how far it went (0); the stage history and the rounds held
 * tell the rest: a recruiter call or phone screen proves screening, any
 * other round proves interviewing.
 */

export const FUNNEL = ['Applied', 'Screening', 'Interviewing', 'Offer'] as const;

const STAGE_LEVELS: Readonly<Record<string, number>> = {
  Wishlist: -1,
  Applied: 0,
  Screening: 1,
  Interviewing: 2,
  Offer: 3,
  Accepted: 3,
  Rejected: 0,
  Withdrawn: 0,
  Ghosted: 0,
};

/** Stages where an application ended without an offer through the company's doing (or silence). */
export const LOST_STAGES: ReadonlySet<string> = new Set(['Rejected', 'Ghosted']);

const SCREENING_ROUNDS = new Set(['Recruiter call', 'Phone screen', '']);

export function levelOfStage(stage: string): number {
  return Object.hasOwn(STAGE_LEVELS, stage) ? STAGE_LEVELS[stage]! : -1;
}

export function levelOfRound(round: string): number {
  return SCREENING_ROUNDS.has(round) ? 1 : 2;
}

/** part / whole rounded to 4 decimals, or null when whole is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Median of whole numbers (the mean of the middle two for an even count), or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
