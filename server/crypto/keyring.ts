/**
 * Key-encryption keys by version. The newest version seals; older versions
 * are kept only to open and re-wrap what they sealed, until rotation is done.
 */
import { NextRoundError } from '../../shared/errors.js';

export interface Keyring {
  /** Version that seals new tokens. */
  readonly current: number;
  readonly keys: ReadonlyMap<number, Buffer>;
}

/**
 * Parses "1:<base64 32 bytes>,2:<base64 32 bytes>"; the highest version is current.
 * @example parseKeyring('1:' + randomBytes(32).toString('base64'), 'TOKEN_KEYS')
 */
export function parseKeyring(spec: string, where: string): Keyring {
  const keys = new Map<number, Buffer>();
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\d{1,6}):([A-Za-z0-9+/_-]+={0,2})$/.exec(entry);
    const key = match ? Buffer.from(match[2]!, 'base64') : null;
    if (!match || !key || key.length !== 32) {
      throw new NextRoundError('CONFIG_INVALID', `Each key must be "<version>:<base64 of 32 random bytes>"; one entry is not.`, { where });
    }
    const version = Number(match[1]);
    if (version < 1 || keys.has(version)) {
      throw new NextRoundError('CONFIG_INVALID', `Key version ${version} is repeated or below 1.`, { where });
    }
    keys.set(version, key);
  }
  if (keys.size === 0) throw new NextRoundError('CONFIG_INVALID', 'At least one token key is required.', { where });
  return { current: Math.max(...keys.keys()), keys };
}

/** The key of `version`, or an error naming the missing version. */
export function keyOfVersion(keyring: Keyring, version: number): Buffer {
  const key = keyring.keys.get(version);
  if (!key) {
    throw new NextRoundError('DECRYPT_FAILED', `Token key version ${version} is not in the keyring; it was removed before rotation finished.`, {
      where: 'token keyring',
    });
  }
  return key;
}
