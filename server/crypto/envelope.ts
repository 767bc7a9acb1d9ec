/**
 * AES-256-GCM envelope for secrets at rest. Each secret gets its own random
 * data key; the data key is wrapped by the keyring's current key. Both layers
 * carry associated data binding the user and the purpose, so a ciphertext
 * copied to another user's row, or used for another purpose, fails to open.
 * Rotation re-wraps only the data key: the secret itself is never re-exposed
 * to storage.
 *
 * Sealed form (base64url parts): nr1.<keyVersion>.<wrapIv>.<wrappedKey+tag>.<dataIv>.<ciphertext+tag>
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { NextRoundError } from '../../shared/errors.js';
import { type Keyring, keyOfVersion } from './keyring.js';

/** Whose secret and what for: bound into the ciphertext as associated data. */
export interface SealBinding {
  userId: string;
  purpose: string;
}

const FORMAT = 'nr1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function encrypt(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; sealed: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad, 'utf8'));
  return { iv, sealed: Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]) };
}

function decrypt(key: Buffer, iv: Buffer, sealed: Buffer, aad: string): Buffer {
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw new Error('truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
}

const wrapAad = (version: number, b: SealBinding) => `nextround/key/${FORMAT}|${version}|${b.purpose}|${b.userId}`;
const dataAad = (b: SealBinding) => `nextround/data/${FORMAT}|${b.purpose}|${b.userId}`;
const b64 = (buffer: Buffer) => buffer.toString('base64url');

interface Parsed {
  version: number;
  wrapIv: Buffer;
  wrappedKey: Buffer;
  dataIv: Buffer;
  ciphertext: Buffer;
}

function failure(binding: SealBinding, cause?: unknown): NextRoundError {
  return new NextRoundError(
    'DECRYPT_FAILED',
    `The sealed ${binding.purpose} of user ${binding.userId} does not open: it was altered, belongs to another user or purpose, or its key is gone.`,
    { where: `${binding.purpose} of ${binding.userId}`, cause },
  );
}

function parse(sealed: string, binding: SealBinding): Parsed {
  const parts = sealed.split('.');
  if (parts.length !== 6 || parts[0] !== FORMAT || !/^\d{1,6}$/.test(parts[1]!)) throw failure(binding);
  const [wrapIv, wrappedKey, dataIv, ciphertext] = parts.slice(2).map((part) => Buffer.from(part, 'base64url'));
  return { version: Number(parts[1]), wrapIv: wrapIv!, wrappedKey: wrappedKey!, dataIv: dataIv!, ciphertext: ciphertext! };
}

function unwrapDataKey(p: Parsed, binding: SealBinding, keyring: Keyring): Buffer {
  const kek = keyOfVersion(keyring, p.version);
  try {
    return decrypt(kek, p.wrapIv, p.wrappedKey, wrapAad(p.version, binding));
  } catch (error) {
    throw failure(binding, error);
  }
}

function wrap(dataKey: Buffer, binding: SealBinding, keyring: Keyring): string {
  const version = keyring.current;
  const wrapped = encrypt(keyOfVersion(keyring, version), dataKey, wrapAad(version, binding));
  return `${FORMAT}.${version}.${b64(wrapped.iv)}.${b64(wrapped.sealed)}`;
}

/**
 * Seals `plaintext` for `binding` under the keyring's current key.
 * @example const sealed = sealSecret(token, { userId, purpose: 'google-refresh-token' }, keyring);
 */
export function sealSecret(plaintext: string, binding: SealBinding, keyring: Keyring): string {
  const dataKey = randomBytes(32);
  const data = encrypt(dataKey, Buffer.from(plaintext, 'utf8'), dataAad(binding));
  return `${wrap(dataKey, binding, keyring)}.${b64(data.iv)}.${b64(data.sealed)}`;
}

/** Opens a sealed secret; throws DECRYPT_FAILED on any mismatch (never returns wrong plaintext). */
export function openSealed(sealed: string, binding: SealBinding, keyring: Keyring): string {
  const p = parse(sealed, binding);
  const dataKey = unwrapDataKey(p, binding, keyring);
  try {
    return decrypt(dataKey, p.dataIv, p.ciphertext, dataAad(binding)).toString('utf8');
  } catch (error) {
    throw failure(binding, error);
  }
}

/** Re-wraps the data key under the current key version; the data ciphertext is kept as is. */
export function rewrapSealed(sealed: string, binding: SealBinding, keyring: Keyring): string {
  const p = parse(sealed, binding);
  const dataKey = unwrapDataKey(p, binding, keyring);
  // Opening proves the data layer is intact before the new wrap vouches for it.
  openSealed(sealed, binding, keyring);
  return `${wrap(dataKey, binding, keyring)}.${b64(p.dataIv)}.${b64(p.ciphertext)}`;
}

/** The key version a sealed secret is wrapped under, or null when it is not a sealed secret. */
export function keyVersionOf(sealed: string): number | null {
  const match = /^nr1\.(\d{1,6})\./.exec(sealed);
  return match ? Number(match[1]) : null;
}
