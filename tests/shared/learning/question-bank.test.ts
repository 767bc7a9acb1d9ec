import { describe, expect, it } from 'vitest';
import { collectQuestions, groupQuestionBank, suggestQuestions } from '../../../shared/learning/question-bank.js';
import { INTERVIEWS, NOW } from './learning-seed.js';

describe('the question bank on a seeded tracker', () => {
  it('keeps every question asked with the person’s notes, grouped by theme, newest first', () => {
    const bank = groupQuestionBank(collectQuestions(INTERVIEWS, NOW));
    expect(bank.map(({ theme, questions }) => [theme, questions.map((q) => `${q.date} ${q.company}: ${q.question}${q.notes ? ` | ${q.notes}` : ''}`)])).toEqual(
      [
        [
          'System design',
          [
            '2026-11-02 Globex: Design a URL shortener | hashing, base62; forgot the cache',
            '2026-10-05 Acme: How would you design a rate limiter? | token bucket, Redis, the Acme story',
          ],
        ],
        ['Examples and impact (STAR)', ['2026-11-25 Acme: What is your biggest achievement? | the billing migration, 40 % cheaper']],
        ['Leadership and teamwork', ['2026-10-05 Acme: Tell me about a conflict in your team']],
        // The shared theme rule: "time" and "led" tie, and the earlier bucket wins.
        ['Time management', ['2026-11-20 Initech: Tell me about a time you led an incident | the March outage, STAR notes in my doc']],
        ['Other', ['2026-11-02 Globex: Why Globex?']],
      ],
    );
  });

  it('suggests, for a round, the questions met before at that company or in that round type', () => {
    const questions = collectQuestions(INTERVIEWS, NOW);
    expect(suggestQuestions(questions, { interviewId: 'e5', company: 'Hooli', round: 'Technical' }).map((q) => [q.question, q.why])).toEqual([
      ['Design a URL shortener', 'same round type'],
      ['Why Globex?', 'same round type'],
      ['How would you design a rate limiter?', 'same round type'],
      ['Tell me about a conflict in your team', 'same round type'],
    ]);
    expect(suggestQuestions(questions, { interviewId: 'new', company: 'acme', round: 'Final' }).map((q) => [q.question, q.why])).toEqual([
      ['What is your biggest achievement?', 'same company'],
      ['How would you design a rate limiter?', 'same company'],
      ['Tell me about a conflict in your team', 'same company'],
    ]);
  });
});
