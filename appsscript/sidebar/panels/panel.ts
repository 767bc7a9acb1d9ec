/**
 * A sidebar panel: a tab (or a sub-page such as a form) rendered from the
 * loaded view. Later features add panels to the list in main.ts.
 */
import type { TrackerView } from '../../../shared/tracker/view.js';
import type { ApplicationRecord, InterviewRecord } from '../../../shared/models/records.js';
import type { ApplicationDraftKind } from '../../../shared/stages/stage-definitions.js';

/** Where a panel can send the person next. */
export type Route =
  | { panel: 'home' }
  // The two hubs: one application, one interview round (key: its id, or `row-N` for a row without one).
  | { panel: 'application'; key: string }
  | { panel: 'interview'; key: string }
  // Secondary pages reached from Home.
  | { panel: 'due-settings' }
  | { panel: 'setup' }
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
  // Paste a reply (issue 17); from an application's hub, the reply is read as that application's.
  | { panel: 'reply'; applicationId?: string }
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
  /** Back to the page this one was opened from (the Back button and Escape). */
  back(): void;
  /** Re-reads the tracker (one server call) and re-renders. */
  refresh(message?: string): Promise<void>;
  /** The Due page's card count, shown on the Due tab at once (no server call, focus kept). */
  setDueCount(count: number): void;
}

export interface Panel<R extends Route = Route> {
  readonly id: R['panel'];
  /** The page's name in its trail ("Jobs › Acme — Engineer"); null when `place` names it. */
  readonly title: string | null;
  /**
   * A sub-page's trail after its destination, last part its heading
   * (["Acme — Engineer"]). Primary destinations have none: their tab names them.
   */
  place?(route: R, view: TrackerView): readonly string[];
  render(context: PanelContext, route: R): HTMLElement;
}
