/**
 * The Drafts cell of an interview (or application) row: one line per draft
 * created, so a second "Create drafts" (double click, two sidebars, a retried
 * call) finds the existing draft instead of making a duplicate. Readable in
 * the sheet:
 *
 *   thank-you to ana@acme.com · r-5104925 · 2026-11-20 14:05 · https://mail.google.com/mail/#drafts?compose=18bf3
 */
import * as z from 'zod';
import { TEMPLATE_KINDS } from '../schema/options.js';
import { WallDateTime } from '../time/index.js';

export const DraftRecord = z.object({
  kind: z.enum(TEMPLATE_KINDS),
  /** Lower-cased recipient address: one draft per (row, recipient, kind). */
  email: z
    .string()
    .min(3)
    .max(254)
    .regex(/^[^\s·]+$/),
  draftId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\s·]+$/),
  /** Wall time `YYYY-MM-DD HH:mm` in the sheet's zone. */
  createdAt: WallDateTime,
  /** Opens the draft in Gmail. */
  link: z.string().regex(/^https:\/\/mail\.google\.com\/\S*$/),
});
export type DraftRecord = z.infer<typeof DraftRecord>;

/** The Gmail link that opens a draft, from its message id. */
export function buildDraftLink(messageId: string): string {
  return `https://mail.google.com/mail/#drafts?compose=${encodeURIComponent(messageId)}`;
}

/** One line per record, in the order given. */
export function formatDraftLog(records: readonly DraftRecord[]): string {
  return records.map((r) => `${r.kind} to ${r.email} · ${r.draftId} · ${r.createdAt} · ${r.link}`).join('\n');
}

/**
 * Reads a Drafts cell. Lines the person typed or damaged are skipped, not
 * fatal: the cell is bookkeeping, and the worst outcome is one more draft.
 */
export function parseDraftLog(cell: unknown): DraftRecord[] {
  const records: DraftRecord[] = [];
  for (const line of String(cell ?? '').split(/\r?\n/)) {
    const match = /^(\S+) to (\S+) · (\S+) · (\S+ \S+) · (\S+)$/.exec(line.trim());
    if (!match) continue;
    const parsed = DraftRecord.safeParse({ kind: match[1], email: match[2], draftId: match[3], createdAt: match[4], link: match[5] });
    if (parsed.success) records.push(parsed.data);
  }
  return records;
}

/** The existing draft for (recipient, kind) on a row, if any: reuse it unless the person asks for a new one. */
export function findDraft(records: readonly DraftRecord[], kind: DraftRecord['kind'], email: string): DraftRecord | undefined {
  const wanted = email.trim().toLowerCase();
  return records.find((record) => record.kind === kind && record.email === wanted);
}

/** The record of a draft Gmail just created, with the address lower-cased and the link built. */
export function recordDraft(input: { kind: DraftRecord['kind']; email: string; draftId: string; messageId: string; createdAt: string }): DraftRecord {
  return DraftRecord.parse({
    kind: input.kind,
    email: input.email.trim().toLowerCase(),
    draftId: input.draftId,
    createdAt: input.createdAt,
    link: buildDraftLink(input.messageId),
  });
}

/** The Drafts cell after adding one record; what was there (the person's own lines too) stays byte for byte. */
export function appendDraftRecord(cell: unknown, record: DraftRecord): string {
  const existing = String(cell ?? '').replace(/\s+$/, '');
  const line = formatDraftLog([record]);
  return existing === '' ? line : `${existing}\n${line}`;
}
