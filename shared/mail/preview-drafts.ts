/**
 * What "Create drafts" will do, decided purely: one preview per recipient,
 * with exactly the subject and body Gmail will get, the existing draft when
 * there is one (creating again reuses it), or the reason the draft is
 * blocked (an empty placeholder, a missing or invalid address). The add-on
 * previews, then re-runs this on the freshly read row (found by id) inside
 * the lock before creating, so a sort or an edit in between cannot bind a
 * draft to the wrong row.
 */
import type { TEMPLATE_KINDS } from '../schema/options.js';
import { buildPlaceholderValues, MY_NAME_PLACEHOLDERS, type PlaceholderSources, type PlaceholderValues } from '../templates/placeholders.js';
import { renderMessage, type MessageTemplate, type RenderedMessage } from '../templates/render-template.js';
import { DRAFT_WORDS } from '../words/draft-words.js';
import { isNextRoundError } from '../errors.js';
import { parseInterviewers, type Person } from './address.js';
import { buildDraftMessage } from './build-message.js';
import { findDraft, parseDraftLog, type DraftRecord } from './draft-log.js';

type Kind = (typeof TEMPLATE_KINDS)[number];

interface PreviewBase {
  /** `rowId|email|kind`: one draft per (row, recipient, kind); the create call names drafts by it. */
  key: string;
  rowId: string;
  kind: Kind;
  recipient: Person | null;
}

export type DraftPreview =
  | (PreviewBase & { status: 'ready'; subject: string; body: string; existing: DraftRecord | null })
  | (PreviewBase & { status: 'blocked'; message: string; missing: string[]; unknown: string[] });

export interface PreviewInput {
  kind: Kind;
  /** Event ID of the interview row, or Application ID. */
  rowId: string;
  recipient: Person | null;
  template: MessageTemplate;
  values: PlaceholderValues;
  /** The row's Drafts cell. */
  draftsCell: unknown;
}

/** One recipient's preview. */
export function previewDraft({ kind, rowId, recipient, template, values, draftsCell }: PreviewInput): DraftPreview {
  const email = recipient?.email?.trim().toLowerCase() ?? '';
  const base: PreviewBase = { key: `${rowId}|${email}|${kind}`, rowId, kind, recipient };
  const blocked = (message: string, missing: string[] = [], unknown: string[] = []): DraftPreview => ({
    ...base,
    status: 'blocked',
    message,
    missing,
    unknown,
  });
  if (!recipient || !email) return blocked(`${recipient?.name || 'This recipient'} has no email address; add it to the row first.`);
  const rendered = renderMessage(template, values);
  if (!rendered.ok) return blocked(refusalWords(rendered), [...rendered.missing], [...rendered.unknown]);
  try {
    buildDraftMessage({ to: recipient, subject: rendered.subject, text: rendered.body });
  } catch (error) {
    if (isNextRoundError(error, 'MAIL_INVALID')) return blocked(error.message);
    throw error;
  }
  return { ...base, status: 'ready', subject: rendered.subject, body: rendered.body, existing: findDraft(parseDraftLog(draftsCell), kind, email) ?? null };
}

/** When only the person's own name is missing, the card asks them to sign; any other problem keeps the template's message. */
function refusalWords(refusal: Extract<RenderedMessage, { ok: false }>): string {
  const onlyMyName =
    refusal.missing.length > 0 && refusal.missing.every((name) => MY_NAME_PLACEHOLDERS.has(name)) && !refusal.unknown.length && !refusal.invalid.length;
  return onlyMyName ? DRAFT_WORDS.signFirst : refusal.message;
}

/**
 * Thank-you previews for an interview: one per interviewer in its
 * Interviewers cell (a row naming nobody gives one blocked preview).
 */
export function previewThankYous(input: {
  interview: Readonly<Record<string, unknown>>;
  application?: Readonly<Record<string, unknown>>;
  template: MessageTemplate;
  person: PlaceholderSources['person'];
  topic?: string;
}): DraftPreview[] {
  const people: (Person | null)[] = parseInterviewers(input.interview.interviewers);
  return (people.length ? people : [null]).map((recipient) =>
    previewDraft({
      kind: 'thank-you',
      rowId: String(input.interview.eventId ?? ''),
      recipient,
      template: input.template,
      values: buildPlaceholderValues({
        interview: input.interview,
        application: input.application,
        recipient: recipient ?? undefined,
        person: input.person,
        topic: input.topic,
      }),
      draftsCell: input.interview.drafts,
    }),
  );
}
