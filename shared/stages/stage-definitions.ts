/**
 * What each stage of an application means, defined once as data. The
 * Stage dropdown, the pipeline counts and colours, the funnel of "Look
 * back", which next actions can be overdue, and which draft a stage makes
 * due (in the sidebar's Due list and in the sheet's highlights) are all
 * derived from this list (see stage-queries.ts). Order is the order people
 * see, and the funnel order.
 */

/** A draft that an application's stage can make due. */
export type ApplicationDraftKind = 'follow-up' | 'feedback-request';

export interface StageDefinition {
  /** The cell value, as the dropdown offers it. */
  readonly id: string;
  /** What the sidebar shows. */
  readonly label: string;
  /** A light background that tells the stages apart (sidebar pipeline, board columns). */
  readonly colour: string;
  /** The stage's text and accent colour: at least 4.5:1 (WCAG AA) on its own `colour` and on white. */
  readonly ink: string;
  /** How far the application got: -1 not applied, 0 applied, 1 screening, 2 interviewing, 3 offer; an ending says nothing more (0). */
  readonly level: number;
  /** The application has ended: its next action no longer counts as overdue. */
  readonly closed: boolean;
  /** Ended without an offer through the company's doing or silence: its last round counts as not passed. */
  readonly lost: boolean;
  /** The company answered (a screening, an interview, an offer, a rejection); silence is no answer. */
  readonly heardBack: boolean;
  /** The draft this stage makes due: a follow-up after a silence, a feedback request after a rejection. */
  readonly draft: ApplicationDraftKind | null;
}

export const STAGE_DEFINITIONS = [
  { id: 'Wishlist', label: 'Wishlist', ink: '#3c4043', colour: '#f1f3f4', level: -1, closed: false, lost: false, heardBack: false, draft: null },
  { id: 'Applied', label: 'Applied', ink: '#174ea6', colour: '#e8f0fe', level: 0, closed: false, lost: false, heardBack: false, draft: 'follow-up' },
  { id: 'Screening', label: 'Screening', ink: '#00627a', colour: '#e4f7fb', level: 1, closed: false, lost: false, heardBack: true, draft: 'follow-up' },
  { id: 'Interviewing', label: 'Interviewing', ink: '#7a5b00', colour: '#fef7e0', level: 2, closed: false, lost: false, heardBack: true, draft: 'follow-up' },
  { id: 'Offer', label: 'Offer', ink: '#137333', colour: '#e6f4ea', level: 3, closed: false, lost: false, heardBack: true, draft: null },
  { id: 'Accepted', label: 'Accepted', ink: '#0d652d', colour: '#ceead6', level: 3, closed: true, lost: false, heardBack: true, draft: null },
  { id: 'Rejected', label: 'Rejected', ink: '#a50e0e', colour: '#fce8e6', level: 0, closed: true, lost: true, heardBack: true, draft: 'feedback-request' },
  { id: 'Withdrawn', label: 'Withdrawn', ink: '#6b2fa3', colour: '#f3e8fd', level: 0, closed: true, lost: false, heardBack: false, draft: null },
  { id: 'Ghosted', label: 'Ghosted', ink: '#3c4043', colour: '#e8eaed', level: 0, closed: true, lost: true, heardBack: false, draft: null },
] as const satisfies readonly StageDefinition[];

export type Stage = (typeof STAGE_DEFINITIONS)[number]['id'];

/** The stage a new application starts in (the application form's default). */
export const DEFAULT_STAGE: Stage = 'Applied';
