/**
 * The import's state in the document's properties: whether it is on, the
 * chosen calendars, and the last pass's report, as one JSON value parsed
 * with zod on every read (kept far below the 9 KB a value may hold,
 * https://developers.google.com/apps-script/guides/services/quotas). The
 * cursors live apart, one property per calendar (import-cursor.ts).
 */
import * as z from 'zod';
import type { SyncReport } from '../../shared/sync/ports.js';
import type { CalendarPassView } from '../api/views.js';

export const IMPORT_KEY = 'nextround.calendarImport';
const MAX_FLAGGED = 15;
const MAX_ERRORS = 8;
const MAX_TEXT = 300;
const MAX_SKIP_REASONS = 5;
const MAX_SKIP_TITLES = 2;
const MAX_SKIP_TITLE = 80;

const PassView = z.object({
  finishedAt: z.string().max(40),
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  cancelled: z.number().int().min(0),
  flagged: z
    .array(
      z.object({
        eventId: z.string().max(1024),
        title: z.string().max(MAX_TEXT),
        start: z.string().max(40),
        reasons: z.array(z.string().max(MAX_TEXT)).max(5),
      }),
    )
    .max(MAX_FLAGGED),
  moreFlagged: z.number().int().min(0),
  /** Why the other events were skipped, most frequent first (absent in reports stored before it existed). */
  skipped: z
    .array(
      z.object({
        reason: z.string().max(MAX_TEXT),
        count: z.number().int().min(1),
        titles: z.array(z.string().max(MAX_SKIP_TITLE)).max(MAX_SKIP_TITLES),
      }),
    )
    .max(MAX_SKIP_REASONS)
    .default([]),
  /** Skipped events whose reason is not listed. */
  moreSkipped: z.number().int().min(0).default(0),
  errors: z.array(z.string().max(MAX_TEXT)).max(MAX_ERRORS),
  continues: z.array(z.string().max(MAX_TEXT)).max(20),
});

export const ImportState = z.object({
  v: z.literal(1).default(1),
  enabled: z.boolean().default(false),
  /** Null until the person saves a choice: the primary calendar is then taken. */
  calendarIds: z.array(z.string().max(320)).max(20).nullable().default(null),
  /** Names of the chosen calendars, for messages when the list cannot be read. */
  names: z.record(z.string(), z.string().max(MAX_TEXT)).default({}),
  lastPass: PassView.nullable().default(null),
});
export type ImportState = z.infer<typeof ImportState>;

/** The stored state; damaged or absent state reads as the defaults (import off), never as an error the person cannot fix. */
export function readImportState(): ImportState {
  const raw = PropertiesService.getDocumentProperties().getProperty(IMPORT_KEY);
  if (raw === null) return ImportState.parse({});
  try {
    const parsed = ImportState.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : ImportState.parse({});
  } catch {
    return ImportState.parse({});
  }
}

/** Room for the state in one property value (9 KB), with a margin. */
export const MAX_STATE_BYTES = 8_000;

/**
 * Saves the state; when the report would not fit one property, the reasons
 * for skipped events are dropped first (counted in moreSkipped), then
 * flagged events (counted in moreFlagged), then problems.
 */
export function writeImportState(state: ImportState): void {
  const parsed = ImportState.parse(state);
  let json = JSON.stringify(parsed);
  const pass = parsed.lastPass;
  while (pass && utf8Length(json) > MAX_STATE_BYTES && (pass.skipped.length > 0 || pass.flagged.length > 0 || pass.errors.length > 1)) {
    if (pass.skipped.length > 0) pass.moreSkipped += pass.skipped.pop()!.count;
    else if (pass.flagged.length > 0) {
      pass.flagged.pop();
      pass.moreFlagged++;
    } else pass.errors.pop();
    json = JSON.stringify(parsed);
  }
  PropertiesService.getDocumentProperties().setProperty(IMPORT_KEY, json);
}

/** Bytes of a string in UTF-8 (the property limit counts bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const clipTo = (max: number) => (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const clip = clipTo(MAX_TEXT);

/** The engine's report as the sidebar shows it, trimmed to fit one property. */
export function passView(report: SyncReport, continues: readonly string[]): CalendarPassView {
  const flagged = report.flagged ?? [];
  return {
    finishedAt: report.finishedAt ?? new Date().toISOString(),
    added: report.added,
    updated: report.updated,
    cancelled: report.cancelled,
    flagged: flagged
      .slice(0, MAX_FLAGGED)
      .map((item) => ({ eventId: item.eventId, title: clip(item.title), start: item.start, reasons: item.reasons.slice(0, 5).map(clip) })),
    moreFlagged: Math.max(0, flagged.length - MAX_FLAGGED),
    ...skippedView(report),
    errors:
      report.errors.length > MAX_ERRORS
        ? [...report.errors.slice(0, MAX_ERRORS - 1).map(clip), `…and ${report.errors.length - MAX_ERRORS + 1} more problems.`]
        : report.errors.map(clip),
    continues: continues.map(clip),
  };
}

/** The most frequent reasons for skipped events, a title or two each; the rest counted. */
function skippedView(report: SyncReport): Pick<CalendarPassView, 'skipped' | 'moreSkipped'> {
  const reasons = report.skippedReasons?.reasons ?? [];
  const shown = reasons.slice(0, MAX_SKIP_REASONS);
  const unshown = reasons.slice(MAX_SKIP_REASONS).reduce((sum, entry) => sum + entry.count, 0);
  return {
    skipped: shown.map((entry) => ({
      reason: clip(entry.reason),
      count: entry.count,
      titles: entry.titles.slice(0, MAX_SKIP_TITLES).map(clipTo(MAX_SKIP_TITLE)),
    })),
    moreSkipped: (report.skippedReasons?.more ?? 0) + unshown,
  };
}
