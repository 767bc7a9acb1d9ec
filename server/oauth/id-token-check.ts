/**
 * The verdict on a Google-signed OpenID token, without google-auth-library:
 * what the flow and the add-on identifier depend on, so the library (~80 ms
 * to load) is read only when the first token is checked (google-id-token.ts).
 */

export interface VerifiedToken {
  sub: string;
  email: string | null;
}

/** Which check failed, for messages and logs. */
export type TokenFault = 'malformed' | 'signature' | 'audience' | 'issuer' | 'expired';
export type TokenCheck = { ok: true; token: VerifiedToken } | { ok: false; fault: TokenFault; audience?: string };

export interface IdTokenVerifier {
  /** @throws NextRoundError UNAVAILABLE when Google's keys cannot be fetched (no verdict on the token). */
  verify(jwt: string, audience: string): Promise<TokenCheck>;
}

/** Each fault in words a person reads, completing "the token …". */
export const FAULT_WORDS: Record<TokenFault, string> = {
  malformed: 'is not a valid Google token',
  signature: 'is not signed by Google (forged or altered)',
  audience: 'was issued for another app',
  issuer: 'was not issued by Google',
  expired: 'has expired',
};
