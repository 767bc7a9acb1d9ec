/**
 * One POST to the OAuth token (or revoke) endpoint, its answer parsed with
 * zod. Expected refusals are values (`invalid_grant` is terminal, not a
 * retry case); transport trouble becomes UNAVAILABLE.
 */
import * as z from 'zod';
import { NextRoundError } from '../../shared/errors.js';

export const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().default(''),
  token_type: z.string(),
  /** With `openid`: who consented (verified in consent-checks.ts). */
  id_token: z.string().min(1).optional(),
});
export type TokenResponse = z.infer<typeof TokenResponse>;

const OAuthErrorBody = z.object({ error: z.string(), error_description: z.string().optional() });

export type TokenOutcome = { kind: 'tokens'; tokens: TokenResponse } | { kind: 'refused'; error: string; description: string };

/** Posts a form; never logs it (it carries codes, verifiers and secrets). */
export async function postTokenForm(endpoint: string, form: Record<string, string>, fetchFn: typeof fetch = fetch): Promise<TokenOutcome> {
  let response: Response;
  try {
    response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new NextRoundError('UNAVAILABLE', `The OAuth endpoint ${endpoint} cannot be reached.`, { where: endpoint, cause: error });
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const tokens = TokenResponse.safeParse(body);
    if (tokens.success) return { kind: 'tokens', tokens: tokens.data };
    throw new NextRoundError('INVALID_INPUT', `The OAuth endpoint answered without a usable token: ${tokens.error.issues[0]?.message}.`, { where: endpoint });
  }
  const refusal = OAuthErrorBody.safeParse(body);
  if (response.status >= 500 || !refusal.success) {
    throw new NextRoundError('UNAVAILABLE', `The OAuth endpoint answered HTTP ${response.status}.`, { where: endpoint });
  }
  return { kind: 'refused', error: refusal.data.error, description: refusal.data.error_description ?? '' };
}

/** How a revocation ended: done, the token was already dead (revoked, expired), or Google could not be asked. */
export type RevokeOutcome = 'revoked' | 'already_invalid' | 'failed';

/**
 * POSTs `token` to the revoke endpoint. Google answers 200 with an empty body
 * when revoked and 400 (`invalid_token`) when the token is already dead
 * (https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke).
 */
export async function revokeToken(endpoint: string, token: string, fetchFn: typeof fetch = fetch): Promise<RevokeOutcome> {
  try {
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (response.ok) return 'revoked';
    return response.status === 400 ? 'already_invalid' : 'failed';
  } catch {
    return 'failed';
  }
}
