/** zod schemas of the tracker's date texts, for forms and stored logs; their words come from date-problems.ts. */
import * as z from 'zod';
import { dateProblem, dateTimeProblem } from './date-problems.js';

/** A schema that trims and then reports `problem`'s words, if any. */
function checkedText(problem: (text: string) => string | null) {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      const message = problem(text);
      if (message !== null) context.addIssue({ code: 'custom', message });
    });
}

/** A calendar day, `YYYY-MM-DD`. */
export const WallDate = checkedText(dateProblem);
export type WallDate = z.infer<typeof WallDate>;

/** A local moment, `YYYY-MM-DD HH:mm` (24-hour clock). */
export const WallDateTime = checkedText(dateTimeProblem);
export type WallDateTime = z.infer<typeof WallDateTime>;
