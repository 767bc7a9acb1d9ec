/**
 * The debrief of one interview round: what went well, what to improve,
 * lessons, the questions asked, a self-rating, and feedback received later.
 * Each field lives in its own Interviews column, so reflecting writes only
 * that row's reflection cells.
 */
import { z } from 'zod';
import { NextRoundError } from '../errors.js';
import { formatListCell, parseListCell } from './list-cell.js';

/** One list item: a single trimmed line. */
export const ListItem = z.string().trim().min(1).max(500).regex(/^[^\r\n\u2028\u2029]*$/, 'One line per item');
export type ListItem = z.infer<typeof ListItem>;

export const Debrief = z.object({
  wentWell: z.array(ListItem).max(30).default([]),
  toImprove: z.array(ListItem).max(30).default([]),
  lessons: z.array(ListItem).max(30).default([]),
  questionsAsked: z.array(ListItem).max(50).default([]),
  /** 1 (rough) to 5 (great); null when not rated. */
  selfRating: z.number().int().min(1).max(5).nullable().default(null),
});
export type Debrief = z.infer<typeof Debrief>;

/** The Interviews column keys a debrief writes, and nothing else. */
export const DEBRIEF_KEYS = ['wentWell', 'toImprove', 'lessons', 'questionsAsked', 'selfRating'] as const;
type DebriefCells = Record<(typeof DEBRIEF_KEYS)[number], string>;

/**
 * Parses a debrief sent by the sidebar.
 *
 * @throws NextRoundError INVALID_INPUT naming the field.
 */
export function parseDebrief(input: unknown): Debrief {
  const result = Debrief.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = `debrief.${issue.path.join('.')}`;
  throw new NextRoundError('INVALID_INPUT', `${where}: ${issue.message}.`, { where });
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
