/**
 * What the fake OAuth server knows: Google accounts, the grants each gave
 * the web client, and the refresh and access tokens of those grants. An
 * access token carries its grant's scopes and dies after `expires_in`
 * seconds (https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code);
 * revoking any token of a grant revokes the grant with all its tokens
 * (https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke).
 */
import { randomBytes } from 'node:crypto';

export interface FakeAccount {
  /** Google's stable account id: the `sub` of every token issued for this account. */
  sub: string;
  email: string;
}

export interface Grant {
  sub: string;
  scopes: string[];
  revoked: boolean;
}

export interface AccessTokenInfo {
  sub: string;
  scopes: string[];
  expiresAt: number;
}

const random = (prefix: string) => `${prefix}${randomBytes(18).toString('base64url')}`;

export class FakeGrants {
  readonly accounts = new Map<string, FakeAccount>();
  readonly refreshTokens = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, { grant: Grant; expiresAt: number }>();
  private readonly live = new Map<string, Grant>();
  private nextSub = 100_000_000_000_000_000_000n;

  constructor(
    private readonly now: () => number,
    private readonly accessTtlS: number,
  ) {}

  /** The account with this email, created on first use with a numeric `sub` like Google's. */
  account(email: string): FakeAccount {
    const known = [...this.accounts.values()].find((account) => account.email === email);
    if (known) return known;
    const account = { sub: String(this.nextSub++), email };
    this.accounts.set(account.sub, account);
    return account;
  }

  /**
   * Records a consent of `sub` to `scopes`: one live grant per account (a
   * re-consent updates its scopes), a new one after a revocation. Returns a
   * new refresh token of that grant.
   */
  grant(sub: string, scopes: string[]): string {
    let grant = this.live.get(sub);
    if (!grant || grant.revoked) {
      grant = { sub, scopes, revoked: false };
      this.live.set(sub, grant);
    }
    grant.scopes = scopes;
    const token = random('1//');
    this.refreshTokens.set(token, grant);
    return token;
  }

  /** True when `sub` has a grant not revoked: Google then sends no new refresh token unless prompt=consent. */
  hasLiveGrant(sub: string): boolean {
    const grant = this.live.get(sub);
    return grant !== undefined && !grant.revoked;
  }

  /** An access token for `grant`, living `accessTtlS` seconds. */
  issueAccess(grant: Grant): { access_token: string; expires_in: number } {
    const token = random('ya29.');
    this.accessTokens.set(token, { grant, expiresAt: this.now() + this.accessTtlS * 1000 });
    return { access_token: token, expires_in: this.accessTtlS };
  }

  /** The token's sub, scopes and expiry; null when unknown, revoked or expired (Google answers 401). */
  accessTokenInfo(token: string): AccessTokenInfo | null {
    const known = this.accessTokens.get(token);
    if (!known || known.grant.revoked || known.expiresAt <= this.now()) return null;
    return { sub: known.grant.sub, scopes: known.grant.scopes, expiresAt: known.expiresAt };
  }

  /** Revokes the grant behind a refresh or access token; false when the token is unknown or already dead. */
  revoke(token: string): boolean {
    const grant = this.refreshTokens.get(token) ?? this.accessTokens.get(token)?.grant;
    if (!grant || grant.revoked) return false;
    grant.revoked = true;
    return true;
  }

  revokeAllOf(sub: string): void {
    for (const grant of this.refreshTokens.values()) if (grant.sub === sub) grant.revoked = true;
  }
}
