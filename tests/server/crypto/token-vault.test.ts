import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { keyVersionOf } from '../../../server/crypto/envelope.js';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';

const key1 = `1:${randomBytes(32).toString('base64')}`;
const key2 = `2:${randomBytes(32).toString('base64')}`;
const tokens = Array.from({ length: 100 }, (_, i) => ({ userId: `user-${i}@example.com`, token: `1//0g-${i}-${randomBytes(24).toString('base64url')}` }));

/** Occurrences of any plaintext token (or its base64 forms) in a dump. */
function countPlaintext(dump: Buffer): number {
  const text = dump.toString('latin1');
  return tokens.filter(({ token }) =>
    [token, Buffer.from(token).toString('base64'), Buffer.from(token).toString('base64url'), Buffer.from(token).toString('hex')].some((form) =>
      text.includes(form),
    ),
  ).length;
}

async function sealAll(store: SyncStore): Promise<void> {
  const vault = createTokenVault(store, parseKeyring(key1, 'TOKEN_KEYS'));
  for (const { userId, token } of tokens) await vault.saveRefreshToken(userId, new Secret(token));
}

const dir = mkdtempSync(join(tmpdir(), 'nextround-vault-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the token vault on SQLite', () => {
  it('leaves 0 plaintext tokens in the database files', async () => {
    const dataDir = join(dir, 'dump');
    const store = await openStore({ dataDir });
    await sealAll(store);
    const vault = createTokenVault(store, parseKeyring(key1, 'TOKEN_KEYS'));
    expect((await vault.readRefreshToken(tokens[7]!.userId))?.reveal()).toBe(tokens[7]!.token);
    const live = Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name))));
    await store.close();
    const closed = Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name))));
    expect(closed.length).toBeGreaterThan(0);
    expect([countPlaintext(live), countPlaintext(closed)]).toEqual([0, 0]);
  });

  it('re-wraps 100 % of tokens on rotation, after which the old key can go', async () => {
    const store = await openStore({ dataDir: join(dir, 'rotate') });
    await sealAll(store);
    const rotating = createTokenVault(store, parseKeyring(`${key1},${key2}`, 'TOKEN_KEYS'));
    await rotating.saveRefreshToken('late-user', new Secret('1//late'));
    expect(await rotating.rotateAll()).toEqual({ total: 101, rewrapped: 100, alreadyCurrent: 1 });
    const versions = (await store.listSealedTokens()).map(({ sealed }) => keyVersionOf(sealed));
    expect(versions.filter((v) => v === 2)).toHaveLength(101);
    const newOnly = createTokenVault(store, parseKeyring(key2, 'TOKEN_KEYS'));
    const opened = await Promise.all(tokens.map(async ({ userId }) => (await newOnly.readRefreshToken(userId))?.reveal()));
    expect(opened).toEqual(tokens.map(({ token }) => token));
    expect(await rotating.rotateAll()).toEqual({ total: 101, rewrapped: 0, alreadyCurrent: 101 });
    await store.close();
  });

  it('refuses a token row copied from another user', async () => {
    const store = await openStore({ dataDir: join(dir, 'swap') });
    const vault = createTokenVault(store, parseKeyring(key1, 'TOKEN_KEYS'));
    await vault.saveRefreshToken('alice', new Secret('1//alice'));
    await store.saveSealedToken('mallory', (await store.getSealedToken('alice'))!);
    const read = vault.readRefreshToken('mallory');
    await expect(read).rejects.toSatisfy((error: unknown) => isNextRoundError(error, 'DECRYPT_FAILED'));
    expect(await vault.readRefreshToken('nobody')).toBeNull();
    await store.close();
  });
});

const schemas: string[] = [];
await describeWithPostgres('the token vault on PostgreSQL', () => {
  afterAll(() => dropSchemas(schemas));

  it('leaves 0 plaintext tokens in a pg_dump of its schema', async () => {
    const schema = uniqueSchemaName('nr_vault');
    schemas.push(schema);
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    await sealAll(store);
    const dump = execFileSync('pg_dump', ['--dbname', TEST_DATABASE_URL, '--schema', schema, '--data-only', '--inserts']);
    await store.close();
    expect(dump.toString('utf8')).toContain('nr1.1.');
    expect(countPlaintext(dump)).toBe(0);
  });
});
