/**
 * Drafts in the person's Gmail, never sent: preview one per recipient, then
 * create them through the Gmail advanced service (`gmail.compose` only).
 * createDrafts re-reads and re-previews inside the document lock, finds the
 * row by id, creates only keys still ready, reuses a draft the row already
 * records, and writes the row's Drafts cell once: 3 reads + 1 row write +
 * K Gmail calls for K recipients.
 */
import type { AddonApi } from '../api/contract.js';
import { CreateDraftsInput, DraftTarget, MyNameInput } from '../api/inputs.js';
import type { DraftOutcome } from '../api/views.js';
import { NextRoundError } from '../../shared/errors.js';
import { buildDraftMessage } from '../../shared/mail/build-message.js';
import { appendDraftRecord, recordDraft, type DraftRecord } from '../../shared/mail/draft-log.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { THANK_YOU_DRAFTED, isThankYouPending } from '../../shared/stages/thank-you.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { SETTINGS_KEY, Settings, readSettings } from '../settings.js';
import { parseInput } from '../parse-input.js';
import { readDraftContext } from './draft-context.js';

/** One preview per recipient: exactly the subject and body Gmail will get, or why the draft is blocked. */
export const previewDrafts: AddonApi['previewDrafts'] = (input: unknown) => {
  const target = parseInput(DraftTarget, input, 'previewDrafts');
  const context = readDraftContext(target, new Date());
  const { template, templates, title, previews, problems, emailEditable } = context;
  return { templateId: template.id, templates, title, previews, problems, emailEditable };
};

/** Creates the drafts of the keys the person saw, once each. */
export const createDrafts: AddonApi['createDrafts'] = (input: unknown) => {
  const request = parseInput(CreateDraftsInput, input, 'createDrafts');
  const gmail = typeof Gmail === 'undefined' ? undefined : Gmail;
  if (!gmail) {
    throw new NextRoundError('UNAVAILABLE', 'The Gmail service is not enabled for NextRound; reinstall the add-on or ask its admin.', { where: 'Gmail' });
  }
  return withDocumentLock(() => {
    const context = readDraftContext(request, new Date());
    const byKey = new Map(context.previews.map((preview) => [preview.key, preview]));
    let cell = context.row.cells.drafts ?? '';
    let failure: string | null = null;
    const outcomes: DraftOutcome[] = [];
    for (const key of new Set(request.keys)) {
      const preview = byKey.get(key);
      if (!preview) {
        outcomes.push({ key, status: 'gone', message: 'This recipient is no longer on the row; preview again.' });
      } else if (preview.status === 'blocked') {
        outcomes.push({ key, status: 'blocked', message: preview.message });
      } else if (preview.existing && !request.forceNew) {
        outcomes.push({ key, status: 'existing', draft: preview.existing });
      } else if (failure !== null) {
        outcomes.push({ key, status: 'failed', message: failure });
      } else {
        const message = buildDraftMessage({ to: preview.recipient!, subject: preview.subject, text: preview.body });
        try {
          const draft = gmail.Users!.Drafts!.create({ message: { raw: message.raw } }, 'me');
          const record: DraftRecord = recordDraft({
            kind: preview.kind,
            email: preview.recipient!.email!,
            draftId: String(draft.id ?? ''),
            messageId: String(draft.message?.id ?? ''),
            createdAt: context.codec.toWall(new Date(), true),
          });
          cell = appendDraftRecord(cell, record);
          outcomes.push({ key, status: 'created', draft: record });
        } catch (error) {
          // Drafts made before the failure are still recorded below, so a retry reuses them.
          failure = `Gmail refused the draft: ${error instanceof Error ? error.message : String(error)}`;
          outcomes.push({ key, status: 'failed', message: failure });
        }
      }
    }
    const updates: Record<string, string> = {};
    if (outcomes.some((outcome) => outcome.status === 'created')) updates.drafts = cell;
    const thankYou = nextThankYou(context, outcomes);
    if (thankYou !== null && thankYou !== context.row.cells.thankYou) updates.thankYou = thankYou;
    if (Object.keys(updates).length > 0) writeRow(context.sheet, planRowWrite(context.table.map, context.row.row, updates), context.codec);
    return { outcomes, thankYou };
  });
};

/** Saves the name that signs drafts. */
export const saveMyName: AddonApi['saveMyName'] = (input: unknown) => {
  const { myName } = parseInput(MyNameInput, input, 'saveMyName');
  return withDocumentLock(() => {
    const settings = Settings.parse({ ...readSettings(), myName });
    PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
    return { myName: settings.myName ?? '' };
  });
};

/** "Drafted" once every interviewer of a thank-you row has a draft; a cell no longer pending (the person's Sent, Not needed, own words) stays. */
function nextThankYou(context: ReturnType<typeof readDraftContext>, outcomes: readonly DraftOutcome[]): string | null {
  if (!('thankYou' in context.row.cells) || context.previews[0]?.kind !== 'thank-you') return null;
  const current = context.row.cells.thankYou ?? '';
  if (!isThankYouPending(current)) return current;
  const drafted = new Set(outcomes.filter((outcome) => outcome.status === 'created' || outcome.status === 'existing').map((outcome) => outcome.key));
  const all = context.previews.every((preview) => preview.status === 'ready' && (preview.existing !== null || drafted.has(preview.key)));
  return all ? THANK_YOU_DRAFTED : current;
}
