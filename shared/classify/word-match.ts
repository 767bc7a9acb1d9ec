/**
 * Word lists → one matcher. A word matches at the start of a word and, unless
 * it ends with "*", at its end too ("prep" is not "preparedness", "interview*"
 * is "interviews"); a leading "*" matches inside German compounds
 * ("*entwickler*" in "Softwareentwickler"). Letters are Unicode letters, so "gespräch" ends a word
 * correctly. CJK words match anywhere (no spaces between words there).
 */
import { quickTester } from './quick-test.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher that returns the first listed word found in a text, lower case, or undefined. */
export function wordMatcher(words: readonly string[]): (text: string) => string | undefined {
  const entries = words.map((word) => {
    const open = word.endsWith('*');
    const inner = word.startsWith('*');
    const bare = word.replace(/^\*|\*$/g, '').toLowerCase();
    if (CJK.test(bare)) return { word: bare, pattern: new RegExp(escapeRegExp(bare), 'u') };
    const end = open ? '' : '(?![\\p{L}\\p{N}])';
    const start = inner ? '' : '(?<![\\p{L}\\p{N}])';
    return { word: bare, pattern: new RegExp(`${start}${escapeRegExp(bare).replace(/['’]/g, "['’]")}${end}`, 'iu') };
  });
  if (entries.length === 0) return () => undefined;
  // One alternation answers the common case (no listed word in the text) in a single scan; only a text
  // that holds some word is asked word by word, so the first *listed* word still wins, as before.
  const any = quickTester(new RegExp(entries.map((entry) => `(?:${entry.pattern.source})`).join('|'), 'iu'));
  return (text) => (any(text) ? entries.find((entry) => entry.pattern.test(text))?.word : undefined);
}
