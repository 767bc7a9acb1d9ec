/**
 * IdentifyCaller for the add-on: it sends `Authorization: Bearer <token from
 * ScriptApp.getIdentityToken()>` and `{ "spreadsheetId": "…" }`. The token is
 * an OpenID token signed by Google; google-auth-library checks signature,
 * audience, issuer and expiry. No shared secret exists to leak.
 */
import { OAuth2Client, type Certificates } from 'google-auth-library';
import { z } from 'zod';
import type { IdentifyCaller } from './oauth-routes.js';

export interface AddonIdentityOptions {
  /** The OAuth client id(s) the add-on's identity tokens are issued for. */
  audience: string | string[];
  /** Signing certificates by key id; default: Google's, fetched and cached by google-auth-library. */
  certs?: () => Promise<Certificates>;
}

const StartBody = z.object({ spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/) });
const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/** @example createOAuthRoutes({ flow, identify: createAddonIdentifier({ audience: config.GOOGLE_CLIENT_ID }) }) */
export function createAddonIdentifier(options: AddonIdentityOptions): IdentifyCaller {
  const client = new OAuth2Client();
  const certs = options.certs ?? (async () => (await client.getFederatedSignonCertsAsync()).certs);
  return async (request) => {
    const bearer = /^Bearer ([A-Za-z0-9_\-.]{20,4096})$/.exec(request.headers.get('authorization') ?? '');
    const body = StartBody.safeParse(await request.json().catch(() => null));
    if (!bearer || !body.success) return null;
    try {
      const ticket = await client.verifySignedJwtWithCertsAsync(bearer[1]!, await certs(), options.audience, GOOGLE_ISSUERS);
      const subject = ticket.getPayload()?.sub;
      return subject ? { userId: subject, spreadsheetId: body.data.spreadsheetId } : null;
    } catch {
      // Any verification failure is the same answer to the caller: not proven.
      return null;
    }
  };
}
