/**
 * The authorization-code flow with `state` and PKCE S256, offline access:
 * start (a URL for the person), complete (the callback), refresh (for the
 * worker) and disconnect. The consent URL names the add-on's user
 * (`login_hint=<sub>`) and asks `openid`; the callback stores nothing unless
 * the consenting account is that user and every scope was granted
 * (consent-checks.ts). A consent without a refresh token never erases the
 * stored one; `invalid_grant` marks the connection as needing reconnect and
 * stops its channels, after exactly one attempt.
 *
 * Connection states: a consent that passes every check is "connected". A
 * later check that needs a Google call (e.g. a verifying read of the tracker
 * through drive.file) belongs between `checkConsent` and `saveConnection`
 * below, or as its own status ahead of "connected"; the sync worker and the
 * sidebar already treat any status but "connected" as not syncable.
 */
import { NextRoundError } from '../../shared/errors.js';
import { Secret } from '../crypto/secret.js';
import type { TokenVault } from '../crypto/token-vault.js';
import type { SyncStore } from '../store/types.js';
import { checkConsent } from './consent-checks.js';
import type { IdTokenVerifier } from './id-token-check.js';
import { createPkcePair, createState } from './pkce.js';
import { REQUESTED_SCOPES } from './scopes.js';
import { postTokenForm, revokeToken, type RevokeOutcome } from './token-endpoint.js';

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: Secret;
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  /** Where Google sends the person back: PUBLIC_URL + /oauth/callback. */
  redirectUri: string;
  /** How long a state stays usable. */
  stateTtlMs?: number;
}

export interface OAuthFlowDeps {
  config: OAuthClientConfig;
  store: SyncStore;
  vault: TokenVault;
  /** Checks the `id_token` of a consent (audience: `config.clientId`). */
  idTokens: IdTokenVerifier;
  now?: () => number;
  fetch?: typeof fetch;
  /** What a consent that passes every check stores: `needs_sheet_access` where the tracker grant (sheet-grant.ts) comes next. */
  statusAfterConsent?: 'connected' | 'needs_sheet_access';
}

export interface CallbackParams {
  state?: string | undefined;
  code?: string | undefined;
  error?: string | undefined;
}

export interface OAuthFlow {
  /** The consent URL for a person already identified (add-on identity token). */
  startAuthorization(who: { userId: string; spreadsheetId: string }): Promise<string>;
  /** Handles the callback; nothing is stored unless every check passes. */
  completeAuthorization(params: CallbackParams): Promise<{ userId: string; spreadsheetId: string; newRefreshToken: boolean }>;
  /** A fresh access token; `invalid_grant` → needs reconnect, channels stopped, AUTH_REQUIRED thrown. */
  refreshAccessToken(userId: string): Promise<{ accessToken: Secret; expiresAt: number }>;
  /** Revokes the service's grant at Google, forgets the token, stops channels; says how the revocation ended. */
  disconnect(userId: string): Promise<{ revoke: RevokeOutcome | 'no_token' }>;
}

const refused = (message: string) => new NextRoundError('AUTH_REQUIRED', message, { where: 'OAuth callback' });
const badCallback = (message: string) => new NextRoundError('INVALID_INPUT', message, { where: 'OAuth callback' });

/** @example const flow = createOAuthFlow({ config, store, vault }); res.redirect(await flow.startAuthorization(who)); */
export function createOAuthFlow(deps: OAuthFlowDeps): OAuthFlow {
  const { config, store, vault } = deps;
  const now = deps.now ?? Date.now;
  const fetchFn = deps.fetch ?? fetch;
  const clientForm = { client_id: config.clientId, client_secret: config.clientSecret.reveal() };

  return {
    async startAuthorization({ userId, spreadsheetId }) {
      const state = createState();
      const pkce = createPkcePair();
      await store.saveOAuthState({ state, userId, spreadsheetId, codeVerifier: pkce.verifier, expiresAt: now() + (config.stateTtlMs ?? 600_000) });
      const connection = await store.getConnection(userId);
      const hasLiveToken = connection?.status === 'connected' && (await store.getSealedToken(userId)) !== null;
      const url = new URL(config.authUrl);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: config.redirectUri,
        scope: REQUESTED_SCOPES.join(' '),
        // Picks the add-on user's account in Google's chooser (https://developers.google.com/identity/openid-connect/openid-connect#login-hint);
        // the person can still choose another one, which the callback refuses.
        login_hint: userId,
        state,
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
        access_type: 'offline',
        // Google sends a refresh token only on consent: ask for it when none usable is stored.
        ...(hasLiveToken ? {} : { prompt: 'consent' }),
      }).toString();
      return url.toString();
    },

    async completeAuthorization({ state, code, error }) {
      if (!state) throw badCallback('The callback has no state; start Connect again from the sidebar.');
      const pending = await store.takeOAuthState(state);
      if (!pending) throw badCallback('The callback state is unknown or already used; start Connect again from the sidebar.');
      if (pending.expiresAt <= now()) throw badCallback('The callback state has expired; start Connect again from the sidebar.');
      if (error) throw refused(`Google did not grant access (${error.slice(0, 64)}); nothing was connected.`);
      if (!code) throw badCallback('The callback has no authorization code.');
      const outcome = await postTokenForm(
        config.tokenUrl,
        { ...clientForm, grant_type: 'authorization_code', code, redirect_uri: config.redirectUri, code_verifier: pending.codeVerifier },
        fetchFn,
      );
      if (outcome.kind === 'refused') {
        throw refused(`Google refused the authorization code (${outcome.error}): it was used, expired or its PKCE verifier does not match.`);
      }
      await checkConsent(outcome.tokens, { userId: pending.userId }, { verifier: deps.idTokens, clientId: config.clientId });
      const granted = outcome.tokens.scope.split(' ').filter(Boolean);
      const refreshToken = outcome.tokens.refresh_token;
      if (refreshToken === undefined && (await store.getSealedToken(pending.userId)) === null) {
        throw refused('Google sent no refresh token and none is stored; connect again and accept the consent screen.');
      }
      if (refreshToken !== undefined) await vault.saveRefreshToken(pending.userId, new Secret(refreshToken));
      await store.saveConnection({
        userId: pending.userId,
        spreadsheetId: pending.spreadsheetId,
        status: deps.statusAfterConsent ?? 'connected',
        scopes: granted.join(' '),
        updatedAt: now(),
      });
      return { userId: pending.userId, spreadsheetId: pending.spreadsheetId, newRefreshToken: refreshToken !== undefined };
    },

    async refreshAccessToken(userId) {
      const refreshToken = await vault.readRefreshToken(userId);
      if (!refreshToken)
        throw new NextRoundError('AUTH_REQUIRED', 'Your calendar is not connected; press Connect calendar on the Calendar page (Home › More › Calendar).', {
          where: `connection of ${userId}`,
        });
      const outcome = await postTokenForm(config.tokenUrl, { ...clientForm, grant_type: 'refresh_token', refresh_token: refreshToken.reveal() }, fetchFn);
      if (outcome.kind === 'tokens') return { accessToken: new Secret(outcome.tokens.access_token), expiresAt: now() + outcome.tokens.expires_in * 1000 };
      if (outcome.error === 'invalid_grant') {
        await store.setConnectionStatus(userId, 'needs_reconnect', now());
        await store.stopChannelsOfUser(userId, now());
      }
      // In the person's words (the sidebar shows it as the calendar's last error); the log has the code and the user.
      const message =
        outcome.error === 'invalid_grant'
          ? 'Google no longer accepts the calendar access you gave (it was removed, expired or your password changed); press Connect calendar again.'
          : `Google refused to renew the calendar access (${outcome.error}); press Connect calendar again.`;
      throw new NextRoundError('AUTH_REQUIRED', message, { where: `connection of ${userId}` });
    },

    async disconnect(userId) {
      const refreshToken = await vault.readRefreshToken(userId).catch(() => null);
      // Revokes the web client's grant only: the add-on's own authorization belongs to its Apps Script
      // project's client (README "Google Cloud projects"), which this token never touches.
      const revoke = refreshToken ? await revokeToken(config.revokeUrl, refreshToken.reveal(), fetchFn) : 'no_token';
      await vault.deleteRefreshToken(userId);
      await store.stopChannelsOfUser(userId, now());
      await store.setConnectionStatus(userId, 'disconnected', now());
      return { revoke };
    },
  };
}
