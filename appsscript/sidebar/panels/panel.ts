/**
 * A sidebar panel: a tab (or a sub-page such as a form) rendered from the
 * loaded view. Later features add panels to the list in main.ts.
 */
import type { TrackerView } from '../../../shared/tracker/view.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';
import type { ApplicationDraftKind } from '../../../shared/stages/stage-definitions.js';

/** Where a panel can send the person next. */
export type Route =
  | { panel: 'pipeline' }
  | { panel: 'applications' }
  | { panel: 'interviews' }
  | { panel: 'application-form'; record: ApplicationRecord | null }
  | { panel: 'interview-form'; record: InterviewRecord | null }
  // The learning loop (issue 7): a round's checklist, debriefs, look back.
  | { panel: 'prepare'; interviewId?: string }
  | { panel: 'reflect'; interviewId?: string }
  | { panel: 'insights' }
  // Drafts and what is due (issue 5).
  | { panel: 'due' }
  // Paste a reply (issue 17).
  | { panel: 'reply' }
  | DraftsRoute
  // Calendar import through the hosted service (issue 6).
  | { panel: 'connect' }
  // Getting data in (issue 16): a job from its posting, an existing tracker.
  | { panel: 'add-job' }
  | { panel: 'import-tracker' };

/** The Drafts panel of one interview (thank-yous) or one application (follow-up, feedback request). */
export type DraftsRoute = { panel: 'drafts'; target: { interviewId: string } | { applicationId: string; kind: ApplicationDraftKind } };

export interface PanelContext {
  readonly view: TrackerView;
  /** Search text typed in a list, kept across re-renders. */
  readonly query: string;
  setQuery(query: string): void;
  go(route: Route): void;
  /** Re-reads the tracker (one server call) and re-renders. */
  refresh(message?: string): Promise<void>;
}

export interface Panel<R extends Route = Route> {
  readonly id: R['panel'];
  /** Tab label; forms have none. */
  readonly title: string | null;
  render(context: PanelContext, route: R): HTMLElement;
}
