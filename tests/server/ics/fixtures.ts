/** Paths and helpers shared by the .ics tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The real-world fixtures, kept beside the repo (X/shared next to X/main). */
export const fixtureDir = resolve(repoRoot, '../shared/fixtures/ics');

export const fixtureNames = (): string[] =>
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.ics'))
    .sort();
export const readFixture = (name: string): string => readFileSync(join(fixtureDir, name), 'utf8');

/** Builds a VCALENDAR around VEVENT bodies (lines joined with CRLF, as RFC 5545 asks). */
export function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NextRound tests//EN'];
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
