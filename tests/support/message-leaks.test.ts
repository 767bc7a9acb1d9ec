/** The message-catalogue check finds each kind of internal word, and lets the catalogue's own words through. */
import { describe, expect, it } from 'vitest';
import { leakIn } from './message-leaks.js';

describe('leakIn', () => {
  it.each([
    ['feedback.receivedOn: Use the form YYYY-MM-DD.', 'a field path'],
    ['Setting "followUpAfterDays": Too small: expected number to be >=1.', "zod's default text"],
    ['Invalid input: expected string, received number', "zod's default text"],
    ['ENOENT: no such file or directory', 'an error code'],
    ['2026-03-30 10:00 · Vandelay · manual', 'an internal status word'],
  ])('finds %j (%s)', (message, what) => {
    expect(leakIn(message)).toBe(`${what} in "${message}"`);
  });

  it.each([
    'Received on: Use the form YYYY-MM-DD.',
    'Follow up after (days): Enter a number of at least 1.',
    'The end must be after the start',
    '2026-03-30 10:00 · Vandelay · added by hand',
    'No email for Ada Lovelace: the thank-you draft will need it.',
    'Drafts go to your Gmail Drafts folder. NextRound never sends anything.',
  ])('lets %j through', (message) => {
    expect(leakIn(message)).toBeNull();
  });
});
