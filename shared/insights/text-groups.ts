/**
 * Groups short free texts ("to improve" notes, questions asked) into themes
 * with a rule a person can check by hand; no AI service, no randomness:
 *
 * 1. Split each cell into items: one per line (bullets removed), and one per
 *    sentence (`.`, `!`, `?` or `;` followed by a space).
 * 2. Normalise an item: accents removed, lower case, anything but letters
 *    and digits becomes a space; words are split on spaces; stop words
 *    ("the", "more", "my", ...) are dropped.
 * 3. Themes only: the item joins the keyword bucket (THEME_BUCKETS) with
 *    the most words starting with one of its keywords; ties go to the bucket
 *    listed first.
 * 4. Otherwise (and always for questions) the item's signature is its set
 *    of word stems, sorted: stems drop one common English suffix
 *    (-ations, -ation, -ments, -ment, -ness, -ing, -edly, -ed, -ies→y, -es,
 *    -ly, -s) when at least three letters remain (a final -ss stays). Items with the same
 *    signature form one group, named by their most frequent wording (ties:
 *    alphabetical).
 * 5. A group counts the interviews that mention it (once per interview);
 *    groups are sorted by that count, then by name.
 */
import { parseListCell } from '../reflect/list-cell.js';
import { THEME_BUCKETS } from './theme-buckets.js';

const STOP_WORDS = new Set(
  (
    'a an the and or but to of in on at for with about my me i im we us our you your it its this that these those ' +
    'is are was were be been being am do did does done should could would can will not no too very so than then as by ' +
    'from into some any all just also more less better again really need needs have has had get got make sure try'
  ).split(' '),
);
const SUFFIXES: readonly [string, string][] = [
  ['ations', ''],
  ['ation', ''],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ing', ''],
  ['edly', ''],
  ['ed', ''],
  ['ies', 'y'],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

export interface TextGroup {
  /** The bucket's name, or the group's most frequent wording. */
  label: string;
  /** Interviews mentioning it. */
  count: number;
  /** Up to three distinct wordings, most frequent first. */
  examples: string[];
}

/** Lines and sentences of a cell, trimmed, trailing punctuation kept off. */
export function splitItems(cell: unknown): string[] {
  const items: string[] = [];
  for (const line of parseListCell(cell)) {
    const sentences = SENTENCE_BREAK.test(line) ? line.split(SENTENCE_SPLIT) : [line];
    for (const sentence of sentences) {
      const item = sentence.trim().replace(/[.;!\s]+$/, '');
      if (item !== '') items.push(item);
    }
  }
  return items;
}

const SENTENCE_BREAK = /[.!?;]\s/;
const SENTENCE_SPLIT = /(?<=[.!?;])\s+/;

/** Content words of an item: normalised, stop words removed. */
export function contentWords(item: string): string[] {
  return item
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** The word with one common suffix removed (see rule 4). */
export function stemWord(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if ((suffix === 's' || suffix === 'es') && word.endsWith('ss')) return word;
    return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/** The bucket for an item's words, or null (rule 3). */
export function findBucket(words: readonly string[], cache = new Map<string, readonly number[]>()): string | null {
  const hits = new Array<number>(THEME_BUCKETS.length).fill(0);
  for (const word of words) for (const index of bucketsOfWord(word, cache)) hits[index]!++;
  let best = -1;
  hits.forEach((count, index) => {
    if (count > 0 && (best < 0 || count > hits[best]!)) best = index;
  });
  return best < 0 ? null : THEME_BUCKETS[best]!.theme;
}

/** Indexes of the buckets a word matches, remembered per word: the same words recur across thousands of notes. */
function bucketsOfWord(word: string, cache: Map<string, readonly number[]>): readonly number[] {
  let found = cache.get(word);
  if (!found) {
    found = THEME_BUCKETS.flatMap((bucket, index) => (bucket.keywords.some((keyword) => word.startsWith(keyword)) ? [index] : []));
    cache.set(word, found);
  }
  return found;
}

/**
 * Groups the items of many cells, one cell per interview.
 *
 * @param useBuckets true for "to improve" themes, false for questions.
 */
export function groupTexts(cells: readonly unknown[], useBuckets: boolean, limit = 10): TextGroup[] {
  const groups = new Map<string, { bucket: string | null; interviews: number; lastCell: number; wordings: Map<string, number> }>();
  // The same item (and the same word) recurs across many interviews: classify each distinct one once.
  const keyOfItem = new Map<string, { key: string; bucket: string | null } | null>();
  const wordCache = new Map<string, readonly number[]>();
  cells.forEach((cell, cellIndex) => {
    if (cell === undefined || cell === null || cell === '') return;
    for (const item of splitItems(cell)) {
      let classified = keyOfItem.get(item);
      if (classified === undefined) {
        const words = contentWords(item);
        const bucket = useBuckets && words.length ? findBucket(words, wordCache) : null;
        classified = words.length === 0 ? null : { bucket, key: bucket ? `bucket:${bucket}` : [...new Set(words.map(stemWord))].sort().join(' ') };
        keyOfItem.set(item, classified);
      }
      if (classified === null) continue;
      const { key, bucket } = classified;
      let group = groups.get(key);
      if (!group) {
        group = { bucket, interviews: 0, lastCell: -1, wordings: new Map() };
        groups.set(key, group);
      }
      group.wordings.set(item, (group.wordings.get(item) ?? 0) + 1);
      // Once per interview, however often its cell mentions the group.
      if (group.lastCell !== cellIndex) {
        group.lastCell = cellIndex;
        group.interviews++;
      }
    }
  });
  const result: TextGroup[] = [];
  for (const group of groups.values()) {
    const wordings = [...group.wordings].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([text]) => text);
    result.push({ label: group.bucket ?? wordings[0]!, count: group.interviews, examples: wordings.slice(0, 3) });
  }
  return result.sort((a, b) => b.count - a.count || compare(a.label, b.label)).slice(0, limit);
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
