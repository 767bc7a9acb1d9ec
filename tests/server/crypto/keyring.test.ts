import { inspect } from 'node:util';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';

const key = () => randomBytes(32).toString('base64');

describe('parseKeyring', () => {
  it('makes the highest version current, whatever the order', () => {
    const keyring = parseKeyring(`3:${key()}, 1:${key()}`, 'TOKEN_KEYS');
    expect(keyring.current).toBe(3);
    expect([...keyring.keys.keys()]).toEqual([3, 1]);
  });

  it.each([
    ['', 'At least one token key is required.'],
    [`1:${randomBytes(16).toString('base64')}`, 'Each key must be "<version>:<base64 of 32 random bytes>"; one entry is not.'],
    ['1:not base64!', 'Each key must be "<version>:<base64 of 32 random bytes>"; one entry is not.'],
    [`${key()}`, 'Each key must be "<version>:<base64 of 32 random bytes>"; one entry is not.'],
    [`1:${key()},1:${key()}`, 'Key version 1 is repeated or below 1.'],
    [`0:${key()}`, 'Key version 0 is repeated or below 1.'],
  ])('refuses "%s" with a message naming the problem', (spec, message) => {
    expect(() => parseKeyring(spec, 'TOKEN_KEYS')).toThrow(message);
  });

  it('never puts key material in its error message', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => parseKeyring(`1:${short}`, 'TOKEN_KEYS')).toThrow(
      expect.objectContaining({ where: 'TOKEN_KEYS', message: expect.not.stringContaining(short) }),
    );
  });
});

describe('Secret', () => {
  it('prints as [redacted] in strings, JSON and inspect, and reveals only on request', () => {
    const secret = new Secret('1//refresh-plaintext');
    const logged = [String(secret), `${secret}`, JSON.stringify({ token: secret }), inspect({ token: secret }), inspect(secret)];
    expect(logged).toEqual(['[redacted]', '[redacted]', '{"token":"[redacted]"}', '{ token: [redacted] }', '[redacted]']);
    expect(secret.reveal()).toBe('1//refresh-plaintext');
  });
});
