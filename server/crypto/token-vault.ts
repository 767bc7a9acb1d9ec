/**
 * Refresh tokens at rest: sealed on the way into the store, opened on the
 * way out, re-wrapped by rotation. The store only ever holds sealed text.
 */
import type { TokenStore } from '../store/types.js';
import { type SealBinding, keyVersionOf, openSealed, rewrapSealed, sealSecret } from './envelope.js';
import type { Keyring } from './keyring.js';
import { Secret } from './secret.js';

export const REFRESH_TOKEN_PURPOSE = 'google-refresh-token';

export interface RotationReport {
  total: number;
  rewrapped: number;
  alreadyCurrent: number;
}

export interface TokenVault {
  saveRefreshToken(userId: string, token: Secret): Promise<void>;
  /** Null when the user has none; throws DECRYPT_FAILED when the stored one does not open. */
  readRefreshToken(userId: string): Promise<Secret | null>;
  deleteRefreshToken(userId: string): Promise<void>;
  /** Re-wraps every token not under the current key version. */
  rotateAll(): Promise<RotationReport>;
}

const bindingOf = (userId: string): SealBinding => ({ userId, purpose: REFRESH_TOKEN_PURPOSE });

/**
 * @example const vault = createTokenVault(store, parseKeyring(config.tokenKeys, 'TOKEN_KEYS'));
 */
export function createTokenVault(store: TokenStore, keyring: Keyring): TokenVault {
  return {
    saveRefreshToken: (userId, token) => store.saveSealedToken(userId, sealSecret(token.reveal(), bindingOf(userId), keyring)),
    async readRefreshToken(userId) {
      const sealed = await store.getSealedToken(userId);
      return sealed === null ? null : new Secret(openSealed(sealed, bindingOf(userId), keyring));
    },
    deleteRefreshToken: (userId) => store.deleteSealedToken(userId),
    async rotateAll() {
      const report: RotationReport = { total: 0, rewrapped: 0, alreadyCurrent: 0 };
      for (const { userId, sealed } of await store.listSealedTokens()) {
        report.total++;
        if (keyVersionOf(sealed) === keyring.current) {
          report.alreadyCurrent++;
          continue;
        }
        // A token re-saved meanwhile is already under the current key: the compare-and-set skips it.
        if (await store.replaceSealedToken(userId, sealed, rewrapSealed(sealed, bindingOf(userId), keyring))) report.rewrapped++;
        else report.alreadyCurrent++;
      }
      return report;
    },
  };
}
