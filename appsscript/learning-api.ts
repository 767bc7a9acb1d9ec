/**
 * The inputs and answers of the learning-loop server functions (prepare,
 * reflect, stage changes, look back, activity CSV): zod schemas the server
 * parses every call with, and JSON-safe types the sidebar imports with
 * `import type`. Rows are named by their id, never a row number.
 */
import { z } from 'zod';
import type { Prep } from '../shared/prep/prep.js';
import type { Debrief } from '../shared/reflect/debrief.js';
import type { AwaitingDebrief } from '../shared/reflect/awaiting-debrief.js';
import type { Insights } from '../shared/insights/insights-types.js';

const Id = z.string().trim().min(1).max(300);

export const InterviewRef = z.object({ interviewId: Id });
export type InterviewRef = z.infer<typeof InterviewRef>;

/** The checklist itself is parsed by the core's `parsePrep`, which names the broken field. */
export const SavePrepInput = z.object({ interviewId: Id, prep: z.unknown() });
export type SavePrepInput = z.infer<typeof SavePrepInput>;

/** The debrief is parsed by the core's `parseDebrief`. */
export const SaveDebriefInput = z.object({ interviewId: Id, debrief: z.unknown() });
export type SaveDebriefInput = z.infer<typeof SaveDebriefInput>;

/** `receivedOn` and `text` are checked by the core's `appendFeedback`. */
export const AddFeedbackInput = z.object({ interviewId: Id, receivedOn: z.string().max(40), text: z.string().max(4000) });
export type AddFeedbackInput = z.infer<typeof AddFeedbackInput>;

/** The stage is checked against the schema's list by the core's `planStageChange`. */
export const ChangeStageInput = z.object({ applicationId: Id, stage: z.string().max(60) });
export type ChangeStageInput = z.infer<typeof ChangeStageInput>;

/** Which interview a panel is about, as the sidebar titles it. */
export interface RoundSummary {
  interviewId: string;
  company: string;
  role: string;
  round: string;
  /** The application the round belongs to, or ''. */
  applicationId: string;
  /** Wall time in the sheet's zone. */
  start: string;
}

export interface PrepView extends RoundSummary {
  prep: Prep;
  /** For the "3/7 ready" chip. */
  progress: { done: number; total: number };
}

export interface DebriefView extends RoundSummary {
  debrief: Debrief;
  /** Feedback received later, oldest first. */
  feedback: { receivedOn: string; text: string }[];
}

/** The yearly market check, when it is due (setting-driven; computed by the core's listDue). */
export interface MarketCheck {
  lastInterviewOn: string;
  days: number;
}

export interface ReflectView {
  now: string;
  /** Ended interviews still waiting for a debrief, newest first. */
  awaiting: AwaitingDebrief[];
  /** Past interviews (newest first, at most 50), to add feedback received later. */
  past: RoundSummary[];
  problems: string[];
}

export type StageChangeResult =
  | { kind: 'changed'; fromStage: string; toStage: string; changedAt: string }
  | { kind: 'unchanged'; stage: string };

export interface InsightsView {
  now: string;
  insights: Insights;
  marketCheck: MarketCheck | null;
}

export interface InsightsSheetReport {
  sheet: string;
  /** Data rows written below the header. */
  rows: number;
}

export interface ActivityCsv {
  filename: string;
  csv: string;
  /** Entries in the log (the header row not counted). */
  entries: number;
  problems: string[];
}

/** The learning loop's part of SidebarApi. */
export interface LearningApi {
  loadPrep(input: InterviewRef): PrepView;
  savePrep(input: SavePrepInput): PrepView;
  loadReflect(): ReflectView;
  loadDebrief(input: InterviewRef): DebriefView;
  saveDebrief(input: SaveDebriefInput): DebriefView;
  addFeedback(input: AddFeedbackInput): DebriefView;
  changeStage(input: ChangeStageInput): StageChangeResult;
  loadInsights(): InsightsView;
  rebuildInsightsSheet(): InsightsSheetReport;
  exportActivityCsv(): ActivityCsv;
}
