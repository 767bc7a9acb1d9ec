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

/** Saves the state; when the report would not fit one property, flagged events are dropped (counted in moreFlagged), then problems. */
export function writeImportState(state: ImportState): void {
  const parsed = ImportState.parse(state);
  let json = JSON.stringify(parsed);
  const pass = parsed.lastPass;
  while (pass && utf8Length(json) > MAX_STATE_BYTES && (pass.flagged.length > 0 || pass.errors.length > 1)) {
    if (pass.flagged.length > 0) {
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

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

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
    errors:
      report.errors.length > MAX_ERRORS
        ? [...report.errors.slice(0, MAX_ERRORS - 1).map(clip), `…and ${report.errors.length - MAX_ERRORS + 1} more problems.`]
        : report.errors.map(clip),
    continues: continues.map(clip),
  };
}
