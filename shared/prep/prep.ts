/**
 * The prepare checklist of an upcoming interview: the role's hard
 * requirements and how the person meets each, the assessment expected, the
 * team's business context, questions to ask and people to look up.
 */
import { NextRoundError } from '../errors.js';
import { checkFields, checkFlag, checkLine, checkList, checkNote, checkObject, type Checked } from '../models/list-checks.js';

export interface PrepRequirement {
  requirement: string;
  /** How the person meets it; empty until they know. */
  evidence: string;
  done: boolean;
}

export interface PrepItem {
  text: string;
  done: boolean;
}

export interface Prep {
  requirements: PrepRequirement[];
  /** The technical or professional assessment expected (live coding, case study...). */
  assessment: string;
  /** The team's business: product, customers, numbers, news. */
  context: string;
  questions: PrepItem[];
  people: PrepItem[];
}

const ITEMS_MAX = 30;
const LINE_MAX = 300;
const EVIDENCE_MAX = 500;
const NOTE_MAX = 2000;

const checkRequirement = (input: unknown) =>
  checkObject(input, (fields) =>
    checkFields<PrepRequirement>(fields, {
      requirement: (raw) => checkLine(raw, LINE_MAX),
      evidence: (raw) => checkLine(raw, EVIDENCE_MAX, true),
      done: checkFlag,
    }),
  );

const checkItem = (input: unknown) =>
  checkObject(input, (fields) => checkFields<PrepItem>(fields, { text: (raw) => checkLine(raw, LINE_MAX), done: checkFlag }));

/**
 * Checks a checklist as sent (the sidebar checks before sending; the server
 * checks again). Problems are named by path, e.g. `questions.2.text`.
 */
export function checkPrep(input: unknown): Checked<Prep> {
  return checkObject(input, (fields) =>
    checkFields<Prep>(fields, {
      requirements: (raw) => checkList(raw, ITEMS_MAX, checkRequirement),
      assessment: (raw) => checkNote(raw, NOTE_MAX),
      context: (raw) => checkNote(raw, NOTE_MAX),
      questions: (raw) => checkList(raw, ITEMS_MAX, checkItem),
      people: (raw) => checkList(raw, ITEMS_MAX, checkItem),
    }),
  );
}

/** An empty checklist. */
export const EMPTY_PREP: Prep = { requirements: [], assessment: '', context: '', questions: [], people: [] };

/**
 * Parses a checklist sent by the sidebar.
 *
 * @throws NextRoundError INVALID_INPUT naming the field, e.g. `prep.questions.2.text`.
 */
export function parsePrep(input: unknown): Prep {
  const checked = checkPrep(input);
  if (checked.ok) return checked.value;
  const where = ['prep', ...checked.path].join('.');
  throw new NextRoundError('INVALID_INPUT', `${where}: ${checked.message}.`, { where });
}

/** How many checklist items are done, of how many: for "3/7 ready" in the sidebar. */
export function countPrepProgress(prep: Prep): { done: number; total: number } {
  const items = [...prep.requirements, ...prep.questions, ...prep.people];
  return { done: items.filter((item) => item.done).length, total: items.length };
}
