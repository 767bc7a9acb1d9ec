/** The words of the "Paste a reply" screen (how the catalogue is laid out: words.ts). */
import type { ReplyKind } from '../../../shared/reply/reply-rules.js';

export enum REPLY_TEXT {
  open = 'Paste a reply you received…',
  back = '← Due',
  title = 'Paste a reply',
  label = 'The email you received',
  hint = 'Copy the whole message from your mail, with its From line if you can. NextRound reads only what you paste here.',
  read = 'Read it',
  reading = 'Reading…',
  pick = 'Choose the application…',
  pickLabel = 'Which application does it answer?',
  keepStage = 'Keep the stage',
  stage = 'Move to stage',
  nextAction = 'Next action',
  due = 'Due on',
  nothingYet = 'Nothing is written until you confirm.',
  confirm = 'Confirm',
  feedbackDraft = 'Draft the feedback request',
}

/** What the pasted reply is, as the person reads it. */
export const REPLY_KINDS = {
  rejection: 'A rejection',
  interview: 'An invitation to interview or to schedule',
  offer: 'An offer',
  assessment: 'An assessment to complete',
  acknowledgement: 'An acknowledgement of your application',
} as const satisfies Record<ReplyKind, string>;

export const replySaved = (stage: string, recorded: boolean) =>
  recorded ? `Saved: now ${stage}, recorded in Stage history.` : `Saved: next action updated (stage ${stage || 'unchanged'}).`;
