/**
 * The one way an add-on function reads its arguments: google.script.run lets
 * any client call any top-level function with anything, so every exported
 * function parses its input with its schema (api/inputs.ts) before it
 * touches the spreadsheet.
 */
import type { z } from 'zod';
import { NextRoundError } from '../shared/errors.js';

type Issue = z.core.$ZodIssue;

/**
 * Parses `input` with `schema`; the first issue becomes INVALID_INPUT naming `what.field`.
 *
 * @example parseInput(InterviewRef, { interviewId: '' }, 'loadPrep')
 * // throws "loadPrep.interviewId: Too small: expected string to have >=1 characters."
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = closestIssue(result.error.issues[0]!);
  const where = [what, ...issue.path.map(String)].join('.');
  throw new NextRoundError('INVALID_INPUT', `${where}: ${issue.message}.`, { where });
}

/** For a union, the first issue of the option that came closest (fewest issues), so the message names a field. */
function closestIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = issue.errors.reduce((best, option) => (option.length < best.length ? option : best));
  const inner = closest[0];
  return inner ? closestIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}
