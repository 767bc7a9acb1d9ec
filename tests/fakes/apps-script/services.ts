/** PropertiesService, LockService and Utilities, with Apps Script's limits. */
import { randomUUID } from 'node:crypto';
import type { CallLog } from './call-log.js';
import { formatDate } from './format-date.js';

type Properties = GoogleAppsScript.Properties.Properties;
type Lock = GoogleAppsScript.Lock.Lock;

/** Apps Script refuses a property value over 9 KB, and a store over 500 KB (https://developers.google.com/apps-script/guides/services/quotas). */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

export class FakeProperties implements Pick<Properties, 'getProperty' | 'getKeys'> {
  readonly store = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    this.log.record('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  /** A copy of every pair ("Gets a copy of all key-value pairs in the current Properties store"). */
  getProperties(): Record<string, string> {
    this.log.record('Properties.getProperties');
    return Object.fromEntries(this.store);
  }
  setProperty(key: string, value: string): this {
    this.log.record('Properties.setProperty');
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    this.checkStore({ [key]: value });
    this.store.set(key, String(value));
    return this;
  }
  /** Sets several at once; each value within the 9 KB limit (https://developers.google.com/apps-script/guides/services/quotas). */
  setProperties(values: Record<string, string>): this {
    this.log.record('Properties.setProperties');
    for (const value of Object.values(values)) if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    this.checkStore(values);
    for (const [key, value] of Object.entries(values)) this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  /** The store's keys and values after a write, against Google's 500 KB per store. */
  private checkStore(values: Record<string, string>): void {
    let bytes = 0;
    for (const [key, value] of this.store) if (!(key in values)) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
    for (const [key, value] of Object.entries(values)) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
    if (bytes > MAX_STORE_BYTES) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
  }
}

export class FakeLock implements Pick<Lock, 'hasLock' | 'tryLock'> {
  held = false;
  /** How many times the lock was taken, and released. */
  acquired = 0;
  released = 0;
  /** When true, waitLock times out as if another execution held the lock. */
  busy = false;

  constructor(private readonly log: CallLog) {}
  hasLock(): boolean {
    return this.held;
  }
  tryLock(_timeout: number): boolean {
    if (this.busy) return false;
    this.take();
    return true;
  }
  waitLock(_timeout: number): void {
    this.log.record('Lock.waitLock');
    if (this.busy) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    this.take();
  }
  releaseLock(): void {
    this.log.record('Lock.releaseLock');
    this.held = false;
    this.released++;
  }
  private take(): void {
    if (this.held) throw new Error('FakeLock: taken twice without release (Apps Script would wait for itself).');
    this.held = true;
    this.acquired++;
  }
}

export function createUtilities(log: CallLog) {
  return {
    formatDate(date: Date, timeZone: string, pattern: string): string {
      log.record('Utilities.formatDate');
      return formatDate(date, timeZone, pattern);
    },
    getUuid(): string {
      log.record('Utilities.getUuid');
      return randomUUID();
    },
    // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String):
    // "Decodes a base-64 encoded string into a UTF-8 byte array" (Java's Byte[]: signed, -128..127).
    base64Decode(encoded: string): number[] {
      log.record('Utilities.base64Decode');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s+/g, '')) || encoded.replace(/\s+/g, '').length % 4 === 1) {
        throw new Error('Exception: Could not decode string.');
      }
      return Array.from(Buffer.from(encoded, 'base64'), (byte) => (byte > 127 ? byte - 256 : byte));
    },
  };
}
