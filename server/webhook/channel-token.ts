/**
 * Channel tokens: random, sent once to Google in events.watch, stored only
 * as a SHA-256 hash, compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new channel token (256 bits, base64url: well under Google's 256-character limit). */
export function createChannelToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashChannelToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Hashes first, so both sides have the same length and the comparison time says nothing. */
export function channelTokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashChannelToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
