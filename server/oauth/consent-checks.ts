/**
 * What a token response must prove before anything is stored: that the
 * account which consented is the add-on's user (the browser may be signed in
 * to several accounts; `id_token` verified as Google says, its `sub` compared,
 * https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken),
 * and that every box was left ticked (granular consent: `scope` lists only
 * what was granted, https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code).
 * Each refusal says what is wrong in the person's words; nothing is revoked,
 * since a grant of another account may be that account's own live connection.
 */
import { NextRoundError } from '../../shared/errors.js';
import { FAULT_WORDS, type IdTokenVerifier } from './id-token-check.js';
import { uncheckedBoxes } from './scopes.js';
import type { TokenResponse } from './token-endpoint.js';

const refused = (message: string) => new NextRoundError('AUTH_REQUIRED', message, { where: 'OAuth callback' });

/** A list a person reads: "A", "A" and "B", "A", "B" and "C". */
const quotedList = (items: string[]) => {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

export interface ConsentExpectation {
  /** The add-on user's `sub` (their verified identity token's). */
  userId: string;
}

/**
 * @returns the consenting account's email (null when Google sent none).
 * @throws NextRoundError AUTH_REQUIRED naming what is wrong.
 */
export async function checkConsent(
  tokens: TokenResponse,
  expected: ConsentExpectation,
  idTokens: { verifier: IdTokenVerifier; clientId: string },
): Promise<{ email: string | null }> {
  if (!tokens.id_token) throw refused('Google did not say which account gave access, so nothing was connected. Press Connect calendar again.');
  const check = await idTokens.verifier.verify(tokens.id_token, idTokens.clientId);
  if (!check.ok)
    throw refused(`Google's answer about which account gave access ${FAULT_WORDS[check.fault]}, so nothing was connected. Press Connect calendar again.`);
  if (check.token.sub !== expected.userId) {
    // The add-on user's address is not known here (the add-on does not ask for userinfo.email): name the one that consented.
    throw refused(
      `You gave access as ${check.token.email ?? 'another Google account'}, but this tracker is open as a different Google account. Nothing was connected: press Connect calendar again and choose the account this spreadsheet is open with on Google's page.`,
    );
  }
  const boxes = uncheckedBoxes(tokens.scope);
  if (boxes.length > 0) {
    throw refused(
      `NextRound needs every box on Google's page; ${quotedList(boxes)} ${boxes.length === 1 ? 'was' : 'were'} left unticked. Nothing was connected: press Connect calendar again and tick ${boxes.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return { email: check.token.email };
}
