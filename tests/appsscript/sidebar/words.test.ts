/** The sidebar's one translation of errors for the person reading them. */
import { describe, expect, it } from 'vitest';
import { forPerson, statusWords } from '../../../appsscript/sidebar/words.js';

describe('forPerson', () => {
  it.each([
    [new Error('feedback.receivedOn: Use the form YYYY-MM-DD.'), { receivedOn: 'Received on' }, 'Received on: Use the form YYYY-MM-DD.'],
    [new Error('saveDebrief.interviewId: Fill this in.'), {}, 'Fill this in.'],
    [new Error('Received on: Use the form YYYY-MM-DD.'), {}, 'Received on: Use the form YYYY-MM-DD.'],
    [new Error('ENOENT: no such file or directory'), {}, 'Something went wrong. Try again; if it keeps happening, reload the sidebar.'],
    [new Error(''), {}, 'Something went wrong. Try again; if it keeps happening, reload the sidebar.'],
    ['The Gmail service is busy; try again in a minute.', {}, 'The Gmail service is busy; try again in a minute.'],
  ])('says %s as a person reads it', (error, labels, expected) => {
    expect(forPerson(error, labels)).toBe(expected);
  });
});

describe('statusWords', () => {
  it.each([
    ['manual', 'added by hand'],
    ['confirmed', 'from your calendar'],
    [' Cancelled ', 'cancelled in your calendar'],
    ['', ''],
  ])('says the status %j as %j', (status, words) => {
    expect(statusWords(status)).toBe(words);
  });
});
