import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyVersionOf } from '../../../server/crypto/envelope.js';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { rotateTokenKeys } from '../../../server/crypto/rotate-token-keys.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { openStore } from '../../../server/store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'nextround-rotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key1 = `1:${randomBytes(32).toString('base64')}`;
const key2 = `2:${randomBytes(32).toString('base64')}`;
const env = (keys: string) => ({
  PUBLIC_URL: 'https://sync.example.com',
  GOOGLE_CLIENT_ID: 'client',
  GOOGLE_CLIENT_SECRET: 'secret',
  GOOGLE_ADDON_CLIENT_ID: 'addon-client',
  TOKEN_KEYS: keys,
  NEXTROUND_DATA_DIR: dir,
});

describe('rotateTokenKeys', () => {
  it('re-wraps every token of the configured store under the newest key, then does nothing more', async () => {
    const store = await openStore({ dataDir: dir });
    const vault = createTokenVault(store, parseKeyring(key1, 'TOKEN_KEYS'));
    for (let i = 0; i < 10; i++) await vault.saveRefreshToken(`user-${i}`, new Secret(`1//token-${i}`));
    await store.close();

    expect(await rotateTokenKeys(env(`${key1},${key2}`))).toEqual({ total: 10, rewrapped: 10, alreadyCurrent: 0 });
    expect(await rotateTokenKeys(env(`${key1},${key2}`))).toEqual({ total: 10, rewrapped: 0, alreadyCurrent: 10 });

    const after = await openStore({ dataDir: dir });
    expect((await after.listSealedTokens()).map(({ sealed }) => keyVersionOf(sealed))).toEqual(Array(10).fill(2));
    const newOnly = createTokenVault(after, parseKeyring(key2, 'TOKEN_KEYS'));
    expect((await newOnly.readRefreshToken('user-3'))?.reveal()).toBe('1//token-3');
    await after.close();
  });

  it('stops with the configuration message when TOKEN_KEYS is missing', async () => {
    await expect(rotateTokenKeys({ ...env(''), TOKEN_KEYS: undefined })).rejects.toThrow('TOKEN_KEYS is required');
  });
});
