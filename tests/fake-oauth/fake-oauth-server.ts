/**
 * A fake Google OAuth 2.0 authorization server (Hono), as strict as Google
 * where NextRound depends on it: codes are single use and expire, PKCE S256
 * is checked, redirect URIs must match, a refresh token comes only on first
 * consent or prompt=consent, and a revoked refresh token gets invalid_grant.
 * The "person" consents automatically as `nextUser`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Hono } from 'hono';

export interface FakeOAuthOptions {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  now?: () => number;
}

interface IssuedCode {
  user: string;
  challenge: string;
  redirectUri: string;
  scope: string;
  withRefresh: boolean;
  expiresAt: number;
  used: boolean;
}

export interface FakeOAuth {
  app: Hono;
  /** Who consents at the next /authorize. */
  nextUser: string;
  /** Scopes the person leaves ticked (granular consent); null = all requested. */
  grantedScopes: string[] | null;
  /** Token endpoint requests by grant type. */
  readonly tokenRequests: Record<string, number>;
  readonly authorizeQueries: URLSearchParams[];
  readonly refreshTokens: Map<string, { user: string; revoked: boolean }>;
  /** Every access token issued, and whose it is (the fake Google counts quotas per person with it). */
  readonly accessTokens: Map<string, string>;
  revokeAllOf(user: string): void;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'ascii').digest('base64url');
const random = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`;

export function createFakeOAuth(options: FakeOAuthOptions): FakeOAuth {
  const now = options.now ?? Date.now;
  const codes = new Map<string, IssuedCode>();
  const consented = new Set<string>();
  const app = new Hono();
  const fake: FakeOAuth = {
    app,
    nextUser: 'user-1',
    grantedScopes: null,
    tokenRequests: {},
    authorizeQueries: [],
    refreshTokens: new Map(),
    accessTokens: new Map(),
    revokeAllOf(user) {
      for (const token of fake.refreshTokens.values()) if (token.user === user) token.revoked = true;
    },
  };
  const issue = (user: string) => {
    const token = random('ya29.');
    fake.accessTokens.set(token, user);
    return token;
  };
  const oauthError = (error: string, status: 400 | 401 = 400) => Response.json({ error, error_description: `fake: ${error}` }, { status });

  app.get('/authorize', (c) => {
    const q = new URL(c.req.url).searchParams;
    fake.authorizeQueries.push(q);
    if (q.get('client_id') !== options.clientId || q.get('redirect_uri') !== options.redirectUri) return c.text('invalid client or redirect_uri', 400);
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return c.text('PKCE S256 required', 400);
    const user = fake.nextUser;
    const first = !consented.has(user);
    consented.add(user);
    const code = random('4/');
    codes.set(code, {
      user,
      challenge: q.get('code_challenge')!,
      redirectUri: q.get('redirect_uri')!,
      scope: (fake.grantedScopes ?? (q.get('scope') ?? '').split(' ')).join(' '),
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
      const body: Record<string, unknown> = { access_token: issue(issued.user), expires_in: 3599, scope: issued.scope, token_type: 'Bearer' };
      if (issued.withRefresh) {
        const refresh = random('1//');
        fake.refreshTokens.set(refresh, { user: issued.user, revoked: false });
        body.refresh_token = refresh;
      }
      return c.json(body);
    }
    if (grant === 'refresh_token') {
      const known = fake.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known || known.revoked) return oauthError('invalid_grant');
      return c.json({ access_token: issue(known.user), expires_in: 3599, scope: '', token_type: 'Bearer' });
    }
    return oauthError('unsupported_grant_type');
  });

  app.post('/revoke', async (c) => {
    const known = fake.refreshTokens.get(new URLSearchParams(await c.req.text()).get('token') ?? '');
    if (!known) return oauthError('invalid_token');
    known.revoked = true;
    return c.body(null, 200);
  });

  return fake;
}
