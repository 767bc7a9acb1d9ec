/**
 * A title taken apart: the parts between dashes, pipes, colons and
 * parentheses, each stripped of interview words, round names, tools and
 * filler, so what remains is a company, a role, a person or nothing.
 */
import type { EventPerson } from '../sync/calendar-event.js';
import { ASSESSMENT_VENDORS } from './assessment-vendors.js';
import { INTERVIEW_WORDS } from './interview-words.js';
import { ROLE_WORDS } from './role-words.js';
import { ROUND_WORDS } from './round-words.js';
import { SCHEDULING_TOOLS } from './scheduling-domains.js';
import { CJK_FILLER, CONNECTORS, FILLER } from './title-filler.js';
import { memoize } from './memo.js';
import { missTester, quickTester } from './quick-test.js';
import { escapeRegExp, wordMatcher } from './word-match.js';

const SEPARATORS = /\s+[-–—~]\s+|\s*[|·•()[\]（）【】「」]\s*|:\s+|\s+\/\s+|\s+<>\s+|,\s+|\s+[-–—]$|^[-–—]\s+/u;

/** The parts of a title, trimmed, empty ones left out (one array per distinct title: do not change it). */
export const splitTitle: (title: string) => readonly string[] = memoize((title) =>
  title
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);

const ALL_WORDS = [...Object.values(INTERVIEW_WORDS).flat(), ...ASSESSMENT_VENDORS.map((v) => v.name), ...SCHEDULING_TOOLS.map((t) => t.name)];
// A "." before a word keeps it: "Booking.com" is a name, not "Booking" plus Portuguese "com".
const wordsPattern = (words: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}.])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
const WORDS_PATTERN = wordsPattern([...ALL_WORDS, ...FILLER, ...CONNECTORS]);
const ROLE_WORDS_PATTERN = wordsPattern([...ALL_WORDS, ...FILLER]);
const CJK_WORDS = new RegExp([...ALL_WORDS.filter((w) => /[\u3040-\u9fff\uac00-\ud7af]/.test(w)), ...CJK_FILLER].map(escapeRegExp).join('|'), 'gu');
const ROUND_PATTERNS = ROUND_WORDS.map((entry) => {
  const pattern = new RegExp(entry.names.source, 'giu');
  return { pattern, misses: missTester(pattern) };
});
// Any round name at all: most parts hold none, and then the per-round replacements below are skipped.
const ANY_ROUND = quickTester(new RegExp(ROUND_WORDS.map((entry) => `(?:${entry.names.source})`).join('|'), 'iu'));
const NUMBERING = /(?<![\p{L}\p{N}])(?:#?\d+(?:st|nd|rd|th)?|[ivx]+)(?![\p{L}\p{N}])/giu;

const strippedForCompany = memoize((part) => strip(part, false));
const strippedForRole = memoize((part) => strip(part, true));

/** A part without interview words, round names, tools, numbering (unless kept, for roles: "Engineer II") and filler: "Acme Phone Screen #2" → "Acme". */
export function stripFiller(part: string, forRole = false): string {
  return forRole ? strippedForRole(part) : strippedForCompany(part);
}

function strip(part: string, forRole: boolean): string {
  const words = forRole ? ROLE_WORDS_PATTERN : WORDS_PATTERN;
  // Round names first: "Case interview" is a round, not "Case" once "interview" is gone.
  let text = part;
  if (ANY_ROUND(text)) for (const round of ROUND_PATTERNS) if (!round.misses(text)) text = text.replace(round.pattern, ' ');
  text = text.replace(CJK_WORDS, ' ').replace(words, ' ');
  return text
    .replace(forRole ? /#\d+/g : NUMBERING, ' ')
    .replace(words, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:|,.&/+]+|[\s\-–—:|,.&/+]+$/gu, '')
    .trim();
}

/** Something named: begins with a capital, a digit or an uncased letter (CJK), at most five words. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  // "iFood", "eBay": a capital anywhere in the first word; uncased scripts (CJK) count as named.
  const named = /\p{Lu}|\p{N}/u.test(words[0]!) || /[\u3040-\u9fff\uac00-\ud7af]/u.test(words[0]!);
  return named && words.length <= 5;
}

const roleWord = wordMatcher(ROLE_WORDS);
// The letters a role word starts with, anywhere, in the matcher's case rules. Taking a title apart only cuts
// text out (never joins letters), so a title without any of them holds no role, in any part.
const ROLE_LETTERS = new RegExp(
  ROLE_WORDS.map((word) =>
    escapeRegExp(
      word
        .replace(/^\*|\*$/g, '')
        .toLowerCase()
        .split(' ')[0]!,
    ),
  ).join('|'),
  'iu',
);

/** False when no part of a text can be a job title: it holds none of the role words' letters. */
export const mayHoldRole = (text: string) => ROLE_LETTERS.test(text);
const interviewWord = wordMatcher(
  Object.values(INTERVIEW_WORDS)
    .flat()
    .map((word) => (word === 'interview' ? 'interview*' : word)),
);

/** The first word that says "interview" in any listed language ("interviews" too), lower case, or undefined. */
export const findInterviewWord = memoize(interviewWord);

/** True when a text says "interview" in any listed language. */
export const hasInterviewWord = (text: string) => findInterviewWord(text) !== undefined;

/** A job title: contains a role word ("Engineer", "Entwickler"), "hiring manager" not counting. */
export const isRolePhrase: (text: string) => boolean = memoize((text) => roleWord(text.replace(/hiring manager/gi, ' ')) !== undefined);

/** First names and address words of the people on an event (lower case): a title part naming one of them is no company. */
export function namesOfPerson(people: readonly EventPerson[]): Set<string> {
  const names = new Set<string>();
  for (const person of people) {
    // "Unilever Careers", "Amazon Recruiting": a team's name starts with the company, not a person's.
    const team = /\b(?:careers?|recruit\w*|talent|hiring|jobs|team|hr|people|campus|scheduling|no-?reply)\b/i.test(person.displayName ?? '');
    const first = team ? undefined : person.displayName?.trim().split(/\s+/)[0];
    if (first) names.add(first.toLowerCase());
    const local = person.email?.split('@')[0];
    if (local) for (const word of local.split(/[._-]/)) if (word.length > 1) names.add(word.toLowerCase());
  }
  return names;
}
