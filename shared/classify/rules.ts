/**
 * Classification rules are data: the person's settings (their own
 * addresses, include/exclude patterns) plus keyword lists, parsed with zod
 * because they come from a config file or a settings sheet.
 */
import * as z from 'zod';

/** Title words that make an event an interview on their own. */
export const STRONG_KEYWORDS = [
  'interview',
  'phone screen',
  'onsite',
  'on-site',
  'hiring manager',
  'recruiter call',
  'final round',
  'technical screen',
  'coding challenge',
  'system design',
  'take-home',
] as const;

/** Words that only hint at an interview (one point each). */
export const WEAK_KEYWORDS = ['technical', 'screen', 'recruiter', 'panel', 'round', 'intro call', 'chat with', 'meet the team'] as const;

/** Weak words that name everyday meetings as often as hiring ones ("Technical debt review", "Intro call" with a vendor): they add a point, but cannot make an interview without a hiring signal. */
export const EVERYDAY_WEAK_KEYWORDS: ReadonlySet<string> = new Set(['technical', 'chat with', 'intro call']);

/** The person's classification settings; every field has a default, so `ClassifyRules.parse({})` is valid. */
export const ClassifyRules = z.object({
  /** The person's own addresses: attendees with these are "self", never interviewers. */
  selfEmails: z.array(z.string().min(3)).default([]),
  /** Domains that are the person's own (current employer, family): attendees there are not a hint. */
  ownDomains: z.array(z.string().min(1)).default([]),
  strongKeywords: z.array(z.string().min(1)).default([...STRONG_KEYWORDS]),
  weakKeywords: z.array(z.string().min(1)).default([...WEAK_KEYWORDS]),
  /** Case-insensitive substrings of the title (or description) that make an event an interview. */
  include: z.array(z.string().min(1)).default([]),
  /** Case-insensitive substrings that rule an event out; they win over everything else. */
  exclude: z.array(z.string().min(1)).default([]),
  /** An uncertain event: `flag` lists it in the report for the person to confirm; `import` adds it; `skip` ignores it. */
  uncertain: z.enum(['flag', 'import', 'skip']).default('flag'),
  /** Event ids the person confirmed as interviews (from a flagged list). */
  confirmedIds: z.array(z.string()).default([]),
});
export type ClassifyRules = z.infer<typeof ClassifyRules>;

/** Rules with every default: what a person who set nothing gets. */
export const DEFAULT_RULES: ClassifyRules = ClassifyRules.parse({});

/** Mail domains that say nothing about a company. */
export const GENERIC_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'aol.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'wp.pl',
  'o2.pl',
  'yahoo.co.jp',
  'qq.com',
  '163.com',
  'naver.com',
  'fastmail.com',
  'hey.com',
  'resource.calendar.google.com',
  'group.calendar.google.com',
]);
