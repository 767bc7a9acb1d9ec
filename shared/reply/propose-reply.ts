/**
 * What a reply means for its application: the stage it moves to, the next
 * action and its due date. A proposal only: nothing is written until the
 * person confirms (appsscript/features/reply.ts). A reply to a Ghosted
 * application revives it (an acknowledgement back to Applied).
 */
import { addDays } from '../time/index.js';
import { STAGE_DEFINITIONS, type Stage } from '../stages/stage-definitions.js';
import type { ReplyKind } from './reply-rules.js';

export interface ReplyProposal {
  /** The stage to move to; null keeps the current one. */
  readonly stage: Stage | null;
  readonly nextAction: string;
  /** `YYYY-MM-DD`. */
  readonly nextActionDue: string;
  /** True when the person should be offered the feedback-request draft right after confirming. */
  readonly offerFeedbackDraft: boolean;
}

const level = (stage: string) => STAGE_DEFINITIONS.find((definition) => definition.id === stage)?.level ?? -1;

/** The proposal for `reply` on an application now at `currentStage`, dated from `today`. */
export function proposeReply(reply: ReplyKind, currentStage: string, today: string, followUpAfterDays: number): ReplyProposal {
  const move = (to: Stage): Stage | null => (to === currentStage ? null : to);
  switch (reply) {
    case 'rejection':
      return { stage: move('Rejected'), nextAction: 'Ask for feedback', nextActionDue: addDays(today, 2), offerFeedbackDraft: true };
    case 'offer':
      return { stage: move('Offer'), nextAction: 'Review the offer and reply', nextActionDue: addDays(today, 3), offerFeedbackDraft: false };
    case 'interview':
      return {
        stage: level(currentStage) >= 2 && currentStage !== 'Ghosted' ? null : move('Interviewing'),
        nextAction: 'Reply with your availability',
        nextActionDue: addDays(today, 1),
        offerFeedbackDraft: false,
      };
    case 'assessment':
      return {
        stage: level(currentStage) >= 1 && currentStage !== 'Ghosted' ? null : move('Screening'),
        nextAction: 'Complete the assessment',
        nextActionDue: addDays(today, 5),
        offerFeedbackDraft: false,
      };
    case 'acknowledgement':
      return {
        stage: currentStage === 'Wishlist' || currentStage === 'Ghosted' || currentStage === '' ? 'Applied' : null,
        nextAction: 'Follow up if there is no news',
        nextActionDue: addDays(today, followUpAfterDays),
        offerFeedbackDraft: false,
      };
  }
}
