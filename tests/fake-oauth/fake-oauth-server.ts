/**
 * A fake Google OAuth 2.0 / OpenID Connect server (Hono), as strict as Google
 * where NextRound depends on it; each behaviour has a contract test
 * (fake-oauth-contract.test.ts) citing Google's page. Codes are single use and
 * expire, PKCE S256 and redirect URIs are checked, a refresh token comes only
 * on first consent (no live grant) or prompt=consent, revoked grants get invalid_grant.
 * The browser holds several signed-in accounts; the account chooser follows
 * `login_hint` unless the person picks another (`picks`); the person may
 * untick scopes (`unticked`); with `openid` the token response carries an
 * `id_token` signed by the fake's key, published at /oauth2/v1/certs and
 * /oauth2/v3/certs. `identityToken()` mints what ScriptApp.getIdentityToken()
 * returns: audience = the Apps Script project's own client id.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { FakeGrants, type FakeAccount } from './fake-grants.js';
import { createSigningKey } from './fake-signing-key.js';

export type { FakeAccount } from './fake-grants.js';

export interface FakeOAuthOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The Apps Script project's OAuth client id: the audience of add-on identity tokens. */
  addonClientId?: string;
  /** Lifetime of access tokens (Google: 3599 s). */
  accessTokenTtlS?: number;
  now?: () => number;
}

interface IssuedCode {
  sub: string;
  challenge: string;
  redirectUri: string;
  scopes: string[];
  withRefresh: boolean;
  expiresAt: number;
  used: boolean;
}

export interface FakeOAuth {
  app: Hono;
  readonly addonClientId: string;
  /** The account with this email (created on first use). */
  account(email: string): FakeAccount;
  /** Accounts signed in to the browser; the first is the default one. */
  signedIn: FakeAccount[];
  /** The account the person picks in the chooser whatever `login_hint` says; null: follow the hint, else the default. */
  picks: FakeAccount | null;
  /** Scopes the person unticks on the consent screen (granular consent). */
  unticked: string[];
  readonly tokenRequests: Record<string, number>;
  readonly authorizeQueries: URLSearchParams[];
  readonly grants: FakeGrants;
  /** A refresh token as if `account` had consented to `scopes` (fixtures that skip the browser). */
  grant(account: FakeAccount, scopes: string[]): string;
  revokeAllOf(account: FakeAccount): void;
  /** What ScriptApp.getIdentityToken() returns for `account` (claims override, for forged cases). */
  identityToken(account: FakeAccount, claims?: Record<string, unknown>): string;
}

/** Sign-in scopes are not offered as checkboxes on the granular consent screen. */
const SIGN_IN_SCOPES = new Set([
  'openid',
  'email',
  'profile',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/userinfo.profile',
]);
const ISSUER = 'https://accounts.google.com';
/** Google answers the short sign-in scope names with their full URLs in the token response's `scope`. */
const FULL_NAME: Record<string, string> = {
  email: 'https://www.googleapis.com/auth/userinfo.email',
  profile: 'https://www.googleapis.com/auth/userinfo.profile',
};
const sha256 = (text: string) => createHash('sha256').update(text, 'ascii').digest('base64url');

export function createFakeOAuth(options: FakeOAuthOptions): FakeOAuth {
  const now = options.now ?? Date.now;
  const key = createSigningKey();
  const grants = new FakeGrants(now, options.accessTokenTtlS ?? 3599);
  const codes = new Map<string, IssuedCode>();
  const seconds = () => Math.floor(now() / 1000);
  const app = new Hono();
  const fake: FakeOAuth = {
    app,
    addonClientId: options.addonClientId ?? '111111111111-addon.apps.googleusercontent.com',
    account: (email) => grants.account(email),
    signedIn: [],
    picks: null,
    unticked: [],
    tokenRequests: {},
    authorizeQueries: [],
    grants,
    grant: (account, scopes) => grants.grant(account.sub, scopes),
    revokeAllOf: (account) => grants.revokeAllOf(account.sub),
    identityToken: (account, claims = {}) =>
      key.sign({ iss: ISSUER, aud: fake.addonClientId, azp: fake.addonClientId, sub: account.sub, iat: seconds(), exp: seconds() + 3600, ...claims }),
  };
  const oauthError = (error: string, status: 400 | 401 = 400) => Response.json({ error, error_description: `fake: ${error}` }, { status });

  /** The account chooser: the person's pick, else the account `login_hint` names (sub or email), else the default one. */
  function chooseAccount(hint: string | null): FakeAccount | null {
    if (fake.picks) return fake.picks;
    const hinted = hint ? [...grants.accounts.values()].find((account) => account.sub === hint || account.email === hint) : undefined;
    return hinted ?? fake.signedIn[0] ?? null;
  }

  app.get('/authorize', (c) => {
    const q = new URL(c.req.url).searchParams;
    fake.authorizeQueries.push(q);
    if (q.get('client_id') !== options.clientId || q.get('redirect_uri') !== options.redirectUri) return c.text('invalid client or redirect_uri', 400);
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return c.text('PKCE S256 required', 400);
    const requested = (q.get('scope') ?? '').split(' ').filter(Boolean);
    if (requested.length === 0) return c.text('invalid_request: missing scope', 400);
    const account = chooseAccount(q.get('login_hint'));
    if (!account) return c.text('no account signed in', 400);
    const first = !grants.hasLiveGrant(account.sub);
    const code = `4/${randomBytes(18).toString('base64url')}`;
    codes.set(code, {
      sub: account.sub,
      challenge: q.get('code_challenge')!,
      redirectUri: q.get('redirect_uri')!,
      scopes: requested.filter((scope) => SIGN_IN_SCOPES.has(scope) || !fake.unticked.includes(scope)).map((scope) => FULL_NAME[scope] ?? scope),
      withRefresh: q.get('access_type') === 'offline' && (first || q.get('prompt') === 'consent'),
      expiresAt: now() + 600_000,
      used: false,
    });
    const back = new URL(options.redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.get('state') ?? '');
    return c.redirect(back.toString(), 302);
  });

  app.post('/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const grant = form.get('grant_type') ?? '';
    fake.tokenRequests[grant] = (fake.tokenRequests[grant] ?? 0) + 1;
    if (form.get('client_id') !== options.clientId || form.get('client_secret') !== options.clientSecret) return oauthError('invalid_client', 401);
    if (grant === 'authorization_code') {
      const issued = codes.get(form.get('code') ?? '');
      if (!issued || issued.used || issued.expiresAt <= now()) return oauthError('invalid_grant');
      issued.used = true;
      if (issued.redirectUri !== form.get('redirect_uri')) return oauthError('invalid_grant');
      if (sha256(form.get('code_verifier') ?? '') !== issued.challenge) return oauthError('invalid_grant');
      const refresh = grants.grant(issued.sub, issued.scopes);
      const body: Record<string, unknown> = { ...grants.issueAccess(grants.refreshTokens.get(refresh)!), scope: issued.scopes.join(' '), token_type: 'Bearer' };
      if (issued.withRefresh) body.refresh_token = refresh;
      else grants.refreshTokens.delete(refresh);
      if (issued.scopes.includes('openid')) {
        const account = grants.accounts.get(issued.sub)!;
        const withEmail = issued.scopes.includes(FULL_NAME.email!);
        body.id_token = key.sign({
          iss: ISSUER,
          aud: options.clientId,
          azp: options.clientId,
          sub: issued.sub,
          iat: seconds(),
          exp: seconds() + 3600,
          ...(withEmail ? { email: account.email, email_verified: true } : {}),
        });
      }
      return c.json(body);
    }
    if (grant === 'refresh_token') {
      const known = grants.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known || known.revoked) return oauthError('invalid_grant');
      return c.json({ ...grants.issueAccess(known), scope: known.scopes.join(' '), token_type: 'Bearer' });
    }
    return oauthError('unsupported_grant_type');
  });

  app.post('/revoke', async (c) => {
    const revoked = grants.revoke(new URLSearchParams(await c.req.text()).get('token') ?? '');
    return revoked ? c.body(null, 200) : oauthError('invalid_token');
  });

  app.get('/tokeninfo', (c) => {
    const token = c.req.query('access_token') ?? '';
    const info = grants.accessTokenInfo(token);
    if (!info) return oauthError('invalid_token');
    return c.json({
      aud: options.clientId,
      sub: info.sub,
      scope: info.scopes.join(' '),
      exp: String(Math.floor(info.expiresAt / 1000)),
      expires_in: String(Math.floor((info.expiresAt - now()) / 1000)),
    });
  });

  const cached = { 'cache-control': 'public, max-age=3600' };
  app.get('/oauth2/v1/certs', (c) => c.json(key.pemCerts(), 200, cached));
  app.get('/oauth2/v3/certs', (c) => c.json(key.jwks(), 200, cached));

  return fake;
}
