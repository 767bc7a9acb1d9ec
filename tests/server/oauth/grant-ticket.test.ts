import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveTicketKey, openTicket, signTicket } from '../../../server/oauth/grant-ticket.js';

const key = deriveTicketKey(randomBytes(32));
const ticket = { userId: 'user-1', spreadsheetId: '1TrackerSheetAbCdEf', expiresAt: 2_000 };

describe('the Picker grant ticket', () => {
  it('opens to the connection it was signed for until it expires', () => {
    const signed = signTicket(key, ticket);
    expect(openTicket(key, signed, 1_999)).toEqual(ticket);
    expect(openTicket(key, signed, 2_000)).toBeNull();
  });

  it('refuses a ticket whose connection was changed to someone else, or signed with another key', () => {
    const [, tag] = signTicket(key, ticket).split('.');
    const otherUser = Buffer.from(JSON.stringify({ u: 'user-2', s: ticket.spreadsheetId, e: ticket.expiresAt })).toString('base64url');
    expect(openTicket(key, `${otherUser}.${tag}`, 0)).toBeNull();
    expect(openTicket(deriveTicketKey(randomBytes(32)), signTicket(key, ticket), 0)).toBeNull();
  });

  it.each(['', 'abc', 'a.b.c', '.', `${Buffer.from('not json').toString('base64url')}.x`])('refuses the malformed ticket %j', (text) => {
    expect(openTicket(key, text, 0)).toBeNull();
  });

  it('derives a key that differs from the secret it comes from', () => {
    const secret = randomBytes(32);
    expect(deriveTicketKey(secret).equals(secret)).toBe(false);
    expect(deriveTicketKey(secret).equals(deriveTicketKey(secret))).toBe(true);
  });
});
