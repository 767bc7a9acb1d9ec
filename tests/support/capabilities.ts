/**
 * Suites that need Chromium, LibreOffice or PostgreSQL: run where the
 * capability is present, skip loudly (and counted) where it is absent, and
 * fail instead of skipping when CI is set, since CI has all three.
 */
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import pg from 'pg';
import { logSkip } from './skip-log.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** LibreOffice's command line (Debian: libreoffice-calc-nogui), which writes workbooks as LibreOffice users' trackers are written. */
export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const inCi = Boolean(process.env.CI);

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function hasSoffice(): boolean {
  return existsSync(SOFFICE_PATH);
}

export async function hasPostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `describe` that needs a capability. */
export function describeWith(available: boolean, capability: string, name: string, body: () => void): void {
  if (available) {
    describe(name, body);
  } else if (inCi) {
    describe(name, () => {
      it(`has ${capability} available (CI must provide it)`, () => {
        throw new Error(`${capability} is missing on a CI machine; "${name}" cannot run.`);
      });
    });
  } else {
    logSkip(name, `${capability} is not available on this machine`);
    describe.skip(name, body);
  }
}

export const describeWithChromium = (name: string, body: () => void) => describeWith(hasChromium(), `Chromium at ${CHROMIUM_PATH}`, name, body);

export const describeWithSoffice = (name: string, body: () => void) => describeWith(hasSoffice(), `LibreOffice at ${SOFFICE_PATH}`, name, body);

/** Top-level await in the test file: `await describeWithPostgres('…', () => {…})`. */
export async function describeWithPostgres(name: string, body: () => void): Promise<void> {
  describeWith(await hasPostgres(), `PostgreSQL at ${TEST_DATABASE_URL}`, name, body);
}
