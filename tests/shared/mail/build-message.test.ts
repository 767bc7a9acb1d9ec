import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDraftMessage, type DraftMessage } from '../../../shared/mail/build-message.js';
import { isNextRoundError } from '../../../shared/errors.js';
import { decodeRaw, readMessage } from './mime-reader.js';

const ana = { name: 'Ana Pérez', email: 'ana@acme.com' };

describe('buildDraftMessage', () => {
  it('writes exactly four headers, one recipient, and both parts carrying the same text', () => {
    const text = 'Hi Ana,\n\nThanks for <today> & "everything".\nSam';
    const message = buildDraftMessage({ to: ana, subject: 'Merci pour aujourd’hui', text });
    const read = readMessage(message.mime);
    expect(read.headerNames).toEqual(['MIME-Version', 'To', 'Subject', 'Content-Type']);
    expect(read.rawHeaders[1]).toBe('To: =?UTF-8?B?QW5hIFDDqXJleg==?= <ana@acme.com>');
    expect(read.rawHeaders[2]).toBe('Subject: =?UTF-8?B?TWVyY2kgcG91ciBhdWpvdXJk4oCZaHVp?=');
    expect(read.headers.subject).toBe('Merci pour aujourd’hui');
    expect(read.parts).toEqual([
      { contentType: 'text/plain; charset=UTF-8', body: 'Hi Ana,\r\n\r\nThanks for <today> & "everything".\r\nSam' },
      {
        contentType: 'text/html; charset=UTF-8',
        body: '<div dir="auto"><p>Hi Ana,</p><p>Thanks for &lt;today&gt; &amp; &quot;everything&quot;.<br>Sam</p></div>',
      },
    ]);
    expect(decodeRaw(message.raw)).toBe(message.mime);
  });

  it('keeps a plain ASCII subject as is', () => {
    const read = readMessage(buildDraftMessage({ to: { name: '', email: 'bo@initech.io' }, subject: 'Thank you, Bo', text: 'Hi' }).mime);
    expect(read.rawHeaders.slice(1, 3)).toEqual(['To: bo@initech.io', 'Subject: Thank you, Bo']);
  });

  it('folds a long non-ASCII subject into encoded words on lines of at most 76 characters', () => {
    const subject = 'Спасибо за интервью сегодня — было очень интересно обсудить вашу платформу данных 🚀';
    const { mime } = buildDraftMessage({ to: ana, subject, text: 'x' });
    const read = readMessage(mime);
    expect(read.headers.subject).toBe(subject);
    expect(read.rawHeaders[2]!.split('\r\n').length).toBeGreaterThan(2);
    for (const line of mime.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it.each([
    ['subject', { to: ana, subject: 'Hi\r\nBcc: all@evil.com', text: 'x' }, 'Subject'],
    ['subject', { to: ana, subject: 'Hi\nBcc: all@evil.com', text: 'x' }, 'Subject'],
    ['subject', { to: ana, subject: 'Hi\u2028there', text: 'x' }, 'Subject'],
    ['name', { to: { name: 'Ana\rBcc: all@evil.com', email: 'ana@acme.com' }, subject: 's', text: 'x' }, 'recipient name'],
    ['address', { to: { name: 'Ana', email: 'ana@acme.com\r\nBcc: all@evil.com' }, subject: 's', text: 'x' }, 'recipient address'],
    ['address', { to: { name: 'Ana', email: 'ana@acme.com, bo@acme.com' }, subject: 's', text: 'x' }, 'recipient address'],
    ['address', { to: { name: 'Ana', email: '' }, subject: 's', text: 'x' }, 'recipient address'],
    ['subject', { to: ana, subject: '   ', text: 'x' }, 'Subject'],
    ['body', { to: ana, subject: 's', text: '\n' }, 'Body'],
  ])('refuses a bad %s with MAIL_INVALID naming where', (_, input, where) => {
    try {
      buildDraftMessage(input);
      expect.unreachable();
    } catch (error) {
      expect(isNextRoundError(error, 'MAIL_INVALID')).toBe(true);
      expect(isNextRoundError(error) && error.where).toBe(where);
    }
  });

  it('injects no header whatever the subject and name: either refused, or exactly the four headers with the values intact', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), fc.string({ maxLength: 300 }), (subject, name, text) => {
        let message: DraftMessage;
        try {
          message = buildDraftMessage({ to: { name, email: 'ana@acme.com' }, subject, text: `${text}.` });
        } catch (error) {
          expect(isNextRoundError(error, 'MAIL_INVALID')).toBe(true);
          return;
        }
        const read = readMessage(decodeRaw(message.raw));
        expect(read.headerNames).toEqual(['MIME-Version', 'To', 'Subject', 'Content-Type']);
        expect(read.headers.subject).toBe(subject.trim());
        expect(read.headers.to!.endsWith('<ana@acme.com>') || read.headers.to === 'ana@acme.com').toBe(true);
        expect(read.parts[0]!.body).toBe(`${text}.`.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
        expect(read.parts[1]!.body).not.toMatch(/<(?!\/?(?:div|p|br)\b)/);
        for (const line of message.mime.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
      }),
      { numRuns: 1500 },
    );
  });
});
