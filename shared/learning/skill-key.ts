/**
 * One key for a skill, whichever way it was written: a requirement of a
 * prep checklist ("Kubernetes in production") and a "to improve" line
 * ("explain trade-offs more clearly") meet when they fall in the same
 * theme bucket (shared/insights/theme-buckets.ts) or share their stemmed
 * content words. The same rule as the insights' theme grouping.
 */
import { contentWords, findBucket, stemWord } from '../insights/text-groups.js';

export interface SkillKey {
  readonly key: string;
  /** The bucket's theme, or null when the wording is the label. */
  readonly theme: string | null;
}

/**
 * The skill an item names, or null for an item with no content words.
 *
 * @param minHits how many of its words must fall in the theme: 1 for "to
 *   improve" lines (as Insights groups them), 2 for a requirement, whose one
 *   stray keyword ("Kubernetes in production" has "product") would
 *   otherwise file a hard skill under "Company research".
 */
export function skillKeyOf(item: string, cache = new Map<string, readonly number[]>(), minHits = 1): SkillKey | null {
  const words = contentWords(item);
  if (words.length === 0) return null;
  const theme = findBucket(words, cache);
  const hits = theme ? words.filter((word) => findBucket([word], cache) === theme).length : 0;
  if (theme && hits >= minHits) return { key: `theme:${theme}`, theme };
  return { key: [...new Set(words.map(stemWord))].sort().join(' '), theme: null };
}
