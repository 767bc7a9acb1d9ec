/**
 * Key rotation as an operator command, with the service's own environment:
 * `TOKEN_KEYS=1:…,2:… npx tsx server/crypto/rotate-token-keys.ts`
 * re-wraps every stored refresh token under the newest key version and
 * prints counts (never tokens). Afterwards the old version can be removed.
 */
import { pathToFileURL } from 'node:url';
import { parseServiceConfig } from '../config/service-config.js';
import { openStore } from '../store/open-store.js';
import { parseKeyring } from './keyring.js';
import { createTokenVault, type RotationReport } from './token-vault.js';

/** Rotates the tokens of the store the environment points at. */
export async function rotateTokenKeys(env: Record<string, string | undefined>): Promise<RotationReport> {
  const config = parseServiceConfig(env);
  const store = await openStore({ databaseUrl: config.DATABASE_URL?.reveal(), schema: config.DATABASE_SCHEMA, dataDir: config.NEXTROUND_DATA_DIR });
  try {
    return await createTokenVault(store, parseKeyring(config.TOKEN_KEYS.reveal(), 'TOKEN_KEYS')).rotateAll();
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rotateTokenKeys(process.env).then(
    (report) => console.log(JSON.stringify({ event: 'tokens.rotated', ...report })),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
