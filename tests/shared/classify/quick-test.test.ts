/**
 * The loose twins of quick-test.ts must never miss what the exact pattern
 * finds: checked for every character of the Basic Multilingual Plane
 * against every letter the classifier's lists and round names use, and on
 * seeded random titles mixing those words with the characters that fold
 * only under the `u` flag.
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VENDORS } from '../../../shared/classify/assessment-vendors.js';
import { INTERVIEW_WORDS } from '../../../shared/classify/interview-words.js';
import { NOT_INTERVIEW_FAMILIES } from '../../../shared/classify/not-interview-words.js';
import { FOLDS_ONLY_UNDER_U, looseTwin, missTester, quickTester } from '../../../shared/classify/quick-test.js';
import { ROLE_WORDS } from '../../../shared/classify/role-words.js';
import { ROUND_WORDS } from '../../../shared/classify/round-words.js';
import { SCHEDULING_TOOL_NAMES } from '../../../shared/classify/scheduling-domains.js';
import { CONNECTORS, FILLER } from '../../../shared/classify/title-filler.js';
import { seededRandom } from '../../support/seeded-random.js';

const WORDS = [
  ...Object.values(INTERVIEW_WORDS).flat(),
  ...NOT_INTERVIEW_FAMILIES.flatMap((family) => family.words),
  ...ROLE_WORDS.map((word) => word.replaceAll('*', '')),
  ...ROUND_WORDS.map((entry) => entry.names.source),
  ...ASSESSMENT_VENDORS.map((vendor) => vendor.name),
  ...SCHEDULING_TOOL_NAMES,
  ...FILLER,
  ...CONNECTORS,
];
const LETTERS = [...new Set(WORDS.join('').toLowerCase())].filter((ch) => /\p{L}/u.test(ch));

describe('loose twins of case-insensitive Unicode patterns', () => {
  it('find, without the u flag, every character that matches a listed letter with it, or send it down the exact path', () => {
    const wrong: string[] = [];
    for (const letter of LETTERS) {
      const [withU, withoutU] = [new RegExp(letter, 'iu'), new RegExp(letter, 'i')];
      for (let code = 0; code <= 0xffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const ch = String.fromCharCode(code);
        if (withU.test(ch) && !withoutU.test(ch) && !FOLDS_ONLY_UNDER_U.test(ch)) wrong.push(`${letter} ~ U+${code.toString(16)}`);
      }
    }
    expect(LETTERS.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('count as word characters for \\b without the u flag every character that does with it, but the ones sent down the exact path', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (/\w/iu.test(ch) && !/\w/i.test(ch) && !FOLDS_ONLY_UNDER_U.test(ch)) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('exist for the round names and give the exact answer on seeded random titles', () => {
    const patterns = [...ROUND_WORDS.map((entry) => entry.names), new RegExp(ROUND_WORDS.map((entry) => `(?:${entry.names.source})`).join('|'), 'iu')];
    expect(patterns.filter((pattern) => pattern.flags.includes('u')).every((pattern) => looseTwin(pattern) !== undefined)).toBe(true);
    const random = seededRandom(2026);
    const pieces = [...WORDS.filter((word) => !word.includes('\\')), 'ſ', 'K', 'Å', 'ẞ', 'é', '-', ' ', '(', '2', 'x', 'Acme', '面', 'ä'];
    for (let i = 0; i < 1500; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pieces[Math.floor(random() * pieces.length)]!)
        .join(random() < 0.5 ? ' ' : '')
        .replace(/s/g, (s) => (random() < 0.1 ? 'ſ' : s));
      for (const pattern of patterns) {
        expect(quickTester(pattern)(text), `${pattern.source} on "${text}"`).toBe(pattern.test(text));
        if (missTester(pattern)(text)) expect(pattern.test(text)).toBe(false);
      }
    }
  });

  it('are not built for a pattern whose meaning changes without the u flag', () => {
    expect(looseTwin(/\p{Lu}x/iu)).toBeUndefined();
    expect(looseTwin(/a.b/iu)).toBeUndefined();
    expect(looseTwin(/[^a]b/iu)).toBeUndefined();
    expect(looseTwin(/ab/i)).toBeUndefined();
    expect(looseTwin(/(?<![\p{L}\p{N}])prep(?![\p{L}\p{N}])/iu)?.source).toBe('prep');
  });
});
