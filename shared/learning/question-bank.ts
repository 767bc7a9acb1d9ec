/**
 * The question bank: every question the person was asked (the debriefs'
 * "Questions asked"), with their own answer notes — written after an arrow
 * or a dash on the same line ("Tell me about a conflict → the on-call
 * story") — grouped by theme, newest first in each theme. A round's
 * Prepare screen gets the questions met before in the same round type or at
 * the same company.
 */
import { parseListCell } from '../reflect/list-cell.js';
import { skillKeyOf } from './skill-key.js';

type Row = Readonly<Record<string, unknown>>;

export interface BankedQuestion {
  question: string;
  /** The person's answer notes or story; '' when none. */
  notes: string;
  interviewId: string;
  company: string;
  round: string;
  /** `YYYY-MM-DD` of the round. */
  date: string;
}

export interface QuestionTheme {
  theme: string;
  questions: BankedQuestion[];
}

const text = (value: unknown) => String(value ?? '').trim();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NOTES = /\s+(?:→|->|—|–)\s+/;

/** Every question of past, not cancelled rounds, one entry per question and round. */
export function collectQuestions(interviews: readonly Row[], now: string): BankedQuestion[] {
  const found: BankedQuestion[] = [];
  for (const row of interviews) {
    if (text(row.calendarStatus) === 'cancelled' || text(row.start) > now || !text(row.questionsAsked)) continue;
    // One question per line: a question's own "?" must not split it from its notes.
    for (const item of parseListCell(row.questionsAsked)) {
      const [question, ...rest] = item.split(NOTES);
      if (!question?.trim()) continue;
      found.push({
        question: question.trim(),
        notes: rest.join(' — ').trim(),
        interviewId: text(row.eventId),
        company: text(row.company),
        round: text(row.round),
        date: text(row.start).slice(0, 10),
      });
    }
  }
  return found.sort((a, b) => compare(b.date, a.date) || compare(a.question, b.question) || compare(a.interviewId, b.interviewId));
}

/** The bank grouped by theme (or "Other"): biggest theme first, then by name. */
export function groupQuestionBank(questions: readonly BankedQuestion[]): QuestionTheme[] {
  const themes = new Map<string, BankedQuestion[]>();
  const cache = new Map<string, readonly number[]>();
  for (const question of questions) {
    const theme = skillKeyOf(question.question, cache)?.theme ?? 'Other';
    themes.set(theme, [...(themes.get(theme) ?? []), question]);
  }
  return [...themes]
    .map(([theme, list]) => ({ theme, questions: list }))
    .sort((a, b) => b.questions.length - a.questions.length || Number(a.theme === 'Other') - Number(b.theme === 'Other') || compare(a.theme, b.theme));
}

/** Questions met before in `round`'s type or at its company (its own excluded), newest first, at most `limit`. */
export function suggestQuestions(
  questions: readonly BankedQuestion[],
  round: { interviewId: string; company: string; round: string },
  limit = 8,
): (BankedQuestion & { why: 'same round type' | 'same company' })[] {
  const company = round.company.toLowerCase();
  const suggestions: (BankedQuestion & { why: 'same round type' | 'same company' })[] = [];
  for (const question of questions) {
    if (question.interviewId === round.interviewId) continue;
    if (company && question.company.toLowerCase() === company) suggestions.push({ ...question, why: 'same company' });
    else if (round.round && question.round === round.round) suggestions.push({ ...question, why: 'same round type' });
    if (suggestions.length >= limit) break;
  }
  return suggestions;
}
