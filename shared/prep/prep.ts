/**
 * The prepare checklist of an upcoming interview: the role's hard
 * requirements and how the person meets each, the assessment expected, the
 * team's business context, questions to ask and people to look up.
 */
import { z } from 'zod';
import { NextRoundError } from '../errors.js';

const Line = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\r\n\u2028\u2029]*$/, 'One line per item');
/** Free text of a few lines (kept as typed, trailing blanks removed). */
const Note = z.string().max(2000).transform((text) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, ''));

export const PrepRequirement = z.object({
  requirement: Line(300),
  /** How the person meets it; empty until they know. */
  evidence: z.string().trim().max(500).regex(/^[^\r\n\u2028\u2029]*$/, 'One line').default(''),
  done: z.boolean().default(false),
});
export type PrepRequirement = z.infer<typeof PrepRequirement>;

export const PrepItem = z.object({ text: Line(300), done: z.boolean().default(false) });
export type PrepItem = z.infer<typeof PrepItem>;

export const Prep = z.object({
  requirements: z.array(PrepRequirement).max(30).default([]),
  /** The technical or professional assessment expected (live coding, case study...). */
  assessment: Note.default(''),
  /** The team's business: product, customers, numbers, news. */
  context: Note.default(''),
  questions: z.array(PrepItem).max(30).default([]),
  people: z.array(PrepItem).max(30).default([]),
});
export type Prep = z.infer<typeof Prep>;

/** An empty checklist. */
export const EMPTY_PREP: Prep = Prep.parse({});

/**
 * Parses a checklist sent by the sidebar.
 *
 * @throws NextRoundError INVALID_INPUT naming the field, e.g. `prep.questions.2.text`.
 */
export function parsePrep(input: unknown): Prep {
  const result = Prep.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = `prep.${issue.path.join('.')}`;
  throw new NextRoundError('INVALID_INPUT', `${where}: ${issue.message}.`, { where });
}

/** How many checklist items are done, of how many: for "3/7 ready" in the sidebar. */
export function countPrepProgress(prep: Prep): { done: number; total: number } {
  const items = [...prep.requirements, ...prep.questions, ...prep.people];
  return { done: items.filter((item) => item.done).length, total: items.length };
}
