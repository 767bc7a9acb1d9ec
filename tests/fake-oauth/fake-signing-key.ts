/**
 * The fake's RS256 signing key, published the two ways Google publishes its
 * own (https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken):
 * a JWKS at /oauth2/v3/certs (the discovery document's `jwks_uri`) and a
 * key-id → PEM map at /oauth2/v1/certs (what google-auth-library reads on Node).
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

export interface SigningKey {
  kid: string;
  /** Signs `claims` as a compact RS256 JWT carrying this key's id. */
  sign(claims: Record<string, unknown>): string;
  /** `{ [kid]: PEM }`, the v1 certs format. */
  pemCerts(): Record<string, string>;
  /** `{ keys: [JWK] }`, the v3 certs format. */
  jwks(): { keys: Array<Record<string, unknown>> };
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs a JWT with any private key and key id (tests forge tokens with a key Google never published). */
export function signJwt(claims: Record<string, unknown>, privateKey: KeyObject, kid: string): string {
  const head = `${part({ alg: 'RS256', kid, typ: 'JWT' })}.${part(claims)}`;
  return `${head}.${sign('RSA-SHA256', Buffer.from(head), privateKey).toString('base64url')}`;
}

export function createSigningKey(): SigningKey & { privateKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  return {
    kid,
    privateKey,
    sign: (claims) => signJwt(claims, privateKey, kid),
    pemCerts: () => ({ [kid]: publicKey.export({ type: 'spki', format: 'pem' }).toString() }),
    jwks: () => ({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }),
  };
}
