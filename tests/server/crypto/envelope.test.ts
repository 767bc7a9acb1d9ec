import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { keyVersionOf, openSealed, rewrapSealed, sealSecret } from '../../../server/crypto/envelope.js';
import { parseKeyring } from '../../../server/crypto/keyring.js';

const key1 = randomBytes(32).toString('base64');
const key2 = randomBytes(32).toString('base64');
const keyring1 = parseKeyring(`1:${key1}`, 'TOKEN_KEYS');
const keyring12 = parseKeyring(`1:${key1},2:${key2}`, 'TOKEN_KEYS');
const keyring2 = parseKeyring(`2:${key2}`, 'TOKEN_KEYS');
const alice = { userId: 'alice', purpose: 'google-refresh-token' };
const TOKEN = '1//0gAlice-refresh-token-plaintext';

function expectDecryptFailure(open: () => unknown): void {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(isNextRoundError(caught, 'DECRYPT_FAILED')).toBe(true);
}

describe('sealSecret and openSealed', () => {
  it('round-trips a token and never shows it in the sealed form', () => {
    const sealed = sealSecret(TOKEN, alice, keyring1);
    expect(sealed).not.toContain(TOKEN);
    expect(sealed).not.toContain(Buffer.from(TOKEN).toString('base64url').slice(0, 12));
    expect(keyVersionOf(sealed)).toBe(1);
    expect(openSealed(sealed, alice, keyring1)).toBe(TOKEN);
  });

  it('seals the same token differently each time', () => {
    expect(sealSecret(TOKEN, alice, keyring1)).not.toBe(sealSecret(TOKEN, alice, keyring1));
  });

  it.each([
    ['another user', { userId: 'bob', purpose: 'google-refresh-token' }],
    ['another purpose', { userId: 'alice', purpose: 'webhook-secret' }],
    ['a user id that only differs in case', { userId: 'Alice', purpose: 'google-refresh-token' }],
  ])('refuses a ciphertext swapped to %s', (_label, binding) => {
    const sealed = sealSecret(TOKEN, alice, keyring1);
    expectDecryptFailure(() => openSealed(sealed, binding, keyring1));
  });

  it('refuses every single-bit flip in every byte of every part', () => {
    const sealed = sealSecret(TOKEN, alice, keyring1);
    const parts = sealed.split('.');
    let flips = 0;
    for (let partIndex = 2; partIndex < parts.length; partIndex++) {
      const bytes = Buffer.from(parts[partIndex]!, 'base64url');
      for (let i = 0; i < bytes.length; i++) {
        const flipped = Buffer.from(bytes);
        flipped[i] = flipped[i]! ^ (1 << (i % 8));
        const altered = [...parts];
        altered[partIndex] = flipped.toString('base64url');
        expectDecryptFailure(() => openSealed(altered.join('.'), alice, keyring1));
        flips++;
      }
    }
    expect(flips).toBe(12 + 48 + 12 + TOKEN.length + 16);
  });

  it('refuses a wrapped key swapped in from another token of the same user', () => {
    const first = sealSecret(TOKEN, alice, keyring1).split('.');
    const second = sealSecret('another-token', alice, keyring1).split('.');
    const mixed = [...first.slice(0, 4), ...second.slice(4)].join('.');
    expectDecryptFailure(() => openSealed(mixed, alice, keyring1));
  });

  it.each([
    ['an empty string', ''],
    ['plaintext stored by mistake', TOKEN],
    ['a truncated token', 'nr1.1.abc'],
    ['an unknown format', 'nr9.1.a.b.c.d'],
  ])('refuses %s with DECRYPT_FAILED', (_label, sealed) => {
    expectDecryptFailure(() => openSealed(sealed, alice, keyring1));
  });

  it('names the missing key version when the keyring lost it', () => {
    const sealed = sealSecret(TOKEN, alice, keyring1);
    expect(() => openSealed(sealed, alice, keyring2)).toThrow('Token key version 1 is not in the keyring; it was removed before rotation finished.');
  });
});

describe('rewrapSealed', () => {
  it('moves a token to the current key so the old key can be dropped', () => {
    const sealed = sealSecret(TOKEN, alice, keyring1);
    const rewrapped = rewrapSealed(sealed, alice, keyring12);
    expect(keyVersionOf(rewrapped)).toBe(2);
    expect(rewrapped.split('.').slice(4)).toEqual(sealed.split('.').slice(4));
    expect(openSealed(rewrapped, alice, keyring2)).toBe(TOKEN);
  });

  it('refuses to re-wrap an altered token', () => {
    const parts = sealSecret(TOKEN, alice, keyring1).split('.');
    const bytes = Buffer.from(parts[5]!, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    parts[5] = bytes.toString('base64url');
    expectDecryptFailure(() => rewrapSealed(parts.join('.'), alice, keyring12));
  });
});
