/**
 * The person's answers about maybe-interviews, kept as rules rather than
 * one-off choices: "import" adds the event's title to the classifier's
 * `include` patterns, "ignore" to its `exclude` patterns (the same rules as
 * the CLI's --include/--exclude, case-insensitive substrings of the title),
 * so the next "Recruiter chat" of that title is decided the same way. Stored
 * in one document property, parsed with zod on every read and kept under the
 * 9 KB a value may hold (https://developers.google.com/apps-script/guides/services/quotas):
 * when full, the oldest rules give way.
 */
import * as z from 'zod';
import { ClassifyRules, DEFAULT_RULES } from '../../shared/classify/rules.js';
import { utf8Length } from './import-state.js';

export const RULES_KEY = 'nextround.calendarRules';
const MAX_RULES_BYTES = 8_000;
const MAX_PATTERN = 200;

const Pattern = z.string().trim().min(1).max(MAX_PATTERN);
export const ImportRules = z.object({ include: z.array(Pattern).default([]), exclude: z.array(Pattern).default([]) });
export type ImportRules = z.infer<typeof ImportRules>;

/** The stored rules; damaged or absent reads as none. */
export function readImportRules(): ImportRules {
  const raw = PropertiesService.getDocumentProperties().getProperty(RULES_KEY);
  if (raw === null) return ImportRules.parse({});
  try {
    const parsed = ImportRules.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : ImportRules.parse({});
  } catch {
    return ImportRules.parse({});
  }
}

/** The classifier's rules for a pass: the defaults plus the person's patterns. */
export function classifyRulesOf(rules: ImportRules) {
  return ClassifyRules.parse({ ...DEFAULT_RULES, include: rules.include, exclude: rules.exclude });
}

/** Remembers "this title is (not) an interview"; the opposite rule for the same title is dropped. */
export function rememberTitle(title: string, choice: 'import' | 'ignore'): ImportRules {
  const pattern = title.trim().slice(0, MAX_PATTERN);
  const rules = readImportRules();
  const same = (text: string) => text.toLowerCase() === pattern.toLowerCase();
  const include = rules.include.filter((text) => !same(text));
  const exclude = rules.exclude.filter((text) => !same(text));
  (choice === 'import' ? include : exclude).push(pattern);
  const next: ImportRules = { include, exclude };
  while (utf8Length(JSON.stringify(next)) > MAX_RULES_BYTES) {
    const longer = next.include.length >= next.exclude.length ? next.include : next.exclude;
    longer.shift();
  }
  PropertiesService.getDocumentProperties().setProperty(RULES_KEY, JSON.stringify(next));
  return next;
}
