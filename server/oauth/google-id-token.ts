/**
 * Verifies Google-signed OpenID tokens (the add-on's identity token, the web
 * flow's `id_token`) as Google says to: signature against Google's published
 * keys, `aud` = our client id, `iss` = accounts.google.com, not expired
 * (https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken).
 * google-auth-library does the checks and caches the keys per Cache-Control;
 * the certs URL is configurable so tests verify tokens the fake signed.
 * A refusal says, in words, which check failed.
 */
import { OAuth2Client } from 'google-auth-library';
import { NextRoundError } from '../../shared/errors.js';
import type { IdTokenVerifier, TokenFault } from './id-token-check.js';

const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/** google-auth-library's messages, by the check that failed (oauth2client.js verifySignedJwtWithCertsAsync). */
function faultOf(message: string): TokenFault {
  if (/^Wrong recipient/.test(message)) return 'audience';
  if (/^Invalid issuer/.test(message)) return 'issuer';
  if (/^Token used too (late|early)|^No (issue|expiration) time|Expiration time too far/.test(message)) return 'expired';
  if (/^Invalid token signature|^No pem found/.test(message)) return 'signature';
  return 'malformed';
}

/** The `aud` claim of an unverified token, for the operator's log when the audience is wrong. */
function claimedAudience(jwt: string): string | undefined {
  try {
    const aud: unknown = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')).aud;
    return typeof aud === 'string' ? aud.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

/** @example const check = await createIdTokenVerifier({ certsUrl }).verify(token, config.GOOGLE_ADDON_CLIENT_ID); */
export function createIdTokenVerifier(options: { certsUrl: string }): IdTokenVerifier {
  const client = new OAuth2Client({ endpoints: { oauth2FederatedSignonPemCertsUrl: options.certsUrl } });
  return {
    async verify(jwt, audience) {
      // Keys that cannot be fetched are no verdict on the token: the caller answers "try again".
      const { certs } = await client.getFederatedSignonCertsAsync().catch((error: unknown) => {
        throw new NextRoundError('UNAVAILABLE', "Google's signing keys cannot be fetched; try again in a minute.", { where: options.certsUrl, cause: error });
      });
      try {
        const payload = (await client.verifySignedJwtWithCertsAsync(jwt, certs, audience, GOOGLE_ISSUERS)).getPayload();
        if (!payload?.sub) return { ok: false, fault: 'malformed' };
        return { ok: true, token: { sub: payload.sub, email: payload.email_verified !== false && payload.email ? payload.email : null } };
      } catch (error) {
        const fault = faultOf(error instanceof Error ? error.message : '');
        return fault === 'audience' ? { ok: false, fault, audience: claimedAudience(jwt) } : { ok: false, fault };
      }
    },
  };
}
