/** The shape "Look back" returns: plain JSON-safe data for the Insights sheet and the sidebar's charts. */
import type { Stage } from '../stages/stage-definitions.js';
import type { TextGroup } from './text-groups.js';

export interface FunnelStep {
  /** One of FUNNEL: Applied, Screening, Interviewing, Offer. */
  stage: Stage;
  /** Applications that reached this stage or a later one. */
  reached: number;
  /** reached / reached at the previous step; null for the first step or when the previous is 0. */
  conversion: number | null;
}

export interface RoundTypeStat {
  round: string;
  /** Rounds of this type that took place (not cancelled, started by now), among those linked to an application. */
  rounds: number;
  /** Rounds followed by another round of the same application, or by an offer. */
  passed: number;
  /** Passed plus rounds that were the last before a rejection or silence (Rejected, Ghosted). */
  decided: number;
  passRate: number | null;
}

export interface SourceStat {
  source: string;
  applied: number;
  /** Applications that heard back at all (a rejection counts; silence does not). */
  responded: number;
  responseRate: number | null;
  /** Median days from Applied on to the first response, over those with both dates. */
  medianDaysToResponse: number | null;
}

/** Responses per résumé version: the same counts as per source. */
export interface ResumeVersionStat {
  /** The Résumé version cell, or "Not recorded". */
  version: string;
  applied: number;
  responded: number;
  responseRate: number | null;
  medianDaysToResponse: number | null;
}

export interface Insights {
  totals: { applications: number; applied: number; interviews: number; debriefed: number };
  funnel: FunnelStep[];
  roundTypes: RoundTypeStat[];
  sources: SourceStat[];
  /** Response rate per résumé version, versions alphabetically, "Not recorded" last. */
  resumeVersions: ResumeVersionStat[];
  improveThemes: TextGroup[];
  questions: TextGroup[];
  /** Every month from the first interview to `now`, zeros included, for a bar chart. */
  interviewsPerMonth: { month: string; count: number }[];
  lastInterviewOn: string | null;
  daysSinceLastInterview: number | null;
  /** Consecutive months with an interview, ending this month (or last month while this one has none yet). */
  monthsInARow: number;
  /** Cells that could not be read, each naming where. */
  problems: string[];
}
