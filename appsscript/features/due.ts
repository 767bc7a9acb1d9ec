/**
 * What is due, for the sidebar: thank-yous per interviewer, feedback
 * requests after a rejection, follow-ups after a silence, the yearly market
 * check. Two getValues whatever the row count; the core decides. The same
 * rows plan the person's morning digest when it is on.
 */
import type { AddonApi } from '../api/contract.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { listDue } from '../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { openTracker } from '../open-tracker.js';
import { readSettings } from '../settings.js';
import { refreshDigestPlan } from './digest.js';
import { readDueDecisions } from './due-decisions.js';

/** The due list at this moment, in the sheet's zone. Bad date cells become lines in `problems`, never errors. */
export const loadDue: AddonApi['loadDue'] = () => {
  const tracker = openTracker();
  const { codec } = tracker;
  const applicationSheet = tracker.read(APPLICATIONS);
  const interviewSheet = tracker.read(INTERVIEWS);
  const applications = applicationSheet.rows.map((row) => row.cells);
  const interviews = interviewSheet.rows.map((row) => row.cells);
  const now = codec.toWall(new Date(), true);
  const stored = readSettings();
  const settings = stored.due ?? DEFAULT_DUE_SETTINGS;
  // The person's morning digest, if on, is planned from these same rows (no extra read).
  const decisions = readDueDecisions();
  refreshDigestPlan(tracker, applicationSheet, interviewSheet, settings, decisions);
  const rowNumbers = { applications: applicationSheet.rows.map((row) => row.row), interviews: interviewSheet.rows.map((row) => row.row) };
  const { items, problems } = listDue({ applications, interviews, now, settings, timeZone: codec.offsets, rowNumbers });
  return { now, items, problems, settings, decisions, myName: stored.myName ?? '' };
};
