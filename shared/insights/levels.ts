/**
 * How far an application got, as a funnel level: -1 not applied, 0 applied,
 * 1 screening, 2 interviewing, 3 offer. Rejected, Withdrawn and Ghosted say
 * nothing about how far it went (0); the stage history and the rounds held
 * tell the rest: a recruiter call or phone screen proves screening, any
 * other round proves interviewing.
 */

// What a stage says about the funnel is defined once, with the stage.
export { FUNNEL, LOST_STAGES, levelOfStage } from '../stages/stage-queries.js';

const SCREENING_ROUNDS = new Set(['Recruiter call', 'Phone screen', '']);

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
