/** What can be due, as plain JSON-safe values for the sidebar and the sheet's highlights. */
import type { Person } from '../mail/address.js';

export type DueItem =
  | {
      kind: 'thank-you';
      interviewId: string;
      company: string;
      role: string;
      round: string;
      /** Wall time the interview ended. */
      endedAt: string;
      /** One item per interviewer; null when the row names nobody yet. */
      recipient: Person | null;
      /** True once the thank-you is later than the setting allows (24 h by default). */
      overdue: boolean;
    }
  | {
      kind: 'feedback-request';
      applicationId: string;
      company: string;
      role: string;
      recipient: Person | null;
      /** The application's last update (when it was marked Rejected, if the person keeps it current). */
      since: string | null;
    }
  | {
      kind: 'follow-up';
      applicationId: string;
      company: string;
      role: string;
      recipient: Person | null;
      /** Last news: the latest of applied, last update, last interview, last follow-up drafted. */
      since: string;
      silentDays: number;
    }
  | { kind: 'market-check'; lastInterviewOn: string; days: number };

export interface DueList {
  /** Thank-yous first (most overdue first), then feedback requests, follow-ups, the market check. */
  items: DueItem[];
  /** Cells that could not be read (a date like "next week"), each naming where; the rest of the list still stands. */
  problems: string[];
}
