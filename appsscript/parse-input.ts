/**
 * The one way an add-on function reads its arguments: google.script.run lets
 * any client call any top-level function with anything, so every exported
 * function parses its input with its schema (api/inputs.ts) before it
 * touches the spreadsheet.
 */
import type * as z from 'zod';
import { NextRoundError } from '../shared/errors.js';
import { describeIssue } from '../shared/words/issue-words.js';

type Issue = z.core.$ZodIssue;

/**
 * Parses `input` with `schema`; the first issue becomes INVALID_INPUT naming `what.field`.
 *
 * @example parseInput(InterviewRef, { interviewId: '' }, 'loadPrep')
 * // throws "Interview: Fill this in." (where: "loadPrep.interviewId")
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = closestIssue(result.error.issues[0]!, input);
  const where = [what, ...issue.path.map(String)].join('.');
  throw new NextRoundError('INVALID_INPUT', describeIssue(issue), { where });
}

/**
 * For a union, the first issue of the option the input came closest to:
 * fewest issues, then one about a field the input has (not a field of
 * another option it lacks), so the message names the field to fix.
 */
function closestIssue(issue: Issue, input: unknown): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const score = (option: readonly Issue[]) => option.length * 2 + (option[0] && isPresent(input, [...issue.path, ...option[0].path]) ? 0 : 1);
  const closest = issue.errors.reduce((best, option) => (score(option) < score(best) ? option : best));
  const inner = closest[0];
  return inner ? closestIssue({ ...inner, path: [...issue.path, ...inner.path] }, input) : issue;
}

function isPresent(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value !== undefined;
}
