import { describe, expect, it } from 'vitest';
import { addInterviewerEmail } from '../../../shared/mail/interviewer-email.js';

describe('addInterviewerEmail', () => {
  it('gives the address to the named interviewer and keeps the others as written', () => {
    expect(addInterviewerEmail('Ana Pérez <ana@acme.com>, Chen Wu, bo@acme.com', 'chen  wu', 'chen@acme.com')).toBe(
      'Ana Pérez <ana@acme.com>, Chen Wu <chen@acme.com>, bo@acme.com',
    );
  });

  it('adds the person to an empty cell', () => {
    expect(addInterviewerEmail('', 'Dee', 'dee@acme.com')).toBe('Dee <dee@acme.com>');
  });

  it('refuses an address that is not one address, naming it', () => {
    expect(() => addInterviewerEmail('Chen Wu', 'Chen Wu', 'chen at acme')).toThrow('"chen at acme" is not one email address, like ada@example.com.');
  });

  it('refuses when nobody of that name lacks an address any more', () => {
    expect(() => addInterviewerEmail('Chen Wu <chen@acme.com>', 'Chen Wu', 'c@acme.com')).toThrow(/^Nobody called Chen Wu without an email/);
  });
});
