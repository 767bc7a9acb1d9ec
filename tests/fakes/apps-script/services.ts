/** PropertiesService, LockService and Utilities, with Apps Script's limits. */
import { randomUUID } from 'node:crypto';
import type { CallLog } from './call-log.js';

type Properties = GoogleAppsScript.Properties.Properties;
type Lock = GoogleAppsScript.Lock.Lock;

/** Apps Script refuses a property value over 9 KB. */
const MAX_VALUE_BYTES = 9 * 1024;

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
  setProperty(key: string, value: string): this {
    this.log.record('Properties.setProperty');
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
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

/** Utilities.formatDate with the pattern letters the add-on uses: yyyy MM dd HH mm ss Z. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  const tokens: Record<string, string> = {
    yyyy: parts.year!,
    MM: parts.month!,
    dd: parts.day!,
    HH: parts.hour!,
    mm: parts.minute!,
    ss: parts.second!,
    Z: zone,
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => tokens[token]!);
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
  };
}
