/**
 * The message catalogue's half for refused input: a zod issue said in a
 * person's words, on the field it concerns ("Received on: Use a date like
 * 2026-03-02."), never a field path or zod's default text ("Too small:
 * expected number to be >=1"). The path stays in the error's `where` for
 * whoever reads logs.
 */
import type * as z from 'zod';

type Issue = z.core.$ZodIssue;

/** Labels of the fields any add-on function or setting takes, by key (the last part of an issue's path). */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  interviewId: 'Interview',
  applicationId: 'Job',
  stage: 'Stage',
  receivedOn: 'Received on',
  text: 'Text',
  keys: 'Drafts to create',
  kind: 'Kind of draft',
  topic: 'Topic',
  templateId: 'Template',
  followUpAfterDays: 'Follow up after (days)',
  thankYouAfterHours: 'Thank-you overdue after (hours)',
  thankYouWindowDays: 'Thank-yous listed for (days)',
  feedbackWindowDays: 'Feedback requests offered for (days)',
  marketCheckAfterDays: 'Market check after (days)',
  marketCheck: 'Market check',
  selfRating: 'Rating',
  what: 'What to delete',
  hour: 'Digest hour',
  ghostAfterDays: 'Ghosted after (days)',
  url: 'Link',
  company: 'Company',
  role: 'Role',
  nextAction: 'Next action',
  nextActionDue: 'Next action due',
  id: 'Row',
  // A template (Templates sheet and the sidebar's template editor).
  name: 'Name',
  subject: 'Subject',
  body: 'Body',
  // The add-on's own stored settings.
  upcomingDays: 'Upcoming days shown',
  myName: 'Your name',
};

/** The field an issue concerns, as a person names it; "This request" when it names none. */
export function labelOfPath(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  return (key && FIELD_LABELS[key]) ?? 'This request';
}

/** What is wrong, in words; our own (custom) messages pass through unchanged. */
export function issueWords(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Fill this in.' : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at least ${issue.minimum}.`;
      return `Enter a number of at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${issue.maximum} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${issue.maximum}.`;
      return `Enter a number no bigger than ${issue.maximum}.`;
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'Enter a number.'
        : issue.expected === 'boolean'
          ? 'Choose yes or no.'
          : 'This is missing or not text.';
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return issue.format === 'email'
        ? 'Enter an email address like name@example.com.'
        : issue.format === 'url'
          ? 'Enter a link starting with https://.'
          : 'This is not in the expected form.';
    case 'custom':
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
    default:
      return 'This value is not accepted.';
  }
}

/** "Received on: Use a date like 2026-03-02." */
export function describeIssue(issue: Issue): string {
  return `${labelOfPath(issue.path)}: ${issueWords(issue)}`;
}
