/**
 * What the learning-loop functions share: parse a call's input (a bad one is
 * a NextRoundError naming the field), open Interviews and find one round by
 * its Event ID, describe a round for the sidebar.
 */
import type { z } from 'zod';
import { NextRoundError } from '../../shared/errors.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import type { RoundSummary } from '../learning-api.js';
import { findRow, openForWrite } from './tracker.js';

/** Parses `input` with `schema`; the first issue becomes INVALID_INPUT naming `what.field`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = [what, ...issue.path.map(String)].join('.');
  throw new NextRoundError('INVALID_INPUT', `${where}: ${issue.message}.`, { where });
}

/** Interviews read whole (one getValues) and the round whose Event ID is `interviewId`. */
export function openRound(interviewId: string) {
  const opened = openForWrite(INTERVIEWS);
  return { ...opened, round: findRow(opened.table, INTERVIEWS, 'eventId', interviewId) };
}

/** How the sidebar names a round. */
export function summarizeRound(row: TableRow): RoundSummary {
  const cell = (key: string) => (row.cells[key] ?? '').trim();
  return { interviewId: cell('eventId'), company: cell('company'), role: cell('role'), round: cell('round'), applicationId: cell('applicationId'), start: cell('start') };
}
