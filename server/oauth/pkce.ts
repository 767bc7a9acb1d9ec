/** Random `state` values and PKCE S256 pairs (RFC 7636), from the OS CSPRNG. */
import { createHash, randomBytes } from 'node:crypto';

/** 256 bits, base64url: unguessable, single use. */
export function createState(): string {
  return randomBytes(32).toString('base64url');
}

/** The S256 challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))). */
export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A 43-character verifier (the RFC's minimum length, 256 bits of entropy) and its challenge. */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: challengeOf(verifier) };
}
