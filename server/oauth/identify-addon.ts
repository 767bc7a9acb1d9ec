/**
 * IdentifyCaller for the add-on: it sends `Authorization: Bearer <token from
 * ScriptApp.getIdentityToken()>` and `{ "spreadsheetId": "…" }`. That token is
 * issued for the Apps Script project's own OAuth client id, so its audience is
 * GOOGLE_ADDON_CLIENT_ID, never the service's web client
 * (https://developers.google.com/apps-script/reference/script/script-app#getidentitytoken,
 * https://developers.google.com/apps-script/guides/services/cloud-run: "add the
 * script's client ID as an allowed audience"). No shared secret exists to leak.
 * A refusal names what is wrong.
 */
import * as z from 'zod';
import { FAULT_WORDS, type IdTokenVerifier, type TokenFault } from './id-token-check.js';
import type { IdentifyCaller } from './oauth-routes.js';

export interface AddonIdentityOptions {
  /** The add-on's OAuth client id: the `aud` of its identity tokens. */
  audience: string;
  verifier: IdTokenVerifier;
  /** Told when a token names another audience: a deployment with the wrong GOOGLE_ADDON_CLIENT_ID fails every call. */
  onWrongAudience?: (audience: string | undefined) => void;
}

const StartBody = z.object({ spreadsheetId: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/) });

const REFUSALS: Record<TokenFault, string> = {
  malformed: `The add-on's sign-in token ${FAULT_WORDS.malformed}.`,
  signature: `The add-on's sign-in token ${FAULT_WORDS.signature}.`,
  issuer: `The add-on's sign-in token ${FAULT_WORDS.issuer}.`,
  expired: `The add-on's sign-in token ${FAULT_WORDS.expired}; close and reopen the sidebar.`,
  audience:
    "The sync service does not accept this add-on's sign-in: it was issued for another app. Whoever runs the service must set GOOGLE_ADDON_CLIENT_ID to this add-on's client id.",
};

/** @example createOAuthRoutes({ flow, identify: createAddonIdentifier({ audience: config.GOOGLE_ADDON_CLIENT_ID, verifier }) }) */
export function createAddonIdentifier(options: AddonIdentityOptions): IdentifyCaller {
  return async (request) => {
    const bearer = /^Bearer ([A-Za-z0-9_\-.]{20,4096})$/.exec(request.headers.get('authorization') ?? '');
    if (!bearer) return { refused: 'The request carries no add-on sign-in token.' };
    const body = StartBody.safeParse(await request.json().catch(() => null));
    if (!body.success) return { refused: 'The request does not name a valid spreadsheet.' };
    const check = await options.verifier.verify(bearer[1]!, options.audience);
    if (!check.ok) {
      if (check.fault === 'audience') options.onWrongAudience?.(check.audience);
      return { refused: REFUSALS[check.fault] };
    }
    return { userId: check.token.sub, spreadsheetId: body.data.spreadsheetId, email: check.token.email };
  };
}
