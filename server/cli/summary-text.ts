/**
 * A pass's summary in words: what was imported, updated, cancelled, left
 * unchanged and skipped, with singular and plural right; a pass that imports
 * nothing says so and why, and no file is named as written unless it was.
 * Shared by `nextround sync` and the `npm start` progress line.
 */
import type { TrackerSummary } from './sync-tracker.js';

/** `1 interview`, `0 interviews`, `2 calendars`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `imported 1 interview, updated 0 interviews, cancelled 0 interviews, 3 unchanged, skipped 1 non-interview event`. */
export function countsPhrase(s: TrackerSummary): string {
  return (
    `imported ${count(s.added, 'interview')}, updated ${count(s.updated, 'interview')}, cancelled ${count(s.cancelled, 'interview')}, ` +
    `${s.unchanged} unchanged, skipped ${count(s.skipped, 'non-interview event')}`
  );
}

/** Why a pass that wrote nothing had nothing to write. */
export function nothingWrittenReason(s: TrackerSummary): string {
  const read = s.sources.filter((source) => source.error === undefined).length;
  const calendars = count(read, 'calendar');
  if (s.found === 0) return `the ${calendars} read ${read === 1 ? 'holds' : 'hold'} no events in the sync window`;
  if (s.skipped > 0 && s.skipped === s.found) {
    const none = s.found === 1 ? 'the one event does not look like an interview' : `none of the ${s.found} events looks like an interview`;
    return `${none}${s.flagged.length > 0 ? ` (${count(s.flagged.length, 'event')} might be: see below)` : ''}`;
  }
  return `no event changed since the last sync (${count(s.found, 'event')} in ${calendars}, ${count(s.unchanged, 'interview')} already in the tracker)`;
}

/** The first line: what happened to the tracker. */
export function headline(s: TrackerSummary): string {
  const failed = s.sources.filter((source) => source.error !== undefined).length;
  const unread = failed > 0 ? `; ${count(failed, 'calendar')} could not be read (see below)` : '';
  if (!s.written) return `Nothing imported, ${s.out} not written: ${nothingWrittenReason(s)}${unread}.`;
  return `Wrote ${s.out}: ${countsPhrase(s)} (found ${count(s.found, 'event')} in ${count(s.sources.length - failed, 'calendar')})${unread}.`;
}

/** The human summary: the headline, then the interviews imported, failed calendars and events left for the person. */
export function formatSummary(s: TrackerSummary): string {
  const lines = [headline(s)];
  for (const row of s.imported) lines.push(`  imported: "${row.title}" ${row.start}`);
  for (const source of s.sources) if (source.error !== undefined) lines.push(`  calendar not read: ${source.id}: ${source.error}`);
  for (const flagged of s.flagged) {
    lines.push(`  maybe an interview, not imported: "${flagged.title}" ${flagged.start} (${flagged.reasons.join('; ')})`);
  }
  if (s.flagged.length > 0) lines.push('  (import them with --include <regex matching their titles>)');
  for (const warning of s.warnings) lines.push(`  warning: ${warning}`);
  for (const error of s.errors) lines.push(`  error: ${error}`);
  return `${lines.join('\n')}\n`;
}
