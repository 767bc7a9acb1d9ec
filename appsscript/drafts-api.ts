/**
 * The inputs and answers of the drafts and "what is due" server functions,
 * as zod schemas (the server parses every call) and JSON-safe types (the
 * sidebar imports them with `import type`). A draft is named by its row's
 * id, never a row number, so a sort or filter between preview and create
 * cannot move it to another row.
 */
import { z } from 'zod';
import type { DueItem } from '../shared/due/due-item.js';
import type { DueSettings } from '../shared/due/due-settings.js';
import type { DraftPreview } from '../shared/mail/preview-drafts.js';
import type { DraftRecord } from '../shared/mail/draft-log.js';
import { TemplateRow } from '../shared/templates/template-row.js';
import { APPLICATION_DRAFT_KINDS } from '../shared/stages/stage-queries.js';

const Id = z.string().trim().min(1).max(300);
const Common = {
  /** Template ID; absent means the first template of the kind, in sheet order. */
  templateId: Id.optional(),
  /** Typed in the sidebar: fills `{{topic}}`. */
  topic: z.string().max(300).optional(),
};

const ForInterview = z.object({ interviewId: Id, ...Common });
// The drafts an application's stage can make due (Stage definitions' `draft`).
const ForApplication = z.object({ applicationId: Id, kind: z.enum(APPLICATION_DRAFT_KINDS), ...Common });
const Create = {
  /** The keys (`rowId|email|kind`) of the previews the person saw. */
  keys: z.array(z.string().min(1).max(600)).min(1).max(50),
  /** Make a new draft even when the row records one for the same recipient. */
  forceNew: z.boolean().optional(),
};

/** Whose drafts: an interview's thank-yous, or an application's follow-up or feedback request. */
export const DraftTarget = z.union([ForInterview, ForApplication]);
export type DraftTarget = z.infer<typeof DraftTarget>;

/** "Create drafts": the target again, and the keys of the previews the person saw. */
export const CreateDraftsInput = z.union([ForInterview.extend(Create), ForApplication.extend(Create)]);
export type CreateDraftsInput = z.infer<typeof CreateDraftsInput>;

/** A template the sidebar can offer. */
export interface TemplateChoice {
  id: string;
  name: string;
}

export interface DraftsPreview {
  /** The template used, and the others of the same kind. */
  templateId: string;
  templates: TemplateChoice[];
  /** "Acme · Backend Engineer · Technical": what the drafts are about. */
  title: string;
  previews: DraftPreview[];
  /** Template rows that could not be read, each naming its row. */
  problems: string[];
}

/** What happened to one key. */
export type DraftOutcome =
  | { key: string; status: 'created' | 'existing'; draft: DraftRecord }
  /** Blocked on the fresh row (an edit made it so), gone from the row, or not tried after a Gmail failure. */
  | { key: string; status: 'blocked' | 'gone' | 'failed'; message: string };

export interface CreateDraftsResult {
  outcomes: DraftOutcome[];
  /** The row's Thank-you after the call ("Drafted" once every interviewer has a draft). */
  thankYou: string | null;
}

export interface DueView {
  /** Wall time in the sheet's zone. */
  now: string;
  items: DueItem[];
  problems: string[];
  /** The thresholds in force, for the settings form. */
  settings: DueSettings;
}

/** A template edited in the sidebar: no id adds a new row. */
export const TemplateInput = TemplateRow.extend({ id: TemplateRow.shape.id.optional() });

export type SaveTemplateResult =
  | { kind: 'saved'; template: TemplateRow }
  /** One line per problem (unknown or malformed placeholder, empty field); nothing was written. */
  | { kind: 'invalid'; problems: string[] };

/** The drafts and "what is due" server functions (SidebarApi extends this). */
export interface DraftsApi {
  /** What is due now: thank-yous, feedback requests, follow-ups, the market check. */
  loadDue(): DueView;
  /** One draft preview per recipient of an interview or application. */
  previewDrafts(input: z.input<typeof DraftTarget>): DraftsPreview;
  /** Creates the previewed drafts in Gmail, once per (row, recipient, kind). */
  createDrafts(input: z.input<typeof CreateDraftsInput>): CreateDraftsResult;
  /** Saves the name that signs drafts (`{{my_name}}`). */
  saveMyName(input: { myName: string }): { myName: string };
  /** One template as the sheet holds it, by Template ID. */
  loadTemplate(input: { id: string }): TemplateRow;
  /** Saves an edited template (by id) or adds one; refuses unknown placeholders, writing nothing. */
  saveTemplate(input: z.input<typeof TemplateInput>): SaveTemplateResult;
  /** Saves what counts as due and rebuilds the sheet's due highlights from it. */
  saveDueSettings(input: Partial<DueSettings>): DueSettings;
}
