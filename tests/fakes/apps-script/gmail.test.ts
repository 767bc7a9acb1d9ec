/**
 * Contract of the Gmail advanced service fake's calls for the morning digest, each as Google documents it:
 * - users.getProfile: https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile
 *   (`userId` "me" is the authenticated user; its answer carries `emailAddress`; gmail.compose is among its scopes).
 * - users.messages.send: https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send
 *   (the message goes as `raw`, a base64url RFC 2822 message; the recipients are the message's own headers).
 */
import { describe, expect, it } from 'vitest';
import { alternativeMessage } from '../../../shared/mail/build-message.js';
import { CallLog } from './index.js';
import { createGmail } from './gmail.js';

describe('the Gmail fake, for the digest', () => {
  it('answers getProfile("me") with the address of the account the execution runs as, counting the call', () => {
    const log = new CallLog();
    const gmail = createGmail(log);
    gmail.ownAddress = 'ada@example.com';
    expect(gmail.global.Users.getProfile('me')).toEqual({ emailAddress: 'ada@example.com' });
    expect(log.count('Gmail.Users.getProfile')).toBe(1);
  });

  it('refuses getProfile for another user, as delegation is not granted to an add-on', () => {
    expect(() => createGmail(new CallLog()).global.Users.getProfile('bob@example.com')).toThrow(/Delegation denied/);
  });

  it('sends a raw RFC 2822 message as written, to the recipients its headers name', () => {
    const gmail = createGmail(new CallLog());
    const { raw } = alternativeMessage('To: ada@example.com', 'Your morning', 'Two interviews today', '<p>Two interviews today</p>');
    expect(gmail.global.Users.Messages.send({ raw }, 'me')).toEqual({ id: 's-1' });
    expect(gmail.sent[0]!.message.headers.to).toBe('ada@example.com');
    expect(gmail.sent[0]!.message.parts.map((part) => part.body.trim())).toEqual(['Two interviews today', '<p>Two interviews today</p>']);
  });

  it('refuses a message without raw, with Google’s words', () => {
    expect(() => createGmail(new CallLog()).global.Users.Messages.send({}, 'me')).toThrow(/'raw' RFC822 payload message string/);
  });
});
