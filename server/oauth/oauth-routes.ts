/**
 * The OAuth routes as a Hono sub-app built from its deps: POST /oauth/start
 * (the add-on, identified by a verified identity token, gets a consent URL)
 * and GET /oauth/callback (Google sends the person back). Errors answer with
 * their plain-text message, never echoing the request.
 */
import { Hono } from 'hono';
import { isNextRoundError } from '../../shared/errors.js';
import type { OAuthFlow } from './oauth-flow.js';

/** A verified add-on user: Google's `sub`, the spreadsheet they work in, their email when the token carries one. */
export interface Caller {
  userId: string;
  spreadsheetId: string;
  email: string | null;
}

/**
 * Who is asking, proven by the add-on (ScriptApp.getIdentityToken(), see
 * identify-addon.ts); `refused` says why the proof does not hold.
 */
export type IdentifyCaller = (request: Request) => Promise<Caller | { refused: string }>;

export interface OAuthRoutesDeps {
  flow: OAuthFlow;
  identify: IdentifyCaller;
  /** The answer once consent is stored (the tracker grant step, sheet-grant.ts); a plain "connected" when absent. */
  afterConsent?: (who: { userId: string; spreadsheetId: string }) => Promise<Response>;
}

function statusOf(error: unknown): 400 | 503 | 500 {
  if (isNextRoundError(error, 'UNAVAILABLE')) return 503;
  if (isNextRoundError(error, 'INVALID_INPUT') || isNextRoundError(error, 'AUTH_REQUIRED')) return 400;
  return 500;
}

/** @example app.route('/', createOAuthRoutes({ flow, identify })); */
export function createOAuthRoutes(deps: OAuthRoutesDeps): Hono {
  const app = new Hono();

  app.post('/oauth/start', async (c) => {
    try {
      const who = await deps.identify(c.req.raw);
      if ('refused' in who) return c.json({ error: who.refused }, 401);
      return c.json({ url: await deps.flow.startAuthorization(who) });
    } catch (error) {
      return c.json({ error: isNextRoundError(error) ? error.message : 'Connect could not start.' }, statusOf(error));
    }
  });

  app.get('/oauth/callback', async (c) => {
    try {
      const who = await deps.flow.completeAuthorization({ state: c.req.query('state'), code: c.req.query('code'), error: c.req.query('error') });
      if (deps.afterConsent) return await deps.afterConsent(who);
      return c.text('Calendar connected. You can close this tab and return to your tracker.', 200);
    } catch (error) {
      const status = statusOf(error);
      return c.text(status === 500 || !isNextRoundError(error) ? 'Connect failed; try again from the sidebar.' : error.message, status);
    }
  });

  return app;
}
