/**
 * The debrief of one interview round: what went well, what to improve,
 * lessons, the questions asked, a self-rating, and feedback received later.
 * Each field lives in its own Interviews column, so reflecting writes only
 * that row's reflection cells.
 */
import { NextRoundError } from '../errors.js';
import { checkFields, checkLine, checkList, checkObject, invalid, valid, type Checked } from '../models/list-checks.js';
import { formatListCell, parseListCell } from './list-cell.js';

export interface Debrief {
  wentWell: string[];
  toImprove: string[];
  lessons: string[];
  questionsAsked: string[];
  /** 1 (rough) to 5 (great); null when not rated. */
  selfRating: number | null;
}

const ITEM_MAX = 500;

/** One list item: a single trimmed line. */
export const checkListItem = (item: unknown): Checked<string> => checkLine(item, ITEM_MAX);
const list = (max: number) => (raw: unknown) => checkList(raw, max, checkListItem);

/** Not rated (null, or left out), or a whole number from 1 to 5. */
function checkRating(raw: unknown): Checked<number | null> {
  if (raw === undefined || raw === null) return valid(null);
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 5 ? valid(raw) : invalid('Rate from 1 to 5');
}

/**
 * Checks a debrief as sent (the sidebar checks before sending; the server
 * checks again): lists of one-line items, a rating from 1 to 5 or null.
 */
export function checkDebrief(input: unknown): Checked<Debrief> {
  return checkObject(input, (fields) =>
    checkFields<Debrief>(fields, { wentWell: list(30), toImprove: list(30), lessons: list(30), questionsAsked: list(50), selfRating: checkRating }),
  );
}

/** The Interviews column keys a debrief writes, and nothing else. */
export const DEBRIEF_KEYS = ['wentWell', 'toImprove', 'lessons', 'questionsAsked', 'selfRating'] as const;
type DebriefCells = Record<(typeof DEBRIEF_KEYS)[number], string>;

/**
 * Parses a debrief sent by the sidebar.
 *
 * @throws NextRoundError INVALID_INPUT naming the field.
 */
export function parseDebrief(input: unknown): Debrief {
  const checked = checkDebrief(input);
  if (checked.ok) return checked.value;
  const where = ['debrief', ...checked.path].join('.');
  throw new NextRoundError('INVALID_INPUT', `${where}: ${checked.message}.`, { where });
}

/** The cells to write for a debrief (text only; the rating as its digit or empty). */
export function toDebriefCells(debrief: Debrief): DebriefCells {
  return {
    wentWell: formatListCell(debrief.wentWell),
    toImprove: formatListCell(debrief.toImprove),
    lessons: formatListCell(debrief.lessons),
    questionsAsked: formatListCell(debrief.questionsAsked),
    selfRating: debrief.selfRating === null ? '' : String(debrief.selfRating),
  };
}

/** Reads a row's debrief, leniently: cells the person typed by hand count too; a rating outside 1–5 reads as none. */
export function readDebrief(row: Readonly<Record<string, unknown>>): Debrief {
  const rating = Number(String(row.selfRating ?? '').trim());
  const list = (key: string) => parseListCell(row[key]).map((item) => item.slice(0, 500));
  return {
    wentWell: list('wentWell'),
    toImprove: list('toImprove'),
    lessons: list('lessons'),
    questionsAsked: list('questionsAsked'),
    selfRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
  };
}

/** True when the person has written anything of a debrief on the row. */
export function hasDebrief(row: Readonly<Record<string, unknown>>): boolean {
  return DEBRIEF_KEYS.some((key) => String(row[key] ?? '').trim() !== '');
}
