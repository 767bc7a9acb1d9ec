/**
 * "Paste a reply": the person pastes an email they received (NextRound
 * reads no mailbox); previewReply reads it and proposes, writing nothing;
 * confirmReply writes the confirmed stage (with its Stage history row), the
 * next action and its due date, and the first response date, under one lock.
 */
import type { AddonApi } from '../api/contract.js';
import { ConfirmReplyInput, PreviewReplyInput } from '../api/inputs.js';
import type { ReplyPreview } from '../api/views.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { classifyReply } from '../../shared/reply/classify-reply.js';
import { matchApplication } from '../../shared/reply/match-application.js';
import { proposeReply } from '../../shared/reply/propose-reply.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import { STAGE_DEFINITIONS } from '../../shared/stages/stage-definitions.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { readSettings } from '../settings.js';
import { writeRow } from '../sheets/table.js';
import { planStageHistory } from './stage-history.js';

/** Reads a pasted reply and proposes what to change; one getValues, no write. */
export const previewReply: AddonApi['previewReply'] = (input: unknown): ReplyPreview => {
  const { text, applicationId } = parseInput(PreviewReplyInput, input, 'previewReply');
  const reading = classifyReply(text);
  if (reading.kind === 'not-email') return { kind: 'not-email', message: reading.message };
  const tracker = openTracker();
  const rows = tracker.read(APPLICATIONS).rows.map((row) => row.cells);
  const chosen = applicationId ? rows.find((row) => row.id === applicationId) : undefined;
  const match = chosen
    ? {
        kind: 'match' as const,
        application: {
          applicationId: chosen.id!,
          company: chosen.company ?? '',
          role: chosen.role ?? '',
          stage: chosen.stage ?? '',
          reasons: ['picked by you'],
        },
      }
    : matchApplication(rows, reading);
  const base = { kind: 'read' as const, reply: reading.reply, language: reading.language, matched: reading.matched, sender: reading.sender?.email ?? null };
  if (match.kind !== 'match') {
    const choices = rows
      .filter((row) => row.id)
      .map((row) => ({ applicationId: row.id!, company: row.company ?? '', role: row.role ?? '', stage: row.stage ?? '' }));
    return { ...base, match, choices, proposal: null };
  }
  const today = tracker.codec.toWall(new Date(), false);
  const followUp = (readSettings().due ?? DEFAULT_DUE_SETTINGS).followUpAfterDays;
  return { ...base, match, choices: [], proposal: proposeReply(reading.reply, match.application.stage, today, followUp) };
};

/** Writes the confirmed change to one application; the stage change is recorded in Stage history. */
export const confirmReply: AddonApi['confirmReply'] = (input: unknown) => {
  const confirmed = parseInput(ConfirmReplyInput, input, 'confirmReply');
  return withDocumentLock(() => {
    const tracker = openTracker();
    const { sheet, map, row } = tracker.readRow(APPLICATIONS, 'id', confirmed.applicationId);
    const planned = confirmed.stage ? planStageHistory(row.cells, confirmed.stage, tracker) : null;
    const today = tracker.codec.toWall(new Date(), false);
    const heardBack = confirmed.reply !== 'acknowledgement' || STAGE_DEFINITIONS.some((stage) => stage.id === confirmed.stage && stage.heardBack);
    const cells: Record<string, string> = {
      ...(planned?.change.applicationCells ?? { lastUpdate: today }),
      nextAction: confirmed.nextAction,
      nextActionDue: confirmed.nextActionDue,
      ...(heardBack && !row.cells.firstResponseOn && 'firstResponseOn' in map.indexByKey ? { firstResponseOn: today } : {}),
    };
    writeRow(sheet, planRowWrite(map, row.row, cells), tracker.codec);
    planned?.append();
    return {
      applicationId: confirmed.applicationId,
      stage: planned?.change.applicationCells.stage ?? row.cells.stage ?? '',
      recorded: planned !== null,
      offerFeedbackDraft: confirmed.reply === 'rejection',
    };
  });
};
